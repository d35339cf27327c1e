package io.github.newsparse.internal.structure;

import java.util.Locale;
import java.util.Set;

/** Normalises the capitalisation of names written in capitals ("ST. LOUIS" → "St. Louis"). */
public final class Casing {

    private static final Set<String> PARTICLES = Set.of("of", "de", "del", "della", "da", "di", "do", "dos", "das",
            "la", "le", "les", "du", "des", "van", "von", "der", "den", "y", "upon", "on", "am", "an", "and", "the");

    private Casing() {
    }

    /**
     * Title case for text written in capitals (particles such as "and" may be lower case already);
     * text with other lower-case words is kept as written.
     */
    public static String normalise(String s) {
        if (!isAllCapsExceptParticles(s)) {
            return s;
        }
        StringBuilder sb = new StringBuilder(s.length());
        String[] words = s.split(" ");
        for (int i = 0; i < words.length; i++) {
            if (i > 0) {
                sb.append(' ');
            }
            String w = words[i].toLowerCase(Locale.ROOT);
            if (i > 0 && PARTICLES.contains(w)) {
                sb.append(w);
            } else {
                sb.append(capitaliseParts(w));
            }
        }
        return sb.toString();
    }

    /** Capitalises after start, hyphen, apostrophe and dot: "o'fallon" → "O'Fallon", "winston-salem". */
    private static String capitaliseParts(String w) {
        StringBuilder sb = new StringBuilder(w.length());
        boolean up = true;
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            sb.append(up ? Character.toUpperCase(c) : c);
            up = c == '-' || c == '\'' || c == '’' || c == '.' || c == '/';
        }
        // "Mcallen" reads better as "McAllen"; Mac is too ambiguous (Macon) to touch.
        if (sb.length() > 3 && sb.charAt(0) == 'M' && sb.charAt(1) == 'c') {
            sb.setCharAt(2, Character.toUpperCase(sb.charAt(2)));
        }
        return sb.toString();
    }

    static boolean isAllCapsExceptParticles(String s) {
        boolean caps = false;
        for (String w : s.split(" ")) {
            if (PARTICLES.contains(w)) {
                continue;
            }
            if (!isAllCaps(w)) {
                return false;
            }
            caps = true;
        }
        return caps;
    }

    /**
     * Whether every letter of {@code s} is a capital, and it has one.
     *
     * @param s the text
     * @return whether it is written in capitals
     */
    public static boolean isAllCaps(String s) {
        boolean letter = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isLowerCase(c)) {
                return false;
            }
            letter |= Character.isUpperCase(c);
        }
        return letter;
    }
}
