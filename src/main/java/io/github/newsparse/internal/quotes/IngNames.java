package io.github.newsparse.internal.quotes;

import java.util.Locale;
import java.util.function.Supplier;

/**
 * Names that end like a participle ("Schilling", "Sperling", "Manning"). The attribution rules
 * read a capitalised word in -ing as a participle opening a clause ("Speaking at the rally, …"),
 * never a name, unless the page shows otherwise: the word is capitalised inside a sentence or
 * follows a given name somewhere ("commentaries by Schilling on", "Curt Schilling"), and is never
 * written in lower case ("polling", "morning"). The rules are static and read one paragraph at a
 * time, so {@link QuoteFinder} states the page's evidence for the time it reads the page's quotes,
 * on the thread that reads them; the evidence is read only when a rule asks about such a word.
 */
final class IngNames {

    private static final ThreadLocal<NameEvidence> CURRENT = new ThreadLocal<>();
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
        NameEvidence evidence = CURRENT.get();
        if (evidence == null) {
            return false;
        }
        String w = NameEvidence.withoutPossessive(Sentences.bare(word));
        return looksLikeParticiple(w) && Character.isUpperCase(w.charAt(0)) && !w.toUpperCase(Locale.ROOT).equals(w)
                && (evidence.isName(w) || evidence.isSurname(w)) && !evidence.writtenInLowerCase(w);
    }

    /** Runs {@code work} with {@code evidence} as the page's. */
    static <T> T with(NameEvidence evidence, Supplier<T> work) {
        NameEvidence before = CURRENT.get();
        CURRENT.set(evidence);
        try {
            return work.get();
        } finally {
            if (before == null) {
                CURRENT.remove();
            } else {
                CURRENT.set(before);
            }
        }
    }
}
