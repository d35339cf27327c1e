package io.github.newsparse.internal.boilerplate;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.newsparse.Article;
import io.github.newsparse.ArticleParser;
import io.github.newsparse.BlockRole;
import io.github.newsparse.RandomText;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class LexiconTest {

    private static boolean anchored(String regex) {
        return Lexicon.isAnchored(regex, Pattern.compile(regex));
    }

    @Test
    void aSentenceThatNamesAnAgencyIsNoCreditButAPhotosCreditIs() {
        String story = "Levee holds\n\nThe county's levee held through the March storms, engineers said on Monday after"
                + " a week of inspections along the river.\n\n";
        assertThat(roleOf(story, "Ruiz told The Associated Press that the levee would hold.")).isEqualTo(BlockRole.BODY);
        assertThat(roleOf(story, "\"We checked every mile,\" she told The Associated Press on Tuesday."))
                .isEqualTo(BlockRole.BODY);
        assertThat(roleOf(story, "Jane Roe / The Associated Press")).isEqualTo(BlockRole.CREDIT);
    }

    /** The role of {@code line}, the last paragraph after {@code story}. */
    private static BlockRole roleOf(String story, String line) {
        String text = story + line + "\n";
        Article a = ArticleParser.parse(text);
        int at = text.indexOf(line);
        return a.blocks().stream().filter(b -> b.span().start() <= at && at < b.span().end()).findFirst().orElseThrow().role();
    }

    @Test
    void aRegexOpeningWithACaretMatchesOnlyAtTheStart() {
        assertThat(anchored("^\\d+ comments?$")).isTrue();
        assertThat(anchored("^(?:tags|topics|filed under)\\s*:")).isTrue();
        assertThat(anchored("^[a-z|]+ is")).isTrue();
    }

    @Test
    void anAlternativeOrAFlagOutsideTheStartIsScanned() {
        assertThat(anchored("^a|b")).isFalse();
        assertThat(anchored("(?:x)^a")).isFalse();
        assertThat(anchored("^a(?m)b")).isFalse();
        assertThat(anchored("^(?=a)b")).isFalse();
        assertThat(anchored("comments$")).isFalse();
    }

    @Test
    void theLiteralEveryMatchHoldsIsReadAtTheTopLevel() {
        assertThat(Lexicon.requiredLiteral("^[a-z.' -]{3,40} is an? (?:[a-z-]+ ){0,3}(?:reporter|writer)(?: |$)"))
                .isEqualTo(" is a");
        assertThat(Lexicon.requiredLiteral("^\\d+ comments?$")).isEqualTo(" comment");
        assertThat(Lexicon.requiredLiteral("^(?:tags|topics)\\s*:")).isEqualTo(":");
        assertThat(Lexicon.requiredLiteral("^x{2,3}yz")).isEqualTo("yz");
        assertThat(Lexicon.requiredLiteral("^a\\.b")).isEqualTo("a");
        assertThat(Lexicon.requiredLiteral("^(?:facebook|twitter)+$")).isNull();
        assertThat(Lexicon.requiredLiteral("^ab|cd")).isNull();
        assertThat(Lexicon.requiredLiteral("(?i)^abc")).isNull();
        assertThat(Lexicon.requiredLiteral("^[abc]d*")).isNull();
    }

    @Test
    void aLineWithoutTheLiteralNeverMatches() {
        String[] regexes = {"^[a-z.' -]{3,40} is an? (?:[a-z-]+ ){0,3}(?:reporter|writer)(?: |$)",
            "^\\d+ comments?$", "^(?:tags|topics)\\s*:", "^x{2,3}yz", "a+b?c d", "^(?:\\d{1,2}:)?\\d{1,2}:\\d{2}$"};
        char[] alphabet = {'a', 'b', 'c', 'd', 'x', 'y', 'z', ' ', ':', '1', '2', 'i', 's', 'n', 't', 'g'};
        java.util.Random r = new java.util.Random(1);
        for (String regex : regexes) {
            Pattern p = Pattern.compile(regex);
            String literal = Lexicon.requiredLiteral(regex);
            assertThat(literal).as(regex).isNotNull();
            for (int k = 0; k < 20_000; k++) {
                String line = k % 3 == 0 ? RandomText.of(r, alphabet, 0, 12) + literal : RandomText.of(r, alphabet, 0, 12);
                if (p.matcher(line).find()) {
                    assertThat(line).as(regex).contains(literal);
                }
            }
        }
    }

    private static Target match(String line) {
        String folded = Folding.fold(line);
        return Lexicon.standard().match(folded, Folding.words(folded));
    }

    @Test
    void twoDonationWordsMakeAnAppealOnlyInAShortLine() {
        assertThat(match("Tax-deductible donations keep this station on the air.")).isNotNull()
                .extracting(Target::category).isEqualTo(io.github.newsparse.BoilerplateCategory.DONATION);
        // a paragraph of the story about donors and their donations
        assertThat(match("Many of the donations came from donors whose favorite candidates had already left the race, "
                + "according to an analysis of the filings released on Thursday by the election commission.")).isNull();
        // an appeal that speaks to the reader, however long
        assertThat(match("Your donation keeps our newsroom independent, and every gift from readers like you helps us "
                + "cover the stories that matter to this community for another year of reporting.")).isNotNull();
    }

    @Test
    void consentBannerTitlesAndBackLinksAreNamed() {
        assertThat(match("We Care About Your Privacy")).isNotNull()
                .extracting(Target::category).isEqualTo(io.github.newsparse.BoilerplateCategory.CONSENT);
        assertThat(match("Back to posts")).isNotNull()
                .extracting(Target::category).isEqualTo(io.github.newsparse.BoilerplateCategory.NAVIGATION);
        // a title that opens the same way is not a link back
        assertThat(match("Back to school: what parents should buy this year")).isNull();
    }

    @org.junit.jupiter.params.ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.ValueSource(strings = {"« Previous Post", "Next Post »", "« Older Posts",
        "Expand All", "Trackback", "Bookmark to:"})
    void aBlogsPostLinksAndControlsAreNavigation(String line) {
        assertThat(match(line)).isNotNull()
                .extracting(Target::category).isEqualTo(io.github.newsparse.BoilerplateCategory.NAVIGATION);
    }

    @Test
    void aRecentCommentsWidgetIsComments() {
        assertThat(match("Recent Comments")).isNotNull()
                .extracting(Target::category).isEqualTo(io.github.newsparse.BoilerplateCategory.COMMENTS);
        assertThat(match("Showing all comment threads")).isNotNull();
        // a story's control for its own picture stays the story's
        assertThat(match("Enlarge This Image")).isNull();
    }

    @org.junit.jupiter.params.ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.ValueSource(strings = {"Image 1 of 9", "1 of 3", "Slide 12 of 40", "Foto 2 von 12"})
    void aSlideshowCounterIsNavigation(String line) {
        assertThat(match(line)).isNotNull()
                .extracting(Target::category).isEqualTo(io.github.newsparse.BoilerplateCategory.NAVIGATION);
    }

    @org.junit.jupiter.params.ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.ValueSource(strings = {"5/5", "1 of 3 people said the plan would fail",
        "Rated 4 of 5 by readers"})
    void aRatingOrASentenceWithACountIsNoCounter(String line) {
        assertThat(match(line)).isNull();
    }
}
