package io.github.newsparse.internal.quotes;

import static io.github.newsparse.internal.quotes.ReportedSpeech.*;

import io.github.newsparse.CueType;
import io.github.newsparse.internal.quotes.AttributionVerbs.Complement;
import io.github.newsparse.internal.quotes.AttributionVerbs.Entry;
import io.github.newsparse.internal.quotes.AttributionVerbs.Form;
import io.github.newsparse.internal.quotes.ReportedSpeech.Found;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The general shape of an attribution led by its source: a subject, an attribution verb of any
 * type ({@link AttributionVerbs}) agreeing with it, and the verb's complement as the content:
 * "Officials expect rates to rise", "Rubio wants to emerge as the alternative", "The poll shows
 * the race tightening", "Sanders accused Republicans of putting the NRA first". Tried after the
 * speech shapes, for sentences they leave.
 */
final class VerbAttribution {

    private VerbAttribution() {
    }

    /** Words between a subject and its verb that belong to the cue: "has not", "is", "did". */
    private static final Set<String> AUXILIARIES = Set.of("has", "have", "had", "is", "are", "was", "were", "be",
            "been", "will", "would", "could", "should", "can", "may", "might", "must", "do", "does", "did", "not",
            "never", "also", "still", "now", "already", "repeatedly", "long", "even", "just", "often", "again", "once", "then",
            "n't", "didn't", "doesn't", "don't", "hasn't", "haven't", "won't", "wouldn't", "isn't", "wasn't");

    /** Auxiliaries of the perfect: the form after them is a participle, whatever the subject. */
    private static final Set<String> PERFECT = Set.of("has", "have", "had");

    /** Auxiliaries after which any form of the verb stands: "will say", "did not want". */
    private static final Set<String> MODALS = Set.of("will", "would", "could", "should", "can", "may", "might",
            "must", "do", "does", "did", "didn't", "doesn't", "don't", "won't", "wouldn't", "to");

    /** Verbs of habit, course and likelihood before "to" and a cue: "tended to support", "likely to say". */
    private static final Set<String> CATENATIVES = Set.of("tend", "tends", "tended", "used", "continue", "continues",
            "continued", "began", "begun", "started", "likely", "unlikely");

    /** Forms of "be" and "get" before "used to": the passive of "use" ("is used to observe"), no habit. */
    private static final Set<String> PASSIVE_BE = Set.of("is", "are", "was", "were", "be", "been", "being", "get",
            "gets", "got", "gotten", "getting");

    /**
     * Whether "used" at word {@code used} is the passive's participle: a form of "be" before it,
     * or before an adverb ("is also used", "are commonly used").
     */
    private static boolean passiveUsed(String p, List<int[]> words, int used) {
        int b = used - 1;
        String before = b >= 0 ? word(p, words, b) : "";
        if (b >= 1 && (before.endsWith("ly") || before.equals("also") || before.equals("often"))) {
            before = word(p, words, --b);
        }
        return PASSIVE_BE.contains(before);
    }

    /** Forms of "go" before "on to" and a cue: "went on to say". */
    private static final Set<String> GO_FORMS = Set.of("go", "goes", "went", "going", "gone");

    /** Forms of "get" that make a passive of the participle after them: "got told", "gets asked". */
    static final Set<String> GET_FORMS = Set.of("get", "gets", "got", "gotten", "getting");

    /** Words of degree before a catenative: "more likely to say", "slightly less likely to". */
    private static final Set<String> DEGREES = Set.of("more", "less", "most", "least", "slightly", "much", "far",
            "twice", "as");

    /** Modals of what may happen: "can add", "should plan", "may consider". */
    private static final Set<String> HYPOTHETICAL = Set.of("can", "could", "may", "might", "should", "must");

    /** Auxiliaries that a verb in -s never follows: "have notes" is a noun's. */
    private static final Set<String> FINITE_AUXILIARIES = Set.of("has", "have", "had", "is", "are", "was", "were",
            "be", "been", "will", "would", "could", "should", "can", "may", "might", "must", "do", "does", "did",
            "didn't", "doesn't", "don't", "hasn't", "haven't", "won't", "wouldn't", "isn't", "wasn't");

    /**
     * Particles that make a verb that takes an object another verb, whose object is none of the
     * subject's stance: "backed off buying PC parts", "backed down", "backed away from".
     */
    private static final Set<String> OBJECT_PARTICLES = Set.of("off", "down", "away", "out");

    /** Particles that make a verb of evidence another verb: "shows off", "showed up". */
    private static final Set<String> SHOW_PARTICLES = Set.of("off", "up");

    /** Whether one of words {@code [from, to)} is an auxiliary of {@link #FINITE_AUXILIARIES}. */
    static boolean finiteAuxiliaryIn(String p, List<int[]> words, int from, int to) {
        for (int j = from; j < to; j++) {
            if (FINITE_AUXILIARIES.contains(word(p, words, j))) {
                return true;
            }
        }
        return false;
    }

    /** Auxiliaries of the progressive: "is saying", "were hoping". */
    private static final Set<String> PROGRESSIVE = Set.of("is", "are", "was", "were", "been", "be", "am");

    /** Words that cannot end a subject: function words, adverbs of time and place. */
    private static final Set<String> NOT_SUBJECT_HEADS = Set.of("the", "a", "an", "of", "to", "in", "on", "at",
            "for", "with", "by", "from", "and", "or", "but", "that", "this", "these", "those", "there", "here",
            "then", "now", "also", "not", "so", "as", "if", "when", "while", "because", "than", "his", "her", "their",
            "its", "our", "my", "your", "is", "are", "was", "were", "be", "been", "has", "have", "had", "will",
            "would", "could", "should", "can", "may", "might", "must", "do", "does", "did", "just", "even", "still",
            "only", "all", "very", "too", "today", "yesterday", "tomorrow", "ago", "later", "earlier", "week",
            "year", "month", "day", "time", "what", "which", "where", "how", "why", "whether", "one", "other", "new",
            "many", "several", "some", "both", "few", "more", "most", "such", "any", "each", "every", "no", "ever");

    /** Words that make the words before a verb a phrase or a clause, never its subject. */
    static final Set<String> NOT_SUBJECT_STARTS = Set.of("in", "on", "at", "for", "with", "by", "from",
            "to", "of", "after", "before", "during", "since", "until", "about", "over", "under", "into", "through",
            "if", "when", "because", "although", "though", "while", "as", "than", "there", "here", "what", "how",
            "despite", "amid", "among", "throughout", "across", "around", "behind", "beyond", "along", "within",
            "toward", "towards", "against", "between",
            "why", "whether", "where", "once", "unless", "it's", "that's", "there's", "instead",
            // a finite verb opens a predicate, never a subject: "… and is one of the most cited researchers"
            "is", "are", "was", "were", "am");

    /** Finite verbs that show the words before a cue hold a clause of their own. */
    private static final Set<String> FINITE = Set.of("is", "are", "was", "were", "has", "have", "had", "will",
            "would", "can", "could", "should", "may", "might", "must", "does", "did", "do");

    /** Words that open a clause of what may be, not what is: "if she would endorse …". */
    private static final Set<String> CONDITIONS = Set.of("if", "whether", "unless");

    /** Relative pronouns that stand for the subject before them: "Trump, who wants to …". */
    private static final Set<String> RELATIVES = Set.of("who", "which", "that");

    /** Longest subject, in words. */
    private static final int MAX_SUBJECT_WORDS = 12;
    /**
     * Words after "who" that show it is the relative clause's object, not its subject: "a man who
     * many believe betrayed …", "the aide who he said …" (so the clause is no part of a subject).
     */
    private static final Set<String> OBJECT_RELATIVE = Set.of("he", "she", "they", "i", "we", "it", "you", "the",
            "a", "an", "his", "her", "their", "its", "our", "my", "your", "this", "that", "these", "those", "many",
            "some", "most", "all", "few", "several", "both", "each", "other", "others", "critics", "people");

    /** The attribution in {@code p[ss, end)}, or null. */
    static Found find(String p, int ss, int end, List<int[]> words) {
        if (isQuestion(p, end)) {
            // "Have you ever tried to …?": a question attributes nothing
            return null;
        }
        int limit = Math.min(words.size(), LeadingClause.MAX_CUE_WORD);
        for (int k = 1; k < limit; k++) {
            // a word is never empty: its first character decides
            if (!Character.isLowerCase(p.charAt(words.get(k)[0]))) {
                continue;
            }
            Found f = at(p, words, k, end);
            if (f != null) {
                return f;
            }
        }
        return null;
    }

