package io.github.newsparse;

/**
 * A half-open range {@code [start, end)} of UTF-16 indices into the input text exactly as it was
 * given to {@link ArticleParser}.
 *
 * <pre>{@code
 * Span s = quote.span();
 * String original = input.substring(s.start(), s.end());
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param start first index, inclusive, {@code >= 0}
 * @param end   last index, exclusive, {@code >= start}
 */
public record Span(int start, int end) {

    /**
     * Checks the range.
     *
     * @param start first index, inclusive, {@code >= 0}
     * @param end last index, exclusive, {@code >= start}
     * @throws IllegalArgumentException if {@code start < 0} or {@code end < start}
     */
    public Span {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("invalid span [" + start + ", " + end + ")");
        }
    }

    /**
     * The number of UTF-16 units in the span.
     *
     * @return {@code end - start}
     */
    public int length() {
        return end - start;
    }

    /**
     * The part of {@code text} this span covers.
     *
     * @param text the input the span was made for
     * @return {@code text.substring(start, end)}
     * @throws IndexOutOfBoundsException if the span does not fit in {@code text}
     */
    public String of(String text) {
        return text.substring(start, end);
    }
}
