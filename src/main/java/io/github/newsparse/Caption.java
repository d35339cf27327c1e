package io.github.newsparse;

import java.util.Objects;
import java.util.Optional;

/**
 * A photo or video caption kept out of the body, with its credit when the text gives one.
 *
 * <pre>{@code
 * article.captions().forEach(c -> System.out.println(c.text() + " — " + c.credit().orElse("uncredited")));
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param text   the caption, cleaned
 * @param credit who took or supplied the image ("Mark Mirko / Connecticut Public")
 * @param span   where the caption lies in the input
 */
public record Caption(String text, Optional<String> credit, Span span) {

    /**
     * Checks the parts.
     *
     * @param text the caption, cleaned
     * @param credit who took or supplied the image ("Mark Mirko / Connecticut Public")
     * @param span where the caption lies in the input
     * @throws NullPointerException if a part is null
     * @throws IllegalArgumentException if a string part is empty
     */
    public Caption {
        Checks.nonEmpty(text, "text");
        Checks.nonEmpty(credit, "credit");
        Objects.requireNonNull(span, "span must not be null");
    }
}
