package io.github.newsparse.internal.structure;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The words of a page address's slug: CMSs build an article's address from its headline
 * ({@code /2025/12/18/council-votes-to-close-mill-river-bridge}), so the line of the page whose
 * words the slug holds is likely the headline. The slug is the path segment with the most words
 * (a section name has one or two); its words are folded as {@link #fold} folds a line's, without
 * accents (a CMS writes "cafe" for "café"), and numbers (ids, dates) are left out.
 */
final class UrlSlug {

    /** A slug of fewer words says too little to compare lines with. */
    static final int MIN_WORDS = 2;
    /** Words shorter than this are ignored on both sides ("a", "s" of "it-s"). */
    private static final int MIN_LETTERS = 2;
    /** A longer address is not read (no address is this long; a bound on the work). */
    private static final int MAX_URL = 2048;

    private UrlSlug() {
    }

    /** The slug's words; empty when the address has no segment of {@value #MIN_WORDS} words or more. */
    static Set<String> words(Optional<String> url) {
        if (url.isEmpty() || url.get().length() > MAX_URL) {
            return Set.of();
        }
        String path = path(url.get());
        Set<String> best = Set.of();
        for (String segment : path.split("/")) {
            int dot = segment.lastIndexOf('.');
            // "story-title.html", never "v1.2"
            String s = dot > 0 && segment.length() - dot <= 5 ? segment.substring(0, dot) : segment;
            Set<String> w = fold(decode(s));
            if (w.size() > best.size()) {
                best = w;
            }
        }
        return best.size() >= MIN_WORDS ? best : Set.of();
    }

    /** The path of {@code url}: after the host, before the query or fragment. */
    private static String path(String url) {
        int scheme = url.indexOf("://");
        int from = scheme < 0 ? 0 : scheme + 3;
        int slash = url.indexOf('/', from);
        if (slash < 0) {
            return "";
        }
        int end = url.length();
        for (char c : new char[] {'?', '#'}) {
            int at = url.indexOf(c, slash);
            end = at >= 0 ? Math.min(end, at) : end;
        }
        return url.substring(slash + 1, end);
    }

    private static String decode(String s) {
        if (s.indexOf('%') < 0) {
            return s;
        }
        try {
            return URLDecoder.decode(s.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return s;
        }
    }

    /**
     * The words of {@code s}: runs of letters and digits, lower-cased and without accents, of at
     * least {@value #MIN_LETTERS} characters, numbers left out.
     */
    static Set<String> fold(String s) {
        String plain = isAscii(s) ? s : Normalizer.normalize(s, Normalizer.Form.NFD);
        Set<String> out = new HashSet<>();
        int i = 0;
        int n = plain.length();
        StringBuilder word = new StringBuilder();
        while (i <= n) {
            int c = i < n ? plain.codePointAt(i) : ' ';
            i += i < n ? Character.charCount(c) : 1;
            if (Character.isLetterOrDigit(c)) {
                word.appendCodePoint(Character.toLowerCase(c));
            } else if (Character.getType(c) != Character.NON_SPACING_MARK) {
                if (word.length() >= MIN_LETTERS && !isNumber(word)) {
                    out.add(word.toString().toLowerCase(Locale.ROOT));
                }
                word.setLength(0);
            }
        }
        return out;
    }

    private static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) > 127) {
                return false;
            }
        }
        return true;
    }

    private static boolean isNumber(CharSequence w) {
        for (int i = 0; i < w.length(); i++) {
            if (w.charAt(i) < '0' || w.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }
}
