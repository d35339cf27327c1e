package io.github.newsparse.internal.boilerplate;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.newsparse.Article;
import io.github.newsparse.ArticleParser;
import io.github.newsparse.Block;
import io.github.newsparse.BoilerplateCategory;
import io.github.newsparse.Paragraph;
import org.junit.jupiter.api.Test;

/** Comment threads after the story, on invented pages. */
class CommentThreadTest {

    private static final String MENU = "Home\nNews\nSports\nWeather\nContact\nSubscribe\nSearch\n";
    private static final String STORY = "The Riverton council voted on Tuesday to close the old bridge over the Mill River "
            + "for six months of repairs, after inspectors found cracks in two of its steel beams last spring.\n"
            + "Drivers will be sent over the Elm Street bridge, which the town widened in 2019, and the council said "
            + "the detour would add about ten minutes to a crossing at rush hour for most commuters.\n"
            + "Repairs are expected to cost $4.2 million, most of it paid by a state grant for ageing bridges "
            + "that the legislature approved last year after a long debate over rural roads.\n";

    private static String categoryOf(Article a, String input, String line) {
        int at = input.indexOf(line);
        Block b = a.blocks().stream().filter(x -> x.span().start() <= at && at < x.span().end()).findFirst().orElseThrow();
        return b.category().map(BoilerplateCategory::label).orElse(b.role().name());
    }

    @Test
    void aThreadWithRepliesAfterTheStoryIsComments() {
        String comment = "I drive over that bridge every morning and I am glad someone finally looked at it properly.";
        String page = MENU + STORY + "3 comments\n"
                + "Sam Ortiz March 4, 2025 at 3:56 pm\n" + comment + "\nReply\n"
                + "Lee Park March 4, 2025 at 5:10 pm\nTen minutes is optimistic, it will be twenty at least.\nReply\n"
                + "Ana Silva March 5, 2025 at 8:02 am\nAbout time. The cracks were visible from the river path.\nReply\n";
        Article a = ArticleParser.parse(page);
        assertThat(categoryOf(a, page, comment)).isEqualTo("comments");
        assertThat(a.paragraphs()).extracting(Paragraph::text).noneMatch(t -> t.equals(comment));
        assertThat(a.paragraphs()).extracting(Paragraph::text).anyMatch(t -> t.startsWith("The Riverton council voted"));
    }

    @Test
    void aCountThatOpensItsHeadingAndLoginToReplyLinksMarkAThread() {
        String comment = "I drive over that bridge every morning and I am glad someone finally looked at it properly.";
        String page = MENU + STORY + "3 Comments on “Council closes the old bridge over the Mill River for repairs”\n"
                + "samortiz\nMarch 4, 2025 at 3:56 pm\n" + comment + "\nLogin to reply\n"
                + "leepark\nMarch 4, 2025 at 5:10 pm\nTen minutes is optimistic, it will be twenty at least.\nLogin to reply\n"
                + "anasilva\nMarch 5, 2025 at 8:02 am\nAbout time. The cracks were visible from the river path.\n";
        Article a = ArticleParser.parse(page);
        assertThat(categoryOf(a, page, comment)).isEqualTo("comments");
        assertThat(a.paragraphs()).extracting(Paragraph::text).noneMatch(t -> t.equals(comment))
                .anyMatch(t -> t.startsWith("The Riverton council voted"));
    }

