package io.github.newsparse.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MainTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final List<String> CONTRACT_KEYS = List.of("id", "headline", "authors", "published", "dateline",
            "paragraphs", "quotes", "speakers", "captions", "copyright", "notes", "blocks");

    @TempDir
    Path dir;

    private record Run(int status, String out, String err) {
        List<JsonNode> lines() throws IOException {
            List<JsonNode> nodes = new ArrayList<>();
            for (String l : out.split("\n")) {
                if (!l.isEmpty()) {
                    nodes.add(MAPPER.readTree(l));
                }
            }
            return nodes;
        }
    }

    private static Run run(byte[] stdin, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = Main.run(args, new ByteArrayInputStream(stdin), out,
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private static Run run(String stdin, String... args) {
        return run(stdin.getBytes(StandardCharsets.UTF_8), args);
    }

    private Path file(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
    }

    @Test
    void printsOneContractObjectPerFileWithPathAsId() throws IOException {
        Path a = file("a.txt", "The council met on Monday and voted to approve the new budget for the town.");
        Path b = file("b.txt", "Second story text, long enough to be a paragraph of an article here.");
        Run r = run("", a.toString(), b.toString());
        assertThat(r.status()).isZero();
        List<JsonNode> lines = r.lines();
        assertThat(lines).hasSize(2);
        assertThat(lines.get(0).get("id").asText()).isEqualTo(a.toString());
        for (JsonNode n : lines) {
            for (String key : CONTRACT_KEYS) {
                assertThat(n.has(key)).as(key).isTrue();
            }
        }
    }

    @Test
    void readsStandardInputAsOneDocumentWithNullId() throws IOException {
        Run r = run("One story line that is long enough to be the body of the article.\nAnother line.", "-");
        assertThat(r.status()).isZero();
        assertThat(r.lines()).hasSize(1);
        assertThat(r.lines().get(0).get("id").isNull()).isTrue();
    }

    @Test
    void jsonlGivesOneOutputLinePerInputLineEvenForBadLines() throws IOException {
        String input = "{\"id\":\"a\",\"text\":\"Hello there, this is a story.\"}\n"
                + "\n"
                + "not json\n"
                + "[1,2]\n"
                + "{\"id\":\"d\"}\n"
                + "{\"id\":\"e\",\"text\":42}\n"
                + "{\"id\":7,\"html\":\"<p>Hi</p>\"}\r\n"
                + "{\"id\":\"last\",\"text\":\"no newline at the end\"}";
        Run r = run(input, "--jsonl", "-");
        List<JsonNode> lines = r.lines();
        assertThat(lines).hasSize(8);
        assertThat(lines.get(0).get("id").asText()).isEqualTo("a");
        assertThat(lines.get(0).has("paragraphs")).isTrue();
        assertThat(lines.get(1).get("error").asText()).contains(":2:").contains("empty line");
        assertThat(lines.get(2).get("error").asText()).contains(":3:").contains("not valid JSON");
        assertThat(lines.get(3).get("error").asText()).contains("not a JSON object");
        assertThat(lines.get(4).get("id").asText()).isEqualTo("d");
        assertThat(lines.get(4).get("error").asText()).contains("no \"text\" or \"html\"");
        assertThat(lines.get(5).get("error")).isNotNull();
        assertThat(lines.get(6).get("id").asInt()).isEqualTo(7);
        assertThat(lines.get(6).has("blocks")).isTrue();
        assertThat(lines.get(7).get("id").asText()).isEqualTo("last");
        assertThat(r.status()).isEqualTo(1);
    }

    @Test
    void missingFileAndDirectoryGiveErrorObjectsAndGoOn() throws IOException {
        Path ok = file("ok.txt", "A line of story text that is long enough to be a paragraph here.");
        Run r = run("", dir.resolve("missing.txt").toString(), dir.toString(), ok.toString());
        List<JsonNode> lines = r.lines();
        assertThat(lines).hasSize(3);
        assertThat(lines.get(0).get("error").asText()).contains("no such file");
        assertThat(lines.get(1).get("error").asText()).contains("directory");
        assertThat(lines.get(2).has("paragraphs")).isTrue();
        assertThat(r.status()).isEqualTo(1);
        assertThat(r.err()).contains("missing.txt");
    }

    @Test
    void invalidUtf8IsReplacedWithAWarning() throws IOException {
        byte[] bytes = {'A', ' ', 's', 't', 'o', 'r', 'y', ' ', (byte) 0xC3, (byte) 0x28, ' ', 'x', '.'};
        Path f = Files.write(dir.resolve("bad.txt"), bytes);
        Run r = run("", f.toString());
        assertThat(r.status()).isZero();
        assertThat(r.err()).contains("invalid UTF-8");
        assertThat(r.lines()).hasSize(1);
    }

    @Test
    void textModePrintsTheCleanedArticle() throws IOException {
        Path f = file("t.txt", "Play Live Radio\n0:00\n\nThe council met on Monday and voted to approve the new budget for the town.\n");
        Run r = run("", "--text", f.toString());
        assertThat(r.status()).isZero();
        assertThat(r.out()).contains("The council met on Monday").doesNotContain("Play Live Radio").doesNotContain("{");
    }

    @Test
    void htmlFlagParsesHtmlAndIncludeTextAddsTheText() throws IOException {
        Path f = file("p.html", "<html><body><p>The council met on Monday and voted to approve a budget for the town.</p></body></html>");
        Run r = run("", "--html", "--include-text", f.toString());
        JsonNode n = r.lines().get(0);
        assertThat(n.get("text").asText()).startsWith("The council met").doesNotContain("<p>");
    }

    @Test
    void noInputIsAUsageError() {
        Run r = run("");
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err()).contains("no input");
    }

    @Test
    void unknownOptionIsAUsageError() {
        assertThat(run("", "--bogus").status()).isEqualTo(2);
    }

    @Test
    void helpAndVersionExitZero() {
        Run help = run("", "--help");
        assertThat(help.status()).isZero();
        assertThat(help.out()).contains("--jsonl").contains("--html").contains("--text");
        Run version = run("", "--version");
        assertThat(version.status()).isZero();
        assertThat(version.out()).startsWith("newsparse ");
    }
}
