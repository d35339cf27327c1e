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

    /** Words a line that only says how long ago has at most ("il y a 3 heures"). */
    private static final int TIME_AGO_WORDS = 5;
    /** Words that open a time ago: "vor 2 Stunden", "hace 2 horas", "há 2 horas", "il y a 2 heures". */
    private static final java.util.Set<String> AGO_BEFORE = java.util.Set.of("vor", "hace", "há", "ha", "a");
    /** Words that close a time ago: "2 hours ago", "2 ore fa", "2 uur geleden". */
    private static final java.util.Set<String> AGO_AFTER = java.util.Set.of("ago", "fa", "geleden");
    /** A count in words: "a day ago", "vor einem Tag", "hace un mes". */
    private static final java.util.Set<String> ONE = java.util.Set.of("a", "an", "one", "ein", "einem", "einer", "un", "una",
            "uno", "um", "uma", "een", "une");
    /** Units of time in the languages newsparse reads, singular and plural. */
    private static final java.util.Set<String> UNITS = java.util.Set.of(
            "second", "seconds", "sec", "secs", "minute", "minutes", "min", "mins", "hour", "hours", "hr", "hrs", "day", "days",
            "week", "weeks", "month", "months", "year", "years",
            "sekunde", "sekunden", "minuten", "stunde", "stunden", "tag", "tagen", "woche", "wochen", "monat", "monaten",
            "jahr", "jahren",
            "seconde", "secondes", "heure", "heures", "jour", "jours", "semaine", "semaines", "mois", "an", "ans",
            "segundo", "segundos", "minuto", "minutos", "hora", "horas", "día", "días", "dia", "dias", "semana", "semanas",
            "mes", "meses", "año", "años", "ano", "anos",
            "secondo", "secondi", "minuti", "ora", "ore", "giorno", "giorni", "settimana", "settimane", "mese", "mesi",
            "anno", "anni",
            "seconden", "minuut", "uur", "dag", "dagen", "weken", "maand", "maanden", "jaar", "jaren");

    /**
     * Whether {@code line} only says how long ago something was posted: "2 hours ago", "a day
     * ago", "vor 22 Stunden", "il y a 3 heures", "hace 2 horas", "há 5 dias", "2 ore fa", "3 uur
     * geleden".
     *
     * @param line a line of text
     * @return true if the line is a time ago and nothing else
     */
    public static boolean isTimeAgo(String line) {
        String stripped = line.strip();
        if (!fewWords(stripped, TIME_AGO_WORDS)) {
            return false; // a line of prose: not split, not lower-cased
        }
        String[] w = splitAtSpace(stripped.toLowerCase(java.util.Locale.ROOT));
        if (w.length < 3 || w.length > TIME_AGO_WORDS) {
            return false;
        }
        int n = w.length;
        if (AGO_AFTER.contains(w[n - 1])) {
            // "2 hours ago", "3 uur geleden"
            return UNITS.contains(w[n - 2]) && isCount(w[n - 3]);
        }
        int i = w[0].equals("il") && n == 5 && w[1].equals("y") ? 2 : 0;
        // "vor 22 Stunden", "il y a 3 heures"
        return AGO_BEFORE.contains(w[i]) && n == i + 3 && isCount(w[i + 1]) && UNITS.contains(w[i + 2]);
    }

    /**
     * Whether {@code stripped} (no white space at its ends) has at most {@code max} words split at
     * runs of ASCII white space (what {@code \\s+} matches), read no further than
     * the word past {@code max}.
     */
    private static boolean fewWords(String stripped, int max) {
        int runs = 0;
        boolean inSpace = false;
        for (int i = 0; i < stripped.length(); i++) {
            boolean space = isAsciiSpace(stripped.charAt(i));
            if (space && !inSpace && ++runs >= max) {
                return false;
            }
            inSpace = space;
        }
        return true;
    }

    /** What {@code \\s} matches. */
    private static boolean isAsciiSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
    }

    /**
     * The words of {@code stripped} (no white space at its ends) split at runs of {@code \\s}, as
     * a split at the pattern {@code \\s+} gives them.
     */
    private static String[] splitAtSpace(String stripped) {
        java.util.List<String> out = new java.util.ArrayList<>();
        int i = 0;
        int n = stripped.length();
        while (i < n) {
            int s = i;
            while (i < n && !isAsciiSpace(stripped.charAt(i))) {
                i++;
            }
            out.add(stripped.substring(s, i));
            while (i < n && isAsciiSpace(stripped.charAt(i))) {
                i++;
            }
        }
        return out.isEmpty() ? new String[] {""} : out.toArray(new String[0]);
    }

    private static boolean isCount(String w) {
        if (ONE.contains(w)) {
            return true;
        }
        for (int i = 0; i < w.length(); i++) {
            if (w.charAt(i) < '0' || w.charAt(i) > '9') {
                return false;
            }
        }
        return !w.isEmpty();
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
