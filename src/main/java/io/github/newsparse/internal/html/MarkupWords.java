package io.github.newsparse.internal.html;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * What an element's tag, role and class or id words say about the text inside it: page chrome,
 * the story's own container, or a caption. Rules as data: the tag names and word stems below.
 */
final class MarkupWords {

    /** The kind of region an element opens. */
    enum Marker {
        NONE, CHROME, STORY, CAPTION
    }

    private static final Set<String> CHROME_TAGS = Set.of("nav", "footer", "aside");
    private static final Set<String> STORY_TAGS = Set.of("article", "main");
    private static final Set<String> CAPTION_TAGS = Set.of("figcaption");
    /** Class and id words (lower case, split at anything not a letter or digit) that open chrome, as stems. */
    private static final Stems CHROME_STEMS = new Stems("nav", "menu", "breadcrumb", "footer", "sidebar",
            "share", "sharing", "social", "related", "recommend", "comment", "newsletter", "subscri", "signup",
            "promo", "advert", "sponsor", "cookie", "consent", "popup", "modal", "toolbar", "masthead");
    /** Words before a chrome word that make the name describe a layout ("has-sidebar", "w-sidebar"). */
    private static final Set<String> LAYOUT_OF = Set.of("has", "with", "w", "no", "without");
    /** Whole class and id words that open chrome. */
    private static final Set<String> CHROME_WORDS = Set.of("ad", "ads", "adslot", "tags", "tagcloud", "foot");
    /** A class or id with its separators removed that names the story's body, as CMSs write it. */
    private static final List<String> STORY_CLASSES = List.of("articlebody", "articlecontent", "articletext",
            "entrycontent", "postcontent", "postbody", "storybody", "storycontent", "storytext", "bodytext");
    private static final Stems CAPTION_STEMS = new Stems("caption", "credit");
    /** Class and id word stems that name the story's byline: the author's name sits inside. */
    private static final Stems BYLINE_STEMS = new Stems("author", "byline");
    /** Stems of the other things an author box holds: a bio, a picture, links; not the name. */
    private static final Stems NOT_BYLINE_STEMS = new Stems("bio", "desc", "about", "avatar", "image", "img",
            "photo", "pic", "thumb", "social", "link", "url", "follow", "more", "title", "role", "position", "job");
    /** Stems of what an author box prints beside the name: the author's role or bio ("author-title"). */
    private static final Stems BESIDE_NAME_STEMS = new Stems("title", "role", "position", "job", "bio", "desc",
            "credit", "publication", "company", "org");

    private MarkupWords() {
    }

    static Marker marker(Element e) {
        return marker(e, MarkupWords::ofNames);
    }

    /** {@link #marker(Element)}, with the marker of a class or id string from {@code ofNames}. */
    private static Marker marker(Element e, java.util.function.Function<String, Marker> ofNames) {
        String tag = e.normalName();
        if (CHROME_TAGS.contains(tag)) {
            return Marker.CHROME;
        }
        if (CAPTION_TAGS.contains(tag)) {
            return Marker.CAPTION;
        }
        if (STORY_TAGS.contains(tag) || "main".equalsIgnoreCase(e.attr("role"))
                || "articlebody".equalsIgnoreCase(e.attr("itemprop"))) {
            return Marker.STORY;
        }
        if (tag.equals("body") || tag.equals("html")) {
            // page-wide classes ("has-sidebar", "single-post") say nothing of one region
            return Marker.NONE;
        }
        Marker m = Marker.NONE;
        if (e.hasAttr("class")) {
            m = ofNames.apply(e.attr("class"));
        }
        if (m != Marker.STORY && m != Marker.CAPTION && e.hasAttr("id")) {
            Marker byId = ofNames.apply(e.attr("id"));
            m = byId == Marker.NONE ? m : byId;
        }
        return m;
    }

    /**
     * The marker that class or id names (separated by whitespace) give, in one pass over the
     * characters: STORY or CAPTION as soon as a name says so, else CHROME if any name does.
     * Utility classes of CSS frameworks and script hooks ("js-…") are skipped.
     */
    static Marker ofNames(String names) {
        Marker found = Marker.NONE;
        StringBuilder joined = new StringBuilder();
        StringBuilder word = new StringBuilder();
        boolean utility = false;
        boolean chrome = false;
        String previous = "";
        for (int i = 0; i <= names.length(); i++) {
            char c = i < names.length() ? Character.toLowerCase(names.charAt(i)) : ' ';
            boolean alnum = c < 128 && Character.isLetterOrDigit(c);
            if (alnum) {
                word.append(c);
                joined.append(c);
                continue;
            }
            if (word.length() > 0) {
                String w = word.toString();
                if (w.equals("js") && joined.length() == 2) {
                    // "js-social-images": a hook for scripts, which says what they do, not what the region is
                    utility = true;
                }
                if (startsWithAny(w, CAPTION_STEMS) && !utility) {
                    return Marker.CAPTION;
                }
                // "has-sidebar", "and-w-sidebar", "no-comments": a layout that has (or lacks) the chrome, not the chrome
                chrome |= !LAYOUT_OF.contains(previous) && (CHROME_WORDS.contains(w) || startsWithAny(w, CHROME_STEMS));
                previous = w;
                word.setLength(0);
            }
            if (c == '[' || c == ':' || c == '/' || c == '=') {
                utility = true;
            }
            if (Character.isWhitespace(c)) {
                if (!utility) {
                    for (String story : STORY_CLASSES) {
                        if (joined.indexOf(story) >= 0) {
                            return Marker.STORY;
                        }
                    }
                    if (chrome) {
                        found = Marker.CHROME;
                    }
                }
                joined.setLength(0);
                utility = false;
                chrome = false;
                previous = "";
            }
        }
        return found;
    }

