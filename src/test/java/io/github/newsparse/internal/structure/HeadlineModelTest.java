package io.github.newsparse.internal.structure;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.newsparse.Article;
import io.github.newsparse.ArticleParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The headline read from the page's frame, on invented pages. */
class HeadlineModelTest {

    private static final String STORY = "The Riverton council voted on Tuesday to close the old bridge over the Mill River "
            + "for six months of repairs, after inspectors found cracks in two of its steel beams last spring.\n"
            + "Drivers will be sent over the Elm Street bridge, which the town widened in 2019, and the council said "
            + "the detour would add about ten minutes to a crossing at rush hour.\n"
            + "Repairs are expected to cost $4.2 million, most of it paid by a state grant for ageing bridges.\n";

    private static String headline(String page) {
        Article a = ArticleParser.parse(page);
        return a.headline().orElse(null);
    }

    @Test
    void headlineAboveBylineAndDateBeatsTheMenu() {
        String page = "Skip to content\nHome\nNews\nSports\nWeather\nSubscribe\n"
                + "Riverton council votes to close Mill River bridge for repairs\n"
                + "By Dana Reyes\nMarch 4, 2025\n" + STORY;
        assertThat(headline(page)).isEqualTo("Riverton council votes to close Mill River bridge for repairs");
    }

    @Test
    void aJapaneseHeadlineAboveItsDateBeatsTheShareButtons() {
        // written without spaces: its words are counted by characters, its overlap with the lede by pairs of them
        String headline = "川沿いの古い橋、修理のため半年間通行止めに　市議会が決定";
        String page = "ホーム\nニュース\n社会\n経済\nスポーツ\nログイン\n" + headline + "\n2025年3月4日 10時30分\n"
                + "Xでシェア\nリンクをコピーする\n印刷する\n"
                + "リバートン市議会は４日、ミル川にかかる古い橋を修理のため６カ月間通行止めにすることを決めた。"
                + "昨年春の点検で、２本の鋼製の梁にひびが見つかっていた。\n"
                + "車はエルム通りの橋に迂回させる。市によると、通勤時間帯は渡るのに約１０分余計にかかる見込みだという。\n"
                + "修理費は約４億円で、大半は老朽化した橋のための県の補助金でまかなう。\n";
        assertThat(headline(page)).isEqualTo(headline.replace('\u3000', ' '));
    }

    @Test
    void aRelatedStoryAfterTheStoryIsNotTheHeadline() {
        String page = "Menu\nLocal\nRiverton council votes to close Mill River bridge\n" + STORY
                + "Related\nSchool board picks a new superintendent after long search\n";
        assertThat(headline(page)).isEqualTo("Riverton council votes to close Mill River bridge");
    }

    @Test
    void theTitleThatSharesTheStorysWordsBeatsASidebarHeading() {
        String page = "Menu\nTrending Now: Best Pizza in Town Ranked by Readers\nWeather\nSports\n"
                + "Mill River bridge to close for six months of repairs\n" + STORY;
        assertThat(headline(page)).isEqualTo("Mill River bridge to close for six months of repairs");
    }

    @Test
    void aBylineOnTwoLinesNamesTheAuthors() {
        String page = "Home\nNews\nRiverton council votes to close Mill River bridge for repairs\n"
                + "Written by:\nDana Reyes and Sam Ortiz\nMarch 4, 2025\n" + STORY;
        Article a = ArticleParser.parse(page);
        assertThat(a.authors()).containsExactly("Dana Reyes", "Sam Ortiz");
        assertThat(a.paragraphs()).noneMatch(p -> p.text().contains("Dana Reyes") || p.text().equals("Written by:"));
    }

    @Test
    void aReviewerOnTheLineAfterHisLabelIsNoAuthor() {
        String page = "Home\nNews\nRiverton council votes to close Mill River bridge for repairs\n"
                + "Reviewed by\nDana Reyes\nMarch 4, 2025\n" + STORY;
        assertThat(ArticleParser.parse(page).authors()).isEmpty();
    }

    @Test
    void anUpdateNoteThatIsOnlyAStampDatesThePage() {
        String page = "Home\nRiverton council votes to close Mill River bridge for repairs\n"
                + "Updated: December 31, 2024\n" + STORY;
        Article a = ArticleParser.parse(page);
        assertThat(a.published().orElseThrow().iso()).isEqualTo("2024-12-31");
        assertThat(a.updated().orElseThrow().iso()).isEqualTo("2024-12-31");
        assertThat(a.notes()).isEmpty();
    }

    @Test
    void aBrowseByMenuNamesNoAuthors() {
        String page = "Home\nShop\nBy Type\nBy Wine Region\nBy Grape\n"
                + "Riverton council votes to close Mill River bridge for repairs\nMarch 4, 2025\n" + STORY;
        assertThat(ArticleParser.parse(page).authors()).isEmpty();
    }

