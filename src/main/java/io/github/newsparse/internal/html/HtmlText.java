package io.github.newsparse.internal.html;

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
            return new HtmlPage(stripTags(html), PageMetadata.NONE);
        }
        String text;
        try {
            text = visibleText(doc, html.length());
        } catch (RuntimeException | StackOverflowError e) {
            return new HtmlPage(stripTags(html), PageMetadata.NONE);
        }
        PageMetadata meta;
        try {
            meta = MetadataReader.read(doc);
        } catch (RuntimeException | StackOverflowError e) {
            meta = PageMetadata.NONE;
        }
        return new HtmlPage(text, meta);
    }

    /**
     * An HTML page read: its visible text and its metadata.
     *
     * @param text     the visible text, one block element per line
     * @param metadata what the markup states about the page
     */
    public record HtmlPage(String text, PageMetadata metadata) {
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

    private static String visibleText(Document doc, int size) {
        StringBuilder sb = new StringBuilder(Math.min(size, 1 << 20));
        String title = doc.title().strip();
        if (!title.isEmpty()) {
            sb.append(title).append('\n');
        }
        Element body = doc.body();
        NodeTraversor.traverse(new Visitor(sb), body);
        return sb.toString().strip();
    }

    private static final class Visitor implements NodeVisitor {
        private final StringBuilder sb;
        private int skipDepth;
        /** Whether an element opened or closed since the last text: a boundary between words. */
        private boolean boundary;

        Visitor(StringBuilder sb) {
            this.sb = sb;
        }

        @Override
        public void head(Node node, int depth) {
            if (node instanceof Element e) {
                if (skipDepth > 0 || SKIP.contains(e.normalName()) || e.hasAttr("hidden")) {
                    skipDepth++;
                    return;
                }
                if (e.normalName().equals("br") || e.isBlock()) {
                    newline();
                }
                boundary = true;
            } else if (node instanceof TextNode t && skipDepth == 0) {
                String s = t.text();
                if (!s.isBlank()) {
                    if (boundary && sb.length() > 0 && gluedAcross(sb.charAt(sb.length() - 1), s.strip().charAt(0))) {
                        sb.append(' ');
                    }
                    boundary = false;
                    if (sb.length() > 0 && sb.charAt(sb.length() - 1) != '\n'
                            && !Character.isWhitespace(sb.charAt(sb.length() - 1))
                            && Character.isWhitespace(t.getWholeText().isEmpty() ? 'x' : t.getWholeText().charAt(0))) {
                        sb.append(' ');
                    }
                    sb.append(s.strip());
                    if (Character.isWhitespace(t.getWholeText().charAt(t.getWholeText().length() - 1))) {
                        sb.append(' ');
                    }
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
            }
        }

        /**
         * Whether two characters meeting at an element boundary would glue two words that the
         * page's styles show apart: two numbers ("<time>2023</time><span>2:23 PM</span>"), or a
         * lower-case letter before a capital ("<span>Jane Roe</span><span>December 2</span>"),
         * which inside one word only names like "iPhone" or "McDonald" have, never split by markup.
         */
        private static boolean gluedAcross(char before, char after) {
            return Character.isDigit(before) && Character.isDigit(after)
                    || Character.isLowerCase(before) && Character.isUpperCase(after);
        }

        private void newline() {
            int n = sb.length();
            while (n > 0 && sb.charAt(n - 1) == ' ') {
                n--;
            }
            sb.setLength(n);
            if (n > 0 && sb.charAt(n - 1) != '\n') {
                sb.append('\n');
            }
        }
    }
}
