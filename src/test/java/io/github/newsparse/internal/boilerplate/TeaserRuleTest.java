package io.github.newsparse.internal.boilerplate;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Teasers of other stories as link lists print them: a headline glued to its summary. */
class TeaserRuleTest {

    private static final String HEADLINE = "Council Weighs A New Budget For The Year";

    @Test
    void aHeadlineGluedToItsSummaryIsATeaser() {
        assertThat(TeaserRule.matches(HEADLINE + "The city council met on Tuesday to discuss the budget.")).isTrue();
        assertThat(TeaserRule.matches("The city council met on Tuesday to discuss the budget.")).isFalse();
    }

    @Test
    void aWholeStoryGluedToItsHeadlineIsNoTeaser() {
        // a newsletter's post flattened into one line: the story itself, hundreds of words long
        String sentence = "The city council met on Tuesday to discuss the new budget for the coming year. ";
        String story = HEADLINE + "Guest post by Jane Roe. " + sentence.repeat(12);
        assertThat(TeaserRule.matches(story)).isFalse();
        assertThat(TeaserRule.matches(HEADLINE + "Guest post by Jane Roe. " + sentence.repeat(6))).isTrue();
    }
}
