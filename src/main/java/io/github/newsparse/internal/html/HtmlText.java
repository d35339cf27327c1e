package io.github.newsparse.internal.html;

import io.github.newsparse.internal.text.Chars;
import java.util.ArrayDeque;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Turns HTML into the visible text a scraper would see: one line per block element, scripts,
 * styles and other invisible elements dropped. The title goes on the first line.
 */
public final class HtmlText {

    private static final Set<String> SKIP = Set.of("script", "style", "noscript", "template", "head",
            "svg", "canvas", "iframe", "object", "embed", "select", "option", "button", "input", "textarea");

    private HtmlText() {
    }

    /** The characters of {@code s} that are not whitespace: what a line's evidence counts. */
    static int visibleChars(String s) {
        int c = 0;
        for (int i = 0; i < s.length(); i++) {
            if (!Character.isWhitespace(s.charAt(i))) {
                c++;
            }
        }
        return c;
    }

    /** Whether {@code e} and all inside it are invisible: scripts, styles, form controls, hidden. */
    static boolean isSkipped(Element e) {
        return SKIP.contains(e.normalName()) || e.hasAttr("hidden");
    }

    /**
     * The page's visible text, one block element per line. jsoup may throw on hostile markup
     * (1.24.1 fails on formatting elements nested past its depth limit); then the text comes
     * from {@link #stripTags}, a degraded reading that still loses no text.
     */
    public static String extract(String html) {
        return read(html).text();
    }

    /**
     * The page's visible text, as {@link #extract}, and what the page states about itself in its
     * markup (none when the markup cannot be parsed).
     */
    public static HtmlPage read(String html) {
        Document doc;
        try {
            doc = Jsoup.parse(html);
        } catch (RuntimeException | StackOverflowError e) {
            return new HtmlPage(stripTags(html), PageMetadata.NONE, DomEvidence.NONE);
        }
        Visitor v;
        Regions regions;
        try {
            java.util.Map<String, Element> streamed = StreamedContent.mayHold(html) ? StreamedContent.parts(doc)
                    : java.util.Map.of();
            java.util.Set<Element> shown = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
            shown.addAll(streamed.values());
            regions = Regions.find(doc.body(), shown);
            v = new Visitor(new StringBuilder(Math.min(html.length(), 1 << 20)), regions, streamed);
            v.title(doc.title().strip());
            NodeTraversor.traverse(v, doc.body());
            v.newline();
        } catch (RuntimeException | StackOverflowError e) {
            return new HtmlPage(stripTags(html), PageMetadata.NONE, DomEvidence.NONE);
        }
        PageMetadata meta;
        try {
            meta = MetadataReader.read(doc, regions);
        } catch (RuntimeException | StackOverflowError e) {
            meta = PageMetadata.NONE;
        }
        return new HtmlPage(v.sb.toString().strip(), meta, v.evidence());
    }

    /**
     * An HTML page read: its visible text, its metadata and what its markup says of each line.
     *
     * @param text     the visible text, one block element per line
     * @param metadata what the markup states about the page
     * @param dom      each line's markup evidence
     */
    public record HtmlPage(String text, PageMetadata metadata, DomEvidence dom) {
    }

    /**
     * The text outside tags, each tag a line break, in one linear pass: what a page's text is
     * when its markup cannot be parsed. Entities are left for the text normaliser.
     */
    static String stripTags(String html) {
        StringBuilder sb = new StringBuilder(Math.min(html.length(), 1 << 20));
        boolean inTag = false;
        for (int i = 0; i < html.length(); i++) {
            char c = html.charAt(i);
            if (inTag) {
                if (c == '>') {
                    inTag = false;
                }
            } else if (c == '<' && i + 1 < html.length() && (Character.isLetter(html.charAt(i + 1))
                    || html.charAt(i + 1) == '/' || html.charAt(i + 1) == '!')) {
                inTag = true;
                if (sb.length() > 0 && sb.charAt(sb.length() - 1) != '\n') {
                    sb.append('\n');
                }
            } else {
                sb.append(c);
            }
        }
        return sb.toString().strip();
    }

    private static final class Visitor implements NodeVisitor {
        private final StringBuilder sb;
        private int skipDepth;
        /** Whether an element opened or closed since the last text: a boundary between words. */
        private boolean boundary;

