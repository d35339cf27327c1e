package io.github.newsparse.internal.boilerplate;

import io.github.newsparse.BlockRole;
import io.github.newsparse.Caption;
import io.github.newsparse.internal.Part;
import io.github.newsparse.internal.quotes.SpeechCues;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Photo captions and credits. Scraped pages print a caption next to its credit, often split over
 * lines ("Mark Mirko", "/", "Connecticut Public") and often twice (once over the image, once in
 * a lightbox). Signals, each general:
 * <ul>
 *   <li>a credit: a lexicon credit line, or short name-like lines joined by a lone "/" or "|";</li>
 *   <li>a caption: the descriptive line right before a credit, and any later line that repeats
 *       it nearly verbatim; a bulleted line that describes an image ("• X shared this
 *       screenshot …"); a long line repeated nearly verbatim within a few lines; a line that ends
 *       with its own credit ({@link CreditTail}: "… at the parade. (AP Photo/Jane Roe)").</li>
 * </ul>
 */
final class CaptionRule {

    /** How many lines apart a repeated caption may be. */
    private static final int REPEAT_WINDOW = 8;
    /** Word-set overlap (Jaccard) that makes two lines the same caption. */
    private static final double SAME_CAPTION = 0.7;
    private static final int MIN_CAPTION_WORDS = 6;
    private static final int MAX_CREDIT_WORDS = 6;
    /**
     * A line this long before a photo credit is a story paragraph with the photo after it, not
     * the photo's caption (on the dev pages' scraped text, 19 of 20 such lines were story).
     */
    private static final int MAX_CREDITED_CAPTION_WORDS = 40;

    private CaptionRule() {
    }

    /**
     * Marks captions and credits in {@code targets} (null entries only) and returns the captions
     * with their credits.
     */
    static List<Caption> apply(List<Part> parts, Target[] targets, String[][] words, Lexicon lexicon) {
        return apply(parts, targets, words, lexicon, new boolean[parts.size()]);
    }

    /**
     * As {@link #apply(List, Target[], String[][], Lexicon)}, with the lines an HTML page marks up
     * as captions ({@code figcaption}, a caption class) taken as captions whatever their shape.
     */
    static List<Caption> apply(List<Part> parts, Target[] targets, String[][] words, Lexicon lexicon,
                               boolean[] markedCaptions) {
        int n = parts.size();
        String[] credit = new String[n];
        List<Integer> captionIdx = new ArrayList<>();
        CreditTail.Split[] tails = new CreditTail.Split[n];
        for (int i = 0; i < n; i++) {
            String t = parts.get(i).text();
            if (isSlash(t) && i > 0 && i + 1 < n && isNameLike(parts.get(i - 1).text(), words[i - 1])
                    && isNameLike(parts.get(i + 1).text(), words[i + 1])
                    && free(targets, i - 1) && free(targets, i + 1)) {
                String c = parts.get(i - 1).text() + " / " + parts.get(i + 1).text();
                for (int k = i - 1; k <= i + 1; k++) {
                    targets[k] = Target.CREDIT;
                    credit[k] = c;
                }
            }
        }
        for (int i = 0; i < n; i++) {
            if (targets[i] != null && targets[i].role() == BlockRole.CREDIT && credit[i] == null) {
                credit[i] = parts.get(i).text();
            }
        }
        for (int i = 0; i < n; i++) {
            if (targets[i] != null) {
                continue;
            }
            String t = parts.get(i).text();
            boolean bullet = startsWithBullet(t) && words[i].length >= MIN_CAPTION_WORDS && lexicon.captionHint(words[i]);
            boolean gallery = galleryCounter(t) > 0 && words[i].length >= MIN_CAPTION_WORDS;
            boolean beforeCredit = i + 1 < n && isCredit(targets, i + 1) && !targets[i + 1].signoff()
                    && words[i + 1].length <= MAX_CREDIT_WORDS && words[i].length >= MIN_CAPTION_WORDS
                    && words[i].length < MAX_CREDITED_CAPTION_WORDS
                    && !isCredit(targets, i) && !quotesSomeone(t, words[i])
                    && !io.github.newsparse.internal.structure.Dates.isStamp(t);
            if (!bullet && !gallery && !beforeCredit && words[i].length >= MIN_CAPTION_WORDS
                    && !quotesSomeone(t, words[i])) {
                tails[i] = CreditTail.find(t, lexicon);
            }
            if (bullet || gallery || beforeCredit || tails[i] != null || markedCaptions[i] && words[i].length > 0) {
                targets[i] = Target.CAPTION_HINT;
                captionIdx.add(i);
            }
        }
        markRepeats(parts, targets, words, captionIdx);
        List<Caption> captions = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        captionIdx.sort(Integer::compare);
        for (int i : captionIdx) {
            String c = tails[i] != null ? tails[i].credit() : creditNear(targets, credit, i);
            String text = tails[i] != null ? tails[i].caption() : stripBullet(parts.get(i).text());
            if (!text.isEmpty() && seen.add(key(words[i]))) {
                captions.add(new Caption(text, Optional.ofNullable(c), parts.get(i).span()));
            }
        }
        return captions;
    }

    /**
     * Whether the line quotes someone ("“…,” the mayor said."): a story paragraph that happens to
     * stand before a photo credit, not the photo's caption.
     */
    private static boolean quotesSomeone(String text, String[] words) {
        boolean mark = false;
        for (int i = 0; i < text.length() && !mark; i++) {
            char c = text.charAt(i);
            mark = c == '"' || c == '\u201c' || c == '\u201d' || c == '\u201e' || c == '\u00ab' || c == '\u00bb';
        }
        if (!mark) {
            return false;
        }
        for (String w : words) {
            if (SpeechCues.contains(w)) {
                return true;
            }
        }
        return false;
    }

    /**
     * A caption printed twice around its image: a line repeated nearly verbatim a few lines on,
     * with a credit between the two. Lists of similar lines (recipes, tables) have no credit.
     */
    private static void markRepeats(List<Part> parts, Target[] targets, String[][] words, List<Integer> captionIdx) {
        int n = parts.size();
        for (int i = 0; i < n; i++) {
            if (words[i].length < MIN_CAPTION_WORDS || (targets[i] != null && targets[i] != Target.CAPTION_HINT)) {
                continue;
            }
            for (int j = i + 1; j < Math.min(n, i + REPEAT_WINDOW); j++) {
                if (targets[j] == null && words[j].length >= MIN_CAPTION_WORDS && j - i > 1
                        && creditBetween(targets, i, j) && jaccard(words[i], words[j]) >= SAME_CAPTION
                        && !io.github.newsparse.internal.structure.Dates.isStamp(parts.get(i).text())) {
                    // a date stamp printed twice beside a credit ("August 11, 2025 · 12 minute read") dates the page
                    for (int k : new int[] {i, j}) {
                        if (targets[k] == null) {
                            targets[k] = Target.CAPTION_HINT;
                            captionIdx.add(k);
                        }
                    }
                }
            }
        }
    }

    private static boolean creditBetween(Target[] targets, int i, int j) {
        for (int k = i + 1; k < j; k++) {
            if (isCredit(targets, k)) {
                return true;
            }
        }
        return false;
    }

    private static String creditNear(Target[] targets, String[] credit, int i) {
        for (int d = 1; d <= 4; d++) {
            if (i + d < targets.length && credit[i + d] != null) {
                return credit[i + d];
            }
            if (i - d >= 0 && credit[i - d] != null) {
                return credit[i - d];
            }
        }
        return null;
    }

    private static boolean free(Target[] targets, int i) {
        return targets[i] == null || targets[i].role() == BlockRole.CREDIT;
    }

    private static boolean isCredit(Target[] targets, int i) {
        return targets[i] != null && targets[i].role() == BlockRole.CREDIT;
    }

    private static boolean isSlash(String t) {
        return t.equals("/") || t.equals("|");
    }

    /** A short line of capitalised words: a person's or an organisation's name. */
    static boolean isNameLike(String text, String[] words) {
        if (words.length == 0 || words.length > MAX_CREDIT_WORDS || text.endsWith(".") && !text.endsWith("Inc.")) {
            return false;
        }
        int capitalised = 0;
        for (String w : text.split(" ")) {
            if (!w.isEmpty() && Character.isUpperCase(w.codePointAt(0))) {
                capitalised++;
            }
        }
        return capitalised * 2 >= words.length + 1;
    }

    private static boolean startsWithBullet(String t) {
        return !t.isEmpty() && "•▪■●◦‣∙".indexOf(t.charAt(0)) >= 0;
    }

    private static String stripBullet(String t) {
        if (startsWithBullet(t)) {
            return t.substring(1).strip();
        }
        int counter = galleryCounter(t);
        return counter > 0 ? t.substring(counter).strip() : t;
    }

    /**
     * The length of a slideshow counter opening the line ("1of4", "2 of 12"), or 0: galleries
     * print one before each caption. A counter spaced out on both sides ("1 of 4 people") is a
     * sentence, not a counter.
     */
    static int galleryCounter(String t) {
        int i = digits(t, 0);
        if (i == 0) {
            return 0;
        }
        int j = i < t.length() && t.charAt(i) == ' ' ? i + 1 : i;
        if (!t.startsWith("of", j)) {
            return 0;
        }
        j += 2;
        j = j < t.length() && t.charAt(j) == ' ' ? j + 1 : j;
        int k = digits(t, j);
        boolean glued = j == i + 2 || (k < t.length() && t.charAt(k) != ' ');
        // "1 of 4 people said…" is a sentence; scrapers glue the counter to the caption
        return k > j && k < t.length() && !Character.isDigit(t.charAt(k)) && glued ? k : 0;
    }

    private static int digits(String t, int from) {
        int i = from;
        while (i < t.length() && i - from < 3 && t.charAt(i) >= '0' && t.charAt(i) <= '9') {
            i++;
        }
        return i;
    }

    private static String key(String[] words) {
        return String.join(" ", words);
    }

    static double jaccard(String[] a, String[] b) {
        Set<String> sa = Set.of(dedupe(a));
        Set<String> sb = Set.of(dedupe(b));
        int inter = 0;
        for (String w : sa) {
            if (sb.contains(w)) {
                inter++;
            }
        }
        int union = sa.size() + sb.size() - inter;
        return union == 0 ? 0 : (double) inter / union;
    }

    private static String[] dedupe(String[] a) {
        return new java.util.LinkedHashSet<>(java.util.Arrays.asList(a)).toArray(new String[0]);
    }
}
