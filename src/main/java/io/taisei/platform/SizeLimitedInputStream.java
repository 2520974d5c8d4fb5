package io.taisei.platform;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Stops reading an upload past its limit even when the declared size was wrong (a chunked upload, a lying client).
 * Crossing the limit throws the unchecked {@link TooLargeException}, so that it passes through parsers that read the
 * stream and reaches the importer, which turns it into the user's "file too large" message.
 */
public final class SizeLimitedInputStream extends FilterInputStream {

    private final long limit;
    private long read;

    public SizeLimitedInputStream(InputStream in, long limit) {
        super(in);
        this.limit = limit;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            count(1);
        }
        return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        int n = super.read(b, off, len);
        if (n > 0) {
            count(n);
        }
        return n;
    }

    private void count(long n) {
        read += n;
        if (read > limit) {
            throw new TooLargeException();
        }
    }

    /** The stream went past its limit. */
    public static final class TooLargeException extends RuntimeException {
        TooLargeException() {
            super(null, null, false, false);
        }
    }
}
