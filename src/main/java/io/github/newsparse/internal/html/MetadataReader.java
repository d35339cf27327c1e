package io.github.newsparse.internal.html;

import io.github.newsparse.internal.html.PageMetadata.Candidate;
import io.github.newsparse.internal.html.PageMetadata.Field;
import io.github.newsparse.internal.html.PageMetadata.Source;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.jsoup.select.Elements;

/**
 * Reads {@link PageMetadata} from a parsed page in one walk over its elements: {@code <meta>}
 * tags (by the names in {@link #META}), JSON-LD scripts, microdata, {@code <time datetime>},
 * {@code rel=author} links, the {@code <title>} and the first {@code <h1>}.
 */
final class MetadataReader {

    /** {@code <meta>} names and properties, lower case, and what they state. */
    private static final Map<String, Named> META = Map.ofEntries(
            Map.entry("og:title", new Named(Field.TITLE, Source.OPEN_GRAPH)),
            Map.entry("og:url", new Named(Field.ADDRESS, Source.OPEN_GRAPH)),
            Map.entry("twitter:title", new Named(Field.TITLE, Source.TWITTER)),
            Map.entry("og:site_name", new Named(Field.SITE_NAME, Source.OPEN_GRAPH)),
            Map.entry("application-name", new Named(Field.SITE_NAME, Source.META)),
            Map.entry("article:published_time", new Named(Field.PUBLISHED, Source.OPEN_GRAPH)),
            Map.entry("og:article:published_time", new Named(Field.PUBLISHED, Source.OPEN_GRAPH)),
            Map.entry("article:published", new Named(Field.PUBLISHED, Source.OPEN_GRAPH)),
            Map.entry("article:modified_time", new Named(Field.MODIFIED, Source.OPEN_GRAPH)),
            Map.entry("og:updated_time", new Named(Field.MODIFIED, Source.OPEN_GRAPH)),
            Map.entry("article:author", new Named(Field.AUTHOR, Source.OPEN_GRAPH)),
            Map.entry("author", new Named(Field.AUTHOR, Source.META)),
            Map.entry("parsely-author", new Named(Field.AUTHOR, Source.META)),
            Map.entry("sailthru.author", new Named(Field.AUTHOR, Source.META)),
            Map.entry("dc.creator", new Named(Field.AUTHOR, Source.META)),
            Map.entry("citation_author", new Named(Field.AUTHOR, Source.META)),
            Map.entry("pubdate", new Named(Field.PUBLISHED, Source.META)),
            Map.entry("publishdate", new Named(Field.PUBLISHED, Source.META)),
            Map.entry("publish-date", new Named(Field.PUBLISHED, Source.META)),
            Map.entry("publish_date", new Named(Field.PUBLISHED, Source.META)),
            Map.entry("date", new Named(Field.PUBLISHED, Source.META)),
            Map.entry("dc.date", new Named(Field.PUBLISHED, Source.META)),
            Map.entry("dc.date.issued", new Named(Field.PUBLISHED, Source.META)),
            Map.entry("dcterms.created", new Named(Field.PUBLISHED, Source.META)),
            Map.entry("dcterms.date", new Named(Field.PUBLISHED, Source.META)),
            Map.entry("sailthru.date", new Named(Field.PUBLISHED, Source.META)),
            Map.entry("parsely-pub-date", new Named(Field.PUBLISHED, Source.META)),
            Map.entry("article.published", new Named(Field.PUBLISHED, Source.META)),
            Map.entry("article_date_original", new Named(Field.PUBLISHED, Source.META)),
            Map.entry("citation_publication_date", new Named(Field.PUBLISHED, Source.META)),
            Map.entry("datepublished", new Named(Field.PUBLISHED, Source.META)),
            Map.entry("published-date", new Named(Field.PUBLISHED, Source.META)),
            Map.entry("publisheddate", new Named(Field.PUBLISHED, Source.META)),
            Map.entry("publish_time", new Named(Field.PUBLISHED, Source.META)),
            Map.entry("og:publish_date", new Named(Field.PUBLISHED, Source.OPEN_GRAPH)),
            Map.entry("cxenseparse:publishtime", new Named(Field.PUBLISHED, Source.META)),
            Map.entry("citation_date", new Named(Field.PUBLISHED, Source.META)),
            Map.entry("uploaddate", new Named(Field.PUBLISHED, Source.META)),
            Map.entry("modified-date", new Named(Field.MODIFIED, Source.META)),
            Map.entry("last-modified", new Named(Field.MODIFIED, Source.META)),
            Map.entry("dcterms.modified", new Named(Field.MODIFIED, Source.META)));

