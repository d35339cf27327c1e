package io.github.newsparse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.StringWriter;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class ArticleJsonTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private static final String STORY = """
            Council approves budget
            By Jane Roe and Sam Poe
            Published: March 4, 2025 9:30 PM EST

            HARTFORD, Conn. (WTNH) — The town council voted 5-2 on Monday to approve the budget.

            "This is a fair budget for every family," Mayor Ann Lee said. She added that taxes stay flat.

            Mayor Ann Lee at Monday's meeting.
            Photo: Mark Mirko / Connecticut Public

            This is a developing story.

            Copyright 2025 Example Media. All rights reserved.
            """;

    /** An article with every kind of part: dates with offsets, quotes, a dateline, a copyright. */
    private static Article rich() {
        return new Article("0123456789abcdefghij", PageKind.ARTICLE, Optional.of("A \"quoted\" headline\n"),
                List.of("Jane Roe", "Sam Poe"),
                Optional.of(new PublicationDate(LocalDate.of(2025, 3, 4), Optional.of(LocalTime.of(21, 30, 15)),
                        Optional.of(ZoneOffset.ofHours(-5)))),
                Optional.of(new PublicationDate(LocalDate.of(2025, 3, 5), Optional.of(LocalTime.of(0, 5)),
                        Optional.of(ZoneOffset.UTC))),
                Optional.of(new Dateline("HARTFORD —", new Span(0, 3), Optional.of("Hartford"), Optional.empty(),
                        Optional.of("WTNH"), Optional.empty())),
                List.of(new Paragraph("para", new Span(3, 10))),
                List.of(new Quote(QuoteKind.DIRECT, "quote", new Span(4, 8), 0, Optional.of("Ann Lee"),
                        Optional.of("she"), Optional.of("Mayor"), Optional.empty(), Optional.of("said"))),
                List.of(new Speaker("Ann Lee", List.of("Mayor"), List.of(), 1)),
                List.of(new Caption("cap", Optional.of("AP"), new Span(10, 12))),
                Optional.of(new Copyright("(c) 2025", OptionalInt.of(2025), Optional.empty(), new Span(15, 20))),
                List.of(new Note("note", new Span(12, 15))),
                List.of(new Block(BlockRole.BODY, Optional.empty(), new Span(0, 12)),
                        new Block(BlockRole.NOTE, Optional.empty(), new Span(12, 15)),
                        new Block(BlockRole.BOILERPLATE, Optional.of(BoilerplateCategory.STATION_LIST), new Span(15, 20))));
    }

    @Test
    void writesTheContractObjectWithNullsForAbsentValues() throws IOException {
        JsonNode n = MAPPER.readTree(ArticleJson.toJson(ArticleParser.parse(STORY)));
        assertThat(n.get("id").isNull()).isTrue();
        assertThat(n.has("text")).isFalse();
        assertThat(n.get("page").asText()).isEqualTo("article");
        assertThat(n.get("headline").asText()).isEqualTo("Council approves budget");
        assertThat(n.get("authors")).hasSize(2);
        assertThat(n.get("published").asText()).isEqualTo("2025-03-04T21:30-05:00");
        assertThat(n.get("updated").isNull()).isTrue();
        assertThat(n.get("dateline").get("region").asText()).isEqualTo("Connecticut");
        assertThat(n.get("quotes").get(0).get("kind").asText()).isEqualTo("direct");
        assertThat(n.get("blocks").get(0).get("role").asText()).isEqualTo("headline");
        assertThat(n.get("copyright").get("year").asInt()).isEqualTo(2025);
    }

    @Test
    void writesTheIdAsAStringAndTheTextOnRequest() throws IOException {
        Article a = ArticleParser.parse(STORY);
        JsonNode n = MAPPER.readTree(ArticleJson.toJson(a, "doc \"7\"\n", true));
        assertThat(n.get("id").asText()).isEqualTo("doc \"7\"\n");
        assertThat(n.get("text").asText()).isEqualTo(STORY);
        StringWriter w = new StringWriter();
        ArticleJson.write(a, null, false, w);
        assertThat(w.toString()).isEqualTo(ArticleJson.toJson(a)).doesNotContain("\n");
    }

    @Test
    void readsBackWhatItWrites() {
        Article parsed = ArticleParser.parse(STORY);
        assertThat(parsed.notes()).isNotEmpty();
        assertThat(parsed.captions()).isNotEmpty();
        assertThat(ArticleJson.fromJson(ArticleJson.toJson(parsed, "x", true))).isEqualTo(parsed);
        Article rich = rich();
        assertThat(ArticleJson.fromJson(ArticleJson.toJson(rich, null, true))).isEqualTo(rich);
    }

    @Test
    void readingBackNeedsTheTextAndAWellFormedObject() throws IOException {
        Article a = ArticleParser.parse(STORY);
        assertThatThrownBy(() -> ArticleJson.fromJson(ArticleJson.toJson(a)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("\"text\" is missing");
        assertThatThrownBy(() -> ArticleJson.fromJson("{\"text\": \"x\""))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not valid JSON");
        assertThatThrownBy(() -> ArticleJson.fromJson("[]"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("expected an object");
        ObjectNode n = (ObjectNode) MAPPER.readTree(ArticleJson.toJson(a, null, true));
        ((ObjectNode) n.get("paragraphs").get(0)).put("end", STORY.length() + 1);
        assertThatThrownBy(() -> ArticleJson.fromJson(n.toString()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("paragraphs[0]")
                .hasMessageContaining("outside the text");
        ObjectNode m = (ObjectNode) MAPPER.readTree(ArticleJson.toJson(a, null, true));
        ((ObjectNode) m.get("blocks").get(0)).put("role", "sidebar");
        assertThatThrownBy(() -> ArticleJson.fromJson(m.toString()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("unknown value \"sidebar\"");
        ObjectNode d = (ObjectNode) MAPPER.readTree(ArticleJson.toJson(a, null, true));
        d.put("published", "March 4");
        assertThatThrownBy(() -> ArticleJson.fromJson(d.toString()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("published");
        ObjectNode missing = (ObjectNode) MAPPER.readTree(ArticleJson.toJson(a, null, true));
        missing.remove("headline");
        assertThatThrownBy(() -> ArticleJson.fromJson(missing.toString()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("\"headline\" is missing");
        assertThatThrownBy(() -> ArticleJson.fromJson("[".repeat(100)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aPlainObjectMapperWithTheStandardModulesRoundTripsTheRecords() throws IOException {
        ObjectMapper jackson = new ObjectMapper().registerModule(new Jdk8Module()).registerModule(new JavaTimeModule());
        for (Article a : List.of(rich(), ArticleParser.parse(STORY), ArticleParser.parse(""))) {
            String json = jackson.writeValueAsString(a);
            assertThat(jackson.readValue(json, Article.class)).isEqualTo(a);
        }
    }
}
