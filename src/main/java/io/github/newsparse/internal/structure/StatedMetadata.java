package io.github.newsparse.internal.structure;

import io.github.newsparse.BlockRole;
import io.github.newsparse.PublicationDate;
import io.github.newsparse.internal.Page;
import io.github.newsparse.internal.Part;
import io.github.newsparse.internal.html.PageMetadata;
import io.github.newsparse.internal.html.PageMetadata.Field;
import io.github.newsparse.internal.html.PageMetadata.Source;
import io.github.newsparse.internal.text.TitleKey;
import io.github.newsparse.internal.text.TitleLine;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Weighs what an HTML page states about itself in its markup (JSON-LD, OpenGraph, {@code <meta>},
 * microdata) against what its text shows, for the publication date and the authors. The headline
 * needs no step here: the headline model reads the stated titles as features of the page's lines.
 */
final class StatedMetadata {

    /** Where a publication date is stated, most trusted first. */
    private static final List<Source> DATE_SOURCES = List.of(Source.OPEN_GRAPH, Source.JSON_LD, Source.META,
            Source.ITEMPROP, Source.META_WORDS);
    /** Where an update is stated, most trusted first. */
    private static final List<Source> MODIFIED_SOURCES = List.of(Source.JSON_LD, Source.OPEN_GRAPH, Source.ITEMPROP,
            Source.META, Source.META_WORDS);
    /** Where authors are stated, most trusted first. */
    private static final List<Source> AUTHOR_SOURCES = List.of(Source.JSON_LD, Source.META, Source.ITEMPROP,
            Source.OPEN_GRAPH, Source.REL_AUTHOR, Source.TWITTER);
    /** Longer author values are sentences, not names. */
    private static final int MAX_NAME_WORDS = 5;
    /** Words of links and labels that markup puts where a name belongs ("View all posts"). */
    private static final Set<String> NOT_NAME_WORDS = Set.of("view", "posts", "profile", "more", "all", "by",
            "admin", "administrator", "editor", "updated", "reviewed", "edited",
            // a script's empty value printed where the name belongs
            "undefined", "null");

    private StatedMetadata() {
    }

    /** Sets the page's date and authors from its markup where the markup states them. */
    static void apply(Page page) {
        PageMetadata meta = page.metadata();
        if (!meta.candidates().isEmpty()) {
            published(page, meta);
            if (page.headline() != null) {
                page.headline(withoutSiteSuffix(page.headline(), meta));
            }
        }
        List<String> authors = authors(meta, page);
        if (!authors.isEmpty() && !authors.equals(page.authors())) {
            page.authors().clear();
            page.authors().addAll(authors);
        }
    }

    /** Where a page states its story's title in its markup. */
    private static final List<Source> TITLE_SOURCES = List.of(Source.JSON_LD, Source.OPEN_GRAPH, Source.TWITTER,
            Source.ITEMPROP);

    /** The keys ({@link TitleKey}) of the titles the markup states for the story, whole. */
    static Set<String> titleKeys(PageMetadata meta) {
        Set<String> keys = new HashSet<>();
        for (Source source : TITLE_SOURCES) {
            for (String t : meta.values(Field.TITLE, source)) {
                keys.add(TitleKey.of(t));
            }
        }
        return keys;
    }

    /** The keys of the site names the markup states. */
    private static Set<String> siteKeys(PageMetadata meta) {
        Set<String> keys = new HashSet<>();
        for (String s : meta.values(Field.SITE_NAME)) {
            keys.add(TitleKey.of(s));
        }
        return keys;
    }

