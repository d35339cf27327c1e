package io.github.newsparse.internal.structure;

import io.github.newsparse.BlockRole;
import io.github.newsparse.BoilerplateCategory;
import io.github.newsparse.internal.Part;
import io.github.newsparse.internal.html.PageMetadata;
import io.github.newsparse.internal.text.TitleKey;
import io.github.newsparse.internal.text.TitleLine;
import io.github.newsparse.internal.text.WordCounts;
import io.github.newsparse.internal.text.Words;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Picks the headline among the lines of a page by weighing what a reader sees around each
 * line: where it sits relative to the story's first paragraph, whether a byline, date stamp or
 * deck follows it, whether the page repeats it (title, breadcrumb, heading), its shape (words,
 * capitals, closing punctuation) and how the classifier labelled it. A logistic model: the
 * weights in {@code headline-model.tsv} (scraped text) and {@code headline-model-html.tsv} (the
 * visible text of HTML, which opens with the page title) are trained by
 * {@code scripts/train_headline.py} from the tune half of the dev sets; this class only computes
 * features and the weighted sum.
 */
public final class HeadlineModel {

    /** The feature names, in the order of {@link #features}; the weights file names them too. */
    public static final List<String> FEATURES = List.of(
            "bias", "before_story_log", "after_story", "within1", "within3", "within8", "rel_pos",
            "words_log", "words_lt3", "words_4_20", "words_gt20", "title_case", "all_caps",
            "ends_qe", "has_colon", "separator", "repeats", "repeats_title", "first_line",
            "credits_after", "credits_before", "long_after", "short_before", "nav_before", "role_body",
            "role_other", "role_named", "role_meta", "digits",
            "quoted", "chars_gt120", "url_like", "rule_pick",
            "lede_overlap", "title_overlap", "dup_near", "words_1", "next_longer", "prev_shorter_title",
            "h1", "stated_title", "credit_shape_after", "credit_shape_next", "prose_gap", "prose_next", "topic",
            "slug_recall", "slug_precision");

    /** Weights for scraped text, and for the visible text of HTML, whose first line is the page title. */
    private static final Weights TEXT_WEIGHTS = load("headline-model.tsv");
    private static final Weights HTML_WEIGHTS = load("headline-model-html.tsv");
    /** The same, trained on pages parsed with their address: used when the address has a slug. */
    private static final Weights TEXT_URL_WEIGHTS = load("headline-model-text-url.tsv");
    /**
     * Boilerplate that is never a headline, whatever its shape: a menu or a related-stories list
     * may repeat the story's title, these never do (navigation is the lexicon's whole-line labels,
     * "Back to posts", "In this section", not a menu the classifier found).
     */
    private static final Set<BoilerplateCategory> NEVER_HEADLINE = java.util.EnumSet.of(BoilerplateCategory.PLAYER,
            BoilerplateCategory.STATION_LIST, BoilerplateCategory.SHARE, BoilerplateCategory.NEWSLETTER,
            BoilerplateCategory.DONATION, BoilerplateCategory.ADVERTISEMENT, BoilerplateCategory.CONSENT,
            BoilerplateCategory.COMMENTS, BoilerplateCategory.TAGS, BoilerplateCategory.LEGAL,
            BoilerplateCategory.NAVIGATION);
    /** How long a story takes to read, never its headline: "6 min read", "Reading time: 2 minutes". */
    static boolean isReadingTime(String folded) {
        return folded.startsWith("reading time") || folded.endsWith(" min read") || folded.endsWith(" minute read")
                || folded.endsWith(" minutes read") || folded.endsWith(" mins read");
    }

    /** A page keeps no headline when no line scores above this (the model's logit). */
    private static final double MIN_SCORE = -4.0;
    /** Lines this far past the story's start are never the headline. */
    private static final int AFTER_STORY = 3;
    private static final int MAX_WORDS = 40;
    private static final int MAX_CHARS = 300;
    /** How much of the story's start the headline's words are compared with. */
    private static final int LEDE_CHARS = 1500;
    /** Words shorter than this carry little content ("the", "of", "and"). */
    private static final int CONTENT_WORD = 4;
    /** A line of prose has at least this many words. */
    private static final int PROSE_WORDS = 20;
    /** The longest line, in words, read as a credit line. */
    private static final int CREDIT_WORDS = 16;
    /** Lines after a candidate searched for a credit line. */
    private static final int CREDIT_REACH = 4;
    /** Gaps to the next prose line are counted up to this. */
    private static final int MAX_PROSE_GAP = 30;
    /** How much of the page's prose, from the top, the topic feature reads (a bound on its cost). */
    private static final int PROSE_SAMPLE_CHARS = 40_000;
    /** A content word seen this often in the prose counts fully towards the topic feature. */
    private static final int TOPIC_SATURATION = 10;

