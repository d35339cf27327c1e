package io.github.newsparse.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.newsparse.Article;
import io.github.newsparse.ParserOptions;
import io.github.newsparse.internal.structure.PageKindModel;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * Not a test: the tool {@code scripts/train_pages.py} runs to get the page-kind features. Reads
 * JSON Lines {@code {"id", "text"}} on standard input and prints {@code {"id", "f": [...]}} per
 * page, features in the order of {@link PageKindModel#FEATURES}; the first line names them.
 */
public final class PageFeatureDump {

    private PageFeatureDump() {
    }

    public static void main(String[] args) throws IOException {
        ObjectMapper mapper = new ObjectMapper();
        PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
        out.println(mapper.writeValueAsString(PageKindModel.FEATURES));
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        String line;
        while ((line = in.readLine()) != null) {
            if (line.isBlank()) {
                continue;
            }
            JsonNode row = mapper.readTree(line);
            ObjectNode o = mapper.createObjectNode();
            ObjectNode words = mapper.createObjectNode();
            double[] features = Pipeline.pageFeatures(row.path("text").asText(""), ParserOptions.defaults(), words::put);
            o.put("id", row.path("id").asText());
            ArrayNode f = o.putArray("f");
            for (double d : features) {
                f.add(d);
            }
            o.set("words", words);
            out.println(mapper.writeValueAsString(o));
        }
        out.flush();
    }
}
