package io.github.newsparse.internal.structure;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.newsparse.Article;
import io.github.newsparse.ArticleParser;
import io.github.newsparse.ParserOptions;
import io.github.newsparse.PublicationDate;
import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** The publication day a page's address states. */
class UrlDateTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "https://news.example/2025/12/18/the-december-watches/, 2025-12-18",
        "https://news.example/local/2021/3/5/bridge.html, 2021-03-05",
        "https://blog.example/articles/2025-12-15-rust-gcc-backend, 2025-12-15",
        "https://blog.example/2019-01-22/, 2019-01-22",
        "https://news.example/books/2025/dec/05/best-books, 2025-12-05",
        "https://wine.example/blog/2023/october/03/wine-styles/, 2023-10-03",
    })
    void readsTheDayInThePath(String url, String day) {
        assertThat(UrlDate.find(url)).contains(LocalDate.parse(day));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "https://news.example/2025/12/story", "https://news.example/2025/13/40/story",
        "https://news.example/1985/01/02/story", "https://news.example/2999/01/02/story",
        "https://news.example/story?date=2025/12/18", "https://news.example/id/20251218-12345",
        "https://news.example/2025-12-181/story", "https://news.example/2025/news/05/story",
        "https://news.example/2025/dec/40/story"})
    void findsNoDayWhereThePathStatesNone(String url) {
        assertThat(UrlDate.find(url)).isEmpty();
    }

    private static final String PAGE = "Riverton council votes to close Mill River bridge for repairs\n"
            + "By Dana Reyes\nDecember 19, 2025 2:41 AM UTC\n"
            + "The Riverton council voted on Tuesday to close the old bridge over the Mill River for six months of "
            + "repairs, after inspectors found cracks in two of its steel beams last spring.\n";

    @Test
    void theAddressesDaySettlesAStampADayOffAndKeepsTheTimeOfTheSameDay() {
        ParserOptions o = ParserOptions.builder().url("https://news.example/2025/12/18/bridge").build();
        Article a = ArticleParser.parse(PAGE, o);
        assertThat(a.published()).map(PublicationDate::iso).contains("2025-12-18");
        ParserOptions same = ParserOptions.builder().url("https://news.example/2025/12/19/bridge").build();
        assertThat(ArticleParser.parse(PAGE, same).published().map(PublicationDate::iso))
                .hasValueSatisfying(iso -> assertThat(iso).startsWith("2025-12-19T02:41"));
        // without an address the text's stamp stands
        assertThat(ArticleParser.parse(PAGE).published().map(d -> d.date().toString()))
                .contains("2025-12-19");
    }
}
