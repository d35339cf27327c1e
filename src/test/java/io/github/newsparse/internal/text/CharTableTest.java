package io.github.newsparse.internal.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CharTableTest {

    @Test
    void looksWordsUpInABufferAtAnyOffset() {
        CharTable t = new CharTable(Map.of("said", 1, "says", 2));
        char[] buf = "xxsaidsays".toCharArray();
        assertThat(t.get(buf, 2, 4)).isEqualTo(1);
        assertThat(t.get(buf, 6, 4)).isEqualTo(2);
        assertThat(t.get(buf, 1, 4)).isEqualTo(-1);
        assertThat(t.get(buf, 2, 3)).isEqualTo(-1);
        assertThat(t.get("said".toCharArray(), 4)).isEqualTo(1);
    }

    @Test
    void aSetOfWordsIsATableOfZeros() {
        CharTable t = CharTable.of(List.of("told", "added"));
        char[] buf = "he added".toCharArray();
        assertThat(t.contains(buf, 3, 5)).isTrue();
        assertThat(t.contains(buf, 0, 2)).isFalse();
    }
}
