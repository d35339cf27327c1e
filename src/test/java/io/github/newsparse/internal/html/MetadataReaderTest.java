package io.github.newsparse.internal.html;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.newsparse.Article;
import io.github.newsparse.ArticleParser;
import io.github.newsparse.internal.html.PageMetadata.Field;
import io.github.newsparse.internal.html.PageMetadata.Source;
import org.junit.jupiter.api.Test;

class MetadataReaderTest {

    private static PageMetadata read(String html) {
        return HtmlText.read(html).metadata();
    }

    @Test
    void jsonLdArticleGivesHeadlineDatesPersonAuthorsAndPublisher() {
        PageMetadata m = read("<html><head><script type=\"application/ld+json\">{\"@context\":\"https://schema.org\","
                + "\"@type\":\"NewsArticle\",\"headline\":\"Council votes to close the bridge\","
                + "\"datePublished\":\"2025-03-04T21:30:00-05:00\",\"dateModified\":\"2025-03-05T08:00:00-05:00\","
                + "\"author\":[{\"@type\":\"Person\",\"name\":\"Dana Reyes\"},{\"@type\":\"Organization\",\"name\":\"Riverton Daily\"}],"
                + "\"publisher\":{\"@type\":\"NewsMediaOrganization\",\"name\":\"Riverton Daily\"}}</script></head><body></body></html>");
        assertThat(m.values(Field.TITLE, Source.JSON_LD)).containsExactly("Council votes to close the bridge");
        assertThat(m.values(Field.PUBLISHED, Source.JSON_LD)).containsExactly("2025-03-04T21:30:00-05:00");
        assertThat(m.values(Field.MODIFIED, Source.JSON_LD)).containsExactly("2025-03-05T08:00:00-05:00");
        assertThat(m.values(Field.AUTHOR, Source.JSON_LD)).containsExactly("Dana Reyes");
        assertThat(m.values(Field.SITE_NAME, Source.JSON_LD)).containsExactly("Riverton Daily");
    }

    @Test
    void aDatedWebPageWithoutAnArticleObjectGivesItsPersonAuthorButNotAnOrganisation() {
        PageMetadata m = read("<html><head><script type=\"application/ld+json\">{\"@context\":\"https://schema.org\","
                + "\"@type\":\"WebPage\",\"headline\":\"Signal #18\",\"datePublished\":\"2025-12-19T14:00:18Z\","
                + "\"author\":[{\"@type\":\"Person\",\"name\":\"Dana Reyes\"},{\"@type\":\"Organization\",\"name\":\"Riverton Signal\"}]}"
                + "</script></head><body></body></html>");
        assertThat(m.values(Field.PUBLISHED, Source.JSON_LD)).containsExactly("2025-12-19T14:00:18Z");
        assertThat(m.values(Field.AUTHOR, Source.JSON_LD)).containsExactly("Dana Reyes");
        PageMetadata undated = read("<html><head><script type=\"application/ld+json\">{\"@type\":\"WebPage\","
                + "\"author\":{\"@type\":\"Person\",\"name\":\"Dana Reyes\"}}</script></head><body></body></html>");
        assertThat(undated.values(Field.AUTHOR)).isEmpty();
    }

    @Test
    void metaNamesOutsideTheListAreReadByTheirWords() {
        PageMetadata m = read("<html><head><meta name=\"w-published-date\" content=\"2025-05-27T06:03:43Z\">"
                + "<meta name=\"last-updated\" content=\"2025-06-01\"><meta name=\"date-pub\" content=\"2025-05-28\">"
                + "<meta name=\"publisher\" content=\"Riverton Daily\"><meta name=\"cdc:last_published\" content=\"2025-06-02\">"
                + "<meta name=\"pub-name\" content=\"The Crown\"></head><body></body></html>");
        assertThat(m.values(Field.PUBLISHED, Source.META_WORDS)).containsExactly("2025-05-27T06:03:43Z", "2025-05-28");
        assertThat(m.values(Field.MODIFIED, Source.META_WORDS)).containsExactly("2025-06-01");
        assertThat(m.values(Field.PUBLISHED, Source.META)).isEmpty();
    }