    /**
     * The headline without a site suffix the markup confirms: the part before a separator is the
     * page's {@code <h1>} or a stated title ("Climate Change | Research Service" with an h1
     * "Climate Change"), or the part after it is the stated site name.
     */
    static String withoutSiteSuffix(String headline, PageMetadata meta) {
        Set<String> titles = titleKeys(meta);
        meta.first(Field.TITLE, Source.H1).ifPresent(h -> titles.add(TitleKey.of(h)));
        Set<String> sites = siteKeys(meta);
        // a stated title that carries the site's name after a separator states its head too
        for (Source source : TITLE_SOURCES) {
            for (String t : meta.values(Field.TITLE, source)) {
                for (String[] split : TitleLine.splits(t)) {
                    if (sites.contains(TitleKey.of(split[1]))) {
                        titles.add(TitleKey.of(split[0]));
                    }
                }
            }
        }
        for (String[] split : TitleLine.splits(headline)) {
            String head = TitleKey.of(split[0]);
            if (!head.isEmpty() && (titles.contains(head) || sites.contains(TitleKey.of(split[1])))) {
                return split[0];
            }
        }
        // "Site - Title": the part after the separator is what the markup states
        for (String[] split : TitleLine.splits(headline)) {
            String tail = TitleKey.of(split[1]);
            if (!tail.isEmpty() && titles.contains(tail) && !titles.contains(TitleKey.of(headline))) {
                return split[1];
            }
        }
        // "Label: Title" ("Blog: …", "Site's Blog: …") when the markup states the title alone
        int colon = headline.indexOf(": ");
        if (colon > 0) {
            String rest = headline.substring(colon + 2).strip();
            String key = TitleKey.of(rest);
            if (!key.isEmpty() && (titles.contains(key) || sites.contains(TitleKey.of(headline.substring(0, colon))))) {
                return rest;
            }
        }
        return headline;
    }

    /**
     * The stated publication date wins over the text's, unless they are more than a day apart,
     * the text never shows the stated one (a template's date, a first draft's) and the text's
     * was read in the headline's cluster. A {@code <time>} element, then the stated update, dates
     * the page only when nothing else does.
     * (Measured on the dev pages and not kept, as the halves disagreed: taking the stated
     * date when the text's is the stated update, or is labelled as an update; the text's day
     * when a UTC stamp is a day off.)
     */
    private static void published(Page page, PageMetadata meta) {
        PublicationDate text = page.published();
        Optional<PublicationDate> stated = firstDate(meta, DATE_SOURCES, Field.PUBLISHED);
        Optional<PublicationDate> modified = firstDate(meta, MODIFIED_SOURCES, Field.MODIFIED);
        if (stated.isEmpty()) {
            if (text == null) {
                firstDate(meta, List.of(Source.TIME), Field.PUBLISHED).or(() -> modified).ifPresent(page::published);
            }
        } else if (text == null) {
            page.published(stated.get());
        } else {
            PublicationDate m = stated.get();
            if (Math.abs(ChronoUnit.DAYS.between(text.date(), m.date())) <= 1 || visibleDates(page).contains(m.date())
                    || !fromHeadlineCluster(page)) {
                page.published(m);
            }
        }
        if (page.updated() == null && page.published() != null) {
            modified.filter(u -> u.date().isAfter(page.published().date())).ifPresent(page::updated);
        }
    }

    /**
     * Whether the text's date was read in the headline's cluster. A date far from it (a sidebar's
     * "Created: Dec 19, 2025", a list of recent posts) is weaker evidence than the markup's own.
     */
    private static boolean fromHeadlineCluster(Page page) {
        Part from = page.publishedFrom();
        return from != null && StructureFinder.nearHeadline(page.parts(), from);
    }

    private static Optional<PublicationDate> firstDate(PageMetadata meta, List<Source> sources, Field field) {
        for (Source s : sources) {
            for (String v : meta.values(field, s)) {
                Optional<PublicationDate> d = DateParser.find(v).map(DateParser.Found::date)
                        .filter(p -> Dates.isTrusted(p.date()));
                if (d.isPresent()) {
                    return d;
                }
            }
        }
        return Optional.empty();
    }

    /** Every date the page's text shows. */
    private static Set<LocalDate> visibleDates(Page page) {
        Set<LocalDate> dates = new HashSet<>();
        for (Part p : page.parts()) {
            String t = p.text();
            int from = 0;
            while (from < t.length()) {
                Optional<DateParser.Found> f = DateParser.find(from == 0 ? t : t.substring(from));
                if (f.isEmpty()) {
                    break;
                }
                dates.add(f.get().date().date());
                from += Math.max(1, f.get().end());
            }
        }
        return dates;
    }

