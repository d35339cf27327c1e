package io.github.newsparse.internal.boilerplate;

import java.util.HashSet;
import java.util.Set;

/**
 * Repetition within a page: a story paragraph printed again (a summary box, a print view, a
 * truncated teaser "Good morning! This is the…") is not story the second time.
 */
final class Repeats {

    /** How many leading characters identify a paragraph. */
    private static final int KEY = 60;
    private static final int MIN_LENGTH = 30;

    private Repeats() {
    }

    /** A line printed this many times on one page is page furniture ("Whatsapp Facebook Pin"). */
    private static final int FURNITURE_REPEATS = 3;
    /** Furniture is a short line: at most this many words. */
    private static final int FURNITURE_WORDS = 12;

    /**
     * Labels lines that recur on the page as boilerplate, except lines the markup puts in the
     * story's container ({@code inStory}): a recipe's or a workout's repeated headings.
     */
    static void markFurniture(String[] texts, String[][] words, Target[] targets, boolean[] fixed, boolean[] inStory) {
        // only short lines can be furniture, and equal lines have equal words: only they are counted
        java.util.Map<String, Integer> counts = new java.util.HashMap<>();
        for (int i = 0; i < texts.length; i++) {
            if (words[i].length <= FURNITURE_WORDS) {
                counts.merge(texts[i], 1, Integer::sum);
            }
        }
        for (int i = 0; i < texts.length; i++) {
            if (!fixed[i] && !inStory[i] && words[i].length <= FURNITURE_WORDS && counts.get(texts[i]) >= FURNITURE_REPEATS) {
                targets[i] = new Target(io.github.newsparse.BlockRole.BOILERPLATE,
                        io.github.newsparse.BoilerplateCategory.OTHER, false);
                fixed[i] = true;
            }
        }
    }

    /** A card's title has at least this many words. */
    private static final int MIN_CARD_WORDS = 3;

    /**
     * Story cards as link lists print them: the title twice (the image's link and the heading's)
     * within {@value #CARD_WINDOW} lines, then a summary. Title and summary are related links
     * when the page has {@value #MIN_CARDS} or more cards: one pair alone is more likely the
     * story's own headline printed twice, and so is a pair before the story starts. Neither is a
     * line printed three times (a gallery). Cards leave the {@code story}.
     */
    static void markCards(String[] texts, String[][] words, Target[] targets, boolean[] fixed, boolean[] story) {
        int n = texts.length;
        int storyStart = 0;
        while (storyStart < n && !story[storyStart]) {
            storyStart++;
        }
        java.util.Set<String> title = n == 0 ? Set.of() : io.github.newsparse.internal.text.TitleLine.heads(texts[0]);
        java.util.List<int[]> cards = new java.util.ArrayList<>();
        // before the story, a line printed twice is the story's own headline, not a card
        for (int i = storyStart + 1; i < n; i++) {
            // "— Jane Roe (@jroe) May 1, 2019" signs embedded posts, one after another: not a card
            if (fixed[i] || words[i].length < MIN_CARD_WORDS || GeneralClassifier.endsSentence(texts[i])
                    || !Character.isLetterOrDigit(texts[i].charAt(0))
                    || title.contains(texts[i].toLowerCase(java.util.Locale.ROOT))) {
                continue;
            }
            int j = i + 1;
            while (j <= Math.min(n - 1, i + CARD_WINDOW) && !texts[j].equals(texts[i])) {
                j++;
            }
            if (j > Math.min(n - 1, i + CARD_WINDOW) || occursWithin(texts, texts[i], j + 1, CARD_WINDOW)
                    || occursWithin(texts, texts[i], Math.max(0, i - CARD_WINDOW), i - Math.max(0, i - CARD_WINDOW))) {
                continue;
            }
            cards.add(new int[] {i, j});
            i = j;
        }
        if (cards.size() < MIN_CARDS) {
            return;
        }
        Target related = new Target(io.github.newsparse.BlockRole.BOILERPLATE,
                io.github.newsparse.BoilerplateCategory.RELATED, false);
        for (int[] card : cards) {
            int summary = card[1] + 1;
            for (int k : new int[] {card[0], card[1], summary}) {
                if (k < n && !fixed[k]) {
                    targets[k] = related;
                    fixed[k] = true;
                    story[k] = false;
                }
            }
        }
    }

    private static final int MIN_CARDS = 2;
    private static final int CARD_WINDOW = 2;

    /** Whether {@code text} is one of the {@code count} lines from {@code from} (a third print is a gallery). */
    private static boolean occursWithin(String[] texts, String text, int from, int count) {
        for (int k = from; k < Math.min(texts.length, from + count); k++) {
            if (texts[k].equals(text)) {
                return true;
            }
        }
        return false;
    }

    static void dropRepeatedStory(String[] texts, boolean[] story) {
        Set<String> seen = new HashSet<>();
        // every story line as printed, with where it was first printed and how often
        java.util.Map<String, Integer> first = new java.util.HashMap<>();
        java.util.Map<String, Integer> printed = new java.util.HashMap<>();
        boolean[] dropped = new boolean[texts.length];
        for (int i = 0; i < texts.length; i++) {
            if (!story[i]) {
                continue;
            }
            first.putIfAbsent(texts[i], i);
            printed.merge(texts[i], 1, Integer::sum);
            String k = key(texts[i]);
            if (k.length() >= MIN_LENGTH && !seen.add(k)) {
                story[i] = false;
                dropped[i] = true;
            }
        }
        // the short lines of the copy (its headings and list items) go with its paragraphs: a line
        // printed once before in the story, next to a dropped paragraph or to another such line;
        // a line printed three times or more is a template's (a week's meal plan), which the story holds
        boolean[] copy = new boolean[texts.length];
        for (int i = 0; i < texts.length; i++) {
            copy[i] = dropped[i] && printed.get(texts[i]) == 2;
        }
        spreadCopy(texts, story, dropped, copy, printed, first, true);
        spreadCopy(texts, story, dropped, copy, printed, first, false);
    }

    /**
     * Marks as the copy's, walking {@code forward} or back, each story line printed twice and
     * first before it that stands next to a line of the copy (story lines between them reset it).
     */
    private static void spreadCopy(String[] texts, boolean[] story, boolean[] dropped, boolean[] copy,
                                   java.util.Map<String, Integer> printed, java.util.Map<String, Integer> first,
                                   boolean forward) {
        int n = texts.length;
        boolean beside = false;
        for (int k = 0; k < n; k++) {
            int i = forward ? k : n - 1 - k;
            if (copy[i]) {
                beside = true;
            } else if (story[i] || dropped[i]) {
                beside = beside && !dropped[i] && printed.get(texts[i]) == 2 && first.get(texts[i]) < i;
                if (beside) {
                    story[i] = false;
                    copy[i] = true;
                }
            }
        }
    }

    private static String key(String t) {
        String s = t;
        if (s.endsWith("...")) {
            s = s.substring(0, s.length() - 3);
        } else if (s.endsWith("…")) {
            s = s.substring(0, s.length() - 1);
        }
        s = s.strip();
        return s.length() <= KEY ? s : s.substring(0, KEY);
    }
}
