package io.github.newsparse.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import io.github.newsparse.internal.html.DomEvidence;
import io.github.newsparse.internal.html.HtmlText;
import io.github.newsparse.internal.html.PageMetadata;

/** The loop the training scripts' dump tools share: JSON Lines in, feature rows out. */
final class JsonlTool {

    /** Receives one input row and prints its output rows. */
    interface RowHandler {
        void handle(String id, Input in, Output out) throws IOException;
    }

    /**
     * One input row: its text (an HTML page's visible text), the page's metadata, which it was,
     * and the page's address ({@code "url"}, or null).
     */
    record Input(String text, PageMetadata metadata, DomEvidence dom, boolean html, String url) {
    }

    /** Where a handler prints its rows. */
    static final class Output {
        private final ObjectMapper mapper;
        private final PrintStream out;

        Output(ObjectMapper mapper, PrintStream out) {
            this.mapper = mapper;
            this.out = out;
        }

        ObjectNode row(String id) {
            ObjectNode o = mapper.createObjectNode();
            o.put("id", id);
            return o;
        }

        static void features(ObjectNode o, double[] features) {
            ArrayNode f = o.putArray("f");
            for (double d : features) {
                f.add(d);
            }
        }

        void print(ObjectNode o) throws IOException {
            out.println(mapper.writeValueAsString(o));
        }
    }

    private JsonlTool() {
    }

    /**
     * Prints the feature names, then reads {@code {"id", "text"}} (or {@code {"id", "html"}}: its
     * visible text and metadata; either with an optional {@code "url"}) lines from standard input.
     */
    static void run(List<String> featureNames, RowHandler handler) throws IOException {
        ObjectMapper mapper = new ObjectMapper();
        PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
        out.println(mapper.writeValueAsString(featureNames));
        Output output = new Output(mapper, out);
        BufferedReader reader = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        String line;
        while ((line = reader.readLine()) != null) {
            if (!line.isBlank()) {
                JsonNode row = mapper.readTree(line);
                Input in;
                String url = row.hasNonNull("url") ? row.path("url").asText() : null;
                if (row.hasNonNull("html")) {
                    HtmlText.HtmlPage page = HtmlText.read(row.path("html").asText(""));
                    in = new Input(page.text(), page.metadata(), page.dom(), true, url);
                } else {
                    in = new Input(row.path("text").asText(""), PageMetadata.NONE, DomEvidence.NONE, false, url);
                }
                handler.handle(row.path("id").asText(), in, output);
            }
        }
        out.flush();
    }
}