    private HeadlineModel() {
    }

    /** What every line's features need from the whole page, computed once. */
    public static final class PageView {
        final List<Part> parts;
        final int story;
        final String[] folded;
        final int[] words;
        final Map<String, Integer> counts = new HashMap<>();
        final Set<String> titleHeads;
        /** Content words of the page's first line and of the story's first paragraphs. */
        final Set<String> titleWords;
        final Set<String> ledeWords;
        /** Per line: 0 not yet read, 1 shaped like a credit line (byline, date stamp), 2 not. */
        private final byte[] creditShape;
        /** Per line: the index of the next line of prose (at least {@link #PROSE_WORDS} words), or the page's size. */
        final int[] nextProse;
        /** How often each content word occurs in the page's prose lines. */
        final WordCounts proseCounts = new WordCounts();
        /** The line the shape rules of {@link HeadlineFinder} pick, or -1: one feature among others. */
        final int rulePick;

        /** Keys ({@link TitleKey}) of the HTML page's first {@code <h1>} and of the titles its markup states. */
        final String h1;
        final Set<String> statedTitles;
        /** The key of the page's first line, its title when the text is an HTML page's. */
        private final String titleKey;
        /** The words of the page address's slug ({@link UrlSlug}); empty without an address. */
        final Set<String> slug;

        public PageView(List<Part> parts, int story, int firstParagraph, PageMetadata metadata, Set<String> slug) {
            this.parts = parts;
            this.slug = slug;
            this.h1 = metadata.first(PageMetadata.Field.TITLE, PageMetadata.Source.H1).map(TitleKey::of).orElse("");
            this.statedTitles = statedTitles(metadata);
            this.story = story;
            this.rulePick = HeadlineFinder.find(parts, firstParagraph);
            int n = parts.size();
            folded = new String[n];
            words = new int[n];
            for (int i = 0; i < n; i++) {
                String t = parts.get(i).text();
                folded[i] = t.length() <= MAX_CHARS ? t.toLowerCase(Locale.ROOT) : "";
                words[i] = parts.get(i).wordCount();
                if (!folded[i].isEmpty()) {
                    counts.merge(folded[i], 1, Integer::sum);
                }
            }
            titleHeads = n == 0 ? Set.of() : TitleLine.heads(parts.get(0).text());
            titleKey = n == 0 ? "" : TitleKey.of(parts.get(0).text());
            titleWords = n == 0 ? Set.of() : contentWords(folded[0], Integer.MAX_VALUE);
            StringBuilder lede = new StringBuilder();
            for (int i = story; i < n && lede.length() < LEDE_CHARS; i++) {
                if (parts.get(i).isBody()) {
                    lede.append(parts.get(i).text().toLowerCase(Locale.ROOT)).append(' ');
                }
            }
            ledeWords = contentWords(lede.toString(), Integer.MAX_VALUE);
            creditShape = new byte[n];
            nextProse = new int[n + 1];
            nextProse[n] = n;
            for (int i = n - 1; i >= 0; i--) {
                nextProse[i] = words[i] >= PROSE_WORDS ? i : nextProse[i + 1];
            }
            int budget = PROSE_SAMPLE_CHARS;
            for (int i = 0; i < n && budget > 0; i++) {
                if (words[i] >= PROSE_WORDS) {
                    String t = parts.get(i).text();
                    String sample = t.length() <= budget ? t : t.substring(0, budget);
                    budget -= sample.length();
                    countWords(sample.toLowerCase(Locale.ROOT), proseCounts);
                }
            }
        }

