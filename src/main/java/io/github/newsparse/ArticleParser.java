package io.github.newsparse;

import io.github.newsparse.internal.Pipeline;
import io.github.newsparse.internal.html.HtmlText;
import java.util.Objects;

/**
 * Parses scraped news text or HTML into an {@link Article}.
 *
 * <pre>{@code
 * Article a = ArticleParser.parse(Files.readString(path));
 * a.dateline().ifPresent(d -> System.out.println(d.city()));
 * for (Quote q : a.quotes()) {
 *     System.out.println(q.speaker().orElse("?") + ": " + q.text());
 * }
 * }</pre>
 *
 * <p>Any string is valid input: garbled, empty or non-news text gives an {@link Article} with empty
 * parts, never an exception. The methods are stateless and thread-safe.
 */
public final class ArticleParser {

    private ArticleParser() {
    }

    /**
     * Parses plain text with the {@linkplain ParserOptions#defaults() default options}.
     *
     * @param text the page text, one visible line per line
     * @return the article
     * @throws NullPointerException if {@code text} is null
     */
    public static Article parse(String text) {
        return parse(text, ParserOptions.defaults());
    }

    /**
     * Parses plain text.
     *
     * @param text    the page text, one visible line per line
     * @param options how to parse
     * @return the article; its spans index {@code text}
     * @throws NullPointerException if an argument is null
     */
    public static Article parse(String text, ParserOptions options) {
        Objects.requireNonNull(text, "text must not be null");
        Objects.requireNonNull(options, "options must not be null");
        return Pipeline.run(text, options);
    }

    /**
     * Parses HTML with the default options.
     *
     * @param html the page's HTML
     * @return the article; its spans index {@link Article#text()}, the page's visible text
     * @throws NullPointerException if {@code html} is null
     */
    public static Article parseHtml(String html) {
        return parseHtml(html, ParserOptions.defaults());
    }

    /**
     * Parses HTML: the page's visible text is extracted with jsoup, one block element per line,
     * and parsed as text.
     *
     * @param html    the page's HTML
     * @param options how to parse
     * @return the article; its spans index {@link Article#text()}, the page's visible text
     * @throws NullPointerException if an argument is null
     */
    public static Article parseHtml(String html, ParserOptions options) {
        Objects.requireNonNull(html, "html must not be null");
        Objects.requireNonNull(options, "options must not be null");
        return Pipeline.run(HtmlText.read(html), options);
    }
}
