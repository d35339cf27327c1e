package io.github.newsparse.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reads inputs as bytes and decodes them as UTF-8, warning (not failing) on invalid bytes. */
final class Input {

    /** How far {@link #notText} looks for NUL bytes: text never has them, binary data soon does. */
    private static final int SNIFF_BYTES = 1 << 16;

    private Input() {
    }

    /** The bytes of a file, or of standard input for {@code "-"}. */
    static byte[] read(String name, InputStream stdin) throws IOException {
        if (name.equals("-")) {
            return stdin.readAllBytes();
        }
        Path p = Path.of(name);
        if (Files.isDirectory(p)) {
            throw new IOException("is a directory");
        }
        return Files.readAllBytes(p);
    }

    /**
     * Why {@code bytes} cannot be news text, or null if they may be: compressed or archived data,
     * UTF-16 text, or NUL bytes (binary data) near the start.
     */
    static String notText(byte[] bytes) {
        if (startsWith(bytes, 0x1f, 0x8b)) {
            return "gzip-compressed data: decompress it first (zcat FILE | newsparse ... -)";
        }
        if (startsWith(bytes, 'P', 'K', 3, 4)) {
            return "a zip archive: extract it first";
        }
        if (startsWith(bytes, 'B', 'Z', 'h')) {
            return "bzip2-compressed data: decompress it first (bzcat FILE | newsparse ... -)";
        }
        if (startsWith(bytes, 0xfd, '7', 'z', 'X', 'Z', 0)) {
            return "xz-compressed data: decompress it first (xzcat FILE | newsparse ... -)";
        }
        if (startsWith(bytes, 0x28, 0xb5, 0x2f, 0xfd)) {
            return "zstd-compressed data: decompress it first (zstdcat FILE | newsparse ... -)";
        }
        if (startsWith(bytes, 0xfe, 0xff) || startsWith(bytes, 0xff, 0xfe)) {
            return "UTF-16 text: convert it to UTF-8 first (iconv -f UTF-16 -t UTF-8)";
        }
        int n = Math.min(bytes.length, SNIFF_BYTES);
        for (int i = 0; i < n; i++) {
            if (bytes[i] == 0) {
                return "binary data (a NUL byte at offset " + i + "), not text";
            }
        }
        return null;
    }

    private static boolean startsWith(byte[] bytes, int... magic) {
        if (bytes.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if ((bytes[i] & 0xff) != magic[i]) {
                return false;
            }
        }
        return true;
    }

    /** UTF-8 text; invalid sequences become U+FFFD and one warning names the input. */
    static String decode(byte[] bytes, String name, PrintStream stderr) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            stderr.println("newsparse: warning: " + ("-".equals(name) ? "standard input" : name)
                    + ": invalid UTF-8 replaced with U+FFFD");
            return new String(bytes, StandardCharsets.UTF_8);
        }
    }
}
