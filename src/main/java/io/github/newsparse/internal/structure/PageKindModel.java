package io.github.newsparse.internal.structure;

import io.github.newsparse.BlockRole;
import io.github.newsparse.BoilerplateCategory;
import io.github.newsparse.PageKind;
import io.github.newsparse.Paragraph;
import io.github.newsparse.internal.Page;
import io.github.newsparse.internal.Part;
import io.github.newsparse.internal.text.CharTable;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import io.github.newsparse.internal.text.Words;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * What the page holds, from the shape of the whole parsed page: how much of it is story prose
 * and in how many long paragraphs, whether it has a headline, byline and date, how many
 * title-shaped lines, date stamps and prices it prints, how often a short line repeats
 * ("Reply", "Read more", "Add to cart"), how much is code, questions or first-person talk. A
 * softmax model over these features: the weights in {@code page-kind-model.tsv} are trained by
 * {@code scripts/train_pages.py} on the tune half of the dev sets; this class only computes the
 * features and picks the best-scoring kind.
 */
public final class PageKindModel {

    /** The features of the page's text, in the order of {@link #features}. */
    private static final List<String> TEXT_FEATURES = List.of(
            "bias", "lines_log", "words_log", "body_words_log", "body_share", "paragraphs_log",
            "long_paragraphs_log", "max_paragraph_log", "has_headline", "has_authors", "has_date", "has_dateline",
            "quotes_log", "boilerplate_share", "comments_log", "related_nav_log", "prices_log", "price_share",
            "dates_log", "title_lines_log", "titles_per_paragraph", "repeat_max_log", "question_share",
            "first_person", "code_share", "digit_share", "short_share", "story_start");

    /**
     * The feature names, in the order of {@link #features}: the text's, then the address's
     * ({@link PageAddress}); the weights file names them too.
     */
    public static final List<String> FEATURES = java.util.stream.Stream.concat(TEXT_FEATURES.stream(),
            PageAddress.FEATURES.stream()).toList();

    private static final PageKind[] KINDS = PageKind.values();
    /** Feature rows of the weights file that name a word ("w:cart"): its count on the page is a feature. */
    private static final String WORD_PREFIX = "w:";
    /**
     * Feature rows that name a word of the page's address ("u:product"); the vocabulary keeps
     * them with this prefix, which no word of the text can hold.
     */
    public static final String ADDRESS_PREFIX = "u:";
    private static final Map<String, Integer> VOCABULARY = new HashMap<>();
    private static final double[][] WEIGHTS = load();
    private static final CharTable VOCABULARY_TABLE = new CharTable(VOCABULARY);
    /** Words are counted up to this length; longer tokens are never in the vocabulary. */
    private static final int MAX_WORD = 24;
    private static final int LONG_PARAGRAPH = 40;

    private PageKindModel() {
    }

    /** The kind of page that scores best. */
    public static PageKind classify(Page page, List<Paragraph> paragraphs, int quotes, Optional<String> url) {
        double[] base = features(page, paragraphs, quotes, url);
        double[] f = java.util.Arrays.copyOf(base, FEATURES.size() + VOCABULARY.size());
        if (!VOCABULARY.isEmpty()) {
            int[] counts = vocabularyCounts(page);
            url.ifPresent(u -> PageAddress.words(u, w -> {
                Integer k = VOCABULARY.get(ADDRESS_PREFIX + w);
                if (k != null) {
                    counts[k]++;
                }
            }));
            for (int k = base.length; k < f.length; k++) {
                if (counts[k] > 0) {
                    f[k] = Math.log1p(counts[k]);
                }
            }
        }
        PageKind best = PageKind.ARTICLE;
        double bestScore = Double.NEGATIVE_INFINITY;
        for (int c = 0; c < KINDS.length; c++) {
            double s = 0;
            for (int k = 0; k < f.length; k++) {
                s += f[k] * WEIGHTS[c][k];
            }
            if (s > bestScore) {
                bestScore = s;
                best = KINDS[c];
            }
        }
        return best;
    }

