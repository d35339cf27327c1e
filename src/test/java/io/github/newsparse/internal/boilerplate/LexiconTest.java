package io.github.newsparse.internal.boilerplate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class LexiconTest {

    private static boolean anchored(String regex) {
        return Lexicon.isAnchored(regex, Pattern.compile(regex));
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
}
