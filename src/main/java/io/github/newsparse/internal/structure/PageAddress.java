package io.github.newsparse.internal.structure;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * What a page's address says about what the page holds, as features of {@link PageKindModel}:
 * a site's home page has an empty path, a story's permalink a long slug of words and often a
 * date, a shop item or a forum topic a long number; and the words of the address
 * ({@code /docs/}, {@code /product/}, {@code forum.}) are counted like the page's own words. A
 * page given without an address has all these features at zero.
 */
final class PageAddress {

    /** The feature names, in the order of {@link #features}. */
    static final List<String> FEATURES = List.of("url_given", "url_root", "url_depth_log", "url_slug_log",
            "url_date", "url_query", "url_number");

    /** Address words are counted up to this length, like the page's words. */
    private static final int MAX_WORD = 24;
    /** A run of at least this many digits in one segment is an item's or a thread's number. */
    private static final int LONG_NUMBER = 5;

    private PageAddress() {
    }

    /** The address features of {@code url}, in the order of {@link #FEATURES}; zeros without one. */
    static double[] features(Optional<String> url) {
        double[] f = new double[FEATURES.size()];
        if (url.isEmpty()) {
            return f;
        }
        Parts a = Parts.of(url.get());
        int depth = 0;
        int slug = 0;
        boolean number = false;
        int i = 0;
        String path = a.path();
        while (i < path.length()) {
            int end = path.indexOf('/', i);
            if (end < 0) {
                end = path.length();
            }
            if (end > i) {
                depth++;
                slug = Math.max(slug, slugWords(path, i, end));
                number |= digitRun(path, i, end) >= LONG_NUMBER;
            }
            i = end + 1;
        }
        f[0] = 1;
        f[1] = depth == 0 ? 1 : 0;
        f[2] = Math.log1p(depth);
        f[3] = Math.log1p(slug);
        f[4] = UrlDate.find(url.get()).isPresent() ? 1 : 0;
        f[5] = a.query().isEmpty() ? 0 : 1;
        f[6] = number ? 1 : 0;
        return f;
    }

    /**
     * The words of {@code url}: the host's labels before its domain ({@code docs}, {@code forum},
     * never {@code www}), the path's runs of letters and the query's parameter names, lower-cased,
     * two to {@value #MAX_WORD} letters long.
     */
    static void words(String url, Consumer<String> sink) {
        Parts a = Parts.of(url);
        String[] labels = a.host().split("\\.", -1);
        for (int k = 0; k + 2 < labels.length; k++) {
            if (!labels[k].equals("www")) {
                letterRuns(labels[k], sink);
            }
        }
        letterRuns(a.path(), sink);
        for (String pair : a.query().split("&", -1)) {
            int eq = pair.indexOf('=');
            letterRuns(eq < 0 ? pair : pair.substring(0, eq), sink);
        }
    }

    /** An address cut into host, path (without its leading slash) and query, lower-cased. */
    private record Parts(String host, String path, String query) {
        static Parts of(String url) {
            String u = url.strip();
            int scheme = u.indexOf("://");
            int from = scheme < 0 ? 0 : scheme + 3;
            int fragment = u.indexOf('#', from);
            if (fragment >= 0) {
                u = u.substring(0, fragment);
            }
            int q = u.indexOf('?', from);
            String query = q < 0 ? "" : u.substring(q + 1);
            String rest = q < 0 ? u.substring(from) : u.substring(from, q);
            int slash = rest.indexOf('/');
            String host = slash < 0 ? rest : rest.substring(0, slash);
            String path = slash < 0 ? "" : rest.substring(slash + 1);
            int at = host.lastIndexOf('@');
            host = at < 0 ? host : host.substring(at + 1);
            int colon = host.indexOf(':');
            host = colon < 0 ? host : host.substring(0, colon);
            return new Parts(host.toLowerCase(java.util.Locale.ROOT), path.toLowerCase(java.util.Locale.ROOT),
                    query.toLowerCase(java.util.Locale.ROOT));
        }
    }

    /** How many words a segment's slug holds: its runs of letters ("the-vw-id-space" is four). */
    private static int slugWords(String s, int from, int to) {
        int n = 0;
        boolean in = false;
        for (int i = from; i < to; i++) {
            boolean letter = isLetter(s.charAt(i));
            if (letter && !in) {
                n++;
            }
            in = letter;
        }
        return n;
    }

    /** The longest run of digits in {@code s[from, to)}. */
    private static int digitRun(String s, int from, int to) {
        int best = 0;
        int run = 0;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            run = c >= '0' && c <= '9' ? run + 1 : 0;
            best = Math.max(best, run);
        }
        return best;
    }

    private static void letterRuns(String s, Consumer<String> sink) {
        int i = 0;
        while (i < s.length()) {
            while (i < s.length() && !isLetter(s.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < s.length() && isLetter(s.charAt(i))) {
                i++;
            }
            if (i - start >= 2 && i - start <= MAX_WORD) {
                sink.accept(s.substring(start, i));
            }
        }
    }

    private static boolean isLetter(char c) {
        return c >= 'a' && c <= 'z';
    }
}
