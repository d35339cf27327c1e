package io.github.newsparse;

import java.util.Objects;
import java.util.Optional;

/**
 * A quote or a reported statement, with who said it.
 *
 * <pre>{@code
 * for (Quote q : article.quotes()) {
 *     System.out.println(q.speaker().orElse("?") + " (" + q.cue().orElse("-") + "): " + q.text());
 * }
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param kind        {@link QuoteKind#DIRECT} inside quotation marks, {@link QuoteKind#INDIRECT} for reported speech
 * @param text        the quoted words without the quotation marks, exactly as in the input
 * @param span        where {@code text} lies in the input
 * @param paragraph   index into {@link Article#paragraphs()}
 * @param speaker     canonical full name (or organisation) of the speaker
 * @param mention     how the speaker is referred to at this quote ("Compagnone", "he", "the mayor")
 * @param title       the speaker's title ("Trooper First Class", "Mayor")
 * @param affiliation the speaker's organisation ("Connecticut State Police")
 * @param cue         the reporting verb or phrase ("said", "according to")
 */
public record Quote(QuoteKind kind, String text, Span span, int paragraph, Optional<String> speaker,
                    Optional<String> mention, Optional<String> title, Optional<String> affiliation,
                    Optional<String> cue) {

    /**
     * Checks the parts.
     *
     * @param kind {@link QuoteKind#DIRECT} inside quotation marks, {@link QuoteKind#INDIRECT} for reported speech
     * @param text the quoted words without the quotation marks, exactly as in the input
     * @param span where {@code text} lies in the input
     * @param paragraph index into {@link Article#paragraphs()}
     * @param speaker canonical full name (or organisation) of the speaker
     * @param mention how the speaker is referred to at this quote ("Compagnone", "he", "the mayor")
     * @param title the speaker's title ("Trooper First Class", "Mayor")
     * @param affiliation the speaker's organisation ("Connecticut State Police")
     * @param cue the reporting verb or phrase ("said", "according to")
     * @throws NullPointerException if a part is null
     * @throws IllegalArgumentException if a string part is empty or the paragraph index is negative
     */
    public Quote {
        Objects.requireNonNull(kind, "kind must not be null");
        Objects.requireNonNull(span, "span must not be null");
        Checks.nonEmpty(text, "text");
        Checks.nonEmpty(speaker, "speaker");
        Checks.nonEmpty(mention, "mention");
        Checks.nonEmpty(title, "title");
        Checks.nonEmpty(affiliation, "affiliation");
        Checks.nonEmpty(cue, "cue");
        if (paragraph < 0) {
            throw new IllegalArgumentException("paragraph must be >= 0: " + paragraph);
        }
    }

    /**
     * What the cue attributes: {@link CueType#SPEECH} for what the source said or wrote
     * ("said", "told", "according to"), or a reported belief, intention, stance or finding
     * ("believes", "wants to", "opposes", "shows"). Empty when the quote has no cue (a quote
     * that inherits its speaker, a dash attribution). Derived from {@link #cue()}.
     *
     * <pre>{@code
     * article.quotes().stream().filter(q -> q.cueType().orElse(CueType.SPEECH) == CueType.SPEECH)
     * }</pre>
     *
     * @return the type of the cue, or empty when there is no cue
     */
    public Optional<CueType> cueType() {
        return cue.map(io.github.newsparse.internal.quotes.CueTypes::of);
    }
}
