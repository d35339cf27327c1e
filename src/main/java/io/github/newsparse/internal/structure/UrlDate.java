package io.github.newsparse.internal.structure;

import io.github.newsparse.PublicationDate;
import io.github.newsparse.internal.Page;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The publication day a page's address states: CMSs put it in the permalink's path
 * ({@code /2025/12/18/title}, {@code /2025-12-18-title}). It is the day in the site's own time
 * zone, so it settles a stamp a day off (a UTC time late in the evening) and dates a page whose
 * text shows no date.
 */
public final class UrlDate {

    private UrlDate() {
    }

    /** Dates {@code page} by its address's day when it has one and the page's date is another day. */
    public static void apply(Page page, Optional<String> url) {
        Optional<LocalDate> day = url.flatMap(UrlDate::find);
        if (day.isEmpty()) {
            return;
        }
        PublicationDate published = page.published();
        if (published == null || !published.date().equals(day.get())) {
            page.published(new PublicationDate(day.get(), Optional.empty(), Optional.empty()), null);
        }
    }

    /**
     * The day in {@code url}'s path: a year, a month (a number or its name) and a day as
     * consecutive path segments, or joined by hyphens at the start of a segment. Never a day in
     * the future or before 1990.
     */
    static Optional<LocalDate> find(String url) {
        String path;
        try {
            path = new URI(url).getRawPath();
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
        if (path == null) {
            return Optional.empty();
        }
        String[] seg = path.split("/");
        for (int i = 0; i < seg.length; i++) {
            // "/2025/12/18/"
            if (i + 2 < seg.length && isNumber(seg[i], 4) && isNumber(seg[i + 1], 1, 2) && isNumber(seg[i + 2], 1, 2)) {
                Optional<LocalDate> d = day(seg[i], seg[i + 1], seg[i + 2]);
                if (d.isPresent()) {
                    return d;
                }
            }
            // "/2025/dec/05/", "/2023/october/03/": the month by its name
            if (i + 2 < seg.length && isNumber(seg[i], 4) && isNumber(seg[i + 2], 1, 2)
                    && isLetters(seg[i + 1]) && MonthNames.month(seg[i + 1]) > 0) {
                Optional<LocalDate> d = day(seg[i], Integer.toString(MonthNames.month(seg[i + 1])), seg[i + 2]);
                if (d.isPresent()) {
                    return d;
                }
            }
            // "/2025-12-18-title"
            String s = seg[i];
            if (s.length() >= 10 && s.charAt(4) == '-' && s.charAt(7) == '-' && isNumber(s.substring(0, 4), 4)
                    && isNumber(s.substring(5, 7), 2) && isNumber(s.substring(8, 10), 2)
                    && (s.length() == 10 || !Character.isDigit(s.charAt(10)))) {
                Optional<LocalDate> d = day(s.substring(0, 4), s.substring(5, 7), s.substring(8, 10));
                if (d.isPresent()) {
                    return d;
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<LocalDate> day(String y, String m, String d) {
        try {
            LocalDate date = LocalDate.of(Integer.parseInt(y), Integer.parseInt(m), Integer.parseInt(d));
            return Dates.isTrusted(date) ? Optional.of(date) : Optional.empty();
        } catch (DateTimeException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static boolean isLetters(String s) {
        if (s.length() < 3 || s.length() > 9) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            if (!Character.isLetter(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isNumber(String s, int length) {
        return isNumber(s, length, length);
    }

    private static boolean isNumber(String s, int min, int max) {
        if (s.length() < min || s.length() > max) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }
}