        /**
         * Whether line {@code i} is shaped like a credit line, whatever the classifier made of it:
         * a byline ("By Jane Roe", "by Jane Roe ● December 23, 2025"), a date stamp, or a short
         * line with a date after a few words. Read on demand: only lines near candidates need it.
         */
        boolean isCreditShaped(int i) {
            if (i < 0 || i >= creditShape.length) {
                return false;
            }
            if (creditShape[i] == 0) {
                String t = parts.get(i).text();
                int w = words[i];
                boolean yes = w <= CREDIT_WORDS && (BylineFinder.isByline(t, w)
                        || MetadataFinder.find(t, w).map(MetadataFinder.Stamp::wholeLine).orElse(false)
                        || StructureFinder.creditWithDate(t, w).isPresent());
                creditShape[i] = (byte) (yes ? 1 : 2);
            }
            return creditShape[i] == 1;
        }

        /**
         * Lines that may hold the headline: shaped like a title (no closing period, not a quote
         * with its attribution), up to a little past the story's start.
         */
        public boolean isCandidate(int i) {
            Part p = parts.get(i);
            return (i < story || story > 0 && i <= story + AFTER_STORY) && words[i] >= 1 && words[i] <= MAX_WORDS && !folded[i].isEmpty()
                    && p.role() != BlockRole.DATELINE && p.role() != BlockRole.BYLINE
                    && p.role() != BlockRole.METADATA && !NEVER_HEADLINE.contains(p.category())
                    && !isReadingTime(folded[i]) && !HeadlineFinder.isBackLink(p.text())
                    && !(words[i] <= StructureFinder.CREDIT_SHAPE_WORDS && StructureFinder.isFoldedCreditShaped(folded[i].strip()))
                    && (HeadlineFinder.isTitleLike(p.text()) || isShortConfirmedTitle(i));
        }

        /**
         * A title too short for the shape rules ("Wine Regions") that the markup confirms twice:
         * it is the page's {@code <h1>} and a title the page states (or its {@code <title>}), or,
         * on a page with no {@code <h1>}, both its {@code <title>} and a stated title.
         */
        private boolean isShortConfirmedTitle(int i) {
            if (words[i] > 2) {
                return false;
            }
            String key = TitleKey.of(parts.get(i).text());
            boolean pageTitle = i > 0 && titleKey.equals(key);
            if (h1.isEmpty()) {
                return pageTitle && statedTitles.contains(key);
            }
            return key.equals(h1) && (statedTitles.contains(key) || titleHeads.contains(folded[i]) || pageTitle);
        }

        public int size() {
            return parts.size();
        }

        /** The share of the slug's words that line {@code i} holds; 0 without a slug. */
        double slugRecall(int i) {
            if (slug.isEmpty()) {
                return 0;
            }
            int shared = 0;
            for (String x : UrlSlug.fold(parts.get(i).text())) {
                shared += slug.contains(x) ? 1 : 0;
            }
            return (double) shared / slug.size();
        }
    }

    /**
     * The share of the line's words that the slug holds, short words ("of", "the", often left out
     * of a slug) counted only when the slug has them.
     */
    private static double slugPrecision(PageView v, String t) {
        int shared = 0;
        int counted = 0;
        for (String x : UrlSlug.fold(t)) {
            boolean in = v.slug.contains(x);
            shared += in ? 1 : 0;
            counted += x.length() > 3 || in ? 1 : 0;
        }
        return counted == 0 ? 0 : (double) shared / counted;
    }

    /** The keys of the stated titles, whole and each head before a site separator. */
    private static Set<String> statedTitles(PageMetadata metadata) {
        Set<String> whole = StatedMetadata.titleKeys(metadata);
        Set<String> keys = new java.util.HashSet<>(whole);
        for (PageMetadata.Candidate c : metadata.candidates()) {
            if (c.field() == PageMetadata.Field.TITLE && whole.contains(TitleKey.of(c.value()))) {
                for (String head : TitleLine.heads(c.value())) {
                    keys.add(TitleKey.of(head));
                }
            }
        }
        keys.remove("");
        return keys;
    }

    /** The index of the best-scoring headline line, or -1. */
    static int best(PageView v, boolean html) {
        // HTML pages state their title in their markup: the address's words added nothing on the check half there
        Weights weights = html ? HTML_WEIGHTS : v.slug.isEmpty() ? TEXT_WEIGHTS : TEXT_URL_WEIGHTS;
        int best = -1;
        double bestScore = MIN_SCORE;
        for (int i = 0; i < v.size() && i <= v.story + AFTER_STORY; i++) {
            if (!v.isCandidate(i)) {
                continue;
            }
            double s = score(features(v, i), weights);
            if (s > bestScore) {
                bestScore = s;
                best = i;
            }
        }
        return best;
    }