    @Test
    void theBylineUnderTheHeadlineBeatsTheTeasersAboveIt() {
        String page = "Home\nLatest\nSchool board picks a new superintendent after long search\nBy Sam Ortiz\n"
                + "Library to stay open later on weekends this summer\nBy Lee Park\n"
                + "Riverton council votes to close Mill River bridge for repairs\nBy Dana Reyes\nMarch 4, 2025\n" + STORY;
        Article a = ArticleParser.parse(page);
        assertThat(a.headline()).contains("Riverton council votes to close Mill River bridge for repairs");
        assertThat(a.authors()).containsExactly("Dana Reyes");
    }

    @Test
    void interfaceLabelsUnderTheHeadlineAreNoNames() {
        String page = "Home\nRiverton council votes to close Mill River bridge for repairs\n"
                + "In This Article\nSelect Page\nMarch 4, 2025\n" + STORY;
        assertThat(ArticleParser.parse(page).authors()).isEmpty();
    }

    @Test
    void aBylineAboveTheCommentCountIsStillTheByline() {
        String page = "Home\nRiverton council votes to close Mill River bridge for repairs\n"
                + "by Dana Reyes\n6 Comments\n" + STORY;
        assertThat(ArticleParser.parse(page).authors()).containsExactly("Dana Reyes");
    }

    @Test
    void aNameInTheAuthorsEmailAddressIsNoLowerCaseWord() {
        String page = "Home\nRiverton council votes to close Mill River bridge for repairs\n"
                + "Dana Reyes\nMarch 4, 2025\n" + STORY + "Write to the reporter at dana@riverton.example.\n";
        assertThat(ArticleParser.parse(page).authors()).containsExactly("Dana Reyes");
    }

    @Test
    void theNameAmongTheCreditLinesPiecesIsTheAuthor() {
        String head = "Home\nRiverton council votes to close Mill River bridge for repairs\n";
        assertThat(ArticleParser.parse(head + "Dana Reyes | Senior Writer | March 4, 2025\n" + STORY).authors())
                .containsExactly("Dana Reyes");
        assertThat(ArticleParser.parse(head + "March 4, 2025 \u00b7 6 min \u00b7 Dana Reyes\n" + STORY).authors())
                .containsExactly("Dana Reyes");
    }

    @Test
    void aTeamOnItsOwnLineSignsBesideADate() {
        String page = "Home\nRiverton council votes to close Mill River bridge for repairs\n"
                + "Riverton Newsroom Team\nMarch 4, 2025\n" + STORY;
        assertThat(ArticleParser.parse(page).authors()).containsExactly("Riverton Newsroom Team");
    }

    @Test
    void thePagesOnlyBylineNamesTheAuthorWhereverItIs() {
        String head = "Home\nRiverton council votes to close Mill River bridge for repairs\nMarch 4, 2025\n" + STORY
                + (STORY + STORY + STORY).replace("Riverton", "The town");
        assertThat(ArticleParser.parse(head + "About the author\nBy: Dana Reyes\nDana covers the town council.\n")
                .authors()).containsExactly("Dana Reyes");
        assertThat(ArticleParser.parse(head + "More stories\nLibrary hours grow\nBy Sam Ortiz\nPool opens early\n"
                + "By Lee Park\n").authors()).isEmpty();
        assertThat(ArticleParser.parse(head + "Comments\nPosted by Sam Ortiz\nGreat story.\n").authors()).isEmpty();
    }

    @Test
    void aPageOfMenuWordsHasNoHeadline() {
        assertThat(headline("Home\nNews\nSports\nWeather\nContact\n")).isNull();
    }

    @Test
    void theDateAndBylineInTheHeadlinesClusterAreRead() {
        String page = "Home\nNews\nFriday, December 19, 2025\nSports\n"
                + "Riverton council votes to close Mill River bridge for repairs\n"
                + "Posted by Dana Reyes on March 4, 2025\n" + STORY;
        Article a = ArticleParser.parse(page);
        assertThat(a.published().orElseThrow().iso()).isEqualTo("2025-03-04");
        assertThat(a.authors()).containsExactly("Dana Reyes");
    }

    @Test
    void aPageThatShowsOnlyItsUpdateIsDatedByIt() {
        String page = "Menu\nRiverton council votes to close Mill River bridge for repairs\n"
                + "Updated March 6, 2025\n" + STORY;
        Article a = ArticleParser.parse(page);
        assertThat(a.published().orElseThrow().iso()).isEqualTo("2025-03-06");
        assertThat(a.updated().orElseThrow().iso()).isEqualTo("2025-03-06");
    }

    @Test
    void menuWordsNextToTheDateAreNoAuthors() {
        String page = "Get Started\nOrder Now\nRiverton council votes to close Mill River bridge for repairs\n"
                + "By Dana Reyes\nMarch 4, 2025\nSelect Page\n" + STORY;
        assertThat(ArticleParser.parse(page).authors()).containsExactly("Dana Reyes");
    }

    @Test
    void aNameBeforeTheDateInTheHeadlinesClusterIsTheAuthor() {
        String page = "Menu\nRiverton council votes to close Mill River bridge for repairs\n"
                + "Dana Reyes • Mar 4, 2025 — 3 min read\n" + STORY;
        Article a = ArticleParser.parse(page);
        assertThat(a.authors()).containsExactly("Dana Reyes");
        assertThat(a.published().orElseThrow().iso()).isEqualTo("2025-03-04");
    }

