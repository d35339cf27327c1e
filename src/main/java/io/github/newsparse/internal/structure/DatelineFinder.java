package io.github.newsparse.internal.structure;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Finds the wire dateline at the start of a paragraph, in AP and wire styles with any dash:
 * "HARTFORD (WFSB) -", "HARTFORD, Conn. (WTNH) —", "LONDON, March 2 (Reuters) -",
 * "NEW YORK, March 2 - ", "(CNN) --", "SALT LAKE CITY —", "NEW YORK and CHICAGO (December 22,
 * 2013) —". The place must be written in capitals, or be followed by a known region or an outlet,
 * so an ordinary first sentence with a dash is never taken for a dateline.
 */
public final class DatelineFinder {

    /** How far into a paragraph the dash may be. */
    private static final int MAX_PREFIX = 100;
    private static final int MAX_CITY_WORDS = 6;
    private static final int MAX_OUTLET_WORDS = 5;
    /** A dateline is followed by a story: at least this many words. */
    private static final int MIN_STORY_WORDS = 2;

    private static final Pattern DATE_AS_WRITTEN = Pattern.compile(
            "(?i)(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?(?:,?\\s+\\d{4})?");

    private static final Pattern TRAILING_DATE = Pattern.compile(
            "(?i)(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?$");

    private DatelineFinder() {
    }

    /**
     * A dateline found at the start of a paragraph.
     *
     * @param end    index just past the dash: the story starts after it
     * @param city   normalised city, or null for "(CNN) --"
     * @param region expanded region, or null
     * @param outlet agency or station, or null
     * @param date   the date as written, or null
     */
    public record Match(int end, String city, String region, String outlet, String date) {
    }

    /** The dateline opening {@code text}, if there is one. */
    public static Optional<Match> find(String text) {
        int limit = Math.min(text.length(), MAX_PREFIX);
        for (int i = 1; i < limit; i++) {
            char c = text.charAt(i);
            if (c != '-' && c != '–' && c != '—' && c != '―') {
                continue;
            }
            int dashEnd = i + 1;
            while (dashEnd < text.length() && "-–—―".indexOf(text.charAt(dashEnd)) >= 0) {
                dashEnd++;
            }
            char before = text.charAt(i - 1);
            boolean spacedBefore = before == ' ' || before == ')';
            boolean spacedAfter = dashEnd >= text.length() || text.charAt(dashEnd) == ' ';
            if (!(spacedBefore && spacedAfter) || (dashEnd - i == 1 && c == '-' && before != ' ')) {
                continue;
            }
            if (wordsAfter(text, dashEnd) < MIN_STORY_WORDS || !hasLowerCase(text, dashEnd, dashEnd + 60)) {
                // "BONUS WHEAT FLOUR FOR NORTH YEMEN -- USDA" is a title, not a dateline.
                return Optional.empty();
            }
            return parse(text.substring(0, i).strip(), dashEnd);
        }
        return Optional.empty();
    }

