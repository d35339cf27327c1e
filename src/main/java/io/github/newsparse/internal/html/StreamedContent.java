package io.github.newsparse.internal.html;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Content that a page streams in after its first paint, read where a browser shows it. React's
 * streaming server rendering (Next.js and others) sends a late part of the page as
 * {@code <div hidden id="S:n">} at the end of the body and a script that moves it to the
 * placeholder {@code <template id="B:n">}; without scripts the story would sit in a hidden
 * element and be lost. The text reader visits each part at its placeholder; a hidden part with
 * no placeholder is shown where it is. The document's structure is not changed (moving nodes
 * one by one costs time in the number of siblings).
 */
final class StreamedContent {

    private static final String MARK = "id=\"S:";
    private static final String PART = "S:";
    private static final String PLACEHOLDER = "B:";

    private StreamedContent() {
    }

    /** Whether the HTML may hold streamed parts: a cheap test before any DOM work. */
    static boolean mayHold(String html) {
        return html.contains(MARK);
    }

    /**
     * The streamed parts that have a placeholder, by their number; parts without one are made
     * visible in place.
     */
    static Map<String, Element> parts(Document doc) {
        Set<String> placeholders = new HashSet<>();
        for (Element b : doc.select("template[id^=B:]")) {
            placeholders.add(b.id().substring(PLACEHOLDER.length()));
        }
        Map<String, Element> parts = new HashMap<>();
        for (Element part : doc.select("div[hidden][id^=S:]")) {
            String n = part.id().substring(PART.length());
            if (placeholders.contains(n)) {
                parts.putIfAbsent(n, part);
            } else {
                part.removeAttr("hidden");
            }
        }
        return parts;
    }

    /** The number of the part a placeholder stands for, or null if {@code e} is none. */
    static String placeholderOf(Element e) {
        return e.normalName().equals("template") && e.id().startsWith(PLACEHOLDER)
                ? e.id().substring(PLACEHOLDER.length()) : null;
    }
}
