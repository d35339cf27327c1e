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
