package io.github.newsparse.internal;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.newsparse.ParserOptions;
import io.github.newsparse.internal.html.DomEvidence;
import java.io.IOException;
import java.util.List;

/**
 * Not a test: prints, per part of each page after all stages, its text, role, category and the
 * markup's evidence: {@code {"id", "i", "text", "role", "cat", "f": [chars, link, chrome, story,
 * caption, heading, hasStoryContainer]}}. For studying DOM evidence against the body gold.
 */
public final class DomDump {

    private DomDump() {
    }

    public static void main(String[] args) throws IOException {
        JsonlTool.run(List.of("chars", "link", "chrome", "story", "caption", "heading", "container"), (id, in, out) -> {
            Pipeline.Stages s = Pipeline.stages(in.text(), ParserOptions.defaults(), in.metadata(), in.dom(), in.html());
            boolean container = in.dom().hasStoryContainer();
            List<Part> parts = s.page().parts();
            for (int i = 0; i < parts.size(); i++) {
                Part p = parts.get(i);
                DomEvidence.Line l = in.dom().at(p.unit().start());
                ObjectNode o = out.row(id);
                o.put("i", i);
                o.put("text", p.text());
                o.put("role", p.role().name());
                o.put("cat", p.category() == null ? null : p.category().name());
                JsonlTool.Output.features(o, l == null ? new double[] {0, 0, 0, 0, 0, 0, container ? 1 : 0}
                        : new double[] {l.chars(), l.link(), l.chrome(), l.story(), l.caption(), l.heading(), container ? 1 : 0});
                out.print(o);
            }
        });
    }
}
