package io.github.newsparse.internal.boilerplate;

import io.github.newsparse.BoilerplateCategory;
import io.github.newsparse.internal.structure.Dates;
import java.util.Set;

/**
 * Tells story paragraphs from boilerplate that no named rule describes, in the spirit of
 * jusText (Pomikálek 2011) and Boilerpipe (Kohlschütter et al. 2010): each block is first
 * classed on shallow features (length, stop-word density, sentence punctuation), then short and
 * uncertain blocks take the class of their neighbours, and finally the article is taken to be
 * the densest run of content, so link lists and appeals after the story's end are not body. A
 * paragraph that opens with a wire dateline is story whatever its features, and anchors the run.
 */
final class GeneralClassifier {

    enum Cls { GOOD, NEAR, SHORT, BAD }

    /** jusText's thresholds, in characters and stop-word density. */
    private static final int LENGTH_LOW = 70;
    private static final int LENGTH_HIGH = 200;
    private static final double STOP_LOW = 0.30;
    private static final double STOP_HIGH = 0.32;
    /** Below this page-wide stop-word density the page is not English: punctuation decides. */
    private static final double ENGLISH_PAGE = 0.12;
    /** A sentence of this many words with this stop-word density is prose, whatever its length. */
    private static final int PROSE_WORDS = 10;
    private static final double PROSE_STOP = 0.20;
    /** A sentence-case phrase of this many words is uncertain, not short or bad. */
    private static final int SENTENCE_CASE_WORDS = 6;
    /** A heading among list items ("Features", "Pros", "Key specs") has at most this many words. */
    private static final int GAP_HEADING_WORDS = 4;
    /** A date stamp line has at most this many words. */
    private static final int STAMP_WORDS = 8;
    /** A line that ends with a colon and introduces a list has at most this many words. */
    private static final int INTRODUCER_WORDS = 6;
    /** An item of an introduced list has at most this many words. */
    private static final int MAX_ITEM_WORDS = 15;
    /** The longest gap of sentences between story paragraphs that is filled. */
    private static final int MAX_GAP = 2;
    /** Longer runs of short blocks are menus or link lists, not story. */
    private static final int MAX_SHORT_RUN = 6;
    /** A dateline marks the story's start: the run must reach it. */
    private static final int ANCHOR_BONUS = 2000;
    /** A "Related", "Comments" or "Tags" heading ends the story once this much story came before it. */
    private static final int MIN_STORY_BEFORE_CLOSING = 300;
    /**
     * ...unless, for a "Related" heading only, story prose follows within this many blocks (an
     * inline "Related articles" box). Comments and tags come after the story, never inside it;
     * but any such heading followed within this many blocks by more than twice the story before
     * it sits in the header (a "Comments" link under the byline and an author's bio), and the
     * story is still to come; more than the story before it is enough when the heading is a link
     * or chrome in a tool row and the markup puts the prose after it in the story.
     */
    private static final int CLOSING_LOOKAHEAD = 6;
    private static final int CJK_WEIGHT = 3;
    private static final int HANGUL_WEIGHT = 2;
    /** What a boilerplate block costs in the densest-run search, in characters. */
    private static final int BAD_COST = 30;
    /** What a line of running text costs in the densest-run search, in characters. */
    private static final int RUNNING_COST = 10;

    private GeneralClassifier() {
    }

