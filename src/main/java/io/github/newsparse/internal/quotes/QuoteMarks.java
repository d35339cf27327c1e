package io.github.newsparse.internal.quotes;

import java.util.ArrayList;
import java.util.List;

/**
 * Pairs double quotation marks in a paragraph: “ ” " „ « ». Each mark is read as an opener or a
 * closer from what stands beside it, so a ” used as an opener ("”I hope…") and mixed straight and
 * curly pairs still pair up. A second opener before any closer means the closer is missing: the
 * first quote ends there (its attribution, if any, is cut off later). An opener with no closer by
 * the paragraph's end runs to the end: the news convention for a quote that spans paragraphs.
 * Single quotes are left alone: inside double quotes they are nested quotes, elsewhere mostly
 * apostrophes (don’t, ’90s, rock ’n’ roll, O’Neill).
 */
final class QuoteMarks {

    private QuoteMarks() {
    }

    /**
     * A quoted span: marks at {@code open} and {@code close} ({@code close == -1} if none), and
     * the content between them.
     */
    record Span(int open, int close, int start, int end, boolean closed, boolean cutByNextOpen) {
    }

    /** {@code EITHER}: a straight mark with spaces on both sides, which closes an open quote ("…,' \" said"). */
    private enum Kind { OPEN, CLOSE, EITHER, NONE }

    /**
     * Whether {@code p[from, to)} holds " | ", the bar that separates the items of a menu or the
     * titles of links ("Older post | Main | Newer post"): no one says it.
     */
    static boolean holdsLinkSeparator(String p, int from, int to) {
        // read no further than the range: a paragraph of many quotations stays linear
        for (int i = Math.max(from, 0) + 1; i + 1 < to; i++) {
            if (p.charAt(i) == '|' && p.charAt(i - 1) == ' ' && p.charAt(i + 1) == ' ') {
                return true;
            }
        }
        return false;
    }

    static List<Span> find(String p) {
        List<Span> out = new ArrayList<>();
        int open = -1;
        int openWidth = 1;
        int n = p.length();
        for (int i = 0; i < n; i++) {
            Kind k = kind(p, i);
            if (k == Kind.EITHER) {
                k = open >= 0 ? Kind.CLOSE : Kind.NONE;
            }
            int width = 1;
            if (k == Kind.NONE && isDoubledSingle(p, i)) {
                // '' and `` stand for double quotes in some wire and newspaper text
                k = doubledKind(p, i);
                width = 2;
            }
            if (k == Kind.OPEN) {
                if (open >= 0) {
                    add(out, p, open, openWidth, -1, i, true);
                }
                open = i;
                openWidth = width;
            } else if (k == Kind.CLOSE && open >= 0) {
                add(out, p, open, openWidth, i + width - 1, i, false);
                open = -1;
            }
            i += width - 1;
        }
        if (open >= 0) {
            add(out, p, open, openWidth, -1, n, false);
        }
        return out;
    }

    private static void add(List<Span> out, String p, int open, int openWidth, int close, int end, boolean cut) {
        int s = open + openWidth;
        int e = end;
        while (s < e && p.charAt(s) == ' ') {
            s++;
        }
        while (e > s && (p.charAt(e - 1) == ' ' || (close >= 0 || cut) && p.charAt(e - 1) == ',')) {
            e--;
        }
        if (e > s) {
            out.add(new Span(open, close, s, e, close >= 0, cut));
        }
    }

    private static boolean isDoubledSingle(String p, int i) {
        if (i + 1 >= p.length()) {
            return false;
        }
        char c = p.charAt(i);
        return (c == '\'' || c == '`') && p.charAt(i + 1) == c && (i + 2 >= p.length() || p.charAt(i + 2) != c);
    }

    private static Kind doubledKind(String p, int i) {
        boolean before = i == 0 || opensAfter(p.charAt(i - 1));
        boolean after = i + 2 >= p.length() || closesBefore(p.charAt(i + 2));
        if (p.charAt(i) == '`') {
            return Kind.OPEN;
        }
        if (before && !after) {
            return Kind.OPEN;
        }
        return !before && after ? Kind.CLOSE : Kind.NONE;
    }

    private static Kind kind(String p, int i) {
        char c = p.charAt(i);
        if (!(c == '“' || c == '”' || c == '"' || c == '„' || c == '«' || c == '»' || c == '‟')) {
            return Kind.NONE;
        }
        boolean before = i == 0 || opensAfter(p.charAt(i - 1));
        boolean after = i + 1 >= p.length() || closesBefore(p.charAt(i + 1));
        switch (c) {
            case '“', '„', '«', '‟' -> {
                return after && !before ? Kind.CLOSE : Kind.OPEN;
            }
            case '”', '»' -> {
                return before && !after ? Kind.OPEN : Kind.CLOSE;
            }
            default -> {
                if (before && !after) {
                    return Kind.OPEN;
                }
                if (!before && after) {
                    return Kind.CLOSE;
                }
                return before ? Kind.EITHER : Kind.NONE;
            }
        }
    }

    private static boolean opensAfter(char prev) {
        return prev == ' ' || "([{—–-/:".indexOf(prev) >= 0;
    }

    private static boolean closesBefore(char next) {
        return next == ' ' || ".,;:!?)]}—–-…".indexOf(next) >= 0;
    }
}
