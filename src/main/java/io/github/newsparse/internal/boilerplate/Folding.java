package io.github.newsparse.internal.boilerplate;

import java.util.Locale;

/** The folded form lexicon rules match against. */
final class Folding {

    private static final String EDGE_PUNCTUATION = ":|›»«•·>-–—*#()[]{}.,;!?/\\~ ";

    private Folding() {
    }

    /**
     * Lower case ({@link Locale#ROOT}), curly quotes straight, leading and trailing punctuation
     * removed. The input is already whitespace-normalised.
     */
    static String fold(String s) {
        int from = 0;
        int to = s.length();
        while (from < to && EDGE_PUNCTUATION.indexOf(s.charAt(from)) >= 0) {
            from++;
        }
        while (to > from && EDGE_PUNCTUATION.indexOf(s.charAt(to - 1)) >= 0) {
            to--;
        }
        StringBuilder sb = new StringBuilder(to - from);
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\u2018', '\u2019', '\u02BC' -> sb.append('\'');
                case '\u201C', '\u201D' -> sb.append('"');
                default -> sb.append(c);
            }
        }
        return sb.toString().toLowerCase(Locale.ROOT);
    }

    /** Words of a folded line: runs split at spaces, with edge punctuation removed. */
    static String[] words(String folded) {
        if (folded.isEmpty()) {
            return new String[0];
        }
        String[] raw = folded.split(" ");
        int n = 0;
        for (String r : raw) {
            String w = trimPunctuation(r);
            if (!w.isEmpty()) {
                raw[n++] = w;
            }
        }
        return n == raw.length ? raw : java.util.Arrays.copyOf(raw, n);
    }

    static String trimPunctuation(String w) {
        return io.github.newsparse.internal.text.Chars.bare(w);
    }
}