    /**
     * A model's weights: one per feature, and one per pair of features whose product the model
     * weighs too (a line right above a byline counts for more when the story's words are in it).
     */
    record Weights(double[] linear, int[] pairA, int[] pairB, double[] pairWeight) {
    }

    static double score(double[] f, Weights w) {
        double s = 0;
        for (int k = 0; k < f.length && k < w.linear().length; k++) {
            s += f[k] * w.linear()[k];
        }
        for (int k = 0; k < w.pairWeight().length; k++) {
            s += f[w.pairA()[k]] * f[w.pairB()[k]] * w.pairWeight()[k];
        }
        return s;
    }

    /**
     * The features of candidate line {@code i}, in the order of {@link #FEATURES}. Candidates are
     * title-shaped ({@link HeadlineFinder#isTitleLike}), so what that shape rules out (a closing
     * period or colon, a date, a "By" or lower-case start) needs no feature of its own.
     */
    public static double[] features(PageView v, int i) {
        List<Part> parts = v.parts;
        Part p = parts.get(i);
        String t = p.text();
        int w = v.words[i];
        double[] f = new double[FEATURES.size()];
        int k = 0;
        int before = v.story - i;
        f[k++] = 1;
        f[k++] = before > 0 ? Math.log1p(before) : 0;
        f[k++] = before <= 0 ? 1 : 0;
        f[k++] = before == 1 ? 1 : 0;
        f[k++] = before >= 1 && before <= 3 ? 1 : 0;
        f[k++] = before >= 1 && before <= 8 ? 1 : 0;
        f[k++] = parts.size() <= 1 ? 0 : (double) i / (parts.size() - 1);
        f[k++] = Math.log1p(w);
        f[k++] = w < 3 ? 1 : 0;
        f[k++] = w >= 4 && w <= 20 ? 1 : 0;
        f[k++] = w > 20 ? 1 : 0;
        f[k++] = titleCase(t);
        f[k++] = isAllCaps(t) ? 1 : 0;
        char last = t.charAt(t.length() - 1);
        f[k++] = last == '?' || last == '!' ? 1 : 0;
        f[k++] = t.indexOf(": ") > 0 ? 1 : 0;
        f[k++] = t.contains(" | ") || t.contains(" - ") || t.contains(" – ") || t.contains(" — ") ? 1 : 0;
        int repeats = v.counts.getOrDefault(v.folded[i], 1) - 1;
        f[k++] = Math.log1p(Math.min(repeats, 10));
        f[k++] = i > 0 && v.titleHeads.contains(v.folded[i]) ? 1 : 0;
        f[k++] = i == 0 ? 1 : 0;
        f[k++] = hasCredits(parts, i + 1, i + 6) ? 1 : 0;
        f[k++] = hasCredits(parts, i - 3, i - 1) ? 1 : 0;
        f[k++] = i + 1 < parts.size() && v.words[i + 1] >= 15 ? 1 : 0;
        f[k++] = i > 0 && v.words[i - 1] <= 3 ? 1 : 0;
        f[k++] = shortRun(v, i) / 5.0;
        BlockRole r = p.role();
        BoilerplateCategory c = p.category();
        f[k++] = r == BlockRole.BODY || r == BlockRole.HEADLINE ? 1 : 0;
        f[k++] = r == BlockRole.BOILERPLATE && c == BoilerplateCategory.OTHER ? 1 : 0;
        f[k++] = r == BlockRole.BOILERPLATE && c != BoilerplateCategory.OTHER ? 1 : 0;
        f[k++] = r == BlockRole.CAPTION || r == BlockRole.CREDIT || r == BlockRole.NOTE || r == BlockRole.COPYRIGHT ? 1 : 0;
        f[k++] = digitShare(t);
        f[k++] = (t.startsWith("“") || t.startsWith("\"")) && (t.endsWith("”") || t.endsWith("\"")) ? 1 : 0;
        f[k++] = t.length() > 120 ? 1 : 0;
        f[k++] = t.contains("http") || t.contains("www.") || t.contains("@") ? 1 : 0;
        f[k++] = i == v.rulePick ? 1 : 0;
        f[k++] = overlap(v.folded[i], v.ledeWords);
        f[k++] = i > 0 ? overlap(v.folded[i], v.titleWords) : 0;
        f[k++] = dupNear(v, i) ? 1 : 0;
        f[k++] = w == 1 ? 1 : 0;
        f[k++] = i + 1 < parts.size() && v.words[i + 1] > w && v.words[i + 1] <= MAX_WORDS ? 1 : 0;
        f[k++] = i > 0 && v.words[i - 1] < w && v.words[i - 1] >= 3 && HeadlineFinder.isTitleLike(parts.get(i - 1).text())
                ? 1 : 0;
        String key = v.h1.isEmpty() && v.statedTitles.isEmpty() ? "" : TitleKey.of(t);
        f[k++] = !key.isEmpty() && key.equals(v.h1) ? 1 : 0;
        f[k++] = !key.isEmpty() && v.statedTitles.contains(key) ? 1 : 0;
        boolean creditAfter = false;
        for (int j = i + 1; j <= i + CREDIT_REACH && !creditAfter; j++) {
            creditAfter = v.isCreditShaped(j);
        }
        f[k++] = creditAfter ? 1 : 0;
        f[k++] = v.isCreditShaped(i + 1) || v.isCreditShaped(i + 2) ? 1 : 0;
        int gap = Math.min(v.nextProse[i + 1] - i, MAX_PROSE_GAP);
        f[k++] = Math.log1p(gap) / Math.log1p(MAX_PROSE_GAP);
        f[k++] = gap <= 2 ? 1 : 0;
        f[k++] = topic(v, i);
        if (v.slug.isEmpty()) {
            k += 2;
        } else {
            f[k++] = v.slugRecall(i);
            f[k++] = slugPrecision(v, t);
        }
        if (k != f.length) {
            throw new IllegalStateException(k + " features computed, " + f.length + " named");
        }
        return f;
    }

