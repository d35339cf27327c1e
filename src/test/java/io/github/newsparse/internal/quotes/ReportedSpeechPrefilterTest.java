package io.github.newsparse.internal.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The one-pass test that lets a sentence skip the shapes of reported speech. */
class ReportedSpeechPrefilterTest {

    private static boolean may(String s) {
        return ReportedSpeech.mayAttribute(s, 0, s.length());
    }

    @Test
    void aSentenceWithoutATriggerSkipsTheShapes() {
        String s = "The council met on Tuesday evening in the old town hall.";
        assertThat(may(s)).isFalse();
        assertThat(ReportedSpeech.findAll(s, 0, s.length())).isEmpty();
    }

    @Test
    void everyKindOfTriggerLetsTheSentenceThrough() {
        assertThat(may("The mayor said the plan would work.")).isTrue();
        assertThat(may("The plan would work, the mayor SAID.")).isTrue();
        assertThat(may("The driver was not hurt, according to police.")).isTrue();
        assertThat(may("Officials expect rates to rise next year.")).isTrue();
        assertThat(may("Jeb Bush called Trump “unhinged.”")).isTrue();
        assertThat(may("Asked whether she would run, the senator smiled.")).isTrue();
        assertThat(may("Trump: Clinton should have congratulated me")).isTrue();
        assertThat(may("He apologized for the columns, saying they were old.")).isTrue();
    }

    @Test
    void aHeadlineColonCountsOnlyAtTheParagraphStart() {
        String p = "First sentence here. Trump: Clinton should have congratulated me";
        assertThat(ReportedSpeech.mayAttribute(p, 21, p.length())).isFalse();
    }

    @Test
    void whatPassesIsFoundAsBefore() {
        String s = "Hartford police said the man headed down an alley.";
        assertThat(ReportedSpeech.findAll(s, 0, s.length())).hasSize(1);
    }

    private static boolean cue(String s) {
        return ReportedSpeech.hasCue(s, 0, s.length());
    }

    @Test
    void aCueWordIsSeenWhateverItsCaseAndPunctuation() {
        assertThat(cue("The water is safe, the director said.")).isTrue();
        assertThat(cue("The water is safe, the director SAID.")).isTrue();
        assertThat(cue("“The water is safe,” Said the director")).isTrue();
        assertThat(cue("If the law conflicts, Rubio declared, Christians must obey.")).isTrue();
        assertThat(cue("The plan works, el alcalde dijo.")).isTrue();
        assertThat(cue("Officials expect rates to rise next year.")).isFalse();
        assertThat(cue("The council met on Tuesday evening.")).isFalse();
    }

    @Test
    void aSentenceWithoutACueStillFindsTheVerbShape() {
        String s = "Officials expect rates to rise next year.";
        assertThat(ReportedSpeech.findAll(s, 0, s.length())).hasSize(1);
    }
}
