package io.taisei.audit.internal;

import java.nio.charset.StandardCharsets;
import java.security.DigestException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Arrays;
import java.util.HexFormat;

/**
 * The hashes of the trail, hex SHA-256 over byte-exact canonical forms, so that anyone can re-implement the check
 * outside Taisei. Text fields are written as a 4-byte big-endian length of their UTF-8 bytes (-1 for null) followed
 * by those bytes; numbers as 8 bytes big-endian; times as microseconds since 1970-01-01T00:00Z. Length prefixes make
 * the encoding unambiguous whatever a field contains.
 * <pre>
 *   content of an entry (format 2; stored as is in aud_entry.content, its SHA-256 is the content hash):
 *     "taisei-audit-entry-v2" occurred_at actor actor_kind action record_type record_id before_json after_json
 *   chain hash of a link (format 2):
 *     "taisei-audit-link-v2" seq entry_id content_hash prev_hash      (both hashes as their 32 raw bytes)
 *   chain hash of a link to an entry recorded before sealing existed (format 1, entry id = seq):
 *     "taisei-audit-v1" seq occurred_at actor actor_kind action record_type record_id before_json after_json
 *     prev_hash (as 64-character hex text)
 * </pre>
 * A format-1 hash covers the same fields as the entry's content, in the same encoding, so it is computed from the
 * stored content: its domain, the sequence number, the content after its own domain, and the previous hash.
 * Not thread-safe: one per thread/use.
 */
public final class ChainHasher {

    /** prev_hash of the first entry. */
    public static final String GENESIS = "0".repeat(64);

