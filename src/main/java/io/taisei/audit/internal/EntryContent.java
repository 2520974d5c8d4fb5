package io.taisei.audit.internal;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Reads an entry's stored canonical content (see {@link ChainHasher}): the time and the seven text fields, located
 * in place without copying. The entry's before and after values are shown from here; its other columns (time, actor,
 * action, record type and id, kept as columns for filtering) must equal the fields here, which verification checks.
 * Reusable: {@link #parse} it again for the next entry. Not thread-safe.
 */
public final class EntryContent {

    public static final int ACTOR = 0;
    public static final int ACTOR_KIND = 1;
    public static final int ACTION = 2;
    public static final int RECORD_TYPE = 3;
    public static final int RECORD_ID = 4;
    public static final int BEFORE = 5;
    public static final int AFTER = 6;
    private static final int FIELDS = 7;
    private static final int DOMAIN = ChainHasher.ENTRY_DOMAIN.length;

    private byte[] content;
    private long micros;
    private final int[] offset = new int[FIELDS];
    private final int[] length = new int[FIELDS];

    /**
     * Locates the fields of {@code content}; false when it is not a well-formed canonical content (wrong domain,
     * a length running past the end, or bytes left over), in which case nothing else may be asked.
     */
    public boolean parse(byte[] content) {
        this.content = content;
        if (content == null || content.length < DOMAIN + 8 + 4 * FIELDS
                || !Arrays.equals(content, 0, DOMAIN, ChainHasher.ENTRY_DOMAIN, 0, DOMAIN)) {
            return false;
        }
        micros = readLong(content, DOMAIN);
        int at = DOMAIN + 8;
        for (int i = 0; i < FIELDS; i++) {
            if (at + 4 > content.length) {
                return false;
            }
            int n = readInt(content, at);
            at += 4;
            if (n < -1 || (n > 0 && n > content.length - at)) {
                return false;
            }
            offset[i] = at;
            length[i] = n;
            at += Math.max(n, 0);
        }
        return at == content.length;
    }

    public long micros() {
        return micros;
    }

    /** A field as text (null when the field is null). */
    public String text(int field) {
        return length[field] < 0 ? null : new String(content, offset[field], length[field], StandardCharsets.UTF_8);
    }

    /** Whether a field holds exactly these UTF-8 bytes (both null counts as equal). */
    boolean matches(int field, byte[] utf8) {
        if (utf8 == null || length[field] < 0) {
            return utf8 == null && length[field] < 0;
        }
        return Arrays.equals(content, offset[field], offset[field] + length[field], utf8, 0, utf8.length);
    }

    /** Whether a field holds exactly this text (both null counts as equal); ASCII is compared without encoding. */
    boolean matches(int field, String text) {
        if (text == null || length[field] < 0) {
            return text == null && length[field] < 0;
        }
        int n = text.length();
        if (n > length[field]) {
            return false; // every character takes at least one byte
        }
        int at = offset[field];
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c >= 0x80) {
                return matches(field, text.getBytes(StandardCharsets.UTF_8));
            }
            if (content[at + i] != (byte) c) {
                return false;
            }
        }
        return n == length[field];
    }

    private static long readLong(byte[] b, int at) {
        return (long) readInt(b, at) << 32 | (readInt(b, at + 4) & 0xffffffffL);
    }

    private static int readInt(byte[] b, int at) {
        return (b[at] & 0xff) << 24 | (b[at + 1] & 0xff) << 16 | (b[at + 2] & 0xff) << 8 | (b[at + 3] & 0xff);
    }
}