    @Test
    void aNameAfterTheDateAndByIsTheAuthor() {
        String page = "Menu\nRiverton council votes to close Mill River bridge for repairs\n"
                + "Posted on March 4, 2025 by Dana Reyes\n" + STORY;
        assertThat(ArticleParser.parse(page).authors()).containsExactly("Dana Reyes");
    }

    @Test
    void wordsThePageUsesInLowerCaseAreNoName() {
        String page = "Menu\nRiverton council votes to close Mill River bridge for repairs\nMarch 4, 2025\n"
                + "Bridge Repairs\n" + STORY;
        assertThat(ArticleParser.parse(page).authors()).isEmpty();
    }

    @Test
    void aDateLineBelowTheStoryDatesThePageWhenNothingNearerDoes() {
        String page = "Menu\nRiverton council votes to close Mill River bridge for repairs\n" + STORY + STORY + STORY
                + STORY + STORY + "Apr 21, 2021\nShare this story\n";
        assertThat(ArticleParser.parse(page).published().orElseThrow().iso()).isEqualTo("2021-04-21");
    }

    @Test
    void aGluedBylineAndStampBelowTheHeadlineGiveAuthorAndDate() {
        String page = "Menu\nHome\nRiverton council votes to close Mill River bridge for repairs\n"
                + "By Dana ReyesPublished: Mar 4, 2025\n" + STORY;
        Article a = ArticleParser.parse(page);
        io.github.newsparse.Invariants.check(page, a);
        assertThat(a.authors()).containsExactly("Dana Reyes");
        assertThat(a.published().orElseThrow().iso()).isEqualTo("2025-03-04");
    }

    @Test
    void aNameRightUnderTheHeadlineIsTheAuthorAndARoleAfterItsCommaIsNot() {
        String page = "Menu\nRiverton council votes to close Mill River bridge for repairs\n"
                + "Dana Reyes, Contributing Writer\n" + STORY;
        assertThat(ArticleParser.parse(page).authors()).containsExactly("Dana Reyes");
    }

    @Test
    void aNameRightUnderTheHeadlineIsTheAuthorAndARoleAfterItIsNot() {
        String page = "Menu\nRiverton council votes to close Mill River bridge for repairs\n"
                + "Dana Reyes Founder & Lead Reviewer\n" + STORY;
        assertThat(ArticleParser.parse(page).authors()).containsExactly("Dana Reyes");
        String withTopics = "Menu\nRiverton council votes to close Mill River bridge for repairs\n"
                + "Dana Reyes Contributing Writer | Bridges, roads, and county budgets\n" + STORY;
        assertThat(ArticleParser.parse(withTopics).authors()).containsExactly("Dana Reyes");
        // a comma ends the name first
        String comma = "Menu\nRiverton council votes to close Mill River bridge for repairs\n"
                + "Dana Reyes, Print Managing Editor\n" + STORY;
        assertThat(ArticleParser.parse(comma).authors()).containsExactly("Dana Reyes");
    }

    @Test
    void aHeadingRightUnderTheHeadlineIsNoAuthor() {
        String page = "Menu\nRiverton council votes to close Mill River bridge for repairs\n"
                + "Council Vote\n" + STORY;
        assertThat(ArticleParser.parse(page).authors()).isEmpty();
    }

    @Test
    void anAuthorBoxAfterTheStoryNamesTheAuthorWhenTheHeaderNamesNobody() {
        String page = "Menu\nRiverton council votes to close Mill River bridge for repairs\nMarch 4, 2025\n" + STORY
                + STORY.repeat(4) + "Article by\nDana Reyes\nBack to all posts\n";
        assertThat(ArticleParser.parse(page).authors()).containsExactly("Dana Reyes");
        // two different author boxes are a list of stories, not this story's author
        String list = page + "Article by\nSam Ortiz\n";
        assertThat(ArticleParser.parse(list).authors()).isEmpty();
    }

    @Test
    void theAuthorsBioUnderTheStoryIsNoPartOfIt() {
        String page = "Menu\nRiverton council votes to close Mill River bridge for repairs\nBy Dana Reyes\nMarch 4, 2025\n"
                + STORY + "Sam Ortiz is a farmer whose fields lie on both sides of the river, and he said the detour would cost him an hour.\n"
                + "Dana Reyes covers City Hall for the Valley News. Follow her on Twitter.\nShare this\n";
        Article a = ArticleParser.parse(page);
        assertThat(a.authors()).containsExactly("Dana Reyes");
        assertThat(a.paragraphs()).extracting(io.github.newsparse.Paragraph::text)
                .anyMatch(t -> t.startsWith("Sam Ortiz is a farmer"))
                .noneMatch(t -> t.startsWith("Dana Reyes covers"));
        String given = page.replace("Dana Reyes covers City Hall", "Dana is a reporter who covers City Hall");
        assertThat(ArticleParser.parse(given).paragraphs()).extracting(io.github.newsparse.Paragraph::text)
                .noneMatch(t -> t.startsWith("Dana is a reporter"));
        String first = page.replace("Dana Reyes covers City Hall", "I'm Dana, a reporter who covers City Hall");
        assertThat(ArticleParser.parse(first).paragraphs()).extracting(io.github.newsparse.Paragraph::text)
                .noneMatch(t -> t.startsWith("I'm Dana"));
    }

