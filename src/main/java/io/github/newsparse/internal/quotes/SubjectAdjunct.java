package io.github.newsparse.internal.quotes;

import java.time.DayOfWeek;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What may stand between a subject and its verb without being part of the subject: a time ("The
 * mayor on Tuesday said", "Officials last week warned") or an aside between dashes ("Jason Sims
 * — a teacher from Mount Pleasant — says") or in parentheses ("Kasich (who has 25 delegates) said").
 */
final class SubjectAdjunct {

    private SubjectAdjunct() {
    }

    private static final Set<String> WEEKDAYS = weekdays();

    /** Words before a weekday or a period of time: "on Tuesday", "last week", "earlier this month". */
    private static final Set<String> TIME_LEADS = Set.of("on", "last", "this", "next", "early", "late", "earlier",
            "later", "that", "just", "in");

    /** Periods named after a lead: "last week", "this month", "Tuesday night". */
    private static final Set<String> PERIODS = Set.of("week", "month", "year", "weekend", "night", "morning",
            "afternoon", "evening", "spring", "summer", "fall", "autumn", "winter");

    /** Single words of time: "The mayor yesterday said". */
    private static final Set<String> TIME_WORDS = Set.of("yesterday", "today", "tonight", "recently", "earlier",
            "later", "previously", "initially", "originally", "first", "again", "once");

    /** Adverbs that link the sentence to the one before ("Carter however said"), and intensifiers ("Ford itself said"). */
    private static final Set<String> LINKING_ADVERBS = Set.of("however", "though", "meanwhile", "nonetheless",
            "nevertheless", "instead", "too", "likewise", "itself", "himself", "herself", "themselves");

    /** The fewest words of an aside in parentheses: fewer are a designation ("(R-Ohio)", "(D)"). */
    private static final int MIN_PARENTHETICAL_WORDS = 3;

    /** The longest aside between dashes, in words. */
    private static final int MAX_ASIDE_WORDS = 20;

    /**
     * The index of the word after the subject that ends before word {@code a} (the first word of
     * the verb): {@code a} itself, or the first word of the time or aside before it.
     */
    static int subjectEnd(String p, List<int[]> words, int a) {
        int k = a;
        if (k - 1 < 1 || word(p, words, k - 1).endsWith(",")) {
            // "Rex Early, who signed on last weekend, said": the comma closes an appositive
            return k;
        }
        if (AttributionFinder.isDash(word(p, words, k - 1))) {
            // "Jason Sims — a teacher from Mount Pleasant — says"
            for (int j = k - 2; j >= 1 && k - j <= MAX_ASIDE_WORDS; j--) {
                String w = word(p, words, j);
                if (AttributionFinder.isDash(w)) {
                    return j;
                }
                if (w.endsWith("—") || w.endsWith("--")) {
                    return j + 1 < k ? j + 1 : k;
                }
            }
            return k;
        }
        if (word(p, words, k - 1).endsWith(")")) {
            // "Kasich (who has 25 delegates to date) said": an aside in parentheses; a short
            // designation stays with the name ("Kasich (R-Ohio)", "the party (PTI)")
            for (int j = k - 1; j >= 1 && k - j <= MAX_ASIDE_WORDS; j--) {
                if (word(p, words, j).startsWith("(")) {
                    return k - j >= MIN_PARENTHETICAL_WORDS ? j : k;
                }
            }
            return k;
        }
        int phrase = phraseAfterName(p, words, k);
        if (phrase > 0) {
            return phrase;
        }
        int j = k - 1;
        if (j >= 2 && isYear(word(p, words, j)) && monthAfterLead(p, words, j - 1)) {
            j--; // "in April 2016"
        }
        while (j >= 1 && (PERIODS.contains(lower(p, words, j)) || WEEKDAYS.contains(lower(p, words, j))
                || monthAfterLead(p, words, j))) {
            j--;
        }
        if (j < k - 1) {
            while (j >= 1 && TIME_LEADS.contains(lower(p, words, j))) {
                j--;
            }
            return j + 1;
        }
        // "USA TODAY reported": a word in capitals is part of a name
        return j >= 1 && !io.github.newsparse.internal.structure.Casing.isAllCaps(word(p, words, j))
                && (TIME_WORDS.contains(lower(p, words, j)) || LINKING_ADVERBS.contains(lower(p, words, j))) ? j : k;
    }

    /** Prepositions of an occasion between a person's name and the verb: "Trump in his speech called …". */
    private static final Set<String> OCCASION_PREPOSITIONS = Set.of("in", "at", "during", "on");

    /** Words that open the occasion's noun phrase: "in his speech", "at a rally", "during the debate". */
    static final Set<String> OCCASION_DETERMINERS = Set.of("the", "a", "an", "his", "her", "their", "its",
            "this", "that", "one");

    /** The most words of such a phrase: "during a town hall meeting on Friday". */
    private static final int MAX_OCCASION_WORDS = 7;

    /**
     * The index of an occasion's preposition between a person named in full and the verb at
     * {@code k} ("Trump in his announcement speech called …", "Ruiz at a rally on Friday said"),
     * or -1: the phrase opens with a determiner and the words before it name a person.
     */
    private static int phraseAfterName(String p, List<int[]> words, int k) {
        for (int j = k - 2; j >= 1 && k - j <= MAX_OCCASION_WORDS; j--) {
            String w = word(p, words, j);
            if (w.endsWith(",") || word(p, words, j + 1).endsWith(",")) {
                return -1;
            }
            if (OCCASION_PREPOSITIONS.contains(w) && OCCASION_DETERMINERS.contains(lower(p, words, j + 1))
                    && j + 2 < k && Character.isLowerCase(word(p, words, j + 2).charAt(0))) {
                // "at a rally", "in his speech"; never "at the National Review", where the person works
                int from = AttributionFinder.clauseStart(p, words, j);
                if (from >= j) {
                    return -1;
                }
                Mention m = MentionParser.parse(p.substring(words.get(from)[0], words.get(j - 1)[1]));
                // "People in the article", "Participants in the study": a group's own description
                return m != null && m.kind() == Mention.Kind.PERSON && !isSourceNoun(m.text()) ? j : -1;
            }
        }
        return -1;
    }

    /** Whether {@code text} is one noun of people or groups ("People", "Participants"), not a name. */
    private static boolean isSourceNoun(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        if (text.indexOf(' ') >= 0) {
            return false;
        }
        for (String ending : VerbAttribution.PLURAL_ENDINGS) {
            if (lower.endsWith(ending)) {
                return true; // "Participants", "Researchers": a plural of people
            }
        }
        return QuoteLexicon.SOURCE_NOUNS.contains(lower) || QuoteLexicon.GROUP_NOUNS.contains(lower);
    }

    private static String word(String p, List<int[]> words, int j) {
        return p.substring(words.get(j)[0], words.get(j)[1]);
    }

    private static String lower(String p, List<int[]> words, int j) {
        return Sentences.bare(word(p, words, j)).toLowerCase(Locale.ROOT);
    }

    /** Nouns of time that a sentence may open with before its subject: "One day I realized …". */
    private static final Set<String> TIME_NOUNS = Set.of("day", "days", "time", "times", "moment", "hour", "hours",
            "minute", "minutes", "weeks", "months", "years", "decade", "decades", "ago");

    /**
     * Whether {@code lower}, in lower case, is a word of time: a period ("week"), a time noun
     * ("day", "moment") or an adverb of time ("later", "yesterday").
     */
    static boolean isTimeWord(String lower) {
        return PERIODS.contains(lower) || TIME_WORDS.contains(lower) || TIME_NOUNS.contains(lower);
    }

    /** Whether {@code lower}, in lower case, is a period named after a lead: "week" of "last week". */
    static boolean isPeriod(String lower) {
        return PERIODS.contains(lower);
    }

    /** Whether {@code lower}, in lower case, names a day of the week ("saturday"). */
    static boolean isWeekday(String lower) {
        return WEEKDAYS.contains(lower);
    }

    /** Month names, capitalised as written: "in April" ("may" in lower case is a verb). */
    private static final Set<String> MONTHS = months();

    private static Set<String> months() {
        Set<String> out = new java.util.HashSet<>();
        for (java.time.Month m : java.time.Month.values()) {
            out.add(m.getDisplayName(TextStyle.FULL, Locale.ENGLISH));
        }
        return Set.copyOf(out);
    }

    /**
     * Whether word {@code j} is a month's name, capitalised, after a lead ("in April", "early
     * March"): without one it may be a name ("Theresa May") or open a clause ("Only March posted …").
     */
    private static boolean monthAfterLead(String p, List<int[]> words, int j) {
        if (j < 2 || !MONTHS.contains(word(p, words, j)) || !TIME_LEADS.contains(word(p, words, j - 1))) {
            return false;
        }
        // "Democrats trying to win the county in November say": the time is the phrase's; "He sent a
        // memo to the paper in April explaining …": the sentence's verb comes before it
        for (int i = j - 2; i >= Math.max(0, j - 2 - MAX_SUBJECT_BEFORE_MONTH); i--) {
            String w = lower(p, words, i);
            if (w.endsWith("ing") || w.equals("to") || w.endsWith("ed") || QuoteLexicon.PRONOUNS.contains(w)) {
                return false;
            }
        }
        return true;
    }

    /** The words before a month's lead read for a verb of their own: "Federal prosecutors in April". */
    private static final int MAX_SUBJECT_BEFORE_MONTH = 6;

    /** Whether {@code word} is a year of four digits: "2016". */
    private static boolean isYear(String word) {
        if (word.length() != 4) {
            return false;
        }
        for (int i = 0; i < 4; i++) {
            if (word.charAt(i) < '0' || word.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    private static Set<String> weekdays() {
        Set<String> out = new java.util.HashSet<>();
        for (DayOfWeek d : DayOfWeek.values()) {
            out.add(d.getDisplayName(TextStyle.FULL, Locale.ENGLISH).toLowerCase(Locale.ROOT));
        }
        return Set.copyOf(out);
    }
}
