package io.github.newsparse.internal;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.newsparse.ParserOptions;
import io.github.newsparse.internal.structure.HeadlineModel;
import io.github.newsparse.internal.structure.StructureFinder;
import java.io.IOException;

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
        JsonlTool.run(HeadlineModel.FEATURES, (id, in, out) -> {
            Page page = Pipeline.classified(in.text(), in.text().length(), ParserOptions.builder().url(in.url()).build(), in.metadata(),
                    in.dom(), in.html());
            HeadlineModel.PageView view = StructureFinder.frame(page).view();
            for (int i = 0; i < view.size(); i++) {
                if (view.isCandidate(i)) {
                    ObjectNode o = out.row(id);
                    o.put("i", i);
                    o.put("text", page.parts().get(i).text());
                    JsonlTool.Output.features(o, HeadlineModel.features(view, i));
                    out.print(o);
                }
            }
        });
    }
}