    /**
     * Classes each block. {@code fixed[i]} is true for blocks a rule already labelled; they count
     * as boilerplate for the context. {@code named[i]} is true for those the lexicon and the
     * named rules labelled (not the teaser and repeat heuristics). Returns true for blocks that
     * are story.
     */
    static boolean[] classify(String[] texts, String[][] words, boolean[] fixed, boolean[] anchors,
                              BoilerplateCategory[] closing, boolean[] named, Set<String> stopwords,
                              MarkupHint[] hints) {
        int n = texts.length;
        int[] stops = new int[n];
        boolean english = isEnglish(words, stopwords, stops);
        int[] weights = new int[n];
        for (int i = 0; i < n; i++) {
            weights[i] = weight(texts[i]);
        }
        Cls[] cls = new Cls[n];
        for (int i = 0; i < n; i++) {
            cls[i] = fixed[i] ? Cls.BAD : anchors[i] ? Cls.GOOD : initial(texts[i], weights[i], words[i], stops[i], english);
            if (!fixed[i] && !anchors[i] && hints[i] != null) {
                cls[i] = hints[i].revise(cls[i]);
            }
        }
        Neighbours nb = new Neighbours(cls);
        Cls[] revised = cls.clone();
        for (int i = 0; i < n; i++) {
            if (cls[i] == Cls.SHORT) {
                revised[i] = reviseShort(cls, nb, i);
            }
        }
        for (int i = 0; i < n; i++) {
            if (cls[i] == Cls.NEAR) {
                Cls prev = nb.prev(i, true);
                Cls next = nb.next(i, true);
                revised[i] = prev == Cls.BAD && next == Cls.BAD ? Cls.BAD : Cls.GOOD;
            }
        }
        for (int i = 0; i < n; i++) {
            if (fixed[i]) {
                revised[i] = Cls.BAD;
            }
        }
        // Lists of one shape (tour dates, numbered steps, schedules) are content, however short
        // their lines: menus are words without numbers or bullets, and, where the markup shows
        // it, lines of links or page chrome (an archive's "2012 J F M A …" calendar).
        boolean[] lists = ListShape.lists(texts, fixed);
        for (int i = 0; i < n; i++) {
            if (lists[i] && hints[i] != MarkupHint.LINKS && hints[i] != MarkupHint.CHROME) {
                revised[i] = Cls.GOOD;
            }
        }
        // Running text that is not prose (list items: "Network: 10 Gbps connections available,
        // includes 100TB monthly bandwidth") hardly costs a run and is story between story
        // paragraphs, never at a run's ends (where teaser headlines are): when the gap it sits
        // in holds only such lines and short headings ("Features", "Pros"), none of them named.
        boolean[] running = cleanGaps(texts, words, stops, fixed, named, revised, hints, english);
        // A table whose cells became lines ("1", "State Farm", "107,764,591", "16.4") costs the
        // run nothing and is story between story paragraphs, never at a run's ends, where
        // teaser lists with their counts of views and comments sit.
        boolean[] tables = ListShape.tables(texts, fixed);
        return densestRun(texts, words, weights, revised, anchors, closing, hints, running, tables);
    }

    /** A line's first class from its length, its share of stop words and its sentence marks. */
    static Cls initial(String text, int chars, String[] words, int stopwords, boolean english) {
        if (!english) {
            int marks = sentenceMarks(text);
            if (chars < LENGTH_LOW) {
                return Cls.SHORT;
            }
            if (chars >= LENGTH_HIGH / 2 && marks >= 2) {
                return Cls.GOOD;
            }
            return marks >= 1 ? Cls.NEAR : Cls.BAD;
        }
        double stop = words.length == 0 ? 0 : (double) stopwords / words.length;
        if (words.length >= PROSE_WORDS && stop >= PROSE_STOP && endsSentence(text)) {
            return Cls.GOOD;
        }
        if (chars < LENGTH_LOW) {
            // A short full sentence is uncertain rather than short: "The officer was not injured."
            return words.length >= 4 && stop >= PROSE_STOP && endsSentence(text) ? Cls.NEAR : Cls.SHORT;
        }
        if (stop >= STOP_HIGH && chars >= LENGTH_HIGH) {
            return Cls.GOOD;
        }
        return stop >= STOP_LOW ? Cls.NEAR : Cls.BAD;
    }

