package io.github.newsparse.internal.structure;

import java.text.Normalizer;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Month names of the languages newsparse reads dates in (English, Spanish, French, German,
 * Italian, Portuguese, Dutch), full and abbreviated, from the JDK's own locale data: a name
 * lower-cased, without accents and without a closing period maps to its month.
 */
final class MonthNames {

    /** The languages whose month names are known. */
    static final List<Locale> LOCALES = List.of(Locale.ENGLISH, Locale.forLanguageTag("es"), Locale.FRENCH,
            Locale.GERMAN, Locale.ITALIAN, Locale.forLanguageTag("pt"), Locale.forLanguageTag("nl"));

    private static final Map<String, Integer> NAMES = build();
    private static final java.util.Set<String> WEEKDAYS = weekdays();

    private MonthNames() {
    }

    /** The month (1–12) that {@code name} names in one of {@link #LOCALES}, or 0. */
    static int month(String name) {
        return NAMES.getOrDefault(key(name), 0);
    }

    /** Whether {@code name} names a day of the week in one of {@link #LOCALES}. */
    static boolean isWeekday(String name) {
        return WEEKDAYS.contains(key(name));
    }

    private static java.util.Set<String> weekdays() {
        java.util.Set<String> days = new java.util.HashSet<>();
        for (Locale l : LOCALES) {
            for (java.time.DayOfWeek d : java.time.DayOfWeek.values()) {
                days.add(key(d.getDisplayName(TextStyle.FULL, l)));
            }
        }
        return java.util.Set.copyOf(days);
    }

    private static Map<String, Integer> build() {
        Map<String, Integer> names = new HashMap<>();
        for (Locale l : LOCALES) {
            for (Month m : Month.values()) {
                for (TextStyle style : new TextStyle[] {TextStyle.FULL, TextStyle.FULL_STANDALONE, TextStyle.SHORT,
                        TextStyle.SHORT_STANDALONE}) {
                    String k = key(m.getDisplayName(style, l));
                    if (k.length() >= 3 && !k.chars().allMatch(Character::isDigit)) {
                        names.putIfAbsent(k, m.getValue());
                    }
                }
            }
        }
        // English abbreviations newsrooms print besides the JDK's ("Sept.")
        names.putIfAbsent("sept", 9);
        return Map.copyOf(names);
    }

    private static String key(String name) {
        String s = Normalizer.normalize(name.toLowerCase(Locale.ROOT), Normalizer.Form.NFD);
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.getType(c) != Character.NON_SPACING_MARK && c != '.') {
                b.append(c);
            }
        }
        return b.toString();
    }
}