    @Test
    void aNameOverItsBioAfterTheStoryIsTheAuthor() {
        String page = "Menu\nRiverton council votes to close Mill River bridge for repairs\nMarch 4, 2025\n" + STORY
                + "Dana Reyes\nCity Hall Reporter\nDana is a reporter who has covered Riverton for the Valley News since 2019.\n"
                + "More from our blog\n";
        assertThat(ArticleParser.parse(page).authors()).containsExactly("Dana Reyes");
        // a product's description names no person, even with its whole name first
        String product = "Menu\nRiverton council votes to close Mill River bridge for repairs\nMarch 4, 2025\n" + STORY
                + "Solar Billing Plan\nSolar Billing Plan is a way to pay for the panels over twelve months.\n";
        assertThat(ArticleParser.parse(product).authors()).isEmpty();
        String whole = "Menu\nRiverton council votes to close Mill River bridge for repairs\nMarch 4, 2025\n" + STORY
                + "Dana Reyes\nDana Reyes is a freelance journalist in Riverton.\n";
        assertThat(ArticleParser.parse(whole).authors()).containsExactly("Dana Reyes");
    }

    @Test
    void aDateUnderTheSoleBylineAfterTheStoryDatesThePageWhenNothingElseDoes() {
        String page = "Menu\nRiverton council votes to close Mill River bridge for repairs\n" + STORY
                + STORY.repeat(25) + "Written by Dana Reyes\nApril 8, 2024\nBack to all posts\n";
        assertThat(ArticleParser.parse(page).published()).map(d -> d.date().toString()).contains("2024-04-08");
        // beside one of two bylines (a list of stories), a date dates nothing
        String list = page + "Written by Sam Ortiz\nMay 2, 2024\n";
        assertThat(ArticleParser.parse(list).published()).isEmpty();
    }

    @Test
    void thePagesOnlyPostedByLineAfterTheStoryNamesItsAuthor() {
        String page = "Menu\nRiverton council votes to close Mill River bridge for repairs\n" + STORY
                + STORY.repeat(25) + "Posted by Dana Reyes on 2025-03-04 in roads.\nBack to all posts\n";
        assertThat(ArticleParser.parse(page).authors()).containsExactly("Dana Reyes");
        // two such lines open comments as often as stories: they name nobody
        String comments = page + "Posted by Sam Ortiz on 2025-03-05\nGreat news for the valley.\n";
        assertThat(ArticleParser.parse(comments).authors()).isEmpty();
    }

    @Test
    void aNameBeforeALabelledStampUnderTheHeadlineIsTheAuthor() {
        for (String label : new String[] {"Published:", "Updated:", "| Posted on"}) {
            String page = "Menu\nNews\nRiverton council votes to close Mill River bridge for repairs\nDana Reyes " + label
                    + " March 4, 2025\n" + STORY;
            Article a = ArticleParser.parse(page);
            assertThat(a.authors()).as(label).containsExactly("Dana Reyes");
            assertThat(a.published()).map(d -> d.date().toString()).contains("2025-03-04");
        }
    }

    @Test
    void aReadingTimeIsNeverTheHeadline() {
        assertThat(HeadlineModel.isReadingTime("6 min read")).isTrue();
        assertThat(HeadlineModel.isReadingTime("reading time: 2 minutes")).isTrue();
        assertThat(HeadlineModel.isReadingTime("how to read a map in ten minutes")).isFalse();
        assertThat(headline("Menu\nNews\nReading time: 2 minutes\n" + STORY)).isNotEqualTo("Reading time: 2 minutes");
    }

    @Test
    void aDateStampBeforeAPhotoCreditDatesThePageAndIsNoCaption() {
        String page = "Menu\nNews\nRiverton council votes to close Mill River bridge for repairs\nBy Dana Reyes\n"
                + "Nov 25, 2025 5:00 am PST\nImage: Sam Ortiz / Riverton Daily\n" + STORY;
        Article a = ArticleParser.parse(page);
        assertThat(a.published()).map(d -> d.date().toString()).contains("2025-11-25");
        assertThat(a.captions()).noneMatch(c -> c.text().contains("2025"));
    }

    @Test
    void aBylineWithItsDateAmongOtherPiecesDatesThePage() {
        String page = "Menu\nNews\nRiverton council votes to close Mill River bridge for repairs\n"
                + "by Dana Reyes | Mar 11, 2023 | Roads, Bridges and Public Works, County News | 0 comments\n" + STORY;
        Article a = ArticleParser.parse(page);
        assertThat(a.published()).map(d -> d.date().toString()).contains("2023-03-11");
        assertThat(a.authors()).containsExactly("Dana Reyes");
    }

