package io.github.newsparse.internal.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Groups lines into {@link Unit}s. Scraped text has one block per line, so each line is a unit.
 * Hard-wrapped text (wire copy broken at a fixed width, paragraphs marked by indentation or blank
 * lines) is detected from the distribution of line widths, and its lines are joined back into
 * paragraphs.
 */
public final class Segmenter {

    /** Wrapped text has most lines in this width band. */
    private static final int WRAP_MIN = 40;
    private static final int WRAP_MAX = 90;
    /** How many non-blank lines a text needs before we call it wrapped. */
    private static final int WRAP_MIN_LINES = 6;
    /** Room a wrapped line may leave at its end: about one long word. */
    private static final int SLACK = 15;

    private Segmenter() {
    }

    /** The units of the input, in order. */
    public static List<Unit> segment(String input, List<Line> lines) {
        boolean wrapped = isHardWrapped(input, lines);
        int width = wrapped ? typicalWidth(lines) : 0;
        List<Unit> units = new ArrayList<>();
        int i = 0;
        boolean blankBefore = true;
        while (i < lines.size()) {
            Line first = lines.get(i);
            if (first.blank()) {
                blankBefore = true;
                i++;
                continue;
            }
            int j = i;
            if (wrapped) {
                while (j + 1 < lines.size() && continues(input, lines.get(j), lines.get(j + 1), width)) {
                    j++;
                }
            }
            MappedText text = TextNormalizer.normalize(input, first.start(), lines.get(j).end());
            int rest = j == i ? dropCapRest(input, lines, i, text) : -1;
            if (rest >= 0) {
                // "T" / "he council voted …": a drop cap set on a line of its own opens the word below it
                text = MappedText.joined(text, TextNormalizer.normalize(input, lines.get(rest).start(), lines.get(rest).end()));
                j = rest;
            }
            boolean blankAfter = j + 1 >= lines.size() || lines.get(j + 1).blank();
            if (!text.isEmpty()) {
                units.add(new Unit(units.size(), first.start(), lines.get(j).end(), text, j - i + 1,
                        first.indent(), blankBefore, blankAfter));
            }
            blankBefore = false;
            i = j + 1;
        }
        return units;
    }

    /** Words the line after a drop cap has at least: a paragraph of prose, not a menu's "X" / "linkedin". */
    private static final int DROP_CAP_MIN_WORDS = 8;

    /**
     * The index of the line a drop cap on line {@code i} opens ("T" above "he council voted on
     * Tuesday …"), or -1: line {@code i} is one capital letter, and the next line that is not
     * blank (at most one blank line between) opens with a lower-case letter and runs on for
     * {@value #DROP_CAP_MIN_WORDS} words or more.
     */
    private static int dropCapRest(String input, List<Line> lines, int i, MappedText text) {
        if (text.length() != 1 || !Character.isUpperCase(text.text().charAt(0))) {
            return -1;
        }
        int k = i + 1;
        if (k < lines.size() && lines.get(k).blank()) {
            k++;
        }
        if (k >= lines.size() || lines.get(k).blank()) {
            return -1;
        }
        Line next = lines.get(k);
        int s = next.start();
        while (s < next.end() && Chars.isSpace(input.charAt(s))) {
            s++;
        }
        if (s >= next.end() || !Character.isLowerCase(input.charAt(s)) || !Character.isLetter(input.charAt(s))) {
            return -1;
        }
        int words = 0;
        boolean inWord = false;
        for (int c = s; c < next.end() && words < DROP_CAP_MIN_WORDS; c++) {
            boolean space = Chars.isSpace(input.charAt(c));
            if (!space && !inWord) {
                words++;
            }
            inWord = !space;
        }
        return words >= DROP_CAP_MIN_WORDS ? k : -1;
    }

    /** Whether {@code next} continues the paragraph {@code prev} belongs to, in wrapped text. */
    private static boolean continues(String input, Line prev, Line next, int width) {
        if (next.blank()) {
            return false;
        }
        if (next.indent() >= 2 && next.indent() > prev.indent()) {
            return false;
        }
        int w = prev.width();
        // A wrapped line is filled to within a word of the width; a shorter one that ends a
        // sentence ended its paragraph.
        return w >= width * 3 / 5 && !(w < width - SLACK && endsSentence(input.substring(prev.start(), prev.end())));
    }

    private static boolean endsSentence(String line) {
        int i = line.length() - 1;
        while (i >= 0 && (Chars.isSpace(line.charAt(i)) || "\"'”’)".indexOf(line.charAt(i)) >= 0)) {
            i--;
        }
        return i >= 0 && ".!?:".indexOf(line.charAt(i)) >= 0;
    }

    /**
     * Wrapped text: no line much longer than the wrap width, and most lines that run on into the
     * next (non-blank, not indented) line are filled to near the width. Scraped text fails the
     * second test at once: its short menu lines run on into each other too.
     */
    static boolean isHardWrapped(String input, List<Line> lines) {
        int nonBlank = 0;
        int runOn = 0;
        int filled = 0;
        int midSentence = 0;
        for (int k = 0; k < lines.size(); k++) {
            Line l = lines.get(k);
            if (l.blank()) {
                continue;
            }
            nonBlank++;
            int w = l.width();
            if (w > WRAP_MAX + 10) {
                return false;
            }
            if (k + 1 < lines.size() && !lines.get(k + 1).blank() && lines.get(k + 1).indent() < 2) {
                runOn++;
                if (w >= WRAP_MIN) {
                    filled++;
                }
                if (!endsSentence(input.substring(l.start(), l.end()))) {
                    midSentence++;
                }
            }
        }
        // ...and wrapped lines mostly break mid-sentence: one sentence per line is not wrapping
        return nonBlank >= WRAP_MIN_LINES && runOn >= 3 && filled * 10 >= runOn * 7 && midSentence * 2 >= runOn;
    }

    private static int typicalWidth(List<Line> lines) {
        int[] widths = lines.stream().filter(l -> !l.blank()).mapToInt(Line::width).toArray();
        Arrays.sort(widths);
        return widths.length == 0 ? 0 : widths[widths.length * 9 / 10];
    }

}