    /** A byline or date stamp among parts {@code [from, to]}. */
    private static boolean hasCredits(List<Part> parts, int from, int to) {
        for (int j = Math.max(0, from); j <= to && j < parts.size(); j++) {
            BlockRole r = parts.get(j).role();
            if (r == BlockRole.BYLINE || r == BlockRole.METADATA) {
                return true;
            }
        }
        return false;
    }

    /** The words of at least {@link #CONTENT_WORD} letters or digits in {@code lower}, at most {@code max}. */
    static Set<String> contentWords(String lower, int max) {
        Set<String> out = new java.util.HashSet<>();
        eachContentWord(lower, w -> {
            out.add(w);
            return out.size() < max;
        });
        return out;
    }

    /** Adds each content word of {@code lower} to {@code counts}. */
    private static void countWords(String lower, WordCounts counts) {
        eachContentWordRange(lower, (from, to) -> {
            counts.add(lower, from, to);
            return true;
        });
    }

    /** Hands each content word of {@code lower} to {@code sink}, in order, until it returns false. */
    private static void eachContentWord(String lower, java.util.function.Predicate<String> sink) {
        eachContentWordRange(lower, (from, to) -> sink.test(lower.substring(from, to)));
    }

    /** Receives a content word as its range of the text; false stops the scan. */
    private interface RangeSink {
        boolean accept(int from, int to);
    }

    /** Hands each content word of {@code lower} to {@code sink} as a range, until it returns false. */
    private static void eachContentWordRange(String lower, RangeSink sink) {
        int i = 0;
        int n = lower.length();
        boolean more = true;
        while (i < n && more) {
            while (i < n && !Character.isLetterOrDigit(lower.charAt(i))) {
                i++;
            }
            int s = i;
            while (i < n && Character.isLetterOrDigit(lower.charAt(i))) {
                i++;
            }
            if (Words.hasUnspaced(lower, s, i)) {
                // Chinese or Japanese, written without spaces: each pair of its characters is a word
                for (int j = s; j + 1 < i && more; j++) {
                    if (Words.isUnspaced(lower.charAt(j)) && Words.isUnspaced(lower.charAt(j + 1))) {
                        more = sink.accept(j, j + 2);
                    }
                }
            } else if (i - s >= CONTENT_WORD) {
                more = sink.accept(s, i);
            }
        }
    }

