package io.github.newsparse.internal.structure;

import io.github.newsparse.PublicationDate;
import io.github.newsparse.internal.text.Chars;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds a date stamp in a short line: ISO timestamps ("2023-10-16T16:05:00-04:00"), month-name
 * dates with optional weekday, time and US time zone ("Monday, Oct. 16, 2023 4:05 PM EDT"),
 * time-first stamps ("4:05 PM EDT Oct 16, 2023"), day-first dates ("16 October 2023"), US
 * numeric dates ("10/16/2023") and Chinese, Japanese and Korean dates ("2025年1月14日",
 * "2025년 6월 4일"). Dates without a year are not taken: a stamp must say which day.
 */
final class DateParser {

    private static final String MONTH = "(jan(?:uary|\\.)?|feb(?:ruary|\\.)?|mar(?:ch|\\.)?|apr(?:il|\\.)?|may\\.?|june?\\.?|july?\\.?"
            + "|aug(?:ust|\\.)?|sep(?:t(?:ember|\\.)?|\\.)?|oct(?:ober|\\.)?|nov(?:ember|\\.)?|dec(?:ember|\\.)?)";
    private static final String WEEKDAY = "(?:(?:mon|tue|tues|wed|wednes|thu|thur|thurs|fri|sat|satur|sun)(?:day)?\\.?,?\\s+)?";
    private static final String TIME = "(\\d{1,2})(?::(\\d{2}))?(?::(\\d{2}))?\\s*([ap]\\.?\\s?m\\.?)?";
    private static final String ZONE = "(?:\\s*\\(?\\b([a-z]{1,4}|utc[+-]\\d{1,2})\\b\\)?)?";