    /** Story text is in sentence case; a title in capitals with a dash is not a dateline. */
    private static boolean hasLowerCase(String text, int from, int to) {
        for (int i = from; i < Math.min(to, text.length()); i++) {
            if (Character.isLowerCase(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static int wordsAfter(String text, int from) {
        int words = 0;
        boolean in = false;
        for (int i = from; i < text.length() && words < MIN_STORY_WORDS; i++) {
            boolean space = text.charAt(i) == ' ';
            if (!space && !in) {
                words++;
            }
            in = !space;
        }
        return words;
    }

    private static Optional<Match> parse(String prefix, int end) {
        if (prefix.isEmpty()) {
            return Optional.empty();
        }
        String outlet = null;
        String date = null;
        String rest = prefix;
        if (prefix.endsWith(")")) {
            int open = prefix.lastIndexOf('(');
            if (open < 0) {
                return Optional.empty();
            }
            String inside = prefix.substring(open + 1, prefix.length() - 1).strip();
            rest = prefix.substring(0, open).strip();
            if (DATE_AS_WRITTEN.matcher(inside).matches()) {
                date = inside;
            } else if (isOutlet(inside)) {
                outlet = inside;
            } else {
                return Optional.empty();
            }
        }
        if (rest.isEmpty()) {
            return outlet == null ? Optional.empty() : Optional.of(new Match(end, null, null, outlet, date));
        }
        List<String> pieces = new ArrayList<>();
        for (String p : rest.split(",", -1)) {
            pieces.add(p.strip());
        }
        String cityRaw = pieces.get(0);
        String regionRaw = null;
        boolean knownRegion = false;
        for (int k = 1; k < pieces.size(); k++) {
            String p = pieces.get(k);
            if (p.isEmpty()) {
                return Optional.empty();
            }
            if (date == null && DATE_AS_WRITTEN.matcher(p).matches()) {
                date = p;
            } else if (regionRaw == null && date == null && isRegionLike(p)) {
                regionRaw = p;
                knownRegion = Regions.expand(p).isPresent();
            } else if (regionRaw == null && date == null && regionThenDate(p) != null) {
                // "RICHMOND, Va. Feb 26 -": region and date without a comma between them
                String[] rd = regionThenDate(p);
                regionRaw = rd[0];
                date = rd[1];
                knownRegion = Regions.expand(regionRaw).isPresent();
            } else {
                return Optional.empty();
            }
        }
        if (!isCity(cityRaw)) {
            return Optional.empty();
        }
        boolean caps = Casing.isAllCapsExceptParticles(cityRaw);
        if (!caps && !knownRegion && outlet == null && date == null) {
            return Optional.empty();
        }
        String region = regionRaw == null ? null : Regions.expand(regionRaw).orElse(regionRaw);
        return Optional.of(new Match(end, Casing.normalise(cityRaw), region, outlet, date));
    }

    private static String[] regionThenDate(String p) {
        var m = TRAILING_DATE.matcher(p);
        if (m.find() && m.start() > 0 && isRegionLike(p.substring(0, m.start()).strip())) {
            return new String[] {p.substring(0, m.start()).strip(), m.group()};
        }
        return null;
    }

    private static boolean isCity(String s) {
        String[] words = s.split(" ");
        if (words.length > MAX_CITY_WORDS) {
            return false;
        }
        for (String w : words) {
            if (w.isEmpty()) {
                return false;
            }
            char first = w.charAt(0);
            boolean particle = w.equals("and") || w.equals("de") || w.equals("of") || w.equals("la") || w.equals("del")
                    || w.equals("upon") || w.equals("&");
            if (!particle && !Character.isUpperCase(first)) {
                return false;
            }
            for (int i = 0; i < w.length(); i++) {
                char c = w.charAt(i);
                if (!(Character.isLetter(c) || c == '.' || c == '\'' || c == '’' || c == '-' || c == '&')) {
                    return false;
                }
            }
        }
        return true;
    }

    private static boolean isRegionLike(String s) {
        String[] words = s.split(" ");
        if (words.length > 3) {
            return false;
        }
        for (String w : words) {
            if (w.isEmpty() || !Character.isUpperCase(w.charAt(0))) {
                return false;
            }
            for (int i = 0; i < w.length(); i++) {
                char c = w.charAt(i);
                if (!(Character.isLetter(c) || c == '.' || c == '-')) {
                    return false;
                }
            }
        }
        return true;
    }

    /** "AP", "Reuters", "WTNH", "News 8", "KUTV 2": short, capitalised, no sentence. */
    private static boolean isOutlet(String s) {
        if (s.isEmpty() || s.length() > 40) {
            return false;
        }
        String[] words = s.split(" ");
        if (words.length > MAX_OUTLET_WORDS || !Character.isUpperCase(s.charAt(0)) && !Character.isDigit(s.charAt(0))) {
            return false;
        }
        for (String w : words) {
            if (w.isEmpty() || !(Character.isUpperCase(w.charAt(0)) || Character.isDigit(w.charAt(0)) || w.equals("and")
                    || w.equals("of") || w.equals("the"))) {
                return false;
            }
        }
        return true;
    }
}
