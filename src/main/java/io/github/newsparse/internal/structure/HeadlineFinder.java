package io.github.newsparse.internal.structure;

import io.github.newsparse.BlockRole;
import io.github.newsparse.BoilerplateCategory;
import io.github.newsparse.internal.Part;
import io.github.newsparse.internal.text.Words;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The headline: the nearest title-shaped line before the story's first paragraph, past captions,
 * credits, bylines, date stamps and player or share junk. Not a menu item or a site name: it
 * must read as a title (three words or more, no sentence-final period). Site suffixes ("… |
 * WTNH.com", "… - CNN") are stripped when the page shows they are the site's name.
 */
final class HeadlineFinder {

    /** How many parts before the first paragraph are searched. */
    private static final int WINDOW = 15;
    private static final int MIN_WORDS = 3;
    /** A headline found by the credits after it has at least this many words. */
    private static final int MIN_HEADLINE_WORDS = 4;
    /** How far after the headline the byline or date stamp may be. */
    private static final int CREDITS_WINDOW = 6;
    private static final int MAX_WORDS = 30;
    private static final int MAX_CHARS = 250;
    private static final Pattern SEPARATOR = Pattern.compile(" (?:\\||-|–|—|::|·|•) ");
    private static final Pattern DOMAIN = Pattern.compile("(?i)\\b[a-z0-9-]+\\.(?:com|org|net|co|news|tv|us|uk|ca|au)\\b");

    private HeadlineFinder() {
    }

    /** The index of the first part that is story prose rather than a title, or parts.size(). */
    static int firstParagraph(List<Part> parts) {
        for (int i = 0; i < parts.size(); i++) {
            Part p = parts.get(i);
            if (p.role() == BlockRole.BODY && !(isTitleLike(p.text()) && hasBodyAfter(parts, i))) {
                return i;
            }
        }
        return parts.size();
    }

    private static boolean hasBodyAfter(List<Part> parts, int i) {
        for (int j = i + 1; j < parts.size() && j <= i + WINDOW; j++) {
            if (parts.get(j).role() == BlockRole.BODY) {
                return true;
            }
        }
        return false;
    }

    /**
     * The index of the headline part, or -1. On a page whose first line is its title, the
     * headline is the line that repeats the title (or its head before the site's name).
     */
    static int find(List<Part> parts, int firstParagraph) {
        int repeated = repeatedTitle(parts, firstParagraph);
        if (repeated >= 0) {
            return repeated;
        }
        int headed = titleBeforeCredits(parts, firstParagraph);
        if (headed >= 0) {
            return headed;
        }
        for (int i = firstParagraph - 1; i >= 0 && i >= firstParagraph - WINDOW; i--) {
            Part p = parts.get(i);
            boolean candidateRole = p.role() == BlockRole.BODY
                    || (p.role() == BlockRole.BOILERPLATE && p.category() == BoilerplateCategory.OTHER);
            if (candidateRole && isTitleLike(p.text())) {
                return i;
            }
        }
        return -1;
    }

    /**
     * The earliest title-shaped line that a byline, an author's name or a date stamp follows
     * within a few lines: web pages print headline, deck, author and date, in that order.
     */
    private static int titleBeforeCredits(List<Part> parts, int firstParagraph) {
        for (int i = Math.max(0, firstParagraph - WINDOW); i < firstParagraph; i++) {
            Part p = parts.get(i);
            boolean candidateRole = p.role() == BlockRole.BODY
                    || (p.role() == BlockRole.BOILERPLATE && p.category() == BoilerplateCategory.OTHER);
            if (!candidateRole || !isTitleLike(p.text()) || Words.splitCount(p.text()) < MIN_HEADLINE_WORDS
                    || isPullQuote(p.text())) {
                continue;
            }
            for (int j = i + 1; j < Math.min(Math.min(parts.size(), firstParagraph + 1), i + 1 + CREDITS_WINDOW); j++) {
                Part q = parts.get(j);
                if (q.role() == BlockRole.BYLINE || q.role() == BlockRole.METADATA) {
                    return i;
                }
            }
        }
        return -1;
    }

    private static boolean isPullQuote(String t) {
        return (t.startsWith("“") || t.startsWith("\"")) && (t.endsWith("”") || t.endsWith("\""));
    }

    private static int repeatedTitle(List<Part> parts, int firstParagraph) {
        if (parts.size() < 3) {
            return -1;
        }
        java.util.Set<String> heads = io.github.newsparse.internal.text.TitleLine.heads(parts.get(0).text());
        if (heads.isEmpty()) {
            return -1;
        }
        int best = -1;
        for (int i = 1; i < Math.min(parts.size(), firstParagraph + 1); i++) {
            Part p = parts.get(i);
            boolean candidateRole = p.role() == BlockRole.BODY || p.role() == BlockRole.BOILERPLATE;
            if (candidateRole && io.github.newsparse.internal.text.TitleLine.isHead(heads, p.text())) {
                best = i;
            }
        }
        return best;
    }

    /**
     * A link back to the previous post, as a blog prints it above or below the story: a line that
     * opens with a left-pointing guillemet or angle and never closes it ("« In Defense of
     * Curiosity", "‹ Back to Story"). A French quotation opens with « too, but closes with ».
     */
    static boolean isBackLink(String t) {
        if (t.length() < 3 || t.charAt(1) != ' ') {
            return false;
        }
        char close = switch (t.charAt(0)) {
            case '«' -> '»';
            case '‹' -> '›';
            case '<' -> '>';
            default -> 0;
        };
        return close != 0 && t.indexOf(close) < 0;
    }

    static boolean isTitleLike(String t) {
        if (t.isEmpty() || t.length() > MAX_CHARS) {
            return false;
        }
        int words = Words.splitCount(t);
        boolean spaced = words >= MIN_WORDS;
        boolean unspacedScript = words < MIN_WORDS && t.codePointCount(0, t.length()) >= 8 && !hasLatin(t);
        if (!(spaced || unspacedScript) || words > MAX_WORDS) {
            return false;
        }
        if (DateParser.find(t).isPresent()) {
            // "Posted on June 29, 2020", "Susan December 9, 2024 0 Comments": a stamp, not a title
            return false;
        }
        if (t.startsWith("By ") || t.startsWith("BY ") || t.contains(",” ") || t.contains(".” ")
                || t.contains(",\" ")) {
            // a byline, or a quote with its attribution: "“…,” Fox said"
            return false;
        }
        char last = t.charAt(t.length() - 1);
        if (last == '.' && !t.endsWith("...") || last == ',' || last == ';' || last == ':' || last == '。') {
            return false;
        }
        if (opensWithEllipsis(t)) {
            // "“... awaiting someone.”": a pull quote's fragment of a sentence
            return false;
        }
        int first = t.codePointAt(0);
        return Character.isUpperCase(first) || Character.isDigit(first) || !Character.isLetter(first)
                || Character.isLetter(first) && !Character.isLowerCase(first);
    }

    /** Whether {@code t} opens with an ellipsis, after any quotation marks ("... and then", "“…and"). */
    static boolean opensWithEllipsis(String t) {
        int i = 0;
        while (i < t.length() && "\"'“‘«„".indexOf(t.charAt(i)) >= 0) {
            i++;
        }
        return t.startsWith("...", i) || t.startsWith("…", i);
    }

    private static boolean hasLatin(String t) {
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c < 0x250 && Character.isLetter(c)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The headline without a breadcrumb before it ("Home / Blog / Title", "You are here: …") or a
     * site name after it ("Title | Site"; "Title - CNN" when the page shows CNN is the site).
     */
    static String clean(String headline, List<Part> parts, int self) {
        return clean(headline, parts, self, List.of());
    }

    /**
     * {@link #clean(String, List, int)}, knowing the labels of the page address's host ({@link
     * SiteOwner#labels}, none without an address): a site name after a separator or in closing
     * parentheses that spells one ("… — LessWrong" on lesswrong.com, "… (Erik Demaine)" on
     * erikdemaine.org) or holds one as a word ("… | Shopify App Store" on apps.shopify.com) is
     * stripped too, however short the title before it.
     */
    static String clean(String headline, List<Part> parts, int self, List<String> siteLabels) {
        String h = headline;
        if (h.toLowerCase(Locale.ROOT).startsWith("you are here:")) {
            h = h.substring("you are here:".length()).strip();
        }
        h = lastCrumb(h);
        int pipe = h.indexOf(" | ");
        if (pipe > 0 && Words.splitCount(h.substring(0, pipe)) >= MIN_WORDS) {
            h = h.substring(0, pipe).strip();
        }
        if (h.endsWith(")") && !siteLabels.isEmpty()) {
            int open = h.lastIndexOf(" (");
            if (open > 0 && isSiteName(h.substring(open + 2, h.length() - 1), siteLabels)) {
                h = h.substring(0, open).strip();
            }
        }
        return stripSiteSuffix(h, parts, self, siteLabels);
    }

    private static final Pattern BREADCRUMB = Pattern.compile(" (?:>|»|›|❯|·|/) ?");
    private static final Pattern ARROW = Pattern.compile(" (?:>|»|›|❯) ");
    /** Words a crumb before the title may have ("Home", "Tips & Tools"). */
    private static final int CRUMB_WORDS = 5;
    private static final int ARROW_CRUMB_WORDS = 8;

    /**
     * The title at the end of a breadcrumb trail ("Home > Blog > Title", "Home ·
     * Farm · Title", "Home >Marketing >Title"): crumbs before it are short, and a trail of two
     * starts with a single word, so "Best Movers / Moving Companies" stays whole.
     */
    static String lastCrumb(String h) {
        String[] crumbs = BREADCRUMB.split(h);
        if (crumbs.length < 2) {
            return h;
        }
        // an arrow ("Center for Career & Professional Development > How to Negotiate") only ever
        // leads to a crumb, which may be a long section name; a slash or a dot may join two titles
        boolean arrow = ARROW.matcher(h).find();
        for (int i = 0; i < crumbs.length - 1; i++) {
            if (crumbs[i].isBlank() || Words.count(crumbs[i]) > (arrow ? ARROW_CRUMB_WORDS : CRUMB_WORDS)) {
                return h;
            }
        }
        String last = crumbs[crumbs.length - 1].strip();
        boolean trail = crumbs.length >= 3 || Words.count(crumbs[0]) == 1 || arrow;
        return trail && Words.count(last) >= 2 ? last : h;
    }

    /** The headline without a trailing site name, when the page shows it is one. */
    static String stripSiteSuffix(String headline, List<Part> parts, int self, List<String> siteLabels) {
        var m = SEPARATOR.matcher(headline);
        int cut = -1;
        while (m.find()) {
            cut = m.start();
        }
        if (cut < 0) {
            return headline;
        }
        String head = headline.substring(0, cut).strip();
        String tail = headline.substring(cut).replaceFirst("^\\s*\\S+\\s*", "").strip();
        if (tail.isEmpty() || Words.splitCount(tail) > 6) {
            return headline;
        }
        if (!head.isEmpty() && isSiteName(tail, siteLabels)) {
            // the address says whose name it is: "Klatch Coffee | Shopify App Store"
            return head;
        }
        if (Words.splitCount(head) < MIN_WORDS) {
            return headline;
        }
        if (DOMAIN.matcher(tail).find() || appearsElsewhere(parts, self, head, tail)) {
            return head;
        }
        return headline;
    }

    /**
     * Whether {@code tail} is the site's name: its letters, lower-cased, are one of the host's
     * labels ("LessWrong", "The Verge" on theverge.com), or one of its words is one of at least
     * {@value #MIN_SITE_WORD} letters ("Shopify App Store" on apps.shopify.com).
     */
    private static boolean isSiteName(String tail, List<String> siteLabels) {
        if (siteLabels.isEmpty()) {
            return false;
        }
        StringBuilder letters = new StringBuilder(tail.length());
        StringBuilder word = new StringBuilder();
        boolean wordIsLabel = false;
        for (int i = 0; i <= tail.length(); i++) {
            char c = i < tail.length() ? tail.charAt(i) : ' ';
            if (Character.isLetterOrDigit(c)) {
                letters.append(Character.toLowerCase(c));
                word.append(Character.toLowerCase(c));
            } else if (word.length() > 0) {
                wordIsLabel |= word.length() >= MIN_SITE_WORD && siteLabels.contains(word.toString());
                word.setLength(0);
            }
        }
        return siteLabels.contains(letters.toString()) || wordIsLabel;
    }

    /** A host label shorter than this is not a word of a site's name ("apps", "blog", "news" are common words). */
    private static final int MIN_SITE_WORD = 5;

    private static boolean appearsElsewhere(List<Part> parts, int self, String head, String tail) {
        String h = head.toLowerCase(Locale.ROOT);
        String t = tail.toLowerCase(Locale.ROOT);
        for (int i = 0; i < parts.size(); i++) {
            if (i == self) {
                continue;
            }
            Part p = parts.get(i);
            boolean legal = p.role() == BlockRole.COPYRIGHT || p.category() == BoilerplateCategory.LEGAL;
            if (!legal && p.text().length() > Math.max(h.length(), t.length())) {
                continue; // longer than both in lower case too: equal to neither
            }
            String other = p.text().toLowerCase(Locale.ROOT);
            if (other.equals(h) || other.equals(t) || (legal && other.contains(t))) {
                return true;
            }
        }
        return false;
    }
}
