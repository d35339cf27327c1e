package io.github.newsparse.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.newsparse.BoilerplateRules;
import io.github.newsparse.internal.boilerplate.BoilerplateClassifier;
import io.github.newsparse.internal.structure.HeadlineModel;
import io.github.newsparse.internal.structure.StructureFinder;
import io.github.newsparse.internal.text.LineSplitter;
import io.github.newsparse.internal.text.Segmenter;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * Not a test: the tool {@code scripts/train_headline.py} runs to get the headline model's
 * features. Reads JSON Lines {@code {"id", "text"}} on standard input and prints, per candidate
 * line, {@code {"id", "i", "text", "f": [...]}} with the features in the order of
 * {@link HeadlineModel#FEATURES}; the first output line names them.
 */
public final class HeadlineFeatureDump {

    private HeadlineFeatureDump() {
    }

    public static void main(String[] args) throws IOException {
        ObjectMapper mapper = new ObjectMapper();
        PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
        out.println(mapper.writeValueAsString(HeadlineModel.FEATURES));
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        String line;
        while ((line = in.readLine()) != null) {
            if (line.isBlank()) {
                continue;
            }
            JsonNode row = mapper.readTree(line);
            String id = row.path("id").asText();
            String text = row.path("text").asText("");
            Page page = new Page(text, Segmenter.segment(text, LineSplitter.split(text, text.length())));
            BoilerplateClassifier.classify(page, BoilerplateRules.standard());
            HeadlineModel.PageView view = StructureFinder.frame(page).view();
            for (int i = 0; i < view.size(); i++) {
                if (!view.isCandidate(i)) {
                    continue;
                }
                ObjectNode o = mapper.createObjectNode();
                o.put("id", id);
                o.put("i", i);
                o.put("text", page.parts().get(i).text());
                ArrayNode f = o.putArray("f");
                for (double d : HeadlineModel.features(view, i)) {
                    f.add(d);
                }
                out.println(mapper.writeValueAsString(o));
            }
        }
        out.flush();
    }
}
