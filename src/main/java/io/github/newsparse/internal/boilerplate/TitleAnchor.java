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
     * Nothing before the repeated title can be story.
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
            for (int j = i + 1; j < Math.min(texts.length, i + 1 + WINDOW); j++) {
                if (!fixed[j] && words[j].length >= MIN_PROSE_WORDS && GeneralClassifier.endsSentence(texts[j])) {
                    return j;
                }
            }
        }
        return -1;
    }
}
