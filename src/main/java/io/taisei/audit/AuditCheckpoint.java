package io.taisei.audit;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

/**
 * A signed statement "the chain head was {@code hash} at {@code seq}", exported as JSON and kept outside the
 * database, so that even a rewrite of the whole trail with recomputed hashes is detected later.
 * The signature is Ed25519 over {@link #signedPayload()}; {@code publicKey} is the X.509 (SubjectPublicKeyInfo)
 * encoding, base64.
 */
public record AuditCheckpoint(String format, Long id, long seq, String hash, Instant createdAt, String createdBy,
                              String algorithm, String publicKey, String signature) {

    public static final String FORMAT = "taisei-audit-checkpoint-v1";
    public static final String ALGORITHM = "Ed25519";

    /** The exact bytes that are signed: format, sequence, hash and creation time (ISO-8601), one per line. */
    public byte[] signedPayload() {
        return signedPayload(seq, hash, createdAt);
    }

    public static byte[] signedPayload(long seq, String hash, Instant createdAt) {
        return (FORMAT + "\n" + seq + "\n" + hash + "\n" + createdAt).getBytes(StandardCharsets.UTF_8);
    }
}
