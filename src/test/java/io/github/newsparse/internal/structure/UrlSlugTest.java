package io.github.newsparse.internal.structure;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.newsparse.ArticleParser;
import io.github.newsparse.ParserOptions;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The words of a page address's slug, and the headline they point to. */
class UrlSlugTest {

    @Test
    void theSlugIsTheSegmentWithMostWordsWithoutNumbersOrExtension() {
        assertThat(UrlSlug.words(Optional.of("https://news.example/local/2025/12/18/mill-river-bridge-closes-4417.html?ref=home")))
                .containsExactlyInAnyOrder("mill", "river", "bridge", "closes");
        assertThat(UrlSlug.words(Optional.of("https://news.example/local-news/council_votes_on_the_budget/")))
                .containsExactlyInAnyOrder("council", "votes", "on", "the", "budget");
    }

    @Test
    void accentsAndEscapesAreFoldedAsInTheLine() {
        assertThat(UrlSlug.words(Optional.of("https://zeitung.example/kultur/%C3%BCber-das-caf%C3%A9-am-markt")))
                .containsExactlyInAnyOrder("uber", "das", "cafe", "am", "markt");
        assertThat(UrlSlug.fold("Über das Café am Markt")).containsExactlyInAnyOrder("uber", "das", "cafe", "am", "markt");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"https://news.example/", "https://news.example/news/", "https://news.example/story/123456",
        "https://news.example/a/b%ZZ", "https://news.example/p?id=mill-river-bridge"})
    void anAddressWithoutASlugOfWordsHasNone(String url) {
        assertThat(UrlSlug.words(Optional.of(url))).isEmpty();
    }

    private static final String STORY = "The Riverton council voted 5-2 on Tuesday to close the Mill River bridge for six months"
            + " of repairs, after inspectors found cracks in two of its steel beams last week.\n"
            + "Drivers will have to use the Route 9 detour, which adds about ten minutes at rush hour, the town's public"
            + " works director said at the meeting.\n"
            + "Shop owners on Mill Street said they feared a slow summer, and asked the council to put up signs on every"
            + " road into town so visitors could still find them.\n";

    @Test
    void theLineTheAddressWasMadeFromIsTheHeadline() {
        String page = "Home\nNews\nTransport\nMill River bridge to close for repairs\nRoute 9 detour adds ten minutes\n" + STORY;
        ParserOptions withAddress = ParserOptions.builder()
                .url("https://riverton.example/news/2025/mill-river-bridge-to-close-for-repairs-1234").build();
        assertThat(ArticleParser.parse(page, withAddress).headline()).contains("Mill River bridge to close for repairs");
        // an address without a slug says nothing: the page reads as without one
        ParserOptions home = ParserOptions.builder().url("https://riverton.example/").build();
        assertThat(ArticleParser.parse(page, home).headline()).isEqualTo(ArticleParser.parse(page).headline());
    }

    @Test
    void aSiteNameAfterTheTitleThatSpellsTheAddressHostIsStripped() {
        String page = "Home\nMill River bridge to close for repairs — Riverton Daily\nBy Dana Reyes\n" + STORY;
        ParserOptions withAddress = ParserOptions.builder().url("https://www.rivertondaily.example/news/bridge").build();
        assertThat(ArticleParser.parse(page, withAddress).headline()).contains("Mill River bridge to close for repairs");
        ParserOptions shop = ParserOptions.builder().url("https://apps.rivertonmarket.example/stories/bakery").build();
        assertThat(ArticleParser.parse("Home\nCorner Bakery | Rivertonmarket App Store\nBy Dana Reyes\n" + STORY, shop)
                .headline()).contains("Corner Bakery");
        ParserOptions personal = ParserOptions.builder().url("https://danareyes.example/notes/bridge").build();
        assertThat(ArticleParser.parse("Home\nThe Bridge Problem (Dana Reyes)\nBy Dana Reyes\n" + STORY, personal)
                .headline()).contains("The Bridge Problem");
        ParserOptions otherSite = ParserOptions.builder().url("https://www.example.org/news/bridge").build();
        assertThat(ArticleParser.parse(page, otherSite).headline())
                .contains("Mill River bridge to close for repairs — Riverton Daily");
    }
}
