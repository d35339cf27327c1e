package io.github.newsparse.internal.boilerplate;

import io.github.newsparse.internal.text.Chars;
import java.util.Locale;

/** The folded form lexicon rules match against. */
final class Folding {

    /** Punctuation around a line's words; the full-width forms are Chinese and Japanese headings' ("【関連記事】"). */
    private static final String EDGE_PUNCTUATION = ":|›»«•·>-–—*#()[]{}.,;!?/\\~ 【】〔〕［］（）《》〈〉・。、：！？\u3000";

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
        char[] out = new char[to - from];
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c >= 0x80) {
                return foldAny(s, from, to);
            }
            out[i - from] = c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
        }
        return new String(out);
    }

    /** {@link #fold} of a range with non-ASCII characters: Unicode lower-casing has context rules. */
    private static String foldAny(String s, int from, int to) {
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
        return words(folded, Vocabulary.NONE);
    }

    /**
     * Strings for common words, shared by every line that holds them: a page's "the", "and", "of"
     * need no string each. Words are looked up in their folded (lower-case) form.
     */
    static final class Vocabulary {
        static final Vocabulary NONE = new Vocabulary(java.util.List.of());

        private final io.github.newsparse.internal.text.CharTable table;
        private final String[] words;

        Vocabulary(java.util.Collection<String> lowerWords) {
            words = lowerWords.toArray(new String[0]);
            java.util.Map<String, Integer> index = new java.util.HashMap<>();
            for (int i = 0; i < words.length; i++) {
                index.put(words[i], i);
            }
            table = new io.github.newsparse.internal.text.CharTable(index);
        }

        /** {@code s.substring(from, to)}, the shared string when the vocabulary holds the word. */
        String word(String s, int from, int to) {
            int k = words.length == 0 ? -1 : table.getAsciiLower(s, from, to);
            return k >= 0 && words[k].length() == to - from && words[k].regionMatches(0, s, from, to - from)
                    ? words[k] : s.substring(from, to);
        }
    }

    /** {@link #words(String)}, with the strings of {@code vocabulary}'s words shared. */
    static String[] words(String folded, Vocabulary vocabulary) {
        int len = folded.length();
        String[] out = new String[Math.min(len, 16)];
        int n = 0;
        int i = 0;
        while (i < len) {
            int end = folded.indexOf(' ', i);
            if (end < 0) {
                end = len;
            }
            int from = Chars.bareStart(folded, i, end);
            int to = Chars.bareEnd(folded, from, end);
            if (to > from) {
                if (n == out.length) {
                    out = java.util.Arrays.copyOf(out, n * 2);
                }
                out[n++] = vocabulary.word(folded, from, to);
            }
            i = end + 1;
        }
        return n == out.length ? out : java.util.Arrays.copyOf(out, n);
    }
}