    /** Candidates kept per field and source: enough for any real page, bounded for hostile ones. */
    private static final int MAX_PER_SOURCE = 8;
    /** Microdata elements read per page: each reads its subtree's text once. */
    private static final int MAX_ITEMPROPS = 200;
    /** Longer values are not a title, a date or a name. */
    private static final int MAX_VALUE = 600;

    private record Named(Field field, Source source) {
    }

    private MetadataReader() {
    }

    static PageMetadata read(Document doc) {
        return read(doc, null);
    }

    /**
     * The metadata of {@code doc}; {@code regions}, when known, tells which microdata sits in page
     * chrome (a comment list, a sidebar), whose authors are not the story's.
     */
    static PageMetadata read(Document doc, Regions regions) {
        Collector out = new Collector();
        java.util.Map<String, String> cardLabels = new java.util.HashMap<>();
        java.util.Map<String, String> cardData = new java.util.HashMap<>();
        List<String> scripts = new ArrayList<>();
        boolean h1 = false;
        for (Element e : doc.getAllElements()) {
            switch (e.normalName()) {
                case "meta" -> {
                    meta(e, out);
                    cardField(e, cardLabels, cardData);
                }
                case "script" -> {
                    if (e.attr("type").toLowerCase(Locale.ROOT).contains("ld+json")) {
                        scripts.add(e.data());
                    }
                }
                case "time" -> {
                    if (e.hasAttr("datetime")) {
                        out.add(Field.PUBLISHED, Source.TIME, e.attr("datetime"));
                    }
                }
                case "h1" -> {
                    if (!h1) {
                        h1 = true;
                        out.add(Field.TITLE, Source.H1, e.text());
                    }
                }
                case "title" -> out.add(Field.TITLE, Source.TITLE_TAG, e.text());
                default -> {
                }
            }
            if (e.hasAttr("itemprop") && out.open()) {
                itemprop(e, out, regions);
            }
            if (e.normalName().equals("link") && e.attr("rel").toLowerCase(Locale.ROOT).contains("canonical")) {
                out.add(Field.ADDRESS, Source.META, e.attr("href"));
            }
            if ((e.normalName().equals("a") || e.normalName().equals("link"))
                    && e.attr("rel").toLowerCase(Locale.ROOT).contains("author") && !out.full(Field.AUTHOR, Source.REL_AUTHOR)) {
                out.add(Field.AUTHOR, Source.REL_AUTHOR, e.text());
            }
        }
        JsonLd.read(scripts, (f, v) -> out.add(f, Source.JSON_LD, v));
        cardData.forEach((n, v) -> {
            if (isAuthorLabel(cardLabels.getOrDefault(n, ""))) {
                out.add(Field.AUTHOR, Source.TWITTER, v);
            }
        });
        return new PageMetadata(out.sorted());
    }

    /** Label and data pairs a page's card states per number: "twitter:label1" / "twitter:data1". */
    private static final int MAX_CARD_FIELDS = 8;

    /**
     * Reads one of the card's numbered label/data pairs ({@code twitter:label1} "Written by",
     * {@code twitter:data1} "Jane Roe"), the way blog engines state a story's author.
     */
    private static void cardField(Element e, java.util.Map<String, String> labels, java.util.Map<String, String> data) {
        String key = e.attr("name").strip().toLowerCase(Locale.ROOT);
        java.util.Map<String, String> into = key.startsWith("twitter:label") ? labels
                : key.startsWith("twitter:data") ? data : null;
        if (into == null || into.size() >= MAX_CARD_FIELDS) {
            return;
        }
        String n = key.substring(into == labels ? "twitter:label".length() : "twitter:data".length());
        if (n.length() == 1 && Character.isDigit(n.charAt(0))) {
            into.putIfAbsent(n, e.attr("content").strip());
        }
    }