    /**
     * The sentence's own verb inside what a restrictive relative clause seemed to say: in
     * "Critics who advocate free speech argue that …" or "Voters who want to ban abortion said
     * …", the clause's cue ("advocate", "want") took the rest of the sentence, main verb and all;
     * the main verb, whose subject ({@link #subject}) takes in the whole relative clause, is found
     * here. Null when
     * {@code relative}'s source is not a "who" right after its group (no comma: "Trump, who said
     * …, issued" is another shape), or no verb of its content has such a subject.
     */
    static Found afterRestrictiveRelative(String p, int ss, int end, Found relative) {
        Attribution a = relative.attribution();
        if (a.mention() == null || !a.mention().text().equalsIgnoreCase("who")) {
            return null;
        }
        List<int[]> words = Sentences.words(p, ss, end);
        int who = -1;
        for (int j = 1; j < words.size() && words.get(j)[1] <= a.cueAt(); j++) {
            who = word(p, words, j).equals("who") ? j : who;
        }
        if (who < 1 || p.substring(words.get(who - 1)[0], words.get(who - 1)[1]).endsWith(",")) {
            return null;
        }
        for (int k = who + 2; k < words.size(); k++) {
            int at = words.get(k)[0];
            if (at <= relative.start() || !Character.isLowerCase(p.charAt(at))) {
                continue;
            }
            if (at >= relative.end()) {
                break;
            }
            Found g = at(p, words, k, end);
            if (g != null) {
                return g;
            }
        }
        return null;
    }

    /** Words that join a second predicate to the first one's subject: "thanked Miami and said …". */
    private static final List<String> PREDICATE_LINKS = List.of(", and then ", " and then ", ", and ", " and ",
            ", then ", ", but ", " but ");

    /** Second predicates tried in one sentence: keeps a sentence of many "and"s linear. */
    private static final int MAX_PREDICATE_TRIES = 6;

    /**
     * A second predicate of the sentence's subject that attributes: "Rubio thanked Miami and said
     * it was great to be home", "The mayor toured the levee, then praised the engineers". The
     * subject is the sentence's ({@code subject}); the verb follows a link word of
     * {@link #PREDICATE_LINKS}, after at most two auxiliaries or adverbs.
     */
    static Found secondPredicate(String p, int from, int end, Mention subject) {
        int tries = 0;
        for (int at = from; at < end && tries < MAX_PREDICATE_TRIES; at++) {
            char ch = p.charAt(at);
            if (ch != ' ' && ch != ',') {
                continue;
            }
            for (String link : PREDICATE_LINKS) {
                if (!p.startsWith(link, at)) {
                    continue;
                }
                tries++;
                // "… the levee, which is ten feet high and considered a marvel": a link inside a
                // relative clause joins that clause's predicates, never the subject's
                Found f = LeadingClause.insideThingsRelative(p, from, at, subject) ? null
                        : predicate(p, at + link.length(), end, subject);
                if (f != null) {
                    return f;
                }
                at += link.length() - 1;
                break;
            }
        }
        return null;
    }

    /**
     * The attribution verb that opens {@code p[from, end)} with its content, for a known subject
     * ("… and has called for the secretary to release …" after a stance of the same subject).
     */
    static Found predicateOf(String p, int from, int end, Mention subject) {
        return predicate(p, from, end, subject);
    }

    /** The attribution verb that opens {@code p[from, end)} with its content, for a known subject. */
    private static Found predicate(String p, int from, int end, Mention subject) {
        List<int[]> words = Sentences.words(p, from, Math.min(end, from + 400));
        int k = 0;
        while (k < words.size() && k < 2 && auxiliaryAt(p, words, k) && !HYPOTHETICAL.contains(word(p, words, k))) {
            k++;
        }
        if (k >= words.size() - 1) {
            return null;
        }
        String lower = word(p, words, k);
        if (!lower.equals(p.substring(words.get(k)[0], words.get(k)[1]).replace('\u2019', '\''))) {
            return null; // a capitalised word is a name, not a verb
        }
        FormAt form = formAt(p, words, k, Sentences.bare(lower));
        Entry entry = form == null ? null : form.entry();
        int last = form == null ? k : form.last();
        if (entry == null || !lower.equals(entry.words()[0]) || entry.form() == Form.PARTICIPLE
                || entry.form() == Form.BASE && k == 0) {
            // "and saying" is a participle of its own shape; a bare "and say" may be an infinitive's
            return null;
        }
        boolean be = false;
        for (int j = 0; j < k; j++) {
            be |= PROGRESSIVE.contains(word(p, words, j));
        }
        if (!agrees(entry.form(), be) || entry.form() == Form.THIRD_PERSON && subject != null && subject.takesBaseForm()) {
            // "I totally understand, and thanks for reading": "thanks" is no verb of "I"
            return null;
        }
        int c = contentStart(p, words, k, last, entry);
        if (c < 0 || startsWithQuote(p, c) || !opensContent(p, c) || objectSense(p, c, end, entry)
                || p.charAt(words.get(last)[1] - 1) == ',' && LeadingClause.opensWithParticiple(p, c, end)) {
            // "Huckabee agreed, praising …": after the comma a participle attributes what follows it
            return null;
        }
        int e = contentEnd(p, c, end);
        if (!enoughContent(p, c, e, entry)) {
            return null;
        }
        String cue = AttributionFinder.stripEndPunctuation(p.substring(words.get(0)[0], words.get(last)[1]));
        return new Found(c, e, new Attribution(subject, cue, words.get(0)[0]));
    }

    /** Words that count a plural noun: "50 states", "all reports", "several claims". */
    private static final Set<String> COUNTERS = Set.of("all", "many", "several", "some", "two",
            "three", "four", "five", "few", "both", "these", "those", "other", "most");

    /** Whether the word before {@code k} counts it: a number or a quantifier, so word {@code k} is a noun. */
    static boolean countedNoun(String p, List<int[]> words, int k) {
        String raw = p.substring(words.get(k - 1)[0], words.get(k - 1)[1]);
        String before = Sentences.bare(raw).toLowerCase(Locale.ROOT);
        if (before.isEmpty() || raw.endsWith(",")) {
            // "Benjamin Green, 83, knows": an age between commas counts nothing
            return false;
        }
        boolean number = true;
        for (int i = 0; i < before.length() && number; i++) {
            number = Character.isDigit(before.charAt(i)) || before.charAt(i) == ',';
        }
        return number || COUNTERS.contains(before);
    }

    private static boolean isQuestion(String p, int end) {
        int i = end;
        while (i < p.length() && (p.charAt(i) == '"' || p.charAt(i) == '”' || p.charAt(i) == ' ')) {
            i++;
        }
        return i < p.length() && p.charAt(i) == '?' || end > 0 && p.charAt(end - 1) == '?';
    }

