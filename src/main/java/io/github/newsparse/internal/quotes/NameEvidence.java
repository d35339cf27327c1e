package io.github.newsparse.internal.quotes;

import io.github.newsparse.internal.Part;
import io.github.newsparse.internal.text.Chars;
import io.github.newsparse.internal.text.WordCounts;
import java.util.List;
import java.util.Set;

/**
 * What the whole text shows about capitalised words: a word capitalised inside a sentence is a
 * name ("… told Sutskever …", "… at Babbel"); one capitalised only where a sentence or a label
 * opens ("Cost: …", "Forecasters expect …", "There, …") is not known to be one.
 */
final class NameEvidence {

    /** Words capitalised inside a sentence, without a possessive 's. */
    private final WordCounts inside = new WordCounts();
    /** Words that start with a lower-case letter. */
    private final WordCounts lowerCase = new WordCounts();
    /** Capitalised words right after a given name or a title: surnames ("Ellen Angelucci", "Dr. Angelucci"). */
    private final WordCounts surnames = new WordCounts();
    private final List<Part> body;
    /** Mentions already parsed on this page, by their words ({@link PageNames#mention}). */
    private final java.util.Map<String, java.util.Optional<Mention>> mentions = new java.util.HashMap<>();

    /** The mention {@code parse} reads in {@code words}, parsed once per page. */
    Mention mention(String words, java.util.function.Function<String, Mention> parse) {
        java.util.Optional<Mention> known = mentions.get(words);
        if (known == null) {
            known = java.util.Optional.ofNullable(parse.apply(words));
            mentions.put(words, known);
        }
        return known.orElse(null);
    }

    /** The body's paragraphs, one per line; read when first asked (most pages never ask). */
    private String all;

    private NameEvidence(List<Part> body) {
        this.body = body;
    }

    /** The evidence of the body, read on the first question. */
    static NameEvidence of(List<Part> body) {
        return new NameEvidence(body);
    }

    /** Reads the body once: every capitalised word that follows a word inside its sentence. */
    private String all() {
        if (all == null) {
            int length = 0;
            for (Part part : body) {
                length += part.text().length() + 1;
            }
            StringBuilder sb = new StringBuilder(length);
            for (Part part : body) {
                sb.append(part.text()).append('\n');
            }
            all = sb.toString();
            read();
        }
        return all;
    }

    private void read() {
        String t = all;
        int i = 0;
        int n = t.length();
        char before = '\n';
        boolean afterFirstName = false;
        int lineEnd = -1;
        boolean heading = false;
        while (i < n) {
            while (i < n && (t.charAt(i) == ' ' || t.charAt(i) == '\n')) {
                before = t.charAt(i) == '\n' ? '\n' : before;
                i++;
            }
            if (i > lineEnd) {
                // a new line: a heading in title case capitalises its words whatever they are
                lineEnd = t.indexOf('\n', i);
                lineEnd = lineEnd < 0 ? n : lineEnd;
                heading = isTitleCase(t, i, lineEnd);
            }
            int s = i;
            while (i < n && t.charAt(i) != ' ' && t.charAt(i) != '\n') {
                i++;
            }
            if (i > s) {
                // the word without the punctuation around it (Sentences.bare), as a range
                int a = Chars.bareStart(t, s, i);
                int b = Chars.bareEnd(t, a, i);
                // a sentence opens after . ! ? : or a dash, and inside an opening quotation mark
                boolean opens = before == '\n' || ".!?:—–-".indexOf(before) >= 0 || "“\"(«„".indexOf(t.charAt(s)) >= 0;
                boolean capitalised = b > a && Character.isUpperCase(t.charAt(a));
                boolean possessive = b - a >= 2 && t.charAt(b - 1) == 's'
                        && (t.charAt(b - 2) == '\'' || t.charAt(b - 2) == '’');
                if (capitalised) {
                    if (!opens && !heading) {
                        inside.add(t, a, possessive ? b - 2 : b);
                    }
                    if (afterFirstName && s == a) {
                        surnames.add(t, a, possessive ? b - 2 : b);
                    }
                } else if (b > a && Character.isLowerCase(t.charAt(a))) {
                    lowerCase.add(t, a, b);
                }
                // "Ellen Angelucci", "Dr. Angelucci": a given name or a title, with nothing between
                afterFirstName = capitalised && s == a && isFirstName(t.substring(a, i));
                before = lastNonQuote(t, s, i);
            }
        }
    }

    /** Words of four letters or more a line needs before it may read as a heading in title case. */
    private static final int MIN_HEADING_WORDS = 3;

