package io.github.newsparse.internal.html;

import java.util.Arrays;

/**
 * What the markup says about each line of an HTML page's visible text: how much of the line sits
 * in links, in page chrome ({@code nav}, {@code footer}, {@code aside}, elements whose class or
 * id names a menu, share row, sidebar, comment list…), in the story's own container
 * ({@code article}, {@code main}, {@code itemprop=articleBody}, a CMS's "entry-content"), in a
 * caption, and at which heading level. Lines are looked up by their start offset in the text.
 */
public final class DomEvidence {

    /** No evidence: plain text input, or markup that could not be parsed. */
    public static final DomEvidence NONE = new DomEvidence(new int[0], new Line[0]);

    /**
     * One line's evidence, in characters of its text.
     *
     * @param chars   the line's letters, digits and punctuation (no spaces)
     * @param link    of which inside {@code <a>}
     * @param chrome  inside page chrome
     * @param story   inside the story's container
     * @param caption inside {@code figcaption} or an element classed as a caption or credit
     * @param heading 1 to 6 for a line inside {@code <h1>}–{@code <h6>}, else 0
     * @param byline  inside an element whose class or id names the byline ("author-name")
     * @param bylineText the line's first run of text inside such an element (the name without
     *                the role printed after it), or null when there is none
     */
    public record Line(int chars, int link, int chrome, int story, int caption, int heading, int byline,
            String bylineText) {

        /** The share of the line's characters that are link text. */
        public double linkShare() {
            return chars == 0 ? 0 : (double) link / chars;
        }

        /** Whether most of the line sits in page chrome. */
        public boolean inChrome() {
            return 2 * chrome > chars;
        }

        /** Whether most of the line sits in the story's container. */
        public boolean inStory() {
            return 2 * story > chars;
        }

        /** Whether most of the line sits in an element the markup names the byline. */
        public boolean inByline() {
            return 2 * byline > chars;
        }

        /** Whether most of the line is a caption or credit. */
        public boolean inCaption() {
            return 2 * caption > chars;
        }
    }

    private final int[] starts;
    private final Line[] lines;

    DomEvidence(int[] starts, Line[] lines) {
        this.starts = starts;
        this.lines = lines;
    }

    /** Whether there is any evidence. */
    public boolean isEmpty() {
        return lines.length == 0;
    }

    /** Whether the page marks up a story container that holds any of its lines. */
    public boolean hasStoryContainer() {
        for (Line l : lines) {
            if (l.story() > 0) {
                return true;
            }
        }
        return false;
    }

    /** The evidence of the line that holds text offset {@code offset}, or null. */
    public Line at(int offset) {
        int i = Arrays.binarySearch(starts, offset);
        if (i < 0) {
            i = -i - 2;
        }
        return i < 0 ? null : lines[i];
    }
}
