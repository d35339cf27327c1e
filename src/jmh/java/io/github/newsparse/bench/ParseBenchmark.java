package io.github.newsparse.bench;

import io.github.newsparse.Article;
import io.github.newsparse.ArticleParser;
import io.github.newsparse.ParserOptions;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Parse throughput on the seed texts (typical local-news pages) and on inputs of 10 KB to 100 MB
 * made of them, which show the cost grows linearly with size. The large inputs print one page
 * again and again: the classifier sets the repeats aside, so they measure the stages that read
 * every line more than those that read the story (real pages: {@code PageBenchmark}). Run:
 * {@code mvn -B -Pbench test-compile exec:exec -Djmh.args="ParseBenchmark -p
 * input=page-10k,page-100k,page-1m,page-10m,page-100m"}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class ParseBenchmark {

    @Param({"seeds", "page-10k", "page-100k", "page-1m", "page-10m", "page-100m"})
    public String input;

    private String text;

    /** Past the default limit of ten million characters, so that the 100 MB input is parsed whole. */
    private static final ParserOptions WHOLE = ParserOptions.builder().maxInputLength(Integer.MAX_VALUE).build();

    @Setup
    public void load() throws IOException {
        StringBuilder seeds = new StringBuilder();
        for (String name : new String[] {"000_395b52469fe1169a.txt", "001_5be6ce68c8775a8d.txt", "002_c4862c7447e67e99.txt"}) {
            seeds.append(Files.readString(Path.of("seeds", name), StandardCharsets.UTF_8)).append("\n\n");
        }
        String page = seeds.toString();
        text = switch (input) {
            case "seeds" -> page;
            case "page-10k" -> page.repeat(10_000 / page.length() + 1).substring(0, 10_000);
            case "page-100k" -> page.repeat(100_000 / page.length() + 1);
            case "page-1m" -> page.repeat(1_000_000 / page.length() + 1);
            case "page-10m" -> page.repeat(10_000_000 / page.length() + 1);
            case "page-100m" -> page.repeat(100_000_000 / page.length() + 1);
            default -> throw new IllegalArgumentException(input);
        };
    }

    @Benchmark
    public Article parse() {
        return ArticleParser.parse(text, WHOLE);
    }
}
