package io.github.newsparse.internal.structure;

/** Date look-ups for the other stages: whether a line holds a full date. */
public final class Dates {

    /** Dates before this are not a news page's (a CMS default, or a parse of something else). */
    private static final int FIRST_YEAR = 1990;

    private Dates() {
    }

    /** Whether a date a page's markup or address states can be its publication day: from 1990 to tomorrow. */
    static boolean isTrusted(java.time.LocalDate d) {
        return d.getYear() >= FIRST_YEAR && !d.isAfter(java.time.LocalDate.now(java.time.ZoneOffset.UTC).plusDays(1));
    }

    /**
     * Whether {@code line} holds a date with day, month and year in one of the forms newsparse
     * reads.
     *
     * @param line a line of text
     * @return true if a date is found
     */
    public static boolean contains(String line) {
        return DateParser.find(line).isPresent();
    }

    /**
     * Whether {@code line} is a date stamp and nothing else: a date with its time, zone, label or
     * reading time ("Nov 25, 2025 5:00 am PST", "August 11, 2025 · 12 minute read", "Updated:
     * March 4, 2025").
     *
     * @param line a line of text
     * @return true if the whole line is a date stamp
     */
    public static boolean isStamp(String line) {
        return MetadataFinder.find(line, io.github.newsparse.internal.text.Words.splitCount(line))
                .filter(MetadataFinder.Stamp::wholeLine).isPresent();
    }

    /**
     * Where the first full date in {@code line} starts, or -1.
     *
     * @param line a line of text
     * @return the index of the date's first character, or -1
     */
    public static int start(String line) {
        return DateParser.find(line).map(DateParser.Found::start).orElse(-1);
    }

    /**
     * Whether {@code line} is only a month and a year, as an archive index lists them:
     * "November 2012", "Nov 2012 (5)", "› Mai 2024". Such lines name a page of the archive, not a
     * day of the story.
     *
     * @param line a line of text
     * @return true if the line is a month name, a four-digit year and at most a count in brackets
     */
    public static boolean isMonthYear(String line) {
        int i = 0;
        int n = line.length();
        while (i < n && !Character.isLetter(line.charAt(i))) {
            if (Character.isLetterOrDigit(line.charAt(i))) {
                return false;
            }
            i++;
        }
        int s = i;
        while (i < n && Character.isLetter(line.charAt(i))) {
            i++;
        }
        if (i == s || MonthNames.month(line.substring(s, i)) == 0) {
            return false;
        }
        while (i < n && (line.charAt(i) == ' ' || line.charAt(i) == '.' || line.charAt(i) == ',')) {
            i++;
        }
        int y = i;
        while (i < n && Character.isDigit(line.charAt(i))) {
            i++;
        }
        if (i - y != 4) {
            return false;
        }
        String rest = line.substring(i).strip();
        return rest.isEmpty() || rest.length() >= 3 && rest.length() <= 7 && rest.charAt(0) == '('
                && rest.charAt(rest.length() - 1) == ')' && rest.substring(1, rest.length() - 1).chars().allMatch(
                        c -> c >= '0' && c <= '9');
    }
}