    @Test
    void replyToThisLinksCarryAThreadOverALongComment() {
        // no count and no names before the dates: the "Reply to This …" links say these are comments;
        // the second comment and the links under it hold the third header more than twelve lines away
        StringBuilder longComment = new StringBuilder();
        for (int k = 1; k <= 9; k++) {
            longComment.append("Point ").append(k).append(": the old span was patched every spring and it never held up.\n");
        }
        String lastComment = "About time. The cracks were visible from the river path for years.";
        String page = MENU + STORY
                + "Cracks and patches (Score:4)\nby samortiz (1234) on Tuesday March 4, @03:56PM\n"
                + "I drive over that bridge every morning and I am glad someone finally looked at it.\nReply to This Share\n"
                + "Re: Cracks and patches (Score:3)\nby leepark (5678) on Tuesday March 4, @05:10PM\n" + longComment
                + "Reply to This Parent Share\ntwitter facebook\nFlag as Inappropriate\n"
                + "Re: Cracks and patches (Score:2)\nby anasilva (9012) on Wednesday March 5, @08:02AM\n" + lastComment
                + "\nReply to This Parent Share\n";
        Article a = ArticleParser.parse(page);
        assertThat(categoryOf(a, page, lastComment)).isEqualTo("comments");
        assertThat(categoryOf(a, page, "Point 7: the old span was patched every spring and it never held up.")).isEqualTo("comments");
        assertThat(a.paragraphs()).extracting(Paragraph::text).anyMatch(t -> t.startsWith("The Riverton council voted"));
    }

    @Test
    void namesOverTheirDatesUnderACountOfThoughtsAreAThread() {
        String comment = "I drive over that bridge every morning and I am glad someone finally looked at it properly.";
        String page = MENU + STORY + "3 thoughts on “Council closes the old bridge”\n"
                + "Sam Ortiz\nMarch 4, 2025 at 3:56 pm\n" + comment + "\n"
                + "Linda Park\nMarch 4, 2025 at 5:10 pm\nTen minutes is optimistic, it will be twenty at least.\n"
                + "Maria Silva\nMarch 5, 2025 at 8:02 am\nAbout time. The cracks were visible from the river path.\n";
        Article a = ArticleParser.parse(page);
        assertThat(categoryOf(a, page, comment)).isEqualTo("comments");
    }

    /** Comments headed by their writers' names alone, who answer each other. */
    private static final String CONVERSATION = "Sam Ortiz\nI drive over that bridge every morning and I am glad it is being fixed.\n"
            + "Linda Park\nTen minutes is optimistic, it will be twenty at least on a school day.\n"
            + "Sam Ortiz\nTwenty if the lights on Elm Street work, which they did not last week.\n"
            + "Maria Silva\nAbout time. The cracks were visible from the river path for two years.\n"
            + "Linda Park\nMaria, did you report them? The town has a form for exactly that kind of thing.\n"
            + "Maria Silva\nI did, twice, and nobody wrote back until the inspectors finally came.\n";

    @Test
    void namesAloneOverRepliesAreAThread() {
        String page = MENU + STORY + "Leave a reply\n" + CONVERSATION;
        Article a = ArticleParser.parse(page);
        assertThat(categoryOf(a, page, "Maria, did you report them?")).isEqualTo("comments");
        assertThat(a.paragraphs()).extracting(Paragraph::text).anyMatch(t -> t.startsWith("The Riverton council voted"));
    }

    @Test
    void namesThatNeverRecurAreAStorysRoundUpNotAThread() {
        String roundUp = "We asked six engineers what they would do.\n"
                + "Sam Ortiz\nI would close it at night first and watch how the beams behave without the trucks.\n"
                + "Linda Park\nI would replace the two cracked beams and leave the deck as it is for now.\n"
                + "Maria Silva\nI would build the new bridge now, because patching only buys a few years.\n"
                + "Tom Reyes\nI would ask the state for the full grant before the legislature closes its session.\n"
                + "Anna Lee\nI would publish the inspection report so that drivers know what the risk is.\n"
                + "David Cole\nI would test the steel of the other beams before deciding anything at all.\n";
        String page = MENU + STORY + roundUp;
        Article a = ArticleParser.parse(page);
        assertThat(a.paragraphs()).extracting(Paragraph::text)
                .contains("I would replace the two cracked beams and leave the deck as it is for now.");
    }

