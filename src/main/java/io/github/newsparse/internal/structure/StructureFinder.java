package io.github.newsparse.internal.structure;

import io.github.newsparse.BlockRole;
import io.github.newsparse.BoilerplateCategory;
import io.github.newsparse.Dateline;
import io.github.newsparse.PublicationDate;
import io.github.newsparse.Span;
import io.github.newsparse.internal.Page;
import io.github.newsparse.internal.Part;
import io.github.newsparse.internal.text.WordCounts;
import io.github.newsparse.internal.text.Words;
import java.util.List;
import java.util.Optional;

/**
 * Finds the article's structure on a classified page: date stamps and bylines in the header,
 * the dateline opening the first paragraph, and the headline before it. Relabels the parts that
 * hold them, so they leave the body.
 */
public final class StructureFinder {

    /** Body parts after the first paragraph that may still hold a byline or stamp. */
    private static final int HEADER_SLACK = 8;
    private static final int LONG_PARAGRAPH_WORDS = 25;
    /** How many body parts from the top may open with the dateline. */
    private static final int DATELINE_TRIES = 3;

    private StructureFinder() {
    }

    public static void apply(Page page) {
        Frame frame = frame(page);
        NameCheck names = new NameCheck(page);
        int h = HeadlineModel.best(frame.view(), page.fromHtml());
        addAuthors(page, headerAuthors(frame.bylines(), h));
        if (h >= 0) {
            Part hp = page.parts().get(h);
            hp.label(BlockRole.HEADLINE, null);
            page.headline(HeadlineFinder.clean(hp.text(), page.parts(), h, page.url().map(SiteOwner::labels).orElse(List.of())));
            if (!frame.labelledPublished()) {
                dateNearHeadline(page, h);
            }
            if (page.published() == null) {
                firstStampAfter(page, h);
            }
            if (page.authors().isEmpty()) {
                bylineNearHeadline(page, h, names);
            }
        }
        if (page.authors().isEmpty()) {
            creditAboveStory(page, frame.headerEnd(), names);
        }
        if (page.authors().isEmpty()) {
            // names on lines of their own only when no byline names the authors
            nameOnlyBylines(page, h < 0 ? 0 : Math.max(0, h - NAME_LINE_REACH),
                    h < 0 ? frame.headerEnd() : h + NAME_LINE_REACH + 1, h, names);
        }
        if (page.authors().isEmpty() || page.published() == null) {
            SoleByline sole = soleByline(page.parts());
            if (sole != null && page.authors().isEmpty()) {
                // when the header names nobody, the page's only explicit byline wherever it is
                addAuthors(page, sole.names());
            }
            if (sole != null && page.published() == null) {
                dateBesideSoleByline(page, sole);
            }
        }
        if (page.authors().isEmpty()) {
            authorBox(page, names);
        }
        if (page.published() == null) {
            soleStamp(page);
        }
        StatedMetadata.apply(page);
        authorBios(page);
    }

    /** How many of the story's last paragraphs may be its author's bio. */
    private static final int BIO_PARAGRAPHS = 3;
    /** A bio has at most this many words. */
    private static final int MAX_BIO_WORDS = 80;

    /**
     * The author's bio under the story ("Jane Roe is a member of the paper's staff.", "Jane covers
     * the courts.", "Jane Roe (@janeroe) is …") is no part of it: one of the story's last
     * {@value #BIO_PARAGRAPHS} paragraphs that opens with an author's name, whole, given or
     * surname, and a verb that opens a bio or a handle in brackets.
     */
    private static void authorBios(Page page) {
        if (page.authors().isEmpty()) {
            return;
        }
        List<Part> parts = page.parts();
        int seen = 0;
        for (int i = parts.size() - 1; i >= 0 && seen < BIO_PARAGRAPHS; i--) {
            Part p = parts.get(i);
            if (!p.isBody()) {
                continue;
            }
            seen++;
            String text = p.text();
            if (io.github.newsparse.internal.text.Words.splitCount(text) > MAX_BIO_WORDS) {
                continue;
            }
            for (String author : page.authors()) {
                if (opensAuthorBio(text, author)) {
                    p.label(BlockRole.BOILERPLATE, io.github.newsparse.BoilerplateCategory.OTHER);
                    break;
                }
            }
        }
    }

    /** Whether {@code text} opens with the author's whole, given or last name and then a bio's verb or handle. */
    private static boolean opensAuthorBio(String text, String author) {
        int space = author.indexOf(' ');
        int last = author.lastIndexOf(' ');
        for (String name : space < 0 ? List.of(author) : List.of(author, author.substring(0, space), author.substring(last + 1))) {
            if (opensBio(text, name) || text.startsWith(name + " (@")) {
                return true;
            }
        }
        // in the first person: "I'm Jane, a certified trainer …", "Hi, I am Jane Roe and …"
        String given = space < 0 ? author : author.substring(0, space);
        for (String opening : FIRST_PERSON_BIO) {
            if (text.startsWith(opening) && text.startsWith(given, opening.length())) {
                int after = opening.length() + given.length();
                return after < text.length() && (text.charAt(after) == ',' || text.charAt(after) == ' ');
            }
        }
        return false;
    }

    /** How a bio in the first person opens before the author's given name. */
    private static final List<String> FIRST_PERSON_BIO = List.of("I'm ", "I’m ", "I am ", "Hi, I'm ", "Hi, I’m ",
            "Hi! I'm ", "Hi! I’m ", "Hi, I am ");

    /** How far below a name on its own line the author's bio may start. */
    private static final int BIO_REACH = 2;
    /** Verbs that open a bio after the author's name: "Jane Roe is …", "Jane has …". */
    private static final List<String> BIO_VERBS = List.of(" is ", " has ", " was ", " writes ", " covers ", " lives ");

    /**
     * When nothing else names the author: the page's one author box, a name on a line of its
     * own (perhaps with a short role: "Jane Roe, SEO Copywriter") followed within
     * {@value #BIO_REACH} lines by a bio that opens with its first word ("Jane is a film lover
     * …") or with the whole name and gives a role or says he or she ("Jane Roe is a freelance
     * journalist …"). Two such boxes are a team page, and name nobody.
     */
    private static void authorBox(Page page, NameCheck nameCheck) {
        List<Part> parts = page.parts();
        String found = null;
        for (int i = 0; i + 1 < parts.size(); i++) {
            String name = withoutRole(parts.get(i).text());
            if (name.length() > MAX_BOX_NAME || !nameCheck.looksLikeName(name)) {
                continue;
            }
            String first = name.substring(0, name.indexOf(' ') < 0 ? name.length() : name.indexOf(' '));
            for (int j = i + 1; j <= Math.min(parts.size() - 1, i + BIO_REACH); j++) {
                String bio = parts.get(j).text();
                // a person goes by the first name ("James is a film lover"); a product or an
                // event by its whole name, so that needs a role or a personal pronoun in the bio
                if (!first.equals(name) && opensBio(bio, first) && !opensBio(bio, name)
                        || opensBio(bio, name) && speaksOfAPerson(bio)) {
                    if (found != null && !found.equals(name)) {
                        return;
                    }
                    found = name;
                    break;
                }
            }
        }
        if (found != null) {
            addAuthors(page, List.of(found));
        }
    }

