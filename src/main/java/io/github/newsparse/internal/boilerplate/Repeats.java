package io.github.newsparse.internal.boilerplate;

import java.util.HashSet;
import java.util.Set;

/**
 * Repetition within a page: a story paragraph printed again (a summary box, a print view, a
 * truncated teaser "Good morning! This is the…") is not story the second time.
 */
final class Repeats {

    /** How many leading characters identify a paragraph. */
    private static final int KEY = 60;
    private static final int MIN_LENGTH = 30;

    private Repeats() {
    }

    /** A line printed this many times on one page is page furniture ("Whatsapp Facebook Pin"). */
    private static final int FURNITURE_REPEATS = 3;

    /** Labels lines that recur on the page as boilerplate. */
    static void markFurniture(String[] texts, String[][] words, Target[] targets, boolean[] fixed) {
        java.util.Map<String, Integer> counts = new java.util.HashMap<>();
        for (String t : texts) {
            counts.merge(t, 1, Integer::sum);
        }
        for (int i = 0; i < texts.length; i++) {
            if (!fixed[i] && counts.get(texts[i]) >= FURNITURE_REPEATS && words[i].length <= 12) {
                targets[i] = new Target(io.github.newsparse.BlockRole.BOILERPLATE,
                        io.github.newsparse.BoilerplateCategory.OTHER, false);
                fixed[i] = true;
            }
        }
    }

    static void dropRepeatedStory(String[] texts, boolean[] story) {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < texts.length; i++) {
            if (!story[i]) {
                continue;
            }
            String k = key(texts[i]);
            if (k.length() >= MIN_LENGTH && !seen.add(k)) {
                story[i] = false;
            }
        }
    }

    private static String key(String t) {
        String s = t;
        if (s.endsWith("...")) {
            s = s.substring(0, s.length() - 3);
        } else if (s.endsWith("…")) {
            s = s.substring(0, s.length() - 1);
        }
        s = s.strip();
        return s.length() <= KEY ? s : s.substring(0, KEY);
    }
}