    @Test
    void aCountAfterThePostsOwnDateLineStartsTheThread() {
        String comment = "I drive over that bridge every morning and I am glad someone finally looked at it properly.";
        String dateLine = "March 4, 2025 | Tags: bridges, council, Mill River";
        String page = MENU + STORY + dateLine + "\n3 comments to Council closes the old bridge\n"
                + "Sam Ortiz\nMarch 4, 2025 at 3:56 pm\n" + comment + "\n"
                + "Lee Park\nMarch 4, 2025 at 5:10 pm\nTen minutes is optimistic, it will be twenty at least.\n"
                + "Ana Silva\nMarch 5, 2025 at 8:02 am\nAbout time. The cracks were visible from the river path.\n";
        Article a = ArticleParser.parse(page);
        assertThat(categoryOf(a, page, comment)).isEqualTo("comments");
        assertThat(categoryOf(a, page, dateLine)).isNotEqualTo("comments");
        assertThat(a.paragraphs()).extracting(Paragraph::text).noneMatch(t -> t.equals(comment));
    }

    @Test
    void aDatedTimelineInTheStoryStaysInTheBody() {
        String entry = "Engineers closed one lane after finding the first crack in the north beam.";
        String page = MENU + STORY + "How it unfolded\n"
                + "March 4, 2025 at 9:00 am\n" + entry + "\n"
                + "March 9, 2025 at 2:00 pm\nA second crack was found during a night inspection of the span.\n"
                + "March 12, 2025 at 6:30 pm\nThe council called an emergency meeting for the following Tuesday.\n";
        Article a = ArticleParser.parse(page);
        assertThat(a.paragraphs()).extracting(Paragraph::text).contains(entry);
    }

    @Test
    void aShortPostAboveALongThreadIsTheStory() {
        String post = "The Riverton council voted on Tuesday to close the old bridge over the Mill River for six months"
                + " of repairs, after inspectors found cracks in two of its steel beams.";
        String longComment = "I have crossed that bridge twice a day for thirty years, and I can tell you the cracks were"
                + " there long before the inspectors came, because you could hear the deck groan under every truck that"
                + " went over it, and nobody at the town hall wanted to listen to those of us who said so at meetings.";
        StringBuilder page = new StringBuilder(MENU).append("Council closes the old bridge\n")
                .append("By Jo Smith on March 3, 2025 at 9:00 am\n")
                .append(post).append("\nRelated posts:\nBridge inspections begin\nElm Street bridge widened\n")
                .append("Share this\n24 Comments\n");
        String[] names = {"Sam Ortiz", "Lee Park", "Ana Silva", "Raj Patel", "Kim Lee", "Tom Ruiz"};
        for (int i = 0; i < names.length; i++) {
            page.append(names[i]).append(" March ").append(4 + i).append(", 2025 at 3:5").append(i).append(" pm\n");
            page.append(i < 2 ? "Good news at last." : longComment).append("\nReply\n");
        }
        String input = page.toString();
        Article a = ArticleParser.parse(input);
        assertThat(a.paragraphs()).extracting(Paragraph::text).containsExactly(post);
        assertThat(categoryOf(a, input, longComment)).isEqualTo("comments");
    }

    @Test
    void aLiveBlogOfReportedQuotesIsNoThread() {
        String entry = "\"We will fix the bridge before winter comes, whatever it costs the town,\" the mayor said at the"
                + " meeting on Tuesday night.";
        String page = MENU + STORY
                + "Jo Smith March 4, 2025 at 9:02 pm\n" + entry + "\nReply\n"
                + "Sam Ortiz March 4, 2025 at 8:40 pm\n\"The detour will add twenty minutes for most drivers on the"
                + " east side,\" the town engineer told the council.\nReply\n"
                + "Jo Smith March 4, 2025 at 8:15 pm\n\"Nobody wants a bridge that might fall into the river with a"
                + " school bus on it,\" a council member said during the debate.\nReply\n";
        Article a = ArticleParser.parse(page);
        assertThat(a.paragraphs()).extracting(Paragraph::text).contains(entry);
    }
}