    /** Whether a card label introduces the author: "Written by", "Author", "By". */
    private static boolean isAuthorLabel(String label) {
        String l = label.toLowerCase(Locale.ROOT);
        return l.equals("written by") || l.equals("author") || l.equals("authors") || l.equals("by");
    }

    private static void meta(Element e, Collector out) {
        String key = e.hasAttr("property") ? e.attr("property") : e.hasAttr("name") ? e.attr("name") : e.attr("itemprop");
        String name = key.strip().toLowerCase(Locale.ROOT);
        Named n = META.get(name);
        if (n == null) {
            n = dateByWords(name);
        }
        if (n != null) {
            out.add(n.field(), n.source(), e.attr("content"));
        }
    }

    /** Words of a {@code <meta>} name that say it dates the story's first publication. */
    private static final java.util.Set<String> PUBLISHED_WORDS = java.util.Set.of("published", "publishdate",
            "publisheddate", "datepublished", "pubdate", "publishtime", "publishedtime");
    /** Words that say it dates a later change. */
    private static final java.util.Set<String> MODIFIED_WORDS = java.util.Set.of("modified", "updated", "datemodified",
            "lastmodified", "updatedtime", "modifiedtime");
    /** Words beside "pub" that make it a date ("date-pub"), not a publisher's or a pub's name. */
    private static final java.util.Set<String> DATE_WORDS = java.util.Set.of("date", "time", "at", "on");

    /**
     * A {@code <meta>} name the list does not hold, read by its words: one that says "published"
     * ({@code w-published-date}, {@code published}, {@code article-published_time},
     * {@code cdc:first_published}) states the publication date, one that says "modified" or
     * "updated" the update; a name with both ({@code cdc:last_published}), or naming the publisher,
     * states neither.
     */
    static Named dateByWords(String name) {
        boolean published = false;
        boolean modified = false;
        boolean date = false;
        boolean pub = false;
        int start = -1;
        for (int i = 0; i <= name.length(); i++) {
            boolean letter = i < name.length() && (Character.isLetterOrDigit(name.charAt(i)));
            if (letter && start < 0) {
                start = i;
            } else if (!letter && start >= 0) {
                String w = name.substring(start, i);
                start = -1;
                pub |= w.equals("pub");
                published |= PUBLISHED_WORDS.contains(w);
                modified |= MODIFIED_WORDS.contains(w) || w.equals("last");
                date |= DATE_WORDS.contains(w);
            }
        }
        published |= pub && date;
        if (published == modified) {
            return null;
        }
        return new Named(published ? Field.PUBLISHED : Field.MODIFIED, Source.META_WORDS);
    }

    private static void itemprop(Element e, Collector out, Regions regions) {
        String prop = e.attr("itemprop").strip().toLowerCase(Locale.ROOT);
        switch (prop) {
            case "datepublished" -> out.add(Field.PUBLISHED, Source.ITEMPROP, content(e));
            case "datemodified" -> out.add(Field.MODIFIED, Source.ITEMPROP, content(e));
            case "headline" -> out.add(Field.TITLE, Source.ITEMPROP, content(e));
            case "author", "creator" -> {
                if (!isStoryAuthor(e, regions)) {
                    return;
                }
                Elements names = e.getElementsByAttributeValue("itemprop", "name");
                out.add(Field.AUTHOR, Source.ITEMPROP, names.isEmpty()
                        ? e.hasAttr("content") ? e.attr("content") : firstLine(e) : content(names.first()));
            }
            default -> {
            }
        }
    }

    /** Ancestors looked at, at most, for where a microdata author sits. */
    private static final int MAX_AUTHOR_DEPTH = 64;

