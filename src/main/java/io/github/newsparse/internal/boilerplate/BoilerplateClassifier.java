package io.github.newsparse.internal.boilerplate;

import io.github.newsparse.BlockRole;
import io.github.newsparse.BoilerplateCategory;
import io.github.newsparse.BoilerplateRules;
import io.github.newsparse.Copyright;
import io.github.newsparse.internal.Page;
import io.github.newsparse.internal.Part;
import io.github.newsparse.internal.html.DomEvidence;
import io.github.newsparse.internal.structure.DatelineFinder;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Labels every part of a page as story or not: first the named rules (the user's patterns,
 * copyright, station lists, the lexicon, captions and credits), then the general classifier for
 * what no rule names. Copyright, notes and captions are collected on the page.
 */
public final class BoilerplateClassifier {

    /** Lines longer than this (in words) are never matched against the lexicon. */
    private static final int MAX_RULE_WORDS = 120;
    /** Words a paragraph that opens with a dateline has at least, to anchor the story. */
    private static final int MIN_DATELINE_PARAGRAPH_WORDS = 10;
    /** Up to this many blocks without any furniture, a text is taken as an article as it is. */
    private static final int SHORT_TEXT_UNITS = 40;

    private BoilerplateClassifier() {
    }

    public static void classify(Page page, BoilerplateRules rules) {
        List<Part> parts = page.parts();
        int n = parts.size();
        if (n == 0 || (rules.categories().isEmpty() && !rules.generalClassifier())) {
            return;
        }
        Lexicon lexicon = Lexicon.standard();
        String[] texts = new String[n];
        String[][] words = new String[n][];
        Target[] targets = new Target[n];
        BoilerplateCategory[] closing = new BoilerplateCategory[n];
        boolean[] named = new boolean[n];
        for (int i = 0; i < n; i++) {
            texts[i] = parts.get(i).text();
            String folded = Folding.fold(texts[i]);
            words[i] = Folding.words(folded, lexicon.vocabulary());
            targets[i] = named(texts[i], folded, words[i], rules, lexicon);
            closing[i] = targets[i] == null ? null : lexicon.closingHeading(folded);
            named[i] = targets[i] != null;
        }
        DomEvidence.Line[] dom = MarkupHint.lines(page);
        page.captions().addAll(CaptionRule.apply(parts, targets, words, lexicon, MarkupHint.captions(dom)));
        boolean[] fixed = new boolean[n];
        for (int i = 0; i < n; i++) {
            fixed[i] = targets[i] != null;
        }
        MarkupHint[] hints = MarkupHint.of(dom);
        boolean[] story;
        if (rules.generalClassifier() && !isArticleText(parts, texts)
                && (hasPageFurniture(targets) || MarkupHint.showsChrome(hints))) {
            boolean[] anchors = new boolean[n];
            boolean datelineSeen = false;
            for (int i = 0; i < n; i++) {
                // only the first dateline opens the story; later ones open teasers of other stories
                // and only a paragraph that goes on after it: "DIY - Do it yourself" is a menu's line
                anchors[i] = !fixed[i] && !datelineSeen && words[i].length >= MIN_DATELINE_PARAGRAPH_WORDS
                        && DatelineFinder.find(texts[i]).isPresent();
                datelineSeen |= anchors[i];
                if (!fixed[i] && !anchors[i] && rules.isEnabled(BoilerplateCategory.RELATED)
                        && TeaserRule.matches(texts[i])) {
                    targets[i] = new Target(BlockRole.BOILERPLATE, BoilerplateCategory.RELATED, false);
                    fixed[i] = true;
                }
            }
            Repeats.markFurniture(texts, words, targets, fixed, MarkupHint.marked(hints, new boolean[n], MarkupHint.STORY));
            // the story's first paragraph after its repeated title is never in page chrome
            boolean[] notStory = MarkupHint.marked(hints, fixed, MarkupHint.CHROME, MarkupHint.LINKS);
            int titleAnchor = TitleAnchor.storyStart(texts, notStory, words);
            if (titleAnchor >= 0 && hints[titleAnchor] != MarkupHint.STORY && storyBefore(hints, texts, titleAnchor)) {
                // the title printed again below the story's container (a teaser of the same story, a
                // print box): the markup shows where the story is, and it is above
                titleAnchor = -1;
            }
            boolean[] candidates = negate(fixed);
            if (titleAnchor >= 0) {
                anchors[titleAnchor] = true;
                // The story starts after its own headline: what comes before is page furniture.
                java.util.Arrays.fill(candidates, 0, titleAnchor, false);
            } else {
                // a headline under its breadcrumb: the story comes after it
                java.util.Arrays.fill(candidates, 0, Math.max(0, TitleAnchor.afterCrumbedTitle(texts, words)), false);
            }
            story = GeneralClassifier.classify(texts, words, negate(candidates), anchors, closing, named,
                    lexicon.stopwords(), hints);
            if (rules.isEnabled(BoilerplateCategory.COMMENTS)) {
                story = outsideThreads(texts, words, fixed, candidates, story, anchors, closing, named, lexicon, hints);
            }
            Repeats.dropRepeatedStory(texts, story);
            Repeats.markCards(texts, words, targets, fixed, story);
            if (rules.isEnabled(BoilerplateCategory.COMMENTS)) {
                CommentThread.mark(texts, words, targets, fixed, story);
            }
        } else {
            story = negate(fixed);
        }
        if (rules.isEnabled(BoilerplateCategory.RELATED)) {
            CutSummaries.mark(texts, targets, fixed, story);
        }
        if (!any(story)) {
            // Nothing reads as prose (a table, a list, a very short text): keep what no rule names
            // rather than return an empty article.
            story = negate(fixed);
        }
        for (int i = 0; i < n; i++) {
            Part p = parts.get(i);
            Target t = targets[i];
            if (t != null) {
                p.label(t.role(), t.category());
            } else if (!story[i]) {
                p.label(BlockRole.BOILERPLATE, headingCategory(targets, i));
            }
            if (p.role() == BlockRole.COPYRIGHT && page.copyright() == null) {
                Copyright c = CopyrightRule.parse(texts[i], p.span());
                if (c.holder().isPresent() || c.year().isPresent()) {
                    page.copyright(c);
                }
            }
        }
    }

