package io.github.newsparse.internal.quotes;

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
        for (String s : QuoteLexicon.read("given-names.txt")) {
            if (s.length() > 2) {
                out.put(s.substring(2).strip(), s.charAt(0));
            }
        }
        return Map.copyOf(out);
    }
}