    /**
     * The authors the markup states, from its most trusted source that names any: not a link
     * text, an address or a handle. The site's own name is the author only when the markup names
     * nobody else (a company's or a one-person blog's page): on the dev pages that is what the
     * page's reader sees as its author far more often than what a byline-shaped line of the text
     * says.
     */
    static List<String> authors(PageMetadata meta, Page page) {
        Set<String> sites = siteKeys(meta);
        for (String t : meta.values(Field.TITLE, Source.TITLE_TAG)) {
            sites.add(TitleKey.of(TitleLine.siteSuffix(t)));
        }
        String host = page.url().map(SiteOwner::label).orElse("");
        List<String> outlet = new ArrayList<>();
        List<String> printed = printedByline(page);
        for (Source source : AUTHOR_SOURCES) {
            List<String> names = new ArrayList<>();
            for (String v : meta.values(Field.AUTHOR, source)) {
                for (String stated : BylineFinder.statedNames(v)) {
                    String n = withoutTrailingSeparator(stated);
                    if (!isName(n) || names.contains(n)) {
                        continue;
                    }
                    if (sites.contains(TitleKey.of(n)) || spellsHost(n, host) && !isPersonsName(n)) {
                        if (!outlet.contains(n)) {
                            outlet.add(n);
                        }
                    } else {
                        names.add(n);
                    }
                }
            }
            if (!names.isEmpty()) {
                // the printed byline's people win over stated names the page never shows, and over
                // shown ones of which none reads as a person ("One Tree Planted", a company)
                return printed.isEmpty() || sharesName(names, printed) || anyShown(names, page) && anyPerson(names)
                        ? names : printed;
            }
        }
        if (!printed.isEmpty()) {
            return printed;
        }
        List<String> marked = MarkedByline.authors(page);
        if (!marked.isEmpty()) {
            return marked;
        }
        if (!outlet.isEmpty()) {
            // "by Meaghan Weeden ● December 23, 2025" under the headline, the site's name in the
            // markup's author field: the outlet is no person, the byline's full names are
            List<String> signed = explicitByline(page);
            if (signed.isEmpty() && !isPersonsName(outlet.get(0))) {
                // "Çelik Nimani" beside the date, or an author's box at the story's end, when the
                // markup names only the site ("Digjitale"): the text's people, if each reads as a
                // person's full name on the page; a site named after a person is its owner's own
                signed = textPeople(page);
            }
            return signed.isEmpty() ? List.of(outlet.get(0)) : signed;
        }
        // nobody is named anywhere: the page is the site's own (a company's or a one-person blog's)
        if (page.authors().isEmpty()) {
            for (Source source : SITE_SOURCES) {
                for (String v : meta.values(Field.SITE_NAME, source)) {
                    String name = withoutTrailingSeparator(v);
                    if (isName(name) && !TitleKey.of(name).isEmpty()) {
                        return List.of(name);
                    }
                }
            }
        }
        return List.of();
    }

    /**
     * The authors of the page's printed byline ("By Jane Roe"), when the text found them on a line
     * that opens like one and each is a full name that opens with a given name; else none.
     */
    private static List<String> printedByline(Page page) {
        return bylineAuthors(page, StatedMetadata::isPersonsName);
    }

    /**
     * The text's authors when they come from a byline with an explicit opener ("by …") and each
     * reads as a person's full name on the page, given name known or not ("By Event Type", a
     * filter's label, has the page's own words); else none.
     */
    private static List<String> explicitByline(Page page) {
        return bylineAuthors(page, StructureFinder.nameTestOn(page));
    }

    /**
     * The authors the text found by any of its rules (a name line beside the date, an author's
     * box), when each is a full name that reads as a person's on the page; else none.
     */
    private static List<String> textPeople(Page page) {
        java.util.function.Predicate<String> person = StructureFinder.nameTestOn(page);
        return !page.authors().isEmpty() && page.authors().stream().allMatch(n -> n.indexOf(' ') > 0 && person.test(n))
                ? List.copyOf(page.authors()) : List.of();
    }

    /** A host label shorter than this ("ap", "wsj") is too short to spell a site's name. */
    private static final int MIN_HOST_LABEL = 4;

