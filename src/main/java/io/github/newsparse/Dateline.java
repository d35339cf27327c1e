package io.github.newsparse;

import java.util.Objects;
import java.util.Optional;

/**
 * The wire dateline that opens a story: {@code HARTFORD, Conn. (WTNH) —}.
 *
 * <pre>{@code
 * article.dateline().ifPresent(d ->
 *         System.out.println(d.city().orElse("-") + " / " + d.region().orElse("-") + " / " + d.outlet().orElse("-")));
 * // Hartford / Connecticut / WTNH
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param text   the dateline exactly as in the input, dash included
 * @param span   where it lies in the input
 * @param city   the place, capitalisation normalised ("St. Louis"); absent in "(CNN) --"
 * @param region the state, province or country, AP abbreviations expanded ("Connecticut")
 * @param outlet the agency or station in parentheses ("AP", "WTNH")
 * @param date   a date written inside the dateline, as written ("March 2")
 */
public record Dateline(String text, Span span, Optional<String> city, Optional<String> region,
                       Optional<String> outlet, Optional<String> date) {

    /**
     * Checks the parts.
     *
     * @param text the dateline exactly as in the input, dash included
     * @param span where it lies in the input
     * @param city the place, capitalisation normalised ("St. Louis"); absent in "(CNN) --"
     * @param region the state, province or country, AP abbreviations expanded ("Connecticut")
     * @param outlet the agency or station in parentheses ("AP", "WTNH")
     * @param date a date written inside the dateline, as written ("March 2")
     * @throws NullPointerException if a part is null
     * @throws IllegalArgumentException if a string part is empty
     */
    public Dateline {
        Objects.requireNonNull(span, "span must not be null");
        Checks.nonEmpty(text, "text");
        Checks.nonEmpty(city, "city");
        Checks.nonEmpty(region, "region");
        Checks.nonEmpty(outlet, "outlet");
        Checks.nonEmpty(date, "date");
    }
}
