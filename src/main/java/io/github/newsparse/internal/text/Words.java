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
        boolean in = false;
        for (int i = 0; i < t.length(); i++) {
            boolean space = t.charAt(i) == ' ';
            if (!space && !in) {
                n++;
            }
            in = !space;
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
        for (int i = 0; i < e; i++) {
            if (t.charAt(i) == ' ') {
                n++;
            }
        }
        return n;
    }
}
