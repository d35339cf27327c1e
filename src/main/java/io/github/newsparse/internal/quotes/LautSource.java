package io.github.newsparse.internal.quotes;

import io.github.newsparse.internal.quotes.ReportedSpeech.Found;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The German "laut" ("according to") with its source and no comma, the verb right after it:
 * "Laut Polizei wurde niemand verletzt." (what follows the source), "Die Geräte sind laut Polizei
 * betroffen." (the whole sentence around it). German writes its nouns capitalised, so the source
 * runs from its first capitalised word over the capitalised words, articles and prepositions that
 * join them ("dem Gesundheitsdirektor des Kantons", "Recherchen der „New York Times“") and ends
 * before the first other word: the verb. "laut" before no capitalised word is the adjective
 * ("lachen sie laut auf").
 */
final class LautSource {

    private LautSource() {
    }

    private static final String LAUT = "laut ";

    /**
     * Words that join the capitalised words of a source: a genitive's article ("Angaben des
     * Ministeriums") and a conjunction. A preposition may open the clause's own phrase ("laut
     * Polizei von dem Stromausfall betroffen"), so none joins.
     */
    private static final Set<String> LINKS = Set.of("der", "des", "einer", "eines", "und", "sowie");

    /** The most lower-case words between a link and the next noun: "des höchsten Gerichts". */
    private static final int MAX_WORDS_AFTER_LINK = 2;

    /** The most lower-case words before a source's first noun: "einem kürzlich ergangenen Urteil". */
    private static final int MAX_WORDS_BEFORE_NOUN = 3;

    /** How many characters after "laut" are read for the source and its verb. */
    private static final int MAX_WINDOW = 300;

    /** The most words of a source. */
    private static final int MAX_SOURCE_WORDS = 10;

    /** Marks a source may open or close with: "«Wall Street Journal»", "„New York Times“". */
    private static final String QUOTE_MARKS = "«»„“\"”";

    /**
     * The statement of the sentence {@code p[ss, end)} ({@code lower} is its lower-case text) that
     * a "laut" phrase attributes, or null: after a source that opens the sentence or follows a
     * comma or a dash, the words after it; inside the sentence, the whole sentence.
     */
    static Found find(String p, int ss, int end, String lower) {
        int at = lower.startsWith(LAUT) ? 0 : lower.indexOf(" " + LAUT);
        if (at < 0) {
            return null;
        }
        int phrase = at == 0 ? ss : ss + at + 1;
        // the source and its verb lie in the first words after the phrase: a bounded window
        List<int[]> words = Sentences.words(p, phrase + LAUT.length(), Math.min(end, phrase + LAUT.length() + MAX_WINDOW));
        int k = 0;
        while (k < words.size() && k < MAX_WORDS_BEFORE_NOUN && !isNoun(p, words, k)) {
            k++;
        }
        if (k >= words.size() || !isNoun(p, words, k)) {
            return null;
        }
        int last = k;
        for (k = last + 1; k < words.size() && k < MAX_SOURCE_WORDS && !endsWithComma(p, words, last); k++) {
            if (isNoun(p, words, k) || p.charAt(words.get(k)[0]) == '(') {
                last = k; // "Human Rights Watch (HRW)"
                continue;
            }
            if (!LINKS.contains(lower(p, words, k))) {
                break;
            }
            int noun = k + 1;
            while (noun < words.size() && noun - k <= MAX_WORDS_AFTER_LINK && !isNoun(p, words, noun)
                    && isLowerCase(p, words, noun)) {
                noun++;
            }
            if (noun >= words.size() || !isNoun(p, words, noun)) {
                break;
            }
            last = noun; // "des höchsten Gerichts"
            k = noun;
        }
        int verb = last + 1;
        if (verb >= words.size() || endsWithComma(p, words, last) || !isLowerCase(p, words, verb)
                || LINKS.contains(lower(p, words, verb))) {
            return null;
        }
        Mention m = PhraseAttribution.source(p.substring(words.get(0)[0], words.get(last)[1]));
        if (m == null) {
            return null;
        }
        Attribution a = new Attribution(m, "laut", phrase);
        boolean opens = at == 0 || opensClause(p, phrase);
        int start = opens ? words.get(verb)[0] : ss;
        return ReportedSpeech.words(p, start, end) < ReportedSpeech.MIN_CONTENT_WORDS ? null : new Found(start, end, a);
    }

    /** Whether the phrase at {@code phrase} follows a comma or a dash: a clause of its own opens with it. */
    private static boolean opensClause(String p, int phrase) {
        int i = phrase - 1;
        while (i >= 0 && p.charAt(i) == ' ') {
            i--;
        }
        return i >= 0 && ",—–-".indexOf(p.charAt(i)) >= 0;
    }

    /** Whether word {@code k} is capitalised, after any opening quotation mark: a German noun or name. */
    private static boolean isNoun(String p, List<int[]> words, int k) {
        int i = words.get(k)[0];
        while (i < words.get(k)[1] - 1 && QUOTE_MARKS.indexOf(p.charAt(i)) >= 0) {
            i++;
        }
        return Character.isUpperCase(p.charAt(i));
    }

    private static boolean isLowerCase(String p, List<int[]> words, int k) {
        return Character.isLowerCase(p.charAt(words.get(k)[0]));
    }

    private static boolean endsWithComma(String p, List<int[]> words, int k) {
        return p.charAt(words.get(k)[1] - 1) == ',';
    }

    private static String lower(String p, List<int[]> words, int k) {
        return p.substring(words.get(k)[0], words.get(k)[1]).toLowerCase(Locale.ROOT);
    }
}
