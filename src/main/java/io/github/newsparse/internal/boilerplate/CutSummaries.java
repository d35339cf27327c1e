package io.github.newsparse.internal.boilerplate;

import io.github.newsparse.BlockRole;
import io.github.newsparse.BoilerplateCategory;

/**
 * Teasers of other stories as a list prints them: a title, then the first words of the story cut
 * short with an ellipsis ("A fire that broke out late Sunday destroyed a barn on Route 9 and
 * killed two horses, the county fire..."), card after card. One such pair alone may be the
 * story's own (a heading, then a sentence that trails off); a run of them is a list.
 */
final class CutSummaries {

    private CutSummaries() {
    }

    /** A cut summary has at least this many characters: "Read more…" and "Loading…" are no summaries. */
    private static final int MIN_SUMMARY_CHARS = 40;
    /** A title above a summary has at most this many characters. */
    private static final int MAX_TITLE_CHARS = 160;
    /** Cards of one list are at most this many lines apart (title, summary, a date, an author, …). */
    private static final int MAX_CARD_GAP = 4;

    /**
     * Marks as related links the titles and cut summaries of two or more such cards in a row,
     * each at most {@value #MAX_CARD_GAP} lines after the one before, and the lines between them;
     * they leave the {@code story}.
     */
    static void mark(String[] texts, Target[] targets, boolean[] fixed, boolean[] story) {
        int n = texts.length;
        int last = -1;
        boolean lastMarked = false;
        Target related = new Target(BlockRole.BOILERPLATE, BoilerplateCategory.RELATED, false);
        for (int k = 1; k < n; k++) {
            if (!isCutSummary(texts[k]) || !isTitle(texts[k - 1])) {
                continue;
            }
            if (last >= 0 && k - last <= MAX_CARD_GAP) {
                if (!lastMarked) {
                    markCard(last, targets, fixed, story, related);
                }
                // and what the list prints between two cards: a date, an author, a label
                markLines(last + 1, k - 1, targets, fixed, story, related);
                markCard(k, targets, fixed, story, related);
                lastMarked = true;
            } else {
                lastMarked = false;
            }
            last = k;
        }
    }

    private static void markCard(int summary, Target[] targets, boolean[] fixed, boolean[] story, Target related) {
        markLines(summary - 1, summary + 1, targets, fixed, story, related);
    }

    /** Marks lines {@code [from, to)} that no rule has named. */
    private static void markLines(int from, int to, Target[] targets, boolean[] fixed, boolean[] story, Target related) {
        for (int k = from; k < to; k++) {
            if (!fixed[k]) {
                targets[k] = related;
                fixed[k] = true;
                story[k] = false;
            }
        }
    }

    /** A line that trails off: an ellipsis at its end, not a quotation's "[…]" nor a row of dots. */
    static boolean isCutSummary(String t) {
        if (t.length() < MIN_SUMMARY_CHARS || t.endsWith("[...]") || t.endsWith("[…]") || t.endsWith("....")) {
            return false;
        }
        return t.endsWith("...") || t.endsWith("…");
    }

    /** A line shaped like a title: short, and not ending a sentence or trailing off. */
    private static boolean isTitle(String t) {
        if (t.isEmpty() || t.length() > MAX_TITLE_CHARS) {
            return false;
        }
        char last = t.charAt(t.length() - 1);
        return ".。…:?!".indexOf(last) < 0;
    }
}