    /** Whether {@code name}'s letters and digits spell the address's host label: "Buzzsprout" on buzzsprout.com. */
    private static boolean spellsHost(String name, String hostLabel) {
        return hostLabel.length() >= MIN_HOST_LABEL && TitleKey.of(name).replace(" ", "").equals(hostLabel);
    }

    /** Whether {@code name} is a person's: a full name that opens with a given name ("Sam Bossley"). */
    private static boolean isPersonsName(String name) {
        return name.indexOf(' ') > 0 && BylineFinder.opensWithGivenName(name);
    }

    /** The text's authors, when a byline that opens like one ("By …") names them and each is {@code accepted}. */
    private static List<String> bylineAuthors(Page page, java.util.function.Predicate<String> accepted) {
        if (page.authors().isEmpty()) {
            return List.of();
        }
        for (Part p : page.parts()) {
            if (p.role() == BlockRole.BYLINE && BylineFinder.opensLikeByline(p.text())) {
                return page.authors().stream().allMatch(accepted) ? List.copyOf(page.authors()) : List.of();
            }
        }
        return List.of();
    }

    /** Whether any of {@code names} opens with a given name, as a person's does. */
    private static boolean anyPerson(List<String> names) {
        return names.stream().anyMatch(StatedMetadata::isPersonsName);
    }

    /** Whether the page's text shows any of {@code names}. */
    private static boolean anyShown(List<String> names, Page page) {
        String text = page.input().toLowerCase(Locale.ROOT);
        for (String n : names) {
            if (text.contains(n.toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    private static boolean sharesName(List<String> a, List<String> b) {
        for (String x : a) {
            for (String y : b) {
                if (TitleKey.of(x).equals(TitleKey.of(y))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Where the site states its name, most trusted first. */
    private static final List<Source> SITE_SOURCES = List.of(Source.OPEN_GRAPH, Source.JSON_LD);

    /** Characters that separate a site's name from a title, left at the end of a stated name ("Ambient Air Solutions |"). */
    private static final String SEPARATORS = "|-–—:•·»";

    /** {@code name} without the separators and spaces it ends with. */
    static String withoutTrailingSeparator(String name) {
        int end = name.length();
        while (end > 0 && (SEPARATORS.indexOf(name.charAt(end - 1)) >= 0 || Character.isWhitespace(name.charAt(end - 1)))) {
            end--;
        }
        return name.substring(0, end);
    }

    static boolean isName(String n) {
        if (n.contains("http") || n.contains("www.") || n.contains("@") || n.contains(":") || n.contains("/")) {
            return false;
        }
        int digits = 0;
        int letters = 0;
        for (int i = 0; i < n.length(); i++) {
            digits += Character.isDigit(n.charAt(i)) ? 1 : 0;
            letters += Character.isLetter(n.charAt(i)) ? 1 : 0;
        }
        String[] words = n.toLowerCase(Locale.ROOT).split(" ");
        // a name has letters: "-" or "|" alone is a separator, a zero-width space nothing
        if (digits > 0 || letters == 0 || words.length > MAX_NAME_WORDS) {
            return false;
        }
        for (String w : words) {
            if (NOT_NAME_WORDS.contains(w) || isTemplateKey(w)) {
                return false;
            }
        }
        return true;
    }

    /** The fields a template's key for a name ends with ("page.head.extra.author", "post.author.name"). */
    private static final Set<String> TEMPLATE_FIELDS = Set.of("author", "authors", "name", "byline", "creator", "writer");

    /**
     * Whether a word is a template's key left where a name belongs ("page.head.extra.author",
     * "{{author}}", "${author}"): braces or a dollar sign, or dotted words that end in a field of
     * a name. A dotted handle ("sara.r.peter") is a name.
     */
    private static boolean isTemplateKey(String w) {
        if (w.indexOf('{') >= 0 || w.indexOf('}') >= 0 || w.indexOf('$') >= 0) {
            return true;
        }
        int dot = w.lastIndexOf('.');
        return dot > 0 && TEMPLATE_FIELDS.contains(w.substring(dot + 1));
    }
}
