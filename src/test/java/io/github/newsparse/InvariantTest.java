package io.github.newsparse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The invariants of {@link Invariants} on every fixture and seed, and on generated inputs. */
class InvariantTest {

    /** Pieces generated inputs are made of: news shapes, quote marks, and hostile characters. */
    private static final String[] PIECES = {
        "“", "”", "\"", "‘", "’", "'", "«", "»", "„", " said", " Smith said.", ", she said.", "Mayor Jane Doe",
        "HARTFORD, Conn. (WTNH) — ", "(AP) -- ", "By JOHN SMITH", "Copyright 2024 X. All rights reserved.",
        "© 2024 ", "0:00", "Play Live Radio", "\n", "\n\n", "\r\n", "\r", "\t", " ", "  ", "\u00A0", "\u200B",
        "\u200D", "\u202E", "\u2066", "\uFEFF", "\u0000", "\u0085", "\u2028", "&amp;", "&#8217;", "&#x201C;",
        "&bogus;", "&", ";", "\uD83D\uDE00", "\uD800", "\uDC00", "word", "Word", "WORD", ".", ",", "—", "–", "-",
        "Published: Oct. 16, 2023 4:05 PM EDT", "date 2018-12-04", "According to police,", "he said", "A.J.",
    };

    static Stream<Path> texts() throws IOException {
        Stream<Path> fixtures = FixtureTest.inputs();
        Stream<Path> seeds = Files.isDirectory(Path.of("seeds"))
                ? Files.list(Path.of("seeds")).filter(p -> p.toString().endsWith(".txt")).sorted()
                : Stream.empty();
        return Stream.concat(fixtures, seeds);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("texts")
    void holdOnEveryFixtureAndSeed(Path p) throws IOException {
        String content = Files.readString(p, StandardCharsets.UTF_8);
        if (p.toString().endsWith(".html")) {
            Invariants.check(content, ArticleParser.parseHtml(content));
        } else {
            Invariants.check(content, ArticleParser.parse(content));
        }
    }

    @Test
    void holdOnGeneratedInputs() {
        Random random = new Random(20261122L);
        for (int run = 0; run < 3000; run++) {
            StringBuilder sb = new StringBuilder();
            int pieces = random.nextInt(120);
            for (int i = 0; i < pieces; i++) {
                sb.append(PIECES[random.nextInt(PIECES.length)]);
            }
            String input = sb.toString();
            try {
                Invariants.check(input, ArticleParser.parse(input));
            } catch (AssertionError | RuntimeException e) {
                throw new AssertionError("generated input #" + run + ": " + escape(input), e);
            }
        }
    }

    @Test
    void holdOnRandomCharacters() {
        Random random = new Random(7L);
        for (int run = 0; run < 500; run++) {
            char[] chars = new char[random.nextInt(400)];
            for (int i = 0; i < chars.length; i++) {
                chars[i] = random.nextBoolean() ? (char) random.nextInt(0x80) : (char) random.nextInt(0x10000);
            }
            String input = new String(chars);
            try {
                Invariants.check(input, ArticleParser.parse(input));
            } catch (AssertionError | RuntimeException e) {
                throw new AssertionError("random input #" + run + ": " + escape(input), e);
            }
        }
    }

    private static String escape(String s) {
        StringBuilder sb = new StringBuilder();
        for (char c : s.toCharArray()) {
            sb.append(c >= 0x20 && c < 0x7F ? String.valueOf(c) : String.format("\\u%04X", (int) c));
        }
        return sb.toString();
    }
}
