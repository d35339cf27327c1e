package io.github.newsparse.internal.text;

/**
 * A block candidate: one line of scraped text, or the lines of one paragraph of hard-wrapped
 * text. {@code [start, end)} is its range in the input; {@code text} its normalised form.
 *
 * @param index       position among the page's units
 * @param start       input index of the first line's start
 * @param end         input index of the last line's end
 * @param text        the normalised text, never empty
 * @param lines       how many input lines it spans
 * @param indent      the first line's indentation
 * @param blankBefore whether a blank line (or the start of the text) comes before it
 * @param blankAfter  whether a blank line (or the end of the text) comes after it
 */
public record Unit(int index, int start, int end, MappedText text, int lines, int indent,
                   boolean blankBefore, boolean blankAfter) {

    /** The normalised text as a string. */
    public String string() {
        return text.text();
    }
}
