package io.github.newsparse.internal.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.newsparse.RandomText;
import java.util.Random;
import org.junit.jupiter.api.Test;

class WordsTest {

    @Test
    void splitCountIsTheLengthOfSplitAtSpaces() {
        for (String s : new String[] {"", " ", "   ", "a", "a b", " a", "a ", "a  b", "  a  b  ", "a\tb c"}) {
            assertEquals(s.split(" ").length, Words.splitCount(s), "[" + s + "]");
        }
        Random r = new Random(42);
        char[] alphabet = {' ', ' ', 'a', 'b', '\t', '.'};
        for (int k = 0; k < 5_000; k++) {
            String s = RandomText.of(r, alphabet, 0, 12);
            assertEquals(s.split(" ").length, Words.splitCount(s), "[" + s + "]");
        }
    }

    @Test
    void readingCountCountsChineseAndJapaneseByCharactersAndAllElseAsCount() {
        // nine kana and ideographs (the comma is none) make four words, not one; the Latin word beside them one more
        assertEquals(4, Words.readingCount("南海トラフ、一時調査"));
        assertEquals(5, Words.readingCount("NHK 南海トラフ、一時調査"));
        // text without those scripts (Korean is written with spaces) reads as its count
        assertEquals(Words.count(" one  two three "), Words.readingCount(" one  two three "));
        assertEquals(3, Words.readingCount("이재명 대통령 당선인"));
        // one character alone never counts for less than its word
        assertEquals(2, Words.readingCount("Tokyo 東"));
        Random r = new Random(7);
        char[] alphabet = {' ', 'a', '東', 'ト', '、'};
        for (int k = 0; k < 5_000; k++) {
            String s = RandomText.of(r, alphabet, 0, 16);
            int n = Words.readingCount(s);
            assertEquals(true, n >= Words.count(s), "[" + s + "]");
        }
    }

    @Test
    void countIsTheNumberOfRunsOfNonSpaces() {
        assertEquals(0, Words.count(""));
        assertEquals(0, Words.count("   "));
        assertEquals(3, Words.count(" one  two three "));
    }

    @Test
    void countAgreesWithSplittingOnRandomText() {
        Random r = new Random(5);
        char[] alphabet = {' ', ' ', 'a', 'b', '\t', '.'};
        for (int k = 0; k < 5_000; k++) {
            String s = RandomText.of(r, alphabet, 0, 14);
            long expected = java.util.Arrays.stream(s.split(" ")).filter(w -> !w.isEmpty()).count();
            assertEquals(expected, Words.count(s), "[" + s + "]");
        }
    }
}