    /**
     * The lines of the gaps between GOOD blocks that hold only running text (at least one line
     * of it) and short headings, none marked as links or chrome. Running text is never a line a
     * rule labelled; a heading may be one that repeats ("Overview", "Pros" over each item of a
     * list), never one the lexicon names ("Related articles").
     */
    private static boolean[] cleanGaps(String[] texts, String[][] words, int[] stops, boolean[] fixed,
                                       boolean[] named, Cls[] cls, MarkupHint[] hints, boolean english) {
        int n = texts.length;
        boolean[] clean = new boolean[n];
        if (!english) {
            return clean;
        }
        java.util.Map<String, Integer> templateGaps = templateLabels(texts, fixed, named, cls);
        int i = 0;
        while (i < n) {
            if (cls[i] == Cls.GOOD) {
                i++;
                continue;
            }
            int j = i;
            boolean ok = true;
            boolean anyRunning = false;
            boolean introduced = false;
            int shared = 0;
            boolean itemsOnly = true;
            for (; j < n && cls[j] != Cls.GOOD; j++) {
                if (fixed[j] && !named[j] && templateGaps.getOrDefault(texts[j], 0) >= MIN_TEMPLATE_GAPS) {
                    shared++;
                }
                boolean marked = hints[j] == MarkupHint.LINKS || hints[j] == MarkupHint.CHROME;
                boolean unnamed = !named[j] && !marked;
                // a date stamp ("21 hours ago", "March 4, 2025") heads a teaser or a comment, not a list item
                boolean stamp = isStamp(texts[j], words[j].length);
                itemsOnly &= unnamed && words[j].length <= MAX_ITEM_WORDS && !stamp;
                boolean running = !fixed[j] && !marked && (isSentenceCase(texts[j], words[j].length, stops[j])
                        || isLabelled(texts[j], words[j].length) || isLabelledFigure(texts[j], words[j].length));
                // "What you'll learn:" over its items: each item is content, however short
                boolean item = introduced && unnamed && words[j].length <= MAX_ITEM_WORDS;
                anyRunning |= running || item;
                // a short item in sentence case ("API-first design enables full automation") goes
                // with running text, as a short heading does, without being evidence of it
                ok &= running || item || unnamed && (words[j].length <= GAP_HEADING_WORDS
                        || words[j].length <= MAX_ITEM_WORDS && mostlyLowerCase(texts[j]));
                ok &= !stamp;
                introduced |= unnamed && isIntroducer(texts[j], words[j].length);
            }
            // a round-up's item: its repeated labels ("Product specifications", "Pros", "Cons")
            // over short values and titles, as in the other items' gaps
            if (ok && anyRunning || itemsOnly && shared >= MIN_TEMPLATE_LABELS) {
                java.util.Arrays.fill(clean, i, j, true);
            }
            i = j;
        }
        return clean;
    }

    /** A gap is a round-up item's when it holds at least this many labels the other items repeat. */
    private static final int MIN_TEMPLATE_LABELS = 2;
    /** A repeated label counts when it appears in at least this many gaps between story lines. */
    private static final int MIN_TEMPLATE_GAPS = 3;

    /**
     * In how many gaps between GOOD lines each line that a heuristic (not the lexicon) fixed
     * appears: the labels a round-up repeats over each of its items.
     */
    private static java.util.Map<String, Integer> templateLabels(String[] texts, boolean[] fixed, boolean[] named,
                                                                 Cls[] cls) {
        java.util.Map<String, Integer> gaps = new java.util.HashMap<>();
        java.util.Set<String> inGap = new java.util.HashSet<>();
        for (int k = 0; k < texts.length; k++) {
            if (cls[k] == Cls.GOOD) {
                for (String t : inGap) {
                    gaps.merge(t, 1, Integer::sum);
                }
                inGap.clear();
            } else if (fixed[k] && !named[k]) {
                inGap.add(texts[k]);
            }
        }
        return gaps;
    }

    /** A label of at most this many words before a colon opens a list item ("Native connector: Log calls …"). */
    private static final int LABEL_WORDS = 4;
    /** The text after a list item's label has at least this many words. */
    private static final int LABELLED_WORDS = 6;

    /**
     * A list item that opens with a short label and a colon, then says something in running text:
     * "Native connector: Log call activity and attach recordings to each lead".
     */
    private static boolean isLabelled(String text, int words) {
        int colon = text.indexOf(": ");
        if (colon <= 0) {
            return false;
        }
        int labelWords = labelWords(text, colon);
        // what follows the label is written as running text, where a teaser's "Title: Subtitle" capitalises
        return labelWords <= LABEL_WORDS && words - labelWords >= LABELLED_WORDS
                && isSentenceCase(text.substring(colon + 2), words - labelWords, 1);
    }

    /** The words of the label before the colon at {@code colon}. */
    private static int labelWords(String text, int colon) {
        int words = 1;
        for (int i = 0; i < colon; i++) {
            words += text.charAt(i) == ' ' ? 1 : 0;
        }
        return words;
    }

    /** A figure after a label has at most this many words: "$30,000 – $60,000", "4.5 out of 5". */
    private static final int FIGURE_WORDS = 6;