    /** The features of a parsed page and its address, in the order of {@link #FEATURES}. */
    public static double[] features(Page page, List<Paragraph> paragraphs, int quotes, Optional<String> url) {
        List<Part> parts = page.parts();
        int lines = parts.size();
        long words = 0;
        long chars = 0;
        long boilerplateChars = 0;
        long digits = 0;
        int comments = 0;
        int relatedNav = 0;
        int prices = 0;
        int priceLines = 0;
        int dates = 0;
        int titles = 0;
        int questions = 0;
        int code = 0;
        int shortLines = 0;
        int storyStart = -1;
        Map<String, Integer> shortCounts = new HashMap<>();
        int repeatMax = 0;
        for (int i = 0; i < lines; i++) {
            Part p = parts.get(i);
            String t = p.text();
            int w = p.wordCount();
            words += w;
            chars += t.length();
            if (p.role() == BlockRole.BOILERPLATE) {
                boilerplateChars += t.length();
                if (p.category() == BoilerplateCategory.COMMENTS) {
                    comments++;
                } else if (p.category() == BoilerplateCategory.RELATED || p.category() == BoilerplateCategory.NAVIGATION) {
                    relatedNav++;
                }
            }
            int linePrices = prices(t);
            prices += linePrices;
            priceLines += linePrices > 0 ? 1 : 0;
            if (w <= 24 && DateParser.find(t).isPresent()) {
                dates++;
            }
            if (w >= 3 && HeadlineFinder.isTitleLike(t)) {
                titles++;
            }
            if (!t.isEmpty() && t.charAt(t.length() - 1) == '?') {
                questions++;
            }
            if (isCode(t)) {
                code++;
            }
            if (w <= 3) {
                shortLines++;
                if (t.length() <= 40) {
                    repeatMax = Math.max(repeatMax, shortCounts.merge(t.toLowerCase(Locale.ROOT), 1, Integer::sum));
                }
            }
            if (storyStart < 0 && p.isBody() && w >= LONG_PARAGRAPH) {
                storyStart = i;
            }
            digits += digits(t);
        }
        long bodyWords = 0;
        int longParagraphs = 0;
        int maxParagraph = 0;
        int firstPerson = 0;
        for (Paragraph p : paragraphs) {
            String t = p.text();
            int w = Words.readingCount(t);
            bodyWords += w;
            maxParagraph = Math.max(maxParagraph, w);
            if (w >= LONG_PARAGRAPH) {
                longParagraphs++;
            }
            firstPerson += firstPerson(t);
        }
        double[] f = new double[FEATURES.size()];
        int k = 0;
        f[k++] = 1;
        f[k++] = Math.log1p(lines);
        f[k++] = Math.log1p(words);
        f[k++] = Math.log1p(bodyWords);
        f[k++] = words == 0 ? 0 : (double) bodyWords / words;
        f[k++] = Math.log1p(paragraphs.size());
        f[k++] = Math.log1p(longParagraphs);
        f[k++] = Math.log1p(maxParagraph);
        f[k++] = page.headline() != null ? 1 : 0;
        f[k++] = page.authors().isEmpty() ? 0 : 1;
        f[k++] = page.published() != null ? 1 : 0;
        f[k++] = page.dateline() != null ? 1 : 0;
        f[k++] = Math.log1p(quotes);
        f[k++] = chars == 0 ? 0 : (double) boilerplateChars / chars;
        f[k++] = Math.log1p(comments);
        f[k++] = Math.log1p(relatedNav);
        f[k++] = Math.log1p(prices);
        f[k++] = lines == 0 ? 0 : (double) priceLines / lines;
        f[k++] = Math.log1p(dates);
        f[k++] = Math.log1p(titles);
        f[k++] = Math.log1p((double) titles / (1 + longParagraphs));
        f[k++] = Math.log1p(repeatMax);
        f[k++] = lines == 0 ? 0 : (double) questions / lines;
        f[k++] = bodyWords == 0 ? 0 : Math.min(1, 10.0 * firstPerson / bodyWords);
        f[k++] = lines == 0 ? 0 : (double) code / lines;
        f[k++] = chars == 0 ? 0 : Math.min(1, 5.0 * digits / chars);
        f[k++] = lines == 0 ? 0 : (double) shortLines / lines;
        f[k++] = storyStart < 0 || lines == 0 ? 1 : (double) storyStart / lines;
        for (double a : PageAddress.features(url)) {
            f[k++] = a;
        }
        if (k != f.length) {
            throw new IllegalStateException(k + " features computed, " + f.length + " named");
        }
        return f;
    }

    /** Receives each distinct word of a page with its count. */
    public interface WordSink {
        void accept(String word, int count);
    }

    /**
     * The page's words, lower-cased letters only (three to {@value #MAX_WORD} of them), with their
     * counts: what the vocabulary features read.
     */
    public static void countWords(Page page, Optional<String> url, WordSink sink) {
        Map<String, Integer> counts = new HashMap<>();
        scanWords(page, (w, len) -> counts.merge(new String(w, 0, len), 1, Integer::sum));
        url.ifPresent(u -> PageAddress.words(u, w -> counts.merge(ADDRESS_PREFIX + w, 1, Integer::sum)));
        counts.forEach(sink::accept);
    }

    /** Receives one word of a page: its lower-cased letters in {@code w[0, len)}. */
    private interface WordScan {
        void word(char[] w, int len);
    }

    /**
     * The page's words as the vocabulary reads them: runs of letters, lower-cased, three to
     * {@value #MAX_WORD} long; the one tokenisation that training ({@link #countWords}) and
     * classification ({@link #vocabularyCounts}) share.
     */
    private static void scanWords(Page page, WordScan scan) {
        char[] w = new char[MAX_WORD + 1];
        for (Part p : page.parts()) {
            String t = p.text();
            int len = 0;
            for (int i = 0; i <= t.length(); i++) {
                char c = i < t.length() ? t.charAt(i) : ' ';
                if (isLetter(c)) {
                    if (len <= MAX_WORD) {
                        w[len++] = c < 0x80 ? (char) (c | 0x20) : Character.toLowerCase(c);
                    }
                } else if (len > 0) {
                    if (len >= 3 && len <= MAX_WORD) {
                        scan.word(w, len);
                    }
                    len = 0;
                }
            }
        }
    }