    @Test
    void aShareRowUnderTheHeadlineIsNoAuthor() {
        String page = "Menu\nNews\nRiverton council votes to close Mill River bridge for repairs\n"
                + "Whatsapp Facebook Pint Baixar\n" + STORY;
        assertThat(ArticleParser.parse(page).authors()).isEmpty();
    }

    @Test
    void aDatedCreditJustAboveTheHeadlineIsItsByline() {
        String page = "Menu\nNews\nPublished August 7, 2023 by Dana Reyes\n"
                + "Riverton council votes to close Mill River bridge for repairs\n" + STORY;
        Article a = ArticleParser.parse(page);
        assertThat(a.authors()).containsExactly("Dana Reyes");
        assertThat(a.published()).map(d -> d.date().toString()).contains("2023-08-07");
    }

    @Test
    void aNameRightAfterTheDateUnderTheHeadlineIsTheByline() {
        String page = "Menu\nNews\nRiverton council votes to close Mill River bridge for repairs\n"
                + "Dec 17, 2025Dana Reyes\n" + STORY;
        Article a = ArticleParser.parse(page);
        assertThat(a.authors()).containsExactly("Dana Reyes");
        assertThat(a.published()).map(d -> d.date().toString()).contains("2025-12-17");
    }

    @Test
    void aMenuItemAboveTheHeadlineIsNoAuthor() {
        String page = "Home\nClasses\nGroup Classes\nKids\nChild Care\n"
                + "Riverton council votes to close Mill River bridge for repairs\n" + STORY;
        assertThat(ArticleParser.parse(page).authors()).isEmpty();
    }

    @Test
    void aHeadingUnderTheHeadlineIsNoAuthor() {
        String page = "Home\nRiverton council votes to close Mill River bridge for repairs\nCautionary Tale\n" + STORY;
        assertThat(ArticleParser.parse(page).authors()).isEmpty();
    }

    @Test
    void aGivenNameUnderTheHeadlineIsTheAuthor() {
        String page = "Home\nRiverton council votes to close Mill River bridge for repairs\nLisa Pham\n" + STORY;
        assertThat(ArticleParser.parse(page).authors()).containsExactly("Lisa Pham");
    }

    @Test
    void aGivenNameVouchesForASurnameThePageAlsoWritesAsAWord() {
        // "green" is a word of the story; "Kelsey" is a given name the page never writes in lower case
        String page = "Home\nRiverton council votes to close Mill River bridge for repairs\nJuly 5, 2025\nKelsey Green\n"
                + STORY + "The green paint on the railings will be stripped first.\n";
        assertThat(ArticleParser.parse(page).authors()).containsExactly("Kelsey Green");
    }

    @Test
    void twoWordsThePageAlsoWritesInLowerCaseAreNoName() {
        String page = "Home\nRiverton council votes to close Mill River bridge for repairs\nJuly 5, 2025\nGreen Paint\n"
                + STORY + "The green paint on the railings will be stripped first.\n";
        assertThat(ArticleParser.parse(page).authors()).isEmpty();
    }

    @Test
    void aBylineWithAGluedWordIsTheHeadersStill() {
        // "MetroDesk" makes the line look like a glued teaser; a popular-stories box below has its own byline
        String page = "Home\nNews\nSports\nRiverton council votes to close Mill River bridge for repairs\n"
                + "The council defers. Drivers will take the Elm Street bridge.\n"
                + "By Tarvek Omundsen Published in MetroDesk December 14, 2016 2:24 pm\n" + STORY
                + "Most Popular\nHot Property: A Stylish Townhouse\nBy Ilse Varga\n100 Things To Do For Christmas\n"
                + "By The Event Listings Committee\n";
        assertThat(ArticleParser.parse(page).authors()).containsExactly("Tarvek Omundsen");
    }

