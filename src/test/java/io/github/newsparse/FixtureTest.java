package io.github.newsparse;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Fixture pairs in {@code src/test/resources/fixtures}: {@code <slug>.txt} (or {@code .html}) and
 * {@code <slug>.json}. The expected JSON holds the contract fields the fixture is about; exactly
 * those fields of the actual output are compared, as pretty-printed JSON so a failure shows a diff.
 * Run with {@code -Dnewsparse.updateFixtures=true} to rewrite the expectations, then review the diff.
 */
class FixtureTest {

    static final Path DIR = Path.of("src/test/resources/fixtures");
    private static final int MIN_FIXTURES = 6;
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    static Stream<Path> inputs() throws IOException {
        try (Stream<Path> s = Files.list(DIR)) {
            List<Path> list = s.filter(p -> p.toString().endsWith(".txt") || p.toString().endsWith(".html"))
                    .sorted().toList();
            return list.stream();
        }
    }

    @Test
    void fixtureFolderIsNotEmpty() throws IOException {
        assertThat(inputs().count()).isGreaterThanOrEqualTo(MIN_FIXTURES);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("inputs")
    void outputMatchesExpectation(Path input) throws IOException {
        String name = input.getFileName().toString();
        Path expectedPath = input.resolveSibling(name.substring(0, name.lastIndexOf('.')) + ".json");
        String content = Files.readString(input, StandardCharsets.UTF_8);
        Article article = name.endsWith(".html") ? ArticleParser.parseHtml(content) : ArticleParser.parse(content);
        Invariants.check(content, article);
        ObjectNode actual = (ObjectNode) MAPPER.readTree(ArticleJson.toJson(article));
        assertThat(expectedPath).as("expectation for " + name).exists();
        ObjectNode expected = (ObjectNode) MAPPER.readTree(expectedPath.toFile());
        ObjectNode projected = MAPPER.createObjectNode();
        for (Iterator<String> it = expected.fieldNames(); it.hasNext(); ) {
            String field = it.next();
            assertThat(actual.has(field)).as("contract field " + field).isTrue();
            projected.set(field, actual.get(field));
        }
        if (Boolean.getBoolean("newsparse.updateFixtures")) {
            MAPPER.writeValue(expectedPath.toFile(), projected);
            return;
        }
        assertThat(pretty(projected)).isEqualTo(pretty(expected));
    }

    private static String pretty(JsonNode n) throws IOException {
        return MAPPER.writeValueAsString(n);
    }
}
