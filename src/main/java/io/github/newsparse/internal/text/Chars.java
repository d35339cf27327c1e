package io.github.newsparse.internal.text;

/** Character classes used throughout the pipeline. */
public final class Chars {

    private Chars() {
    }

    /**
     * Whitespace as the JSON contract counts it (Python's {@code str.isspace}): Java whitespace,
     * every space separator (NBSP included) and NEL.
     */
    public static boolean isSpace(char c) {
        if (c < 0x80) { // the same answer for ASCII, without the Unicode tables
            return c == ' ' || c >= '\t' && c <= '\r' || c >= 0x1c && c <= 0x1f;
        }
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u0085';
    }

    /** A character that ends a line. */
    public static boolean isLineBreak(char c) {
        return c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029' || c == '\u0085'
                || c == '\u000B' || c == '\u000C';
    }

    /**
     * Characters with no visible form that normalisation drops: controls other than whitespace,
     * zero-width characters, soft hyphens, bidi controls, the BOM and noncharacters.
     */
    public static boolean isInvisible(char c) {
        if (c >= 0x20 && c < 0x7F) {
            return false;
        }
        if (c < 0x20) {
            return !isSpace(c);
        }
        if (c >= 0x7F && c < 0xA0) {
            return c != '\u0085';
        }
        switch (c) {
            case '\u00AD', '\u034F', '\u061C', '\u180E', '\u200B', '\u200C', '\u200D', '\u200E', '\u200F',
                 '\u2060', '\u2061', '\u2062', '\u2063', '\u2064', '\uFEFF', '\uFFFE', '\uFFFF' -> {
                return true;
            }
            default -> {
                return (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u206F');
            }
        }
    }

    /** True if {@code s[from, to)} holds a character that is neither whitespace nor invisible. */
    public static boolean hasVisible(CharSequence s, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (!isSpace(c) && !isInvisible(c)) {
                return true;
            }
        }
        return false;
    }

    /** True if {@code s[from, to)} holds a letter or a digit: "he supported - and …" holds none before "and". */
    public static boolean hasLetterOrDigit(CharSequence s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (Character.isLetterOrDigit(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** True if {@code s[from, to)} holds only the letters a to z: "trying", not "Trying" nor "co-op". */
    public static boolean isLowerAscii(CharSequence s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (s.charAt(i) < 'a' || s.charAt(i) > 'z') {
                return false;
            }
        }
        return true;
    }

    /** True if {@code s[from, to)} holds only letters, of any script and case. */
    public static boolean isLetters(CharSequence s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!Character.isLetter(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** A word without the punctuation and quote marks around it: "“said," → "said". */
    public static String bare(String word) {
        int from = bareStart(word, 0, word.length());
        return word.substring(from, bareEnd(word, from, word.length()));
    }

    /** Where {@link #bare} would start the word {@code s[from, to)}: its first letter or digit, else {@code to}. */
    public static int bareStart(CharSequence s, int from, int to) {
        while (from < to && !Character.isLetterOrDigit(s.charAt(from))) {
            from++;
        }
        return from;
    }

    /** Where {@link #bare} would end the word {@code s[from, to)}: past its last letter or digit, else {@code from}. */
    public static int bareEnd(CharSequence s, int from, int to) {
        while (to > from && !Character.isLetterOrDigit(s.charAt(to - 1))) {
            to--;
        }
        return to;
    }

    /**
     * Whether {@code s} holds {@code lowerNeedle} (lower-case ASCII) with ASCII letters in either
     * case: what a {@code (?i)} pattern without {@code UNICODE_CASE} matches, and what
     * {@code s.toLowerCase(Locale.ROOT).contains(lowerNeedle)} finds, without the lower-cased copy,
     * for a needle without a 'k' or a final 'i' (only the Kelvin sign and the dotted capital I
     * lower-case to an ASCII letter).
     */
    public static boolean containsIgnoreAsciiCase(String s, String lowerNeedle) {
        return indexOfIgnoreAsciiCase(s, lowerNeedle, 0) >= 0;
    }

    /** The first index from {@code from} where {@code lowerNeedle} occurs as in {@link #containsIgnoreAsciiCase}, or -1. */
    public static int indexOfIgnoreAsciiCase(String s, String lowerNeedle, int from) {
        int m = lowerNeedle.length();
        outer:
        for (int i = Math.max(0, from); i + m <= s.length(); i++) {
            for (int j = 0; j < m; j++) {
                if (asciiLower(s.charAt(i + j)) != lowerNeedle.charAt(j)) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    /**
     * The first index from {@code from} where {@code word} stands as a whole word or phrase in
     * {@code s} (no letter or digit right before or after it), or -1.
     */
    public static int indexOfWord(String s, String word, int from) {
        for (int i = s.indexOf(word, from); i >= 0; i = s.indexOf(word, i + 1)) {
            int end = i + word.length();
            if ((i == 0 || !Character.isLetterOrDigit(s.charAt(i - 1)))
                    && (end == s.length() || !Character.isLetterOrDigit(s.charAt(end)))) {
                return i;
            }
        }
        return -1;
    }

    /** {@code c} with an ASCII capital lowered; every other character as it is. */
    public static char asciiLower(char c) {
        return c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
    }
}
