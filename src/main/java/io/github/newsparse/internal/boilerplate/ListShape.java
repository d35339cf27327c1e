package io.github.newsparse.internal.boilerplate;

import io.github.newsparse.internal.structure.Dates;
import io.github.newsparse.internal.text.Words;

/**
 * The shape of a line's opening, to find the lists a story holds: tour dates ("June 9 – Tampa,
 * FL @ …"), numbered steps ("1. Preheat …"), schedules ("3a etapa: 22 de abril – …"). Words
 * become {@code a} (a run of words one {@code a}), digit runs {@code 9}, other characters stay,
 * spaces go; the key is the first {@value #KEY_SYMBOLS} symbols. Consecutive lines with the same
 * key form a list. Only keys with a digit or a leading bullet count: runs of plain words are
 * menus as often as lists. Items without either still show their structure in their marks
 * ("Jane Roe – Second Stitch (Instructor: Ann Lee)"): {@value #MIN_MARKED_ITEMS} consecutive
 * lines with the same marks, none printed twice on the page, are a list as well.
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
        if (key.length() < 2 || !(digit || BULLETS.indexOf(key.charAt(0)) >= 0) || Dates.isMonthYear(text)
                || isCountedLabel(text)) {
            // "November 2012", "October 2012", …: an archive's index, not a list of the story; nor
            // "Robot Art (35)", "July (309)": a sidebar's categories or archive with their counts
            return null;
        }
        return key.toString();
    }

    /**
     * Whether the line is a label with a count in brackets after it and no other digit ("Robot
     * Art (35)", "Communications [1,056]"), as link lists of categories, tags and archive months
     * print them. A year in brackets ("Median days on the market (2024)") is no count, nor a count
     * after a symbol (a rating's "★★★★☆(29)").
     */
    static boolean isCountedLabel(String text) {
        String t = text.strip();
        int n = t.length();
        if (n < 4 || t.charAt(n - 1) != ')' && t.charAt(n - 1) != ']') {
            return false;
        }
        char open = t.charAt(n - 1) == ')' ? '(' : '[';
        int o = t.lastIndexOf(open);
        if (o < 1 || o == n - 2 || !Character.isDigit(t.charAt(o + 1))) {
            return false;
        }
        for (int i = o + 1; i < n - 1; i++) {
            char c = t.charAt(i);
            if (!Character.isDigit(c) && c != ',' && c != '.') {
                return false;
            }
        }
        if (n - 2 - o == 4 && (t.startsWith("19", o + 1) || t.startsWith("20", o + 1))) {
            return false; // a year
        }
        int before = t.charAt(o - 1) == ' ' ? o - 2 : o - 1;
        if (before < 0) {
            return false;
        }
        char b = t.charAt(before);
        if (!Character.isLetter(b) && "'’\"”?!.".indexOf(b) < 0) {
            return false;
        }
        boolean letter = false;
        for (int i = 0; i <= before; i++) {
            char c = t.charAt(i);
            if (Character.isDigit(c)) {
                return false;
            }
            letter |= Character.isLetter(c);
        }
        return letter;
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
        boolean[] out = runs(keys, MIN_ITEMS);
        // a line the page prints twice is a table of contents' entry or a teaser, not a list's item
        java.util.Map<String, Integer> printed = new java.util.HashMap<>();
        String[] marks = new String[n];
        String[] terms = new String[n];
        for (int i = 0; i < n; i++) {
            marks[i] = fixed[i] ? null : marks(texts[i]);
            terms[i] = !fixed[i] && isDefinition(texts[i]) ? DEFINITION : null;
            if (marks[i] != null || terms[i] != null) {
                printed.merge(texts[i], 1, Integer::sum);
            }
        }
        for (int i = 0; i < n; i++) {
            if ((marks[i] != null || terms[i] != null) && printed.get(texts[i]) > 1) {
                marks[i] = null;
                terms[i] = null;
            }
        }
        boolean[] marked = runs(marks, MIN_MARKED_ITEMS);
        boolean[] defined = runs(terms, MIN_MARKED_ITEMS);
        for (int i = 0; i < n; i++) {
            out[i] |= marked[i] || defined[i];
        }
        return out;
    }

    /** The key of a definition list's items. */
    private static final String DEFINITION = "term";
    /** A definition's term has at most this many words. */
    private static final int MAX_TERM_WORDS = 8;
    /** Where a definition's separator may be at the latest. */
    private static final int MAX_TERM_CHARS = 60;

    /**
     * Whether the line is an item of a definition list: a capitalised term of a few words, a dash
     * or a colon, then its explanation in lower case ("Book music – DJ or band secured; discuss
     * style", "Focus: consumer electronics and smart devices"), {@value #MIN_MARKED_WORDS} to
     * {@value #MAX_MARKED_WORDS} words. {@value #MIN_MARKED_ITEMS} such lines in a row are a list
     * of the story (none printed twice on the page, as a table of contents' entries are): menus and
     * link lists print names, not explanations.
     */
    static boolean isDefinition(String text) {
        if (text.isEmpty() || !(Character.isUpperCase(text.charAt(0)) || Character.isDigit(text.charAt(0)))
                || !opensWithTerm(text)) {
            return false;
        }
        int words = Words.splitCount(text);
        return words >= MIN_MARKED_WORDS && words <= MAX_MARKED_WORDS;
    }

    /**
     * Whether {@code text} opens with a term of at most {@value #MAX_TERM_WORDS} words, a dash or a
     * colon within {@value #MAX_TERM_CHARS} characters, then a word in lower case. Scans only the
     * line's opening, so most lines are turned down before their words are counted.
     */
    private static boolean opensWithTerm(String text) {
        int termWords = 1;
        for (int i = 1; i < Math.min(text.length() - 2, MAX_TERM_CHARS); i++) {
            char c = text.charAt(i);
            int after = -1;
            if (c == ':' && text.charAt(i + 1) == ' ') {
                after = i + 2;
            } else if ((c == '–' || c == '—' || c == '-') && text.charAt(i - 1) == ' ' && text.charAt(i + 1) == ' ') {
                after = i + 2;
            } else if (c == ':' || c == '–' || c == '—') {
                return false;
            }
            if (after > 0) {
                return termWords <= MAX_TERM_WORDS && after < text.length() && Character.isLowerCase(text.charAt(after));
            }
            if (c == ' ' && text.charAt(i - 1) != ' ') {
                termWords++;
            }
        }
        return false;
    }

    /** A list whose items share their marks has at least this many lines. */
    static final int MIN_MARKED_ITEMS = 4;
    /** An item that shares its marks has at least this many words, and at most {@value #MAX_MARKED_WORDS}. */
    private static final int MIN_MARKED_WORDS = 4;
    private static final int MAX_MARKED_WORDS = 25;
    /** The most marks of an item's key. */
    private static final int MAX_MARKS = 8;

    /**
     * The marks that structure a list item, in their order ("Jane Roe – Second Stitch (Instructor:
     * Ann Lee)" gives "–(:"), or null when the line has fewer than two distinct marks or is no
     * item's length. Commas, full stops, apostrophes and hyphens inside words are prose's, not
     * an item's structure, and are left out.
     */
    static String marks(String text) {
        int words = Words.splitCount(text);
        if (words < MIN_MARKED_WORDS || words > MAX_MARKED_WORDS) {
            return null;
        }
        StringBuilder key = new StringBuilder(MAX_MARKS);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLetterOrDigit(c) || Character.isWhitespace(c) || c == ',' || c == '.' || c == '\''
                    || c == '’' || c == ')' || c == ']' || c == '-' && i > 0 && Character.isLetterOrDigit(text.charAt(i - 1))) {
                continue; // a closing bracket is its opening one's: "(Opens in a new window)" is one mark
            }
            if (key.length() == MAX_MARKS) {
                return null;
            }
            key.append(c);
        }
        return twoDistinct(key) ? key.toString() : null;
    }

    private static boolean twoDistinct(CharSequence key) {
        for (int i = 1; i < key.length(); i++) {
            if (key.charAt(i) != key.charAt(0)) {
                return true;
            }
        }
        return false;
    }

    /** Marks the runs of at least {@code least} consecutive lines with the same non-null key. */
    private static boolean[] runs(String[] keys, int least) {
        int n = keys.length;
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
            if (j - i >= least) {
                java.util.Arrays.fill(out, i, j, true);
            }
            i = j;
        }
        return out;
    }

    /** A table's row has at least this many cells, one per line ("1", "State Farm", "107,764", "16.4"). */
    private static final int MIN_COLUMNS = 3;
    /** A table's row has at most this many cells. */
    private static final int MAX_COLUMNS = 12;
    /** A table has at least this many rows of one shape. */
    private static final int MIN_ROWS = 4;
    /** What a table prints in a column of figures where it has none. */
    private static final java.util.Set<String> NO_FIGURE = java.util.Set.of("N/A", "n/a", "NA", "-", "–", "—", "n.a.");

    /** A table's cell has at most this many characters. */
    private static final int MAX_CELL = 60;

    /**
     * Marks the cells of tables whose every cell became a line of its own: a run of short lines
     * whose kinds (a number, or words) repeat with a period of {@value #MIN_COLUMNS} to
     * {@value #MAX_COLUMNS} lines for at least {@value #MIN_ROWS} rows, each row holding both a
     * number and words. A menu is words alone; a list of counts ("Politics", "12") has two
     * columns.
     */
    static boolean[] tables(String[] texts, boolean[] fixed) {
        int n = texts.length;
        char[] cell = new char[n];
        for (int i = 0; i < n; i++) {
            // a figure the page repeats ("1", "729") is furniture to the repeat rule, and still a cell
            char kind = cellKind(texts[i]);
            cell[i] = fixed[i] && kind != 'n' ? 0 : kind;
        }
        boolean[] out = new boolean[n];
        int i = 0;
        while (i < n) {
            int best = 0;
            int columns = 0;
            for (int p = MIN_COLUMNS; p <= MAX_COLUMNS && best == 0 && i + p <= n; p++) {
                // the row's shape first (O(p)); the run is scanned only for a row that can open a table,
                // so a long run of one kind ("0:00" a hundred thousand times) is never scanned again
                if (!mixed(cell, i, p) || leastPeriod(cell, i, p) != p) {
                    continue;
                }
                int end = periodicEnd(cell, i, p);
                if (end - i >= p * MIN_ROWS) {
                    best = end;
                    columns = p;
                }
            }
            if (best > 0) {
                java.util.Arrays.fill(out, i, best, true);
                // the column headings above the first row, one per line ("Rank", "School", "GPA")
                int head = i - columns;
                boolean heading = head >= 0;
                for (int k = Math.max(0, head); k < i && heading; k++) {
                    heading = cell[k] == 'w' && !out[k];
                }
                if (heading) {
                    java.util.Arrays.fill(out, head, i, true);
                }
                i = best;
            } else {
                i++;
            }
        }
        return out;
    }

    /** The end of the run from {@code from} where each line's kind equals the one {@code p} lines before. */
    private static int periodicEnd(char[] cell, int from, int p) {
        if (from + p > cell.length) {
            return from;
        }
        for (int k = from; k < from + p; k++) {
            if (cell[k] == 0) {
                return from;
            }
        }
        int j = from + p;
        while (j < cell.length && cell[j] == cell[j - p]) {
            j++;
        }
        // whole rows only
        return from + (j - from) / p * p;
    }

    /** The shortest period of the row {@code [from, from + p)}: four cells "1", "a", "2", "b" are two rows of two. */
    private static int leastPeriod(char[] cell, int from, int p) {
        for (int d = 1; d < p; d++) {
            if (p % d == 0) {
                boolean repeats = true;
                for (int k = from + d; k < from + p && repeats; k++) {
                    repeats = cell[k] == cell[k - d];
                }
                if (repeats) {
                    return d;
                }
            }
        }
        return p;
    }

    /** Whether the row {@code [from, from + p)} holds both a number and words. */
    private static boolean mixed(char[] cell, int from, int p) {
        boolean number = false;
        boolean words = false;
        for (int k = from; k < from + p; k++) {
            number |= cell[k] == 'n';
            words |= cell[k] == 'w';
        }
        return number && words;
    }

    /**
     * A line as a table cell: {@code 'n'} a figure, a number with at most a short note ("107,764,591",
     * "-40.4%", "$9.99", "3 (tie)", "37% / 40%"), {@code 'w'} a short phrase, else 0.
     */
    private static char cellKind(String text) {
        if (text.isEmpty() || text.length() > MAX_CELL) {
            return 0;
        }
        if (NO_FIGURE.contains(text)) {
            // an empty cell of a column of figures
            return 'n';
        }
        char first = text.charAt(0);
        boolean opensWithFigure = first >= '0' && first <= '9' || "$€£+-−–".indexOf(first) >= 0;
        int digits = 0;
        int letters = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                digits++;
            } else if (Character.isIdeographic(c)) {
                // "1月13日": a date in words of their own, not a figure
                return 'w';
            } else if (Character.isLetter(c)) {
                letters++;
            }
        }
        return opensWithFigure && digits > 0 && letters * 2 < text.length() && letters <= digits + 3 ? 'n' : 'w';
    }
}