    /**
     * Whether {@code e}'s class or id names the story's byline ("author-name", "byline",
     * "post-author") and nothing else an author box holds (a bio, an avatar, links).
     */
    static boolean isByline(Element e) {
        return isBylineNames(classAndId(e));
    }

    private static boolean isBylineNames(String names) {
        if (!containsIgnoreCase(names, "author") && !containsIgnoreCase(names, "byline")) {
            return false;
        }
        return !anyWord(names, w -> names(w, NOT_BYLINE_STEMS)) && anyWord(names, w -> startsWithAny(w, BYLINE_STEMS));
    }

    /**
     * Whether {@code e}'s class or id names what an author box prints beside the name: a role or
     * a bio ("author-title", "byline-role", "author__position").
     */
    static boolean isBesideName(Element e) {
        return isBesideNameNames(classAndId(e));
    }

    private static boolean isBesideNameNames(String names) {
        return anyWord(names, w -> names(w, BESIDE_NAME_STEMS));
    }

    /**
     * The answers of {@link #marker}, {@link #isByline} and {@link #isBesideName} for the elements
     * of one page, each distinct class or id string read once: a page repeats its class names on
     * hundreds of elements. Not thread-safe: one per page.
     */
    static final class PageReader {
        private final java.util.Map<String, Marker> markers = new java.util.HashMap<>();
        private final java.util.Map<String, Boolean> bylines = new java.util.HashMap<>();
        private final java.util.Map<String, Boolean> besideNames = new java.util.HashMap<>();

        Marker marker(Element e) {
            return MarkupWords.marker(e, names -> markers.computeIfAbsent(names, MarkupWords::ofNames));
        }

        boolean isByline(Element e) {
            return bylines.computeIfAbsent(classAndId(e), MarkupWords::isBylineNames);
        }

        boolean isBesideName(Element e) {
            return besideNames.computeIfAbsent(classAndId(e), MarkupWords::isBesideNameNames);
        }
    }

    /** Whether class word {@code w} starts with one of {@code stems}, alone or after "author"/"byline" ("authorbio"). */
    private static boolean names(String w, Stems stems) {
        return startsWithAny(w, stems) || startsWithAny(w, BYLINE_STEMS) && startsWithAny(w.substring(6), stems);
    }

    private static String classAndId(Element e) {
        String names = e.hasAttr("class") ? e.attr("class") : "";
        return e.hasAttr("id") ? names + " " + e.attr("id") : names;
    }

    /** Whether any word of {@code names} (lower case, split at anything not an ASCII letter or digit) is {@code test}. */
    private static boolean anyWord(String names, java.util.function.Predicate<String> test) {
        StringBuilder word = new StringBuilder();
        for (int i = 0; i <= names.length(); i++) {
            char c = i < names.length() ? Character.toLowerCase(names.charAt(i)) : ' ';
            if (c < 128 && Character.isLetterOrDigit(c)) {
                word.append(c);
                continue;
            }
            if (word.length() > 0) {
                if (test.test(word.toString())) {
                    return true;
                }
                word.setLength(0);
            }
        }
        return false;
    }

    private static boolean containsIgnoreCase(String s, String lower) {
        for (int i = 0; i + lower.length() <= s.length(); i++) {
            if (s.regionMatches(true, i, lower, 0, lower.length())) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code e} is chrome by its tag, whatever its size. */
    static boolean isChromeTag(Element e) {
        return CHROME_TAGS.contains(e.normalName());
    }

    /** 1 to 6 for {@code h1}–{@code h6}, else 0. */
    static int headingLevel(Element e) {
        String tag = e.normalName();
        if (tag.length() == 2 && tag.charAt(0) == 'h' && tag.charAt(1) >= '1' && tag.charAt(1) <= '6') {
            return tag.charAt(1) - '0';
        }
        return 0;
    }

    private static boolean startsWithAny(String w, Stems stems) {
        return stems.anyPrefixOf(w);
    }

    /** Word stems looked up by their first letter: one short list per word, not every stem. */
    private static final class Stems {
        private final String[][] byFirst = new String[128][];

        Stems(String... stems) {
            for (String s : stems) {
                char c = s.charAt(0);
                String[] old = byFirst[c] == null ? new String[0] : byFirst[c];
                String[] grown = java.util.Arrays.copyOf(old, old.length + 1);
                grown[old.length] = s;
                byFirst[c] = grown;
            }
        }

        boolean anyPrefixOf(String w) {
            if (w.isEmpty() || w.charAt(0) >= 128 || byFirst[w.charAt(0)] == null) {
                return false;
            }
            for (String s : byFirst[w.charAt(0)]) {
                if (w.startsWith(s)) {
                    return true;
                }
            }
            return false;
        }
    }
}
