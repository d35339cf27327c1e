package io.github.newsparse;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What {@link ArticleParser#parseHtml} takes from a page's markup, weighed against its text. */
class HtmlMetadataTest {

    private static final String STORY = "<p>The Riverton council voted on Tuesday to close the old bridge over the Mill River for six "
            + "months of repairs, after inspectors found cracks in two of its steel beams last spring.</p>"
            + "<p>Drivers will be sent over the Elm Street bridge, and the council said the detour would add "
            + "about ten minutes to a crossing at rush hour for most commuters in the county.</p>";

    private static Article page(String head, String body) {
        String html = "<html><head><title>Mill River bridge to close for repairs | Riverton Daily</title>" + head
                + "</head><body><nav><a>Home</a> <a>News</a></nav>" + body + STORY + "</body></html>";
        Article a = ArticleParser.parseHtml(html);
        Invariants.check(a.text(), a);
        return a;
    }

    private static String ld(String json) {
        return "<script type=\"application/ld+json\">" + json + "</script>";
    }

    @Test
    void thePagesOwnAddressStandsInForTheCallersWhenNoneIsGiven() {
        Article a = page("<link rel=\"canonical\" href=\"https://riverton.example/2025/03/04/mill-river-bridge\">",
                "<h1>Mill River bridge to close for repairs</h1>");
        // the day in the canonical address's path dates the page, as a given address's does
        assertThat(a.published()).map(d -> d.date().toString()).contains("2025-03-04");
        Article ogOnly = page("<meta property=\"og:url\" content=\"https://riverton.example/2025/03/04/mill-river-bridge\">",
                "<h1>Mill River bridge to close for repairs</h1>");
        assertThat(ogOnly.published()).map(d -> d.date().toString()).contains("2025-03-04");
        // a relative address says nothing; the caller's address wins over the page's
        assertThat(page("<link rel=\"canonical\" href=\"/2025/03/04/mill-river-bridge\">",
                "<h1>Mill River bridge to close for repairs</h1>").published()).isEmpty();
        String html = "<html><head><link rel=\"canonical\" href=\"https://riverton.example/2025/03/04/bridge\"></head>"
                + "<body><h1>Mill River bridge to close for repairs</h1>" + STORY + "</body></html>";
        Article given = ArticleParser.parseHtml(html,
                ParserOptions.builder().url("https://riverton.example/2025/03/05/bridge").build());
        assertThat(given.published()).map(d -> d.date().toString()).contains("2025-03-05");
    }

    @Test
    void statedDateKeepsThePagesOwnOffset() {
        Article a = page("<meta property=\"article:published_time\" content=\"2025-03-04T21:30:00-05:00\">",
                "<h1>Mill River bridge to close for repairs</h1>");
        assertThat(a.published()).map(PublicationDate::iso).contains("2025-03-04T21:30-05:00");
    }

    @Test
    void statedDateWinsOverTheTextsWhenTheTextShowsIt() {
        Article a = page(ld("{\"@type\":\"NewsArticle\",\"datePublished\":\"2025-03-04\"}"),
                "<h1>Mill River bridge to close for repairs</h1><p>Updated June 9, 2025</p><p>First run March 4, 2025</p>");
        assertThat(a.published()).map(d -> d.date().toString()).contains("2025-03-04");
    }

    @Test
    void textDateWinsOverAFarStatedDateTheTextNeverShows() {
        Article a = page(ld("{\"@type\":\"NewsArticle\",\"datePublished\":\"2019-01-01T00:00:00Z\"}"),
                "<h1>Mill River bridge to close for repairs</h1><p>March 4, 2025</p>");
        assertThat(a.published()).map(d -> d.date().toString()).contains("2025-03-04");
    }

    @Test
    void statedDateWinsOverATextDateFarFromTheHeadline() {
        StringBuilder story = new StringBuilder("<h1>Mill River bridge to close for repairs</h1>").append(STORY);
        for (int i = 1; i <= 14; i++) {
            story.append("<p>The council heard from resident number ").append(i)
                    .append(" about the bridge, the detour and the cost of the repairs to the county.</p>");
        }
        story.append("<div><p>Published: December 19, 2025</p><p>A guide to the county's other bridges</p></div>");
        String html = "<html><head><title>Mill River bridge</title><meta property=\"article:published_time\" "
                + "content=\"2024-03-01T09:00:00Z\"></head><body>" + story + "</body></html>";
        Article a = ArticleParser.parseHtml(html);
        Invariants.check(a.text(), a);
        assertThat(a.published()).map(d -> d.date().toString()).contains("2024-03-01");
        // the same stamp in the headline's cluster is the page's own date
        Article near = ArticleParser.parseHtml(html.replace("<h1>Mill River bridge to close for repairs</h1>",
                "<h1>Mill River bridge to close for repairs</h1><p>Published: December 19, 2025</p>"));
        assertThat(near.published()).map(d -> d.date().toString()).contains("2025-12-19");
    }

    @Test
    void theWebPageObjectDatesAPageOnlyWhenNoStoryObjectDoes() {
        Article page = page(ld("{\"@context\":\"https://schema.org\",\"@graph\":[{\"@type\":\"WebPage\","
                + "\"datePublished\":\"2022-10-05T12:53:00-07:00\"},{\"@type\":\"Organization\",\"name\":\"Riverton\"}]}"),
                "<h1>Mill River bridge to close for repairs</h1>");
        assertThat(page.published()).map(PublicationDate::iso).contains("2022-10-05T12:53-07:00");
        Article story = page(ld("[{\"@type\":\"WebPage\",\"datePublished\":\"2019-01-01\"},"
                + "{\"@type\":\"NewsArticle\",\"headline\":\"Bridge\",\"datePublished\":\"2025-03-04\"}]"),
                "<h1>Mill River bridge to close for repairs</h1>");
        assertThat(story.published()).map(PublicationDate::iso).contains("2025-03-04");
    }

    @Test
    void statedDatesBefore1990AreNotTrusted() {
        Article a = page("<meta property=\"article:published_time\" content=\"1970-01-01T00:00:00Z\">",
                "<h1>Mill River bridge to close for repairs</h1>");
        assertThat(a.published()).isEmpty();
    }

    @Test
    void aPageThatStatesOnlyItsUpdateIsDatedByIt() {
        Article a = page("<meta property=\"og:updated_time\" content=\"2025-06-09T10:00:00+02:00\">",
                "<h1>Mill River bridge to close for repairs</h1>");
        assertThat(a.published()).map(PublicationDate::iso).contains("2025-06-09T10:00+02:00");
    }

    @Test
    void statedPersonsAreTheAuthorsNotTheOrganisationOrALinkLabel() {
        Article a = page(ld("{\"@type\":\"NewsArticle\",\"author\":[{\"@type\":\"Person\",\"name\":\"By DANA REYES\"},"
                        + "{\"@type\":\"Organization\",\"name\":\"Riverton Daily\"}]}"),
                "<h1>Mill River bridge to close for repairs</h1><p>Home Page</p><a rel=\"author\">View all posts</a>");
        assertThat(a.authors()).containsExactly("Dana Reyes");
    }

    @Test
    void anAuthorTagOfSeparatorsOrInvisibleCharactersNamesNobody() {
        // "-" and "|" are all separator: without them nothing is left, which no record may hold
        for (String value : new String[] {"-", "| ", "By -", "\u200B", "\u00B7 \u2022"}) {
            Article a = page("<meta name=\"author\" content=\"Dana Reyes\"><meta name=\"author\" content=\"" + value + "\">",
                    "<h1>Mill River bridge to close for repairs</h1>");
            assertThat(a.authors()).as(value).containsExactly("Dana Reyes");
            assertThat(a.paragraphs()).as(value).isNotEmpty();
        }
    }

    @Test
    void aTemplatesKeyLeftInTheAuthorTagIsNoName() {
        Article a = page("<meta name=\"author\" content=\"page.head.extra.author\">",
                "<h1>Mill River bridge to close for repairs</h1>");
        assertThat(a.authors()).doesNotContain("page.head.extra.author");
        Article braces = page("<meta name=\"author\" content=\"{{post.author}}\">",
                "<h1>Mill River bridge to close for repairs</h1>");
        assertThat(braces.authors()).doesNotContain("{{post.author}}");
        Article handle = page("<meta name=\"author\" content=\"dana.r.reyes\">",
                "<h1>Mill River bridge to close for repairs</h1>");
        assertThat(handle.authors()).containsExactly("dana.r.reyes");
    }

    @Test
    void aCardsWrittenByPairNamesTheAuthorWhenNoOtherTagDoes() {
        Article a = page("<meta name=\"twitter:label1\" content=\"Written by\"><meta name=\"twitter:data1\" "
                + "content=\"Dana Reyes\">", "<h1>Mill River bridge to close for repairs</h1>");
        assertThat(a.authors()).containsExactly("Dana Reyes");
    }

    @Test
    void aRolePrintedBesideTheMarkedNameIsNotPartOfIt() {
        Article a = page("", "<h1>Mill River bridge to close for repairs</h1><div class=\"article__author\">"
                + "<span class=\"article__author__name\">Dana Reyes</span>"
                + "<span class=\"article__author__position\">Founder at Riverton</span></div>");
        assertThat(a.authors()).containsExactly("Dana Reyes");
    }

    @Test
    void theStatedSiteNameIsTheAuthorWhenNothingNamesAnybody() {
        Article site = page("<meta property=\"og:site_name\" content=\"Riverton Garden Supply\">",
                "<h1>Mill River bridge to close for repairs</h1>");
        assertThat(site.authors()).containsExactly("Riverton Garden Supply");
        Article byline = page("<meta property=\"og:site_name\" content=\"Riverton Garden Supply\">",
                "<h1>Mill River bridge to close for repairs</h1><p>By Dana Reyes</p>");
        assertThat(byline.authors()).containsExactly("Dana Reyes");
        Article none = page("", "<h1>Mill River bridge to close for repairs</h1>");
        assertThat(none.authors()).isEmpty();
    }

    @Test
    void aStatedNameLosesTheSeparatorItEndsWithAndAScriptsEmptyValueNamesNobody() {
        Article site = page("<meta property=\"og:site_name\" content=\"Riverton Garden Supply |\">",
                "<h1>Mill River bridge to close for repairs</h1>");
        assertThat(site.authors()).containsExactly("Riverton Garden Supply");
        Article undefined = page("<script type=\"application/ld+json\">{\"@type\": \"NewsArticle\", \"author\": "
                + "{\"@type\": \"Person\", \"name\": \"undefined\"}}</script>"
                + "<meta property=\"og:site_name\" content=\"Riverton Garden Supply\">",
                "<h1>Mill River bridge to close for repairs</h1>");
        assertThat(undefined.authors()).containsExactly("Riverton Garden Supply");
    }

    @Test
    void aBylinesOpenerWithNoNameBeforeTheDateNamesNobody() {
        Article a = page("", "<h1>Mill River bridge to close for repairs</h1>"
                + "<div><span class=\"author-name\">Written By </span><span>Feb 11, 2019 · 3 min read</span></div>");
        assertThat(a.authors()).isEmpty();
    }

    @Test
    void aBylineUnderTheHeadlineBeatsTheSiteNameInTheAuthorTag() {
        // the author tag names the site; the printed byline names a person whose given name no list knows
        String head = "<meta property=\"og:site_name\" content=\"Riverton Garden Supply\">"
                + "<meta name=\"author\" content=\"Riverton Garden Supply\">";
        Article a = page(head, "<h1>Mill River bridge to close for repairs</h1>"
                + "<p>by Tarvek Omundsen \u25cf December 23, 2025 \u25cf 6 min read</p>");
        assertThat(a.authors()).containsExactly("Tarvek Omundsen");
        // a filter's "By …" label, its words the page's own, is no byline
        Article filter = page(head, "<h1>Mill River bridge to close for repairs</h1><p>By Event Type</p>"
                + "<p>Find an event by type: every event type we run, from fairs to markets.</p>");
        assertThat(filter.authors()).containsExactly("Riverton Garden Supply");
    }

    @Test
    void aNameLineBesideTheDateBeatsTheSiteNameInTheAuthorTag() {
        String head = "<meta property=\"og:site_name\" content=\"Riverton Garden Supply\">"
                + "<meta name=\"author\" content=\"Riverton Garden Supply\">";
        Article a = page(head, "<h1>Mill River bridge to close for repairs</h1><p>Dana Reyes</p><p>Dec 19, 2025</p>");
        assertThat(a.authors()).containsExactly("Dana Reyes");
        // a site named after a person is that person's own: the text's other names do not replace it
        String own = "<meta property=\"og:site_name\" content=\"Lee Park\"><meta name=\"author\" content=\"Lee Park\">";
        Article owner = page(own, "<h1>Mill River bridge to close for repairs</h1><p>Dana Reyes</p><p>Dec 19, 2025</p>");
        assertThat(owner.authors()).containsExactly("Lee Park");
    }

    @Test
    void anAuthorTagThatSpellsTheSitesAddressIsTheSiteNotAPerson() {
        String html = "<html><head><title>Mill River bridge to close for repairs</title>"
                + "<meta name=\"author\" content=\"Riverbrook\"></head><body><h1>Mill River bridge to close for repairs</h1>"
                + STORY + "<h3>Dana Reyes</h3><p>Dana Reyes is a freelance writer who covers the county's roads and bridges.</p>"
                + "</body></html>";
        ParserOptions site = ParserOptions.builder().url("https://www.riverbrook.example/blog/bridge").build();
        Article a = ArticleParser.parseHtml(html, site);
        Invariants.check(a.text(), a);
        assertThat(a.authors()).containsExactly("Dana Reyes");
        // on another site's address the tag's name is a name like any other
        Article elsewhere = ArticleParser.parseHtml(html,
                ParserOptions.builder().url("https://www.riverton.example/blog/bridge").build());
        assertThat(elsewhere.authors()).containsExactly("Riverbrook");
    }

    @Test
    void severalNamesInOneAuthorTagAreSplit() {
        Article a = page("<meta name=\"author\" content=\"Dana Reyes and Lee Park\">",
                "<h1>Mill River bridge to close for repairs</h1>");
        assertThat(a.authors()).containsExactly("Dana Reyes", "Lee Park");
    }

    @Test
    void theSiteIsTheAuthorOnlyWhenTheMarkupNamesNobodyElse() {
        Article site = page("<meta property=\"og:site_name\" content=\"Riverton Daily\"><meta name=\"author\" content=\"Riverton Daily\">",
                "<h1>Mill River bridge to close for repairs</h1>");
        assertThat(site.authors()).containsExactly("Riverton Daily");
        Article person = page("<meta property=\"og:site_name\" content=\"Riverton Daily\"><meta name=\"author\" content=\"Riverton Daily\">"
                + "<meta name=\"parsely-author\" content=\"Dana Reyes\">", "<h1>Mill River bridge to close for repairs</h1>");
        assertThat(person.authors()).containsExactly("Dana Reyes");
    }

    @Test
    void theLineTheMarkupNamesTheBylineNamesTheAuthorsWhenNoTagDoes() {
        Article a = page("", "<h1>Mill River bridge to close for repairs</h1>"
                + "<div class=\"post-meta\"><span class=\"author-name\">Dana Reyes and Lee Park</span></div>");
        assertThat(a.authors()).containsExactly("Dana Reyes", "Lee Park");
        Article team = page("", "<h1>Mill River bridge to close for repairs</h1><p class=\"byline\">Riverton Newsdesk</p>");
        assertThat(team.authors()).containsExactly("Riverton Newsdesk");
    }

    @Test
    void bylineMarkupLabelsBiosAndCommentAuthorsAreNotAuthors() {
        Article labels = page("", "<h1>Mill River bridge to close for repairs</h1>"
                + "<div class=\"author-box\"><h3 class=\"author-title\">About the author</h3>"
                + "<p class=\"author-bio\">Dana Reyes covers Riverton for the paper.</p></div>");
        assertThat(labels.authors()).isEmpty();
        Article comments = ArticleParser.parseHtml("<html><body><h1>Mill River bridge to close for repairs</h1>" + STORY
                + STORY.replace("Riverton", "Elmwood").replace("Drivers", "Trucks") + "<section class=\"comments\"><p><span class=\"comment-author\">Lee Park</span></p>"
                + "<p>Great news for commuters.</p></section></body></html>");
        assertThat(comments.authors()).isEmpty();
        Article stated = page("<meta name=\"author\" content=\"Dana Reyes\">", "<h1>Mill River bridge to close for repairs</h1>"
                + "<span class=\"byline\">Lee Park</span>");
        assertThat(stated.authors()).as("a tag that names a person wins").containsExactly("Dana Reyes");
    }

    @Test
    void aPrintedBylineBeatsATagNamingSomeoneThePageNeverShows() {
        Article printed = page("<meta name=\"author\" content=\"Lee Park\">", "<h1>Mill River bridge to close for repairs</h1>"
                + "<p>By Dana Reyes</p>");
        assertThat(printed.authors()).as("the tag's name appears nowhere on the page").containsExactly("Dana Reyes");
        Article shown = page("<meta name=\"author\" content=\"Lee Park\">", "<h1>Mill River bridge to close for repairs</h1>"
                + "<p>By Dana Reyes</p><p class=\"note\">Editing by Lee Park.</p>");
        assertThat(shown.authors()).as("the page shows the tag's name too").containsExactly("Lee Park");
        Article label = page("<meta name=\"author\" content=\"Lee Park\">", "<h1>Mill River bridge to close for repairs</h1>"
                + "<p>By Category</p>");
        assertThat(label.authors()).as("a filter label is no person").containsExactly("Lee Park");
        Article company = page("<meta name=\"author\" content=\"Riverton Bridge Works\">",
                "<h1>Mill River bridge to close for repairs</h1><p>By Dana Reyes</p>"
                        + "<p class=\"note\">More from Riverton Bridge Works.</p>");
        assertThat(company.authors()).as("the page shows the tag's name, but it names no person")
                .containsExactly("Dana Reyes");
    }

    @Test
    void theH1AndTheStatedTitleOutweighThePageTitleLine() {
        Article a = page("<meta property=\"og:title\" content=\"Bridge to close for six months of repairs\">",
                "<p>Trending: Best pizza in town ranked by readers</p><h1>Bridge to close for six months of repairs</h1>"
                        + "<p>By Dana Reyes</p>");
        assertThat(a.headline()).contains("Bridge to close for six months of repairs");
    }

    @Test
    void textInputIgnoresMarkupLookalikes() {
        Article a = ArticleParser.parse("<meta name=\"author\" content=\"Dana Reyes\">\nA story line that is long enough.");
        assertThat(a.authors()).isEmpty();
    }

    @Test
    void proseInPageChromeAndLinkListsIsNotBody() {
        Article a = page("", "<h1>Mill River bridge to close for repairs</h1>"
                + "<aside><p>In other news, the county fair opens next week with rides, a pie contest and music for all.</p></aside>"
                + "<ul><li><a href=/a>Bridge closures in the county over the years</a></li>"
                + "<li><a href=/b>Where to cross the river while the bridge is shut</a></li></ul>");
        assertThat(a.paragraphs()).extracting(Paragraph::text).noneMatch(t -> t.contains("county fair"))
                .noneMatch(t -> t.contains("Where to cross")).anyMatch(t -> t.startsWith("The Riverton council"));
    }

    @Test
    void figureCaptionsAreCaptionsNotBody() {
        Article a = page("", "<h1>Mill River bridge to close for repairs</h1><figure><img src=b.jpg>"
                + "<figcaption>The Mill River bridge, seen from the east bank on Monday.</figcaption></figure>");
        assertThat(a.captions()).extracting(Caption::text).containsExactly("The Mill River bridge, seen from the east bank on Monday.");
        assertThat(a.paragraphs()).extracting(Paragraph::text).noneMatch(t -> t.contains("east bank"));
    }

    @Test
    void aMarkedBylineWithALabelBeforeItsByNamesTheAuthorAfterIt() {
        String head = "<meta property=\"og:site_name\" content=\"Riverton Daily\">";
        Article a = page(head, "<h1>Mill River bridge to close for repairs</h1>"
                + "<div class=\"byline\"><span class=\"type\">Guide</span> <span>by</span> <span class=\"author\">"
                + "<a href=\"/authors/dana-reyes\">Dana Reyes</a></span></div>");
        assertThat(a.authors()).containsExactly("Dana Reyes");
        // "Updated by" names an editor, not the author
        Article updated = page(head, "<h1>Mill River bridge to close for repairs</h1>"
                + "<div class=\"byline\"><span>Updated</span> <span>by</span> <span class=\"author\">"
                + "<a href=\"/authors/sam-ortiz\">Sam Ortiz</a></span></div>");
        assertThat(updated.authors()).doesNotContain("Sam Ortiz");
    }

    @Test
    void aPostToldInCaptionsKeepsThemAsItsStory() {
        String html = "<html><head><title>Harbour festival | Riverton Daily</title></head><body><nav><a>Home</a></nav>"
                + "<h1>Harbour festival, in pictures</h1>"
                + "<div class=\"photo\"><img src=1.jpg><div class=\"caption\">The tall ships came in on Saturday morning, "
                + "and by noon the quay was so full that the ferry had to wait offshore for an hour.</div></div>"
                + "<div class=\"photo\"><img src=2.jpg><div class=\"caption\">Our stall sold out of the festival shirts "
                + "before lunch, so next year we will bring twice as many and a second table for the cards.</div></div>"
                + "</body></html>";
        Article a = ArticleParser.parseHtml(html);
        Invariants.check(a.text(), a);
        assertThat(a.paragraphs()).extracting(Paragraph::text).anyMatch(t -> t.startsWith("The tall ships"))
                .anyMatch(t -> t.startsWith("Our stall sold out"));
        assertThat(a.captions()).isEmpty();
    }

    @Test
    void aSiteSuffixTheMarkupConfirmsIsCutFromTheHeadline() {
        String html = "<html><head><title>Bridge works | Riverton Daily</title>"
                + "<meta property=\"og:site_name\" content=\"Riverton Daily\"></head><body>"
                + STORY + "</body></html>";
        assertThat(ArticleParser.parseHtml(html).headline()).contains("Bridge works");
    }

    @Test
    void aTwoWordTitleIsTheHeadlineWhenTheH1AndAStatedTitleAgree() {
        String body = "<h1>Harbour reopens</h1>" + STORY;
        Article confirmed = ArticleParser.parseHtml("<html><head><title>Harbour reopens | Riverton Daily</title>"
                + "<meta property=\"og:title\" content=\"Harbour reopens\"></head><body>" + body + "</body></html>");
        assertThat(confirmed.headline()).contains("Harbour reopens");
        Article unconfirmed = ArticleParser.parseHtml("<html><head><title>Riverton Daily</title></head><body>"
                + body + "</body></html>");
        assertThat(unconfirmed.headline()).isEmpty();
    }

    @Test
    void aSitePrefixTheMarkupConfirmsIsCutFromTheHeadline() {
        String html = "<html><head><title>Riverton Daily - Bridge works begin on Monday</title>"
                + "<meta property=\"og:title\" content=\"Bridge works begin on Monday\"></head><body>"
                + STORY + "</body></html>";
        assertThat(ArticleParser.parseHtml(html).headline()).contains("Bridge works begin on Monday");
    }

    @Test
    void aTwoWordTitleIsTheHeadlineWhenThePageTitleAndAStatedTitleAgreeWithoutAnH1() {
        String html = "<html><head><title>Harbour reopens</title>"
                + "<meta property=\"og:title\" content=\"Harbour reopens\"></head><body>"
                + "<div>Harbour reopens</div><div>March 4, 2025</div>" + STORY + "</body></html>";
        assertThat(ArticleParser.parseHtml(html).headline()).contains("Harbour reopens");
    }

    @Test
    void aLabelPrefixTheMarkupConfirmsIsCutFromTheHeadline() {
        String html = "<html><head><title>Blog: Bridge works begin on Monday</title>"
                + "<meta property=\"og:title\" content=\"Bridge works begin on Monday\"></head><body>"
                + STORY + "</body></html>";
        assertThat(ArticleParser.parseHtml(html).headline()).contains("Bridge works begin on Monday");
        String unconfirmed = "<html><head><title>Update: Bridge works begin on Monday</title></head><body>"
                + STORY + "</body></html>";
        assertThat(ArticleParser.parseHtml(unconfirmed).headline()).contains("Update: Bridge works begin on Monday");
    }

    @Test
    void aStatedBylineKeepsItsWordsAndLosesARoleAfterTheName() {
        Article team = page("<meta name=\"author\" content=\"Our Editors\">", "<h1>Mill River bridge to close for repairs</h1>");
        assertThat(team.authors()).containsExactly("Our Editors");
        Article person = page("<meta name=\"author\" content=\"Jane Roe, Senior Writer\">",
                "<h1>Mill River bridge to close for repairs</h1>");
        assertThat(person.authors()).containsExactly("Jane Roe");
    }

    @Test
    void headingsRepeatedInsideTheStorysContainerStayInTheBody() {
        StringBuilder steps = new StringBuilder("<article><h1>Three morning workouts</h1>");
        for (String day : new String[] {"Monday", "Wednesday", "Friday"}) {
            steps.append("<h3>Warm-up</h3><p>On ").append(day).append(" start with ten minutes of easy jogging, then "
                    + "stretch your legs and back slowly before the main set begins.</p>");
        }
        Article a = page("", steps.append("</article>").toString());
        assertThat(a.paragraphs()).extracting(Paragraph::text).filteredOn("Warm-up"::equals).hasSize(3);
    }
}
