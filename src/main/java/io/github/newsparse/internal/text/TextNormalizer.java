package io.github.newsparse.internal.text;

import org.jsoup.nodes.Entities;

/**
 * Cleans a range of the input for the later stages: HTML entities left in scraped text are
 * decoded ({@code &amp;}, {@code &#8217;}), invisible characters (zero-width, bidi controls, BOM,
 * soft hyphens, control characters) are dropped, and every run of whitespace (line breaks, tabs,
 * NBSP included) becomes one space, with none at either end. The result maps back to the input.
 */
public final class TextNormalizer {

    /** Longest entity we try to decode, {@code &} and {@code ;} included. */
    private static final int MAX_ENTITY = 12;

    private TextNormalizer() {
    }

    /** Normalises {@code input[from, to)}. Linear in the range's length. */
    public static MappedText normalize(String input, int from, int to) {
        if (isNormal(input, from, to)) {
            return MappedText.copied(input.substring(from, to), from);
        }
        MappedText.Builder b = new MappedText.Builder(to - from);
        int pendingSpace = -1;
        int i = from;
        while (i < to) {
            char c = input.charAt(i);
            String decoded = null;
            int next = i + 1;
            if (c == '&') {
                int semi = entityEnd(input, i, to);
                if (semi > 0) {
                    decoded = decode(input.substring(i + 1, semi));
                    if (decoded != null) {
                        next = semi + 1;
                    }
                }
            }
            if (decoded == null) {
                if (Chars.isSpace(c)) {
                    if (pendingSpace < 0) {
                        pendingSpace = i;
                    }
                } else if (!Chars.isInvisible(c)) {
                    pendingSpace = flushSpace(b, pendingSpace);
                    b.append(c, i, i + 1);
                }
            } else {
                for (int k = 0; k < decoded.length(); k++) {
                    char d = decoded.charAt(k);
                    if (Chars.isSpace(d)) {
                        if (pendingSpace < 0) {
                            pendingSpace = i;
                        }
                    } else if (!Chars.isInvisible(d)) {
                        pendingSpace = flushSpace(b, pendingSpace);
                        b.append(d, i, next);
                    }
                }
            }
            i = next;
        }
        return b.build();
    }

    /**
     * Whether {@code input[from, to)} is already normal: not empty, no entity, no invisible
     * character, no whitespace but single spaces between other characters. Most lines are, and
     * they are copied as one run.
     */
    private static boolean isNormal(String input, int from, int to) {
        if (from >= to || input.charAt(from) == ' ' || input.charAt(to - 1) == ' ') {
            return false;
        }
        boolean space = false;
        for (int i = from; i < to; i++) {
            char c = input.charAt(i);
            if (c == ' ') {
                if (space) {
                    return false;
                }
                space = true;
                continue;
            }
            space = false;
            if (c < 0x80 ? c < 0x21 || c == 0x7F || c == '&' : Chars.isSpace(c) || Chars.isInvisible(c)) {
                return false;
            }
        }
        return true;
    }

    private static int flushSpace(MappedText.Builder b, int pendingSpace) {
        if (pendingSpace >= 0 && b.length() > 0) {
            b.append(' ', pendingSpace, pendingSpace + 1);
        }
        return -1;
    }

    /** The index of the {@code ;} closing an entity that starts at {@code amp}, or -1. */
    private static int entityEnd(String s, int amp, int to) {
        int limit = Math.min(to, amp + MAX_ENTITY);
        for (int j = amp + 1; j < limit; j++) {
            char c = s.charAt(j);
            if (c == ';') {
                return j > amp + 1 ? j : -1;
            }
            if (!(Character.isLetterOrDigit(c) || c == '#') || c > 0x7F) {
                return -1;
            }
        }
        return -1;
    }

    private static String decode(String body) {
        if (body.charAt(0) == '#') {
            try {
                int cp = body.length() > 1 && (body.charAt(1) == 'x' || body.charAt(1) == 'X')
                        ? Integer.parseInt(body.substring(2), 16)
                        : Integer.parseInt(body.substring(1));
                return Character.isValidCodePoint(cp) && cp != 0 ? new String(Character.toChars(cp)) : null;
            } catch (NumberFormatException e) {
                return null;
            }
        }
        String named = Entities.getByName(body);
        return named == null || named.isEmpty() ? null : named;
    }
}
