package io.github.newsparse.internal.text;

/**
 * The form two titles are compared in: letters and digits in lower case, every run of anything
 * else one space. "That’s It!" and "that's it" have the same key.
 */
public final class TitleKey {

    private TitleKey() {
    }

    /** The key of {@code s}: empty when it has no letter or digit. */
    public static String of(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        boolean gap = false;
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            i += Character.charCount(c);
            if (Character.isLetterOrDigit(c)) {
                if (gap && sb.length() > 0) {
                    sb.append(' ');
                }
                gap = false;
                sb.appendCodePoint(Character.toLowerCase(c));
            } else if (Character.getType(c) != Character.NON_SPACING_MARK) {
                gap = true;
            }
        }
        return sb.toString();
    }
}