    /** The attribution whose cue is word {@code k} of {@code words}, or null. */
    static Found at(String p, List<int[]> words, int k, int end) {
        if (!Sentences.bareLowerIn(AttributionVerbs.FIRST_WORDS, p, words.get(k)[0], words.get(k)[1])) {
            return null; // no form of the lexicon starts with this word
        }
        String lower = p.substring(words.get(k)[0], words.get(k)[1]).toLowerCase(Locale.ROOT);
        FormAt form = formAt(p, words, k, Sentences.bare(lower));
        Entry entry = form == null ? null : form.entry();
        int last = form == null ? k : form.last();
        if (entry == null || !lower.equals(entry.words()[0]) && !lower.equals(entry.words()[0] + ",")) {
            // a verb glued to other punctuation ("said." "shows:") is not this shape
            return null;
        }
        if (entry.form() == Form.THIRD_PERSON && countedNoun(p, words, k)) {
            // "voters in all 50 states revealed …", "several reports": a plural noun after a count
            return null;
        }
        if (entry.form() == Form.THIRD_PERSON && last == k && LeadingClause.NOUN_CUES.contains(Sentences.bare(lower))
                && !QuoteLexicon.PRONOUNS.contains(word(p, words, k - 1)) && !RELATIVES.contains(word(p, words, k - 1))
                && last + 1 < words.size() && LeadingClause.verbAfterNounAt(p, words, last + 1)) {
            // "Initial estimates showed …", "FEC reports show …", "coding challenges make …": a verb
            // right after the word shows it was the subject's plural noun
            return null;
        }
        if (last == k && LeadingClause.modifiesNoun(p, words, k, Sentences.bare(lower))) {
            // "most state parties release …": a noun's modifier
            return null;
        }
        int a = k;
        boolean be = false;
        boolean hypothetical = false;
        boolean modal = false;
        while (a - 1 >= 1 && k - a < 3 && auxiliaryAt(p, words, a - 1)) {
            a--;
            be |= PROGRESSIVE.contains(word(p, words, a));
            hypothetical |= HYPOTHETICAL.contains(word(p, words, a));
            modal |= MODALS.contains(word(p, words, a))
                    || PERFECT.contains(word(p, words, a)) && AttributionVerbs.isBaseAlsoParticiple(entry.words()[0]);
        }
        if (a == k && entry.form() == Form.BASE && a - 3 >= 1 && word(p, words, a - 1).equals("to")
                && word(p, words, a - 2).equals("on") && GO_FORMS.contains(word(p, words, a - 3))) {
            // "Pence went on to say he was confident": going on to say is saying
            a -= 3;
            modal = true;
        } else if (a == k && entry.form() == Form.BASE && a - 2 >= 1 && word(p, words, a - 1).equals("to")
                && CATENATIVES.contains(word(p, words, a - 2))) {
            // "Voters tended to support Clinton", "Ruiz used to oppose the plan", "were more likely to say":
            // what the subject holds, through a verb of habit or likelihood
            if (word(p, words, a - 2).equals("used") && passiveUsed(p, words, a - 2)) {
                // "It is used to observe …", "The data were used to argue …": a thing put to a use, no habit
                return null;
            }
            a -= 2;
            modal = true;
            int c = a;
            while (a - 1 >= 1 && c - a < 3 && (auxiliaryAt(p, words, a - 1) || DEGREES.contains(word(p, words, a - 1)))) {
                a--;
                hypothetical |= HYPOTHETICAL.contains(word(p, words, a));
            }
        }
        if (a == k && entry.form() == Form.PAST && GET_FORMS.contains(word(p, words, k - 1))) {
            // "The router got told to …": a passive with "get", whose subject says nothing
            return null;
        }
        if (entry.form() == Form.THIRD_PERSON && finiteAuxiliaryIn(p, words, a, k)) {
            // "Does it have notes of black pepper?": after an auxiliary a word in -s is a noun
            return null;
        }
        if (entry.type() == CueType.EVIDENCE && last == k && last + 1 < words.size()
                && SHOW_PARTICLES.contains(word(p, words, last + 1))) {
            // "the record shows off her songwriting": another verb, not what a record shows
            return null;
        }
        if (!agrees(entry.form(), be) || hypothetical) {
            // "You can also add …", "patients may ask …": what someone could do, not what they hold
            return null;
        }
        if (a == k && entry.type() == CueType.EVIDENCE && AttributionVerbs.isPastParticipleOnly(Sentences.bare(lower))) {
            // "the performance data shown represent past performance": without an auxiliary,
            // "shown" or "proven" modifies the noun before it; it is no verb of it ("a state seen
            // as critical" still holds a belief, whose holder is left unsaid)
            return null;
        }
        int c = contentStart(p, words, k, last, entry);
        if (c < 0 || startsWithQuote(p, c) || !opensContent(p, c) || objectSense(p, c, end, entry)
                || p.charAt(words.get(last)[1] - 1) == ',' && LeadingClause.opensWithParticiple(p, c, end)) {
            // "Huckabee agreed, praising …": after the comma a participle attributes what follows it
            return null;
        }
        int e = contentEnd(p, c, end);
        if (last > k + 1 && entry.words().length == 2 && entry.words()[1].equals("about")) {
            // "asked him about it, and he said …", "asked Trump about statements he had made, when he
            // claimed …": what the question was about ends before a clause of its own
            e = topicEnd(p, c, e);
        }
        if (LeadingClause.inOpeningSubordinate(p, words, a)) {
            // "While officials expect X, …": the content ends with the opening clause
            e = LeadingClause.subordinateEnd(p, c, e);
        }
        if (LeadingClause.inRelativeClause(p, words, a)) {
            // "Trump, who said last week that the judge was biased, issued a statement": the
            // content ends where the sentence's own predicate resumes
            e = LeadingClause.relativeClauseEnd(p, c, e);
        }
        if (!enoughContent(p, c, e, entry)) {
            return null;
        }
        if (entry.complement() == Complement.MESSAGE && (e < p.length() && p.charAt(e) == ':' || p.charAt(e - 1) == ':')) {
            // "has issued the following statement: “…”": the message is the quotation after the colon
            return null;
        }
        // after "did", "will" or "didn't" the base form stands for any subject: "Trump did support …";
        // after "has" it is the participle of a verb whose participle is its base: "Ruiz has cast …"
        Form agreement = modal && entry.form() == Form.BASE ? Form.PAST : entry.form();
        Mention m = subject(p, words, Math.max(1, SubjectAdjunct.subjectEnd(p, words, a)), agreement);
        if (m == null || entry.type() == CueType.EVIDENCE && !evidenceSource(m.text()) && !LeadingClause.followsThat(p, c)
                || !canAttribute(m)) {
            // "he found himself stuck": a person finds things; what a study finds is its evidence
            return null;
        }
        String cue = AttributionFinder.stripEndPunctuation(p.substring(words.get(a)[0], words.get(last)[1]));
        if (LeadingClause.inOpeningSubordinate(p, words, a)) {
            // "When veterans ask for help, too many calls go unanswered": the statement ends with the
            // clause that opens the sentence, as a leading clause's does
            int comma = p.indexOf(", ", c);
            e = comma > c && comma < e ? comma : e;
        }
        return new Found(c, e, new Attribution(m, cue, words.get(a)[0]));
    }

    /** Finite verbs that cannot open the content: the "verb" was a noun ("Current estimates are …"). */
    private static final Set<String> FINITE_CONTENT_STARTS = Set.of("is", "are", "was", "were", "has", "have", "had",
            "will", "would");

    /**
     * Adverbs that point within the text or the page: "discussed here", "mentioned above" ("there"
     * opens a clause: "said there are …").
     */
    private static final Set<String> POINTING_ADVERBS = Set.of("here", "above", "below", "earlier", "previously",
            "elsewhere");

    /**
     * Prepositions and conjunctions that open the content only after "that": else the verb has no
     * complement ("calls over the weekend").
     */
    private static final Set<String> PHRASE_CONTENT_STARTS = Set.of("in", "on", "at", "over", "during", "after",
            "before", "from", "by", "with", "when", "while", "following", "since", "until", "into", "through", "across",
            "as", "of", "about", "and", "or");

    /** How far a clause after "that" that opens with a phrase is read for its verb. */
    private static final int MAX_THAT_CLAUSE_CHARS = 300;

    static boolean opensContent(String p, int c) {
        int e = c;
        while (e < p.length() && p.charAt(e) != ' ') {
            e++;
        }
        String first = Sentences.bare(p.substring(c, e)).toLowerCase(Locale.ROOT);
        if (POINTING_ADVERBS.contains(first)) {
            // "All of the medications discussed here are …": the participle and its adverb describe
            // the noun before them, whose verb follows
            int s = e;
            while (s < p.length() && p.charAt(s) == ' ') {
                s++;
            }
            int t = s;
            while (t < p.length() && p.charAt(t) != ' ') {
                t++;
            }
            if (FINITE_CONTENT_STARTS.contains(Sentences.bare(p.substring(s, t)).toLowerCase(Locale.ROOT))) {
                return false;
            }
        }
        // after "that" a clause may open with a phrase ("arguing that with the backing of voters he
        // can win"), but a verb shows "that" was the subject ("we knew that would help")
        return !FINITE_CONTENT_STARTS.contains(first) && (!PHRASE_CONTENT_STARTS.contains(first)
                || LeadingClause.followsThat(p, c)
                        && LeadingClause.mainClauseLike(p, c, LeadingClause.clauseEnd(p, c, Math.min(p.length(), c + MAX_THAT_CLAUSE_CHARS))));
    }

    /** Conjunctions after which the sentence goes on with a clause of the writer's own. */
    private static final List<String> CONTENT_ENDS = List.of(", but ", ", while ", ", which ", ", who ", " — ");

    /** The end of the content that starts at {@code c}: the sentence's, or before a clause of its own. */
    static int contentEnd(String p, int c, int end) {
        int e = LeadingClause.clauseEnd(p, c, end);
        boolean phraseComma = opensPhraseAfterThat(p, c, e);
        for (int at = c; at < e; at++) {
            char ch = p.charAt(at);
            if (ch != ',' && ch != ' ') {
                continue;
            }
            for (String sep : CONTENT_ENDS) {
                if (p.startsWith(sep, at) && words(p, c, at) >= MIN_CONTENT_WORDS) {
                    return at;
                }
            }
            if (ch == ',' && phraseComma) {
                // the opening phrase's comma, when the phrase holds no verb: the clause's subject follows
                phraseComma = false;
                if (!holdsFiniteVerb(p, c, at)) {
                    continue;
                }
            }
            if (ch == ',' && !opensSubordinate(p, c, e) && opensMainClause(p, at + 1, e)) {
                // "After lamenting illegal immigration, Clinton took a moment …": the sentence's
                // own subject and verb after the clause that held the cue
                return at;
            }
        }
        return e;
    }

    /** Words that open a subordinate clause or a question: its main clause follows its comma. */
    private static final java.util.Set<String> SUBORDINATORS = java.util.Set.of("if", "when", "how", "after",
            "before", "while", "because", "although", "though", "as", "unless", "once", "since", "whether", "what",
            "why", "where", "who", "that");

    /** Whether the content at {@code c} opens with a subordinator ("if Mr. Trump prevails, the party …"). */
    private static boolean opensSubordinate(String p, int c, int end) {
        int e = c;
        while (e < end && Character.isLetter(p.charAt(e))) {
            e++;
        }
        return SUBORDINATORS.contains(p.substring(c, e).toLowerCase(Locale.ROOT));
    }