    private static final int MAX_BOX_NAME = 40;
    private static final java.util.Set<String> PERSONAL_PRONOUNS = java.util.Set.of("he", "she", "his", "her", "him");
    private static final java.util.Set<String> AUTHOR_ROLES = java.util.Set.copyOf(
            io.github.newsparse.internal.text.WordLists.read(StructureFinder.class, "author-roles.txt"));

    /** Whether a bio speaks of a person: a role of one ("a freelance journalist") or "he" or "she". */
    private static boolean speaksOfAPerson(String text) {
        int i = 0;
        while (i < text.length()) {
            int start = i;
            while (i < text.length() && (Character.isLetter(text.charAt(i)) || text.charAt(i) == '-')) {
                i++;
            }
            if (i > start) {
                String lw = text.substring(start, i).toLowerCase(java.util.Locale.ROOT);
                if (PERSONAL_PRONOUNS.contains(lw) || AUTHOR_ROLES.contains(lw)) {
                    return true;
                }
            } else {
                i++;
            }
        }
        return false;
    }

    private static boolean opensBio(String text, String name) {
        if (!text.startsWith(name)) {
            return false;
        }
        for (String v : BIO_VERBS) {
            if (text.startsWith(v, name.length())) {
                return true;
            }
        }
        return false;
    }

    /** How far from the page's sole byline a date stamp of its own dates the page. */
    private static final int STAMP_BESIDE_BYLINE = 2;

    /**
     * When nothing else dated the page, a line that is only a date stamp just below (or just
     * above) its sole byline, wherever that sits: an author box after the story prints "Written
     * by Jane Roe" over "April 8, 2024".
     */
    private static void dateBesideSoleByline(Page page, SoleByline b) {
        List<Part> parts = page.parts();
        for (int d = 1; d <= STAMP_BESIDE_BYLINE; d++) {
            for (int i : new int[] {b.index() + d, b.index() - d}) {
                if (i < 0 || i >= parts.size() || i < b.index() && d > 1) {
                    continue;
                }
                Part p = parts.get(i);
                if (!isCandidate(p) && p.role() != BlockRole.METADATA || p.wordCount() > MetadataFinder.MAX_BARE_WORDS) {
                    continue;
                }
                Optional<MetadataFinder.Stamp> s = MetadataFinder.find(p.text(), p.wordCount());
                if (s.isPresent() && s.get().wholeLine()) {
                    takeStamp(page, p, s.get());
                    return;
                }
            }
        }
    }

    /** The page's only byline: where its names stand, and the names. */
    private record SoleByline(int index, List<String> names) {
    }

    /**
     * The page's only explicit byline, wherever it is (an author box after the story: "By: Jane
     * Roe", "Article by" / "Jane Roe"), or null when it has none or several naming different
     * people (a list of stories or a comment thread). "Posted by" never counts: it opens comments
     * as often as stories.
     */
    private static SoleByline soleByline(List<Part> parts) {
        SoleByline found = null;
        int posted = 0;
        for (Part p : parts) {
            posted += p.text().regionMatches(true, 0, "posted", 0, 6) ? 1 : 0;
        }
        for (int i = 0; i < parts.size(); i++) {
            Part p = parts.get(i);
            String text = p.text();
            int words = p.wordCount();
            List<String> names;
            int at = i;
            if (BylineFinder.isOpenerOnly(text) && i + 1 < parts.size()) {
                // an author box: "Article by" / "Jane Roe"
                names = BylineFinder.namesAfterOpener(parts.get(i + 1).text());
                at = i + 1;
                if (names.isEmpty()) {
                    continue;
                }
            } else if (!BylineFinder.opensLikeByline(text) || text.regionMatches(true, 0, "posted", 0, 6)
                    && (posted > 1 || !Dates.contains(text) || p.category() == BoilerplateCategory.COMMENTS)
                    || !BylineFinder.isByline(text, words)) {
                // "Posted by" opens comments as often as stories: only the page's one such line, dated
                // and outside the comments ("Posted by Jane Roe on 2025-12-18 in news"), is its byline
                continue;
            } else {
                names = BylineFinder.names(text);
            }
            if (found != null && !found.names().equals(names)) {
                return null;
            }
            if (found == null) {
                found = new SoleByline(at, names);
            }
        }
        return found;
    }

    /**
     * The page's frame: what the headline model reads, and where the header (bylines and
     * stamps) ends.
     */
    public record Frame(HeadlineModel.PageView view, int headerEnd, boolean labelledPublished, List<Byline> bylines) {
    }

    /** Adds the names the page's authors do not hold yet, in order. */
    private static void addAuthors(Page page, List<String> names) {
        for (String name : names) {
            String n = BylineFinder.tidy(name);
            if (!n.isEmpty() && !page.authors().contains(n)) {
                page.authors().add(n);
            }
        }
    }

    /** A byline in the header: the part that holds it (its first line) and the names it gives. */
    public record Byline(int part, List<String> names) {
    }

    /** How many lines below the headline its own byline may be. */
    private static final int BYLINE_AFTER_HEADLINE = 12;

    /**
     * The authors among the header's bylines. One byline, or several that name the same people,
     * name the authors. Several that differ are teasers' bylines too (a list of other stories
     * above the headline): the story's own is the first below its headline, else the nearest.
     */
    private static List<String> headerAuthors(List<Byline> bylines, int h) {
        java.util.LinkedHashSet<String> all = new java.util.LinkedHashSet<>();
        for (Byline b : bylines) {
            all.addAll(b.names());
        }
        if (h < 0 || bylines.size() <= 1 || bylines.stream().allMatch(b -> b.names().equals(bylines.get(0).names()))) {
            return List.copyOf(all);
        }
        Byline best = null;
        for (Byline b : bylines) {
            if (b.part() > h && b.part() - h <= BYLINE_AFTER_HEADLINE) {
                return b.names();
            }
            if (best == null || Math.abs(b.part() - h) < Math.abs(best.part() - h)) {
                best = b;
            }
        }
        return best.names();
    }