    private static final byte[] DOMAIN = "taisei-audit-v1".getBytes(StandardCharsets.US_ASCII);
    static final byte[] ENTRY_DOMAIN = "taisei-audit-entry-v2".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] LINK_DOMAIN = "taisei-audit-link-v2".getBytes(StandardCharsets.US_ASCII);
    private static final HexFormat HEX = HexFormat.of();
    private static final int SHA256_BYTES = 32;

    private final MessageDigest digest;
    private byte[] buffer = new byte[1024];
    private int length;
    /** Scratch space of the allocation-free checks used by verification. */
    private final byte[] contentDigest = new byte[SHA256_BYTES];
    private final byte[] digestOut = new byte[SHA256_BYTES];
    private final byte[] numbers = new byte[16];

    public ChainHasher() {
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    public static long micros(Instant instant) {
        return Math.addExact(Math.multiplyExact(instant.getEpochSecond(), 1_000_000L), instant.getNano() / 1_000);
    }

    /** The canonical content of an entry (format 2) with these fields: the bytes stored in aud_entry.content. */
    public byte[] content(long occurredAtMicros, String actor, String actorKind, String action, String recordType,
                          String recordId, String beforeJson, String afterJson) {
        length = 0;
        put(ENTRY_DOMAIN, ENTRY_DOMAIN.length);
        putLong(occurredAtMicros);
        putString(actor);
        putString(actorKind);
        putString(action);
        putString(recordType);
        putString(recordId);
        putString(beforeJson);
        putString(afterJson);
        return Arrays.copyOf(buffer, length);
    }

    /** The content hash (hex) of an entry's canonical content. */
    public String contentHash(byte[] content) {
        return HEX.formatHex(digest.digest(content));
    }

    /** The chain hash of a format-2 link. */
    public String linkHash(long seq, long entryId, String contentHash, String prevHash) {
        linkBytes0(seq, entryId, contentHash, prevHash);
        digest.update(buffer, 0, length);
        return HEX.formatHex(digest.digest());
    }

    /** The canonical bytes of a format-2 link (a copy; for benchmarks and external tooling). */
    public byte[] linkBytes(long seq, long entryId, String contentHash, String prevHash) {
        linkBytes0(seq, entryId, contentHash, prevHash);
        return Arrays.copyOf(buffer, length);
    }

    private void linkBytes0(long seq, long entryId, String contentHash, String prevHash) {
        length = 0;
        put(LINK_DOMAIN, LINK_DOMAIN.length);
        putLong(seq);
        putLong(entryId);
        byte[] content = HEX.parseHex(contentHash);
        byte[] prev = HEX.parseHex(prevHash);
        put(content, content.length);
        put(prev, prev.length);
    }

    /** The chain hash of a format-1 link (an entry recorded before sealing existed) with these fields. */
    public String hash(long seq, long occurredAtMicros, String actor, String actorKind, String action,
                       String recordType, String recordId, String beforeJson, String afterJson, String prevHash) {
        length = 0;
        put(DOMAIN, DOMAIN.length);
        putLong(seq);
        putLong(occurredAtMicros);
        putString(actor);
        putString(actorKind);
        putString(action);
        putString(recordType);
        putString(recordId);
        putString(beforeJson);
        putString(afterJson);
        putString(prevHash);
        digest.update(buffer, 0, length);
        return HEX.formatHex(digest.digest());
    }

    // --- verification: compare with stored hex hashes without building strings --------------------------------------

    /**
     * Hashes an entry's stored content and tells whether it matches the stored content hash; the digest is kept for
     * {@link #linkMatches}.
     */
    boolean contentMatches(byte[] content, String contentHash) {
        digest.update(content);
        finish(contentDigest);
        return sameHex(contentDigest, contentHash);
    }

    /** Whether a format-2 link's stored hash matches, over the content digest of the last {@link #contentMatches}. */
    boolean linkMatches(long seq, long entryId, String prevHash, String hash) {
        if (!parseHex(prevHash, digestOut)) {
            return false;
        }
        digest.update(LINK_DOMAIN);
        writeLong(numbers, 0, seq);
        writeLong(numbers, 8, entryId);
        digest.update(numbers, 0, 16);
        digest.update(contentDigest);
        digest.update(digestOut);
        finish(digestOut);
        return sameHex(digestOut, hash);
    }

    /** Whether a format-1 link's stored hash matches, computed from the entry's (well-formed) stored content. */
    boolean legacyLinkMatches(long seq, byte[] content, String prevHash, String hash) {
        digest.update(DOMAIN);
        writeLong(numbers, 0, seq);
        digest.update(numbers, 0, 8);
        digest.update(content, ENTRY_DOMAIN.length, content.length - ENTRY_DOMAIN.length);
        if (prevHash == null) {
            writeInt(numbers, 0, -1);
            digest.update(numbers, 0, 4);
        } else {
            byte[] prev = prevHash.getBytes(StandardCharsets.UTF_8);
            writeInt(numbers, 0, prev.length);
            digest.update(numbers, 0, 4);
            digest.update(prev);
        }
        finish(digestOut);
        return sameHex(digestOut, hash);
    }

    private void finish(byte[] out) {
        try {
            digest.digest(out, 0, SHA256_BYTES);
        } catch (DigestException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Whether {@code hex} is exactly the lower-case hex form of {@code bytes}. */
    private static boolean sameHex(byte[] bytes, String hex) {
        if (hex == null || hex.length() != bytes.length * 2) {
            return false;
        }
        for (int i = 0; i < bytes.length; i++) {
            int b = bytes[i] & 0xff;
            if (hex.charAt(2 * i) != HEX_DIGITS[b >>> 4] || hex.charAt(2 * i + 1) != HEX_DIGITS[b & 0xf]) {
                return false;
            }
        }
        return true;
    }

    private static final char[] HEX_DIGITS = "0123456789abcdef".toCharArray();

    /** Parses 64 lower- or upper-case hex digits into {@code out}; false if {@code hex} is anything else. */
    private static boolean parseHex(String hex, byte[] out) {
        if (hex == null || hex.length() != out.length * 2) {
            return false;
        }
        for (int i = 0; i < out.length; i++) {
            int high = Character.digit(hex.charAt(2 * i), 16);
            int low = Character.digit(hex.charAt(2 * i + 1), 16);
            if (high < 0 || low < 0) {
                return false;
            }
            out[i] = (byte) (high << 4 | low);
        }
        return true;
    }

    private static void writeLong(byte[] target, int at, long value) {
        writeInt(target, at, (int) (value >>> 32));
        writeInt(target, at + 4, (int) value);
    }

    private static void writeInt(byte[] target, int at, int value) {
        target[at] = (byte) (value >>> 24);
        target[at + 1] = (byte) (value >>> 16);
        target[at + 2] = (byte) (value >>> 8);
        target[at + 3] = (byte) value;
    }

    private void putString(String value) {
        if (value == null) {
            putInt(-1);
            return;
        }
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        putInt(bytes.length);
        put(bytes, bytes.length);
    }

    private void putLong(long value) {
        putInt((int) (value >>> 32));
        putInt((int) value);
    }

    private void putInt(int value) {
        ensure(4);
        writeInt(buffer, length, value);
        length += 4;
    }

    private void put(byte[] bytes, int count) {
        ensure(count);
        System.arraycopy(bytes, 0, buffer, length, count);
        length += count;
    }

    private void ensure(int extra) {
        if (length + extra > buffer.length) {
            buffer = Arrays.copyOf(buffer, Math.max(buffer.length * 2, length + extra));
        }
    }
}
