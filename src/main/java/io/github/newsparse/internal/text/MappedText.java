package io.github.newsparse.internal.text;

import io.github.newsparse.Span;
import java.util.Arrays;

/**
 * A normalised text with a map from each of its positions back to the input it came from.
 *
 * <p>The map is stored as segments rather than one entry per character: a run of characters
 * copied one-to-one from consecutive input positions is one segment, and a character that
 * replaces several input characters (an entity) is a segment of its own. Lookups are a binary
 * search, so memory stays proportional to the number of edits, not to the text.
 */
public final class MappedText {

    private final String text;
    private final int[] normStart;
    private final int[] origStart;
    private final int[] origEnd;
    private final int segments;

    MappedText(String text, int[] normStart, int[] origStart, int[] origEnd, int segments) {
        this.text = text;
        this.normStart = normStart;
        this.origStart = origStart;
        this.origEnd = origEnd;
        this.segments = segments;
    }

    /** {@code text}, copied unchanged from the input at {@code from}: one run. */
    static MappedText copied(String text, int from) {
        return new MappedText(text, new int[] {0}, new int[] {from}, new int[] {from + text.length()}, 1);
    }

    /**
     * {@code first} followed by {@code second} with nothing between them, each character mapped
     * where it was: a drop cap joined to the rest of its word ("T" + "he council …").
     */
    static MappedText joined(MappedText first, MappedText second) {
        Builder b = new Builder(first.length() + second.length());
        for (MappedText m : new MappedText[] {first, second}) {
            for (int i = 0; i < m.length(); i++) {
                b.append(m.text.charAt(i), m.toInputStart(i), m.toInputEnd(i + 1));
            }
        }
        return b.build();
    }

    /** The normalised text. */
    public String text() {
        return text;
    }

    /** Its length. */
    public int length() {
        return text.length();
    }

    /** True if the normalised text is empty. */
    public boolean isEmpty() {
        return text.isEmpty();
    }

    /** The input index where normalised character {@code i} starts ({@code 0 <= i < length()}). */
    public int toInputStart(int i) {
        int k = segmentOf(i);
        return normEnd(k) - normStart[k] == 1 && origEnd[k] - origStart[k] != 1
                ? origStart[k] : origStart[k] + (i - normStart[k]);
    }

    /** The input index just past normalised character {@code e - 1} ({@code 0 < e <= length()}). */
    public int toInputEnd(int e) {
        int k = segmentOf(e - 1);
        return e == normEnd(k) ? origEnd[k] : origStart[k] + (e - normStart[k]);
    }

    /**
     * The input span of the normalised range {@code [start, end)}; an empty range maps to an empty
     * span at the input position of {@code start}.
     */
    public Span toInput(int start, int end) {
        if (start >= end) {
            int at = start < length() ? toInputStart(start) : (length() == 0 ? 0 : toInputEnd(length()));
            return new Span(at, at);
        }
        return new Span(toInputStart(start), toInputEnd(end));
    }

    private int normEnd(int k) {
        return k + 1 < segments ? normStart[k + 1] : text.length();
    }

    private int segmentOf(int i) {
        if (i < 0 || i >= text.length()) {
            throw new IndexOutOfBoundsException("index " + i + " outside [0, " + text.length() + ")");
        }
        int k = Arrays.binarySearch(normStart, 0, segments, i);
        return k >= 0 ? k : -k - 2;
    }

    @Override
    public String toString() {
        return text;
    }

    /** Builds a {@link MappedText} one character or run at a time. */
    public static final class Builder {
        private final StringBuilder sb;
        private int[] normStart = new int[8];
        private int[] origStart = new int[8];
        private int[] origEnd = new int[8];
        private int segments;
        private boolean lastIsRun;

        public Builder(int capacity) {
            sb = new StringBuilder(Math.max(16, capacity));
        }

        public int length() {
            return sb.length();
        }

        /** Appends {@code c}, which stands for the input range {@code [from, to)}. */
        public Builder append(char c, int from, int to) {
            int at = sb.length();
            sb.append(c);
            if (to - from == 1 && lastIsRun && segments > 0 && origEnd[segments - 1] == from) {
                origEnd[segments - 1] = to;
                return this;
            }
            grow();
            normStart[segments] = at;
            origStart[segments] = from;
            origEnd[segments] = to;
            segments++;
            lastIsRun = to - from == 1;
            return this;
        }

        private void grow() {
            if (segments == normStart.length) {
                int n = segments * 2;
                normStart = Arrays.copyOf(normStart, n);
                origStart = Arrays.copyOf(origStart, n);
                origEnd = Arrays.copyOf(origEnd, n);
            }
        }

        public MappedText build() {
            return new MappedText(sb.toString(), normStart, origStart, origEnd, segments);
        }
    }
}
