package io.github.newsparse.internal.html;

import java.util.ArrayDeque;
import java.util.IdentityHashMap;
import java.util.Map;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * The marked regions of a page ({@link MarkupWords}), found in one pass before the text is
 * written, with one correction that needs the region's size: an element whose class names chrome
 * ("with-sidebar", "share") but that holds most of the page's text is a layout wrapper around the
 * story, not chrome.
 */
final class Regions {

    /** A class-named chrome region holding more than this share of the page's text wraps the story. */
    static final double WRAPPER_SHARE = 0.3;

    private final Map<Element, MarkupWords.Marker> markers = new IdentityHashMap<>();
    private final java.util.Set<Element> bylines = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
    private final java.util.Set<Element> besideNames = java.util.Collections.newSetFromMap(new IdentityHashMap<>());

    private Regions() {
    }

    /** The marker of {@code e}: NONE for most elements. */
    MarkupWords.Marker of(Element e) {
        return markers.getOrDefault(e, MarkupWords.Marker.NONE);
    }

    /** Whether {@code e}'s class or id names the byline ({@link MarkupWords#isByline}). */
    boolean isByline(Element e) {
        return !bylines.isEmpty() && bylines.contains(e);
    }

    /** Whether {@code e} holds what an author box prints beside the name ({@link MarkupWords#isBesideName}). */
    boolean isBesideName(Element e) {
        return !besideNames.isEmpty() && besideNames.contains(e);
    }

    static Regions find(Element body) {
        return find(body, java.util.Set.of());
    }

    /**
     * The regions of {@code body}; {@code shown} are hidden elements the text reader shows all the
     * same (streamed parts, {@link StreamedContent}).
     */
    static Regions find(Element body, java.util.Collection<Element> shown) {
        Regions r = new Regions();
        Map<Element, Integer> size = new IdentityHashMap<>();
        int[] total = new int[1];
        MarkupWords.PageReader words = new MarkupWords.PageReader();
        NodeTraversor.traverse(new NodeVisitor() {
            private final ArrayDeque<Element> open = new ArrayDeque<>();
            private final ArrayDeque<Integer> startChars = new ArrayDeque<>();
            private int skip;

            @Override
            public void head(Node node, int depth) {
                if (node instanceof Element e) {
                    if (skip > 0 || HtmlText.isSkipped(e) && !(shown.contains(e))) {
                        skip++;
                        return;
                    }
                    if (words.isByline(e)) {
                        r.bylines.add(e);
                    } else if ((e.hasAttr("class") || e.hasAttr("id")) && words.isBesideName(e)) {
                        r.besideNames.add(e);
                    }
                    MarkupWords.Marker m = words.marker(e);
                    if (m != MarkupWords.Marker.NONE) {
                        r.markers.put(e, m);
                        open.push(e);
                        startChars.push(total[0]);
                    }
                } else if (node instanceof TextNode t && skip == 0) {
                    total[0] += HtmlText.visibleChars(t.getWholeText());
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element e) {
                    if (skip > 0) {
                        skip--;
                        return;
                    }
                    if (!open.isEmpty() && open.peek() == e) {
                        open.pop();
                        size.put(e, total[0] - startChars.pop());
                    }
                }
            }
        }, body);
        for (Map.Entry<Element, Integer> en : size.entrySet()) {
            Element e = en.getKey();
            if (r.markers.get(e) == MarkupWords.Marker.CHROME && !MarkupWords.isChromeTag(e)
                    && en.getValue() > WRAPPER_SHARE * total[0]) {
                r.markers.remove(e);
            }
        }
        return r;
    }
}