        /** Each open element's marker, and the open markers alone: the innermost decides. */
        private final ArrayDeque<MarkupWords.Marker> elements = new ArrayDeque<>();
        private final ArrayDeque<MarkupWords.Marker> markers = new ArrayDeque<>();
        private int links;
        /** Open {@code <sup>} and {@code <sub>} elements: a footnote mark or an exponent, part of its word. */
        private int raised;
        private int heading;
        /** The line being written: where it starts and its characters by context. */
        private int lineStart;
        private int chars;
        private int linkChars;
        private int chromeChars;
        private int storyChars;
        private int captionChars;
        private int bylineChars;
        /** Where the line's first run of byline text starts and ends in the text; -1 before one. */
        private int bylineFrom = -1;
        private int bylineTo = -1;
        private boolean bylineClosed;
        private int lineHeading;
        /** How many open elements name the byline. */
        private int bylines;
        /**
         * The open elements that name the byline (true) or hold a role or bio beside the name
         * (false): the innermost decides whether text is the name.
         */
        private final java.util.ArrayDeque<Boolean> nameMarks = new java.util.ArrayDeque<>();
        private final java.util.List<Integer> starts = new java.util.ArrayList<>();
        private final java.util.List<DomEvidence.Line> lines = new java.util.ArrayList<>();

        private final Regions regions;

        /** Streamed parts not yet read, by number: each is read once, at its placeholder. */
        private final java.util.Map<String, Element> streamed;

        Visitor(StringBuilder sb, Regions regions, java.util.Map<String, Element> streamed) {
            this.sb = sb;
            this.regions = regions;
            this.streamed = streamed.isEmpty() ? streamed : new java.util.HashMap<>(streamed);
        }

        void title(String title) {
            if (!title.isEmpty()) {
                sb.append(title).append('\n');
                lineStart = sb.length();
            }
        }

        DomEvidence evidence() {
            int[] s = new int[starts.size()];
            for (int i = 0; i < s.length; i++) {
                s[i] = starts.get(i);
            }
            return new DomEvidence(s, lines.toArray(new DomEvidence.Line[0]));
        }

        @Override
        public void head(Node node, int depth) {
            if (node instanceof Element e) {
                if (skipDepth == 0 && !streamed.isEmpty()) {
                    String n = StreamedContent.placeholderOf(e);
                    Element part = n == null ? null : streamed.remove(n);
                    if (part != null) {
                        for (Node child : part.childNodes()) {
                            NodeTraversor.traverse(this, child);
                        }
                    }
                }
                if (skipDepth > 0 || isSkipped(e)) {
                    skipDepth++;
                    return;
                }
                if (e.normalName().equals("br") || e.isBlock()) {
                    newline();
                }
                boundary = true;
                MarkupWords.Marker m = regions.of(e);
                elements.push(m);
                if (m != MarkupWords.Marker.NONE) {
                    markers.push(m);
                }
                if (e.normalName().equals("a")) {
                    links++;
                }
                if (isRaisedOrLowered(e)) {
                    raised++;
                }
                if (regions.isByline(e)) {
                    bylines++;
                    nameMarks.push(true);
                } else if (regions.isBesideName(e)) {
                    nameMarks.push(false);
                }
                int level = MarkupWords.headingLevel(e);
                if (level > 0) {
                    heading = level;
                }
            } else if (node instanceof TextNode t && skipDepth == 0) {
                String s = t.text();
                if (!s.isBlank()) {
                    if (boundary && sb.length() > 0 && gluedAcross(sb.charAt(sb.length() - 1), s.strip().charAt(0), raised > 0)) {
                        sb.append(' ');
                    }
                    boundary = false;
                    // a no-break space counts as the space it renders ("set</a>&nbsp;of"): jsoup's
                    // text() turns it into a space, which strip() then drops
                    if (wantsSpace() && Chars.isSpace(t.getWholeText().isEmpty() ? 'x' : t.getWholeText().charAt(0))) {
                        sb.append(' ');
                    }
                    String stripped = s.strip();
                    sb.append(stripped);
                    count(stripped);
                    bylineRun(stripped.length());
                    if (Chars.isSpace(t.getWholeText().charAt(t.getWholeText().length() - 1))) {
                        sb.append(' ');
                    }
                } else if (!t.getWholeText().isEmpty() && wantsSpace()) {
                    // white space alone between inline elements is the one space a browser shows:
                    // "<b>at the airport</b> <b>without stress</b>"
                    sb.append(' ');
                }
            }
        }

