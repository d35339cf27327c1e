package io.github.newsparse.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Reads UTF-8 lines from a stream one at a time, so a batch of any number of lines needs only
 * the memory of its longest line. A line ends at LF (a CR before it is dropped); a last line
 * without LF still counts. Invalid UTF-8 becomes U+FFFD, and {@link #sawInvalidUtf8()} says so.
 * Not thread-safe.
 */
final class LineReader {

    private static final int BUFFER = 1 << 16;

    private final InputStream in;
    private final byte[] buf = new byte[BUFFER];
    private final ByteArrayOutputStream line = new ByteArrayOutputStream();
    private final CharsetDecoder strict = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    private int pos;
    private int len;
    private long bytesRead;
    private boolean invalid;

    LineReader(InputStream in) {
        this.in = in;
    }

    /** The next line without its line end, or null at the end of the stream. */
    String next() throws IOException {
        line.reset();
        boolean any = false;
        while (true) {
            if (pos == len) {
                len = in.read(buf, 0, BUFFER);
                pos = 0;
                if (len <= 0) {
                    len = 0;
                    return any ? decode() : null;
                }
                bytesRead += len;
            }
            any = true;
            int start = pos;
            while (pos < len && buf[pos] != '\n') {
                pos++;
            }
            line.write(buf, start, pos - start);
            if (pos < len) {
                pos++; // the LF
                return decode();
            }
        }
    }

    /** Bytes taken from the stream so far. */
    long bytesRead() {
        return bytesRead;
    }

    /** Whether any line held invalid UTF-8 (replaced by U+FFFD). */
    boolean sawInvalidUtf8() {
        return invalid;
    }

    private String decode() {
        byte[] bytes = line.toByteArray();
        int n = bytes.length;
        if (n > 0 && bytes[n - 1] == '\r') {
            n--;
        }
        try {
            return strict.decode(ByteBuffer.wrap(bytes, 0, n)).toString();
        } catch (CharacterCodingException e) {
            invalid = true;
            return new String(bytes, 0, n, StandardCharsets.UTF_8);
        }
    }
}
