package io.github.newsparse.internal.quotes;

import java.util.Locale;
import java.util.function.Supplier;

/**
 * What the page being read shows of its words, for the attribution rules, which are static and
 * read one paragraph at a time: {@link QuoteFinder} states the page's {@link NameEvidence} for the
 * time it reads the page's quotes, on the thread that reads them, and the evidence is read only
 * when a rule asks.
 * <ul>
 * <li>Names that end like a participle ("Schilling", "Sperling", "Manning"): a capitalised word
 * in -ing opens a clause ("Speaking at the rally, …"), never a name, unless the word is
 * capitalised inside a sentence or follows a given name somewhere ("commentaries by Schilling
 * on", "Curt Schilling"), and is never written in lower case ("polling", "morning").</li>
 * <li>Words the page writes in lower case ("the comedian" makes "Comedian Sarah Silverman" a
 * role and a name).</li>
 * </ul>
 */
final class PageNames {

    private static final ThreadLocal<NameEvidence> CURRENT = new ThreadLocal<>();
    /** Shorter words in -ing ("King", "Ming", "Bing") are never taken for participles. */
    static final int MIN_LENGTH = 6;

    private PageNames() {
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

    /** Whether the page being read writes {@code word} capitalised inside a sentence ("… with Sanders on …"). */
    static boolean isCapitalisedInside(String word) {
        NameEvidence evidence = CURRENT.get();
        return evidence != null && evidence.isName(word);
    }

    /** Whether the page being read writes {@code word} right after a given name or a title ("Kim Kardashian"). */
    static boolean isSurname(String word) {
        NameEvidence evidence = CURRENT.get();
        return evidence != null && evidence.isSurname(word);
    }

    /** Whether the page being read writes {@code word} in lower case somewhere; false outside a page. */
    static boolean writtenInLowerCase(String word) {
        NameEvidence evidence = CURRENT.get();
        return evidence != null && evidence.writtenInLowerCase(word);
    }

    /**
     * The mention {@code parse} reads in {@code words}, remembered for the page being read (the
     * answer depends on the page's evidence, so it is never shared between pages); read afresh
     * outside a page.
     */
    static Mention mention(String words, java.util.function.Function<String, Mention> parse) {
        NameEvidence evidence = CURRENT.get();
        return evidence == null ? parse.apply(words) : evidence.mention(words, parse);
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