    /**
     * Credit lines under the headline, as scrapers print them (a backslash separates the page's lines
     * here): the authors they name, ";" between them.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', value = {
        // pieces the markup glued: a time ago, a handle, a role, a slash before the date
        "Tarvek Omundsen2 minutes ago#Tarvek Omundsen",
        "Tarvek Omundsen|Published 4 months ago#Tarvek Omundsen",
        "Tarvek Omundsen@tomundsen#Tarvek Omundsen",
        "by Tarvek Omundsen @tomundsen November 29, 2016: 3:42 PM ET#Tarvek Omundsen",
        "By\\Tarvek OmundsenNews Reporter#Tarvek Omundsen",
        // co-authors a name a line under a lone "By"; a heading ends them
        "By\\Tarvek OmundsenNews Reporter\\Ilse Varga\\Updated 20:49, 5 Aug 2024#Tarvek Omundsen;Ilse Varga",
        "By\\Tarvek Omundsen\\Commuters Speak Out#Tarvek Omundsen",
        // the story says "will"; "Will" opens a given name
        "Will Osgood/November 18, 2016#Will Osgood",
        // the date's time before "by"; the rest of a line once its labelled stamp is split off
        "August 12, 2025 at 10:00 am by Tarvek Omundsen#Tarvek Omundsen",
        "Posted on October 30, 2012, 7:23 am, by Tarvek Omundsen, under Riverton.#Tarvek Omundsen",
        // the stamp's clock before its date
        "Tarvek Omundsen Published 10:19am 19 December 2025#Tarvek Omundsen",
        "Tarvek Omundsen 7:05 PM, December 19, 2025#Tarvek Omundsen",
        // first names alone, one of them a given name
        "Written By Ilse and Peter#Ilse;Peter",
        // a name line with a section or an outlet glued to it
        "Tarvek OmundsenStaff\\April 28, 2019#Tarvek Omundsen",
        "Tarvek OmundsenThe Riverton Times\\April 28, 2019#Tarvek Omundsen",
    })
    void creditLinesUnderTheHeadlineNameTheAuthors(String lines, String authors) {
        String page = "Home\nRiverton council votes to close Mill River bridge for repairs\n"
                + lines.replace("\\", "\n") + "\n" + STORY;
        assertThat(ArticleParser.parse(page).authors()).containsExactly(authors.split(";"));
    }

    @Test
    void aNameAboveItsRoleIsTheAuthor() {
        String page = "Home\nRiverton council votes to close Mill River bridge for repairs\nListen\nShare\nPrint\n"
                + "Tarvek Omundsen\nContent Editor\n" + STORY;
        assertThat(ArticleParser.parse(page).authors()).containsExactly("Tarvek Omundsen");
    }

    @Test
    void aNameBesideAReadingTimeIsTheAuthor() {
        String page = "Home\nRiverton council votes to close Mill River bridge for repairs\nListen\nShare\nPrint\n"
                + "Tarvek Omundsen\nJun 9\n5 min read\n" + STORY;
        assertThat(ArticleParser.parse(page).authors()).containsExactly("Tarvek Omundsen");
    }

    @Test
    void aUserNameAfterByOnADatedLineIsTheAuthor() {
        String page = "Home\nRiverton council votes to close Mill River bridge for repairs\n"
                + "Posted on July 1, 2024 by riverwatcher\n" + STORY;
        assertThat(ArticleParser.parse(page).authors()).containsExactly("riverwatcher");
    }

    @Test
    void aCapitalisedByAfterTheDateOpensTheByline() {
        String page = "Home\nRiverton council votes to close Mill River bridge for repairs\n"
                + "August 12, 2025 By The Riverton Team\n" + STORY;
        assertThat(ArticleParser.parse(page).authors()).containsExactly("The Riverton Team");
        String category = "Home\nRiverton council votes to close Mill River bridge for repairs\n"
                + "May 18, 2023 By Tarvek Omundsen In\nLocal News\n" + STORY;
        assertThat(ArticleParser.parse(category).authors()).containsExactly("Tarvek Omundsen");
    }

    @Test
    void aDatedCreditNamesItsAuthorBeforeTheSectionOrTheGroupHeWritesFor() {
        String section = "Home\nRiverton council votes to close Mill River bridge for repairs\n"
                + "Dec 26, 2025 \u2022 Dana Reyes in Local Government\n" + STORY;
        assertThat(ArticleParser.parse(section).authors()).containsExactly("Dana Reyes");
        String behalf = "Home\nRiverton council votes to close Mill River bridge for repairs\n"
                + "Dec. 19, 2025 \u00b7 Dana Reyes on behalf of the Bridge Survey team\n" + STORY;
        assertThat(ArticleParser.parse(behalf).authors()).containsExactly("Dana Reyes");
        // a longer phrase after "in" is no section: the piece names nobody
        String sentence = "Home\nRiverton council votes to close Mill River bridge for repairs\n"
                + "Dec 26, 2025 \u2022 Dana Reyes in the town hall with the whole council\n" + STORY;
        assertThat(ArticleParser.parse(sentence).authors()).isEmpty();
    }

    @Test
    void oneNameRightAboveTheDateSignsABlogPost() {
        String page = "Home\nRiverton council votes to close Mill River bridge for repairs\nTarvek\n2 days ago\n" + STORY;
        assertThat(ArticleParser.parse(page).authors()).containsExactly("Tarvek");
        String handle = "Home\nRiverton council votes to close Mill River bridge for repairs\nriverwatcher\nMarch 4, 2025\n" + STORY;
        assertThat(ArticleParser.parse(handle).authors()).containsExactly("riverwatcher");
    }

    @Test
    void aSectionOrAWordOfTheStoryAboveTheDateSignsNothing() {
        String section = "Home\nRiverton council votes to close Mill River bridge for repairs\nPolitics\nMarch 4, 2025\n" + STORY;
        assertThat(ArticleParser.parse(section).authors()).isEmpty();
        String word = "Home\nRiverton council votes to close Mill River bridge for repairs\nRepairs\nMarch 4, 2025\n" + STORY;
        assertThat(ArticleParser.parse(word).authors()).isEmpty();
    }

    /** Seventy different lines of story, so that a line after them is far from the headline. */
    private static String longStory() {
        StringBuilder b = new StringBuilder();
        for (int i = 1; i <= 70; i++) {
            b.append("Part ").append(i).append(" of the plan moves the detour signs another block along the river road, "
                    + "the town engineer said in the council's weekly update.\n");
        }
        return b.toString();
    }

