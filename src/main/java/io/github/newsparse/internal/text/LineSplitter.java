package io.github.newsparse.internal.text;

import java.util.ArrayList;
import java.util.List;

/** Splits text into lines at LF, CRLF, CR and the Unicode line and paragraph separators. */
public final class LineSplitter {

    private LineSplitter() {
    }

    /** The lines of {@code text[0, limit)}, in order. */
    public static List<Line> split(String text, int limit) {
        List<Line> lines = new ArrayList<>();
        int start = 0;
        int i = 0;
        while (i < limit) {
            char c = text.charAt(i);
            if (Chars.isLineBreak(c)) {
                lines.add(line(text, start, i));
                i += (c == '\r' && i + 1 < limit && text.charAt(i + 1) == '\n') ? 2 : 1;
                start = i;
            } else {
                i++;
            }
        }
        if (start < limit) {
            lines.add(line(text, start, limit));
        }
        return lines;
    }

    private static Line line(String text, int start, int end) {
        int indent = 0;
        int i = start;
        while (i < end && (Chars.isSpace(text.charAt(i)) || Chars.isInvisible(text.charAt(i)))) {
            char c = text.charAt(i);
            indent += c == '\t' ? 4 : Chars.isSpace(c) ? 1 : 0;
            i++;
        }
        int last = end;
        while (last > i && Chars.isSpace(text.charAt(last - 1))) {
            last--;
        }
        return new Line(start, end, indent, last - i, !Chars.hasVisible(text, i, end));
    }
}
