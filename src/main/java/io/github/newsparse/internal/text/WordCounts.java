package io.github.newsparse.internal.text;

/**
 * How often each word occurs, where a word is a range of a string the caller already holds: a
 * scan adds ranges without making a {@code String} per word, and only the first occurrence of a
 * word is kept (as its string and offsets). Open addressing; grows at half full. Not thread-safe:
 * one per page.
 */
public final class WordCounts {

    private String[] sources = new String[64];
    private int[] starts = new int[64];
    private int[] ends = new int[64];
    private int[] hashes = new int[64];
    private int[] counts = new int[64];
    private int size;

    /** Counts the word {@code s[from, to)} once more. */
    public void add(String s, int from, int to) {
        int h = hash(s, from, to);
        int mask = sources.length - 1;
        int slot = h & mask;
        for (String k = sources[slot]; k != null; k = sources[slot]) {
            if (hashes[slot] == h && regionEquals(k, starts[slot], ends[slot], s, from, to)) {
                counts[slot]++;
                return;
            }
            slot = (slot + 1) & mask;
        }
        sources[slot] = s;
        starts[slot] = from;
        ends[slot] = to;
        hashes[slot] = h;
        counts[slot] = 1;
        if (++size * 2 > sources.length) {
            grow();
        }
    }

    /** How often {@code word} was added; 0 when never. */
    public int count(String word) {
        int h = hash(word, 0, word.length());
        int mask = sources.length - 1;
        int slot = h & mask;
        for (String k = sources[slot]; k != null; k = sources[slot]) {
            if (hashes[slot] == h && regionEquals(k, starts[slot], ends[slot], word, 0, word.length())) {
                return counts[slot];
            }
            slot = (slot + 1) & mask;
        }
        return 0;
    }

    /** Whether {@code word} was added at least once. */
    public boolean contains(String word) {
        return count(word) > 0;
    }

    /** How many different words were added. */
    public int size() {
        return size;
    }

    private void grow() {
        String[] oldSources = sources;
        int[] oldStarts = starts;
        int[] oldEnds = ends;
        int[] oldHashes = hashes;
        int[] oldCounts = counts;
        int capacity = oldSources.length * 2;
        sources = new String[capacity];
        starts = new int[capacity];
        ends = new int[capacity];
        hashes = new int[capacity];
        counts = new int[capacity];
        int mask = capacity - 1;
        for (int i = 0; i < oldSources.length; i++) {
            if (oldSources[i] != null) {
                int slot = oldHashes[i] & mask;
                while (sources[slot] != null) {
                    slot = (slot + 1) & mask;
                }
                sources[slot] = oldSources[i];
                starts[slot] = oldStarts[i];
                ends[slot] = oldEnds[i];
                hashes[slot] = oldHashes[i];
                counts[slot] = oldCounts[i];
            }
        }
    }

    private static int hash(String s, int from, int to) {
        int h = 0;
        for (int i = from; i < to; i++) {
            h = 31 * h + s.charAt(i);
        }
        // spread the low bits, which pick the slot
        return h ^ (h >>> 16);
    }

    private static boolean regionEquals(String a, int aFrom, int aTo, String b, int bFrom, int bTo) {
        return aTo - aFrom == bTo - bFrom && a.regionMatches(aFrom, b, bFrom, bTo - bFrom);
    }
}
