package io.github.newsparse.internal.boilerplate;

import io.github.newsparse.internal.structure.Dates;

/**
 * The shape of a line's opening, to find the lists a story holds: tour dates ("June 9 – Tampa,
 * FL @ …"), numbered steps ("1. Preheat …"), schedules ("3a etapa: 22 de abril – …"). Words
 * become {@code a} (a run of words one {@code a}), digit runs {@code 9}, other characters stay,
 * spaces go; the key is the first {@value #KEY_SYMBOLS} symbols. Consecutive lines with the same
 * key form a list. Only keys with a digit or a leading bullet count: runs of plain words are
 * menus as often as lists.
 */
final class ListShape {

    private static final int KEY_SYMBOLS = 4;
    /** A list has at least this many lines of one shape. */
    static final int MIN_ITEMS = 3;
    private static final String BULLETS = "•·-–—*▪■►→✓✔";

    private ListShape() {
    }

    /** The shape key of the line, or null when it has no list-like shape. */
    static String key(String text) {
        StringBuilder key = new StringBuilder(KEY_SYMBOLS);
        boolean digit = false;
        char last = 0;
        for (int i = 0; i < text.length() && key.length() < KEY_SYMBOLS; i++) {
            char c = text.charAt(i);
            char symbol;
            if (Character.isLetter(c)) {
                symbol = 'a';
            } else if (Character.isDigit(c)) {
                symbol = '9';
                digit = true;
            } else if (Character.isWhitespace(c) || Character.isISOControl(c)) {
                continue;
            } else {
                symbol = c;
            }
            if ((symbol == 'a' || symbol == '9') && symbol == last) {
                continue;
            }
            key.append(symbol);
            last = symbol;
        }
        if (key.length() < 2 || !(digit || BULLETS.indexOf(key.charAt(0)) >= 0) || Dates.isMonthYear(text)) {
            // "November 2012", "October 2012", …: an archive's index, not a list of the story
            return null;
        }
        return key.toString();
    }

    /**
     * Marks the lines of lists: {@code out[i]} is true when line i belongs to a run of at least
     * {@value #MIN_ITEMS} consecutive unfixed lines with the same key.
     */
    static boolean[] lists(String[] texts, boolean[] fixed) {
        int n = texts.length;
        String[] keys = new String[n];
        for (int i = 0; i < n; i++) {
            keys[i] = fixed[i] ? null : key(texts[i]);
        }
        boolean[] out = new boolean[n];
        int i = 0;
        while (i < n) {
            if (keys[i] == null) {
                i++;
                continue;
            }
            int j = i + 1;
            while (j < n && keys[i].equals(keys[j])) {
                j++;
            }
            if (j - i >= MIN_ITEMS) {
                java.util.Arrays.fill(out, i, j, true);
            }
            i = j;
        }
        return out;
    }
}
