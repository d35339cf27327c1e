package io.github.newsparse.internal.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PrefixTrieTest {

    private static PrefixTrie<String> trie(String... phrases) {
        PrefixTrie<String> t = new PrefixTrie<>();
        for (String p : phrases) {
            t.add(p, "<" + p + ">");
        }
        return t;
    }

    @Test
    void findsThePhraseTheTextStartsWith() {
        PrefixTrie<String> t = trie("read more", "related", "share");
        assertThat(t.first("related stories", (p, v) -> true)).isEqualTo("<related>");
        assertThat(t.first("share this", (p, v) -> true)).isEqualTo("<share>");
        assertThat(t.first("a related story", (p, v) -> true)).isNull();
        assertThat(t.first("rel", (p, v) -> true)).isNull();
        assertThat(t.first("", (p, v) -> true)).isNull();
    }

    @Test
    void theEarliestAddedPhraseWinsWhateverItsLength() {
        assertThat(trie("read more", "read").first("read more here", (p, v) -> true)).isEqualTo("<read more>");
        assertThat(trie("read", "read more").first("read more here", (p, v) -> true)).isEqualTo("<read>");
    }

    @Test
    void aPhraseTheTestRefusesLetsTheNextOneWin() {
        PrefixTrie<String> t = trie("read", "read more", "re");
        assertThat(t.first("read more", (p, v) -> !p.equals("read"))).isEqualTo("<read more>");
        assertThat(t.first("read more", (p, v) -> p.length() < 3)).isEqualTo("<re>");
        assertThat(t.first("read more", (p, v) -> false)).isNull();
    }

    @Test
    void aRepeatedPhraseKeepsBothValuesInOrder() {
        PrefixTrie<String> t = new PrefixTrie<>();
        t.add("photo", "first");
        t.add("photo", "second");
        assertThat(t.first("photo: AP", (p, v) -> true)).isEqualTo("first");
        assertThat(t.first("photo: AP", (p, v) -> v.equals("second"))).isEqualTo("second");
    }

    @Test
    void theEmptyPhraseIsRefused() {
        assertThatThrownBy(() -> new PrefixTrie<String>().add("", "x")).isInstanceOf(IllegalArgumentException.class);
    }
}