    private static final Pattern ISO = Pattern.compile(
            "\\b(\\d{4})-(\\d{2})-(\\d{2})(?:[t ](\\d{2}):(\\d{2})(?::(\\d{2}))?(?:\\.\\d{1,9})?\\s?(z|[+-]\\d{2}:?\\d{2})?)?",
            Pattern.CASE_INSENSITIVE);
    /**
     * "March 4, 2025 at 4:02 pm". Scraped text glues inline elements, so the month may follow a
     * lower-case letter ("Jane RoeMarch 4, 2025") and a time or a reading time may follow the year
     * ("March 4, 20256:01 PM", "March 4, 202512 min read").
     */
    private static final Pattern MONTH_FIRST = Pattern.compile(
            "(?:\\b|(?-i:(?<=[a-z])(?=[A-Z])))" + WEEKDAY + MONTH + "\\s+(\\d{1,2})(?:st|nd|rd|th)?[,.]?\\s+(\\d{4})"
                    + "(?:(?!\\d)|(?=\\d{1,2}:\\d{2})|(?=\\d{1,3}\\s*min))"
                    + "(?:,?\\s*(?:at\\s+|-\\s+|\\|\\s*|/\\s*)?" + TIME + ZONE + ")?",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern TIME_FIRST = Pattern.compile(
            "\\b" + TIME + ZONE + ",?\\s+(?:on\\s+)?" + WEEKDAY + MONTH + "\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b",
            Pattern.CASE_INSENSITIVE);
    /**
     * Day, month name, year in any language of {@link MonthNames}: "16 October 2023", "26 de abril
     * de 2022", "19 février 2020", "5. März 2024", "3rd of May, 2021". The name is looked up, not
     * matched by the pattern.
     */
    private static final Pattern DAY_FIRST = Pattern.compile(
            "(?<![\\p{L}\\d])(\\d{1,2})(?:st|nd|rd|th|er|º|ª)?[.\\s-]*+(?:de\\s+|of\\s+)?(\\p{L}{3,11})[.,\\s-]++(?:de\\s+|del\\s+)?(\\d{4})(?!\\d)",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** "10/16/2023"; scraped text may glue it to the name before it ("Jane Roe3/4/2025"). */
    private static final Pattern US_NUMERIC = Pattern.compile("(?:\\b|(?<=[a-z]))(\\d{1,2})/(\\d{1,2})/(\\d{4})\\b");
    /** "27.08.2024", "06.18.2025": day first unless the first number cannot be a day-of-month pair. */
    private static final Pattern DOTTED = Pattern.compile("(?<![\\d.])(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})(?![\\d])");
    /**
     * "2025年1月14日 01時28分" (Chinese, Japanese), "2025년 6월 4일 14:30" (Korean): year, month and day
     * marked by their ideographs or syllables, a time after them optional.
     */
    private static final Pattern IDEOGRAPHIC = Pattern.compile(
            "(\\d{4})\\s?[年년]\\s?(\\d{1,2})\\s?[月월]\\s?(\\d{1,2})\\s?[日일]"
                    + "(?:\\s*(?:\\([^)]{1,3}\\)|（[^）]{1,3}）)?\\s*(\\d{1,2})(?:[:：]|\\s?[時时시]\\s?)(\\d{2})(?:\\s?[分분])?)?");
    /** "2025.01.08", "2025/01/08", "2025•01•08". */
    private static final Pattern YEAR_FIRST = Pattern.compile("(?<![\\d.])(\\d{4})([./•])(\\d{1,2})\\2(\\d{1,2})(?![\\d])");

    private static final Map<String, ZoneOffset> FIXED_ZONES = Map.ofEntries(
            Map.entry("utc", ZoneOffset.UTC), Map.entry("gmt", ZoneOffset.UTC), Map.entry("z", ZoneOffset.UTC),
            Map.entry("edt", ZoneOffset.ofHours(-4)), Map.entry("est", ZoneOffset.ofHours(-5)),
            Map.entry("cdt", ZoneOffset.ofHours(-5)), Map.entry("cst", ZoneOffset.ofHours(-6)),
            Map.entry("mdt", ZoneOffset.ofHours(-6)), Map.entry("mst", ZoneOffset.ofHours(-7)),
            Map.entry("pdt", ZoneOffset.ofHours(-7)), Map.entry("pst", ZoneOffset.ofHours(-8)),
            Map.entry("akdt", ZoneOffset.ofHours(-8)), Map.entry("akst", ZoneOffset.ofHours(-9)),
            Map.entry("hst", ZoneOffset.ofHours(-10)), Map.entry("bst", ZoneOffset.ofHours(1)),
            Map.entry("cet", ZoneOffset.ofHours(1)), Map.entry("cest", ZoneOffset.ofHours(2)),
            Map.entry("ist", ZoneOffset.ofHoursMinutes(5, 30)), Map.entry("jst", ZoneOffset.ofHours(9)),
            Map.entry("aest", ZoneOffset.ofHours(10)), Map.entry("aedt", ZoneOffset.ofHours(11)));
    /** Zone names that change with daylight saving: the offset depends on the date. */
    private static final Map<String, ZoneId> REGION_ZONES = Map.of(
            "et", ZoneId.of("America/New_York"), "ct", ZoneId.of("America/Chicago"),
            "mt", ZoneId.of("America/Denver"), "pt", ZoneId.of("America/Los_Angeles"));

    private DateParser() {
    }

    /** A date found in a line: its value and where it lies in the line. */
    record Found(PublicationDate date, int start, int end) {
    }

    /** Lines remembered per thread by {@link #find}: a power of two. */
    private static final int MEMO_SIZE = 64;
    /** Longest line {@link #find} remembers. */
    private static final int MEMO_CHARS = 1000;
    /**
     * The last lines that ran the patterns, by identity, with what {@link #find} returned: the
     * stages ask about the same line several times, and the patterns are the costly part.
     */
    private static final ThreadLocal<Object[]> MEMO = ThreadLocal.withInitial(() -> new Object[2 * MEMO_SIZE]);

    /** The first date stamp in {@code s}, if any. */
    @SuppressWarnings("unchecked")
    static Optional<Found> find(String s) {
        int shapes = shapes(s);
        if (shapes == 0) {
            return Optional.empty();
        }
        if (s.length() > MEMO_CHARS) {
            return find(s, shapes);
        }
        Object[] memo = MEMO.get();
        int slot = 2 * (System.identityHashCode(s) & (MEMO_SIZE - 1));
        if (memo[slot] == s) {
            return (Optional<Found>) memo[slot + 1];
        }
        Optional<Found> found = find(s, shapes);
        memo[slot] = s;
        memo[slot + 1] = found;
        return found;
    }

    private static Optional<Found> find(String s, int shapes) {
        Found best = null;
        for (int k = 0; k < PATTERNS.length; k++) {
            if ((shapes & NEEDS[k]) == 0) {
                continue;
            }
            Pattern p = PATTERNS[k];
            Matcher m = p.matcher(s);
            while (m.find()) {
                Found f = build(p, m);
                if (f != null && f.date().time().isEmpty() && p != ISO && p != MONTH_FIRST && p != TIME_FIRST) {
                    f = withClockAfter(s, f);
                }
                if (f != null) {
                    if (best == null || f.start() < best.start()) {
                        best = f;
                    }
                    break;
                }
            }
        }
        return Optional.ofNullable(best);
    }

    private static final Pattern[] PATTERNS = {ISO, MONTH_FIRST, TIME_FIRST, DAY_FIRST, US_NUMERIC, DOTTED, YEAR_FIRST,
        IDEOGRAPHIC};

    /** What may lead from a date to its time, after separators: "at", "um", "à", "a las", "alle", "ore", "om", "às". */
    private static final List<String> CLOCK_LEADS = List.of("at ", "um ", "à ", "a las ", "a la ", "alle ", "ore ", "om ",
            "às ");
    /** Words after a clock that say it is one: "14.30 Uhr", "14.30 uur", "14.30 h". */
    private static final List<String> CLOCK_WORDS = List.of("uhr", "uur", "h");

    /**
     * {@code f} with the clock that follows it in {@code s}, in the 24-hour or 12-hour forms of the
     * languages the dates are read in: "27.08.2024, 7:57", "27.08.2024, 7.57 Uhr", "19 février 2020
     * à 14h30", "26 de abril de 2022 a las 14:30", "04/03/2025 2:30 PM". A dot between hour and
     * minutes needs the clock's word after it ("7.57 Uhr"): "3.000" is a number. Else {@code f}.
     */
    private static Found withClockAfter(String s, Found f) {
        int n = s.length();
        int i = f.end();
        while (i < n && i - f.end() < MAX_CLOCK_GAP && CLOCK_GAP.indexOf(s.charAt(i)) >= 0) {
            i++;
        }
        for (String lead : CLOCK_LEADS) {
            if (s.regionMatches(true, i, lead, 0, lead.length())) {
                i += lead.length();
                break;
            }
        }
        int h0 = i;
        while (i < n && i - h0 < 3 && Character.isDigit(s.charAt(i))) {
            i++;
        }
        if (i == h0 || i - h0 > 2 || i >= n || ":.hH".indexOf(s.charAt(i)) < 0) {
            // "14:30", "7.57 Uhr", "14h30"
            return f;
        }
        char sep = s.charAt(i);
        int m0 = i + 1;
        if (m0 + 2 > n || !Character.isDigit(s.charAt(m0)) || !Character.isDigit(s.charAt(m0 + 1))
                || m0 + 2 < n && Character.isDigit(s.charAt(m0 + 2))) {
            return f;
        }
        int hour = Integer.parseInt(s, h0, i, 10);
        int minute = Integer.parseInt(s, m0, m0 + 2, 10);
        int end = m0 + 2;
        int w = end;
        while (w < n && s.charAt(w) == ' ') {
            w++;
        }
        boolean word = false;
        for (String cw : CLOCK_WORDS) {
            int e = w + cw.length();
            if (s.regionMatches(true, w, cw, 0, cw.length()) && (e == n || !Character.isLetter(s.charAt(e)))) {
                word = true;
                end = e;
                break;
            }
        }
        int meridiem = word ? 0 : meridiemEnd(s, w);
        char half = meridiem > 0 ? Character.toLowerCase(s.charAt(w)) : 0;
        if (sep == '.' && !word || half != 0 && (hour < 1 || hour > 12) || hour > 23 || minute > 59) {
            return f;
        }
        if (half != 0) {
            end = meridiem;
            hour = hour % 12 + (half == 'p' ? 12 : 0);
        }
        return new Found(of(f.date().date(), LocalTime.of(hour, minute), null), f.start(), end);
    }

    /** Where "am", "pm", "a.m." or "p.m." at {@code w} ends, or 0 when none stands there as a word. */
    private static int meridiemEnd(String s, int w) {
        int n = s.length();
        if (w >= n || "aApP".indexOf(s.charAt(w)) < 0) {
            return 0;
        }
        int m = w + 1;
        if (m < n && s.charAt(m) == '.') {
            m++;
        }
        if (m >= n || s.charAt(m) != 'm' && s.charAt(m) != 'M') {
            return 0;
        }
        int end = m + 1;
        if (end < n && s.charAt(end) == '.') {
            end++;
        }
        return end < n && Character.isLetter(s.charAt(end)) ? 0 : end;
    }

    /** What may stand between a date and its clock: spaces, commas, bars, dashes, dots, bullets, a slash. */
    private static final String CLOCK_GAP = " ,|-\u2013\u00b7\u2022/";
    /** How many such characters at most. */
    private static final int MAX_CLOCK_GAP = 4;

    /*
     * What each pattern needs around its four-digit year, found in one pass without the patterns:
     * most lines have no four digits in a row and skip them all; the others run only the patterns
     * whose shape is there.
     */
    private static final int YEAR = 1;
    private static final int YEAR_DASH = 2;
    private static final int SLASH_YEAR = 4;
    private static final int DOT_YEAR = 8;
    private static final int YEAR_SEPARATOR = 16;
    private static final int MONTH_NAME = 32;
    private static final int YEAR_IDEOGRAPH = 64;

    /** For each of {@link #PATTERNS}, the shapes of which it needs one. */
    private static final int[] NEEDS = {YEAR_DASH, MONTH_NAME, MONTH_NAME, YEAR, SLASH_YEAR, DOT_YEAR, YEAR_SEPARATOR,
        YEAR_IDEOGRAPH};

    /** Three-letter starts of the English month names, as {@link #MONTH} reads them, packed as by {@link #key}. */
    private static final long[] MONTH_STARTS = java.util.stream.Stream.of("jan", "feb", "mar", "apr", "may", "jun",
            "jul", "aug", "sep", "oct", "nov", "dec").mapToLong(m -> key(m.charAt(0), m.charAt(1), m.charAt(2)))
            .sorted().toArray();

    /** Three characters in one number, ASCII capitals lowered. */
    private static long key(char a, char b, char c) {
        return (long) Chars.asciiLower(a) << 32 | (long) Chars.asciiLower(b) << 16 | Chars.asciiLower(c);
    }

    /** The shapes of {@code s}, or 0 when it has no four digits in a row (every pattern needs them). */
    private static int shapes(String s) {
        int run = 0;
        int found = 0;
        int n = s.length();
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            run = c >= '0' && c <= '9' ? run + 1 : 0;
            if (run >= 4) {
                found |= YEAR;
                char after = i + 1 < n ? s.charAt(i + 1) : ' ';
                if (after == '-') {
                    found |= YEAR_DASH;
                }
                if (after == '.' || after == '/' || after == '•') {
                    found |= YEAR_SEPARATOR;
                }
                char next = after == ' ' && i + 2 < n ? s.charAt(i + 2) : after;
                if (next == '年' || next == '년') {
                    found |= YEAR_IDEOGRAPH;
                }
                char before = i >= 4 ? s.charAt(i - 4) : ' ';
                if (before == '/') {
                    found |= SLASH_YEAR;
                }
                if (before == '.') {
                    found |= DOT_YEAR;
                }
            }
        }
        if (found == 0) {
            return 0;
        }
        for (int i = 0; i + 3 <= n && (found & MONTH_NAME) == 0; i++) {
            if (java.util.Arrays.binarySearch(MONTH_STARTS, key(s.charAt(i), s.charAt(i + 1), s.charAt(i + 2))) >= 0) {
                found |= MONTH_NAME;
            }
        }
        return found;
    }

    private static Found build(Pattern p, Matcher m) {
        try {
            if (p == ISO) {
                LocalDate d = LocalDate.of(num(m.group(1)), num(m.group(2)), num(m.group(3)));
                LocalTime t = m.group(4) == null ? null
                        : LocalTime.of(num(m.group(4)), num(m.group(5)), m.group(6) == null ? 0 : num(m.group(6)));
                ZoneOffset o = m.group(7) == null || t == null ? null
                        : m.group(7).equalsIgnoreCase("z") ? ZoneOffset.UTC : ZoneOffset.of(colon(m.group(7)));
                return new Found(of(d, t, o), m.start(), m.end());
            }
            if (p == MONTH_FIRST) {
                LocalDate d = LocalDate.of(num(m.group(3)), month(m.group(1)), num(m.group(2)));
                return withTime(d, m, 4, m.start(), m.end());
            }
            if (p == TIME_FIRST) {
                LocalDate d = LocalDate.of(num(m.group(8)), month(m.group(6)), num(m.group(7)));
                return withTime(d, m, 1, m.start(), m.end());
            }
            if (p == DAY_FIRST) {
                int month = MonthNames.month(m.group(2));
                return month == 0 ? null : new Found(PublicationDate.of(LocalDate.of(num(m.group(3)), month,
                        num(m.group(1)))), m.start(), m.end());
            }
            if (p == DOTTED) {
                int a = num(m.group(1));
                int b = num(m.group(2));
                boolean monthFirst = b > 12 && a <= 12;
                return new Found(PublicationDate.of(LocalDate.of(num(m.group(3)), monthFirst ? a : b, monthFirst ? b : a)),
                        m.start(), m.end());
            }
            if (p == IDEOGRAPHIC) {
                LocalDate d = LocalDate.of(num(m.group(1)), num(m.group(2)), num(m.group(3)));
                LocalTime t = m.group(4) == null ? null : LocalTime.of(num(m.group(4)), num(m.group(5)));
                return new Found(of(d, t, null), m.start(), m.end());
            }
            if (p == YEAR_FIRST) {
                return new Found(PublicationDate.of(LocalDate.of(num(m.group(1)), num(m.group(3)), num(m.group(4)))),
                        m.start(), m.end());
            }
            // US order, unless the first number cannot be a month ("15/12/2025")
            int a = num(m.group(1));
            int b = num(m.group(2));
            boolean dayFirst = a > 12 && b <= 12;
            return new Found(PublicationDate.of(LocalDate.of(num(m.group(3)), dayFirst ? b : a, dayFirst ? a : b)),
                    m.start(), m.end());
        } catch (DateTimeException | NumberFormatException e) {
            return null;
        }
    }

    /** Adds the time at groups {@code g..g+4} (hour, minute, second, am/pm, zone) when present. */
    private static Found withTime(LocalDate d, Matcher m, int g, int start, int end) {
        String hour = m.group(g);
        String minute = m.group(g + 1);
        String ampm = m.group(g + 3);
        if (hour == null || (minute == null && ampm == null)) {
            int dateEnd = g == 4 ? m.end(3) : end;
            return new Found(PublicationDate.of(d), start, g == 4 ? dateEnd : end);
        }
        int h = num(hour);
        if (ampm != null) {
            boolean pm = Character.toLowerCase(ampm.charAt(0)) == 'p';
            if (h < 1 || h > 12) {
                return new Found(PublicationDate.of(d), start, g == 4 ? m.end(3) : end);
            }
            h = h % 12 + (pm ? 12 : 0);
        }
        LocalTime t = LocalTime.of(h, minute == null ? 0 : num(minute), m.group(g + 2) == null ? 0 : num(m.group(g + 2)));
        ZoneOffset o = zone(m.group(g + 4), LocalDateTime.of(d, t));
        int zoneEnd = o == null && m.group(g + 4) != null ? m.start(g + 4) : end;
        return new Found(of(d, t, o), start, g == 4 ? zoneEnd : end);
    }

    private static ZoneOffset zone(String name, LocalDateTime at) {
        if (name == null) {
            return null;
        }
        String z = name.toLowerCase(Locale.ROOT);
        ZoneOffset fixed = FIXED_ZONES.get(z);
        if (fixed != null) {
            return fixed;
        }
        ZoneId region = REGION_ZONES.get(z);
        if (region != null) {
            return region.getRules().getOffset(at);
        }
        if (z.startsWith("utc") && z.length() > 3) {
            return ZoneOffset.ofHours(Integer.parseInt(z.substring(3)));
        }
        return null;
    }

    private static PublicationDate of(LocalDate d, LocalTime t, ZoneOffset o) {
        return new PublicationDate(d, Optional.ofNullable(t), t == null ? Optional.empty() : Optional.ofNullable(o));
    }

    static int month(String name) {
        String m = name.toLowerCase(Locale.ROOT);
        return switch (m.substring(0, 3)) {
            case "jan" -> 1;
            case "feb" -> 2;
            case "mar" -> 3;
            case "apr" -> 4;
            case "may" -> 5;
            case "jun" -> 6;
            case "jul" -> 7;
            case "aug" -> 8;
            case "sep" -> 9;
            case "oct" -> 10;
            case "nov" -> 11;
            case "dec" -> 12;
            default -> throw new DateTimeException("not a month: " + name);
        };
    }

    private static int num(String s) {
        return Integer.parseInt(s);
    }

    private static String colon(String offset) {
        return offset.length() == 5 ? offset.substring(0, 3) + ":" + offset.substring(3) : offset;
    }
}
