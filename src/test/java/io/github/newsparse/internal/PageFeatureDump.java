package io.github.newsparse.internal;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.newsparse.ParserOptions;
import io.github.newsparse.internal.structure.PageKindModel;
import java.io.IOException;

/**
 * Not a test: the tool {@code scripts/train_pages.py} runs to get the page-kind features. Reads
 * JSON Lines {@code {"id", "text"}} (with the page's {@code "url"} when it has one) on standard input and prints {@code {"id", "f": [...],
 * "words": {...}}} per page, features in the order of {@link PageKindModel#FEATURES} and the
 * page's word counts (its address's words prefixed {@value PageKindModel#ADDRESS_PREFIX}); the first line names the features.
 */
public final class PageFeatureDump {

    private PageFeatureDump() {
    }

    public static void main(String[] args) throws IOException {
        JsonlTool.run(PageKindModel.FEATURES, (id, in, out) -> {
            ObjectNode o = out.row(id);
            ObjectNode words = o.objectNode();
            ParserOptions options = ParserOptions.builder().url(in.url()).build();
            JsonlTool.Output.features(o, Pipeline.pageFeatures(in.text(), options, words::put));
            o.set("words", words);
            out.print(o);
        });
    }
}
