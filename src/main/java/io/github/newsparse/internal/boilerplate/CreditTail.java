package io.github.newsparse.internal.boilerplate;

/**
 * A photo credit printed at the end of its caption, on the caption's own line: "… at the parade.
 * Photo: Jane Roe", "… in Kabul, Tuesday. (AP Photo/Jane Roe)", "…, Foto: LAT Images". The
 * credit opens with a capitalised phrase of the lexicon's {@code tail} rules and runs to the end
 * of the line in a few words with no sentence in them; the caption before it has a few words of
 * its own. A story sentence that mentions a photo ("a photo by her sister") opens no credit: the
 * phrase must be capitalised mid-line and end the line within a few names.
 */
final class CreditTail {

    /** The most words a credit may have after its opening phrase ("Photo by" + "Jane Roe / AP"). */
    static final int MAX_CREDIT_WORDS = 8;
    /** The fewest words the caption before the credit has. */
    static final int MIN_CAPTION_WORDS = 3;
    /** How far from the line's end a credit may open: a bound on the search, far above a credit's length. */
    private static final int WINDOW = 120;

    /** A line split into its caption and its credit. */
    record Split(String caption, String credit) {
    }

    private CreditTail() {
    }

    /** The caption and credit of {@code line}, or null when it does not end with a credit. */
    static Split find(String line, Lexicon lexicon) {
        int len = line.length();
        int from = Math.max(1, len - WINDOW);
        if (from >= len) {
            return null;
        }
        String lower = null; // the window lower-cased, made at the first capital that opens a word
        for (int p = from; p < len; p++) {
            if (!Character.isUpperCase(line.charAt(p)) || Character.isLetterOrDigit(line.charAt(p - 1))) {
                continue;
            }
            if (lower == null) {
                lower = lowered(line, from);
            }
            String phrase = lexicon.creditTailAt(lower, p - from);
            if (phrase == null) {
                continue;
            }
            Split split = split(line, p, phrase);
            if (split != null) {
                return split;
            }
        }
        return null;
    }

    /** {@code line} from {@code from} on, each character lower-cased (so offsets stay the same). */
    private static String lowered(String line, int from) {
        char[] out = new char[line.length() - from];
        for (int i = from; i < line.length(); i++) {
            out[i - from] = Character.toLowerCase(line.charAt(i));
        }
        return new String(out);
    }

    private static Split split(String line, int p, String phrase) {
        int open = p - 1;
        while (open >= 0 && line.charAt(open) == ' ') {
            open--;
        }
        boolean paren = open >= 0 && line.charAt(open) == '(';
        int end = line.length();
        if (paren) {
            if (line.charAt(end - 1) != ')') {
                return null;
            }
            end--;
        }
        String credit = line.substring(p, end).strip();
        String rest = credit.substring(Math.min(credit.length(), phrase.length()));
        int words = words(rest);
        char last = phrase.charAt(phrase.length() - 1);
        boolean bare = words == 0 && Character.isLetter(last); // "(AP Photo)": the phrase is the credit
        if (words > MAX_CREDIT_WORDS || (words == 0 && !bare) || holdsSentence(rest)
                || (words > 0 && !hasCapitalOrDigit(rest))) {
            return null;
        }
        int captionEnd = paren ? open : p;
        while (captionEnd > 0 && " ,;:|/-\u2013\u2014\u00b7".indexOf(line.charAt(captionEnd - 1)) >= 0) {
            captionEnd--;
        }
        String caption = line.substring(0, captionEnd);
        return words(caption) >= MIN_CAPTION_WORDS ? new Split(caption, credit) : null;
    }

    private static int words(String s) {
        int n = 0;
        boolean in = false;
        for (int i = 0; i < s.length(); i++) {
            boolean letter = Character.isLetterOrDigit(s.charAt(i));
            if (letter && !in) {
                n++;
            }
            in = letter;
        }
        return n;
    }

    /**
     * Whether the words hold a sentence's end: "!" or "?", or a full stop after a word of more
     * than two letters ("Edgar H. Clemente" and "Jr." do not end one).
     */
    private static boolean holdsSentence(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '!' || c == '?') {
                return true;
            }
            if (c == '.' && i + 1 < s.length()) {
                int w = i;
                while (w > 0 && Character.isLetter(s.charAt(w - 1))) {
                    w--;
                }
                if (i - w > 2) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean hasCapitalOrDigit(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isUpperCase(c) || Character.isDigit(c)) {
                return true;
            }
        }
        return false;
    }
}
