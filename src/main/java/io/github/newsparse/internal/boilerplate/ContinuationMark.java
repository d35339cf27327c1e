package io.github.newsparse.internal.boilerplate;

import java.util.List;
import java.util.Locale;

/**
 * A line by which a page says its story goes on after what interrupts it ("This advertisement has
 * not loaded yet, but your article continues below.", "Story continues below advertisement"):
 * a heading between the story and such a line ("Trending", "Related") heads a box inserted into
 * the story, not the end matter that closes it.
 */
final class ContinuationMark {

    /** What such a line says, lower case. */
    private static final List<String> PHRASES = List.of("continues below", "continue below", "continues after",
            "continue reading below", "scroll to continue");
    /** A longer line is prose that may say so in passing. */
    private static final int MAX_CHARS = 120;

    private ContinuationMark() {
    }

    /** Whether the line says the story continues after it. */
    static boolean says(String text) {
        if (text.length() > MAX_CHARS) {
            return false;
        }
        String lower = text.toLowerCase(Locale.ROOT);
        for (String p : PHRASES) {
            if (lower.contains(p)) {
                return true;
            }
        }
        return false;
    }
}
