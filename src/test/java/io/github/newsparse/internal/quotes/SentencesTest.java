package io.github.newsparse.internal.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

class SentencesTest {

    @Test
    void countIsTheNumberOfWordsListed() {
        assertThat(Sentences.count("He said it was over.", 0, 20)).isEqualTo(5);
        assertThat(Sentences.count("He said it", 3, 3)).isZero();
        assertThat(Sentences.count("He said it", 5, 3)).isZero();
        char[] alphabet = {' ', ' ', 'a', '.', '“'};
        Random r = new Random(9);
        for (int k = 0; k < 5_000; k++) {
            char[] c = new char[r.nextInt(14)];
            for (int i = 0; i < c.length; i++) {
                c[i] = alphabet[r.nextInt(alphabet.length)];
            }
            String s = new String(c);
            int from = s.isEmpty() ? 0 : r.nextInt(s.length());
            int to = from + (s.length() == from ? 0 : r.nextInt(s.length() - from + 1));
            assertThat(Sentences.count(s, from, to)).as("[%s] %d-%d", s, from, to)
                    .isEqualTo(Sentences.words(s, from, to).size());
        }
    }
}
