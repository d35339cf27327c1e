package io.github.newsparse.internal.structure;

/** Date look-ups for the other stages: whether a line holds a full date. */
public final class Dates {

    private Dates() {
    }

    /**
     * Whether {@code line} holds a date with day, month and year in one of the forms newsparse
     * reads.
     *
     * @param line a line of text
     * @return true if a date is found
     */
    public static boolean contains(String line) {
        return DateParser.find(line).isPresent();
    }

    /**
     * Where the first full date in {@code line} starts, or -1.
     *
     * @param line a line of text
     * @return the index of the date's first character, or -1
     */
    public static int start(String line) {
        return DateParser.find(line).map(DateParser.Found::start).orElse(-1);
    }
}
