package io.github.newsparse.internal.text;

/**
 * One line of the input: {@code [start, end)} without its line break, and how far its text is
 * indented.
 */
public record Line(int start, int end, int indent, boolean blank) {
}