    /**
     * A list item that gives a label its figure: "Full Bathroom: $30,000 – $60,000", "Battery
     * life: 12 hours". Never a stamp ("Updated: March 4, 2025"), which {@link #isStamp} finds first,
     * nor a clock time.
     */
    private static boolean isLabelledFigure(String text, int words) {
        int colon = text.indexOf(": ");
        if (colon <= 0) {
            return false;
        }
        int labelWords = labelWords(text, colon);
        boolean digit = false;
        for (int i = colon + 2; i < text.length(); i++) {
            if (text.charAt(i) == ':' && Character.isDigit(text.charAt(i - 1))) {
                return false; // opening hours ("Mon - Fri: 8:00am - 6:00pm") are a footer's contact details
            }
            digit |= Character.isDigit(text.charAt(i));
        }
        // the value opens with its figure: "QPR: First 12 Premier League games" is a title and its subtitle
        char first = colon + 2 < text.length() ? text.charAt(colon + 2) : ' ';
        boolean figureFirst = Character.isDigit(first) || Character.getType(first) == Character.CURRENCY_SYMBOL;
        return digit && figureFirst && labelWords <= LABEL_WORDS && words - labelWords >= 1 && words - labelWords <= FIGURE_WORDS;
    }

    /** A short line that dates what follows it: a teaser's or a comment's stamp. */
    private static boolean isStamp(String text, int words) {
        return words <= STAMP_WORDS && (text.endsWith(" ago") || Dates.isTimeAgo(text) || Dates.contains(text));
    }

    /** A short line that ends with a colon introduces what follows it: "What you'll learn:", "Pricing:". */
    private static boolean isIntroducer(String text, int words) {
        return words >= 1 && words <= INTRODUCER_WORDS && text.endsWith(":");
    }

    /**
     * A phrase written as running text, not as a title or a menu: six words or more, a stop word
     * among them, and most of its words in lower case ("Network: 10 Gbps connections available,
     * includes 100TB monthly bandwidth"), where links and headings capitalise theirs.
     */
    static boolean isSentenceCase(String text, int words, int stopwords) {
        return words >= SENTENCE_CASE_WORDS && stopwords > 0 && mostlyLowerCase(text);
    }

