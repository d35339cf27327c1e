package io.github.newsparse.internal.boilerplate;

import io.github.newsparse.internal.text.Words;

/**
 * Story teasers in link lists, as scrapers flatten them: a headline glued to its summary with no
 * space ("Ford Recalls F-150s; Loose Cable Can Cause StallingFord is recalling…"). The glue is a
 * lower-case letter followed by a capital inside a word, after a run of capitalised headline words.
 */
final class TeaserRule {

    /** Capitalised words before the glue point that make the first part a headline. */
    private static final int MIN_TITLE_WORDS = 3;
    /** A teaser's headline and summary have at most this many words together. */
    private static final int MAX_TEASER_WORDS = 120;

    private TeaserRule() {
    }

    static boolean matches(String text) {
        return endsWithMoreLink(text) || gluedHeadline(text);
    }

    /** More characters than the longest ending {@link #endsWithMoreLink} looks for. */
    private static final int TAIL = 24;

    /** The last characters of the endings {@link #endsWithMoreLink} looks for. */
    private static final String MORE_LINK_LAST_CHARS = "e»›g→]";

    /** "… 36 percent had an unfavorable view. Read More": a summary that links to its story. */
    private static boolean endsWithMoreLink(String text) {
        // only the end can match: lower-case the last characters, not the whole paragraph (no
        // ending below holds a sigma, the one letter whose lower case depends on what precedes it)
        if (text.isEmpty() || MORE_LINK_LAST_CHARS.indexOf(Character.toLowerCase(text.charAt(text.length() - 1))) < 0) {
            return false; // none of the endings below can match: no copy to lower-case
        }
        String lower = text.substring(Math.max(0, text.length() - TAIL)).toLowerCase(java.util.Locale.ROOT);
        return lower.endsWith(" read more") || lower.endsWith(" read more »") || lower.endsWith(" read more ›")
                || lower.endsWith(" continue reading") || lower.endsWith(" continue reading →") || lower.endsWith("[…]")
                || lower.endsWith("[...]");
    }

    private static boolean gluedHeadline(String text) {
        int capitalised = 0;
        int words = 0;
        boolean wordStart = true;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ' ') {
                wordStart = true;
                continue;
            }
            if (wordStart) {
                words++;
                if (Character.isUpperCase(c) || Character.isDigit(c)) {
                    capitalised++;
                }
                wordStart = false;
            } else if (Character.isUpperCase(c) && i >= 2 && Character.isLowerCase(text.charAt(i - 1))
                    && Character.isLowerCase(text.charAt(i - 2)) && i + 1 < text.length()
                    && (Character.isLowerCase(text.charAt(i + 1)) || text.charAt(i + 1) == ' ')) {
                // "SteakhouseA party", "AthleteThe": glue after a headline in title case
                if (capitalised >= MIN_TITLE_WORDS && capitalised * 10 >= words * 7 && words >= MIN_TITLE_WORDS) {
                    // a summary is short: a whole story glued to its headline is the story
                    return Words.splitCount(text) <= MAX_TEASER_WORDS;
                }
            }
            if (words > 25) {
                return false;
            }
        }
        return false;
    }
}