    @Test
    void thePagesOneStampDatesItWhereverItIs() {
        String page = "Home\nRiverton council votes to close Mill River bridge for repairs\n" + STORY + longStory()
                + "July 10, 2004 · 6 Comments\nShare\n";
        assertThat(ArticleParser.parse(page).published()).map(d -> d.date().toString()).contains("2004-07-10");
    }

    @Test
    void updateStampsBesideThePostedStampDoNotHideIt() {
        String page = "Home\nRiverton council votes to close Mill River bridge for repairs\n" + STORY + longStory()
                + "Updated November 23, 2013\nUpdated September 26, 2011\nPosted July 10, 2004\n";
        assertThat(ArticleParser.parse(page).published()).map(d -> d.date().toString()).contains("2004-07-10");
        String onlyUpdates = "Home\nRiverton council votes to close Mill River bridge for repairs\n" + STORY + longStory()
                + "Updated November 23, 2013\n";
        assertThat(ArticleParser.parse(onlyUpdates).published()).map(d -> d.date().toString()).contains("2013-11-23");
    }

    @Test
    void aStampPrintedTwiceBesideACreditIsNoCaptionAndDatesThePage() {
        String page = "Menu\nNews\nRiverton council votes to close Mill River bridge for repairs\n"
                + "Photo: Sam Ortiz\nAugust 11, 2025 · 12 minute read\nShare\n"
                + "Photo: Sam Ortiz\nAugust 11, 2025 · 12 minute read\nShare\n" + STORY
                + "Related\nSchool board picks a new superintendent\nMarch 2, 2026 · 6 minute read\n"
                + "Library opens on Sundays\nFebruary 2, 2026 · 4 minute read\n";
        Article a = ArticleParser.parse(page);
        assertThat(a.captions()).noneMatch(c -> c.text().contains("2025"));
        assertThat(a.published()).map(d -> d.date().toString()).contains("2025-08-11");
    }

    @Test
    void aStoryOfOneSentencePerLineStartsWhereTheSentencesDo() {
        StringBuilder story = new StringBuilder();
        for (String s : new String[] {"The bridge is closed.", "Drivers must go around it now.",
                "The detour adds ten minutes at rush hour.", "Inspectors found cracks in two steel beams.",
                "Repairs will take six months.", "The state pays for most of it.",
                "The council voted on Tuesday to close it.", "Nobody spoke against the plan.",
                "Shops on Mill Street fear a slow summer.", "The town will post signs on every road in."}) {
            story.append(s).append('\n');
        }
        String page = "Home\nNews\nThe Mill River Bridge Closure\nDana Reyes\nDec 19, 2025\n" + story
                + "Dana Reyes writes about roads and bridges for the Riverton Daily and has covered the county's "
                + "public works for more than a decade, from the new ring road to the long fight over the dam.\n";
        assertThat(headline(page)).isEqualTo("The Mill River Bridge Closure");
    }

    @Test
    void stampsThatDisagreeOrALinksPathDateNothing() {
        String two = "Home\nRiverton council votes to close Mill River bridge for repairs\n" + STORY + longStory()
                + "July 10, 2004 · 6 Comments\nOther story\nJuly 12, 2004 · 2 Comments\n";
        assertThat(ArticleParser.parse(two).published()).isEmpty();
        String link = "Home\nRiverton council votes to close Mill River bridge for repairs\n" + STORY + longStory()
                + "https://example.com/2015/03/24/bridge-report\n";
        assertThat(ArticleParser.parse(link).published()).isEmpty();
    }

    @Test
    void aStampLineFarBelowTheHeaderYieldsToTheBylinesDate() {
        String page = "Home\nRiverton council votes to close Mill River bridge for repairs\nBy Dana Reyes • 20 Dec 2025\n"
                + STORY + longStory() + "Most read\nSchool board names a superintendent\nPublished on May 02, 2024 07:44 PM\n";
        assertThat(ArticleParser.parse(page).published()).map(d -> d.date().toString()).contains("2025-12-20");
        // a sentence saying when the article first ran is about this article, wherever it stands
        String note = "Home\nRiverton council votes to close Mill River bridge for repairs\nBy Dana Reyes • 20 Dec 2025\n"
                + STORY + longStory() + "This article was originally published on 3 Sep 2019 and has been updated since.\n";
        assertThat(ArticleParser.parse(note).published()).map(d -> d.date().toString()).contains("2019-09-03");
    }

    @Test
    void aPublishedStampAmongTheDatesOfCommentsDatesThePage() {
        String page = "Home\nRiverton council votes to close Mill River bridge for repairs\n" + STORY + longStory()
                + "Published on November 5, 2025\nComments\nDana Reyes\nNovember 9, 2025 at 6:12 pm\n"
                + "Great news for the town.\nSam Ortiz\nNovember 12, 2025 at 9:40 am\nAbout time they fixed it.\n";
        assertThat(ArticleParser.parse(page).published()).map(d -> d.date().toString()).contains("2025-11-05");
        String twoPublished = page + "Published on November 7, 2025\n";
        assertThat(ArticleParser.parse(twoPublished).published()).isEmpty();
    }