    /**
     * How often each vocabulary word occurs on the page, by feature index: the words of
     * {@link #countWords}, looked up as they are scanned, with no string made per word.
     */
    private static int[] vocabularyCounts(Page page) {
        int[] counts = new int[FEATURES.size() + VOCABULARY.size()];
        scanWords(page, (w, len) -> {
            int k = VOCABULARY_TABLE.get(w, len);
            if (k >= 0) {
                counts[k]++;
            }
        });
        return counts;
    }

    /** How many characters of {@code t} are digits. */
    private static int digits(String t) {
        int n = 0;
        for (int k = 0; k < t.length(); k++) {
            char c = t.charAt(k);
            if (c < 0x80 ? c >= '0' && c <= '9' : Character.isDigit(c)) {
                n++;
            }
        }
        return n;
    }

    /** Amounts of money: a currency sign next to a digit ("$19.99", "19,99 €", "£5"). */
    private static int prices(String t) {
        int n = 0;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c == '$' || c == '€' || c == '£' || c == '¥' || c == '₹') {
                boolean after = i + 1 < t.length() && Character.isDigit(t.charAt(i + 1));
                boolean before = i >= 2 && t.charAt(i - 1) == ' ' && Character.isDigit(t.charAt(i - 2))
                        || i >= 1 && Character.isDigit(t.charAt(i - 1));
                if (after || before) {
                    n++;
                }
            }
        }
        return n;
    }

    /** A line of program text: braces, a call with a semicolon, an arrow, a shell prompt. */
    private static boolean isCode(String t) {
        return t.startsWith("$ ") || t.startsWith("import ") || t.startsWith("def ") || t.endsWith("{")
                || t.equals("}") || t.endsWith(");") || t.contains("=>") || t.contains("();") || t.startsWith("//")
                || t.startsWith("#include") || t.startsWith("<") && t.endsWith(">");
    }

    /** How many words are "I", "my", "me" or "I'm": people talking in a thread. */
    private static int firstPerson(String t) {
        int n = 0;
        int i = 0;
        int len = t.length();
        while (i < len) {
            while (i < len && !isLetter(t.charAt(i))) {
                i++;
            }
            int s = i;
            while (i < len && (isLetter(t.charAt(i)) || t.charAt(i) == '\'' || t.charAt(i) == '’')) {
                i++;
            }
            int w = i - s;
            if (w == 1 && t.charAt(s) == 'I' || w == 2 && t.regionMatches(true, s, "my", 0, 2)
                    || w == 2 && t.regionMatches(true, s, "me", 0, 2) || w == 3 && t.regionMatches(s, "I'm", 0, 3)
                    || w == 3 && t.regionMatches(s, "I’m", 0, 3)) {
                n++;
            }
        }
        return n;
    }

    /** {@link Character#isLetter(char)}, without the Unicode tables for ASCII. */
    private static boolean isLetter(char c) {
        return c < 0x80 ? (c | 0x20) >= 'a' && (c | 0x20) <= 'z' : Character.isLetter(c);
    }

    /** The vocabulary key of a weights row: a text word without its prefix, an address word with it; else null. */
    private static String vocabularyKey(String row) {
        if (row.startsWith(WORD_PREFIX)) {
            return row.substring(WORD_PREFIX.length());
        }
        return row.startsWith(ADDRESS_PREFIX) ? row : null;
    }

    /**
     * Rows "feature, then one weight per kind in the order of {@link PageKind}"; a row "w:word"
     * adds the word to the vocabulary.
     */
    private static double[][] load() {
        List<String[]> rows = new java.util.ArrayList<>();
        InputStream in = PageKindModel.class.getResourceAsStream("page-kind-model.tsv");
        if (in != null) {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                String line;
                while ((line = r.readLine()) != null) {
                    if (!line.isBlank() && !line.startsWith("#")) {
                        rows.add(line.split("\t"));
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        for (String[] cols : rows) {
            String word = vocabularyKey(cols[0]);
            if (word != null) {
                VOCABULARY.putIfAbsent(word, FEATURES.size() + VOCABULARY.size());
            }
        }
        double[][] w = new double[KINDS.length][FEATURES.size() + VOCABULARY.size()];
        for (String[] cols : rows) {
            String word = vocabularyKey(cols[0]);
            int k = word != null ? VOCABULARY.get(word) : FEATURES.indexOf(cols[0]);
            if (k < 0 || cols.length != KINDS.length + 1) {
                throw new IllegalStateException("page-kind-model.tsv: bad row " + cols[0]);
            }
            for (int c = 0; c < KINDS.length; c++) {
                w[c][k] = Double.parseDouble(cols[c + 1]);
            }
        }
        return w;
    }
}
