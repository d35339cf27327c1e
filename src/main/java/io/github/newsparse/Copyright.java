package io.github.newsparse;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The page's copyright line, parsed.
 *
 * <pre>{@code
 * article.copyright().ifPresent(c -> System.out.println(c.year() + " " + c.holder().orElse("?")));
 * // OptionalInt[2018] WFSB (Meredith Corporation)
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param text   the line, cleaned
 * @param year   the (last) year it names
 * @param holder who holds the copyright
 * @param span   where the line lies in the input
 */
public record Copyright(String text, OptionalInt year, Optional<String> holder, Span span) {

    /**
     * Checks the parts.
     *
     * @param text the line, cleaned
     * @param year the (last) year it names
     * @param holder who holds the copyright
     * @param span where the line lies in the input
     * @throws NullPointerException if a part is null
     * @throws IllegalArgumentException if a string part is empty
     */
    public Copyright {
        Checks.nonEmpty(text, "text");
        Objects.requireNonNull(year, "year must not be null");
        Checks.nonEmpty(holder, "holder");
        Objects.requireNonNull(span, "span must not be null");
    }
}
