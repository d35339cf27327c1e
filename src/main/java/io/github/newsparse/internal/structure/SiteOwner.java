package io.github.newsparse.internal.structure;

import io.github.newsparse.internal.Page;
import io.github.newsparse.internal.Part;
import io.github.newsparse.internal.text.GivenNames;
import io.github.newsparse.internal.text.TitleLine;
import java.net.URI;
import java.net.URISyntaxException;
import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The author of a page that names nobody, when its address is its owner's name: a personal site
 * ({@code janehollis.com}, {@code hollis.dev}) that prints "Jane Hollis" in its title or on a
 * line of its own, or a small site that prints its own name ({@code rivertonbakery.com}:
 * "Riverton Bakery"), which is then, as the markup's site name is, the page's author. The name
 * must be on the page as a name is printed: two or three capitalised words whose letters make
 * the address's first label, or, in the site name the page's title ends with, one of whose
 * words is that label ({@code hollis.dev}: "Post title | Jane Hollis").
 */
public final class SiteOwner {

    /** Shorter labels ("jr", "ab") match too many words to stand for a name. */
    private static final int MIN_LABEL = 5;
    /** Longer lines are not a name on its own. */
    private static final int MAX_CHARS = 40;

    private SiteOwner() {
    }

    /** Names the page's author from its address when nothing else named one. */
    public static void apply(Page page, Optional<String> url) {
        if (!page.authors().isEmpty() || url.isEmpty()) {
            return;
        }
        String label = label(url.get());
        if (label.length() < MIN_LABEL) {
            return;
        }
        boolean first = true;
        for (Part p : page.parts()) {
            String t = p.text();
            if (first) {
                // the page's title: "Post title | Jane Roe", "Post title (Jane Roe)"
                first = false;
                for (String candidate : new String[] {parenthetical(t), TitleLine.siteSuffix(t)}) {
                    if (candidate != null && matches(candidate.strip(), label, true)) {
                        page.authors().add(candidate.strip());
                        return;
                    }
                }
            }
            if (t.length() <= 2 * MAX_CHARS && matches(t.strip(), label, false)) {
                page.authors().add(t.strip());
                return;
            }
        }
        java.util.function.Predicate<String> lowerCase = StructureFinder.lowerCaseWordTestOn(page);
        for (Part p : page.parts()) {
            String name = personInLine(p.text(), label);
            // a person's, whose surname the page never writes in lower case as it does a business's
            // words ("Austin Hardware", "Ashley Furniture")
            if (name != null && !surnameInLowerCase(lowerCase, name)) {
                page.authors().add(name);
                return;
            }
        }
    }

    /**
     * A person's name inside a line whose letters make {@code label} ("© 2025 Jane Hollis. All
     * rights reserved", "About Jane Hollis's workshop"): two or three capitalised words, the first
     * a given name, as words of the line; or null.
     */
    static String personInLine(String line, String label) {
        String[] words = line.split(" ");
        for (int i = 0; i + 1 < words.length; i++) {
            if (!GivenNames.contains(words[i])) {
                continue;
            }
            StringBuilder name = new StringBuilder(words[i]);
            StringBuilder spelled = new StringBuilder(letters(words[i]));
            for (int j = i + 1; j < words.length && j <= i + 2 && spelled.length() < label.length(); j++) {
                String w = withoutTrailingMarks(words[j]);
                String letters = letters(w);
                if (w.isEmpty() || !Character.isUpperCase(w.charAt(0)) || letters.length() + 1 < w.length()) {
                    break;
                }
                name.append(' ').append(w);
                spelled.append(letters);
                if (spelled.toString().equals(label)) {
                    return name.toString();
                }
            }
        }
        return null;
    }

    /** Whether the page writes any word of the name after the given name in lower case. */
    private static boolean surnameInLowerCase(java.util.function.Predicate<String> lowerCase, String name) {
        String[] words = name.split(" ");
        for (int i = 1; i < words.length; i++) {
            if (lowerCase.test(words[i])) {
                return true;
            }
        }
        return false;
    }

    /** The word without the punctuation and possessive that may end it in prose ("Hollis's", "Hollis.", "Hollis),"). */
    private static String withoutTrailingMarks(String w) {
        int end = w.length();
        while (end > 0 && ".,;:!?)]".indexOf(w.charAt(end - 1)) >= 0) {
            end--;
        }
        if (end >= 2 && (w.charAt(end - 1) == 's' || w.charAt(end - 1) == 'S')
                && (w.charAt(end - 2) == '\'' || w.charAt(end - 2) == '\u2019')) {
            end -= 2;
        }
        return w.substring(0, end);
    }

    /** The address's host's first label, lower case, without "www.": "janeroe" for https://www.janeroe.com/x. */
    static String label(String url) {
        String host = host(url);
        if (host.startsWith("www.")) {
            host = host.substring(4);
        }
        int dot = host.indexOf('.');
        return dot < 0 ? "" : host.substring(0, dot);
    }

    /** The address's host in lower case, "" when it has none or does not parse. */
    private static String host(String url) {
        String host;
        try {
            host = new URI(url).getHost();
        } catch (URISyntaxException e) {
            return "";
        }
        return host == null ? "" : host.toLowerCase(Locale.ROOT);
    }

    /** A host label shorter than this ("ap", "wsj", "www") says too little to name a site. */
    private static final int MIN_SITE_LABEL = 4;

    /**
     * The labels of the address's host that may name the site, lower case: every label but the
     * last (the top-level domain) and "www", of at least {@value #MIN_SITE_LABEL} characters
     * ({@code apps.shopify.com}: "apps", "shopify"); none for an address without a host.
     */
    public static List<String> labels(String url) {
        String[] parts = host(url).split("\\.");
        List<String> out = new java.util.ArrayList<>();
        for (int i = 0; i + 1 < parts.length; i++) {
            if (parts[i].length() >= MIN_SITE_LABEL && !parts[i].equals("www")) {
                out.add(parts[i]);
            }
        }
        return out;
    }

    /** The text inside a closing parenthesis at the end of {@code t} ("Title (Jane Roe)"), or null. */
    private static String parenthetical(String t) {
        if (!t.endsWith(")")) {
            return null;
        }
        int open = t.lastIndexOf('(');
        return open < 0 ? null : t.substring(open + 1, t.length() - 1);
    }

    /**
     * Whether {@code name} reads as a person's name whose letters are {@code label}'s; when
     * {@code titled} (the name the page's title gives its site), one of its words may be the label.
     */
    static boolean matches(String name, String label, boolean titled) {
        if (name.isEmpty() || name.length() > MAX_CHARS) {
            return false;
        }
        String[] words = name.split(" ");
        if (words.length < 2 || words.length > 3) {
            return false;
        }
        StringBuilder joined = new StringBuilder();
        boolean wordIsLabel = false;
        for (String w : words) {
            if (w.isEmpty() || !Character.isUpperCase(w.charAt(0))) {
                return false;
            }
            String letters = letters(w);
            if (letters.isEmpty() || letters.length() + 1 < w.length()) {
                return false;
            }
            joined.append(letters);
            wordIsLabel |= letters.equals(label);
        }
        return titled && wordIsLabel || joined.toString().equals(label);
    }

    /** The word's letters, lower case, without accents. */
    private static String letters(String w) {
        String n = Normalizer.normalize(w, Normalizer.Form.NFD);
        StringBuilder sb = new StringBuilder(n.length());
        for (int i = 0; i < n.length(); i++) {
            char c = n.charAt(i);
            if (Character.isLetter(c)) {
                sb.append(Character.toLowerCase(c));
            }
        }
        return sb.toString();
    }
}
