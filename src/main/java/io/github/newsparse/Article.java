package io.github.newsparse;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What {@link ArticleParser} reads out of one news page: the story's structure, its quotes, and
 * every other piece of the page as a labelled {@link Block}.
 *
 * <pre>{@code
 * Article a = ArticleParser.parse(text);
 * a.headline().ifPresent(System.out::println);
 * a.paragraphs().forEach(p -> System.out.println(p.text()));
 * }</pre>
 *
 * <p>All offsets ({@link Span}s) index {@link #text()}: the input exactly as given for plain text,
 * the extracted text for HTML. Immutable and thread-safe.
 *
 * @param text       the text every span points into
 * @param page       what the page holds: an article, a listing, a forum, a product or other
 * @param headline   the title line
 * @param authors    names from the byline, in order
 * @param published  the publication date the page states
 * @param updated    the last update the page states
 * @param dateline   the wire dateline opening the story
 * @param paragraphs the body, in order
 * @param quotes     direct quotes and reported statements, in text order
 * @param speakers   everyone quoted, in order of first quote
 * @param captions   photo and video captions
 * @param copyright  the copyright line
 * @param notes      editorial notes
 * @param blocks     every piece of the input, in order, each non-whitespace character in exactly one
 */
public record Article(String text, PageKind page, Optional<String> headline, List<String> authors,
                      Optional<PublicationDate> published, Optional<PublicationDate> updated,
                      Optional<Dateline> dateline, List<Paragraph> paragraphs, List<Quote> quotes,
                      List<Speaker> speakers, List<Caption> captions, Optional<Copyright> copyright,
                      List<Note> notes, List<Block> blocks) {

    /**
     * Checks the parts and copies the lists.
     *
     * @param text the text every span points into
     * @param page what the page holds: an article, a listing, a forum, a product or other
     * @param headline the title line
     * @param authors names from the byline, in order
     * @param published the publication date the page states
     * @param updated the last update the page states
     * @param dateline the wire dateline opening the story
     * @param paragraphs the body, in order
     * @param quotes direct quotes and reported statements, in text order
     * @param speakers everyone quoted, in order of first quote
     * @param captions photo and video captions
     * @param copyright the copyright line
     * @param notes editorial notes
     * @param blocks every piece of the input, in order, each non-whitespace character in exactly one
     * @throws NullPointerException if a part or list element is null
     * @throws IllegalArgumentException if a string is empty
     */
    public Article {
        Objects.requireNonNull(text, "text must not be null");
        Objects.requireNonNull(page, "page must not be null");
        Checks.nonEmpty(headline, "headline");
        authors = Checks.nonEmptyStrings(authors, "authors");
        Objects.requireNonNull(published, "published must not be null");
        Objects.requireNonNull(updated, "updated must not be null");
        Objects.requireNonNull(dateline, "dateline must not be null");
        paragraphs = List.copyOf(paragraphs);
        quotes = List.copyOf(quotes);
        speakers = List.copyOf(speakers);
        captions = List.copyOf(captions);
        Objects.requireNonNull(copyright, "copyright must not be null");
        notes = List.copyOf(notes);
        blocks = List.copyOf(blocks);
    }

    /**
     * The cleaned article as plain text: the headline (if any), a blank line, then the paragraphs
     * separated by blank lines.
     *
     * @return the article text, empty when nothing was found
     */
    public String cleanText() {
        StringBuilder sb = new StringBuilder();
        headline.ifPresent(h -> sb.append(h).append("\n\n"));
        for (Paragraph p : paragraphs) {
            sb.append(p.text()).append("\n\n");
        }
        return sb.toString().stripTrailing();
    }
}
