package io.github.newsparse.internal.text;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The page title as scrapers print it on the first line ("Headline | Section | Site"): the
 * forms the story's own headline may take on the page, the whole title and each head before a
 * site separator.
 */
public final class TitleLine {

    private static final Pattern SITE_SEPARATOR = Pattern.compile(" (?:\\||-|–|—|::|·|•|»|/) ");
    private static final int MIN_TITLE_WORDS = 3;
    /**
     * Separators further into a line than this open no head: titles run to a few hundred
     * characters, and a megabyte-long first line with a separator every few words would otherwise
     * give a head per separator, each as long as the line before it (quadratic).
     */
    static final int MAX_HEAD_CHARS = 1_000;

    private TitleLine() {
    }

    /**
     * Whether {@code line}, lower-cased, is one of {@code heads}: a line longer than every head is
     * none of them without the lower-cased copy (lower case never shortens a text).
     */
    public static boolean isHead(Set<String> heads, String line) {
        for (String h : heads) {
            if (line.length() <= h.length()) {
                return heads.contains(line.toLowerCase(java.util.Locale.ROOT));
            }
        }
        return false;
    }

    /** Lower-cased heads of {@code title}, longest first; empty if it is too short to be one. */
    public static Set<String> heads(String title) {
        Set<String> heads = new LinkedHashSet<>();
        String lower = title.toLowerCase(Locale.ROOT);
        if (Words.splitCount(lower) < MIN_TITLE_WORDS) {
            return heads;
        }
        heads.add(lower);
        Matcher m = SITE_SEPARATOR.matcher(lower);
        java.util.List<String> found = new java.util.ArrayList<>();
        while (m.find() && m.start() <= MAX_HEAD_CHARS) {
            String head = lower.substring(0, m.start()).strip();
            if (Words.splitCount(head) >= MIN_TITLE_WORDS) {
                found.add(head);
            }
        }
        java.util.Collections.reverse(found);
        heads.addAll(found);
        return heads;
    }

    /** The title without its site suffixes: the shortest head, or the title itself. */
    public static String shortestHead(String title) {
        Matcher m = SITE_SEPARATOR.matcher(title);
        if (m.find() && Words.splitCount(title.substring(0, m.start()).strip()) >= MIN_TITLE_WORDS) {
            return title.substring(0, m.start()).strip();
        }
        return title;
    }

    /** The title's last part after a site separator ("Headline | Site" → "Site"), or "" if none. */
    public static String siteSuffix(String title) {
        Matcher m = SITE_SEPARATOR.matcher(title);
        int end = -1;
        while (m.find()) {
            end = m.end();
        }
        return end < 0 ? "" : title.substring(end).strip();
    }

    /**
     * Each split of the title at a site separator, as {head, tail} pairs, first separator first
     * ("A | B | C" gives {"A", "B | C"} and {"A | B", "C"}); separators past
     * {@link #MAX_HEAD_CHARS} split nothing.
     */
    public static java.util.List<String[]> splits(String title) {
        java.util.List<String[]> out = new java.util.ArrayList<>();
        Matcher m = SITE_SEPARATOR.matcher(title);
        while (m.find() && m.start() <= MAX_HEAD_CHARS) {
            out.add(new String[] {title.substring(0, m.start()).strip(), title.substring(m.end()).strip()});
        }
        return out;
    }
}