    /**
     * Reads the page's frame around the story: date stamps and bylines in the header, the
     * dateline, and where the story starts.
     */
    public static Frame frame(Page page) {
        List<Part> parts = page.parts();
        int first = Math.max(HeadlineFinder.firstParagraph(parts), firstLongParagraph(parts));
        int headerEnd = Math.min(parts.size(), first + HEADER_SLACK + 1);
        PublicationDate published = null;
        PublicationDate bare = null;
        PublicationDate updated = null;
        Part publishedAt = null;
        Part bareAt = null;
        Part updatedAt = null;
        List<Byline> bylines = new java.util.ArrayList<>();
        NameCheck nameCheck = new NameCheck(page);
        for (int i = 0; i < parts.size(); i++) {
            Part p = parts.get(i);
            // a note that is only a stamp ("Updated: December 31, 2024") dates the page
            boolean note = p.role() == BlockRole.NOTE;
            // a byline the markup made look like a teaser ("By Jane Roe Published in Metro …" under
            // a dek taken for a related link) is the header's still
            boolean teaserByline = i < headerEnd && p.role() == BlockRole.BOILERPLATE
                    && p.category() == BoilerplateCategory.RELATED && BylineFinder.opensLikeByline(p.text());
            if (!isCandidate(p) && !note && !teaserByline) {
                continue;
            }
            String text = p.text();
            int words = Words.splitCount(text);
            if (note) {
                Optional<MetadataFinder.Stamp> s = MetadataFinder.find(text, words);
                if (s.isPresent() && s.get().wholeLine() && s.get().kind() != MetadataFinder.Kind.BARE) {
                    p.label(BlockRole.METADATA, null);
                    if (s.get().kind() == MetadataFinder.Kind.UPDATED) {
                        updatedAt = updated == null ? p : updatedAt;
                        updated = updated == null ? s.get().date() : updated;
                    } else {
                        publishedAt = published == null ? p : publishedAt;
                        published = published == null ? s.get().date() : published;
                    }
                }
                continue;
            }
            List<String> split = i < headerEnd ? splitByline(page, i, nameCheck) : List.of();
            if (!split.isEmpty()) {
                bylines.add(new Byline(i, split));
                // past the names' lines: "By" / "Jane Roe" / "John Doe"
                i++;
                while (i + 1 < parts.size() && parts.get(i + 1).role() == BlockRole.BYLINE) {
                    i++;
                }
                continue;
            }
            if (i < headerEnd && BylineFinder.isByline(text, words) && !inMenuRun(parts, i)) {
                p.label(BlockRole.BYLINE, null);
                bylines.add(new Byline(i, BylineFinder.names(text)));
                Optional<MetadataFinder.Stamp> inside = MetadataFinder.findInside(text, words);
                if (inside.isPresent()) {
                    if (inside.get().kind() == MetadataFinder.Kind.UPDATED) {
                        updatedAt = updated == null ? p : updatedAt;
                        updated = updated == null ? inside.get().date() : updated;
                    } else {
                        publishedAt = published == null ? p : publishedAt;
                        published = published == null ? inside.get().date() : published;
                    }
                } else if (bare == null) {
                    // "by Jane Roe | Mar 11, 2023 | Brakes, Repairs | 0 comments": the byline's own date
                    Optional<DateParser.Found> d = DateParser.find(text);
                    if (d.isPresent()) {
                        bare = d.get().date();
                        bareAt = p;
                    }
                }
                continue;
            }
            Optional<MetadataFinder.Stamp> stamp = MetadataFinder.find(text, words);
            if (stamp.isEmpty()) {
                continue;
            }
            MetadataFinder.Stamp s = stamp.get();
            boolean labelled = s.kind() != MetadataFinder.Kind.BARE;
            if (s.wholeLine()) {
                p.label(BlockRole.METADATA, null);
            } else if (labelled && i < headerEnd) {
                page.splitPrefix(p, p.textStart() + s.end(), BlockRole.METADATA);
                p = parts.get(i);
                i++;
            } else {
                continue;
            }
            switch (s.kind()) {
                case UPDATED -> {
                    updatedAt = updated == null ? p : updatedAt;
                    updated = updated == null ? s.date() : updated;
                }
                case PUBLISHED -> {
                    publishedAt = published == null ? p : publishedAt;
                    published = published == null ? s.date() : published;
                }
                case BARE -> {
                    bareAt = bare == null && i < headerEnd ? p : bareAt;
                    bare = bare == null && i < headerEnd ? s.date() : bare;
                }
            }
        }
        if (published != null && bare != null && bareAt != null && parts.indexOf(publishedAt) >= headerEnd
                && MetadataFinder.opensWithLabel(publishedAt.text())) {
            // a stamp line far below the header ("Published on May 2, 2024" in a sidebar, another
            // story's) yields to the header's own date ("By Jane Roe • 20 Dec 2025"); a sentence
            // that says when the article was first published does not
            published = null;
        }
        // a page that shows only when it was updated is dated by that
        page.published(published != null ? published : bare != null ? bare : updated,
                published != null ? publishedAt : bare != null ? bareAt : updatedAt);
        page.updated(updated);
        int datelinePart = findDateline(page);
        int firstPara = datelinePart >= 0 ? datelinePart : HeadlineFinder.firstParagraph(parts);
        int story = datelinePart >= 0 ? datelinePart : Math.max(firstPara, firstLongParagraph(parts));
        return new Frame(new HeadlineModel.PageView(parts, Math.min(story, parts.size()), firstPara, page.metadata(),
                UrlSlug.words(page.url())), headerEnd,
                published != null, bylines);
    }

    /** Words a line of a "browse by" menu has at most ("By Wine Region"). */
    private static final int MENU_LINE_WORDS = 5;