    /** Whether a word of {@code p[from, to)} is an auxiliary or a past form. */
    private static boolean holdsFiniteVerb(String p, int from, int to) {
        for (int[] w : Sentences.words(p, from, to)) {
            if (ReportedSpeech.looksLikePastOrAuxiliary(p.substring(w[0], w[1]))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the content at {@code c} follows "that" and opens with a phrase ("argue that by
     * month's end, Clinton will …"): the phrase's comma is followed by the clause's own subject.
     */
    private static boolean opensPhraseAfterThat(String p, int c, int end) {
        int e = c;
        while (e < end && Character.isLetter(p.charAt(e))) {
            e++;
        }
        String first = p.substring(c, e).toLowerCase(Locale.ROOT);
        return PHRASE_CONTENT_STARTS.contains(first) && LeadingClause.followsThat(p, c);
    }

    /** The longest subject of a main clause that ends a content after its comma, in words. */
    private static final int MAX_MAIN_SUBJECT_WORDS = 4;

    /**
     * Whether a main clause opens at {@code from}: a pronoun, a name or a "the …" phrase of a
     * few words, then a finite verb ("Clinton took", "the Democratic base has", "he said").
     */
    private static boolean opensMainClause(String p, int from, int end) {
        List<int[]> w = Sentences.words(p, from, Math.min(end, from + 80));
        if (w.size() < 2) {
            return false;
        }
        String first = Sentences.bare(p.substring(w.get(0)[0], w.get(0)[1]));
        if (first.isEmpty()) {
            return false;
        }
        String lower = first.toLowerCase(Locale.ROOT);
        boolean pronoun = QuoteLexicon.PRONOUNS.contains(lower) && !lower.equals("it");
        if (!pronoun && !Character.isUpperCase(first.charAt(0)) && !lower.equals("the")) {
            return false;
        }
        for (int k = 1; k < w.size() && k <= MAX_MAIN_SUBJECT_WORDS; k++) {
            String word = p.substring(w.get(k)[0], w.get(k)[1]);
            if (word.endsWith(",")) {
                return false;
            }
            if (ReportedSpeech.looksLikeVerb(word) && !word.endsWith("s") || IS_AUXILIARY.contains(word)) {
                return true;
            }
            if (pronoun || Character.isLowerCase(word.charAt(0)) && k > 1 && !lower.equals("the")) {
                return false;
            }
        }
        return false;
    }

    /** Finite auxiliaries that open a main clause's predicate. */
    private static final java.util.Set<String> IS_AUXILIARY = java.util.Set.of("is", "are", "was", "were", "has",
            "have", "had", "will", "would", "can", "could", "did", "does");

    /**
     * The index of the last word of form {@code e} written from word {@code k}, or -1 when the
     * words there are not the form's: one adverb or time word may stand between two of its words
     * ("warned repeatedly of", "spoke emotionally of", "spoke out Tuesday about").
     */
    private static int lastWord(String p, List<int[]> words, int k, Entry e) {
        int withObject = e.words().length == 2 && e.words()[1].equals("about") ? objectBeforeAbout(p, words, k + 1) : -1;
        if (withObject > 0) {
            // "asked Trump about …", "asked Mrs. Clinton about …": whom the verb addresses, then what of
            return withObject;
        }
        int j = k + 1;
        boolean inserted = false;
        for (int i = 1; i < e.words().length; j++) {
            if (j >= words.size()) {
                return -1;
            }
            if (word(p, words, j).equals(e.words()[i])) {
                i++;
            } else if (inserted || !insertedInForm(p, words, j)) {
                return -1;
            } else {
                inserted = true;
            }
        }
        return j - 1;
    }

    /** The most words of whom a verb of saying addresses before its "about": "the county engineer". */
    private static final int MAX_ADDRESSEE_WORDS = 3;

    /** Determiners and object pronouns that open whom a verb addresses: "asked the mayor about", "asked him about". */
    private static final Set<String> ADDRESSEE_OPENERS = Set.of("the", "a", "an", "his", "her", "their", "its", "our",
            "my", "your", "him", "them", "me", "us", "you");

    /**
     * The index of the "about" that follows whom the verb before word {@code j} addresses ("asked
     * Trump about", "asked the mayor about", "asked him about"), or -1: a pronoun, a name or a
     * determiner's noun phrase of up to {@value #MAX_ADDRESSEE_WORDS} words, with no punctuation.
     */
    private static int objectBeforeAbout(String p, List<int[]> words, int j) {
        if (j >= words.size()) {
            return -1;
        }
        String first = p.substring(words.get(j)[0], words.get(j)[1]);
        if (!ADDRESSEE_OPENERS.contains(first) && !MentionParser.isNameStart(first)) {
            return -1;
        }
        for (int i = j; i < Math.min(words.size(), j + MAX_ADDRESSEE_WORDS + 1); i++) {
            String w = p.substring(words.get(i)[0], words.get(i)[1]);
            if (i > j && w.equals("about")) {
                return i;
            }
            if (!Character.isLetter(w.charAt(w.length() - 1)) && !w.endsWith(".") || i > j && ADDRESSEE_OPENERS.contains(w)
                    && !w.equals("the") || ReportedSpeech.CLAUSE_STARTS.contains(w.toLowerCase(Locale.ROOT))
                    && !w.equals("you") || LeadingClause.QUESTION_WORDS.contains(w.toLowerCase(Locale.ROOT))) {
                // "asked Sanders whether questions about …": a question, no addressee's topic
                return -1;
            }
        }
        return -1;
    }

    /** Words after a comma that open a clause of its own after a topic: "…, and he said", "…, when he claimed". */
    private static final Set<String> AFTER_TOPIC = Set.of("and", "but", "when", "while", "as", "because", "after",
            "before", "so", "where");

    /** The end of the topic {@code p[c, e)} of "asked X about": the first comma before {@link #AFTER_TOPIC}, else {@code e}. */
    private static int topicEnd(String p, int c, int e) {
        for (int at = p.indexOf(", ", c); at >= 0 && at < e; at = p.indexOf(", ", at + 2)) {
            int s = at + 2;
            int t = s;
            while (t < e && Character.isLetter(p.charAt(t))) {
                t++;
            }
            String next = p.substring(s, t);
            int u = t + 1;
            while (u < e && Character.isLetter(p.charAt(u))) {
                u++;
            }
            // "…, and he said": a clause; "…, Gevi, and the like": the list's last item
            boolean clause = !next.equals("and") && !next.equals("but")
                    || t < e && QuoteLexicon.PRONOUNS.contains(p.substring(t + 1, u).toLowerCase(Locale.ROOT));
            if (AFTER_TOPIC.contains(next) && clause) {
                return at;
            }
        }
        return e;
    }

    /** Whether word {@code j} may stand inside a form of several words: an adverb in -ly, a weekday, "again". */
    static boolean insertedInForm(String p, List<int[]> words, int j) {
        String w = word(p, words, j);
        return w.length() > 4 && w.endsWith("ly") && Character.isLowerCase(p.charAt(words.get(j)[0]))
                || SubjectAdjunct.isWeekday(w) || SubjectAdjunct.isTimeWord(w) && Character.isLowerCase(p.charAt(words.get(j)[0]));
    }

    /** Whether the form stands after its auxiliaries: "is saying" but not "is said". */
    private static boolean agrees(Form form, boolean be) {
        // "was expected to", "is now seen as": a passive; its subject is not the source
        return form == Form.PARTICIPLE ? be : !be;
    }

    /**
     * Whether word {@code j} is an auxiliary or an adverb of the cue: "has", "did not", "openly";
     * a capitalised word in -ly is a name ("Ana Kelly defended …").
     */
    private static boolean auxiliaryAt(String p, List<int[]> words, int j) {
        String w = word(p, words, j);
        return AUXILIARIES.contains(w) || w.length() > 4 && w.endsWith("ly") && Character.isLowerCase(p.charAt(words.get(j)[0]));
    }

    static int contentStart(String p, List<int[]> words, int k, int last, Entry e) {
        if (last + 1 >= words.size()) {
            return -1;
        }
        return switch (e.complement()) {
            case CLAUSE -> LeadingClause.contentStart(p, words, last, word(p, words, k));
            case TO -> word(p, words, last + 1).equals("to") ? words.get(last + 1)[0] : objectBeforeTo(p, words, k, last);
            case OBJECT -> byFollows(p, words, last) || OBJECT_PARTICLES.contains(word(p, words, last + 1)) ? -1
                    : words.get(last + 1)[0];
            case MESSAGE -> messageObject(p, words, last + 1, false) ? words.get(last + 1)[0] : -1;
            case ANSWER -> messageObject(p, words, last + 1, true) ? words.get(last + 1)[0] : -1;
            case NAMING -> namingObject(p, words, last + 1) ? words.get(last + 1)[0] : -1;
            case AS -> definite(p, words, last + 1) && asFollows(p, words, last + 2) ? words.get(last + 1)[0] : -1;
        };
    }

    /** Words that may follow someone named as what one responds to: "responded to Sanders more aggressively". */
    private static final Set<String> AFTER_NAMED_MESSAGE = Set.of("more", "again", "directly", "quickly", "on", "in",
            "at", "by", "with", "during", "after", "before", "over", "via", "through", "for", "about");

    /** Words after which an object's head noun is past: a relative clause or a phrase of it. */
    private static final Set<String> PAST_MESSAGE_HEAD = Set.of("that", "which", "who", "to", "for", "in", "on",
            "with", "from", "by", "at", "about");

    /** The most words of a message's object before its noun: "to the senator's latest request". */
    private static final int MAX_MESSAGE_WORDS = 5;

    /**
     * Whether the object from word {@code j} is a message: a noun of {@link QuoteLexicon#MESSAGE_NOUNS}
     * within its first words, before any comma ("to a request for comment", "to questions
     * about"; not "to voice and app commands"), or, when {@code named} may be, someone named
     * ("responded to Sanders").
     */
    private static boolean messageObject(String p, List<int[]> words, int j, boolean named) {
        int n = j;
        while (named && n < words.size() && n - j < MAX_MESSAGE_WORDS && MentionParser.isNameStart(p.substring(words.get(n)[0], words.get(n)[1]))) {
            n++;
        }
        if (n > j) {
            // someone named, then the sentence's end or an adjunct ("responded to Sanders more
            // aggressively"); "responded to Main and Elm streets" names a place, and "to Trump's
            // remarks" has its noun after the name
            String last = p.substring(words.get(n - 1)[0], words.get(n - 1)[1]);
            if (n == words.size() || !Character.isLetter(last.charAt(last.length() - 1))
                    || AFTER_NAMED_MESSAGE.contains(word(p, words, n))) {
                return true;
            }
        }
        for (int i = j; i < Math.min(words.size(), j + MAX_MESSAGE_WORDS); i++) {
            String w = p.substring(words.get(i)[0], words.get(i)[1]);
            String lower = Sentences.bare(w).toLowerCase(Locale.ROOT);
            if (QuoteLexicon.MESSAGE_NOUNS.contains(lower)) {
                return true;
            }
            if (w.endsWith(",") || i > j && PAST_MESSAGE_HEAD.contains(lower)) {
                // the noun's phrase ends there: "delivers conversational AI that clarifies questions"
                // delivers no message
                return false;
            }
        }
        return false;
    }

    /** Verbs of intention that take whom they want something of before the infinitive: "wants Congress to act". */
    private static final Set<String> OBJECT_INFINITIVE_VERBS = Set.of("want", "wants", "wanted", "wanting");

    /** The most words of the object before the infinitive: "want the White House to act". */
    private static final int MAX_OBJECT_BEFORE_TO = 3;

    /**
     * Where the content of "wants Congress to act" starts: at the object, when a name, a person's
     * pronoun or a definite noun phrase of a few words comes before "to"; -1 otherwise.
     */
    private static int objectBeforeTo(String p, List<int[]> words, int k, int last) {
        if (k != last || !OBJECT_INFINITIVE_VERBS.contains(word(p, words, k)) || !definite(p, words, last + 1)) {
            return -1;
        }
        for (int j = last + 2; j < Math.min(words.size(), last + 2 + MAX_OBJECT_BEFORE_TO); j++) {
            String w = p.substring(words.get(j)[0], words.get(j)[1]);
            if (w.equals("to")) {
                return words.get(last + 1)[0];
            }
            if (w.endsWith(",") || QuoteLexicon.isCue(Sentences.bare(w).toLowerCase(Locale.ROOT))) {
                return -1;
            }
        }
        return -1;
    }

    /**
     * Whether a verb of saying or thinking that also takes a thing ("claimed the prize", "felt the
     * need to …") has a thing, not a clause, at {@code c}: no "that" before it and nothing in it
     * that reads as a clause ({@link LeadingClause#clauseLike}).
     */
    static boolean objectSense(String p, int c, int end, Entry entry) {
        if (entry.complement() == Complement.OBJECT && p.startsWith("to ", c) && opensNounPhrase(p, c + 3, end)
                && !thatFollows(p, c, end)) {
            // "but thanks to its new internals, …": a preposition and its noun phrase, no object
            // ("recommends to his clients that …" goes on with what was said)
            return true;
        }
        // "…, Carter told a Senate panel on Tuesday": whom he told, then when; no clause
        return entry.complement() == Complement.CLAUSE && (LeadingClause.needsClause(entry.words()[0]) || toWhom(p, c, end))
                && !LeadingClause.followsThat(p, c) && !LeadingClause.mainClauseLike(p, c, end);
    }

    /** Whether a determiner of {@link #DETERMINERS_OF_OBJECTS} opens {@code p[at, end)}: "its new internals". */
    private static boolean opensNounPhrase(String p, int at, int end) {
        int e = at;
        while (e < end && Character.isLetter(p.charAt(e))) {
            e++;
        }
        return e < end && p.charAt(e) == ' ' && DETERMINERS_OF_OBJECTS.contains(p.substring(at, e));
    }

    /** Whether " that " comes within {@link #MAX_RECIPIENT_WORDS} words of {@code c}. */
    private static boolean thatFollows(String p, int c, int end) {
        List<int[]> words = Sentences.words(p, c, Math.min(end, c + 200));
        for (int k = 1; k < Math.min(words.size(), MAX_RECIPIENT_WORDS + 1); k++) {
            if (p.startsWith("that", words.get(k)[0]) && words.get(k)[1] - words.get(k)[0] == 4) {
                return true;
            }
        }
        return false;
    }

    /** Determiners that open a noun phrase after "to": "thanks to its", "to the". */
    private static final Set<String> DETERMINERS_OF_OBJECTS = Set.of("the", "a", "an", "his", "her", "their", "its",
            "my", "our", "your", "this", "that", "these", "those");

    /** Words after "to" that open whom something was said to: "tweeted to her followers", "wrote to Ruiz". */
    private static final Set<String> RECIPIENT_OPENERS = Set.of("the", "a", "an", "his", "her", "their", "my", "our",
            "its", "your", "him", "them", "me", "us", "you", "reporters");

    /** The most words of "to" and whom something was said to, with when and where: "to a crowd of about 500". */
    private static final int MAX_RECIPIENT_WORDS = 8;

    /**
     * Whether {@code p[c, end)} is only "to" and whom something was said to ("tweeted to her
     * followers", "said to a crowd of about 500") or "from" and the place it was said from
     * ("Julie Davis reported from Midway Atoll"), not an infinitive ("vowed to fight") nor with
     * what was said after it ("wrote to the mayor about the levee", "wrote to Ruiz, urging …").
     */
    static boolean toWhom(String p, int c, int end) {
        boolean to = p.startsWith("to ", c);
        if (!to && !p.startsWith("from ", c)) {
            return false;
        }
        int s = c + (to ? 3 : 5);
        int e = s;
        while (e < end && Character.isLetter(p.charAt(e))) {
            e++;
        }
        // "to her followers", "to Ruiz"; "from Midway Atoll" (where a reporter reported from)
        if (e == s || !(to && RECIPIENT_OPENERS.contains(p.substring(s, e))) && !Character.isUpperCase(p.charAt(s))) {
            return false;
        }
        if (!to) {
            // a place needs no more: what was reported from it would be a clause ("… that …")
            return true;
        }
        int stop = LeadingClause.clauseEnd(p, c, end);
        for (int i = c; i < stop; i++) {
            if (p.charAt(i) == ',' || p.startsWith(" about ", i) && i + 7 < stop && !Character.isDigit(p.charAt(i + 7))) {
                return false;
            }
        }
        return words(p, c, stop) <= MAX_RECIPIENT_WORDS;
    }

    /** A form of the lexicon found in the text, and the index of its last word there. */
    private record FormAt(Entry entry, int last) {
    }

    /** The longest form of the lexicon whose words start at word {@code k} ({@code bareLower} is its first), or null. */
    private static FormAt formAt(String p, List<int[]> words, int k, String bareLower) {
        for (Entry e : AttributionVerbs.startingWith(bareLower)) {
            int last = lastWord(p, words, k, e);
            if (last >= 0) {
                return new FormAt(e, last);
            }
        }
        return null;
    }

    /**
     * Whether {@code p[c, e)} is long enough to be the verb's content: a clause of
     * {@link ReportedSpeech#MIN_CONTENT_WORDS}, any other complement of two words, or an object
     * of one word that names someone ("praised Garland", "supported her").
     */
    private static boolean enoughContent(String p, int c, int e, Entry entry) {
        if (namesNothing(p, c, e, entry)) {
            return false;
        }
        int minWords = entry.complement() == Complement.CLAUSE ? MIN_CONTENT_WORDS : 2;
        return words(p, c, e) >= minWords
                || (entry.complement() == Complement.OBJECT || entry.complement() == Complement.ANSWER) && namedObject(p, c, e)
                || entry.complement() == Complement.CLAUSE && words(p, c, e) == 1
                && ANSWERS.contains(Sentences.bare(p.substring(c, e).strip()).toLowerCase(Locale.ROOT));
    }

    /** Determiners that open a noun's phrase of two words or more: "the police", "his lawyer". */
    private static final Set<String> OBJECT_DETERMINERS = Set.of("the", "this", "that", "these", "those", "his",
            "her", "their", "its", "my", "our", "your");

    /**
     * Whether a naming verb's content {@code p[c, e)} is a thing alone with no name given it:
     * "before calling the police" ("called the plan a waste" names it).
     */
    static boolean namesNothing(String p, int c, int e, Entry entry) {
        return entry.complement() == Complement.NAMING && words(p, c, e) <= 2
                && OBJECT_DETERMINERS.contains(firstWordLower(p, c, e));
    }

    /** The first word of {@code p[c, e)}, in lower case. */
    private static String firstWordLower(String p, int c, int e) {
        int i = c;
        while (i < e && p.charAt(i) != ' ') {
            i++;
        }
        return p.substring(c, i).toLowerCase(Locale.ROOT);
    }

    /** One word that is a whole clause's content: "75 percent said yes", "Half said so", "He thinks so". */
    private static final Set<String> ANSWERS = Set.of("yes", "no", "so");

    /** Object pronouns that stand for a person or a group: "supported her", "criticized them". */
    private static final Set<String> PERSON_OBJECTS = Set.of("him", "her", "them", "me", "us");

    /** Whether the content {@code p[c, e)} is one word that names someone: a capitalised name or a person's pronoun. */
    private static boolean namedObject(String p, int c, int e) {
        String w = Sentences.bare(p.substring(c, e).strip());
        return !w.isEmpty() && (PERSON_OBJECTS.contains(w) || Character.isUpperCase(w.charAt(0))
                && MentionParser.isNameStart(w));
    }

    /** The longest object before the "as" of {@link Complement#AS}, in words: "sees the new levee tax as …". */
    private static final int MAX_AS_OBJECT_WORDS = 6;

    /** Whether "as" follows within {@link #MAX_AS_OBJECT_WORDS} words from word {@code j}, before any comma. */
    private static boolean asFollows(String p, List<int[]> words, int j) {
        for (int k = j; k < words.size() && k < j + MAX_AS_OBJECT_WORDS; k++) {
            if (word(p, words, k).equals("as")) {
                return k + 1 < words.size();
            }
            if (p.substring(words.get(k)[0], words.get(k)[1]).endsWith(",")) {
                return false;
            }
        }
        return false;
    }

    /**
     * Words that open a definite object: "called <b>the</b> plan a waste", "called <b>him</b> a liar",
     * "calls <b>himself</b> a socialist", "called <b>what</b> she saw “terrible”".
     */
    private static final Set<String> DEFINITE = Set.of("the", "this", "that", "these", "those", "his", "her", "their",
            "its", "him", "it", "them", "me", "us", "my", "our", "your", "you", "himself", "herself", "themselves",
            "itself", "myself", "ourselves", "yourself", "what");

    /** The most words of a bare noun named before what it is called: "climate change". */
    private static final int MAX_BARE_NAMED_WORDS = 2;

    /** Words after "a" that count or measure, never name: "called her a few minutes later", "called home a lot". */
    private static final Set<String> MEASURE_WORDS = Set.of("few", "couple", "lot", "bit", "little", "number",
            "second", "while");

    /**
     * Whether word {@code j} opens what a naming verb names, followed by what it is called: a
     * definite object or a name ("called the plan a waste", "called Ruiz a hero"), or a bare noun
     * of up to {@value #MAX_BARE_NAMED_WORDS} words right before "a" or "an" ("called climate change
     * a hoax"); never a call at a time ("called the office an hour later", "called it a day").
     */
    private static boolean namingObject(String p, List<int[]> words, int j) {
        int article = -1;
        for (int i = j + 1; i < Math.min(words.size() - 1, j + MAX_SUBJECT_WORDS) && article < 0; i++) {
            String w = word(p, words, i);
            article = w.equals("a") || w.equals("an") ? i : -1;
        }
        if (article > 0) {
            String after = Sentences.bare(word(p, words, article + 1));
            if (SubjectAdjunct.isTimeWord(after) || MEASURE_WORDS.contains(after)) {
                return false;
            }
        }
        if (definite(p, words, j)) {
            return !nameToClauseEnd(p, words, j);
        }
        if (article < 0 || article - j > MAX_BARE_NAMED_WORDS) {
            return false;
        }
        for (int i = j; i < article; i++) {
            String w = p.substring(words.get(i)[0], words.get(i)[1]);
            if (!io.github.newsparse.internal.text.Chars.isLowerAscii(w, 0, w.length()) || QuoteLexicon.PREPOSITIONS.contains(w) || AttributionVerbs.isParticle(w)
                    || w.endsWith("ly") || SubjectAdjunct.isTimeWord(w) || NOT_OBJECT_WORDS.contains(w)) {
                return false; // "called up a friend", "called again an hour later"
            }
        }
        return true;
    }

    /** Whether word {@code j} opens a definite object or a name ("called a meeting" is no naming). */
    private static boolean definite(String p, List<int[]> words, int j) {
        String w = p.substring(words.get(j)[0], words.get(j)[1]);
        return DEFINITE.contains(w.toLowerCase(Locale.ROOT)) || MentionParser.isNameStart(w);
    }

    /**
     * Whether the words from {@code j} are a name and nothing after it in the clause but an
     * adjunct: "a program called Sandy Hook Promise." names the program, and "called Ruiz on
     * Monday." is a call; naming takes a thing and what it is called ("called Ruiz a hero").
     */
    private static boolean nameToClauseEnd(String p, List<int[]> words, int j) {
        for (int i = j; i < words.size(); i++) {
            String w = p.substring(words.get(i)[0], words.get(i)[1]);
            if (!MentionParser.isNameStart(Sentences.bare(w))) {
                // "called Ruiz on Monday": the name, then when
                return i > j && QuoteLexicon.ADJUNCT_STARTS.contains(w);
            }
            char last = w.charAt(w.length() - 1);
            if (last == ',' || last == ';' || last == '!' || last == '?') {
                return true;
            }
            // (a full stop inside the sentence ends an abbreviation: "called Gov. Mike Pence “my partner”")
        }
        return true;
    }

    /** "a plan backed by the mayor": a passive participle, not a verb with its subject. */
    private static boolean byFollows(String p, List<int[]> words, int last) {
        return word(p, words, last + 1).equals("by");
    }

    /**
     * The source before the verb whose auxiliaries start at word {@code a}: a name, a group, a
     * pronoun, a relative pronoun standing for the name before it, or a described source ("people
     * close to the campaign"); never a phrase, a clause or a function word.
     */
    /**
     * Whether both sides of a coordinated subject can hold a view ("Sanders and his aides", "Mr.
     * Autor and Mr. Hanson", "China and Russia"), not things ("Detox diets and fad diets promise",
     * "Text and SSML support").
     */
    private static boolean bothSources(String np) {
        int and = np.indexOf(" and ");
        return and > 0 && isSource(np.substring(0, and)) && isSource(np.substring(and + 5));
    }

    /**
     * A pronoun, a role, a person with a title or a given name, a one-word name the page writes as
     * a name (after a given name, or capitalised inside its sentences and never in lower case),
     * or a group whose head is a noun of people or institutions.
     */
    private static boolean isSource(String words) {
        Mention m = MentionParser.parse(words);
        if (m == null) {
            return false;
        }
        return switch (m.kind()) {
            case PRONOUN, TITLE_REF -> true;
            case PERSON -> m.namesPerson() || m.name() != null && m.name().indexOf(' ') < 0
                    && (PageNames.isSurname(m.name()) || PageNames.isCapitalisedInside(m.name())
                            && !PageNames.writtenInLowerCase(m.name()) && !m.name().toUpperCase(Locale.ROOT).equals(m.name()));
            case GROUP -> QuoteLexicon.SOURCE_NOUNS.contains(head(m.text()));
            default -> false;
        };
    }

    /**
     * Whether the words {@code [from, a)} after an "and" open with a capital and go on in lower
     * case: the rest of a body's name and a role of it ("Office of Management and Budget chief
     * James Miller", "Trade and Industry (MITI) officials"), not a second subject ("Harper and
     * Buckley", "Trump and his attorneys").
     */
    private static boolean bodyNameGoesOn(String p, List<int[]> words, int from, int a) {
        if (from >= a || !Character.isUpperCase(p.charAt(words.get(from)[0]))) {
            return false;
        }
        for (int j = from + 1; j < a; j++) {
            String w = Sentences.bare(p.substring(words.get(j)[0], words.get(j)[1]));
            if (!w.isEmpty() && Character.isLowerCase(w.charAt(0))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Words that end a coordinated subject with what is said of both or all, which the subject
     * does not hold: "Rubio and Bush both made …", "Cruz and Paul have all attacked …".
     */
    private static final Set<String> QUANTIFIED_ENDS = Set.of("both", "all", "each", "have", "has", "had", "are", "is",
            "were", "was");

    /** The longest mention before the "and" of a coordinated subject, in words: "Republican business leaders". */
    private static final int MAX_COORDINATED_WORDS = 4;

    /**
     * The subject {@code words[left, a)} whose "and" at {@code and} joins the objects of a
     * preposition after its head, when the subject is a source ("Experts on North Korea and
     * nuclear nonproliferation said …", "Specialists in trade and security"); null otherwise.
     */
    private static Mention objectsJoined(String p, List<int[]> words, int left, int and, int a) {
        boolean preposition = false;
        for (int j = left + 1; j < and - 1 && !preposition; j++) {
            preposition = POST_HEAD.contains(word(p, words, j));
        }
        if (!preposition || a - and - 1 > MAX_JOINED_OBJECT_WORDS) {
            return null;
        }
        for (int j = and + 1; j < a; j++) {
            if (NOT_OBJECT_WORDS.contains(word(p, words, j))) {
                return null; // "Officials in Iran and we said …": a clause, no object
            }
        }
        String head = p.substring(words.get(left)[0], words.get(and - 1)[1]);
        Mention m = MentionParser.parse(head);
        if (m == null || m.kind() != Mention.Kind.GROUP || !isSource(head) || !canAttribute(m)) {
            return null;
        }
        return new Mention(p.substring(words.get(left)[0], words.get(a - 1)[1]), m.kind(), m.name(), m.title(), m.affiliation());
    }

    /** The most words of a second object joined to a subject's preposition: "and nuclear nonproliferation". */
    private static final int MAX_JOINED_OBJECT_WORDS = 3;

    /** Words no object of a preposition holds: pronouns and auxiliaries, which open a clause. */
    private static final Set<String> NOT_OBJECT_WORDS = Set.of("i", "you", "he", "she", "it", "we", "they", "is", "are",
            "was", "were", "has", "have", "had", "will", "would", "can", "could", "that", "who", "which");

    private static Mention subject(String p, List<int[]> words, int a, Form form) {
        String prev = p.substring(words.get(a - 1)[0], words.get(a - 1)[1]);
        if (prev.endsWith(",")) {
            return LeadingClause.subjectBeforeAppositive(p, words, a - 1);
        }
        String prevLower = prev.toLowerCase(Locale.ROOT);
        if (RELATIVES.contains(prevLower)) {
            if (a >= 2 && prevLower.equals("who")) {
                Mention named = LeadingClause.nameBefore(p, words, a - 2);
                if (named == null) {
                    // "party leaders who can support …", "voters who say …": the group before "who"
                    Mention group = LeadingClause.relativeSubject(p, words, a - 1, a);
                    return group == null ? null : new Mention(prev, group.kind(), group.name(), group.title(),
                            group.affiliation());
                }
                return new Mention(prev, named.kind(), named.name(), named.title(), named.affiliation());
            }
            return null;
        }
        int from = AttributionFinder.clauseStart(p, words, a);
        if (from >= 2 && from < a && (word(p, words, from - 1).equals("who") || LeadingClause.thatOfThing(p, words, from))
                && !p.substring(words.get(from - 2)[0], words.get(from - 2)[1]).endsWith(",")
                && Character.isLowerCase(p.charAt(words.get(from)[0])) && !OBJECT_RELATIVE.contains(word(p, words, from))) {
            // "Hawkins and others who want to ban abortion said …": a restrictive relative clause
            // belongs to the subject, which starts before its group
            int group = AttributionFinder.clauseStart(p, words, from - 1);
            if (group < from - 1 && a - group > MAX_SUBJECT_WORDS) {
                return groupWithRelative(p, words, group, from - 1, a, form);
            }
            from = group;
        }
        if (from >= a || a - from > MAX_SUBJECT_WORDS || from > 0 && CONDITIONS.contains(word(p, words, from - 1))) {
            // "asked if she would endorse Ortega": what someone might do, not what they hold
            return null;
        }
        boolean agreesWithBoth = form == Form.BASE
                || form == Form.PAST && !QUANTIFIED_ENDS.contains(word(p, words, a - 1)) && !bodyNameGoesOn(p, words, from, a);
        if (agreesWithBoth && from >= 2 && word(p, words, from - 1).equals("and") && !word(p, words, a - 1).equals("to")) {
            // "Jane Roe and John Doe warn that …", "Krupa and his 600 students decided to …": a
            // plural verb, or one in the past, agrees with both (a short name or noun phrase before
            // "and": "5 percent prefer Johnson and 1 percent support …" is a clause)
            int left = AttributionFinder.clauseStart(p, words, from - 1);
            Mention both = left < from - 1 && from - 1 - left <= MAX_COORDINATED_WORDS && a - left <= MAX_SUBJECT_WORDS
                    ? MentionParser.coordinated(p.substring(words.get(left)[0], words.get(a - 1)[1])) : null;
            if (both != null && bothSources(both.text()) && canAttribute(both)) {
                return both;
            }
            Mention whole = left < from - 1 && a - left <= MAX_SUBJECT_WORDS ? objectsJoined(p, words, left, from - 1, a) : null;
            if (whole != null) {
                return whole;
            }
        }
        if (LeadingClause.LINKS.contains(word(p, words, from))) {
            from++;
        }
        if (from >= a || NOT_SUBJECT_STARTS.contains(word(p, words, from)) && !opensShare(p, words, from, a)) {
            return null;
        }
        String seg = p.substring(words.get(from)[0], words.get(a - 1)[1]);
        if ("“\"„«‘".indexOf(seg.charAt(0)) >= 0) {
            if (from > 0 || seg.charAt(0) != '‘') {
                // "…, “but human studies have not shown the same effect”", "“I don't think …”": words
                // of a quotation, whose speaker is the quote's, no subject of the writer's
                return null;
            }
            // "‘My Government will seek to …": the single mark that opens a paragraph of a quoted
            // speech (which the quote finder leaves unpaired) is no part of its subject
            seg = seg.substring(1);
            if (seg.isEmpty()) {
                return null;
            }
        }
        if (a - from > 1 && NOT_SUBJECT_HEADS.contains(Sentences.bare(word(p, words, a - 1)))) {
            // "The other states voting …": a determiner or an adjective never ends a subject
            return null;
        }
        if (seg.endsWith("'s") || seg.endsWith("’s")) {
            // "Trump's proposed budget cuts would …": a possessive is never a subject; its noun follows
            return null;
        }
        Mention m = MentionParser.parse(seg);
        if (m == null) {
            m = described(p, words, from, a);
        }
        if (m == null || form == Form.BASE && !plural(m, seg) || form == Form.THIRD_PERSON && plural(m, seg)) {
            return null;
        }
        return m;
    }

    /**
     * A subject too long to parse whole, a group and its restrictive relative clause ("Central
     * European leaders who have been some of the most strident opponents of taking in migrants
     * have embraced …"): the group, words {@code [from, who)}, is the source; the mention is all
     * of it. Null when the group is no source.
     */
    private static Mention groupWithRelative(String p, List<int[]> words, int from, int who, int a, Form form) {
        if (LeadingClause.LINKS.contains(word(p, words, from))) {
            from++;
        }
        if (who - from > MAX_SUBJECT_WORDS || NOT_SUBJECT_STARTS.contains(word(p, words, from))) {
            return null;
        }
        String seg = p.substring(words.get(from)[0], words.get(who - 1)[1]);
        Mention m = MentionParser.parse(seg);
        if (m == null) {
            m = described(p, words, from, who);
        }
        if (m == null || m.kind() == Mention.Kind.PRONOUN || form == Form.BASE && !plural(m, seg)
                || form == Form.THIRD_PERSON && plural(m, seg)) {
            return null;
        }
        return new Mention(p.substring(words.get(from)[0], words.get(a - 1)[1]), m.kind(), m.name(), m.title(),
                m.affiliation());
    }

    /** Whether {@code words[from, a)} is a share of people that opens with "about" or "over": "About three-quarters". */
    private static boolean opensShare(String p, List<int[]> words, int from, int a) {
        String first = word(p, words, from);
        if (!first.equals("about") && !first.equals("over") || a - from < 2) {
            return false;
        }
        Mention m = MentionParser.parse(p.substring(words.get(from)[0], words.get(a - 1)[1]));
        if (m == null || m.kind() != Mention.Kind.GROUP) {
            return false;
        }
        // "About 4 in 10", "About two-thirds of caucus attendees": the share, then whose it is
        int of = from + 1;
        while (of < a && !word(p, words, of).equals("of")) {
            of++;
        }
        return MentionParser.isShare(p.substring(words.get(from)[0], words.get(of - 1)[1]).split(" "));
    }

    /** "people familiar with the talks", "a Google search", "Top advisers": a source described. */
    private static Mention described(String p, List<int[]> words, int from, int a) {
        int headEnd = a;
        if (QuoteLexicon.CAUSATIVES.contains(word(p, words, from))) {
            // "make sure users know how …": an instruction, no source
            return null;
        }
        if (from + 1 < a && MentionParser.isGerundPhrase(word(p, words, from), word(p, words, from + 1))) {
            // "Becoming a certified consultant shows …": an activity, no source
            return null;
        }
        for (int j = from + 1; j < a; j++) {
            String w = word(p, words, j);
            if (QuoteLexicon.CAUSATIVES.contains(w)) {
                // "the app lets users …": the users are the verb's object
                return null;
            }
            if (RELATIVES.contains(w) || w.equals("close") || w.equals("familiar") || w.equals("with")) {
                headEnd = j;
                break;
            }
            if (FINITE.contains(w)) {
                return null;
            }
        }
        String head = Sentences.bare(word(p, words, headEnd - 1));
        if (head.isEmpty() || NOT_SUBJECT_HEADS.contains(head) || head.endsWith("ly") || head.endsWith("ing") && !PageNames.isName(head)
                || !Character.isLetter(head.charAt(0))
                || QuoteLexicon.NOT_NAMES.contains(capitalised(head))) {
            return null;
        }
        String first = p.substring(words.get(from)[0], words.get(from)[1]);
        boolean opens = DETERMINERS.contains(first.toLowerCase(Locale.ROOT)) || Character.isUpperCase(first.charAt(0))
                || Character.isDigit(first.charAt(0)) || head.endsWith("s");
        if (!opens) {
            // "famous for a profession probably …": an adjective phrase, not a source
            return null;
        }
        String text = p.substring(words.get(from)[0], words.get(a - 1)[1]);
        if (MentionParser.holdsVerbWithObject(text.split(" "))) {
            // "festivals send their programmers to …": a verb with its object, a clause, no source
            return null;
        }
        return new Mention(text, Mention.Kind.DESCRIBED, null, null, null);
    }

    /** Words after a subject's head noun: "a survey <b>of</b> residents", "people <b>close</b> to …". */
    private static final Set<String> POST_HEAD = Set.of("of", "for", "from", "in", "with", "at", "on", "by", "to",
            "who", "that", "which", "close", "familiar", "like", "including", "among");

    /** Endings of agent nouns in the plural: a capitalised "Forecasters" opening a sentence is no name. */
    static final List<String> PLURAL_ENDINGS = List.of("ers", "ors", "ists", "ians", "ents", "ants", "als",
            "ics", "ives", "ees", "ats", "ans");

    /** The head noun of a subject: its last word before a preposition or a relative clause. */
    private static String head(String seg) {
        String[] w = seg.toLowerCase(Locale.ROOT).split(" ");
        int end = w.length;
        for (int i = 1; i < w.length; i++) {
            if (POST_HEAD.contains(w[i])) {
                end = i;
                break;
            }
        }
        return Sentences.bare(w[end - 1]);
    }

    /** Words that open a described source: "the report", "some analysts", "two officials". */
    private static final Set<String> DETERMINERS = Set.of("the", "a", "an", "this", "these", "those", "some", "many",
            "most", "several", "his", "her", "their", "its", "our", "one", "two", "three", "four", "five", "all",
            "both", "few", "other", "another", "each", "every", "no", "top", "senior");

    /** Whether a subject takes a plural verb: "they", "officials", "records", "Smith and Jones". */
    static boolean plural(Mention m, String seg) {
        String lower = seg.toLowerCase(Locale.ROOT);
        if (m.kind() == Mention.Kind.PRONOUN) {
            return !lower.equals("he") && !lower.equals("she") && !lower.equals("it");
        }
        String head = head(seg);
        if (PLURAL_WORDS.contains(head) || lower.contains(" and ")) {
            return true;
        }
        int of = lower.indexOf(" of ");
        if (QUANTITY_HEADS.contains(head) && of > 0) {
            // "A majority of Republicans support …", "19 percent of students say …": the people counted agree
            String counted = seg.substring(of + 4);
            return !counted.isBlank() && plural(m, counted);
        }
        // "analysis", "census", "CBS News": singular nouns in -s ("news reports" is a compound)
        boolean pluralNoun = head.endsWith("s") && !head.endsWith("ss") && !head.endsWith("'s") && !head.endsWith("’s")
                && !head.endsWith("sis") && !head.endsWith("us") && !(head.equals("news") && seg.endsWith("News"));
        if (m.kind() == Mention.Kind.PERSON) {
            // a one-word "name" in the plural is a noun: "Forecasters expect …"
            return seg.indexOf(' ') < 0 && pluralNoun && PLURAL_ENDINGS.stream().anyMatch(head::endsWith);
        }
        return pluralNoun;
    }

    /** Nouns of a quantity whose verb agrees with the people after their "of": "a majority of voters say". */
    private static final Set<String> QUANTITY_HEADS = Set.of("majority", "minority", "plurality", "percent", "half",
            "third", "quarter", "share", "number", "lot", "bulk", "rest", "proportion", "fraction", "portion");

    /** Words that stand for several sources: "some say", "many believe". */
    private static final Set<String> PLURAL_WORDS = Set.of("some", "many", "most", "several", "both", "few", "all",
            "others", "people", "police", "staff", "voters");

    /**
     * Whether a subject can hold a statement, a belief or a stance: a name, a pronoun but "you", a role, or
     * a group or description whose head names people, an institution or a record ("some
     * analysts", "the agency", "a study"); never a thing ("These devices promise …").
     */
    static boolean canAttribute(Mention m) {
        int space = m.text().indexOf(' ');
        if (space > 0 && FINITE_AUXILIARIES.contains(m.text().substring(0, space))) {
            // "has forced several business people to flee …": a predicate, no subject
            return false;
        }
        if (holdsQuestionWord(m.text())) {
            // "Educate clients on how these movements support …": an imperative and its clause, no source
            return false;
        }
        if (m.kind() == Mention.Kind.PRONOUN) {
            // "you know how to plan …": the reader, never a source
            return !m.text().equalsIgnoreCase("you");
        }
        if (m.kind() != Mention.Kind.GROUP && m.kind() != Mention.Kind.DESCRIBED) {
            return true;
        }
        String head = head(m.text());
        String firstWord = m.text().split(" ")[0];
        boolean properName = m.kind() == Mention.Kind.GROUP && Character.isUpperCase(m.text().charAt(0))
                && (!DETERMINERS.contains(firstWord.toLowerCase(Locale.ROOT)) || namedWithThe(m.text()));
        return properName || QuoteLexicon.SOURCE_NOUNS.contains(head) || QuoteLexicon.GROUP_NOUNS.contains(head)
                || QuoteLexicon.EVIDENCE_SOURCES.contains(head) || QuoteLexicon.isTitleWords(head)
                || QuoteLexicon.ORG_WORDS.contains(head) || isPartyMember(head);
    }

    /** "republican", "democrats": a head that names members of a party ("One Republican threatened …"). */
    private static boolean isPartyMember(String head) {
        String singular = head.endsWith("s") ? head.substring(0, head.length() - 1) : head;
        return !singular.isEmpty()
                && QuoteLexicon.PARTY_MEMBERS.contains(Character.toUpperCase(singular.charAt(0)) + singular.substring(1));
    }

    /** Question words that open a clause inside a sentence: a subject that holds one is a clause. */
    private static final Set<String> QUESTION_WORDS = Set.of("how", "what", "why", "whether");

    /** Whether a word of {@code text} after its first is a lower-case question word ("… on how these …"). */
    private static boolean holdsQuestionWord(String text) {
        String[] w = text.split(" ");
        for (int i = 1; i < w.length; i++) {
            if (QUESTION_WORDS.contains(w[i])) {
                return true;
            }
        }
        return false;
    }

    /** "The American Legion", "The Sierra Club": an institution's name with its article, every word capitalised. */
    private static boolean namedWithThe(String text) {
        String[] w = text.split(" ");
        if (w.length < 2 || !w[0].equalsIgnoreCase("the")) {
            return false;
        }
        for (int i = 1; i < w.length; i++) {
            if (w[i].isEmpty() || !Character.isUpperCase(w[i].charAt(0))) {
                return false;
            }
        }
        return true;
    }

    /** Nouns of sources that show or find things: "a survey shows", "records show". */
    private static boolean evidenceSource(String seg) {
        return QuoteLexicon.EVIDENCE_SOURCES.contains(head(seg));
    }

    private static String capitalised(String w) {
        return w.isEmpty() ? w : Character.toUpperCase(w.charAt(0)) + w.substring(1);
    }

    private static String word(String p, List<int[]> words, int j) {
        return p.substring(words.get(j)[0], words.get(j)[1]).toLowerCase(Locale.ROOT).replace('’', '\'');
    }
}
