package io.github.newsparse.examples.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The job, run in local mode on the seeds, prints what the CLI prints for them. */
class ParseJobTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static SparkSession spark;

    @TempDir
    Path dir;

    @BeforeAll
    static void start() {
        spark = SparkSession.builder()
                .appName("newsparse-test")
                .master("local[2]")
                .config("spark.driver.bindAddress", "127.0.0.1")
                .config("spark.driver.host", "127.0.0.1")
                .config("spark.ui.enabled", "false")
                .config("spark.sql.shuffle.partitions", "2")
                .getOrCreate();
    }

    @AfterAll
    static void stop() {
        spark.stop();
    }

    private static List<Path> seeds() throws IOException {
        Path seeds = Path.of(System.getProperty("newsparse.seeds"));
        try (Stream<Path> s = Files.list(seeds)) {
            return s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
    }

    /** The id the CLI gives a seed when run from the repository root: "seeds/NAME". */
    private static String id(Path seed) {
        return "seeds/" + seed.getFileName();
    }

    @Test
    void jobOutputForTheSeedsEqualsTheCli() throws Exception {
        List<Path> seeds = seeds();
        assertFalse(seeds.isEmpty(), "no seeds found");
        List<String> input = new ArrayList<>();
        for (Path seed : seeds) {
            ObjectNode o = MAPPER.createObjectNode();
            o.put("id", id(seed));
            o.put("text", Files.readString(seed, StandardCharsets.UTF_8));
            input.add(MAPPER.writeValueAsString(o));
        }
        input.add("{\"id\":\"empty\",\"text\":\"\"}");
        input.add("{\"id\":\"both\",\"text\":\"A story.\",\"html\":\"<p>A story.</p>\"}");
        input.add("{\"id\":\"page\",\"html\":\"<html><head><title>Harbour reopens</title></head><body><h1>Harbour"
                + " reopens</h1><p>The harbour reopened on Monday after a week of repairs to the sea wall.</p></body></html>\"}");
        Path in = Files.write(dir.resolve("in.jsonl"), input, StandardCharsets.UTF_8);
        Path out = dir.resolve("out");

        ParseJob.run(spark, in.toString(), out.toString());

        Map<String, String> job = new TreeMap<>();
        try (Stream<Path> parts = Files.list(out.resolve("json"))) {
            for (Path part : parts.filter(p -> p.getFileName().toString().startsWith("part-")).toList()) {
                for (String line : Files.readAllLines(part, StandardCharsets.UTF_8)) {
                    job.put(MAPPER.readTree(line).get("id").asText(), line);
                }
            }
        }
        assertEquals(input.size(), job.size());

        Map<String, String> cli = new TreeMap<>();
        for (String line : cli(in, "--jsonl")) {
            JsonNode n = MAPPER.readTree(line);
            if (n.has("error")) {
                // the CLI names the file and line ("in.jsonl:4: ..."); the job has neither
                String message = n.get("error").asText();
                ((ObjectNode) n).put("error", message.substring(message.indexOf(": ") + 2));
                line = MAPPER.writeValueAsString(n);
            }
            cli.put(n.get("id").asText(), line);
        }
        assertEquals(cli, job, "the job's JSON must be the CLI's, line for line");
        // and the same as the CLI run on the seed files themselves
        List<String> args = new ArrayList<>();
        seeds.forEach(s -> args.add(id(s)));
        for (String line : cli(null, args.toArray(new String[0]))) {
            JsonNode n = MAPPER.readTree(line);
            assertEquals(line, job.get(n.get("id").asText()));
        }
        assertTrue(job.get("empty").contains("\"error\""));
        assertTrue(job.get("both").contains("both"));

        List<Row> rows = spark.read().parquet(out.resolve("parquet").toString()).collectAsList();
        assertEquals(input.size(), rows.size());
        for (Row r : rows) {
            String id = r.getAs("id");
            JsonNode n = MAPPER.readTree((String) r.getAs("json"));
            assertEquals(job.get(id), r.getAs("json"));
            JsonNode headline = n.get("headline");
            assertEquals(headline == null || headline.isNull() ? null : headline.asText(), r.getAs("headline"));
            assertEquals(n.has("error") ? n.get("error").asText() : null, r.getAs("error"));
        }
        Row page = rows.stream().filter(r -> "page".equals(r.getAs("id"))).findFirst().orElseThrow();
        assertTrue(((String) page.getAs("body")).contains("The harbour reopened on Monday"));
        assertEquals("article", page.getAs("page"));
    }

    /** Runs the newsparse CLI jar from the repository root; its standard output's lines. */
    private static List<String> cli(Path jsonl, String... args) throws IOException, InterruptedException {
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> command = new ArrayList<>(List.of(java, "-jar", System.getProperty("newsparse.cli.jar")));
        command.addAll(List.of(args));
        if (jsonl != null) {
            command.add(jsonl.toString());
        }
        Path root = Path.of(System.getProperty("newsparse.seeds")).getParent();
        Process p = new ProcessBuilder(command).directory(root.toFile())
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String stdout = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor();
        return stdout.lines().toList();
    }
}
