package io.github.newsparse;

import java.util.Objects;

/**
 * One paragraph of the article body.
 *
 * <p>{@link #text()} is the cleaned paragraph: entities decoded, whitespace collapsed, hard line
 * breaks of wrapped text joined with a space, a leading dateline removed. {@link #span()} points
 * at the paragraph in the input as given.
 *
 * <pre>{@code
 * article.paragraphs().forEach(p -> System.out.println(p.text()));
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param text the cleaned text, never empty
 * @param span where the paragraph lies in the input
 */
public record Paragraph(String text, Span span) {

    /**
     * Checks the parts.
     *
     * @param text the cleaned text, never empty
     * @param span where the paragraph lies in the input
     * @throws NullPointerException if a part is null
     * @throws IllegalArgumentException if the text is empty
     */
    public Paragraph {
        Objects.requireNonNull(text, "text must not be null");
        Objects.requireNonNull(span, "span must not be null");
        if (text.isEmpty()) {
            throw new IllegalArgumentException("paragraph text must not be empty");
        }
    }
}