    /**
     * Whether the line next to {@code i} opens like a byline too and is as short as a menu
     * item: "By Type" / "By Wine Region" / "By Grape" is a menu, not three bylines.
     */
    private static boolean inMenuRun(List<Part> parts, int i) {
        for (int j : new int[] {i - 1, i + 1}) {
            if (j >= 0 && j < parts.size()) {
                String t = parts.get(j).text();
                if (Words.count(t) <= MENU_LINE_WORDS && BylineFinder.opensLikeByline(t)
                        && !BylineFinder.isOpenerOnly(t)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** How far after the headline a date stamp of its own is looked for, and how far before. */
    private static final int DATE_AFTER_HEADLINE = 12;
    private static final int DATE_BEFORE_HEADLINE = 3;

    /**
     * Whether {@code p} sits in the headline's cluster, where a page prints its own date: from a
     * few lines above the headline to a dozen below it. False when the page has no headline.
     */
    static boolean nearHeadline(List<Part> parts, Part p) {
        int h = -1;
        int at = -1;
        for (int i = 0; i < parts.size() && (h < 0 || at < 0); i++) {
            Part q = parts.get(i);
            if (h < 0 && q.role() == BlockRole.HEADLINE) {
                h = i;
            }
            if (q == p) {
                at = i;
            }
        }
        return h >= 0 && at >= 0 && at >= h - DATE_BEFORE_HEADLINE && at <= h + DATE_AFTER_HEADLINE;
    }

    /**
     * When the header held no stamp, the date nearest the headline: a short line that is only a
     * date, or a byline with one ("Jane Roe March 4, 2025"), just below it (or just above: a
     * kicker with a date). Web pages print the date in the headline's cluster, wherever the
     * story's first paragraph starts.
     */
    private static void dateNearHeadline(Page page, int h) {
        List<Part> parts = page.parts();
        for (int d = 1; d <= DATE_AFTER_HEADLINE; d++) {
            for (int i : new int[] {h + d, h - d}) {
                if (i < 0 || i >= parts.size() || (i < h && h - i > DATE_BEFORE_HEADLINE)) {
                    continue;
                }
                Part p = parts.get(i);
                boolean role = inCluster(p);
                if (!role) {
                    continue;
                }
                String text = p.text();
                int words = p.wordCount();
                Optional<MetadataFinder.Stamp> s = MetadataFinder.find(text, words);
                if (s.isEmpty() || !s.get().wholeLine()) {
                    // "Posted by Jane Roe on March 4, 2025", "By Jane RoeMarch 4, 2025 | 6 comments"
                    s = creditWithDate(text, words);
                }
                if (s.isPresent()) {
                    takeStamp(page, p, s.get());
                    return;
                }
            }
        }
    }

    /** The page is dated by {@code s}, found on {@code p}: a stamp line becomes metadata, a byline stays one. */
    private static void takeStamp(Page page, Part p, MetadataFinder.Stamp s) {
        page.published(s.date(), p);
        if (s.kind() == MetadataFinder.Kind.UPDATED && page.updated() == null) {
            page.updated(s.date());
        }
        if (p.role() != BlockRole.BYLINE) {
            p.label(BlockRole.METADATA, null);
        }
    }

    /** How far past the headline a stamp of its own is the page's date when none is nearer. */
    private static final int STAMP_REACH = 60;

    /**
     * When nothing near the headline is dated, the first line below it that is only a date
     * stamp ("Apr 21, 2021", "Updated: 10/31/2024") within the story's reach.
     */
    private static void firstStampAfter(Page page, int h) {
        List<Part> parts = page.parts();
        for (int i = h + 1; i < parts.size() && i <= h + STAMP_REACH; i++) {
            Part p = parts.get(i);
            if (!isCandidate(p) && p.role() != BlockRole.METADATA) {
                continue;
            }
            String text = p.text();
            int words = p.wordCount();
            if (words > MetadataFinder.MAX_BARE_WORDS) {
                continue;
            }
            Optional<MetadataFinder.Stamp> s = MetadataFinder.find(text, words);
            if (s.isPresent() && s.get().wholeLine()) {
                takeStamp(page, p, s.get());
                return;
            }
        }
    }

    /**
     * When nothing in the header dated the page, the one date its stamps give wherever they are
     * ("Posted July 10, 2004" under the story, "August 11, 2025 · 12 minute read" after a long
     * introduction): every short line that is a stamp, or a credit with a date, must give the
     * same day. A list of stories or a comment thread gives several and dates nothing. Update
     * stamps are revisions, not rival dates: they date the page only when nothing else does.
     */
    private static void soleStamp(Page page) {
        List<Part> parts = page.parts();
        Part at = null;
        MetadataFinder.Stamp found = null;
        boolean rivals = false;
        Part labelledAt = null;
        MetadataFinder.Stamp labelled = null;
        boolean labelledRivals = false;
        Part updatedAt = null;
        MetadataFinder.Stamp updated = null;
        for (Part p : parts) {
            String text = p.text();
            int words = p.wordCount();
            if (p.role() == BlockRole.COPYRIGHT || words > CREDIT_MAX_WORDS || text.contains("://")
                    || text.startsWith("www.")) {
                // a link's path may hold a date (/2015/03/24/) of another page
                continue;
            }
            Optional<MetadataFinder.Stamp> s = MetadataFinder.find(text, words);
            if (s.isEmpty() || !s.get().wholeLine()) {
                s = creditWithDate(text, words);
            }
            if (s.isEmpty()) {
                continue;
            }
            if (s.get().kind() == MetadataFinder.Kind.UPDATED) {
                // "Updated November 23, 2013" over "Posted July 10, 2004": revisions, not rival dates
                if (updated == null) {
                    updated = s.get();
                    updatedAt = p;
                }
                continue;
            }
            if (s.get().kind() == MetadataFinder.Kind.PUBLISHED) {
                if (labelled == null) {
                    labelled = s.get();
                    labelledAt = p;
                } else if (!labelled.date().date().equals(s.get().date().date())) {
                    labelledRivals = true;
                }
            }
            if (found == null) {
                found = s.get();
                at = p;
            } else if (!found.date().date().equals(s.get().date().date())) {
                rivals = true;
            }
        }
        if (found != null && !rivals) {
            page.published(found.date(), at);
        } else if (labelled != null && !labelledRivals) {
            // "Published on November 5, 2025" among the dates of comments or notes: the page says which is its own
            page.published(labelled.date(), labelledAt);
        } else if (found == null && updated != null) {
            page.published(updated.date(), updatedAt);
        }
    }

    /** How far from the headline a name on a line of its own may be an author's. */
    private static final int NAME_LINE_REACH = 6;

    /**
     * A byline in the headline's cluster, wherever the header was thought to end: "By Jane
     * Roe", "Written by Jane Roe" within a few lines below the headline.
     */
    private static void bylineNearHeadline(Page page, int h, NameCheck nameCheck) {
        List<Part> parts = page.parts();
        for (int i = h + 1; i < parts.size() && i <= h + DATE_AFTER_HEADLINE; i++) {
            Part p = parts.get(i);
            String text = p.text();
            int words = p.wordCount();
            if (!inCluster(p)) {
                continue;
            }
            List<String> split = splitByline(page, i, nameCheck);
            if (!split.isEmpty()) {
                addAuthors(page, split);
                return;
            }
            List<String> names = creditNames(text, words, nameCheck);
            if (names.isEmpty() && words <= CREDIT_MAX_WORDS) {
                names = gluedCreditNames(text, nameCheck);
            }
            if (!names.isEmpty()) {
                p.label(BlockRole.BYLINE, null);
                addAuthors(page, names);
                return;
            }
        }
        // a kicker line above the headline that credits and dates it ("Published August 7, 2023 by Jane Roe")
        for (int i = h - 1; i >= 0 && i >= h - BYLINE_ABOVE_HEADLINE; i--) {
            Part p = parts.get(i);
            if (!inCluster(p)) {
                continue;
            }
            List<String> names = datedCredit(p.text(), p.wordCount(), nameCheck);
            if (!names.isEmpty()) {
                p.label(BlockRole.BYLINE, null);
                addAuthors(page, names);
                return;
            }
        }
    }

    /**
     * When the headline's cluster named nobody, the header's one dated credit that names its
     * author after "by" ("Published August 7, 2023 by Jane Roe"), wherever the headline was
     * thought to be: two such lines naming different people name nobody.
     */
    private static void creditAboveStory(Page page, int headerEnd, NameCheck nameCheck) {
        List<Part> parts = page.parts();
        int found = -1;
        List<String> names = List.of();
        for (int i = 0; i < Math.min(headerEnd, parts.size()); i++) {
            Part p = parts.get(i);
            if (!inCluster(p) || p.role() == BlockRole.BYLINE) {
                continue;
            }
            String text = p.text();
            Optional<DateParser.Found> f = creditDate(text, p.wordCount());
            if (f.isEmpty()) {
                continue;
            }
            int by = text.indexOf(" by ", f.get().end());
            if (by < 0 || by - f.get().end() > 3) {
                continue;
            }
            List<String> n = datedCredit(text, f, nameCheck);
            if (n.isEmpty()) {
                continue;
            }
            if (found >= 0 && !n.equals(names)) {
                return;
            }
            found = i;
            names = n;
        }
        if (found >= 0) {
            parts.get(found).label(BlockRole.BYLINE, null);
            addAuthors(page, names);
        }
    }

    /**
     * The names of a credit line read once the pieces its markup glued are set apart ("Jane
     * Roe2 minutes ago", "by Jane Roe @janeroe May 2, 2024"): its byline or dated credit, else the
     * name beside what a credit prints ("Jane Roe | Published 4 months ago") or beside its handle
     * alone ("Jane Roe@janeroe").
     */
    private static List<String> gluedCreditNames(String text, NameCheck nameCheck) {
        String unglued = CreditLine.unglue(text, AUTHOR_ROLES);
        boolean glued = !unglued.equals(text);
        if (glued) {
            List<String> names = creditNames(unglued, Words.count(unglued), nameCheck);
            if (!names.isEmpty()) {
                return names;
            }
        }
        String lead = CreditLine.leadingName(unglued, AUTHOR_ROLES);
        if (lead == null && glued && unglued.indexOf('|') < 0) {
            lead = unglued;
        }
        return lead != null && nameCheck.looksLikeName(lead) ? List.of(lead) : List.of();
    }

    /** The names of a byline, a dated credit line or a user name after "by" ("by ibby"). */
    private static List<String> creditNames(String text, int words, NameCheck nameCheck) {
        // ", by Jane Roe": what is left of a line once its stamp is split off ("Posted on …, 7:23 am")
        int lead = 0;
        while (lead < text.length() && ",;|•·-–— ".indexOf(text.charAt(lead)) >= 0) {
            lead++;
        }
        if (lead > 0 && lead < text.length()) {
            text = text.substring(lead);
        }
        List<String> names = BylineFinder.isByline(text, words) ? BylineFinder.names(text) : datedCredit(text, words, nameCheck);
        return names.isEmpty() ? handleByline(text, nameCheck) : names;
    }

    /**
     * "by ibby" under the headline: a user name in lower case after "by", alone on its line, that
     * the page never uses as a word elsewhere ("by category" is a menu's).
     */
    private static List<String> handleByline(String text, NameCheck nameCheck) {
        String t = text.strip();
        if (!t.regionMatches(true, 0, "by ", 0, 3)) {
            return List.of();
        }
        String handle = t.substring(3).strip();
        return BylineFinder.isHandle(handle) && !nameCheck.isLowerCaseWord(handle, 1) ? List.of(handle) : List.of();
    }

    /** Lines of co-authors' names, one a line, that may follow the first name under a lone "By". */
    private static final int MAX_COAUTHOR_LINES = 6;

    /** How far above the headline a dated credit may be its byline. */
    private static final int BYLINE_ABOVE_HEADLINE = 2;

    /**
     * A byline printed on two lines, the opener alone and the names below it ("By" / "Jane
     * Roe"): both lines become the byline. Returns the names, or nothing if it is not one.
     */
    private static List<String> splitByline(Page page, int i, NameCheck nameCheck) {
        List<Part> parts = page.parts();
        if (i + 1 >= parts.size() || !BylineFinder.isOpenerOnly(parts.get(i).text()) || !inCluster(parts.get(i + 1))) {
            return List.of();
        }
        String next = parts.get(i + 1).text();
        List<String> names = BylineFinder.namesAfterOpener(next);
        if (names.size() <= 1) {
            // "By" / "Jane RoeNews Reporter": the role the markup glued to the name is no part of it
            String unglued = CreditLine.unglue(next, AUTHOR_ROLES);
            if (names.isEmpty() || !next.equals(unglued)) {
                List<String> apart = BylineFinder.namesAfterOpener(unglued);
                names = apart.isEmpty() ? names : apart;
            }
        }
        if (names.isEmpty()) {
            return names;
        }
        parts.get(i).label(BlockRole.BYLINE, null);
        parts.get(i + 1).label(BlockRole.BYLINE, null);
        // co-authors, a name a line: "By" / "Jane Roe" / "John Doe"
        List<String> all = new java.util.ArrayList<>(names);
        for (int j = i + 2; j < parts.size() && j <= i + 1 + MAX_COAUTHOR_LINES && inCluster(parts.get(j)); j++) {
            String unglued = CreditLine.unglue(parts.get(j).text(), AUTHOR_ROLES);
            String name = unglued.contains(CreditLine.SEPARATOR) ? CreditLine.leadingName(unglued, AUTHOR_ROLES) : unglued;
            // a co-author opens with a given name or has a role beside it; "Drivers Speak Out" is a heading
            if (name == null || !nameCheck.looksLikeName(name)
                    || !(BylineFinder.opensWithGivenName(name) || !unglued.equals(parts.get(j).text()))) {
                break;
            }
            parts.get(j).label(BlockRole.BYLINE, null);
            all.add(name);
        }
        return all;
    }

    /**
     * The names of a short credit line with a date: "Jane Roe March 4, 2025 — 7 min read",
     * "Jane Roe • Oct 20, 2025" (the name before the date), "Posted on July 1, 2024 by Jane
     * Roe" (the name after "by").
     */
    private static List<String> datedCredit(String text, int words, NameCheck nameCheck) {
        Optional<DateParser.Found> f = creditDate(text, words);
        return f.isEmpty() ? List.of() : datedCredit(text, f, nameCheck);
    }

    /** As {@link #datedCredit(String, int, NameCheck)}, with the line's date already found. */
    private static List<String> datedCredit(String text, Optional<DateParser.Found> f, NameCheck nameCheck) {
        String after = text.substring(f.get().end());
        // "July 1, 2024 by infuy", "August 12, 2025 By The Diggs Team", "October 30, 2012, 7:23 am, by Jane Roe"
        int clock = afterClock(after);
        int at = after.toLowerCase(java.util.Locale.ROOT).indexOf("by ", clock);
        // "by" a word of its own a few characters on (the date's match may hold the space before it)
        int by = at < 0 || at > 0 && Character.isLetter(after.charAt(at - 1)) ? -1 : at - clock;
        if (by >= 0 && by <= 4) {
            String credited = after.substring(at);
            List<String> names = BylineFinder.names(credited);
            if (names.isEmpty()) {
                // "Posted on July 1, 2024 by infuy": a user name in lower case
                String handle = CREDIT_TAIL.matcher(credited.substring(3)).replaceFirst("").strip();
                return BylineFinder.isHandle(handle) ? List.of(handle) : List.of();
            }
            return !nameCheck.looksLikeName(names.get(0)) && !BylineFinder.isSingleName(names.get(0))
                    && !BylineFinder.isTeamName(names.get(0)) ? List.of() : names;
        }
        // "Jane Roe Published: January 3, 2024": the name before the stamp's label
        // "Patrick Clarke Published 10:19am 19 December 2025": the clock before the date goes with it
        String before = CREDIT_TAIL.matcher(MetadataFinder.withoutTrailingLabel(withoutTrailingClock(
                CREDIT_TAIL.matcher(text.substring(0, f.get().start())).replaceFirst("")))).replaceFirst("").strip();
        if (nameCheck.looksLikeName(before)
                || BylineFinder.opensWithGivenName(before) && BylineFinder.isPersonName(before)) {
            // a given name vouches for the name before a date even when its words are words of
            // the page ("Will Leitch | November 18, 2016" on a page that says "will")
            return List.of(before);
        }
        // "Dec 17, 2025Julian K. Arni": the name right after the date
        String rest = withoutFiling(CREDIT_HEAD.matcher(after).replaceFirst("").strip());
        if (before.isEmpty() && nameCheck.looksLikeName(rest)) {
            return List.of(rest);
        }
        // "Jane Roe | Senior Writer | July 2, 2025", "December 15, 2025 · 30 min · Jane Roe": the
        // one piece between separators that reads as a name
        String name = null;
        for (String piece : CREDIT_SEPARATOR.split(text)) {
            String t = withoutFiling(piece.strip());
            if (nameCheck.looksLikeName(t) || BylineFinder.isTeamName(t)) {
                if (name != null) {
                    return List.of();
                }
                name = t;
            }
        }
        return name == null ? List.of() : List.of(name);
    }

    /**
     * Where a clock time that opens {@code after} ends (", 7:23 am", " at 10:00 pm"), past its
     * separators; 0 when {@code after} opens with none.
     */
    /**
     * {@code s} without a clock that ends it ("10:19am", "7:05 PM", "19:00"), and the spaces and
     * commas before the clock; {@code s} itself when it ends with none.
     */
    static String withoutTrailingClock(String s) {
        int e = s.length();
        while (e > 0 && s.charAt(e - 1) == ' ') {
            e--;
        }
        if (e >= 2 && (s.regionMatches(true, e - 2, "am", 0, 2) || s.regionMatches(true, e - 2, "pm", 0, 2))) {
            e -= 2;
            while (e > 0 && s.charAt(e - 1) == ' ') {
                e--;
            }
        }
        int minutes = e;
        while (minutes > 0 && Character.isDigit(s.charAt(minutes - 1))) {
            minutes--;
        }
        if (e - minutes != 2 || minutes < 2 || s.charAt(minutes - 1) != ':') {
            return s;
        }
        int hour = minutes - 1;
        while (hour > 0 && Character.isDigit(s.charAt(hour - 1))) {
            hour--;
        }
        int hourDigits = minutes - 1 - hour;
        if (hourDigits < 1 || hourDigits > 2 || hour > 0 && s.charAt(hour - 1) != ' ') {
            return s;
        }
        int b = hour;
        while (b > 0 && (s.charAt(b - 1) == ' ' || s.charAt(b - 1) == ',')) {
            b--;
        }
        return s.substring(0, b);
    }

    private static int afterClock(String after) {
        int i = 0;
        int n = after.length();
        while (i < n && (after.charAt(i) == ' ' || after.charAt(i) == ',')) {
            i++;
        }
        if (after.startsWith("at ", i)) {
            i += 3;
        }
        int digits = i;
        while (i < n && Character.isDigit(after.charAt(i))) {
            i++;
        }
        if (i == digits || i - digits > 2 || i >= n || after.charAt(i) != ':' || i + 3 > n
                || !Character.isDigit(after.charAt(i + 1)) || !Character.isDigit(after.charAt(i + 2))) {
            return 0;
        }
        i += 3;
        int j = i;
        while (j < n && after.charAt(j) == ' ') {
            j++;
        }
        if (after.regionMatches(true, j, "am", 0, 2) || after.regionMatches(true, j, "pm", 0, 2)) {
            i = j + 2;
        }
        while (i < n && after.charAt(i) == ',') {
            i++;
        }
        return i;
    }

    /** What separates the pieces of a credit line: bars, bullets, middle dots. */
    private static final java.util.regex.Pattern CREDIT_SEPARATOR = java.util.regex.Pattern.compile("\\s*[|•·⋅" + BylineFinder.ROUND_BULLETS + "]\\s*|\\s+/\\s+");

    /** Separators between a date and the name after it (" • Jane Roe"). */
    private static final java.util.regex.Pattern CREDIT_HEAD = java.util.regex.Pattern.compile("^[\\s|•·⋅" + BylineFinder.ROUND_BULLETS + ",—–-]*");

    /** Separators between a name and its date ("Jane Roe • ", "Jane Roe | ", "Jane Roe, "). */
    private static final java.util.regex.Pattern CREDIT_TAIL = java.util.regex.Pattern.compile("[\\s|•·⋅/" + BylineFinder.ROUND_BULLETS + ",—–-]*$");

    /**
     * A line of the headline's cluster that may hold its byline or date: story text, a stamp,
     * or boilerplate that a site's markup made look like a teaser or a menu ("By Jane
     * RoePublished: Jan 29, 2025" printed like a related link). Comments and legal lines never.
     */
    private static boolean inCluster(Part p) {
        BlockRole r = p.role();
        if (r == BlockRole.BOILERPLATE) {
            BoilerplateCategory c = p.category();
            // a byline, a date and "6 Comments" under the headline look like a comment's header
            return c == BoilerplateCategory.OTHER || c == BoilerplateCategory.RELATED || c == BoilerplateCategory.NAVIGATION
                    || c == BoilerplateCategory.SHARE || c == BoilerplateCategory.COMMENTS;
        }
        return r == BlockRole.BODY || r == BlockRole.METADATA || r == BlockRole.BYLINE;
    }

    /** Words a credit line may hold before its date ("Posted by Jane Roe on"). */
    private static final int CREDIT_WORDS_BEFORE_DATE = 7;
    private static final int CREDIT_MAX_WORDS = 16;

    /** The date of a line short enough to be a credit line, if it has one. */
    private static Optional<DateParser.Found> creditDate(String text, int words) {
        return words > CREDIT_MAX_WORDS ? Optional.empty() : DateParser.find(text);
    }

    /** A short credit line holding a date after a few words: a name, a label. */
    static Optional<MetadataFinder.Stamp> creditWithDate(String text, int words) {
        Optional<DateParser.Found> f = creditDate(text, words);
        if (f.isEmpty() || Words.count(text.substring(0, f.get().start())) > CREDIT_WORDS_BEFORE_DATE) {
            return Optional.empty();
        }
        return Optional.of(new MetadataFinder.Stamp(MetadataFinder.Kind.BARE, f.get().date(), text.length(), true));
    }

    /**
     * An author's name on a line of its own ("Chuck Ross") right before or after a date stamp
     * or a byline, in the header: web pages print bylines without "By".
     */
    private static void nameOnlyBylines(Page page, int from, int to, int headline, NameCheck nameCheck) {
        List<Part> parts = page.parts();
        int last = -1;
        for (int i = from; i < Math.min(to, parts.size()); i++) {
            Part p = parts.get(i);
            if (last >= 0 && i > last + 1) {
                // co-authors stand on consecutive lines; a name-like line further on is a heading
                return;
            }
            if (!inCluster(p) || p.role() == BlockRole.BYLINE
                    || i > 0 && BylineFinder.isOtherCreditOnly(parts.get(i - 1).text())) {
                // a name under "Reviewed by" or "Edited by" is not the author's
                continue;
            }
            // "Jane RoeStaff", "Jane RoeOpinion": a label the markup glued to the name is no part of it
            String name = BylineFinder.withoutGluedLabel(withoutRole(p.text()));
            // with no date or byline beside it, a line under the headline is a name only if it opens
            // with a given name ("Lisa Pham", not "Child Care" or "Cautionary Tale")
            boolean underHeadline = headline >= 0 && i - headline >= -1 && i - headline <= NAME_UNDER_HEADLINE
                    && BylineFinder.opensWithGivenName(name);
            // a team on its own line signs beside a date or byline ("Everfit Team" / "Nov 8, 2025"), or
            // right under the headline ("Podium Staff")
            boolean team = BylineFinder.isTeamName(name) && (nextToCredits(parts, i)
                    || headline >= 0 && i > headline && i - headline <= NAME_UNDER_HEADLINE);
            boolean single = isSingleNameAboveStamp(parts, i, headline, name, nameCheck);
            if (!team && !single && (!nameCheck.looksLikeName(name) || !(underHeadline || nextToCredits(parts, i)))) {
                continue;
            }
            p.label(BlockRole.BYLINE, null);
            addAuthors(page, List.of(Casing.isAllCaps(name) ? Casing.normalise(name) : name));
            last = i;
        }
    }

    /**
     * One word under the headline and right above the date ("Ben" / "2 days ago", "inikosoftseo"
     * / "September 8, 2025"): a first name or a user name that signs a blog post, if the page
     * never uses it as a lower-case word elsewhere.
     */
    private static boolean isSingleNameAboveStamp(List<Part> parts, int i, int headline, String name, NameCheck nameCheck) {
        if (headline < 0 || i <= headline || i - headline > NAME_UNDER_HEADLINE || i + 1 >= parts.size()
                || name.indexOf(' ') >= 0 || !(BylineFinder.isSingleName(name) || BylineFinder.isHandle(name))) {
            return false;
        }
        Part next = parts.get(i + 1);
        return (next.role() == BlockRole.METADATA || isCreditShaped(next.text(), next.wordCount()))
                && !nameCheck.isLowerCaseWord(name, BylineFinder.isHandle(name) ? 1 : 0);
    }

    /** How many lines under the headline a name on its own is its author's even with no date near. */
    private static final int NAME_UNDER_HEADLINE = 3;
    /** Words the section or publication after a name's "in" may have ("Jane Roe in Better Programming"). */
    private static final int PUBLICATION_WORDS = 3;
    /** Words a role after a name's comma may have ("Jane Roe, Print Managing Editor"). */
    private static final int ROLE_WORDS = 5;

    /**
     * The name before where the post is filed ("Jane Roe in Project Management") or whom the
     * author writes for ("Jane Roe on behalf of the Docs team"); the text itself otherwise.
     */
    private static String withoutFiling(String text) {
        int behalf = text.indexOf(" on behalf of ");
        if (behalf > 0) {
            return text.substring(0, behalf).strip();
        }
        int in = text.indexOf(" in ");
        return in > 0 && Words.count(text.substring(in + 4)) <= PUBLICATION_WORDS ? text.substring(0, in).strip() : text;
    }

    /**
     * The name before where the post is filed ("Jane Roe in seo"), before a comma and a short
     * role ("Jane Roe, Contributor") or before a role glued to it ("Jane RoeFounder at …"), or
     * the whole line.
     */
    private static String withoutRole(String text) {
        String named = beforeSpacedRole(text);
        if (named != null) {
            // "Jane Roe Founder & Lead Reviewer", "Jane Roe Contributing Writer | Strategy, …"
            return named;
        }
        String filed = withoutFiling(text);
        if (filed.length() < text.length()) {
            // "Jane Roe in seo", "Jane Roe in Better Programming": where the post is filed
            return filed;
        }
        int comma = text.indexOf(',');
        if (comma <= 0) {
            return withoutGluedRole(text);
        }
        String role = text.substring(comma + 1).strip();
        return !role.isEmpty() && Words.count(role) <= ROLE_WORDS ? text.substring(0, comma).strip() : text;
    }

    /** Words of a name before a role that follows it after a space: "Jane Roe" or "Jane Q. Roe". */
    private static final int MIN_NAME_WORDS = 2;
    private static final int MAX_NAME_WORDS = 3;

    /**
     * The name that opens {@code text}, from a common given name on, when a capitalised role word
     * follows it ("Jane Roe Founder & Lead Reviewer", "Jane Roe Senior Writer"), or null.
     */
    private static String beforeSpacedRole(String text) {
        int space = text.indexOf(' ');
        if (!io.github.newsparse.internal.text.GivenNames.contains(space < 0 ? text : text.substring(0, space))) {
            return null; // "City Hall Reporter" is a beat, not a name and a role
        }
        String[] w = text.split(" ", MAX_NAME_WORDS + 2);
        for (int i = MIN_NAME_WORDS; i <= MAX_NAME_WORDS && i < w.length; i++) {
            if (w[i - 1].endsWith(",")) {
                return null; // "Jane Roe, Print Managing Editor": the comma ends the name
            }
            String word = w[i];
            if (!word.isEmpty() && Character.isUpperCase(word.charAt(0))
                    && (AUTHOR_ROLES.contains(word.toLowerCase(java.util.Locale.ROOT))
                    || BylineFinder.isRoleWord(word.toLowerCase(java.util.Locale.ROOT)))) {
                return String.join(" ", java.util.Arrays.copyOfRange(w, 0, i));
            }
        }
        return null;
    }

    /**
     * The name before a role glued to its last word ("Jane RoeFounder at Example" → "Jane Roe"):
     * a capital right after a lower-case letter that opens a role an author has. Otherwise the
     * text unchanged.
     */
    private static String withoutGluedRole(String text) {
        for (int i = 1; i + 1 < text.length(); i++) {
            if (Character.isLowerCase(text.charAt(i - 1)) && Character.isUpperCase(text.charAt(i))
                    && Character.isLowerCase(text.charAt(i + 1))) {
                int end = i;
                while (end < text.length() && Character.isLetter(text.charAt(end))) {
                    end++;
                }
                if (AUTHOR_ROLES.contains(text.substring(i, end).toLowerCase(java.util.Locale.ROOT))) {
                    return text.substring(0, i);
                }
            }
        }
        return text;
    }

    /**
     * A test of whether a name reads as a person's on this page (its words are not the page's
     * lower-case words); the page's words are read once, on the first name tested.
     */
    static java.util.function.Predicate<String> nameTestOn(Page page) {
        return new NameCheck(page)::looksLikeName;
    }

    /**
     * A test of whether the page writes a word in lower case ("hardware" on a hardware shop's
     * page); the page's words are read once, on the first word tested.
     */
    static java.util.function.Predicate<String> lowerCaseWordTestOn(Page page) {
        NameCheck check = new NameCheck(page);
        return w -> check.isLowerCaseWord(w, 0);
    }

    /**
     * Whether a line reads as a person's name on this page: a name by its shape, and not words
     * the page also uses in lower case ("Order Now", "Key Takeaways" and "Design Style" are menu
     * and heading words the page's prose uses too; a person's name rarely is). The page's
     * lower-case words are read once, when first needed.
     */
    private static final class NameCheck {
        private final Page page;
        private WordCounts lower;

        NameCheck(Page page) {
            this.page = page;
        }

        boolean looksLikeName(String text) {
            if (!BylineFinder.isPersonName(text)) {
                return false;
            }
            if (lower == null) {
                lower = lowerCaseWords(page);
            }
            String[] words = text.split(" ");
            int hits = 0;
            for (String w : words) {
                if (lower.contains(w.toLowerCase(java.util.Locale.ROOT))) {
                    hits++;
                }
            }
            // a given name the page never writes in lower case vouches for a surname that is also
            // a word ("Madison Green" on a page about green cleaning)
            boolean given = io.github.newsparse.internal.text.GivenNames.contains(words[0])
                    && !lower.contains(words[0].toLowerCase(java.util.Locale.ROOT));
            return given ? hits * 2 <= words.length : hits * 2 < words.length;
        }

        /**
         * Whether the page uses {@code word} in lower case more than {@code allowed} times (a handle
         * in lower case is counted once where it signs).
         */
        boolean isLowerCaseWord(String word, int allowed) {
            if (lower == null) {
                lower = lowerCaseWords(page);
            }
            return lower.count(word.toLowerCase(java.util.Locale.ROOT)) > allowed;
        }

        /** Whether the word ending at {@code end} is part of an e-mail or web address ("jane@", "jane.com"). */
        private static boolean inAddress(String t, int end) {
            return end < t.length() && (t.charAt(end) == '@'
                    || t.charAt(end) == '.' && end + 1 < t.length() && Character.isLetter(t.charAt(end + 1)));
        }

        private static WordCounts lowerCaseWords(Page page) {
            WordCounts out = new WordCounts();
            for (Part p : page.parts()) {
                String t = p.text();
                int i = 0;
                while (i < t.length()) {
                    while (i < t.length() && !Character.isLetter(t.charAt(i))) {
                        i++;
                    }
                    int start = i;
                    while (i < t.length() && Character.isLetter(t.charAt(i))) {
                        i++;
                    }
                    if (i > start && Character.isLowerCase(t.charAt(start)) && (start == 0 || t.charAt(start - 1) == ' ')
                            && !inAddress(t, i)) {
                        out.add(t, start, i);
                    }
                }
            }
            return out;
        }
    }

    /**
     * Within two lines of a date stamp or byline, or of the lines a blog prints beside its
     * author's name: a reading time ("5 min read"), a day without its year ("Jun 9"), a time
     * ago ("2 days ago"); or right above the author's role ("Content Editor").
     */
    private static boolean nextToCredits(List<Part> parts, int i) {
        for (int j = Math.max(0, i - 2); j <= Math.min(parts.size() - 1, i + 2); j++) {
            Part p = parts.get(j);
            BlockRole r = p.role();
            if (j != i && (r == BlockRole.METADATA || r == BlockRole.BYLINE || isCreditShaped(p.text(), p.wordCount()))) {
                return true;
            }
        }
        return i + 1 < parts.size() && isRoleLine(parts.get(i + 1).text(), parts.get(i + 1).wordCount());
    }

    /** Words a credit line beside a name has at most ("5 min read", "2 days ago", "Jun 9"). */
    static final int CREDIT_SHAPE_WORDS = 4;

    /** A reading time, a time ago or a day without its year, alone on its line. */
    static boolean isCreditShaped(String text, int words) {
        return words <= CREDIT_SHAPE_WORDS && words > 0 && isFoldedCreditShaped(text.strip().toLowerCase(java.util.Locale.ROOT));
    }

    /** As {@link #isCreditShaped}, on a line already lower-cased and stripped, of one to four words. */
    static boolean isFoldedCreditShaped(String folded) {
        if (HeadlineModel.isReadingTime(folded)) {
            return true;
        }
        String[] w = folded.split(" ");
        if (w.length >= 2 && w[w.length - 1].equals("ago") && Character.isDigit(w[0].charAt(0)) || Dates.isTimeAgo(folded)) {
            return true;
        }
        // "Jun 9", "June 9"
        return w.length == 2 && MonthNames.month(w[0]) != 0 && w[1].length() <= 2 && Character.isDigit(w[1].charAt(0))
                && (w[1].length() == 1 || Character.isDigit(w[1].charAt(1)));
    }

    /** Words an author's role under the name has at most ("Senior Content Editor"). */
    private static final int ROLE_LINE_WORDS = 4;

    /** A short line that ends with a role an author has ("Content Editor", "Staff Writer"). */
    private static boolean isRoleLine(String text, int words) {
        if (words == 0 || words > ROLE_LINE_WORDS) {
            return false;
        }
        String t = text.strip();
        int space = t.lastIndexOf(' ');
        return AUTHOR_ROLES.contains(t.substring(space + 1).toLowerCase(java.util.Locale.ROOT))
                && Character.isUpperCase(t.charAt(0));
    }

    /**
     * The first body part of real length, or the first of a run of short body sentences, one a
     * line, that together are as long (a manifesto written a sentence a line): captions and
     * teasers before it may be short.
     */
    private static int firstLongParagraph(List<Part> parts) {
        int runStart = -1;
        int runWords = 0;
        for (int i = 0; i < parts.size(); i++) {
            Part p = parts.get(i);
            if (p.role() != BlockRole.BODY) {
                runStart = -1;
                continue;
            }
            int words = p.wordCount();
            if (words > LONG_PARAGRAPH_WORDS) {
                return i;
            }
            if (!endsSentence(p.text())) {
                runStart = -1;
                continue;
            }
            if (runStart < 0) {
                runStart = i;
                runWords = 0;
            }
            runWords += words;
            if (runWords > STORY_RUN_WORDS && i - runStart + 1 >= STORY_RUN_LINES) {
                return runStart;
            }
        }
        return 0;
    }

    /** A run of this many short body sentences, one a line, and more words than {@link #STORY_RUN_WORDS}, opens the story too. */
    private static final int STORY_RUN_LINES = 4;
    private static final int STORY_RUN_WORDS = 2 * LONG_PARAGRAPH_WORDS;

    private static boolean endsSentence(String text) {
        int end = text.length() - 1;
        while (end >= 0 && (text.charAt(end) == '”' || text.charAt(end) == '"' || text.charAt(end) == '’' || text.charAt(end) == ')')) {
            end--;
        }
        return end > 0 && (text.charAt(end) == '.' || text.charAt(end) == '!' || text.charAt(end) == '?');
    }

    private static boolean isCandidate(Part p) {
        return p.role() == BlockRole.BODY
                || (p.role() == BlockRole.BOILERPLATE && p.category() == BoilerplateCategory.OTHER);
    }

    /**
     * The dateline opening one of the first body parts (a title line may come first); returns
     * the index of the dateline part, or -1.
     */
    private static int findDateline(Page page) {
        List<Part> parts = page.parts();
        int tried = 0;
        for (int i = 0; i < parts.size() && tried < DATELINE_TRIES; i++) {
            Part p = parts.get(i);
            if (p.role() != BlockRole.BODY) {
                continue;
            }
            tried++;
            Optional<DatelineFinder.Match> m = DatelineFinder.find(p.text());
            if (m.isEmpty()) {
                continue;
            }
            DatelineFinder.Match d = m.get();
            int start = p.textStart();
            int dashEnd = start + d.end();
            Span span = p.inputSpan(start, dashEnd);
            page.dateline(new Dateline(span.of(page.input()), span, Optional.ofNullable(d.city()),
                    Optional.ofNullable(d.region()), Optional.ofNullable(d.outlet()), Optional.ofNullable(d.date())));
            Part rest = page.splitPrefix(p, dashEnd, BlockRole.DATELINE);
            if (rest.text().isEmpty()) {
                rest.label(BlockRole.DATELINE, null);
            }
            return i;
        }
        return -1;
    }
}
