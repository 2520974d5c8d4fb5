package io.taisei.audit.internal;

import java.nio.charset.StandardCharsets;
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
 *   content hash of an entry (format 2):
 *     "taisei-audit-entry-v2" occurred_at actor actor_kind action record_type record_id before_json after_json
 *   chain hash of a link (format 2):
 *     "taisei-audit-link-v2" seq entry_id content_hash prev_hash      (both hashes as their 32 raw bytes)
 *   chain hash of a link to an entry recorded before sealing existed (format 1, entry id = seq):
 *     "taisei-audit-v1" seq occurred_at actor actor_kind action record_type record_id before_json after_json
 *     prev_hash (as 64-character hex text)
 * </pre>
 * Not thread-safe: one per thread/use.
 */
public final class ChainHasher {

    /** prev_hash of the first entry. */
    public static final String GENESIS = "0".repeat(64);

    private static final byte[] DOMAIN = "taisei-audit-v1".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] ENTRY_DOMAIN = "taisei-audit-entry-v2".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] LINK_DOMAIN = "taisei-audit-link-v2".getBytes(StandardCharsets.US_ASCII);
    private static final HexFormat HEX = HexFormat.of();

    private final MessageDigest digest;
    private byte[] buffer = new byte[1024];
    private int length;

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

    /** The content hash of an entry (format 2) with these fields. */
    public String contentHash(long occurredAtMicros, String actor, String actorKind, String action, String recordType,
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
        digest.update(buffer, 0, length);
        return HEX.formatHex(digest.digest());
    }

    /** The content hash from the fields' UTF-8 bytes as the database driver delivers them. */
    public String contentHashUtf8(long occurredAtMicros, byte[] actor, byte[] actorKind, byte[] action,
                                  byte[] recordType, byte[] recordId, byte[] beforeJson, byte[] afterJson) {
        contentUtf8(occurredAtMicros, actor, actorKind, action, recordType, recordId, beforeJson, afterJson);
        digest.update(buffer, 0, length);
        return HEX.formatHex(digest.digest());
    }

    /** The canonical content bytes (a copy; for benchmarks and external tooling). */
    public byte[] contentBytesUtf8(long occurredAtMicros, byte[] actor, byte[] actorKind, byte[] action,
                                   byte[] recordType, byte[] recordId, byte[] beforeJson, byte[] afterJson) {
        contentUtf8(occurredAtMicros, actor, actorKind, action, recordType, recordId, beforeJson, afterJson);
        return Arrays.copyOf(buffer, length);
    }

    private void contentUtf8(long occurredAtMicros, byte[] actor, byte[] actorKind, byte[] action, byte[] recordType,
                             byte[] recordId, byte[] beforeJson, byte[] afterJson) {
        length = 0;
        put(ENTRY_DOMAIN, ENTRY_DOMAIN.length);
        putLong(occurredAtMicros);
        putBytes(actor);
        putBytes(actorKind);
        putBytes(action);
        putBytes(recordType);
        putBytes(recordId);
        putBytes(beforeJson);
        putBytes(afterJson);
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
        canonical(seq, occurredAtMicros, actor, actorKind, action, recordType, recordId, beforeJson, afterJson, prevHash);
        digest.update(buffer, 0, length);
        return HEX.formatHex(digest.digest());
    }

    /**
     * The same format-1 hash from the UTF-8 bytes of the text fields as the database driver delivers them, which spares
     * decoding them into strings and encoding them again (verification reads millions of rows).
     */
    public String hashUtf8(long seq, long occurredAtMicros, byte[] actor, byte[] actorKind, byte[] action,
                           byte[] recordType, byte[] recordId, byte[] beforeJson, byte[] afterJson, String prevHash) {
        length = 0;
        put(DOMAIN, DOMAIN.length);
        putLong(seq);
        putLong(occurredAtMicros);
        putBytes(actor);
        putBytes(actorKind);
        putBytes(action);
        putBytes(recordType);
        putBytes(recordId);
        putBytes(beforeJson);
        putBytes(afterJson);
        putString(prevHash);
        digest.update(buffer, 0, length);
        return HEX.formatHex(digest.digest());
    }

    /** The canonical bytes of a format-1 link (a copy; for external tooling). */
    public byte[] canonicalBytes(long seq, long occurredAtMicros, String actor, String actorKind, String action,
                                 String recordType, String recordId, String beforeJson, String afterJson,
                                 String prevHash) {
        canonical(seq, occurredAtMicros, actor, actorKind, action, recordType, recordId, beforeJson, afterJson, prevHash);
        return Arrays.copyOf(buffer, length);
    }

    private void canonical(long seq, long occurredAtMicros, String actor, String actorKind, String action,
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

    private void putBytes(byte[] bytes) {
        if (bytes == null) {
            putInt(-1);
            return;
        }
        putInt(bytes.length);
        put(bytes, bytes.length);
    }

    private void putLong(long value) {
        putInt((int) (value >>> 32));
        putInt((int) value);
    }

    private void putInt(int value) {
        ensure(4);
        buffer[length++] = (byte) (value >>> 24);
        buffer[length++] = (byte) (value >>> 16);
        buffer[length++] = (byte) (value >>> 8);
        buffer[length++] = (byte) value;
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
