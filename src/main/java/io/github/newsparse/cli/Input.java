package io.github.newsparse.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reads inputs as bytes and decodes them as UTF-8, warning (not failing) on invalid bytes. */
final class Input {

    /** How far {@link #notText} looks for NUL bytes: text never has them, binary data soon does. */
    static final int SNIFF_BYTES = 1 << 16;

    private Input() {
    }

    /** The bytes of a file, or of standard input for {@code "-"}. */
    static byte[] read(String name, InputStream stdin) throws IOException {
        if (name.equals("-")) {
            return stdin.readAllBytes();
        }
        return Files.readAllBytes(file(name));
    }

    /** A stream over a file, or standard input for {@code "-"}; the caller closes a file's. */
    static InputStream open(String name, InputStream stdin) throws IOException {
        return name.equals("-") ? stdin : Files.newInputStream(file(name));
    }

    /** The input's size in bytes when known (a regular file), else -1. */
    static long size(String name) {
        try {
            return name.equals("-") ? -1 : Files.size(Path.of(name));
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    private static Path file(String name) throws IOException {
        Path p = Path.of(name);
        if (Files.isDirectory(p)) {
            throw new IOException("is a directory");
        }
        return p;
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

    /** Text decoded from bytes, and whether invalid UTF-8 was replaced with U+FFFD. */
    record Decoded(String text, boolean invalid) {
    }

    /** UTF-8 text; invalid sequences become U+FFFD. */
    static Decoded decode(byte[] bytes) {
        try {
            return new Decoded(StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString(), false);
        } catch (CharacterCodingException e) {
            return new Decoded(new String(bytes, StandardCharsets.UTF_8), true);
        }
    }

    /** The name of an input in messages. */
    static String display(String name) {
        return name.equals("-") ? "standard input" : name;
    }
}
