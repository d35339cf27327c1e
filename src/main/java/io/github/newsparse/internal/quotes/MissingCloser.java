package io.github.newsparse.internal.quotes;

/**
 * Repairs a quote whose closing mark is missing before its attribution: in
 * {@code “I think they did a decent job, Johnson said. “Nobody likes it.”} the first quote ends at
 * the comma before "Johnson said".
 */
final class MissingCloser {

    private MissingCloser() {
    }

    /**
     * Looks for ", NP CUE." at the end of the content {@code [start, end)}; if found, stores the
     * repaired content end in {@code cut[0]} and returns the attribution.
     */
    static Attribution repair(String p, int start, int end, int[] cut) {
        int stop = end;
        while (stop > start && (p.charAt(stop - 1) == ' ')) {
            stop--;
        }
        for (int c = stop - 1; c > start && stop - c < 120; c--) {
            if (p.charAt(c) != ',') {
                continue;
            }
            Attribution a = AttributionFinder.after(p, c, false);
            if (a != null && a.cue() != null && a.cueAt() > c) {
                cut[0] = c;
                return a;
            }
        }
        return null;
    }
}
