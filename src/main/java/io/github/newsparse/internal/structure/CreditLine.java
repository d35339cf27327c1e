package io.github.newsparse.internal.structure;

import io.github.newsparse.internal.text.Words;
import java.util.Locale;
import java.util.Set;

/**
 * A credit line as a page's markup glued it: the pieces a browser sets apart with margins come
 * out of a scraper's text with nothing between them ("Jane Roe2 minutes ago", "Jane
 * Roe@janeroe", "Jane RoeNews Reporter", "Jane Roe/November 18, 2016"). {@link #unglue} puts a
 * bar between such pieces, so the byline readers see the name on its own.
 */
final class CreditLine {

    /** What is put between two pieces that were glued. */
    static final String SEPARATOR = " | ";
    /** The longest line read as a credit line: a name, a role, a date, a handle and their separators. */
    static final int MAX_CREDIT_CHARS = 300;
    /** Words a role glued after a name has at most ("News Reporter", "Senior Staff Writer"). */
    private static final int MAX_ROLE_WORDS = 4;
    /** Letters a name's last word has at least before a role glued to it ("Roe" in "RoeNews Reporter"). */
    private static final int MIN_GLUED_WORD = 3;

    private CreditLine() {
    }

    /**
     * The line with glued pieces set apart by {@link #SEPARATOR} and handles ("@janeroe") taken
     * out: a digit right after a letter, a handle, a role glued to the name's last word, a slash
     * between a word and a date. The line itself when nothing was glued.
     *
     * @param line a short line of the page's header
     * @param roles the lower-case words that end an author's role ("reporter", "editor")
     */
    static String unglue(String line, Set<String> roles) {
        if (line.length() > MAX_CREDIT_CHARS) {
            // no credit line is this long; each glue point reads what follows it, so a long line
            // ("a1a1a1…" over a megabyte) would cost its length squared
            return line;
        }
        StringBuilder out = null;
        int n = line.length();
        for (int i = 0; i < n; i++) {
            char c = line.charAt(i);
            char prev = i > 0 ? line.charAt(i - 1) : ' ';
            boolean glued = false;
            int skip = 0;
            if (c == '@' && (Character.isLetter(prev) || prev == ' ')) {
                // "Jane Roe@janeroe", "Jane Roe @janeroe": the handle goes; an address ("jane@paper.com") stays
                int end = i + 1;
                while (end < n && isHandleChar(line.charAt(end))) {
                    end++;
                }
                boolean address = isAddress(line, i + 1);
                if (end > i + 1 && !address) {
                    glued = true;
                    skip = end - i;
                }
            } else if (Character.isDigit(c) && Character.isLowerCase(prev) && (Dates.isTimeAgo(line.substring(i))
                    || DateParser.find(line.substring(i)).filter(f -> f.start() == 0).isPresent())) {
                // "Jane Roe2 minutes ago", "Yucy3/4/2025"
                glued = true;
            } else if (c == '/' && Character.isLetter(prev) && i + 1 < n && Character.isUpperCase(line.charAt(i + 1))
                    && DateParser.find(line.substring(i + 1)).filter(f -> f.start() == 0).isPresent()) {
                // "Jane Roe/November 18, 2016"
                glued = true;
                skip = 1;
            } else if (Character.isUpperCase(c) && Character.isLowerCase(prev) && isRoleAt(line, i, roles)) {
                // "Jane RoeNews Reporter"
                glued = true;
            }
            if (glued) {
                if (out == null) {
                    out = new StringBuilder(n + 8).append(line, 0, i);
                }
                while (out.length() > 0 && out.charAt(out.length() - 1) == ' ') {
                    out.setLength(out.length() - 1);
                }
                out.append(SEPARATOR);
                if (skip > 0) {
                    i += skip;
                    while (i < n && line.charAt(i) == ' ') {
                        i++;
                    }
                    i--; // the loop's step moves on to the next piece
                    continue;
                }
            }
            if (out != null) {
                out.append(c);
            }
        }
        if (out == null) {
            return line;
        }
        String t = out.toString().strip();
        // a handle that ended the line leaves no piece after its bar
        return t.endsWith(SEPARATOR.strip()) ? t.substring(0, t.length() - 1).strip() : t;
    }

    /**
     * The name that opens an unglued credit line when everything after it is what a credit prints
     * beside a name: a time ago ("Published 4 months ago"), a reading time, an author's role
     * ("Jane Roe | 2 minutes ago", "Jane Roe | News Reporter", "Jane Roe |" once its handle is
     * gone). Null when the line has no such shape; the caller still checks the name.
     */
    static String leadingName(String unglued, Set<String> roles) {
        if (unglued.indexOf('|') <= 0) {
            return null;
        }
        String[] pieces = unglued.split("\\s*\\|\\s*");
        for (int k = 1; k < pieces.length; k++) {
            String piece = MetadataFinder.withoutLeadingLabel(pieces[k].strip());
            if (!piece.isEmpty() && !StructureFinder.isCreditShaped(piece, Words.count(piece))
                    && !isRole(piece, roles)) {
                return null;
            }
        }
        // bars alone (" | |") split into no piece at all
        String name = pieces.length == 0 ? "" : pieces[0].strip();
        return name.isEmpty() ? null : name;
    }

    /** Whether the word from {@code from} to the next space holds a dot before a letter ("paper.com"). */
    private static boolean isAddress(String line, int from) {
        for (int k = from; k + 1 < line.length() && line.charAt(k) != ' '; k++) {
            if (line.charAt(k) == '.' && Character.isLetter(line.charAt(k + 1))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isHandleChar(char c) {
        return c < 0x80 && (Character.isLetterOrDigit(c) || c == '_');
    }

    /** Whether a role is glued at {@code i} to the word before it ("RoeNews Reporter"). */
    private static boolean isRoleAt(String line, int i, Set<String> roles) {
        int wordStart = line.lastIndexOf(' ', i) + 1;
        if (i - wordStart < MIN_GLUED_WORD || line.startsWith("Mac", wordStart)) {
            return false; // "McDonald", "MacLeod", "DiChristopher": a name's own capital
        }
        return isRole(line.substring(i), roles);
    }

    /** Whether {@code text} is a role: a few capitalised words, the last a role an author has ("News Reporter"). */
    private static boolean isRole(String text, Set<String> roles) {
        String[] words = text.strip().split(" ");
        if (words.length > MAX_ROLE_WORDS) {
            return false;
        }
        for (String w : words) {
            if (w.isEmpty() || !Character.isUpperCase(w.charAt(0))) {
                return false;
            }
        }
        return roles.contains(words[words.length - 1].toLowerCase(Locale.ROOT));
    }
}
