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
}
