package io.github.newsparse.bench;

import io.github.newsparse.Article;
import io.github.newsparse.ArticleParser;
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
 * Parse throughput on the seed texts (typical local-news pages) and on large synthetic inputs
 * that show the cost grows linearly with size. Run: {@code mvn -B -Pbench test-compile exec:exec}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class ParseBenchmark {

    @Param({"seeds", "page-100k", "page-1m"})
    public String input;

    private String text;

    @Setup
    public void load() throws IOException {
        StringBuilder seeds = new StringBuilder();
        for (String name : new String[] {"000_395b52469fe1169a.txt", "001_5be6ce68c8775a8d.txt", "002_c4862c7447e67e99.txt"}) {
            seeds.append(Files.readString(Path.of("seeds", name), StandardCharsets.UTF_8)).append("\n\n");
        }
        String page = seeds.toString();
        text = switch (input) {
            case "seeds" -> page;
            case "page-100k" -> page.repeat(100_000 / page.length() + 1);
            default -> page.repeat(1_000_000 / page.length() + 1);
        };
    }

    @Benchmark
    public Article parse() {
        return ArticleParser.parse(text);
    }
}
