package io.github.newsparse.internal.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class WordCountsTest {

    @Test
    void countsRangesOfStringsAsWords() {
        WordCounts c = new WordCounts();
        String a = "the cat and the hat";
        c.add(a, 0, 3);
        c.add(a, 4, 7);
        c.add(a, 12, 15);
        c.add("theme", 0, 3);
        assertThat(c.count("the")).isEqualTo(3);
        assertThat(c.count("cat")).isEqualTo(1);
        assertThat(c.count("hat")).isZero();
        assertThat(c.count("th")).isZero();
        assertThat(c.count("")).isZero();
        assertThat(c.contains("cat")).isTrue();
        assertThat(c.size()).isEqualTo(2);
    }

    @Test
    void agreesWithAHashMapPastManyGrowths() {
        Random r = new Random(7);
        WordCounts c = new WordCounts();
        Map<String, Integer> expected = new HashMap<>();
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 20_000; i++) {
            text.append((char) ('a' + r.nextInt(6)));
        }
        String s = text.toString();
        for (int i = 0; i < 30_000; i++) {
            int from = r.nextInt(s.length() - 8);
            int to = from + r.nextInt(8);
            c.add(s, from, to);
            expected.merge(s.substring(from, to), 1, Integer::sum);
        }
        assertThat(c.size()).isEqualTo(expected.size());
        expected.forEach((w, n) -> assertThat(c.count(w)).as(w).isEqualTo(n));
        assertThat(c.count("zzz")).isZero();
    }
}
