package io.github.newsparse;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** One shared ParserOptions used from eight threads gives exactly the sequential results. */
class ThreadSafetyTest {

    @Test
    void eightThreadsGiveTheSequentialResults() throws Exception {
        ParserOptions shared = ParserOptions.builder()
                .rules(BoilerplateRules.standard().withPattern(BoilerplateCategory.ADVERTISEMENT, "^Sponsored"))
                .build();
        List<String> inputs = new ArrayList<>();
        for (Path p : FixtureTest.inputs().toList()) {
            if (p.toString().endsWith(".txt")) {
                inputs.add(Files.readString(p, StandardCharsets.UTF_8));
            }
        }
        assertThat(inputs).isNotEmpty();
        List<String> expected = new ArrayList<>();
        for (String in : inputs) {
            expected.add(json(ArticleParser.parse(in, shared)));
        }
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<String>> futures = new ArrayList<>();
            for (int round = 0; round < 40; round++) {
                for (String in : inputs) {
                    futures.add(pool.submit(() -> json(ArticleParser.parse(in, shared))));
                }
            }
            for (int i = 0; i < futures.size(); i++) {
                assertThat(futures.get(i).get()).isEqualTo(expected.get(i % inputs.size()));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static String json(Article a) throws IOException {
        return ArticleJson.toJson(a);
    }
}
