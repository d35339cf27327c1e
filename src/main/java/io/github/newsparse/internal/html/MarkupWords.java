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
    private static final List<String> CHROME_STEMS = List.of("nav", "menu", "breadcrumb", "footer", "sidebar",
            "share", "sharing", "social", "related", "recommend", "comment", "newsletter", "subscri", "signup",
            "promo", "advert", "sponsor", "cookie", "consent", "popup", "modal", "toolbar", "masthead");
    /** Whole class and id words that open chrome. */
    private static final Set<String> CHROME_WORDS = Set.of("ad", "ads", "adslot", "tags", "tagcloud");
    /** A class or id with its separators removed that names the story's body, as CMSs write it. */
    private static final List<String> STORY_CLASSES = List.of("articlebody", "articlecontent", "articletext",
            "entrycontent", "postcontent", "postbody", "storybody", "storycontent", "storytext", "bodytext");
    private static final List<String> CAPTION_STEMS = List.of("caption", "credit");

    private MarkupWords() {
    }

    static Marker marker(Element e) {
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
        String cls = e.className();
        String id = e.id();
        if (cls.isEmpty() && id.isEmpty()) {
            return Marker.NONE;
        }
        Marker found = Marker.NONE;
        for (String name : (cls + " " + id).toLowerCase(Locale.ROOT).split("\\s+")) {
            if (name.isEmpty() || isUtility(name)) {
                continue;
            }
            String joined = name.replaceAll("[^a-z0-9]", "");
            for (String story : STORY_CLASSES) {
                if (joined.contains(story)) {
                    return Marker.STORY;
                }
            }
            for (String w : name.split("[^a-z0-9]+")) {
                if (w.isEmpty()) {
                    continue;
                }
                if (startsWithAny(w, CAPTION_STEMS)) {
                    return Marker.CAPTION;
                }
                if (CHROME_WORDS.contains(w) || startsWithAny(w, CHROME_STEMS)) {
                    found = Marker.CHROME;
                }
            }
        }
        return found;
    }

    /**
     * A utility class of a CSS framework ("lg:mr-[--sidebar-width]", "w-1/2"): it styles, it
     * does not name the region.
     */
    private static boolean isUtility(String name) {
        return name.indexOf('[') >= 0 || name.indexOf(':') >= 0 || name.indexOf('/') >= 0 || name.indexOf('=') >= 0;
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

    private static boolean startsWithAny(String w, List<String> stems) {
        for (String s : stems) {
            if (w.startsWith(s)) {
                return true;
            }
        }
        return false;
    }
}