        @Override
        public void tail(Node node, int depth) {
            if (node instanceof Element e) {
                if (skipDepth > 0) {
                    skipDepth--;
                    return;
                }
                if (e.isBlock()) {
                    newline();
                }
                boundary = true;
                MarkupWords.Marker m = elements.pop();
                if (m != MarkupWords.Marker.NONE) {
                    markers.pop();
                }
                if (e.normalName().equals("a")) {
                    links--;
                }
                if (isRaisedOrLowered(e)) {
                    raised--;
                }
                if (regions.isByline(e)) {
                    bylines--;
                    nameMarks.pop();
                } else if (regions.isBesideName(e)) {
                    nameMarks.pop();
                }
                if (MarkupWords.headingLevel(e) > 0) {
                    heading = 0;
                }
            }
        }

        /** Whether the text so far ends inside a line, after a visible character: where a space may go. */
        private boolean wantsSpace() {
            return sb.length() > 0 && sb.charAt(sb.length() - 1) != '\n' && !Chars.isSpace(sb.charAt(sb.length() - 1));
        }

        /**
         * Whether two characters meeting at an element boundary would glue two words that the
         * page's styles show apart: two numbers ("<time>2023</time><span>2:23 PM</span>"), or a
         * lower-case letter before a capital ("<span>Jane Roe</span><span>December 2</span>"),
         * which inside one word only names like "iPhone" or "McDonald" have, never split by markup,
         * or a lower-case letter before a digit ("<strong>Yucy</strong><span>3/4/2025</span>"),
         * where a word ends and a number begins, unless the digit is raised or lowered: a footnote
         * mark ("Single Shot<sup>1</sup>") or an exponent belongs to its word, and a capital before
         * a digit is a code ("H<sub>2</sub>O").
         */
        private static boolean gluedAcross(char before, char after, boolean inScript) {
            return Character.isDigit(before) && Character.isDigit(after)
                    || Character.isLowerCase(before) && (Character.isUpperCase(after) || !inScript && Character.isDigit(after));
        }

        private static boolean isRaisedOrLowered(Element e) {
            return e.normalName().equals("sup") || e.normalName().equals("sub");
        }

        /** Counts the characters of text just written by the context they sit in. */
        private void count(String text) {
            int c = visibleChars(text);
            chars += c;
            if (links > 0) {
                linkChars += c;
            }
            if (bylines > 0) {
                bylineChars += c;
            }
            MarkupWords.Marker m = markers.isEmpty() ? MarkupWords.Marker.NONE : markers.peek();
            switch (m) {
                case CHROME -> chromeChars += c;
                case STORY -> storyChars += c;
                case CAPTION -> captionChars += c;
                default -> {
                }
            }
            if (heading > 0) {
                lineHeading = lineHeading == 0 ? heading : Math.min(lineHeading, heading);
            }
        }

        /** Extends the line's first run of byline text over the {@code n} characters just written, or closes it. */
        private void bylineRun(int n) {
            if (!nameMarks.isEmpty() && nameMarks.peek()) {
                if (bylineFrom < 0) {
                    bylineFrom = sb.length() - n;
                }
                if (!bylineClosed) {
                    bylineTo = sb.length();
                }
            } else if (bylineFrom >= 0) {
                bylineClosed = true;
            }
        }

        void newline() {
            if (chars > 0) {
                starts.add(lineStart);
                String run = bylineFrom < 0 ? null : sb.substring(bylineFrom, bylineTo);
                lines.add(new DomEvidence.Line(chars, linkChars, chromeChars, storyChars, captionChars, lineHeading,
                        bylineChars, run));
            }
            bylineFrom = -1;
            bylineTo = -1;
            bylineClosed = false;
            chars = 0;
            linkChars = 0;
            chromeChars = 0;
            storyChars = 0;
            captionChars = 0;
            bylineChars = 0;
            lineHeading = 0;
            int n = sb.length();
            while (n > 0 && sb.charAt(n - 1) == ' ') {
                n--;
            }
            sb.setLength(n);
            if (n > 0 && sb.charAt(n - 1) != '\n') {
                sb.append('\n');
            }
            lineStart = sb.length();
        }
    }
}
