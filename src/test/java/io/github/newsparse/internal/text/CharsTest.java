package io.github.newsparse.internal.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class CharsTest {

    @Test
    void findsANeedleInAnyAsciiCase() {
        assertTrue(Chars.containsIgnoreAsciiCase("© 2024 WTNH. ALL Rights Reserved.", "all rights reserved"));
        assertEquals(4, Chars.indexOfIgnoreAsciiCase("abc Copyright", "copyright", 0));
        assertEquals(-1, Chars.indexOfIgnoreAsciiCase("abc Copyright", "copyright", 5));
        assertFalse(Chars.containsIgnoreAsciiCase("all rights", "all rights reserved"));
    }

    @Test
    void agreesWithLowerCasingTheWholeString() {
        String needle = "all rights reserved";
        for (String s : new String[] {"ALL RİGHTS RESERVED", "all rights reserved", "ÀLL rights reserved",
                "All Rights ReservED.", "all  rights reserved", ""}) {
            assertEquals(s.toLowerCase(Locale.ROOT).contains(needle), Chars.containsIgnoreAsciiCase(s, needle), s);
        }
    }

    @Test
    void lowersOnlyAsciiCapitals() {
        assertEquals('a', Chars.asciiLower('A'));
        assertEquals('z', Chars.asciiLower('z'));
        assertEquals('À', Chars.asciiLower('À'));
        assertEquals('[', Chars.asciiLower('['));
    }
}
