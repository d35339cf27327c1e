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
