package io.github.newsparse.internal.text;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.newsparse.RandomText;
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

    @Test
    void aLineThatIsAlreadyNormalMapsOneToOne() {
        String input = "xx“Quoted,” she said — café.yy";
        MappedText m = TextNormalizer.normalize(input, 2, input.length() - 2);
        assertThat(m.text()).isEqualTo("“Quoted,” she said — café.");
        for (int i = 0; i < m.length(); i++) {
            assertThat(m.toInputStart(i)).isEqualTo(2 + i);
            assertThat(m.toInputEnd(i + 1)).isEqualTo(3 + i);
        }
    }

    @Test
    void theCopyOfANormalLineAgreesWithTheCharacterByCharacterPath() {
        // a leading space sends the same line down the general path: text and map must agree
        char[] alphabet = {'a', 'Z', ' ', ' ', '.', '&', ';', '#', '8', 'é', '\u00A0', '\u200B', '\t', '\u2019', 'm', 'p'};
        java.util.Random r = new java.util.Random(3);
        for (int k = 0; k < 20_000; k++) {
            String s = RandomText.of(r, alphabet, 1, 15);
            MappedText direct = norm(s);
            MappedText general = TextNormalizer.normalize(" " + s, 0, s.length() + 1);
            assertThat(direct.text()).as("[%s]", s).isEqualTo(general.text());
            for (int i = 0; i < direct.length(); i++) {
                assertThat(direct.toInputStart(i) + 1).as("[%s] %d", s, i).isEqualTo(general.toInputStart(i));
                assertThat(direct.toInputEnd(i + 1) + 1).as("[%s] %d", s, i).isEqualTo(general.toInputEnd(i + 1));
            }
        }
    }
}