    /**
     * How much the page's prose is about the line's words: the mean, over the line's content
     * words, of how often the prose uses each (log-scaled, saturating). A headline names the
     * story's subject; a menu item or a product name rarely recurs through the prose.
     */
    private static double topic(PageView v, int i) {
        Set<String> own = contentWords(v.folded[i], 40);
        if (own.isEmpty()) {
            return 0;
        }
        double sum = 0;
        for (String x : own) {
            sum += Math.min(1.0, Math.log1p(v.proseCounts.count(x)) / Math.log1p(TOPIC_SATURATION));
        }
        return sum / own.size();
    }

    /** The share of the line's content words found in {@code words}. */
    private static double overlap(String lower, Set<String> words) {
        if (words.isEmpty()) {
            return 0;
        }
        Set<String> own = contentWords(lower, 40);
        if (own.isEmpty()) {
            return 0;
        }
        int hit = 0;
        for (String x : own) {
            if (words.contains(x)) {
                hit++;
            }
        }
        return (double) hit / own.size();
    }

    /** The same line again within three lines (a title printed as heading and as link). */
    private static boolean dupNear(PageView v, int i) {
        for (int j = Math.max(0, i - 3); j <= i + 3 && j < v.size(); j++) {
            if (j != i && v.folded[j].equals(v.folded[i])) {
                return true;
            }
        }
        return false;
    }

    /** How many of the five lines before {@code i} are menu-short (three words or fewer). */
    private static int shortRun(PageView v, int i) {
        int n = 0;
        for (int j = Math.max(0, i - 5); j < i; j++) {
            if (v.words[j] <= 3) {
                n++;
            }
        }
        return n;
    }

    private static double titleCase(String t) {
        int words = 0;
        int caps = 0;
        boolean start = true;
        for (int i = 0; i < t.length(); i++) {
            char ch = t.charAt(i);
            if (ch == ' ') {
                start = true;
            } else if (start) {
                start = false;
                if (Character.isLetter(ch)) {
                    words++;
                    if (Character.isUpperCase(ch)) {
                        caps++;
                    }
                }
            }
        }
        return words == 0 ? 0 : (double) caps / words;
    }

    private static boolean isAllCaps(String t) {
        int upper = 0;
        for (int i = 0; i < t.length(); i++) {
            char ch = t.charAt(i);
            if (Character.isLowerCase(ch)) {
                return false;
            }
            if (Character.isUpperCase(ch)) {
                upper++;
            }
        }
        return upper >= 4;
    }

    private static double digitShare(String t) {
        int d = 0;
        for (int i = 0; i < t.length(); i++) {
            if (Character.isDigit(t.charAt(i))) {
                d++;
            }
        }
        return (double) d / t.length();
    }

    /** Reads a weights file: {@code name<TAB>weight} per feature, {@code a*b<TAB>weight} per pair. */
    private static Weights load(String resource) {
        double[] w = new double[FEATURES.size()];
        List<int[]> pairs = new java.util.ArrayList<>();
        List<Double> pairWeights = new java.util.ArrayList<>();
        InputStream in = HeadlineModel.class.getResourceAsStream(resource);
        if (in == null) {
            return new Weights(w, new int[0], new int[0], new double[0]);
        }
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] kv = line.split("\t");
                int star = kv[0].indexOf('*');
                if (star > 0) {
                    pairs.add(new int[] {feature(resource, kv[0].substring(0, star)), feature(resource, kv[0].substring(star + 1))});
                    pairWeights.add(Double.parseDouble(kv[1]));
                } else {
                    w[feature(resource, kv[0])] = Double.parseDouble(kv[1]);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        int n = pairs.size();
        int[] a = new int[n];
        int[] b = new int[n];
        double[] pw = new double[n];
        for (int k = 0; k < n; k++) {
            a[k] = pairs.get(k)[0];
            b[k] = pairs.get(k)[1];
            pw[k] = pairWeights.get(k);
        }
        return new Weights(w, a, b, pw);
    }

    private static int feature(String resource, String name) {
        int k = FEATURES.indexOf(name);
        if (k < 0) {
            throw new IllegalStateException(resource + ": unknown feature " + name);
        }
        return k;
    }
}
