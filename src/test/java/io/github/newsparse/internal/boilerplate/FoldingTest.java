package io.github.newsparse.internal.boilerplate;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.newsparse.RandomText;
import io.github.newsparse.internal.text.Chars;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

class FoldingTest {

    /** The definition: curly quotes straight, edge punctuation off, then lower case. */
    private static String foldByDefinition(String s) {
        String edge = ":|›»«•·>-–—*#()[]{}.,;!?/\\~ ";
        int from = 0;
        int to = s.length();
        while (from < to && edge.indexOf(s.charAt(from)) >= 0) {
            from++;
        }
        while (to > from && edge.indexOf(s.charAt(to - 1)) >= 0) {
            to--;
        }
        return s.substring(from, to).replace('\u2018', '\'').replace('\u2019', '\'').replace('\u02BC', '\'')
                .replace('\u201C', '"').replace('\u201D', '"').toLowerCase(Locale.ROOT);
    }

    /** The definition: the pieces between spaces, each without its edge punctuation, empty ones dropped. */
    private static List<String> wordsByDefinition(String folded) {
        List<String> out = new ArrayList<>();
        for (String piece : folded.split(" ")) {
            String w = Chars.bare(piece);
            if (!w.isEmpty()) {
                out.add(w);
            }
        }
        return out;
    }

    @Test
    void foldsAsDefined() {
        assertThat(Folding.fold("» Read More: ")).isEqualTo("read more");
        assertThat(Folding.fold("“Don’t Miss”")).isEqualTo("\"don't miss\"");
        assertThat(Folding.fold("ΟΔΟΣ")).isEqualTo("οδος"); // the final sigma rule of Unicode lower-casing
    }

    @Test
    void foldAndWordsAgreeWithTheirDefinitionOnRandomLines() {
        char[] alphabet = {'a', 'B', 'z', 'Q', ' ', ' ', '.', ',', '-', ':', '"', '\'', '\u2019', '\u201C', 'É', 'é',
            'Σ', 'İ', '0', '7', '»', '(', ')'};
        Random r = new Random(11);
        for (int k = 0; k < 20_000; k++) {
            String s = RandomText.of(r, alphabet, 0, 16);
            String folded = Folding.fold(s);
            assertThat(folded).as("[%s]", s).isEqualTo(foldByDefinition(s));
            assertThat(Folding.words(folded)).as("[%s]", s).containsExactlyElementsOf(wordsByDefinition(folded));
        }
    }
}
