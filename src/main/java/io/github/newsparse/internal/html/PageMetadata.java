package io.github.newsparse.internal.html;

import java.util.List;
import java.util.Optional;

/**
 * What an HTML page states about itself outside its visible text: titles, dates and authors from
 * JSON-LD, OpenGraph and other {@code <meta>} tags, {@code <time>} and {@code rel=author}. Each
 * value is a candidate, kept with where it came from; the structure stage weighs them against the
 * text.
 *
 * @param candidates every value found, in the order read
 */
public record PageMetadata(List<Candidate> candidates) {

    /** A page without metadata: plain text input. */
    public static final PageMetadata NONE = new PageMetadata(List.of());

    /** What a value says. */
    public enum Field {
        TITLE, SITE_NAME, PUBLISHED, MODIFIED, AUTHOR,
        /** The page's own address: {@code <link rel=canonical>}, {@code og:url}. */
        ADDRESS
    }

    /** Where a value was read. */
    public enum Source {
        /** A JSON-LD object of an article type. */
        JSON_LD,
        /** {@code og:*} and {@code article:*} properties. */
        OPEN_GRAPH,
        /** {@code twitter:*} names. */
        TWITTER,
        /** Other {@code <meta name=…>} tags: author, date, pubdate, parsely-*, dc.*. */
        META,
        /** Other {@code <meta>} names read by their words ({@code w-published-date}, {@code last-updated}). */
        META_WORDS,
        /** Microdata: {@code itemprop=datePublished}, {@code itemprop=author}. */
        ITEMPROP,
        /** {@code <time datetime>} in the body. */
        TIME,
        /** {@code rel=author} links. */
        REL_AUTHOR,
        /** The document's {@code <title>}. */
        TITLE_TAG,
        /** The first {@code <h1>}. */
        H1
    }

    /**
     * One value the page states.
     *
     * @param field  what it says
     * @param source where it was read
     * @param value  the value, whitespace collapsed, never blank
     */
    public record Candidate(Field field, Source source, String value) {
    }

    public PageMetadata {
        candidates = List.copyOf(candidates);
    }

    /** The values of {@code field}, in the order read. */
    public List<String> values(Field field) {
        return candidates.stream().filter(c -> c.field() == field).map(Candidate::value).toList();
    }

    /** The values of {@code field} read from {@code source}, in order. */
    public List<String> values(Field field, Source source) {
        return candidates.stream().filter(c -> c.field() == field && c.source() == source)
                .map(Candidate::value).toList();
    }

    /** The first value of {@code field} from {@code source}. */
    public Optional<String> first(Field field, Source source) {
        return candidates.stream().filter(c -> c.field() == field && c.source() == source)
                .map(Candidate::value).findFirst();
    }
}
