package io.github.newsparse.internal.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class WordListsTest {

    @Test
    void aListSkipsCommentsAndBlankLines() {
        assertThat(WordLists.read(WordListsTest.class, "sections.txt")).containsExactly("alpha", "beta", "gamma");
    }

    @Test
    void aSectionRunsFromItsHeadingToTheNextOne() {
        assertThat(WordLists.readSection(WordListsTest.class, "sections.txt", "First")).containsExactly("alpha", "beta");
        assertThat(WordLists.readSection(WordListsTest.class, "sections.txt", "Second")).containsExactly("gamma");
        assertThat(WordLists.readSection(WordListsTest.class, "sections.txt", "Third")).isEmpty();
    }

    @Test
    void aMissingListIsAnError() {
        assertThatThrownBy(() -> WordLists.readSection(WordListsTest.class, "absent.txt", "First"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("absent.txt");
    }
}
