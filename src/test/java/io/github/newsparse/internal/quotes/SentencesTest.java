package io.github.newsparse.internal.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.newsparse.RandomText;
import java.util.Random;
import org.junit.jupiter.api.Test;

class SentencesTest {

    private static java.util.List<String> sentences(String p) {
        return Sentences.split(p).stream().map(s -> p.substring(s[0], s[1])).toList();
    }

    @Test
    void aFullStopGluedToTheNextSentenceEndsItsSentence() {
        assertThat(sentences("The rule covers government employees.The couple had three children."))
                .containsExactly("The rule covers government employees.", "The couple had three children.");
        assertThat(sentences("It was a loss.It’s over now.")).containsExactly("It was a loss.", "It’s over now.");
        // dotted names in code, a domain, initials and titles stay inside their sentence
        assertThat(sentences("Call os.ReadFile(path) and wait.")).hasSize(1);
        assertThat(sentences("Wait 25*time.Millisecond for it.")).hasSize(1);
        assertThat(sentences("Buy it at Amazon.Com today.")).hasSize(1);
        assertThat(sentences("He met Mr.Smith in the U.S.Army office.")).hasSize(1);
    }

    @Test
    void countIsTheNumberOfWordsListed() {
        assertThat(Sentences.count("He said it was over.", 0, 20)).isEqualTo(5);
        assertThat(Sentences.count("He said it", 3, 3)).isZero();
        assertThat(Sentences.count("He said it", 5, 3)).isZero();
        char[] alphabet = {' ', ' ', 'a', '.', '“'};
        Random r = new Random(9);
        for (int k = 0; k < 5_000; k++) {
            String s = RandomText.of(r, alphabet, 0, 14);
            int from = s.isEmpty() ? 0 : r.nextInt(s.length());
            int to = from + (s.length() == from ? 0 : r.nextInt(s.length() - from + 1));
            assertThat(Sentences.count(s, from, to)).as("[%s] %d-%d", s, from, to)
                    .isEqualTo(Sentences.words(s, from, to).size());
        }
    }

    @Test
    void aWordIsLookedUpAsItsBareLowerCaseForm() {
        java.util.Set<String> words = java.util.Set.of("said", "says", "i̇said", "café", "x");
        io.github.newsparse.internal.text.CharTable table = io.github.newsparse.internal.text.CharTable.of(words);
        char[] alphabet = {'s', 'a', 'i', 'd', 'S', 'A', 'I', 'D', 'y', 'x', 'X', '“', '”', '"', ',', '.', '(', 'İ',
            'é', 'É', 'c', 'f', '\u0307', '’'};
        Random r = new Random(13);
        for (int k = 0; k < 50_000; k++) {
            String c = RandomText.of(r, alphabet, 1, 8);
            String w = k % 4 == 0 ? "“Said," : k % 4 == 1 ? "(" + c + ")" : c;
            String p = "ab " + w + " cd";
            boolean bareOfLower = words.contains(Sentences.bare(w.toLowerCase(java.util.Locale.ROOT)));
            boolean lowerOfBare = words.contains(Sentences.bare(w).toLowerCase(java.util.Locale.ROOT));
            assertThat(Sentences.bareLowerIn(table, p, 3, 3 + w.length())).as(w).isEqualTo(bareOfLower);
            if (bareOfLower || lowerOfBare) {
                assertThat(Sentences.bareLowerMayBeIn(table, p, 3, 3 + w.length())).as(w).isTrue();
            }
        }
    }

    @Test
    void aCueIsACueInAnyCase() {
        for (String cue : QuoteLexicon.CUES) {
            assertThat(QuoteLexicon.isCue(cue)).as(cue).isTrue();
            assertThat(QuoteLexicon.isCue(cue.toUpperCase(java.util.Locale.ROOT))).as(cue).isTrue();
        }
        assertThat(QuoteLexicon.isCue("SAID")).isTrue();
        assertThat(QuoteLexicon.isCue("declared")).isTrue();
        assertThat(QuoteLexicon.isCue("table")).isFalse();
        assertThat(QuoteLexicon.isCue("")).isFalse();
    }

    @Test
    void anInitialismEndsASentenceBeforeAPronounButNotBeforeAName() {
        String p = "Cox says the plan helps the U.S. He says it is fair. The U.S. Senate voted at 9 a.m. The mayor left.";
        java.util.List<String> sentences = new java.util.ArrayList<>();
        for (int[] s : Sentences.split(p)) {
            sentences.add(p.substring(s[0], s[1]).strip());
        }
        assertThat(sentences).containsExactly("Cox says the plan helps the U.S.", "He says it is fair.",
                "The U.S. Senate voted at 9 a.m.", "The mayor left.");
    }

    @Test
    void noIsANumberOnlyBeforeOneAndAParagraphsLastStopEndsItsSentence() {
        // "no." ran on into the next sentence, as the abbreviation of "number"
        assertThat(sentences("He shook his head no. Then he left the room.")).containsExactly("He shook his head no.",
                "Then he left the room.");
        assertThat(sentences("The team ranked No. 5 in the state.")).hasSize(1);
        // an abbreviation that ends the paragraph ends its sentence: nothing follows it
        assertThat(Sentences.isEnd("She works for Acme Inc.", 22)).isTrue();
        assertThat(Sentences.isEnd("She works for Acme Inc. in Ohio.", 22)).isFalse();
    }
}
