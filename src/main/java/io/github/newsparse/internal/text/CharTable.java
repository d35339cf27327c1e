package io.github.newsparse.internal.text;

import java.util.Arrays;
import java.util.Map;

/**
 * An immutable map from words to small integers that is looked up with a character buffer, so a
 * scan over text can test each word without making a {@code String} of it. Open addressing,
 * load factor at most one half.
 */
public final class CharTable {

    private final String[] keys;
    /** Each slot's key's hash ({@link String#hashCode}): a probe compares it before the characters. */
    private final int[] hashes;
    private final int[] values;
    private final int mask;

    /**
     * A table of {@code entries}.
     *
     * @param entries the words and their values
     */
    public CharTable(Map<String, Integer> entries) {
        int size = Integer.highestOneBit(Math.max(2, entries.size()) * 2) * 2;
        keys = new String[size];
        hashes = new int[size];
        values = new int[size];
        mask = size - 1;
        Arrays.fill(values, -1);
        for (Map.Entry<String, Integer> e : entries.entrySet()) {
            String k = e.getKey();
            int slot = k.hashCode() & mask;
            while (keys[slot] != null) {
                slot = (slot + 1) & mask;
            }
            keys[slot] = k;
            hashes[slot] = k.hashCode();
            values[slot] = e.getValue();
        }
    }

    /**
     * The value of the word {@code buf[0, len)}, or -1 when it is not in the table.
     *
     * @param buf the word's characters
     * @param len how many of them
     * @return the value, or -1
     */
    public int get(char[] buf, int len) {
        return get(buf, 0, len);
    }

    /**
     * The value of the word {@code buf[from, from + len)}, or -1 when it is not in the table.
     *
     * @param buf the characters
     * @param from where the word starts in them
     * @param len how many characters it has
     * @return the value, or -1
     */
    public int get(char[] buf, int from, int len) {
        int h = 0;
        for (int i = from; i < from + len; i++) {
            h = 31 * h + buf[i];
        }
        int slot = h & mask;
        for (String k = keys[slot]; k != null; k = keys[slot]) {
            if (hashes[slot] == h && k.length() == len && equal(k, buf, from, len)) {
                return values[slot];
            }
            slot = (slot + 1) & mask;
        }
        return -1;
    }

    /** Whether {@code word} is in the table. */
    public boolean contains(String word) {
        return getAsciiLower(word, 0, word.length(), false) >= 0;
    }

    /**
     * The value of {@code s[from, to)} with its ASCII capitals lowered, -1 when it is not in the
     * table, or {@link #NOT_ASCII} when the range holds a character past ASCII (whose lower case
     * this does not compute).
     */
    public int getAsciiLower(String s, int from, int to) {
        return getAsciiLower(s, from, to, true);
    }

    /** What {@link #getAsciiLower} returns for a range that is not all ASCII. */
    public static final int NOT_ASCII = -2;

    private int getAsciiLower(String s, int from, int to, boolean lower) {
        int h = 0;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (lower) {
                if (c >= 0x80) {
                    return NOT_ASCII;
                }
                c = c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
            }
            h = 31 * h + c;
        }
        int len = to - from;
        int slot = h & mask;
        for (String k = keys[slot]; k != null; k = keys[slot]) {
            if (hashes[slot] == h && k.length() == len && equalLowered(k, s, from, len, lower)) {
                return values[slot];
            }
            slot = (slot + 1) & mask;
        }
        return -1;
    }

    private static boolean equalLowered(String k, String s, int from, int len, boolean lower) {
        for (int i = 0; i < len; i++) {
            char c = s.charAt(from + i);
            if (lower && c >= 'A' && c <= 'Z') {
                c = (char) (c + ('a' - 'A'));
            }
            if (k.charAt(i) != c) {
                return false;
            }
        }
        return true;
    }

    /** Whether the word {@code buf[from, from + len)} is in the table. */
    public boolean contains(char[] buf, int from, int len) {
        return get(buf, from, len) >= 0;
    }

    /** A table whose words all have the value 0: a set looked up with a character buffer. */
    public static CharTable of(java.util.Collection<String> words) {
        Map<String, Integer> m = new java.util.HashMap<>();
        for (String w : words) {
            m.put(w, 0);
        }
        return new CharTable(m);
    }

    private static boolean equal(String k, char[] buf, int from, int len) {
        for (int i = 0; i < len; i++) {
            if (k.charAt(i) != buf[from + i]) {
                return false;
            }
        }
        return true;
    }
}
