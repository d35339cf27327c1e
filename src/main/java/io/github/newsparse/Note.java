package io.github.newsparse;

import java.util.Objects;

/**
 * An editorial note kept out of the body: "This is a developing story.", a correction,
 * "The video below is from …".
 *
 * <p>Immutable and thread-safe.
 *
 * @param text the note, cleaned
 * @param span where it lies in the input: the span of its {@code note} block
 */
public record Note(String text, Span span) {

    /**
     * Checks the parts.
     *
     * @param text the note, cleaned
     * @param span where it lies in the input: the span of its {@code note} block
     * @throws NullPointerException if a part is null
     * @throws IllegalArgumentException if the text is empty
     */
    public Note {
        Checks.nonEmpty(text, "text");
        Objects.requireNonNull(span, "span must not be null");
    }
}
