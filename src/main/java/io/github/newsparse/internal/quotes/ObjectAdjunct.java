package io.github.newsparse.internal.quotes;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Where the object of a verb that takes one ends before an adjunct of time or occasion right after it:
 * "endorsed Cruz last week", "defended Cruz in a recent interview with The Post", "blasted the
 * instructor during a campaign rally", "backed the deal, while …". What the subject holds is the
 * object; when and where they said so is not part of it.
 */
final class ObjectAdjunct {

    private ObjectAdjunct() {
    }

    /** Nouns of an occasion ({@code occasion-nouns.txt}): "in a recent interview", "at a rally". */
    static final Set<String> OCCASION_NOUNS = Set.copyOf(QuoteLexicon.read("occasion-nouns.txt"));

    /** Words that open an adjunct of time by themselves: "during the debate", "while running" ("since": below). */
    private static final Set<String> TIME_OPENERS = Set.of("during", "while", "amid");

    /** Words that open a clause's subject after "since" of a reason: "since this is …", "since there are …". */
    private static final Set<String> CLAUSE_SUBJECTS = Set.of("this", "that", "there", "these", "those");

    /**
     * Prepositions of an occasion: "in his speech", "at a news conference" (after a speaker too:
     * "Jeb Bush in a Medium post").
     */
    static final Set<String> OCCASION_PREPOSITIONS = Set.of("in", "at");

    /**
     * Words of an object's own complement, before which no adjunct is looked for: "accused Cruz of
     * lying during the debate", "described the plan as a waste", "praised her for …", "how …".
     */
    private static final Set<String> COMPLEMENT_WORDS = Set.of("of", "as", "for", "to", "that", "how", "what");

    /** How many words of the object an adjunct may follow: "his former primary rival" and no more. */
    private static final int MAX_OBJECT_WORDS = 6;

    /** How many characters of the object are read for an adjunct. */
    private static final int MAX_WINDOW = 300;

    /** The most words between an occasion's preposition and its noun: "in a recent interview". */
    private static final int MAX_OCCASION_WORDS = 6;

    /**
     * The end of the object that {@code p[start, end)} holds: before the first adjunct of time or
     * occasion within its first {@value #MAX_OBJECT_WORDS} words, or {@code end}.
     */
    static int end(String p, int start, int end) {
        // the object and an adjunct after it lie in its first words: a bounded window
        List<int[]> words = Sentences.words(p, start, Math.min(end, start + MAX_WINDOW));
        if (!words.isEmpty() && isGerund(lower(p, words, 0))) {
            // "recommend staying in Osaka while visiting Kyoto": an action, whose adjunct is its own
            return end;
        }
        for (int j = 1; j < words.size() && j <= MAX_OBJECT_WORDS; j++) {
            String before = word(p, words, j - 1);
            if (COMPLEMENT_WORDS.contains(lower(p, words, j - 1))) {
                return end;
            }
            if (opensAdjunct(p, words, j)) {
                int cut = words.get(j - 1)[1];
                return before.endsWith(",") ? cut - 1 : cut;
            }
            if (before.endsWith(",") || before.endsWith(";")) {
                return end; // past a comma, the object goes on as a list or an appositive
            }
        }
        return end;
    }

    /** Whether word {@code j} opens an adjunct of time or occasion. */
    private static boolean opensAdjunct(String p, List<int[]> words, int j) {
        String w = word(p, words, j);
        if (TIME_OPENERS.contains(w)) {
            return true; // "during the debate", "while running for the Senate"
        }
        String next = j + 1 < words.size() ? lower(p, words, j + 1) : "";
        if (w.equals("since")) {
            // "since the Monday night debate"; "since it is just a report" gives a reason, a clause
            return !next.isEmpty() && !QuoteLexicon.PRONOUNS.contains(next) && !CLAUSE_SUBJECTS.contains(next);
        }
        if (w.equals("last")) {
            return SubjectAdjunct.isPeriod(next); // "last week"
        }
        if (w.equals("this")) {
            return SubjectAdjunct.isPeriod(next); // "this week" ("this week's vote" is no period)
        }
        if (w.equals("on")) {
            return SubjectAdjunct.isWeekday(next) && Character.isUpperCase(word(p, words, j + 1).charAt(0)); // "on Monday"
        }
        if (w.equals("earlier") || w.equals("later")) {
            return next.equals("this"); // "earlier this month"
        }
        if (!OCCASION_PREPOSITIONS.contains(w) || !SubjectAdjunct.OCCASION_DETERMINERS.contains(next)) {
            return false;
        }
        // "in a recent interview with The Post", "at a news conference at Mar-a-Lago"
        for (int k = j + 2; k < words.size() && k <= j + 1 + MAX_OCCASION_WORDS; k++) {
            if (OCCASION_NOUNS.contains(lower(p, words, k))) {
                return true;
            }
            if (word(p, words, k).endsWith(",")) {
                return false;
            }
        }
        return false;
    }

    /** The fewest letters of a gerund: "doing" and longer, not "king" or "thing". */
    private static final int MIN_GERUND_LENGTH = 5;

    private static boolean isGerund(String lower) {
        return lower.length() >= MIN_GERUND_LENGTH && lower.endsWith("ing") && !lower.endsWith("thing");
    }

    private static String word(String p, List<int[]> words, int j) {
        return p.substring(words.get(j)[0], words.get(j)[1]);
    }

    private static String lower(String p, List<int[]> words, int j) {
        return Sentences.bare(word(p, words, j)).toLowerCase(Locale.ROOT);
    }
}