    @Test
    void aListedMetaDateIsTrustedBeforeOneReadByItsWords() {
        Article a = ArticleParser.parseHtml("<html><head><meta name=\"published-time\" content=\"2026-03-09T08:45:32Z\">"
                + "<meta name=\"published-date\" content=\"2021-02-16\"></head><body><h1>Bridge closes for repairs</h1>"
                + "<p>The county closed the old bridge on Tuesday for a month of repairs, officials said.</p></body></html>");
        assertThat(a.published()).hasValueSatisfying(d -> assertThat(d.date()).hasToString("2021-02-16"));
    }

    @Test
    void aCardsWrittenByPairStatesTheAuthorAndOtherPairsDoNot() {
        PageMetadata m = read("<html><head><meta name=\"twitter:data2\" content=\"4 minutes\">"
                + "<meta name=\"twitter:label2\" content=\"Est. reading time\">"
                + "<meta name=\"twitter:label1\" content=\"Written by\"><meta name=\"twitter:data1\" content=\"Dana Reyes\">"
                + "</head><body></body></html>");
        assertThat(m.values(Field.AUTHOR, Source.TWITTER)).containsExactly("Dana Reyes");
        PageMetadata none = read("<html><head><meta name=\"twitter:label1\" content=\"Filed under\">"
                + "<meta name=\"twitter:data1\" content=\"Politics\"></head><body></body></html>");
        assertThat(none.values(Field.AUTHOR)).isEmpty();
    }

    @Test
    void aMicrodataAuthorWithoutANameIsReadToItsFirstLine() {
        PageMetadata m = read("<body><span itemprop=\"author\"><span><img alt=\"\"></span><div>By <a href=\"/p/dana\">"
                + "Dana Reyes</a><br><span>Senior Autos Reporter</span></div></span></body>");
        assertThat(m.values(Field.AUTHOR, Source.ITEMPROP)).containsExactly("By Dana Reyes");
    }

    @Test
    void microdataAuthorsOfTeaserCardsAndOfASidebarAreNotTheStorys() {
        PageMetadata m = read("<body><article itemscope itemtype=\"https://schema.org/Article\"><h1>Bridge closes</h1>"
                + "<p>By <a href=\"/p/dana\"><span itemprop=\"author\">Dana Reyes</span></a></p><p>The council voted.</p>"
                + "<footer class=\"article-footer\"><span itemprop=\"author\">Riverton Desk</span></footer></article>"
                + "<section class=\"more\"><a href=\"/other\" class=\"card\"><article itemscope"
                + " itemtype=\"https://schema.org/Article\"><h3>Another story entirely</h3><div itemprop=\"author\">By Sam Poe"
                + "</div></article></a></section>"
                + "<div class=\"column-sidebar\"><article itemscope itemtype=\"https://schema.org/Article\"><h3>Older post</h3>"
                + "<span itemprop=\"author\">Lee Park</span></article></div></body>");
        assertThat(m.values(Field.AUTHOR, Source.ITEMPROP)).containsExactly("Dana Reyes", "Riverton Desk");
    }

    @Test
    void lessCommonDateNamesAreRead() {
        PageMetadata m = read("<html><head><meta name=\"published-date\" content=\"2021-02-16\">"
                + "<meta name=\"modified-date\" content=\"2024-07-30\"><meta property=\"og:publish_date\" content=\"2021-02-17\">"
                + "</head><body></body></html>");
        assertThat(m.values(Field.PUBLISHED, Source.META)).containsExactly("2021-02-16");
        assertThat(m.values(Field.PUBLISHED, Source.OPEN_GRAPH)).containsExactly("2021-02-17");
        assertThat(m.values(Field.MODIFIED, Source.META)).containsExactly("2024-07-30");
    }

    @Test
    void jsonLdGraphResolvesAuthorReferences() {
        PageMetadata m = read("<script type=\"application/ld+json\">{\"@graph\":["
                + "{\"@type\":\"WebSite\",\"@id\":\"https://x.example/#site\",\"name\":\"The Example\"},"
                + "{\"@type\":[\"Article\"],\"headline\":\"A graph article\",\"author\":{\"@id\":\"https://x.example/#p1\"},"
                + "\"datePublished\":\"2024-01-02\"},"
                + "{\"@type\":\"Person\",\"@id\":\"https://x.example/#p1\",\"name\":\"Lee Park\"}]}</script>");
        assertThat(m.values(Field.AUTHOR, Source.JSON_LD)).containsExactly("Lee Park");
        assertThat(m.values(Field.TITLE, Source.JSON_LD)).containsExactly("A graph article");
        assertThat(m.values(Field.SITE_NAME, Source.JSON_LD)).containsExactly("The Example");
    }

