package io.github.newsparse.internal.boilerplate;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.newsparse.ArticleParser;
import io.github.newsparse.Paragraph;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** A page saying its story goes on after a box inserted into it. */
class ContinuationMarkTest {

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"This advertisement has not loaded yet, but your article continues below.",
        "Story continues below advertisement", "Continue reading below", "Article continues after this ad"})
    void aLineSayingTheStoryGoesOnIsAMark(String line) {
        assertThat(ContinuationMark.says(line)).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"Trending", "Read more below the fold", "The council said the work continues below the"
        + " bridge, where the river is shallow enough for the machines, and will last until the end of the summer"
        + " season, when the water rises again."})
    void otherLinesAreNone(String line) {
        assertThat(ContinuationMark.says(line)).isFalse();
    }

    @Test
    void aBoxWithAClosingHeadingInsideTheStoryDoesNotEndIt() {
        String p = "The council met on Tuesday to weigh the budget for next year, which adds money for parks, roads"
                + " and the library, and cuts the sum set aside for new police cars by a fifth. ";
        String page = "Home\nNews\nCouncil weighs the budget\nBy Jane Roe\n" + p + "\n" + p.replace("Tuesday", "Monday")
                + "\n" + p.replace("Tuesday", "Friday") + "\n" + p.replace("Tuesday", "Saturday")
                + "\nTrending\nMayor opens the new bridge\nCity\nSchools close early for the heat\nCity\n"
                + "Advertisement\nThis advertisement has not loaded yet, but your article continues below.\n"
                + "Members argued for hours about the size of the police budget and whether the library should open on"
                + " Sundays again, as it did before the cuts of three years ago.\n"
                + "The vote is expected next month after a public hearing at city hall, where residents can speak for"
                + " three minutes each.\n" + p.replace("Tuesday", "Wednesday") + "\n" + p.replace("Tuesday", "Thursday")
                + "\nShare this article\n";
        assertThat(ArticleParser.parse(page).paragraphs()).extracting(Paragraph::text)
                .anyMatch(t -> t.startsWith("The council met on Tuesday"))
                .anyMatch(t -> t.startsWith("Members argued for hours"))
                .noneMatch(t -> t.startsWith("Mayor opens"));
    }
}
