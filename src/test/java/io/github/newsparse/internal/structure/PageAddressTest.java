package io.github.newsparse.internal.structure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What a page's address says about what the page holds. */
class PageAddressTest {

    private static double feature(String url, String name) {
        return PageAddress.features(Optional.ofNullable(url))[PageAddress.FEATURES.indexOf(name)];
    }

    private static List<String> words(String url) {
        List<String> out = new ArrayList<>();
        PageAddress.words(url, out::add);
        return out;
    }

    @Test
    void withoutAnAddressEveryFeatureIsZero() {
        assertThat(PageAddress.features(Optional.empty())).containsOnly(0.0).hasSize(PageAddress.FEATURES.size());
    }

    @Test
    void aHomePageHasAnEmptyPath() {
        assertThat(feature("https://www.example.com/", "url_root")).isEqualTo(1.0);
        assertThat(feature("https://www.example.com", "url_root")).isEqualTo(1.0);
        assertThat(feature("https://www.example.com/news/", "url_root")).isEqualTo(0.0);
        assertThat(feature("https://www.example.com/", "url_given")).isEqualTo(1.0);
    }

    @Test
    void aStorysPermalinkHasALongSlugAndADate() {
        String story = "https://news.example/2025/12/18/council-votes-to-close-the-mill-river-bridge/";
        assertThat(feature(story, "url_slug_log")).isEqualTo(Math.log1p(8));
        assertThat(feature(story, "url_date")).isEqualTo(1.0);
        assertThat(feature(story, "url_depth_log")).isEqualTo(Math.log1p(4));
        assertThat(feature(story, "url_number")).isEqualTo(0.0);
    }

    @Test
    void anItemOrAThreadHasALongNumberAndMayHaveAQuery() {
        assertThat(feature("https://shop.example/item/1005009299171349.html", "url_number")).isEqualTo(1.0);
        assertThat(feature("https://forum.example/viewtopic.php?id=309936", "url_query")).isEqualTo(1.0);
        assertThat(feature("https://forum.example/viewtopic.php?id=309936", "url_number")).isEqualTo(0.0);
        assertThat(feature("https://forum.example/viewtopic.php#reply-1234567", "url_query")).isEqualTo(0.0);
    }

    @Test
    void theWordsAreTheSubdomainsThePathAndTheQuerysNames() {
        assertThat(words("https://docs.Example.co.uk:8080/en/Latest/data-types/?lang=en&srsltid=AfmBO#top"))
                .containsExactly("docs", "example", "en", "latest", "data", "types", "lang", "srsltid");
        assertThat(words("https://www.example.com/")).isEmpty();
        assertThat(words("https://user@forum.example.org/t/5")).containsExactly("forum");
    }
}
