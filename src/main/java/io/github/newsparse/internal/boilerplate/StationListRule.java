package io.github.newsparse.internal.boilerplate;

import java.util.regex.Pattern;

/**
 * Lists of broadcast call signs, as station footers print them: "WEDH · WEDN · WEDW-FM",
 * "KQED | KQEI-FM". US call signs are W or K plus two or three letters, with an optional service
 * suffix.
 */
final class StationListRule {

    private static final Pattern CALL_SIGN = Pattern.compile("[KW][A-Z]{2,3}(?:-(?:FM|TV|AM|LD|LP|CD|DT|CA|HD\\d?))?");
    private static final String SEPARATORS = "·•|,/;";

    /** The longest call sign {@link #CALL_SIGN} takes: "WABC-HD2". */
    private static final int MAX_CALL_SIGN = 8;

    /** A cheap test before the pattern: a call sign opens with K or W and has 3 to 8 characters. */
    private static boolean mayBeCallSign(String line, int from, int to) {
        char first = line.charAt(from);
        return (first == 'K' || first == 'W') && to - from >= 3 && to - from <= MAX_CALL_SIGN;
    }

    private StationListRule() {
    }

    /** A cheap first test: call signs start words with a capital K or W (counted up to two). */
    private static int wordsStartingWithKorW(String line) {
        int count = 0;
        for (char letter : new char[] {'K', 'W'}) {
            for (int i = line.indexOf(letter); i >= 0 && count < 2; i = line.indexOf(letter, i + 1)) {
                if (i == 0 || !Character.isLetterOrDigit(line.charAt(i - 1))) {
                    count++;
                }
            }
        }
        return count;
    }

    /** Whether the line is mostly call signs (at least two). */
    static boolean matches(String line) {
        if (wordsStartingWithKorW(line) < 2) {
            return false;
        }
        int signs = 0;
        int tokens = 0;
        int start = -1;
        for (int i = 0; i <= line.length(); i++) {
            boolean boundary = i == line.length() || line.charAt(i) == ' ' || SEPARATORS.indexOf(line.charAt(i)) >= 0;
            if (!boundary && start < 0) {
                start = i;
            } else if (boundary && start >= 0) {
                tokens++;
                if (mayBeCallSign(line, start, i) && CALL_SIGN.matcher(line.substring(start, i)).matches()) {
                    signs++;
                }
                start = -1;
                if (tokens > 200) {
                    break;
                }
            }
        }
        return signs >= 2 && signs * 10 >= tokens * 6;
    }
}
