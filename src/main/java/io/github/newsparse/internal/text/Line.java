package io.github.newsparse.internal.text;

/**
 * One line of the input: {@code [start, end)} without its line break, how far its text is
 * indented, and how wide its text is (indentation and trailing spaces excluded).
 */
public record Line(int start, int end, int indent, int width, boolean blank) {
}