    @Test
    void aCreditLineSplitBySlashesNamesTheAuthor() {
        String page = "Home\nRiverton council votes to close Mill River bridge for repairs\n"
                + "Tarvek Omundsen / RIVERTON.EXAMPLE / Apr 16, 2026, 14:04 IST\n" + STORY;
        assertThat(ArticleParser.parse(page).authors()).containsExactly("Tarvek Omundsen");
    }

    @Test
    void aUserNameAloneAfterByUnderTheHeadlineIsTheAuthor() {
        String page = "Home\nRiverton council votes to close Mill River bridge for repairs\nby riverwatcher\n" + STORY;
        assertThat(ArticleParser.parse(page).authors()).containsExactly("riverwatcher");
        String menu = "Home\nRiverton council votes to close Mill River bridge for repairs\nby category\n" + STORY
                + "Browse the archive by category or by date.\n";
        assertThat(ArticleParser.parse(menu).authors()).isEmpty();
    }

    @Test
    void creditLinesBesideANameAreReadingTimesTimesAgoAndDaysWithoutYear() {
        for (String yes : new String[] {"5 min read", "2 days ago", "3 hours ago", "Jun 9", "June 19", "Reading time: 4 minutes"}) {
            assertThat(StructureFinder.isCreditShaped(yes, yes.split(" ").length)).as(yes).isTrue();
        }
        for (String no : new String[] {"Politics", "June", "Jun 9 was a Monday", "A long time ago", "Top 10 picks", ""}) {
            assertThat(StructureFinder.isCreditShaped(no, no.isEmpty() ? 0 : no.split(" ").length)).as(no).isFalse();
        }
    }

    @Test
    void aPagesOwnNavigationLabelIsNeverTheHeadline() {
        for (String label : new String[] {"In this section", "On this page", "Back to posts"}) {
            String page = "Home\nTopics\nRiver bridges\n" + label + "\nOverview\n" + STORY;
            Article a = ArticleParser.parse(page);
            assertThat(a.headline()).as(label).isNotEqualTo(java.util.Optional.of(label));
            assertThat(a.blocks()).as(label).anyMatch(b -> b.category().filter(c -> c == io.github.newsparse.BoilerplateCategory.NAVIGATION).isPresent()
                    && a.text().substring(b.span().start(), b.span().end()).equals(label));
        }
    }

    @Test
    void theHeadersOneDatedCreditNamesTheAuthorWhereverTheHeadlineIs() {
        String page = "Shop\nCourses\nLogin\nStart here\nPublished August 7, 2023 by Tarvek Omundsen\n"
                + "Riverton bridge repairs vs. a new bridge\nFiled Under:\nbridges\nroads\ncouncil\nriver towns\ntraffic\n"
                + "Share This Post\nWhat Is the Repair Plan?\n" + STORY;
        assertThat(ArticleParser.parse(page).authors()).containsExactly("Tarvek Omundsen");
    }

    @Test
    void aTeamRightUnderTheHeadlineSignsIt() {
        String page = "Home\nBack to blog\nRiverton council votes to close Mill River bridge for repairs\nRiverton Staff\n" + STORY;
        assertThat(ArticleParser.parse(page).authors()).containsExactly("Riverton Staff");
    }

    @Test
    void aRoleGluedToTheNameBesideTheDateIsCutOff() {
        String page = "Home\nMarch 4, 2025\nRiverton council votes to close Mill River bridge for repairs\n"
                + "Tarvek OmundsenFounder at Riverton Works\nShare\n" + STORY;
        assertThat(ArticleParser.parse(page).authors()).containsExactly("Tarvek Omundsen");
    }

    @Test
    void whereAPostIsFiledIsNoPartOfItsAuthorAndAHeadingAfterIsNoSecondAuthor() {
        String page = "Home\nRiverton council votes to close Mill River bridge for repairs\nTarvek Omundsen in roads\n"
                + "Dec 10\nCautionary Tale\n" + STORY;
        assertThat(ArticleParser.parse(page).authors()).containsExactly("Tarvek Omundsen");
    }

    @Test
    void aDeskBetweenSlashesOnTheDatedCreditSigns() {
        String page = "Home\nRiverton council votes to close Mill River bridge for repairs\n"
                + "Riverton Metro Desk / riverton.example / Updated: Dec 17, 2025, 21:47 IST\n" + STORY;
        assertThat(ArticleParser.parse(page).authors()).containsExactly("Riverton Metro Desk");
    }

    @Test
    void aLinkBackToThePreviousPostIsNoHeadline() {
        String page = "Blog\n\u00ab The Old Mill Bridge Reopens After Three Years Of Repairs | Main\n"
                + "Council votes to close Mill River bridge\n" + STORY;
        assertThat(ArticleParser.parse(page).headline()).contains("Council votes to close Mill River bridge");
        assertThat(HeadlineFinder.isBackLink("\u00ab Back to Story")).isTrue();
        // a French quotation opens with the same mark and closes it
        assertThat(HeadlineFinder.isBackLink("\u00ab D\u00e9saccord total \u00bb")).isFalse();
    }
}
