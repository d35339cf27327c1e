package io.github.newsparse.internal.text;

/** Word counts of normalised text, without splitting it into strings. */
public final class Words {

    private Words() {
    }

    /**
     * How many space-separated words {@code t} has.
     *
     * @param t normalised text (single spaces)
     * @return the number of runs of non-space characters
     */
    public static int count(String t) {
        int n = 0;
        int len = t.length();
        int i = 0;
        while (i < len) {
            if (t.charAt(i) == ' ') {
                i++;
                continue;
            }
            n++;
            int space = t.indexOf(' ', i);
            if (space < 0) {
                break;
            }
            i = space + 1;
        }
        return n;
    }

    /**
     * Characters of Chinese and Japanese writing (ideographs, kana) that make one word, on
     * average: those scripts put no space between words.
     */
    private static final int UNSPACED_CHARS_PER_WORD = 2;

    /**
     * How many words {@code t} reads as: its space-separated words ({@link #count}), where a run of
     * Chinese or Japanese characters, written without spaces, counts one word per
     * {@value #UNSPACED_CHARS_PER_WORD} of its characters ("南海トラフ、一時調査", nine of them and a comma, is four, not one).
     * Text without those scripts has its {@link #count}.
     *
     * @param t normalised text (single spaces)
     * @return the number of words a reader sees
     */
    public static int readingCount(String t) {
        int spaced = count(t);
        int unspaced = 0;
        int len = t.length();
        for (int i = 0; i < len; i++) {
            char c = t.charAt(i);
            if (isUnspaced(c)) {
                unspaced++;
            }
        }
        if (unspaced < UNSPACED_CHARS_PER_WORD) {
            return spaced;
        }
        // each run already counts once as a spaced word: add what its characters make beyond it
        return Math.max(spaced, spaced - unspacedRuns(t) + unspaced / UNSPACED_CHARS_PER_WORD);
    }

    /** Whether {@code c} is a kana or a CJK ideograph (Unified, Extension A, Compatibility). */
    public static boolean isUnspaced(char c) {
        return c >= '\u3040' && c <= '\u30ff' || c >= '\u3400' && c <= '\u4dbf' || c >= '\u4e00' && c <= '\u9fff'
                || c >= '\uf900' && c <= '\ufaff';
    }

    /** Whether {@code t[from, to)} holds a kana or a CJK ideograph ({@link #isUnspaced}). */
    public static boolean hasUnspaced(String t, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = t.charAt(i);
            if (isUnspaced(c)) {
                return true;
            }
        }
        return false;
    }

    /** How many space-separated words of {@code t} hold an unspaced character. */
    private static int unspacedRuns(String t) {
        int n = 0;
        boolean counted = false;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c == ' ') {
                counted = false;
            } else if (!counted && isUnspaced(c)) {
                n++;
                counted = true;
            }
        }
        return n;
    }

    /**
     * The length of {@code t.split(" ")}, without the array: the pieces between single spaces,
     * empty ones included, less the empty ones at the end (and 1 for the empty string).
     *
     * @param t any text
     * @return what {@code t.split(" ").length} returns
     */
    public static int splitCount(String t) {
        if (t.isEmpty()) {
            return 1;
        }
        int e = t.length();
        while (e > 0 && t.charAt(e - 1) == ' ') {
            e--;
        }
        int n = e == 0 ? 0 : 1;
        for (int i = t.indexOf(' '); i >= 0 && i < e; i = t.indexOf(' ', i + 1)) {
            n++;
        }
        return n;
    }
}