    /** Prose the markup puts in the story's container before line {@code end}, in characters, at least this much. */
    private static final int MIN_MARKED_STORY = 500;

    /** Whether the markup puts {@value #MIN_MARKED_STORY} characters or more of prose in the story's container before {@code end}. */
    private static boolean storyBefore(MarkupHint[] hints, String[] texts, int end) {
        int chars = 0;
        for (int i = 0; i < end && chars < MIN_MARKED_STORY; i++) {
            if (hints[i] == MarkupHint.STORY && GeneralClassifier.endsSentence(texts[i])) {
                chars += texts[i].length();
            }
        }
        return chars >= MIN_MARKED_STORY;
    }

    /**
     * The story again without the page's comment threads when the densest run started inside one,
     * after two of its comments' headers (a short post above a long thread of comments): the post
     * is the story, not the comments. After one header it may be the post's own date line.
     */
    private static boolean[] outsideThreads(String[] texts, String[][] words, boolean[] fixed, boolean[] candidates,
                                            boolean[] story, boolean[] anchors, BoilerplateCategory[] closing,
                                            boolean[] named, Lexicon lexicon, MarkupHint[] hints) {
        int first = 0;
        while (first < story.length && !story[first]) {
            first++;
        }
        if (first == story.length) {
            return story;
        }
        boolean[] thread = CommentThread.find(texts, words, fixed, 0, true);
        int headersBefore = 0;
        for (int k = first - 1; k >= 0 && thread[k]; k--) {
            headersBefore += CommentThread.isHeader(texts[k], words[k]) ? 1 : 0;
        }
        if (!thread[first] || headersBefore < 2) {
            return story;
        }
        boolean[] notCandidates = negate(candidates);
        for (int i = 0; i < texts.length; i++) {
            notCandidates[i] |= thread[i];
        }
        return GeneralClassifier.classify(texts, words, notCandidates, anchors, closing, named, lexicon.stopwords(),
                hints);
    }