    /**
     * Whether a microdata author names the story's author, not another page's or a commenter's:
     * it sits neither in a link that holds more than the name (a teaser card for another story,
     * "By Jane Roe" under its headline) nor in page chrome (a comment list, related stories) outside
     * the story's own container.
     */
    private static boolean isStoryAuthor(Element author, Regions regions) {
        int own = -1;
        int depth = 0;
        boolean chrome = false;
        for (Element p = author.parent(); p != null && depth < MAX_AUTHOR_DEPTH; p = p.parent(), depth++) {
            if (regions != null && regions.of(p) == MarkupWords.Marker.CHROME) {
                chrome = true;
            } else if (chrome && p.normalName().equals("article")) {
                // the story's own footer or meta row ("article-footer"): its author is the story's
                chrome = false;
                break;
            }
            if (p.normalName().equals("a")) {
                if (own < 0) {
                    own = author.text().length();
                }
                if (p.text().length() > own + MAX_LINK_EXTRA) {
                    return false;
                }
            }
        }
        return !chrome;
    }

    /** Characters a profile link may hold beyond the author's name ("By ", a comma). */
    private static final int MAX_LINK_EXTRA = 8;

    /** Characters read at most from an element's first line. */
    private static final int MAX_FIRST_LINE = 200;

    /**
     * The text of {@code e}'s first rendered line: up to a {@code <br>} or a block element after
     * some text ("By Jane Roe<br>Senior Reporter" gives "By Jane Roe").
     */
    static String firstLine(Element e) {
        StringBuilder sb = new StringBuilder();
        boolean text = false;
        for (org.jsoup.nodes.Node n = e.childNodeSize() > 0 ? e.childNode(0) : null; n != null && sb.length() < MAX_FIRST_LINE; ) {
            if (n instanceof org.jsoup.nodes.TextNode t) {
                sb.append(t.getWholeText());
                text |= !t.getWholeText().isBlank();
            } else if (n instanceof Element c && (c.normalName().equals("br") || c.isBlock()) && text) {
                break;
            }
            // depth first: into children, else the next sibling, else up to an ancestor's next sibling below e
            if (n instanceof Element c && c.childNodeSize() > 0) {
                n = c.childNode(0);
                continue;
            }
            while (n != e && n.nextSibling() == null) {
                n = n.parent();
            }
            n = n == e ? null : n.nextSibling();
        }
        return sb.toString();
    }

    private static String content(Element e) {
        if (e.hasAttr("content")) {
            return e.attr("content");
        }
        if (e.hasAttr("datetime")) {
            return e.attr("datetime");
        }
        return e.text();
    }

    /** Candidates with whitespace collapsed and entities decoded, bounded per field and source. */
    private static final class Collector {
        private final Map<Field, Map<Source, List<String>>> values = new EnumMap<>(Field.class);
        private int itemprops;

        void add(Field field, Source source, String raw) {
            if (raw == null || raw.isBlank() || raw.length() > MAX_VALUE) {
                return;
            }
            String v = collapseWhitespace(Parser.unescapeEntities(raw, false));
            List<String> list = values.computeIfAbsent(field, f -> new EnumMap<>(Source.class))
                    .computeIfAbsent(source, s -> new ArrayList<>());
            if (!v.isEmpty() && list.size() < MAX_PER_SOURCE && !list.contains(v)) {
                list.add(v);
            }
        }

        /** Runs of whitespace as one space, none at the ends, in one pass. */
        private static String collapseWhitespace(String s) {
            StringBuilder sb = new StringBuilder(s.length());
            boolean gap = false;
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                if (Character.isWhitespace(c) || c == '\u00A0') {
                    gap = sb.length() > 0;
                } else {
                    if (gap) {
                        sb.append(' ');
                        gap = false;
                    }
                    sb.append(c);
                }
            }
            return sb.toString();
        }

        /** Whether {@code source} has its share of {@code field}: then its elements' text is not read. */
        boolean full(Field field, Source source) {
            List<String> list = values.getOrDefault(field, Map.of()).get(source);
            return list != null && list.size() >= MAX_PER_SOURCE;
        }

        /** Whether microdata may still add a value: a page nests thousands of items at most once. */
        boolean open() {
            return ++itemprops <= MAX_ITEMPROPS;
        }

        List<Candidate> sorted() {
            List<Candidate> all = new ArrayList<>();
            values.forEach((f, bySource) -> bySource.forEach((s, vs) -> vs.forEach(v -> all.add(new Candidate(f, s, v)))));
            return all;
        }
    }
}
