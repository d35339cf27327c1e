package io.github.newsparse.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.newsparse.ArticleParser;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.zip.GZIPInputStream;
import org.jsoup.Jsoup;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Real pages, one operation = every page once: {@code text} parses their scraped text,
 * {@code html} runs {@code parseHtml} on their HTML, {@code jsoup} only {@code Jsoup.parse}s the
 * same HTML (the floor HTML mode stands on). MB/s = the input size printed at setup divided by
 * the time per operation; with {@code -prof gc}, bytes allocated per input byte =
 * {@code gc.alloc.rate.norm} divided by it.
 *
 * <p>The pages come from a JSON Lines file with {@code "text"} and {@code "html"} per line (gzip
 * or not): {@code -Dnewsparse.bench.pages=FILE}, by default the WCXB dev set of the evaluation
 * kit at {@code ../shared} when it is there; {@code -Dnewsparse.bench.count=N} pages (112).
 * Without such a file the seeds stand in (their text, and as HTML one paragraph per line).
 *
 * <pre>
 * mvn -B -Pbench test-compile exec:exec -Djmh.args="PageBenchmark -prof gc"
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class PageBenchmark {

    @Param({"text", "html", "jsoup"})
    public String mode;

    private List<String> inputs;

    @Setup
    public void load() throws IOException {
        Path file = Path.of(System.getProperty("newsparse.bench.pages", "../shared/eval/boilerplate/wcxb-dev.jsonl.gz"));
        int count = Integer.getInteger("newsparse.bench.count", 112);
        List<String> texts = new ArrayList<>();
        List<String> htmls = new ArrayList<>();
        if (Files.isRegularFile(file)) {
            ObjectMapper mapper = new ObjectMapper();
            try (InputStream raw = Files.newInputStream(file);
                 InputStream in = file.toString().endsWith(".gz") ? new GZIPInputStream(raw) : raw;
                 BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                for (String line = r.readLine(); line != null && texts.size() < count; line = r.readLine()) {
                    JsonNode n = mapper.readTree(line);
                    String text = n.path("text").asText("");
                    String html = n.path("html").asText("");
                    if (!text.isBlank() && !html.isBlank()) {
                        texts.add(text);
                        htmls.add(html);
                    }
                }
            }
        } else {
            for (String name : new String[] {"000_395b52469fe1169a.txt", "001_5be6ce68c8775a8d.txt", "002_c4862c7447e67e99.txt"}) {
                String text = Files.readString(Path.of("seeds", name), StandardCharsets.UTF_8);
                texts.add(text);
                StringBuilder html = new StringBuilder("<html><body>");
                text.lines().forEach(l -> html.append("<p>").append(l.replace("&", "&amp;").replace("<", "&lt;")).append("</p>\n"));
                htmls.add(html.append("</body></html>").toString());
            }
        }
        inputs = mode.equals("text") ? texts : htmls;
        long chars = inputs.stream().mapToLong(String::length).sum();
        System.out.printf("%n[PageBenchmark] %s: %d pages, %.2f MB (%d chars) from %s%n", mode, inputs.size(),
                inputs.stream().mapToLong(s -> s.getBytes(StandardCharsets.UTF_8).length).sum() / 1e6, chars,
                Files.isRegularFile(file) ? file : "the seeds");
    }

    @Benchmark
    public void pages(Blackhole bh) {
        for (String in : inputs) {
            switch (mode) {
                case "text" -> bh.consume(ArticleParser.parse(in));
                case "html" -> bh.consume(ArticleParser.parseHtml(in));
                default -> bh.consume(Jsoup.parse(in));
            }
        }
    }
}
