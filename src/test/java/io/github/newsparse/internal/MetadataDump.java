package io.github.newsparse.internal;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.newsparse.internal.html.HtmlText;
import io.github.newsparse.internal.html.PageMetadata;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/** Prints each HTML page's visible text and metadata candidates: {"id", "text", "c": [[field, source, value], ...]}. */
public final class MetadataDump {
    public static void main(String[] args) throws IOException {
        ObjectMapper mapper = new ObjectMapper();
        PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        String line;
        while ((line = in.readLine()) != null) {
            if (line.isBlank()) {
                continue;
            }
            var row = mapper.readTree(line);
            HtmlText.HtmlPage page = HtmlText.read(row.path("html").asText(""));
            PageMetadata m = page.metadata();
            ObjectNode o = mapper.createObjectNode();
            o.put("id", row.path("id").asText());
            o.put("text", page.text());
            ArrayNode c = o.putArray("c");
            for (PageMetadata.Candidate k : m.candidates()) {
                c.addArray().add(k.field().name()).add(k.source().name()).add(k.value());
            }
            out.println(mapper.writeValueAsString(o));
        }
        out.flush();
    }
}
