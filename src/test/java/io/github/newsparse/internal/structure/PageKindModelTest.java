package io.github.newsparse.internal.structure;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.newsparse.ArticleParser;
import io.github.newsparse.PageKind;
import org.junit.jupiter.api.Test;

/** What a page holds, on invented pages. */
class PageKindModelTest {

    private static final String STORY = "The Riverton council voted on Tuesday to close the old bridge over the Mill River "
            + "for six months of repairs, after inspectors found cracks in two of its steel beams last spring, the mayor said.\n"
            + "Drivers will be sent over the Elm Street bridge, which the town widened in 2019, and the council said "
            + "the detour would add about ten minutes to a crossing at rush hour for most commuters in the county.\n"
            + "“We had no choice once the engineers showed us the pictures,” Mayor Ann Ruiz said after the vote. "
            + "Repairs are expected to cost $4.2 million, most of it paid by a state grant for ageing bridges.\n"
            + "Council member Tom Hale voted against the plan, saying the town should have started the work years ago "
            + "when the first reports about the beams reached the public works department.\n";

    private static PageKind kind(String page) {
        return ArticleParser.parse(page).page();
    }

    @Test
    void aNewsStoryIsAnArticle() {
        assertThat(kind("Home\nNews\nRiverton council votes to close Mill River bridge\nBy Dana Reyes\nMarch 4, 2025\n"
                + STORY)).isEqualTo(PageKind.ARTICLE);
    }

    @Test
    void aShopPageIsAProduct() {
        String page = "Shop\nCart\nWishlist\nRiverton Trail Backpack 30L\n$89.99\nIn stock\nQuantity\nAdd to cart\n"
                + "Free shipping on orders over $50. Returns accepted within 30 days.\n"
                + "Product details\nSKU: RT-3030\nColor: Green\nWarranty: 2 years\n"
                + "Customers also bought\nTrail Bottle $12.99\nRain Cover $19.99\nHip Belt $24.99\n";
        assertThat(kind(page)).isEqualTo(PageKind.PRODUCT);
    }

    @Test
    void aThreadOfPostsIsAForum() {
        String page = "Forums\nNew posts\nSearch forums\nWhich tent for a windy ridge?\nThread starter hikerjo\n"
                + "hikerjo said:\nI am planning a trip next month and my old tent did not survive the last storm. "
                + "Any ideas what I should buy?\nReply\n"
                + "trailmom said:\nI had the same problem, my advice is a tunnel tent with extra guy lines.\nReply\n"
                + "ridgerunner said:\nI use a dome tent and it has been fine for me in strong wind.\nReply\n"
                + "Replies: 3 Views: 412\nLast edited: Mar 4, 2025\nYou must log in or register to reply here.\n";
        assertThat(kind(page)).isEqualTo(PageKind.FORUM);
    }
}
