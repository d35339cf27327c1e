package io.github.newsparse.internal.boilerplate;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.newsparse.Article;
import io.github.newsparse.ArticleParser;
import io.github.newsparse.Paragraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Where a story starts: after its headline, found under its breadcrumb trail. */
class TitleAnchorTest {

    private static String[][] words(String[] texts) {
        String[][] w = new String[texts.length][];
        for (int i = 0; i < texts.length; i++) {
            w[i] = Folding.words(Folding.fold(texts[i]), Lexicon.standard().vocabulary());
        }
        return w;
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Home / Positioning your startup",
        "Home › News › Positioning your startup",
        "Main page » Blog » Positioning your startup",
    })
    void aHeadlineUnderItsBreadcrumbIsFound(String crumb) {
        String[] texts = {"Menu", crumb, "Positioning your startup", "Posted on July 20, 2012"};
        assertThat(TitleAnchor.afterCrumbedTitle(texts, words(texts))).isEqualTo(3);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        // a section name, a headline that is no crumb's end, a trail whose first crumb is a sentence
        "Home / News|News",
        "Home / Positioning your startup|Positioning your company",
        "We talked to many founders about / Positioning your startup|Positioning your startup",
    })
    void noBreadcrumbNoHeadline(String crumb, String title) {
        String[] texts = {"Menu", crumb, title, "Posted on July 20, 2012"};
        assertThat(TitleAnchor.afterCrumbedTitle(texts, words(texts))).isEqualTo(-1);
    }

    @Test
    void gluedMenuEntriesAboveTheCrumbedHeadlineAreNoStory() {
        String menu = "AboutJane Roe is the author of three books about small firms, hosts a weekly show for founders and"
                + " writes about the first year of a business, when money and time are short for everyone.";
        String page = "Home\nPodcast\nBlog\n" + menu + "\nHome / Positioning your startup\nPositioning your startup\n"
                + "Posted by Jane Roe\n"
                + "This week's show is about positioning: how a young company finds the few customers who need it most,"
                + " and what it says to them before it says anything to anyone else.\n"
                + "We talked to two founders who changed their pitch three times in a year, and both said that the"
                + " third version was the one that finally made their first customers call them back.\n"
                + "Share this\n";
        Article a = ArticleParser.parse(page);
        assertThat(a.paragraphs()).extracting(Paragraph::text)
                .anyMatch(t -> t.startsWith("This week's show"))
                .noneMatch(t -> t.startsWith("AboutJane Roe"));
    }

    @Test
    void aBlockPrintedAgainIsNoTitle() {
        // a newsletter box opens the page and comes again below the story: not a title over its story
        String box = "SUBSCRIBE TO OUR NEWSLETTER\nThe morning briefing, every day.\n"
                + "I have read the privacy policy and accept it.\n";
        String page = box + "Home\nNews\nCouncil weighs a new budget for the year\n"
                + "The city council met on Tuesday to discuss the new budget for the coming year, with money for parks.\n"
                + "Members argued for hours about the size of the police budget and whether the library should open.\n"
                + "The vote is expected next month after a public hearing at city hall, where residents can speak.\n"
                + box + "Latest news\n";
        String[] texts = page.split("\n");
        assertThat(TitleAnchor.storyStart(texts, new boolean[texts.length], words(texts))).isEqualTo(-1);
        assertThat(ArticleParser.parse(page).paragraphs()).extracting(Paragraph::text)
                .anyMatch(t -> t.startsWith("The city council met"));
    }

    @Test
    void theTitleRepeatedOverItsStoryStartsIt() {
        String page = "Council weighs a new budget - City Times\nHome\nNews\nCouncil weighs a new budget\n"
                + "The city council met on Tuesday to discuss the new budget for the coming year, with money for parks.\n"
                + "Members argued for hours.\n";
        String[] texts = page.split("\n");
        assertThat(TitleAnchor.storyStart(texts, new boolean[texts.length], words(texts))).isEqualTo(4);
    }
}
