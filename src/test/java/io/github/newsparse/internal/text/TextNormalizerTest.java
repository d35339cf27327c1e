package io.github.newsparse.internal.text;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.newsparse.Span;
import org.junit.jupiter.api.Test;

class TextNormalizerTest {

    private static MappedText norm(String s) {
        return TextNormalizer.normalize(s, 0, s.length());
    }

    @Test
    void collapsesWhitespaceAndTrims() {
        assertThat(norm("  a \t b\u00A0\u00A0c \n d  ").text()).isEqualTo("a b c d");
    }

    @Test
    void decodesNamedAndNumericEntities() {
        assertThat(norm("Tom &amp; Jerry&#8217;s &#x201C;show&#x201d; &hellip;").text())
                .isEqualTo("Tom & Jerry’s “show” …");
    }

    @Test
    void leavesUnknownOrUnterminatedEntitiesAlone() {
        assertThat(norm("AT&T & co &bogus; &amp").text()).isEqualTo("AT&T & co &bogus; &amp");
    }

    @Test
    void dropsInvisibleCharacters() {
        assertThat(norm("\uFEFFa\u200Bb\u202Ec\u00ADd\u0000e").text()).isEqualTo("abcde");
    }

    @Test
    void mapsEveryPositionBackToTheInput() {
        String input = " x &amp; y\u200Bz ";
        MappedText m = norm(input);
        assertThat(m.text()).isEqualTo("x & yz");
        assertThat(m.toInput(0, 1)).isEqualTo(new Span(1, 2));
        assertThat(m.toInput(2, 3).of(input)).isEqualTo("&amp;");
        assertThat(m.toInput(0, m.length()).of(input)).isEqualTo("x &amp; y\u200Bz");
        assertThat(m.toInput(4, 6).of(input)).isEqualTo("y\u200Bz");
    }

    @Test
    void normalisesARangeOfLargerText() {
        String input = "skip this\nkeep  that\r\nskip";
        MappedText m = TextNormalizer.normalize(input, 10, 20);
        assertThat(m.text()).isEqualTo("keep that");
        assertThat(m.toInput(0, m.length())).isEqualTo(new Span(10, 20));
    }
}