    /**
     * Whether the line {@code t[from, to)} is a heading in title case ("What Are the Differences
     * Between Desktop and Mobile App UX Design?"): three or more words of four letters or more,
     * all capitalised, and no full stop that ends a sentence inside it.
     */
    private static boolean isTitleCase(String t, int from, int to) {
        int long4 = 0;
        int i = from;
        while (i < to) {
            while (i < to && t.charAt(i) == ' ') {
                i++;
            }
            int s = i;
            while (i < to && t.charAt(i) != ' ') {
                i++;
            }
            int letters = 0;
            for (int k = s; k < i; k++) {
                letters += Character.isLetter(t.charAt(k)) ? 1 : 0;
            }
            if (i < to && i > s && t.charAt(i - 1) == '.') {
                return false; // a sentence ends inside the line: prose
            }
            if (letters >= 4) {
                int a = Chars.bareStart(t, s, i);
                if (a >= i || !Character.isUpperCase(t.charAt(a))) {
                    return false;
                }
                long4++;
            }
        }
        return long4 >= MIN_HEADING_WORDS;
    }

    /** Whether {@code word} (opening with its capital) is a given name or a title such as "Dr.". */
    private static boolean isFirstName(String word) {
        return io.github.newsparse.internal.text.GivenNames.contains(word)
                || word.length() <= MAX_TITLE_CHARS && QuoteLexicon.isTitleWords(word.toLowerCase(java.util.Locale.ROOT));
    }

    /** Titles before a surname are short: "Dr.", "Sen.", "Professor". */
    private static final int MAX_TITLE_CHARS = 10;

    /**
     * Whether the text writes {@code word} right after a given name or a title ("Ellen
     * Angelucci", "Dr. Angelucci"): the surname of a person it names.
     */
    boolean isSurname(String word) {
        all();
        return surnames.contains(withoutPossessive(Sentences.bare(word)));
    }

    /** The last character of a word that is not a closing quotation mark or bracket. */
    private static char lastNonQuote(String t, int from, int to) {
        int j = to - 1;
        while (j > from && "”\"’')»".indexOf(t.charAt(j)) >= 0) {
            j--;
        }
        return t.charAt(j);
    }

    /**
     * Whether a one-word "name" is a common word instead: never capitalised inside a sentence, and
     * written in lower case elsewhere ("Cost …" and "the cost"), or a contraction ("That’s").
     */
    boolean isCommonWord(String word) {
        String w = withoutPossessive(Sentences.bare(word));
        all();
        if (w.isEmpty() || inside.contains(w)) {
            return false;
        }
        String lower = w.toLowerCase(java.util.Locale.ROOT);
        return lowerCase.contains(lower) || CONTRACTIONS.contains(lower.replace('’', '\''));
    }

    /** Whether the text writes {@code word} in lower case somewhere ("Desktop" and "desktop and mobile"). */
    boolean writtenInLowerCase(String word) {
        all();
        return lowerCase.contains(withoutPossessive(Sentences.bare(word)).toLowerCase(java.util.Locale.ROOT));
    }

    /** Contractions that open sentences and are never names. */
    private static final Set<String> CONTRACTIONS = Set.of("he's", "she's", "it's", "that's", "there's", "what's",
            "who's", "i'll", "i'm", "i've", "i'd", "we're", "we'll", "they're", "they'll", "you're", "let's", "here's");

    /** Whether {@code word} is seen capitalised inside a sentence somewhere in the text. */
    boolean isName(String word) {
        all();
        return inside.contains(withoutPossessive(Sentences.bare(word)));
    }

    /** {@code w} without a possessive 's ("Schilling's" → "Schilling"). */
    static String withoutPossessive(String w) {
        return w.endsWith("'s") || w.endsWith("’s") ? w.substring(0, w.length() - 2) : w;
    }

    /** Whether {@code phrase} occurs at least twice in the text. */
    boolean recurs(String phrase) {
        String t = all();
        int first = t.indexOf(phrase);
        return first >= 0 && t.indexOf(phrase, first + 1) >= 0;
    }

    /** Labels already read by {@link #writtenApart}, with the answer. */
    private final java.util.Map<String, Boolean> apart = new java.util.HashMap<>();

    /** Labels {@link #writtenApart} reads on one page; past them it answers false (keeps a page of labels linear). */
    private static final int MAX_LABELS_READ = 20;

    /**
     * Whether the text writes {@code label}, as a whole word or phrase, inside a line and without
     * a colon after it: "… a report by Judicial Watch", where "Pros" is only ever a line's "Pros: …".
     */
    boolean writtenApart(String label) {
        Boolean known = apart.get(label);
        if (known != null) {
            return known;
        }
        if (apart.size() >= MAX_LABELS_READ || label.isEmpty()) {
            return false;
        }
        String t = all();
        boolean found = false;
        for (int i = Chars.indexOfWord(t, label, 0); i >= 0 && !found; i = Chars.indexOfWord(t, label, i + 1)) {
            int end = i + label.length();
            // a whole word or phrase, inside a line ("… a report by Judicial Watch"), not a label
            found = i > 0 && t.charAt(i - 1) != '\n' && (end == t.length() || t.charAt(end) != ':');
        }
        apart.put(label, found);
        return found;
    }
}
