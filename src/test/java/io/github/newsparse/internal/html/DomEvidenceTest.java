package io.github.newsparse.internal.html;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DomEvidenceTest {

    private static final String PROSE = "The council voted on Tuesday to close the old bridge for six months of repairs.";

    /** The evidence of the line that holds {@code needle}. */
    private static DomEvidence.Line line(String html, String needle) {
        HtmlText.HtmlPage p = HtmlText.read(html);
        int at = p.text().indexOf(needle);
        assertThat(at).as("text holds %s", needle).isGreaterThanOrEqualTo(0);
        return p.dom().at(at);
    }

    @Test
    void chromeTagsAndClassWordsMarkChrome() {
        String html = "<nav><a href=/>Home</a> <a href=/n>News</a></nav><div class=\"share-bar\">Share this story</div>"
                + "<footer>Contact us today</footer><article><p>" + PROSE + "</p></article>";
        assertThat(line(html, "Home").inChrome()).isTrue();
        assertThat(line(html, "Share this").inChrome()).isTrue();
        assertThat(line(html, "Contact us").inChrome()).isTrue();
        assertThat(line(html, "The council").inChrome()).isFalse();
    }

    @Test
    void aFootByClassOrIdIsChromeButAWordThatStartsWithFootIsNot() {
        String story = "<div class=\"entry\"><p>" + PROSE + "</p></div>";
        assertThat(line(story + "<div id=\"site-foot\"><p>Best viewed with style sheets.</p></div>", "Best viewed")
                .inChrome()).isTrue();
        assertThat(line(story + "<div class=\"post-foot\"><p>Best viewed with style sheets.</p></div>", "Best viewed")
                .inChrome()).isTrue();
        assertThat(line("<div class=\"football-report\"><p>" + PROSE + "</p></div>", "The council").inChrome())
                .isFalse();
    }

    @Test
    void aClassThatSaysTheLayoutHasChromeIsNotChrome() {
        assertThat(line("<div class=\"page-block and-w-sidebar\"><p>" + PROSE + "</p></div>", "The council").inChrome()).isFalse();
        assertThat(line("<div class=\"layout has-sidebar\"><p>" + PROSE + "</p></div>", "The council").inChrome()).isFalse();
        assertThat(line("<div class=\"post no-comments\"><p>" + PROSE + "</p></div>", "The council").inChrome()).isFalse();
        String story = "<article><p>" + PROSE.repeat(4) + "</p></article>";
        assertThat(line("<div class=\"sidebar-widget\"><p>Popular this week</p></div>" + story, "Popular").inChrome()).isTrue();
        assertThat(line("<div class=\"with-us page-sidebar\"><p>Popular this week</p></div>" + story, "Popular").inChrome()).isTrue();
        assertThat(line("<div class=\"has-sidebar\"><p>Popular this week</p></div>" + story, "Popular").inChrome()).isFalse();
    }

    @Test
    void aScriptHookClassIsNoChrome() {
        // "js-social-images" names what a script adds, not the region: the story sits inside it
        String story = "<div><p>" + PROSE.repeat(4) + "</p></div>";
        assertThat(line(story + "<div class=\"module js-social-images\"><p>Repairs start in May.</p></div>", "Repairs")
                .inChrome()).isFalse();
        assertThat(line(story + "<div class=\"module social-images\"><p>Repairs start in May.</p></div>", "Repairs")
                .inChrome()).isTrue();
    }

    @Test
    void storyContainersByTagItempropAndCmsClass() {
        assertThat(line("<article><p>" + PROSE + "</p></article>", "The council").inStory()).isTrue();
        assertThat(line("<div itemprop=\"articleBody\"><p>" + PROSE + "</p></div>", "The council").inStory()).isTrue();
        assertThat(line("<div class=\"entry-content\"><p>" + PROSE + "</p></div>", "The council").inStory()).isTrue();
        assertThat(line("<div><p>" + PROSE + "</p></div>", "The council").inStory()).isFalse();
    }

    @Test
    void bylineClassesButNotTheRestOfAnAuthorBox() {
        String html = "<div class=\"post-meta\"><span class=\"author-name\">Dana Reyes</span></div>"
                + "<p class=\"byline\">By Lee Park</p><div id=\"authorBio\">Dana Reyes covers the county.</div>"
                + "<img class=\"author-avatar\"><span class=\"author-link\">More by Dana</span><p>" + PROSE + "</p>";
        assertThat(line(html, "Dana Reyes").inByline()).isTrue();
        assertThat(line(html, "By Lee Park").inByline()).isTrue();
        assertThat(line(html, "Dana Reyes covers").inByline()).isFalse();
        assertThat(line(html, "More by Dana").inByline()).isFalse();
        assertThat(line(html, "The council").inByline()).isFalse();
    }

    @Test
    void theBylinesOwnTextStopsAtTheRolePrintedBesideTheName() {
        String html = "<div class=\"author-line\"><span class=\"author-label\">Written by:</span> "
                + "<span class=\"author-name\"><a href=\"/author/dana\">Dana Reyes</a></span> "
                + "<span class=\"author-title\">Gardener &amp; Astrologer</span></div>"
                + "<div class=\"author-bio\"><h2 class=\"author-name\">Lee Park</h2><p>Lee Park covers the county.</p></div>"
                + "<p>" + PROSE + "</p>";
        assertThat(line(html, "Written by").bylineText()).isEqualTo("Written by: Dana Reyes");
        // a name marked inside a bio box is still the name
        assertThat(line(html, "Lee Park").bylineText()).isEqualTo("Lee Park");
        assertThat(line(html, "The council").bylineText()).isNull();
        // the outlet credited beside the name
        String credited = "<div class=\"byline\"><a class=\"authors\">Sam Ortiz</a> <span class=\"credit\">Riverton Daily</span>"
                + "</div><p>" + PROSE + "</p>";
        assertThat(line(credited, "Sam Ortiz").bylineText()).isEqualTo("Sam Ortiz");
    }

    @Test
    void streamedContentShowsWhereItsPlaceholderIsAndOtherHiddenTextStaysHidden() {
        String html = "<main><h1>Bridge to close</h1><template id=\"B:1\"></template><p>Loading</p></main>"
                + "<footer>Contact us</footer><div hidden>Secret draft</div>"
                + "<div hidden id=\"S:1\"><article><p>" + PROSE + "</p></article></div>"
                + "<div hidden id=\"S:7\"><p>Late part with no placeholder.</p></div>";
        String text = HtmlText.read(html).text();
        assertThat(text).doesNotContain("Secret draft");
        assertThat(text.indexOf("The council")).isGreaterThan(text.indexOf("Bridge to close"))
                .isLessThan(text.indexOf("Contact us"));
        assertThat(text).contains("Late part with no placeholder.");
        assertThat(line(html, "The council").inStory()).isTrue();
    }

    @Test
    void theInnermostRegionDecides() {
        String html = "<article><p>" + PROSE + "</p><div class=\"social-share\">Share on Facebook</div></article>";
        assertThat(line(html, "Share on").inChrome()).isTrue();
        assertThat(line(html, "Share on").inStory()).isFalse();
    }

    @Test
    void linkShareCaptionsAndHeadings() {
        String html = "<h2>A section heading</h2><p><a href=/x>Read more about the bridge</a> now</p>"
                + "<figure><img src=x><figcaption>The bridge in 1950.</figcaption></figure><p>" + PROSE + "</p>";
        assertThat(line(html, "A section").heading()).isEqualTo(2);
        assertThat(line(html, "Read more").linkShare()).isGreaterThan(0.8);
        assertThat(line(html, "The bridge in").inCaption()).isTrue();
        assertThat(line(html, "The council").linkShare()).isZero();
    }

    @Test
    void frameworkUtilityClassesAndWrappersHoldingMostTextAreNotChrome() {
        String utility = "<div class=\"lg:mr-[--sidebar-width] w-1/2\"><p>" + PROSE + "</p></div><p>Other text.</p>";
        assertThat(line(utility, "The council").inChrome()).isFalse();
        String wrapper = "<div class=\"layout with-sidebar\"><p>" + PROSE + "</p><p>" + PROSE + "</p></div>"
                + "<div class=\"sidebar\">Popular now</div>";
        assertThat(line(wrapper, "The council").inChrome()).isFalse();
        assertThat(line(wrapper, "Popular now").inChrome()).isTrue();
    }

    @Test
    void plainTextAndTheTitleLineHaveNoEvidence() {
        HtmlText.HtmlPage p = HtmlText.read("<title>Page title</title><p>" + PROSE + "</p>");
        assertThat(p.dom().at(0)).isNull();
        assertThat(DomEvidence.NONE.isEmpty()).isTrue();
    }
}
