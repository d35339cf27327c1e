package io.github.newsparse.internal.boilerplate;


/**
 * Where the story starts on a page whose first line is its title (as scrapers print the HTML
 * {@code <title>}): the story's own headline repeats that title, with or without the site's
 * name, and the first prose paragraph after it opens the story.
 */
final class TitleAnchor {

    /** How far after the repeated title the first paragraph may be. */
    private static final int WINDOW = 8;
    private static final int MIN_PROSE_WORDS = 8;

    private TitleAnchor() {
    }

    /**
     * The index of the story's first paragraph, or -1 if the page does not show it this way.
     * Nothing before the repeated title can be story. A first line printed again with the line
     * that follows it is a block the page repeats, not its title.
     */
    static int storyStart(String[] texts, boolean[] fixed, String[][] words) {
        if (texts.length < 3) {
            return -1;
        }
        java.util.Set<String> heads = io.github.newsparse.internal.text.TitleLine.heads(texts[0]);
        for (int i = 1; i < texts.length; i++) {
            if (!io.github.newsparse.internal.text.TitleLine.isHead(heads, texts[i])) {
                continue;
            }
            if (i + 1 < texts.length && texts[i + 1].equals(texts[1])) {
                // the first lines printed again (a newsletter box at the top and at the foot of the
                // page): a block repeated, not the page's title over its story
                continue;
            }
            for (int j = i + 1; j < Math.min(texts.length, i + 1 + WINDOW); j++) {
                if (!fixed[j] && words[j].length >= MIN_PROSE_WORDS && GeneralClassifier.endsSentence(texts[j])) {
                    return j;
                }
            }
        }
        return -1;
    }

    /** Separators of a breadcrumb trail: "Home / Blog / Title", "Home › News › Title". */
    private static final String[] CRUMB_SEPARATORS = {" / ", " › ", " » ", " > ", " | ", " < "};
    /** How many lines above a headline its breadcrumb may be. */
    private static final int CRUMB_REACH = 2;
    /** A headline a breadcrumb ends with has at least this many words: never "News" or "Blog". */
    private static final int MIN_CRUMB_TITLE_WORDS = 3;
    /** The trail's first crumb has at most this many words ("Home", "Main page"). */
    private static final int FIRST_CRUMB_WORDS = 3;

    /**
     * The line after the first headline that a breadcrumb just above it ends with ("Home /
     * Positioning your startup" over "Positioning your startup"), or -1: nothing before it is
     * story, though the story need not start right there (a dek, a byline may come first).
     */
    static int afterCrumbedTitle(String[] texts, String[][] words) {
        for (int i = 1; i < texts.length; i++) {
            if (endsBreadcrumb(texts, words, i)) {
                return i + 1;
            }
        }
        return -1;
    }

    /**
     * Whether line {@code i} is a headline that a breadcrumb just above it ends with: "Home /
     * Positioning your startup" over "Positioning your startup".
     */
    static boolean endsBreadcrumb(String[] texts, String[][] words, int i) {
        String title = texts[i].strip();
        if (words[i].length < MIN_CRUMB_TITLE_WORDS) {
            return false;
        }
        for (int k = i - 1; k >= Math.max(0, i - CRUMB_REACH); k--) {
            String crumb = texts[k].strip();
            if (crumb.length() <= title.length() || !crumb.endsWith(title)) {
                continue;
            }
            String before = crumb.substring(0, crumb.length() - title.length());
            for (String sep : CRUMB_SEPARATORS) {
                if (before.endsWith(sep)) {
                    int first = before.indexOf(sep);
                    return io.github.newsparse.internal.text.Words.splitCount(before.substring(0, first).strip()) <= FIRST_CRUMB_WORDS;
                }
            }
        }
        return false;
    }
}
