package io.github.newsparse.internal.structure;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Expands region abbreviations in datelines ("Conn." → "Connecticut") from {@code regions.tsv}. */
final class Regions {

    private static final Map<String, String> EXACT = new HashMap<>();
    private static final Map<String, String> FOLDED = new HashMap<>();

    static {
        try (InputStream in = Regions.class.getResourceAsStream("regions.tsv")) {
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t");
                EXACT.putIfAbsent(f[0], f[1]);
                // Two-letter postal codes only match in capitals: "IN" is Indiana, "in" is a word.
                if (f[0].length() > 2 || f[0].contains(".")) {
                    FOLDED.putIfAbsent(fold(f[0]), f[1]);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Regions() {
    }

    /** The full name of a known region abbreviation or name. */
    static Optional<String> expand(String raw) {
        String exact = EXACT.get(raw);
        if (exact != null) {
            return Optional.of(exact);
        }
        return Optional.ofNullable(FOLDED.get(fold(raw)));
    }

    private static String fold(String s) {
        // no pattern compiled per call: speakers' mentions are looked up here too
        String t = s.toLowerCase(Locale.ROOT).replace(" ", "");
        return t.endsWith(".") ? t.substring(0, t.length() - 1) : t;
    }
}
