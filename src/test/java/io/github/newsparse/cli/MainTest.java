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
    void textModePrintsTheArticleForReadingAndSeparatesDocuments() throws IOException {
        Path f = file("t.txt", "Council approves budget\nBy Jane Roe\nPlay Live Radio\n0:00\n\n"
                + "HARTFORD, Conn. (WTNH) \u2014 The council met on Monday and voted to approve the new budget for the town.\n\n"
                + "\u201cIt is a fair budget,\u201d Mayor Ann Lee said.\n\nCouncil members expect the vote to pass next week.\n");
        Path g = file("u.txt", "A second story about the harbour, long enough to be a paragraph of its own.\n");
        Run r = run("", "--text", f.toString(), g.toString());
        assertThat(r.status()).isZero();
        assertThat(r.out()).startsWith("==> " + f + " <==\nCouncil approves budget\nBy Jane Roe\n")
                .contains("Dateline: HARTFORD, Conn. (WTNH) \u2014 (Hartford; Connecticut; WTNH)")
                .contains("The council met on Monday")
                .contains("Quotes:\n  \u201cIt is a fair budget\u201d\n    \u2014 Ann Lee (Mayor), said\n")
                .contains("\u2014 Council members, expect [belief]")
                .contains("\n\n==> " + g + " <==\nA second story")
                .doesNotContain("Play Live Radio").doesNotContain("{");
    }

    @Test
    void compressedUtf16AndBinaryFilesAreRefused() throws IOException {
        Path gz = dir.resolve("a.txt.gz");
        try (var z = new java.util.zip.GZIPOutputStream(Files.newOutputStream(gz))) {
            z.write("A story that was compressed.".getBytes(StandardCharsets.UTF_8));
        }
        Path utf16 = Files.write(dir.resolve("w.txt"), "A story".getBytes(StandardCharsets.UTF_16));
        Path bin = Files.write(dir.resolve("b.bin"), new byte[] {'A', 'B', 0, 1, 2, 3});
        Run r = run("", gz.toString(), utf16.toString(), bin.toString());
        List<JsonNode> lines = r.lines();
        assertThat(lines).hasSize(3);
        assertThat(lines.get(0).get("error").asText()).contains("gzip-compressed").contains("zcat");
        assertThat(lines.get(1).get("error").asText()).contains("UTF-16");
        assertThat(lines.get(2).get("error").asText()).contains("binary data").contains("offset 2");
        assertThat(r.status()).isEqualTo(1);
        Run batch = run("", "--jsonl", gz.toString());
        assertThat(batch.lines()).hasSize(1);
        assertThat(batch.lines().get(0).get("error").asText()).contains("gzip-compressed");
    }

    @Test
    void jsonlRefusesEmptyAndDoubleTypedDocuments() throws IOException {
        String input = "{\"id\":1,\"text\":\"\"}\n"
                + "{\"id\":2,\"html\":\"  \\n \"}\n"
                + "{\"id\":3,\"text\":\"Story text.\",\"html\":\"<p>Story text.</p>\"}\n"
                + "{\"id\":4,\"text\":null,\"html\":\"<p>Story text here.</p>\"}\n";
        Run r = run(input, "--jsonl", "-");
        List<JsonNode> lines = r.lines();
        assertThat(lines).hasSize(4);
        assertThat(lines.get(0).get("error").asText()).contains("\"text\" is empty");
        assertThat(lines.get(1).get("error").asText()).contains("\"html\" is empty");
        assertThat(lines.get(2).get("error").asText()).contains("both \"text\" and \"html\"");
        assertThat(lines.get(3).has("error")).isFalse();
        assertThat(lines.get(3).get("id").asInt()).isEqualTo(4);
        assertThat(r.status()).isEqualTo(1);
    }

    @Test
    void maxLengthCapsTheParseWithAWarningAndNothingLost() throws IOException {
        String story = "The council met on Monday and voted to approve the new budget for the town.\n";
        Path f = file("long.txt", story.repeat(10));
        Run capped = run("", "--max-length", "100", f.toString());
        assertThat(capped.status()).isZero();
        assertThat(capped.err()).contains("warning").contains(f.toString()).contains("only the first 100")
                .contains("--max-length");
        JsonNode blocks = capped.lines().get(0).get("blocks");
        JsonNode last = blocks.get(blocks.size() - 1);
        assertThat(last.get("category").asText()).isEqualTo("unparsed");
        assertThat(last.get("end").asInt()).isEqualTo(story.length() * 10);
        Run full = run("", f.toString());
        assertThat(full.err()).isEmpty();
        assertThat(run("", "--max-length", "0", f.toString()).status()).isEqualTo(2);
    }

    @Test
    void htmlFlagParsesHtmlAndIncludeTextAddsTheText() throws IOException {
        Path f = file("p.html", "<html><body><p>The council met on Monday and voted to approve a budget for the town.</p></body></html>");
        Run r = run("", "--html", "--include-text", f.toString());
        JsonNode n = r.lines().get(0);
        assertThat(n.get("text").asText()).startsWith("The council met").doesNotContain("<p>");
    }

    @Test
    void jsonlOutputIsTheSameOnOneAndOnFourThreads() {
        StringBuilder input = new StringBuilder();
        for (int i = 0; i < 300; i++) {
            switch (i % 7) {
                case 0 -> input.append("not json\n");
                case 1 -> input.append("{\"id\":").append(i).append(",\"html\":\"<h1>Harbour ").append(i)
                        .append("</h1><p>The harbour reopened on Monday after a week of repairs, officials said.</p>\"}\n");
                case 2 -> input.append("{\"id\":\"e").append(i).append("\",\"text\":\"\"}\n");
                default -> input.append("{\"id\":\"t").append(i).append("\",\"text\":\"Council votes ").append(i)
                        .append("\\nBy Jane Roe\\n\\nThe council voted ").append(i)
                        .append(" to 2 on Monday to approve the budget. \\u201cIt is fair,\\u201d Mayor Ann Lee said.\"}\n");
            }
        }
        Run one = run(input.toString(), "--jsonl", "--threads", "1", "-");
        Run four = run(input.toString(), "--jsonl", "--threads", "4", "-");
        assertThat(one.out().split("\n")).hasSize(300);
        assertThat(four.out()).isEqualTo(one.out());
        assertThat(four.err()).isEqualTo(one.err());
        assertThat(four.status()).isEqualTo(one.status()).isEqualTo(1);
        Run text = run(input.toString(), "--jsonl", "--text", "--threads", "4", "-");
        assertThat(text.out()).isEqualTo(run(input.toString(), "--jsonl", "--text", "--threads", "1", "-").out());
    }

    @Test
    void jsonlStreamsTheFirstLineOutBeforeTheInputEnds() throws Exception {
        java.io.PipedOutputStream feed = new java.io.PipedOutputStream();
        java.io.PipedInputStream stdin = new java.io.PipedInputStream(feed, 1 << 16);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Thread cli = new Thread(() -> Main.run(new String[] {"--jsonl", "--threads", "2", "-"}, stdin, out,
                new PrintStream(err, true, StandardCharsets.UTF_8)));
        cli.start();
        feed.write("{\"id\":\"first\",\"text\":\"The council voted on Monday to approve the budget.\"}\n"
                .getBytes(StandardCharsets.UTF_8));
        feed.flush();
        long deadline = System.nanoTime() + 60_000_000_000L; // a liveness bound, not a timing
        while (!out.toString(StandardCharsets.UTF_8).contains("\n") && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        assertThat(out.toString(StandardCharsets.UTF_8)).as("first line out while the input is still open")
                .startsWith("{\"id\":\"first\"").endsWith("\n");
        assertThat(cli.isAlive()).isTrue();
        feed.write("{\"id\":\"second\",\"text\":\"Another story.\"}\n".getBytes(StandardCharsets.UTF_8));
        feed.close();
        cli.join(60_000);
        assertThat(out.toString(StandardCharsets.UTF_8).split("\n")).hasSize(2);
    }

    @Test
    void progressAndSummaryOnlyWhenAsked() throws IOException {
        Path f = file("p.jsonl", "{\"id\":1,\"text\":\"A story about the harbour reopening on Monday.\"}\nbroken\n");
        Run quiet = run("", "--jsonl", f.toString());
        assertThat(quiet.err()).doesNotContain("documents");
        Run shown = run("", "--jsonl", "--progress", f.toString());
        assertThat(shown.err()).contains("newsparse: 2 documents, 1 errors").contains("docs/s").contains("MB/s");
        assertThat(shown.out()).isEqualTo(quiet.out());
        assertThat(run("", "--threads", "0", f.toString()).status()).isEqualTo(2);
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
        assertThat(help.out()).contains("--jsonl").contains("--html").contains("--text").contains("--max-length").contains("--threads")
                .contains("--progress");
        Run version = run("", "--version");
        assertThat(version.status()).isZero();
        assertThat(version.out()).startsWith("newsparse ");
    }

    private static final String DATED = "Bridge to close for repairs\nMarch 4, 2025\nThe Riverton council voted on Tuesday to "
            + "close the old bridge over the Mill River for six months of repairs after inspectors found cracks.";

    @Test
    void aJsonlLinesUrlDatesItsPageAndABadOneIsIgnoredWithAWarning() throws IOException {
        String in = MAPPER.writeValueAsString(java.util.Map.of("id", "a", "text", DATED,
                "url", "https://news.example/2025/03/05/bridge")) + "\n"
                + MAPPER.writeValueAsString(java.util.Map.of("id", "b", "text", DATED, "url", "not a url")) + "\n"
                + MAPPER.writeValueAsString(java.util.Map.of("id", "c", "text", DATED, "url", 5)) + "\n";
        Run r = run(in, "--jsonl", "-");
        List<JsonNode> lines = r.lines();
        assertThat(lines).hasSize(3);
        assertThat(lines.get(0).get("published").asText()).isEqualTo("2025-03-05");
        assertThat(lines.get(1).get("published").asText()).isEqualTo("2025-03-04");
        assertThat(r.err()).contains("b: \"url\" ignored");
        assertThat(lines.get(2).get("error").asText()).contains("\"url\" is not a string");
    }

    @Test
    void theUrlOptionDatesASinglePageAndIsCheckedFirst() throws IOException {
        Path a = file("a.txt", DATED);
        Run r = run("", "--url", "https://news.example/2025/03/05/bridge", a.toString());
        assertThat(r.status()).isZero();
        assertThat(r.lines().get(0).get("published").asText()).isEqualTo("2025-03-05");
        Run bad = run("", "--url", "ftp://news.example/x", a.toString());
        assertThat(bad.status()).isEqualTo(2);
        assertThat(bad.err()).contains("--url").contains("absolute http or https URL");
        Run batch = run("", "--jsonl", "--url", "https://news.example/2025/03/05/bridge", a.toString());
        assertThat(batch.status()).isEqualTo(2);
        assertThat(batch.err()).contains("in --jsonl mode give each line a \"url\"");
    }
}