    /** The target of the first named rule that fits the line, or null. */
    private static Target named(String text, String folded, String[] words, BoilerplateRules rules, Lexicon lexicon) {
        for (var e : rules.patterns().entrySet()) {
            for (Pattern p : e.getValue()) {
                if (p.matcher(text).find()) {
                    return new Target(BlockRole.BOILERPLATE, e.getKey(), false);
                }
            }
        }
        if (words.length > MAX_RULE_WORDS) {
            return null;
        }
        if (rules.isEnabled(BoilerplateCategory.LEGAL) && CopyrightRule.matches(text, words.length)) {
            return new Target(BlockRole.COPYRIGHT, null, false);
        }
        if (rules.isEnabled(BoilerplateCategory.STATION_LIST) && StationListRule.matches(text)) {
            return new Target(BlockRole.BOILERPLATE, BoilerplateCategory.STATION_LIST, false);
        }
        Target t = lexicon.match(folded, words);
        if (t == null || t == Target.CAPTION_HINT) {
            return null;
        }
        if (t.role() == BlockRole.BOILERPLATE && !rules.isEnabled(t.category())) {
            return null;
        }
        if (t.role() == BlockRole.CREDIT && folded.startsWith("by ")) {
            return null;
        }
        return t;
    }

    /**
     * A line right before an appeal, a link list, a newsletter box or comments heads it ("Stand up
     * for civility" before a donation appeal): it takes that category.
     */
    private static BoilerplateCategory headingCategory(Target[] targets, int i) {
        if (i + 1 < targets.length && targets[i + 1] != null && HEADED.contains(targets[i + 1].category())) {
            return targets[i + 1].category();
        }
        return BoilerplateCategory.OTHER;
    }

    private static final java.util.Set<BoilerplateCategory> HEADED = java.util.EnumSet.of(BoilerplateCategory.DONATION,
            BoilerplateCategory.RELATED, BoilerplateCategory.NEWSLETTER, BoilerplateCategory.COMMENTS);

    /** One-line units before the first hard-wrapped paragraph that make the text a web page's. */
    private static final int MENU_BEFORE_COPY = 20;

    /**
     * Whether the text is an article already, not a scraped page: wire copy (hard-wrapped, or
     * opening with a dateline within its first lines). Such text has no page furniture for the
     * general classifier to find, and its tables and short lines are story. A page whose menu
     * ({@value #MENU_BEFORE_COPY} one-line units or more) comes before its first hard-wrapped
     * paragraph is a scraped page all the same.
     */
    private static boolean isArticleText(List<Part> parts, String[] texts) {
        for (int i = 0; i < parts.size(); i++) {
            if (parts.get(i).unit().lines() > 1) {
                // hard-wrapped paragraphs are copy, unless a page's menu of one-line entries comes first
                return i < MENU_BEFORE_COPY;
            }
        }
        for (int i = 0; i < Math.min(3, texts.length); i++) {
            if (DatelineFinder.find(texts[i]).isPresent()) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the text shows page furniture (menus, share buttons, player junk…) or is long
     * enough to hide some. A short text without any is an article already: the general
     * classifier, which looks for the dense part of a page, has nothing to do there.
     */
    private static boolean hasPageFurniture(Target[] targets) {
        if (targets.length > SHORT_TEXT_UNITS) {
            return true;
        }
        for (Target t : targets) {
            if (t != null && t.role() == BlockRole.BOILERPLATE) {
                return true;
            }
        }
        return false;
    }

    private static boolean any(boolean[] values) {
        for (boolean v : values) {
            if (v) {
                return true;
            }
        }
        return false;
    }

    private static boolean[] negate(boolean[] fixed) {
        boolean[] out = new boolean[fixed.length];
        for (int i = 0; i < fixed.length; i++) {
            out[i] = !fixed[i];
        }
        return out;
    }
}