    /** Whether most words of {@code text} start in lower case. */
    private static boolean mostlyLowerCase(String text) {
        int lower = 0;
        int total = 0;
        boolean wordStart = true;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLetter(c)) {
                if (wordStart) {
                    total++;
                    lower += Character.isLowerCase(c) ? 1 : 0;
                }
                wordStart = false;
            } else {
                wordStart = !Character.isDigit(c) && c != '\'' && c != '’' && c != '-';
            }
        }
        return total > 0 && lower * 2 > total;
    }

    private static Cls reviseShort(Cls[] cls, Neighbours nb, int i) {
        if (nb.shortRun(i) > MAX_SHORT_RUN) {
            // A long run of short lines is a list of links or a menu, whatever surrounds it.
            return Cls.BAD;
        }
        Cls prev = nb.prev(i, true);
        Cls next = nb.next(i, true);
        if (prev == Cls.GOOD && next == Cls.GOOD) {
            return Cls.GOOD;
        }
        if (prev == Cls.BAD && next == Cls.BAD) {
            return Cls.BAD;
        }
        if ((prev == Cls.BAD && nb.prev(i, false) == Cls.NEAR) || (next == Cls.BAD && nb.next(i, false) == Cls.NEAR)) {
            return Cls.GOOD;
        }
        return Cls.BAD;
    }

    /**
     * A sentence or two between story paragraphs is story too ("Now get prepping!", a one-line
     * list item ending in a period): a gap of at most {@value #MAX_GAP} blocks, each a sentence.
     */
    private static void fillGaps(String[] texts, Cls[] cls, boolean[] good, int from, int to) {
        int i = from;
        while (i <= to) {
            if (good[i]) {
                i++;
                continue;
            }
            int j = i;
            while (j <= to && !good[j]) {
                j++;
            }
            if (i > from && j <= to && j - i <= MAX_GAP) {
                boolean sentences = true;
                for (int k = i; k < j; k++) {
                    sentences &= cls[k] != Cls.BAD || endsSentence(texts[k]) && texts[k].indexOf(' ') > 0;
                }
                for (int k = i; k < j && sentences; k++) {
                    good[k] = endsSentence(texts[k]) && texts[k].indexOf(' ') > 0;
                }
            }
            i = j;
        }
    }

    /**
     * Whether the markup puts a closing heading in a tool row inside the story: the heading is a
     * link or page chrome, and the next GOOD block within the lookahead is marked story (a
     * "Comments" link between two paragraphs of the article's body; a teaser after the story may
     * be marked so too, hence only a weaker bar, never a rule on its own).
     */
    private static boolean inMarkedStory(Cls[] cls, MarkupHint[] hints, int i) {
        if (hints[i] != MarkupHint.LINKS && hints[i] != MarkupHint.CHROME) {
            return false;
        }
        for (int j = i + 1; j < Math.min(cls.length, i + 1 + CLOSING_LOOKAHEAD); j++) {
            if (cls[j] == Cls.GOOD) {
                return hints[j] == MarkupHint.STORY;
            }
        }
        return false;
    }

    /**
     * How many times the story before a "Tags" heading the run after it must hold, and how much
     * at least, for the heading to sit in the header (a tags widget under the byline) rather
     * than close the story. (Measured for "Related" headings too: it let undetected comment
     * threads into the story on the Dragnet pages.)
     */
    private static final int STILL_TO_COME_FACTOR = 4;
    private static final int STILL_TO_COME_MIN = 3000;

    /**
     * Whether the densest run after a closing heading, {@code [from, to]}, holds far more story
     * than the {@code story} before it: the heading sits in the header, and the story is still to come.
     */
    private static boolean storyStillToCome(Cls[] cls, int[] weights, int from, int to, long story) {
        long after = goodWeightWithin(cls, weights, from, to - from + 1);
        return after >= STILL_TO_COME_MIN && after >= STILL_TO_COME_FACTOR * story;
    }

    /**
     * Whether a line of {@code [from, to]} before the next GOOD one says the story continues after
     * it ({@link ContinuationMark}): the closing heading before it heads a box inside the story.
     */
    private static boolean continuesAfter(String[] texts, Cls[] cls, int from, int to) {
        for (int j = from; j <= to && cls[j] != Cls.GOOD; j++) {
            if (ContinuationMark.says(texts[j])) {
                return true;
            }
        }
        return false;
    }

    /** The length of the GOOD blocks among the {@code count} from {@code from}. */
    private static long goodWeightWithin(Cls[] cls, int[] weights, int from, int count) {
        long w = 0;
        for (int j = from; j < Math.min(cls.length, from + count); j++) {
            if (cls[j] == Cls.GOOD) {
                w += weights[j];
            }
        }
        return w;
    }

    /**
     * For each block, the nearest class before and after it that is not SHORT (or neither SHORT
     * nor NEAR), and the length of its run of SHORT blocks: computed once, in linear time.
     */
    private static final class Neighbours {
        private final Cls[] prevSkipShort;
        private final Cls[] nextSkipShort;
        private final Cls[] prevSkipBoth;
        private final Cls[] nextSkipBoth;
        private final int[] runStart;
        private final int[] runEnd;

        Neighbours(Cls[] cls) {
            int n = cls.length;
            prevSkipShort = new Cls[n];
            nextSkipShort = new Cls[n];
            prevSkipBoth = new Cls[n];
            nextSkipBoth = new Cls[n];
            runStart = new int[n];
            runEnd = new int[n];
            nearest(cls, prevSkipShort, prevSkipBoth, 0, n, 1);
            nearest(cls, nextSkipShort, nextSkipBoth, n - 1, -1, -1);
            for (int i = 0; i < n; i++) {
                runStart[i] = cls[i] == Cls.SHORT && i > 0 && cls[i - 1] == Cls.SHORT ? runStart[i - 1] : i;
            }
            for (int i = n - 1; i >= 0; i--) {
                runEnd[i] = cls[i] == Cls.SHORT && i + 1 < n && cls[i + 1] == Cls.SHORT ? runEnd[i + 1] : i;
            }
        }

        /**
         * Walks from {@code from} to {@code to} (exclusive) by {@code step}, recording for each block
         * the last class seen that is not SHORT, and the last that is neither SHORT nor NEAR.
         */
        private static void nearest(Cls[] cls, Cls[] skipShort, Cls[] skipBoth, int from, int to, int step) {
            Cls lastA = Cls.BAD;
            Cls lastB = Cls.BAD;
            for (int i = from; i != to; i += step) {
                skipShort[i] = lastA;
                skipBoth[i] = lastB;
                if (cls[i] != Cls.SHORT) {
                    lastA = cls[i];
                    if (cls[i] != Cls.NEAR) {
                        lastB = cls[i];
                    }
                }
            }
        }

        Cls prev(int i, boolean ignoreNear) {
            return ignoreNear ? prevSkipBoth[i] : prevSkipShort[i];
        }

        Cls next(int i, boolean ignoreNear) {
            return ignoreNear ? nextSkipBoth[i] : nextSkipShort[i];
        }

        int shortRun(int i) {
            return runEnd[i] - runStart[i] + 1;
        }
    }

    /**
     * Keeps the GOOD blocks of the maximum-sum run (Kadane), GOOD scoring its length, and the
     * running text between them.
     */
    private static boolean[] densestRun(String[] texts, String[][] words, int[] weights, Cls[] cls, boolean[] anchors,
                                        BoilerplateCategory[] closing, MarkupHint[] hints, boolean[] running,
                                        boolean[] tables) {
        int n = texts.length;
        int[] run = kadane(weights, cls, anchors, running, tables, 0, n);
        int bestFrom = run[0];
        int bestTo = run[1];
        int[] more = bestTo < 0 ? null : kadane(weights, cls, anchors, running, tables, bestTo + 1, n);
        if (joins(more, run) && noClosing(closing, bestTo + 1, more[0])
                && commentHeaders(texts, words, bestTo + 1, more[1] + 1) < MIN_COMMENT_HEADERS) {
            // a long run of story after a gap the story may hold (a second table, a gallery), with
            // nothing that closes a story between: the story's second half, not another story
            bestTo = more[1];
        }
        int[] earlier = bestFrom <= 0 ? null : kadane(weights, cls, anchors, running, tables, 0, bestFrom);
        if (joins(earlier, run) && noClosing(closing, earlier[0], bestFrom)) {
            // the story's first half, before a gap the story may hold
            bestFrom = earlier[0];
        }
        boolean[] good = new boolean[n];
        long story = 0;
        int last = bestFrom - 1;
        for (int i = bestFrom; i <= bestTo; i++) {
            if (closing[i] != null && story >= MIN_STORY_BEFORE_CLOSING
                    && (closing[i] != BoilerplateCategory.RELATED || goodWeightWithin(cls, weights, i + 1, CLOSING_LOOKAHEAD) == 0)
                    && goodWeightWithin(cls, weights, i + 1, CLOSING_LOOKAHEAD)
                        <= (inMarkedStory(cls, hints, i) ? 1 : 2) * story
                    && !(closing[i] == BoilerplateCategory.TAGS && storyStillToCome(cls, weights, i + 1, bestTo, story))
                    && !continuesAfter(texts, cls, i + 1, bestTo)) {
                break;
            }
            good[i] = cls[i] == Cls.GOOD || (running[i] || tables[i]) && last >= bestFrom;
            story += cls[i] == Cls.GOOD ? weights[i] : 0;
            if (cls[i] == Cls.GOOD) {
                last = i;
            }
        }
        for (int i = last + 1; i <= bestTo; i++) {
            good[i] = false;
        }
        fillGaps(texts, cls, good, bestFrom, last);
        return good;
    }

    /**
     * A second run joins the densest one when its sum is at least the densest one's over this:
     * the story's other half, beyond a gap the story may hold (an irregular table, a gallery).
     */
    private static final int SECOND_RUN_DIVISOR = 2;
    /** … and at least this long, in characters. */
    private static final int MIN_SECOND_RUN = 1000;

    /** Whether the run {@code other} (null for none) is long enough beside the densest {@code run} to join it. */
    private static boolean joins(int[] other, int[] run) {
        return other != null && other[1] >= other[0] && (long) other[2] * SECOND_RUN_DIVISOR >= run[2]
                && other[2] >= MIN_SECOND_RUN;
    }

    /** A run after the story with this many comment headers is its comments, not its second half. */
    private static final int MIN_COMMENT_HEADERS = 2;

    /** The comment headers in {@code [from, to)}, counted up to {@value #MIN_COMMENT_HEADERS}. */
    private static int commentHeaders(String[] texts, String[][] words, int from, int to) {
        int headers = 0;
        for (int i = from; i < to && headers < MIN_COMMENT_HEADERS; i++) {
            headers += CommentThread.isHeader(texts[i], words[i]) ? 1 : 0;
        }
        return headers;
    }

    /** Whether no line of {@code [from, to)} is a heading that closes a story ("Related", "Comments"). */
    private static boolean noClosing(BoilerplateCategory[] closing, int from, int to) {
        for (int i = from; i < to; i++) {
            if (closing[i] != null) {
                return false;
            }
        }
        return true;
    }

    /**
     * The maximum-sum run (Kadane) in {@code [start, end)} as {from, to, sum}, GOOD blocks scoring
     * their length and other blocks costing theirs, or only {@link #BAD_COST} when they are running
     * text; to &lt; from when no run has a positive sum.
     */
    private static int[] kadane(int[] weights, Cls[] cls, boolean[] anchors, boolean[] running, boolean[] tables,
                                int start, int end) {
        long best = 0;
        int bestFrom = start;
        int bestTo = start - 1;
        long sum = 0;
        int from = start;
        for (int i = start; i < end; i++) {
            long w = cls[i] == Cls.GOOD ? weights[i] + (anchors[i] ? ANCHOR_BONUS : 0)
                    : tables[i] ? 0 : running[i] ? -RUNNING_COST : -Math.min(weights[i], 200) - BAD_COST;
            if (sum <= 0) {
                sum = w;
                from = i;
            } else {
                sum += w;
            }
            if (sum > best) {
                best = sum;
                bestFrom = from;
                bestTo = i;
            }
        }
        return new int[] {bestFrom, bestTo, (int) Math.min(Integer.MAX_VALUE, best)};
    }

    /**
     * Whether the page is in English: enough of its Latin-script words are English stop words,
     * and Latin-script words carry at least half of its text (an English menu around a Japanese
     * story does not make the page English). Fills {@code stops} with each line's count of stop
     * words on the way, for {@link #initial}.
     */
    private static boolean isEnglish(String[][] words, Set<String> stopwords, int[] stops) {
        long total = 0;
        long stop = 0;
        long latinWeight = 0;
        long allWeight = 0;
        for (int i = 0; i < words.length; i++) {
            for (String w : words[i]) {
                int weight = weight(w);
                allWeight += weight;
                boolean isStop = stopwords.contains(w);
                if (isStop) {
                    stops[i]++;
                }
                if (!w.isEmpty() && w.charAt(0) < 0x250) {
                    total++;
                    latinWeight += weight;
                    if (isStop) {
                        stop++;
                    }
                }
            }
        }
        return total > 0 && stop >= ENGLISH_PAGE * total && latinWeight * 2 >= allWeight;
    }

    /**
     * The length of a text in Latin-script characters: a Chinese or Japanese character says
     * about as much as {@value #CJK_WEIGHT} Latin ones, a Hangul syllable {@value #HANGUL_WEIGHT}.
     */
    static int weight(String text) {
        int w = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x1100) {
                w++;
            } else if (c >= 0xAC00 && c <= 0xD7A3) {
                w += HANGUL_WEIGHT;
            } else if (c >= 0x3040 && c <= 0x9FFF) {
                w += CJK_WEIGHT;
            } else {
                w++;
            }
        }
        return w;
    }

    static boolean endsSentence(String text) {
        int i = text.length() - 1;
        while (i >= 0 && "\"'”’)]»".indexOf(text.charAt(i)) >= 0) {
            i--;
        }
        return i >= 0 && ".!?…:;".indexOf(text.charAt(i)) >= 0;
    }

    /**
     * Sentence and clause marks of the scripts a page may be in: Latin, CJK (。！？，、), Arabic
     * (، ؟ and the Urdu full stop ۔), Devanagari and Bengali (the danda । and ॥), Armenian (։),
     * Ethiopic (። ፣) and Myanmar (။ ၊).
     */
    private static final String SENTENCE_MARKS = ".!?,\u3002\uFF01\uFF1F\uFF0C\u3001\u060C\u061F\u06D4"
            + "\u0964\u0965\u0589\u1362\u1363\u104B\u104A";

    private static int sentenceMarks(String text) {
        int marks = 0;
        for (int i = 0; i < text.length(); i++) {
            if (SENTENCE_MARKS.indexOf(text.charAt(i)) >= 0) {
                marks++;
            }
        }
        return marks;
    }
}
