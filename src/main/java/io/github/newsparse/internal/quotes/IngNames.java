package io.github.newsparse.internal.quotes;

import io.github.newsparse.internal.Part;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Names that end like a participle ("Schilling", "Sperling", "Manning"). The attribution rules
 * read a capitalised word in -ing as a participle opening a clause ("Speaking at the rally, …"),
 * never a name, unless the page shows otherwise: the word is capitalised inside a sentence or
 * follows a given name somewhere ("commentaries by Schilling on", "Curt Schilling"), and is never
 * written in lower case ("polling", "morning"). The rules are static and read one paragraph at a
 * time, so {@link QuoteFinder} states the page's such names for the time it reads the page's
 * quotes, on the thread that reads them.
 */
final class IngNames {

    private static final ThreadLocal<Set<String>> CURRENT = ThreadLocal.withInitial(Set::of);
    /** Shorter words in -ing ("King", "Ming", "Bing") are never taken for participles. */
    static final int MIN_LENGTH = 6;

    private IngNames() {
    }

    /** Whether a capitalised {@code word} ends like a participle: five letters or more before it counts. */
    static boolean looksLikeParticiple(String word) {
        return word.length() >= MIN_LENGTH && word.endsWith("ing");
    }

    /**
     * Whether the page being read shows that {@code word} (capitalised, with or without the
     * punctuation around it or a possessive 's) is a name.
     */
    static boolean isName(String word) {
        Set<String> names = CURRENT.get();
        return !names.isEmpty() && names.contains(key(word));
    }

    private static String key(String word) {
        String w = Sentences.bare(word);
        return w.endsWith("'s") || w.endsWith("’s") ? w.substring(0, w.length() - 2) : w;
    }

    /** Runs {@code work} with {@code names} as the page's names in -ing. */
    static <T> T with(Set<String> names, Supplier<T> work) {
        Set<String> before = CURRENT.get();
        CURRENT.set(names);
        try {
            return work.get();
        } finally {
            CURRENT.set(before);
        }
    }

    /** The capitalised words in -ing of {@code body} that its text shows are names. */
    static Set<String> of(List<Part> body, NameEvidence evidence) {
        Set<String> out = new HashSet<>();
        Set<String> seen = new HashSet<>();
        for (Part part : body) {
            String t = part.text();
            for (int[] w : Sentences.words(t, 0, t.length())) {
                // most words end otherwise: look before taking any substring
                int b = w[1];
                while (b > w[0] && !Character.isLetter(t.charAt(b - 1))) {
                    b--;
                }
                if (b - w[0] < MIN_LENGTH || !t.startsWith("ing", b - 3) && !t.startsWith("ing's", b - 5)
                        && !t.startsWith("ing’s", b - 5)) {
                    continue;
                }
                String word = key(t.substring(w[0], w[1]));
                if (!looksLikeParticiple(word) || !Character.isUpperCase(word.charAt(0)) || !seen.add(word)) {
                    continue;
                }
                if ((evidence.isName(word) || evidence.isSurname(word)) && !evidence.writtenInLowerCase(word)
                        && !word.toUpperCase(Locale.ROOT).equals(word)) {
                    out.add(word);
                }
            }
        }
        return out.isEmpty() ? Set.of() : Set.copyOf(out);
    }
}