    @Test
    void brokenJsonLdIsSkippedAndTheNextScriptRead() {
        PageMetadata m = read("<script type=\"application/ld+json\">{\"@type\": \"NewsArticle\", \"headline\": </script>"
                + "<script type=\"application/ld+json\">[{\"@type\":\"BlogPosting\",\"headline\":\"Second script\",}]</script>");
        assertThat(m.values(Field.TITLE, Source.JSON_LD)).containsExactly("Second script");
    }

    @Test
    void jsonLdNestedPastTheDepthCapIsCutNotFatal() {
        String deep = "[".repeat(20_000) + "]".repeat(20_000);
        PageMetadata m = read("<script type=\"application/ld+json\">" + deep + "</script>"
                + "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":\"Still read\"}</script>");
        assertThat(m.values(Field.TITLE, Source.JSON_LD)).containsExactly("Still read");
    }

    @Test
    void metaTagsMicrodataTimeAndRelAuthorAreRead() {
        PageMetadata m = read("<html><head><title>Bridge closes | Riverton Daily</title>"
                + "<meta property=\"og:title\" content=\"Bridge closes &amp; traffic   moves\">"
                + "<meta property=\"og:site_name\" content=\"Riverton Daily\">"
                + "<meta property=\"article:published_time\" content=\"2025-03-04T21:30:00-05:00\">"
                + "<meta name=\"author\" content=\"Dana Reyes\"></head><body>"
                + "<h1>Bridge closes</h1><h1>Second heading</h1>"
                + "<span itemprop=\"author\" itemscope><span itemprop=\"name\">Lee Park</span></span>"
                + "<a rel=\"author\" href=\"/a/sam\">Sam Ortiz</a><time datetime=\"2025-03-04\">March 4</time></body></html>");
        assertThat(m.values(Field.TITLE, Source.OPEN_GRAPH)).containsExactly("Bridge closes & traffic moves");
        assertThat(m.values(Field.TITLE, Source.TITLE_TAG)).containsExactly("Bridge closes | Riverton Daily");
        assertThat(m.values(Field.TITLE, Source.H1)).containsExactly("Bridge closes");
        assertThat(m.values(Field.SITE_NAME, Source.OPEN_GRAPH)).containsExactly("Riverton Daily");
        assertThat(m.values(Field.PUBLISHED, Source.OPEN_GRAPH)).containsExactly("2025-03-04T21:30:00-05:00");
        assertThat(m.values(Field.AUTHOR, Source.META)).containsExactly("Dana Reyes");
        assertThat(m.values(Field.AUTHOR, Source.ITEMPROP)).containsExactly("Lee Park");
        assertThat(m.values(Field.AUTHOR, Source.REL_AUTHOR)).containsExactly("Sam Ortiz");
        assertThat(m.values(Field.PUBLISHED, Source.TIME)).containsExactly("2025-03-04");
    }

    @Test
    void candidatesPerSourceAreBounded() {
        String junk = "<meta name=\"author\" content=\"Name %d\">";
        StringBuilder sb = new StringBuilder("<head>");
        for (int i = 0; i < 1_000; i++) {
            sb.append(junk.formatted(i));
        }
        PageMetadata m = read(sb + "</head>");
        assertThat(m.values(Field.AUTHOR, Source.META)).hasSizeLessThanOrEqualTo(8).startsWith("Name 0");
    }

    @Test
    void plainTextHasNoMetadataAndUnparsableMarkupFallsBackToNone() {
        assertThat(read("just words, no markup").candidates()).isEmpty();
        assertThat(HtmlText.read("<div><p><span><b><i>".repeat(505) + "text").metadata()).isEqualTo(PageMetadata.NONE);
    }

    @Test
    void wordsInNeighbouringElementsStayApartOnlyWhereMarkupMustHaveSplitThem() {
        assertThat(HtmlText.extract("<p><span>Jane Roe</span><span>December 2, 2025</span></p>"))
                .isEqualTo("Jane Roe December 2, 2025");
        assertThat(HtmlText.extract("<p><b>un</b>believable and <i>re</i>write</p>")).isEqualTo("unbelievable and rewrite");
    }
}
