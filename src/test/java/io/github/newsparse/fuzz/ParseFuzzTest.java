package io.github.newsparse.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.newsparse.ArticleParser;
import io.github.newsparse.Invariants;

/**
 * Jazzer fuzz tests of the parser's promises: no exception on any string, offsets in bounds,
 * blocks covering every non-whitespace character exactly once, quote speakers listed, no empty
 * strings (the records reject them). In the normal test run these replay the inputs kept in
 * {@code src/test/resources/io/github/newsparse/fuzz/ParseFuzzTestInputs}; with
 * {@code JAZZER_FUZZ=1} they fuzz (see {@code .ci/run}).
 */
class ParseFuzzTest {

    @FuzzTest(maxDuration = "60s")
    void parseKeepsInvariants(FuzzedDataProvider data) {
        String text = data.consumeRemainingAsString();
        Invariants.check(text, ArticleParser.parse(text));
    }

    @FuzzTest(maxDuration = "60s")
    void parseHtmlKeepsInvariants(FuzzedDataProvider data) {
        String html = data.consumeRemainingAsString();
        var article = ArticleParser.parseHtml(html);
        Invariants.check(article.text(), article);
    }
}
