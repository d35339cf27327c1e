package io.github.newsparse.internal.structure;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class HeadlineFinderTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', value = {
        "Home > Blog > Five ways to cut your power bill#Five ways to cut your power bill",
        "Home >Marketing >Seven trends in plumbing this year#Seven trends in plumbing this year",
        "Home · Farm · Six gardening shows to watch#Six gardening shows to watch",
        "Home / Tips & Tools / Book Reviews#Book Reviews",
        "Best Movers / Moving Companies in Ohio#Best Movers / Moving Companies in Ohio",
        "Office of Student Health & Wellness Services > How to Sleep Well Before Exams#How to Sleep Well Before Exams",
        "The Riverton Source > Healthy School Lunches#Healthy School Lunches",
        "Night Owls · Early Birds#Night Owls · Early Birds",
        "Rates rise again as the bank warns of a slow year#Rates rise again as the bank warns of a slow year",
    })
    void breadcrumbsLeaveTheTitle(String line, String title) {
        assertThat(HeadlineFinder.lastCrumb(line)).isEqualTo(title);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"\"... awaiting someone.\u201d", "\u201c\u2026and the bridge held\u201d", "...And Then the Levee Broke"})
    void aFragmentOpeningWithAnEllipsisIsNoTitle(String line) {
        assertThat(HeadlineFinder.isTitleLike(line)).isFalse();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"Berlin Terrorist Shot Dead In Milan By Rookie Police Officer", "Waiting for the flood..."})
    void aTitleMayHoldOrEndWithAnEllipsisOrBy(String line) {
        assertThat(HeadlineFinder.isTitleLike(line)).isTrue();
    }
}
