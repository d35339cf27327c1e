package io.github.newsparse.internal.quotes;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/** What a name or a title shows of a person's gender ({@code given-names.txt}): 'm', 'f' or 0. */
final class Genders {

    private static final Map<String, Character> GIVEN_NAMES = load();

    private Genders() {
    }

    /** From the first word of a full name: "Hillary Clinton" → 'f'; "Clinton" → 0. */
    static char ofName(String name) {
        int space = name.indexOf(' ');
        if (space < 0) {
            return 0;
        }
        Character g = GIVEN_NAMES.get(name.substring(0, space));
        return g == null ? 0 : g;
    }

    /** From a title: "Mr." → 'm'; "Mrs.", "Ms.", "Miss" → 'f'. */
    static char ofTitle(String title) {
        String t = title.toLowerCase(Locale.ROOT).replace(".", "");
        return switch (t) {
            case "mr", "sir", "lord", "king", "prince", "father", "brother" -> 'm';
            case "mrs", "ms", "miss", "madam", "dame", "lady", "queen", "princess", "sister" -> 'f';
            default -> 0;
        };
    }

    private static Map<String, Character> load() {
        Map<String, Character> out = new HashMap<>();
        try (InputStream in = Genders.class.getResourceAsStream("given-names.txt")) {
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                String s = line.strip();
                if (s.length() > 2 && !s.startsWith("#")) {
                    out.put(s.substring(2).strip(), s.charAt(0));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.copyOf(out);
    }
}
