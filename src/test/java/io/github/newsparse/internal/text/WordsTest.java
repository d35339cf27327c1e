package io.github.newsparse.internal.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
            char[] c = new char[r.nextInt(12)];
            for (int i = 0; i < c.length; i++) {
                c[i] = alphabet[r.nextInt(alphabet.length)];
            }
            String s = new String(c);
            assertEquals(s.split(" ").length, Words.splitCount(s), "[" + s + "]");
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
            char[] c = new char[r.nextInt(14)];
            for (int i = 0; i < c.length; i++) {
                c[i] = alphabet[r.nextInt(alphabet.length)];
            }
            String s = new String(c);
            long expected = java.util.Arrays.stream(s.split(" ")).filter(w -> !w.isEmpty()).count();
            assertEquals(expected, Words.count(s), "[" + s + "]");
        }
    }
}
