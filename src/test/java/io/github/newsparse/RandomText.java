package io.github.newsparse;

import java.util.Random;

/** Short random strings over a small alphabet, for tests that hold a fast path to its definition. */
public final class RandomText {

    private RandomText() {
    }

    /** A string of {@code minLength} to {@code maxLength - 1} characters drawn from {@code alphabet}. */
    public static String of(Random r, char[] alphabet, int minLength, int maxLength) {
        char[] c = new char[minLength + r.nextInt(maxLength - minLength)];
        for (int i = 0; i < c.length; i++) {
            c[i] = alphabet[r.nextInt(alphabet.length)];
        }
        return new String(c);
    }
}
