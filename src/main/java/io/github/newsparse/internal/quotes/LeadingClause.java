package io.github.newsparse.internal.quotes;

import static io.github.newsparse.internal.quotes.ReportedSpeech.*;

import io.github.newsparse.CueType;
import io.github.newsparse.internal.quotes.ReportedSpeech.Found;
import io.github.newsparse.internal.text.Chars;
import io.github.newsparse.internal.text.Words;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reported speech led by its attribution: "Hartford police said the man headed down an alley.",
 * "Sanders, who has sent pleas, said he may campaign", "When asked, Obama said …". The content is
 * the clause after the cue (and after "that" or the cue's object).
 */
final class LeadingClause {

    private LeadingClause() {
    }

    /**
     * Whether what follows the cue is a statement only when it reads as a clause (or follows
     * "that"): a verb with a thing's sense ({@link #OBJECT_SENSE_CUES}) or a form of "tell".
     */
    static boolean needsClause(String cue) {
        return OBJECT_SENSE_CUES.contains(cue) || TELL_CUES.contains(cue);
    }

    /** Forms of "tell": their object may close the sentence, with nothing reported after it. */
    static final Set<String> TELL_CUES = Set.of("told", "tells", "tell", "telling");

    /** Cues that take an object before the clause: "told reporters (that) …". */
    static final Set<String> OBJECT_CUES = Set.of("told", "tells", "tell", "telling", "asked", "asks",
            "warned", "warns", "urged", "urges", "assured", "assures", "reminded", "informed", "encouraged",
            "encourages");

    /** Verbs of saying and thinking that take a bare reported clause ("said the water is safe"). */
    static final Set<String> CLAUSE_CUES = Set.of("said", "says", "say", "told", "tells", "tell", "added",
            "adds", "wrote", "writes", "insisted", "insists", "warned", "warns", "noted", "notes", "explained",
            "explains", "argued", "argues", "claimed", "claims", "stated", "states", "announced", "announces",
            "acknowledged", "acknowledges", "suggested", "suggests", "estimated", "estimates", "predicted",
            "predicts", "believes", "believed", "thinks", "thought", "agreed", "agrees", "admitted", "admits",
            "confirmed", "confirms", "recalled", "recalls", "revealed", "reveals", "reported", "reports",
            "contended", "contends", "maintained", "maintains", "emphasized", "stressed", "testified", "conceded",
            "declared", "complained", "promised", "vowed", "pledged", "charged", "alleged",
            "alleges", "countered", "indicated", "tweeted", "posted", "disclosed", "assured", "reiterated");

    /**
     * Verbs of saying whose other sense takes a thing as its object ("claimed the prize",
     * "maintained his lead", "charged a fee", "felt the need"): without "that", what follows them
     * is a statement only when it reads as a clause.
     */
    private static final Set<String> OBJECT_SENSE_CUES = Set.of("claimed", "claims", "claim", "claiming", "maintained",
            "maintains", "maintain", "maintaining", "charged", "charges", "charge", "charging", "felt", "feels",
            "feel", "feeling", "add", "adds", "added", "adding", "boast", "boasts", "boasted", "boasting",
            // "assumed the role of negotiator", "assume office": a belief only with its clause
            "assume", "assumes", "assumed", "assuming");

    /**
     * Whether {@code p[c, end)} reads as a clause: a subject pronoun or an auxiliary in it ("he
     * won", "the vote was rigged"), or a verb in the past ("the county misled voters").
     */
    static boolean clauseLike(String p, int c, int end) {
        List<int[]> w = Sentences.words(p, c, end);
        // "claims he's worth …": a pronoun and its contracted verb are a clause too
        if (holdsClause(p, w, 0) || !w.isEmpty() && ReportedSpeech.contracted(
                Sentences.bare(p.substring(w.get(0)[0], w.get(0)[1])).toLowerCase(Locale.ROOT))) {
            return true;
        }
        for (int j = 1; j < w.size(); j++) {
            String word = Sentences.bare(p.substring(w.get(j)[0], w.get(j)[1]));
            if (looksLikePastOrAuxiliary(word) && !word.endsWith("eed") && !NOT_PASTS.contains(word)
                    && !(word.endsWith("ed") && modifierBefore(p, w, j))
                    || ReportedSpeech.contracted(word.toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Words after which a word in -ed modifies the noun that follows it, never a verb: a
     * determiner, a preposition or a number ("add to wasted labor time", "a database of 300
     * dedicated shoes").
     */
    private static final Set<String> BEFORE_MODIFIERS = Set.of("the", "a", "an", "his", "her", "their", "its", "our",
            "my", "your", "these", "those", "to", "of", "for", "with", "in", "on", "by", "from", "at", "into", "about");

    /** Whether word {@code j} of {@code w} follows a word of {@link #BEFORE_MODIFIERS} or a number. */
    private static boolean modifierBefore(String p, List<int[]> w, int j) {
        String raw = p.substring(w.get(j - 1)[0], w.get(j - 1)[1]);
        if (!raw.equals(Sentences.bare(raw))) {
            return false; // "rules, added …": punctuation between them
        }
        String before = raw.toLowerCase(Locale.ROOT);
        return BEFORE_MODIFIERS.contains(before) || !before.isEmpty() && Character.isDigit(before.charAt(before.length() - 1));
    }

    /**
     * Whether the words at {@code c} open with the participle of an attribution verb ("praising
     * …", "adding that …") that is no aside before the cue's own clause.
     */
    static boolean opensWithParticiple(String p, int c, int end) {
        List<int[]> w = Sentences.words(p, c, Math.min(end, c + 40));
        if (!startsWithParticiple(p, w)) {
            return false;
        }
        // "Der Spiegel reported, citing no sources, that …": a participle set off by commas, then the cue's clause
        int comma = p.indexOf(", ", w.get(0)[1]);
        return comma < 0 || comma >= end || !p.startsWith("that ", comma + 2);
    }

    /** Whether the first of {@code words} is the participle of an attribution verb: "adding", "citing". */
    static boolean startsWithParticiple(String p, List<int[]> words) {
        return !words.isEmpty() && AttributionVerbs.isParticiple(lowerWord(p, words, 0));
    }

    /** Conjunctions that open a subordinate clause: "added more images as they become available". */
    private static final Set<String> SUBORDINATORS = Set.of("as", "when", "if", "because", "once", "until", "while",
            "after", "before", "since", "unless", "whenever");

    /** Pronouns that may be a verb's object as well as a clause's subject: "added it to the list", "told you about". */
    private static final Set<String> OBJECT_PRONOUNS = Set.of("it", "you");

    /** Words after such a pronoun that show it is the object: "added it to …", "claimed it for …". */
    private static final Set<String> AFTER_OBJECT = Set.of("to", "into", "onto", "on", "in", "at", "for", "with", "from",
            "as", "by", "about", "back", "up", "down", "out", "off", "over");

    /**
     * Whether what follows a verb that also takes a thing ({@link #needsClause}) reads as its
     * clause: {@link #clauseLike} before the first subordinate conjunction, and not a pronoun that
     * a preposition shows to be the object. "added more images as they become available" and
     * "have added it to long-term therapy" add things; "added it was time" adds a statement.
     */
    static boolean mainClauseLike(String p, int c, int end) {
        List<int[]> w = Sentences.words(p, c, end);
        if (w.size() >= 2 && lowerWord(p, w, 1).equals("to") && DIRECTED.contains(lowerWord(p, w, 0))) {
            // "would tell me to “back up” when …": whom, then what they are to do
            return true;
        }
        int named = 0;
        while (named < Math.min(w.size() - 1, MAX_DIRECTED_NAME_WORDS) && Character.isUpperCase(p.charAt(w.get(named)[0]))
                && p.charAt(w.get(named)[1] - 1) != ',') {
            named++;
        }
        if (named > 0 && lowerWord(p, w, named).equals("to")) {
            // "told Jeb Bush to quiet down": a name, then what they are to do
            return true;
        }
        if (w.size() >= 2 && OBJECT_PRONOUNS.contains(lowerWord(p, w, 0))
                && AFTER_OBJECT.contains(lowerWord(p, w, 1))) {
            return false;
        }
        for (int j = 0; j < w.size(); j++) {
            String lower = lowerWord(p, w, j);
            if (EMBEDDED_QUESTION.contains(lower)) {
                // "told of how since his speech he had been contacted": the question is the clause
                break;
            }
            if (j > 0 && SUBORDINATORS.contains(lower)) {
                return clauseLike(p, c, w.get(j)[0]);
            }
        }
        return clauseLike(p, c, end);
    }

    /** Conjunctions that open a clause of time or manner after a verb of saying: "said as he left". */
    private static final Set<String> ADJUNCT_CONJUNCTIONS = Set.of("as", "while", "until", "once");

    /** Prepositions that open a phrase of time, place or medium after a verb of saying: "declared in a tweet". */
    private static final Set<String> ADJUNCT_PREPOSITIONS = Set.of("in", "on", "at", "with", "during", "after", "before",
            "from", "via", "through", "outside", "inside");

    /** Nouns after "in" that make the phrase the verb's own complement: "argued in favor of …". */
    private static final Set<String> COMPLEMENT_PHRASE_NOUNS = Set.of("favor", "favour", "support", "defense",
            "defence", "response", "reply");

    /**
     * Whether what follows a verb of saying, {@code p[c, end)}, only tells when, where or how it was
     * said: a clause of time or manner ("as he launched the process") or a phrase that holds no
     * clause ("in a tweet after the primaries"), with no comma after which the statement could
     * follow ("said after the vote, the plan is dead" keeps it).
     */
    private static boolean adjunctOnly(String p, int c, int end, String cue) {
        if (!AttributionVerbs.isSpeechWithClause(cue) || indexIn(p, ",", c, end) >= 0 || indexIn(p, ":", c, end) >= 0
                || hasQuotationMark(p, c, end)) {
            // "says in his guide: …" reports after the colon; a quotation may hold the statement
            return false;
        }
        List<int[]> w = Sentences.words(p, c, end);
        if (w.isEmpty()) {
            return false;
        }
        String first = lowerWord(p, w, 0);
        if (ADJUNCT_CONJUNCTIONS.contains(first)) {
            return true;
        }
        if (!ADJUNCT_PREPOSITIONS.contains(first) || OBJECT_CUES.contains(cue)
                || w.size() > 1 && (COMPLEMENT_PHRASE_NOUNS.contains(lowerWord(p, w, 1)) || isQuantityAfterAt(p, w, 1)
                        || lowerWord(p, w, 1).endsWith("ing"))) {
            // "told supporters at a rally to …": whom, then where; "argued in favor of …", "insisted on
            // reviewing …": the verb's own complement; "reported at least six planes …"
            return false;
        }
        for (int j = 1; j < w.size(); j++) {
            String lower = lowerWord(p, w, j);
            if (CLAUSE_STARTS.contains(lower) || QuoteLexicon.THAT_WORDS.contains(lower) || contracted(lower)
                    || looksLikePastOrAuxiliary(lower) && !lower.equals(first)) {
                // "said in a statement released by the campaign the report merits …": a clause after the phrase
                return false;
            }
        }
        return true;
    }

    /** The most words of a phrase between a verb of saying and a colon: "says in his guide to careers:". */
    private static final int MAX_PHRASE_BEFORE_COLON = 12;

    /** The most characters such a phrase is looked for in. */
    private static final int MAX_CHARS_BEFORE_COLON = 200;

    /**
     * Past a phrase that tells where something was said and ends with a colon ("As Miller says in
     * his guide: …"), the statement; else {@code c}.
     */
    private static int pastPhraseToColon(String p, int c, int end, String cue) {
        // the phrase is short: a long run of colons costs no more than its first characters
        int limit = Math.min(end, c + MAX_CHARS_BEFORE_COLON);
        int colon = indexIn(p, ":", c, limit);
        if (colon < 0 || AttributionVerbs.typeOf(cue) != CueType.SPEECH) {
            return c;
        }
        // a title's own colon comes first: "says in Achieving Your Pinnacle: A Career Guide: …"
        for (int next = indexIn(p, ":", colon + 1, limit); next >= 0 && words(p, c, next) <= MAX_PHRASE_BEFORE_COLON;
                next = indexIn(p, ":", next + 1, limit)) {
            colon = next;
        }
        List<int[]> w = Sentences.words(p, c, colon + 1);
        if (w.size() < 2 || w.size() > MAX_PHRASE_BEFORE_COLON || !ADJUNCT_PREPOSITIONS.contains(lowerWord(p, w, 0))
                || ReportedSpeech.holdsClause(p, w, 1) || indexIn(p, ",", c, colon) >= 0) {
            return c;
        }
        int after = skipSpaces(p, colon + 1);
        int comma = indexIn(p, ",", after, end);
        // a quotation after the colon is a direct quote's, found as such; words in title case are a
        // title's subtitle ("in his Tastes of Paradise: A Social History of Spices")
        boolean statement = words(p, after, end) >= MIN_CONTENT_WORDS && !startsWithQuote(p, after)
                && !titleCased(p, after, comma < 0 ? end : comma);
        return statement ? after : c;
    }

    /** The most words of a phrase between the cue of an opening "As X said" and its comma. */
    private static final int MAX_ADJUNCT_BEFORE_COMMA = 6;

    /**
     * Past the phrase that ends the opening "As X argued in response," (where or when it was said),
     * the statement: the main clause after the comma; else {@code c}.
     */
    private static int pastAdjunctOfAs(String p, List<int[]> words, int a, int c, int end) {
        if (!"as".equals(lowerWord(p, words, 0)) || !inOpeningSubordinate(p, words, a)) {
            return c;
        }
        int comma = indexIn(p, ",", c, Math.min(end, c + MAX_CHARS_BEFORE_COLON));
        if (comma < 0) {
            return c;
        }
        List<int[]> w = Sentences.words(p, c, comma + 1);
        if (w.isEmpty() || w.size() > MAX_ADJUNCT_BEFORE_COMMA || !ADJUNCT_PREPOSITIONS.contains(lowerWord(p, w, 0))
                || ReportedSpeech.holdsClause(p, w, 1)) {
            return c;
        }
        int after = skipSpaces(p, comma + 1);
        return words(p, after, end) >= MIN_CONTENT_WORDS ? after : c;
    }

    /** Whether every word of four letters or more in {@code p[from, to)} is capitalised. */
    private static boolean titleCased(String p, int from, int to) {
        for (int[] w : Sentences.words(p, from, to)) {
            String bare = Sentences.bare(p.substring(w[0], w[1]));
            if (bare.length() >= 4 && !Character.isUpperCase(bare.charAt(0))) {
                return false;
            }
        }
        return true;
    }

    /** Whether {@code p[from, to)} holds a quotation mark. */
    private static boolean hasQuotationMark(String p, int from, int to) {
        for (int i = from; i < to; i++) {
            if ("\"“”„«»".indexOf(p.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }

    /** The most words of a name a directive is told to: "told Jeb Bush to …". */
    private static final int MAX_DIRECTED_NAME_WORDS = 3;

    /**
     * Words that join the capitalised words of one body's name: "Rest of World", "the Securities
     * and Exchange Commission" ("and" only after "the" or the like).
     */
    private static final Set<String> NAME_LINKS = Set.of("and", "of", "for", "&");

    /** Whom a directive is told to: "told them to leave". */
    private static final Set<String> DIRECTED = Set.of("me", "him", "her", "them", "us", "you");

    /**
     * Words after which "who" opens a question, not a relative clause: an object pronoun ("tell
     * you who said it") or a verb of knowing or asking ("Nobody knows who said it").
     */
    private static final Set<String> QUESTION_ASKERS = Set.of("me", "him", "her", "them", "us", "you", "know",
            "knows", "knew", "ask", "asks", "asked", "wonder", "wonders", "wondered", "remember", "tell", "see", "guess",
            "care", "sure", "idea", "matter", "matters");

    /** Words that open an embedded question, itself a clause: "told of how …", "added what …". */
    private static final Set<String> EMBEDDED_QUESTION = Set.of("how", "what", "why", "whether", "where", "who");

    /** Words in -ed that are no verbs: "a fee of one hundred dollars", "the need to …" (and "-eed" words). */
    private static final Set<String> NOT_PASTS = Set.of("hundred", "hundreds", "kindred", "sacred", "naked", "wicked",
            "bed", "red", "shed");

    /** How far after the cue a "that" may come: "said Monday in a statement that …". */
    private static final int THAT_WINDOW = 8;

    /** Cues that are also plural nouns. */
    static final Set<String> NOUN_CUES = Set.of("states", "claims", "reports", "notes", "estimates",
            "tweets", "posts", "charges", "answers", "responses", "remarks", "comments", "orders", "credits", "thanks",
            "challenges");

    /**
     * Whether word {@code j} is a finite verb in lower case: a past, an auxiliary, or the base form
     * of a cue or an attribution verb ("reports show").
     */
    static boolean finiteVerbAt(String p, List<int[]> words, int j) {
        String w = p.substring(words.get(j)[0], words.get(j)[1]);
        if (w.isEmpty() || !Character.isLowerCase(w.charAt(0)) || !w.equals(Sentences.bare(w))) {
            return false;
        }
        return ReportedSpeech.looksLikePastOrAuxiliary(w) && !w.endsWith("ly")
                || (QuoteLexicon.isCue(w) || AttributionVerbs.isBaseForm(w)) && !w.endsWith("s") && !w.endsWith("ing");
    }

    /**
     * Whether word {@code j}, right after a word of {@link #NOUN_CUES}, is a verb that shows that
     * word to be a plural noun: a finite verb ({@link #finiteVerbAt}: "reports show …") or a
     * participle that opens a phrase of the noun ("challenges shaping enterprise technology").
     */
    static boolean verbAfterNounAt(String p, List<int[]> words, int j) {
        if (finiteVerbAt(p, words, j)) {
            return true;
        }
        String w = p.substring(words.get(j)[0], words.get(j)[1]);
        return w.length() > 5 && w.endsWith("ing") && Chars.isLowerAscii(w, 0, w.length());
    }

    /**
     * Whether the cue at word {@code k}, a noun's singular as well ({@link #NOUN_CUES}), is a
     * modifier after a quantifier and before a plural noun ("most state parties release …"): the
     * noun phrase is the sentence's subject, not a source and its cue.
     */
    static boolean modifiesNoun(String p, List<int[]> words, int k, String cue) {
        return k >= 1 && k + 1 < words.size() && NOUN_CUES.contains(cue + "s")
                && AttributionFinder.isQuantifier(lowerWord(p, words, k - 1)) && pluralNounAt(p, words, k + 1);
    }

    /** Whether word {@code j} is a plural noun in lower case: "parties", "officials" (not "business"). */
    private static boolean pluralNounAt(String p, List<int[]> words, int j) {
        String w = p.substring(words.get(j)[0], words.get(j)[1]);
        return w.length() > 3 && w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("'s") && !w.endsWith("’s")
                && Chars.isLowerAscii(w, 0, w.length()) && !QuoteLexicon.isCue(w) && !looksLikePastOrAuxiliary(w);
    }

    /** How far into a sentence a cue is looked for when an appositive stands between it and its subject. */
    static final int MAX_CUE_WORD = 40;

    /** Forms of "be" that, right before a past participle, make it a passive: "must be noted", "are charged". */
    private static final Set<String> BE_FORMS = Set.of("be", "been", "being", "is", "are", "was", "were", "am");

    /** Comma-separated segments tried as the subject before an appositive. */
    private static final int MAX_SEGMENTS = 3;

    /**
     * "Hartford police said the man headed down an alley.", "Last week, the mayor said …",
     * "Sanders, who has sent pleas on Canova's behalf, said he may campaign for him."
     */
    static Found find(String p, int ss, int end) {
        return find(p, ss, end, Sentences.words(p, ss, end));
    }

    /** As {@link #find(String, int, int)}, with the words of {@code p[ss, end)} already split. */
    static Found find(String p, int ss, int end, List<int[]> words) {
        for (int k = 1; k < Math.min(words.size(), MAX_CUE_WORD); k++) {
            if (!Sentences.bareLowerMayBeIn(QuoteLexicon.cueWords(), p, words.get(k)[0], words.get(k)[1])) {
                continue; // no cue, whatever its case
            }
            String w = p.substring(words.get(k)[0], words.get(k)[1]);
            String bare = Sentences.bare(w);
            // a capitalised cue is a headline in title case ("Americans Will Say No to Trump")
            if (!QuoteLexicon.isCue(bare) || !w.equals(bare) && !w.endsWith(",")
                    || Character.isUpperCase(bare.charAt(0)) && !titleCaseCue(p, words, k, bare)) {
                continue;
            }
            Mention m = null;
            int a = QuoteLexicon.cueStart(p, words, k, 1);
            if (a < k && bare.endsWith("s") && !bare.endsWith("ss")
                    && VerbAttribution.finiteAuxiliaryIn(p, words, a, k)) {
                // "Does it have notes of black pepper?": after an auxiliary a word in -s is a noun
                continue;
            }
            // "The mayor on Tuesday said", "Jason Sims — a teacher — says": the subject ends before them
            int sa = Math.max(1, SubjectAdjunct.subjectEnd(p, words, a));
            boolean appositive = endsWithComma(p, words.get(sa - 1));
            int from = AttributionFinder.clauseStart(p, words, sa);
            String before = p.substring(words.get(sa - 1)[0], words.get(sa - 1)[1]).toLowerCase(Locale.ROOT);
            if ((BE_FORMS.contains(before) || VerbAttribution.GET_FORMS.contains(before)) && !bare.endsWith("ing")) {
                // "The condition must be confirmed by …", "Others … are professionally charged with
                // …": a passive, whose subject says nothing
                continue;
            }
            if (appositive) {
                // "Sanders, who has …, said": never "The deal, announced Friday, would …"
                m = subjectBeforeAppositive(p, words, sa - 1);
            } else if (before.equals("who") && sa >= 2) {
                if (QUESTION_ASKERS.contains(p.substring(words.get(sa - 2)[0], words.get(sa - 2)[1]))) {
                    // "I'm not going to tell you who said it", "Nobody knows who said it first": "who"
                    // opens a question, whose answer names no one
                    continue;
                }
                // "said Beck, who said there were …": the relative pronoun stands for the name before it;
                // "… echoing security experts who say …": for the group before it
                m = nameBefore(p, words, sa - 2);
                if (m == null) {
                    m = relativeSubject(p, words, sa - 1, sa);
                }
                if (m == null) {
                    m = describedBefore(p, words, sa - 2);
                }
            } else if (before.equals("and") || before.equals("but")) {
                // "McCain survived five years in prison and says such techniques are inhumane"
                m = sa >= 2 ? AttributionFinder.subject(p.substring(words.get(0)[0], words.get(sa - 2)[1])) : null;
                if (m != null && m.kind() == Mention.Kind.PRONOUN && a == k && !m.takesBaseForm()
                        && AttributionVerbs.isSpeechBaseForm(bare.toLowerCase(Locale.ROOT))) {
                    // "It is fine to rest and say that …": a base form after "it", "he" or "she" is
                    // an infinitive's second verb, no predicate of the subject (a subject cut from a
                    // list, "Carson, Fiorina and Huckabee … and say", may still be plural)
                    m = null;
                }
                if (m != null && a == k && m.takesBaseForm() && AttributionVerbs.isThirdPersonOnly(bare.toLowerCase(Locale.ROOT))) {
                    // "We spoke with … about reimbursement and claims processes": a form in -s after
                    // "and" that "we" or "they" cannot take is a noun
                    m = null;
                }
            } else if (from < sa && MentionParser.opensWithPreposition(p.substring(words.get(from)[0], words.get(sa - 1)[1]))) {
                // "The appointment of Roe, …, to the drafting committee suggests": a phrase, never a
                // speaker; but a subject pronoun closes the phrase ("at the town hall this week she said")
                m = sa - 1 > from && CONTENT_PRONOUNS.contains(p.substring(words.get(sa - 1)[0], words.get(sa - 1)[1]))
                        ? new Mention(p.substring(words.get(sa - 1)[0], words.get(sa - 1)[1]), Mention.Kind.PRONOUN, null, null, null)
                        : null;
            } else if (from < sa) {
                boolean afterWho = from >= 2 && ("who".equals(p.substring(words.get(from - 1)[0], words.get(from - 1)[1]))
                        || thatOfThing(p, words, from));
                // "The officials who lost their seats say …", "The study that appeared in the journal
                // found …": the group and its relative clause, never the clause's predicate
                m = afterWho ? relativeSubject(p, words, from - 1, sa) : null;
                if (m == null) {
                    m = joinedSubject(p, words, from, sa);
                }
                if (m == null) {
                    m = MentionParser.parse(p.substring(words.get(from)[0], words.get(sa - 1)[1]));
                }
                // (a participle cue is no predicate of theirs: "Even people whose … are wary of saying")
                int whose = m == null && !bare.endsWith("ing") ? wordIndex(p, words, "whose", from + 1, sa - 1) : -1;
                if (whose > 0) {
                    // "The officials whose laws were struck down say …": likewise
                    m = relativeSubject(p, words, whose, sa);
                }
                int participle = m == null && !bare.endsWith("ing") ? participleAfterHead(p, words, from + 1, sa) : -1;
                if (participle > 0) {
                    // "Democrats trying to regain control of the Senate say …": the group and its
                    // participle phrase
                    m = relativeSubject(p, words, participle, sa, true);
                }
                if (m == null) {
                    m = pastOpening(p, words, from, sa);
                }
            }
            if (m == null) {
                // "When asked about the nominee, Obama said …": a cue without a subject may open
                // a subordinate clause; the main clause's cue comes later
                continue;
            }
            if (Character.isUpperCase(bare.charAt(0)) && m.kind() != Mention.Kind.PERSON && m.kind() != Mention.Kind.PRONOUN
                    && m.kind() != Mention.Kind.TITLE_REF && (Words.splitCount(m.text()) > MAX_HEADLINE_GROUP_WORDS
                    || Character.isDigit(m.text().charAt(0)))) {
                // "7 Of The Most Powerful Things Latinos Said In 2015": a title in title case names
                // things said, not a speaker
                continue;
            }
            String cue = bare.toLowerCase(Locale.ROOT);
            boolean weakSubject = m.kind() == Mention.Kind.GROUP || m.text().endsWith("'s") || m.text().endsWith("’s")
                    || cue.equals("states") && m.kind() != Mention.Kind.PRONOUN && m.text().indexOf(' ') < 0;
            if (NOUN_CUES.contains(cue) && VerbAttribution.countedNoun(p, words, k)) {
                // "Democrats in five states going to the polls say …": a counted plural is a noun;
                // the sentence's cue may come later
                continue;
            }
            if (NOUN_CUES.contains(cue) && k + 1 < words.size() && verbAfterNounAt(p, words, k + 1)
                    && m.kind() != Mention.Kind.PRONOUN && !before.equals("who") && !before.equals("that")) {
                // "Initial estimates showed …", "FEC reports show …", "the leadership challenges
                // shaping …": a verb right after the word shows it was the subject's plural noun;
                // the sentence's cue comes later
                continue;
            }
            if (modifiesNoun(p, words, k, cue)) {
                continue;
            }
            if (NOUN_CUES.contains(cue) && weakSubject) {
                // "The other states voting Tuesday are …", "several Western states": a noun, not a cue
                return null;
            }
            if (k + 1 < words.size() && AttributionVerbs.opensLongerObjectForm(cue, lowerWord(p, words, k + 1))
                    || k + 2 < words.size() && VerbAttribution.insertedInForm(p, words, k + 1)
                    && AttributionVerbs.opensLongerObjectForm(cue, lowerWord(p, words, k + 2))) {
                // "complained about his microphone", "warned of a flood": the verb with its
                // particle takes an object (VerbAttribution), never a bare clause; it stays the
                // sentence's first cue ("she pointed to reports that Trump called …")
                Found object = VerbAttribution.at(p, words, k, end);
                if (object != null) {
                    return object;
                }
                continue;
            }
            // "As Ruiz has pointed out, …": the particle is the cue's
            // ("One thing worth pointing out is …": a participle's phrase, no speaker's)
            int ck = cue.endsWith("ing") ? k : AttributionVerbs.clauseFormEnd(p, words, k);
            int c = contentStart(p, words, ck, cue);
            if (c >= 0 && p.charAt(words.get(ck)[1] - 1) == ',' && opensWithParticiple(p, c, end)) {
                // "Huckabee agreed, praising his former opponent as …": the participle attributes
                // what follows it (ParticipleClause), and the cue before the comma nothing
                return null;
            }
            if (c >= 0 && before.equals("who") && !startsWithQuote(p, c) && !followsThat(p, c) && !VerbAttribution.opensContent(p, c)
                    && indexIn(p, ":", c, end) < 0 && !p.startsWith("about ", c)) {
                // "One journalist, who insisted on anonymity because …, lamented": a relative clause
                // that tells of the source, and a preposition that opens no clause ("who wrote on
                // X: ‘…’" still introduces what follows the colon, and "who wrote about …" tells what of)
                continue;
            }
            if (c < 0 || startsWithQuote(p, c) && !fragmentOpens(p, c, end) && !followsThat(p, c)
                    || words(p, c, end) < MIN_CONTENT_WORDS) {
                // "said that “we have to do better”": after "that" a quotation is the statement's
                // clause, reported; without it the quotation is a direct quote
                return null;
            }
            // the statement is the quotation's words, without its marks
            boolean wholeQuotation = startsWithQuote(p, c) && !fragmentOpens(p, c, end);

            if (ck == k && !CLAUSE_CUES.contains(cue) && !QuoteLexicon.FOREIGN_CUES.contains(cue) && !followsThat(p, c)) {
                // "Police responded to the scene": only verbs of saying take a bare clause
                return null;
            }
            if ((ck > k || needsClause(cue) || VerbAttribution.toWhom(p, c, end)) && !followsThat(p, c) && !mainClauseLike(p, c, end)) {
                // "Rubio claimed the prize", "Sanders maintained his lead": a thing won or kept, not a
                // statement; "…, Carter told a Senate panel on Tuesday": whom he told, then when;
                // "Ruiz tweeted to her followers": to whom
                return null;
            }
            if (!followsThat(p, c) && p.startsWith("by ", c) && (bare.endsWith("ed") || isIrregularPast(bare))) {
                // "Recent data reported by IBISWorld shows …": a passive participle and its agent
                continue;
            }
            c = followsThat(p, c) ? c : pastPhraseToColon(p, c, end, cue);
            c = followsThat(p, c) ? c : pastAdjunctOfAs(p, words, a, c, end);
            if (!followsThat(p, c) && adjunctOnly(p, c, end, cue)) {
                // "…!” Sen. Sessions said as he launched the process", "he declared in a tweet after the
                // primaries": when and where it was said, not what (a later cue may still report)
                continue;
            }
            String cueText = ck > k ? p.substring(words.get(a)[0], words.get(ck)[0]) + bareWord(p, words, ck)
                    : p.substring(words.get(a)[0], words.get(k)[0]) + bare;
            int e = clauseEnd(p, c, end);
            c += wholeQuotation ? 1 : 0;
            if (inOpeningSubordinate(p, words, a)) {
                // "While Ramos said that X, he appears …": the statement ends with the clause that opens the sentence
                e = subordinateEnd(p, c, e);
            }
            if (inRelativeClause(p, words, sa)) {
                // "Trump, who said last week that the judge was biased, issued a statement": the
                // content ends where the sentence's own predicate resumes
                e = relativeClauseEnd(p, c, e);
            }
            return new Found(c, e, new Attribution(m, cueText, words.get(a)[0]));
        }
        return null;
    }

    /**
     * "Sanders and Clinton said …": when the subject's clause seems to start after an "and", the
     * two speakers joined by it (see {@link MentionParser#parse}); null when the words before
     * the "and" are no speaker.
     */
    private static Mention joinedSubject(String p, List<int[]> words, int from, int sa) {
        if (from < 2 || !"and".equals(p.substring(words.get(from - 1)[0], words.get(from - 1)[1]))) {
            return null;
        }
        int start = AttributionFinder.clauseStart(p, words, from - 1);
        return MentionParser.coordinated(p.substring(words.get(start)[0], words.get(sa - 1)[1]));
    }

    /** The most words of the group a restrictive "who" clause follows: "old Iowa political hands who …". */
    private static final int MAX_RELATIVE_HEAD_WORDS = 5;

    /** The index of the first word in {@code [from, to)} that is {@code word}, -1 when none is. */
    private static int wordIndex(String p, List<int[]> words, String word, int from, int to) {
        for (int j = from; j < to; j++) {
            if (p.startsWith(word, words.get(j)[0]) && words.get(j)[1] - words.get(j)[0] == word.length()) {
                return j;
            }
        }
        return -1;
    }

    /**
     * The speakers that the "who" (or "whose") at word {@code who} describes, its clause running to the cue
     * at word {@code sa}: "critics who say …" (the group before "who"), "Supporters who have
     * heard from the campaign say …" (the group with its clause, as the text writes it); null
     * when no group, role or name stands right before "who", or the clause holds no verb.
     */
    static Mention relativeSubject(String p, List<int[]> words, int who, int sa) {
        return relativeSubject(p, words, who, sa, false);
    }

    /** The most words from a participle to the cue: "Democrats trying to regain control of the Senate say". */
    private static final int MAX_PARTICIPLE_PHRASE_WORDS = 12;

    /** Words that end a participle phrase before the cue is reached: "… going to say", "(as suggested". */
    private static final Set<String> NOT_BEFORE_PARTICIPLE_CUE = Set.of("to", "as", "or", "and", "by", "(as");

    /** Words that show a participle phrase is no subject's: a passive ("being investigated"), a dash. */
    private static final Set<String> NOT_IN_PARTICIPLE_PHRASE = Set.of("do", "being", "been", "—", "–", "-", "--");

    /**
     * The participle that opens the phrase after a subject's head and before the cue at word
     * {@code sa}: the first word in {@code [from, sa - 1)} that is a present participle in lower
     * case ("trying", "studying"), after a plural noun in lower case ("Experts studying"), a
     * capitalised plural ("Democrats trying") or a capitalised word that does not open the
     * sentence ("Sen. Ted Cruz speaking"); the phrase up to the cue holds no finite verb ("Patients
     * starting treatment should tell"), passive, dash or bracket, and at most {@link #MAX_PARTICIPLE_PHRASE_WORDS}
     * words. -1 when none.
     */
    private static int participleAfterHead(String p, List<int[]> words, int from, int sa) {
        for (int j = Math.max(1, from); j < sa - 1; j++) {
            int s = words.get(j)[0];
            int e = words.get(j)[1];
            if (e - s < 5 || !p.startsWith("ing", e - 3) || !Chars.isLowerAscii(p, s, e) || p.startsWith("being", s)) {
                continue;
            }
            String head = p.substring(words.get(j - 1)[0], words.get(j - 1)[1]);
            boolean plural = head.length() > 3 && head.endsWith("s") && !head.endsWith("ss")
                    && (Chars.isLowerAscii(head, 0, head.length()) || Character.isUpperCase(head.charAt(0)) && Chars.isLowerAscii(head, 1, head.length()));
            boolean name = j - 1 > 0 && Character.isUpperCase(head.charAt(0)) && Chars.isLetters(head, 0, head.length());
            if (!plural && !name || sa - j > MAX_PARTICIPLE_PHRASE_WORDS
                    || NOT_BEFORE_PARTICIPLE_CUE.contains(p.substring(words.get(sa - 1)[0], words.get(sa - 1)[1]))) {
                return -1;
            }
            for (int k = j + 1; k < sa; k++) {
                String w = p.substring(words.get(k)[0], words.get(k)[1]);
                if (RESUMING_VERBS.contains(w) || NOT_IN_PARTICIPLE_PHRASE.contains(w) || w.indexOf('(') >= 0 || w.indexOf(')') >= 0) {
                    return -1;
                }
            }
            return j;
        }
        return -1;
    }

    /** Whether words {@code start - 1} and {@code start} are "at least" or "at most". */
    private static boolean isQuantityAfterAt(String p, List<int[]> words, int start) {
        String at = p.substring(words.get(start - 1)[0], words.get(start - 1)[1]);
        String quantity = p.substring(words.get(start)[0], words.get(start)[1]);
        return at.equalsIgnoreCase("at") && (quantity.equals("least") || quantity.equals("most"));
    }

    /** As {@link #relativeSubject(String, List, int, int)}; {@code participle}: the word at {@code who} is the clause's verb. */
    static Mention relativeSubject(String p, List<int[]> words, int who, int sa, boolean participle) {
        int start = who;
        int floor = Math.max(AttributionFinder.clauseStart(p, words, who), who - MAX_RELATIVE_HEAD_WORDS);
        while (start > floor && isHeadWord(p.substring(words.get(start - 1)[0], words.get(start - 1)[1]), start == who)) {
            start--;
        }
        boolean atQuantity = start > 0 && start < who && isQuantityAfterAt(p, words, start);
        if (atQuantity) {
            // "At least two Colorado Republicans running for Congress have said …"
            start--;
        }
        if (start > floor + 1 && groupGoesOn(p, words, start)) {
            // "Democrats in Iowa who …", "30 percent of voters who …": the group's words go on
            // before one preposition
            start -= 2;
            while (start > floor && isHeadWord(p.substring(words.get(start - 1)[0], words.get(start - 1)[1]), false)) {
                start--;
            }
        }
        if (start > floor && NP_LINKS.contains(p.substring(words.get(start - 1)[0], words.get(start - 1)[1]))) {
            // "the ex-wife of Alan Grayson who …", "support from those who …": the words go on
            // before the preposition, past what this reads
            return null;
        }
        Mention head = null;
        for (int st = start; st < who && head == null; st++) {
            String first = p.substring(words.get(st)[0], words.get(st)[1]).toLowerCase(Locale.ROOT);
            if (NOT_IN_HEAD.contains(first) && !(atQuantity && st == start)) {
                continue; // "the ex-wife of Alan Grayson who …" is never "of Alan Grayson"
            }
            Mention m = MentionParser.parse(p.substring(words.get(st)[0], words.get(who - 1)[1]));
            head = m != null && m.kind() != Mention.Kind.PRONOUN && m.kind() != Mention.Kind.DESCRIBED ? m : null;
        }
        if (head == null && start < who && !NOT_GROUPS.contains(p.substring(words.get(start)[0], words.get(start)[1]).toLowerCase(Locale.ROOT))) {
            // "security experts who say …": whoever "who" stands for is a person or a group
            head = new Mention(p.substring(words.get(start)[0], words.get(who - 1)[1]), Mention.Kind.GROUP, null, null, null);
        }
        if (head == null || p.substring(words.get(who - 1)[0], words.get(who - 1)[1]).endsWith(",")) {
            return null;
        }
        if (atQuantity && !p.startsWith(head.text(), words.get(start)[0])) {
            // the mention parser drops the "At" it takes for a preposition
            head = new Mention(p.substring(words.get(start)[0], words.get(who - 1)[1]), head.kind(), head.name(), head.title(), head.affiliation());
        }
        if (who == sa - 1) {
            return head;
        }
        boolean verb = participle;
        for (int j = who + 1; j < sa && !verb; j++) {
            verb = ReportedSpeech.looksLikeVerb(p.substring(words.get(j)[0], words.get(j)[1]));
        }
        if (!verb) {
            return null;
        }
        String text = head.text() + p.substring(words.get(who - 1)[1], words.get(sa - 1)[1]);
        return new Mention(text, head.kind(), head.name(), head.title(), head.affiliation());
    }

    /**
     * Whether the word before {@code from} is a "that" that opens a relative clause of the thing
     * before it: a verb in the past right after it, a word (no verb, no bracket) before it ("A 2014
     * study that appeared in the journal found …", "The sub-committee that produced the report
     * said …"; "said that appeared …" is no such thing).
     */
    static boolean thatOfThing(String p, List<int[]> words, int from) {
        if (!p.substring(words.get(from - 1)[0], words.get(from - 1)[1]).equals("that")) {
            return false;
        }
        String before = p.substring(words.get(from - 2)[0], words.get(from - 2)[1]);
        String after = p.substring(words.get(from)[0], words.get(from)[1]);
        return ReportedSpeech.looksLikePast(after) && !before.isEmpty() && Character.isLetter(before.charAt(before.length() - 1))
                && !ReportedSpeech.looksLikePastOrAuxiliary(before) && !QuoteLexicon.isCue(before)
                && !LINKS.contains(before);
    }

    /** Words that count a group before "of": "30 percent of voters", "a majority of those". */
    private static final Set<String> QUANTITIES = Set.of("percent", "majority", "minority", "share", "half", "third",
            "quarter", "most", "many", "some", "all", "none", "each", "one", "two", "three", "dozens", "hundreds",
            "thousands", "millions");

    /**
     * Whether the group before "who" at word {@code start} goes on before one preposition: a
     * group counted before "of" ("30 percent of voters"), or people of a place ("Democrats in Iowa").
     */
    private static boolean groupGoesOn(String p, List<int[]> words, int start) {
        String link = p.substring(words.get(start - 1)[0], words.get(start - 1)[1]);
        String before = Sentences.bare(p.substring(words.get(start - 2)[0], words.get(start - 2)[1]));
        String after = p.substring(words.get(start)[0], words.get(start)[1]);
        if (link.equals("of")) {
            return QUANTITIES.contains(before.toLowerCase(Locale.ROOT)) || !before.isEmpty() && Character.isDigit(before.charAt(0));
        }
        // "Democrats in Iowa": a group in capitals or in -s, then a place
        return link.equals("in") && Character.isUpperCase(after.charAt(0))
                && (Character.isUpperCase(before.charAt(0)) || before.endsWith("s")) && isHeadWord(before, true);
    }

    /** Words before "who" that name nobody: "those who say", "anyone who says". */
    private static final Set<String> NOT_GROUPS = Set.of("those", "anyone", "everyone", "someone", "people", "one",
            "all", "many", "some", "few", "others", "and", "or", "but", "the", "a", "an");

    /** Prepositions inside a group's words: "Democrats in Iowa who …", "friends of the mayor who …". */
    private static final Set<String> NP_LINKS = Set.of("of", "in", "from", "at");

    /** Prepositions that end a group's words before "who": "ammunition to Republicans who say". */
    private static final Set<String> NOT_IN_HEAD = Set.of("to", "for", "at", "on", "in", "of", "with", "from", "by", "among",
            "against", "than", "as");

    /**
     * Whether a word may belong to the group a "who" clause follows: no verb, participle or comma;
     * a lower-case word in -s only as its {@code last} word ("farmers"), not before it ("The
     * flood worries farmers who …").
     */
    private static boolean isHeadWord(String w, boolean last) {
        boolean plural = w.length() > 3 && w.endsWith("s") && !w.endsWith("ss") && Character.isLowerCase(w.charAt(0));
        return (last || !plural) && !w.endsWith(",") && !(w.endsWith("ing") && !PageNames.isName(w)) && !ReportedSpeech.looksLikePastOrAuxiliary(w)
                && !NOT_IN_HEAD.contains(w.toLowerCase(Locale.ROOT));
    }

    /** Finite verbs that may resume a main clause after a relative clause: ", will not apply". */
    private static final Set<String> RESUMING_VERBS = Set.of("is", "are", "was", "were", "has", "have", "had", "will",
            "would", "can", "could", "should", "may", "might", "must", "does", "did");

    /** How far before the cue a relative pronoun opening its clause is looked for. */
    private static final int RELATIVE_REACH = 4;

    /** Whether the cue at word {@code a} sits in a clause opened by ", who" or ", which". */
    static boolean inRelativeClause(String p, List<int[]> words, int a) {
        for (int j = a - 1; j >= 1 && j >= a - RELATIVE_REACH; j--) {
            String w = p.substring(words.get(j)[0], words.get(j)[1]);
            String before = p.substring(words.get(j - 1)[0], words.get(j - 1)[1]);
            if ((w.equals("who") || w.equals("which")) && before.endsWith(",")) {
                return true;
            }
            if (w.endsWith(",") || w.endsWith(".")) {
                return false;
            }
        }
        return false;
    }

    /** A relative clause of a thing, set off by a comma. */
    private static final String WHICH_CLAUSE = ", which ";

    /**
     * Whether {@code at} lies inside a relative clause of a thing set off by a comma after {@code
     * from} ("… the levee, which is ten feet high and considered …"), whose antecedent is not the
     * subject {@code subject} itself ("The report, which came out Monday and found …" is the
     * report's): the clause's predicates are its antecedent's. No comma between the clause's
     * opening and {@code at} may close it.
     */
    static boolean insideThingsRelative(String p, int from, int at, Mention subject) {
        int r = p.lastIndexOf(WHICH_CLAUSE, at - 1);
        if (r < from) {
            return false;
        }
        int comma = p.indexOf(',', r + WHICH_CLAUSE.length());
        if (comma >= 0 && comma <= at) {
            return false;
        }
        String s = subject == null ? "" : subject.text();
        return s.isEmpty() || !p.startsWith(s, r - s.length());
    }

    /**
     * The end of a relative clause's content: the comma after which the main clause's predicate
     * resumes (", issued a statement", ", will not apply", ", met the union"), or {@code e}.
     */
    static int relativeClauseEnd(String p, int c, int e) {
        for (int at = p.indexOf(", ", c); at >= 0 && at < e; at = p.indexOf(", ", at + 1)) {
            int w = at + 2;
            int we = w;
            while (we < e && Character.isLetter(p.charAt(we))) {
                we++;
            }
            String next = p.substring(w, we);
            if (!next.isEmpty() && Character.isLowerCase(next.charAt(0))
                    && (RESUMING_VERBS.contains(next) || negatedAuxiliary(p, next, we, e)
                        || next.length() > 4 && next.endsWith("ed")
                        || ReportedSpeech.isIrregularPast(next) || presentVerbOutsideList(p, next, we, e))) {
                // a short content ends there too ("Assange, who denies the accusation, has avoided
                // …"): whether it is enough, the cue's own rule says
                return at;
            }
        }
        return e;
    }

    /**
     * Whether {@code word}, which ends at {@code we}, is an auxiliary with its negation: "doesn't",
     * "won’t", "isn't" ({@code word} is the part before the apostrophe).
     */
    private static boolean negatedAuxiliary(String p, String word, int we, int e) {
        return word.length() >= 2 && word.endsWith("n") && we + 1 < e && (p.charAt(we) == '\'' || p.charAt(we) == '’')
                && p.charAt(we + 1) == 't' && (we + 2 == e || !Character.isLetter(p.charAt(we + 2)));
    }

    /**
     * Whether {@code word}, which ends at {@code we}, reads as a verb in the present ("…, plans to
     * focus on jobs", "…, proposes similar language") rather than a plural that goes on with a
     * list ("…, pensions and wages", "…, jobs, wages").
     */
    private static boolean presentVerbOutsideList(String p, String word, int we, int e) {
        if (word.length() <= 3 || !word.endsWith("s") || word.endsWith("ss") || word.endsWith("us")
                || word.endsWith("is") || word.endsWith("ous")) {
            return false;
        }
        return we < e && p.charAt(we) == ' ' && !p.startsWith(" and ", we) && !p.startsWith(" or ", we);
    }

    /**
     * "… said the United States should reduce its patrols and said any attempt to isolate China
     * would fail": a second cue of the same speaker, right after a conjunction.
     */
    static Found sameSpeaker(String p, int from, int end, Mention speaker) {
        List<int[]> words = Sentences.words(p, from, end);
        if (words.size() < 2) {
            return null;
        }
        int k = QuoteLexicon.CUE_AUXILIARIES.contains(p.substring(words.get(0)[0], words.get(0)[1])) ? 1 : 0;
        String w = p.substring(words.get(k)[0], words.get(k)[1]);
        String cue = w.toLowerCase(Locale.ROOT);
        if (!w.equals(cue) || !CLAUSE_CUES.contains(cue) && !QuoteLexicon.FOREIGN_CUES.contains(cue) || k + 1 >= words.size()) {
            return null;
        }
        int c = contentStart(p, words, k, cue);
        if (c < 0 || startsWithQuote(p, c) || words(p, c, end) < MIN_CONTENT_WORDS) {
            return null;
        }
        return new Found(c, clauseEnd(p, c, end), new Attribution(speaker, p.substring(words.get(0)[0], words.get(k)[1]),
                words.get(0)[0]));
    }

    /** The name that ends, with a comma, at word {@code last}: "… said Glenn Beck, who …". */
    static Mention nameBefore(String p, List<int[]> words, int last) {
        String lastWord = p.substring(words.get(last)[0], words.get(last)[1]);
        if (!lastWord.endsWith(",")) {
            return null;
        }
        int from = last;
        while (from - 1 >= 0 && last - from < MentionParser.MAX_WORDS
                && MentionParser.isNameStart(p.substring(words.get(from - 1)[0], words.get(from - 1)[1]))) {
            from--;
        }
        if (from >= 1 && PLACE_LINKS.contains(p.substring(words.get(from - 1)[0], words.get(from - 1)[1]))) {
            // "Nicky Roe, 24, from Dover, who said": the town is where the person is from
            for (int j = from - 2; j >= Math.max(0, from - 1 - MAX_WORDS_BEFORE_PLACE); j--) {
                Mention person = j + 1 < from - 1 ? nameBefore(p, words, j) : null;
                if (person != null) {
                    return person;
                }
            }
            // "The question came from Ana Ruiz, who said": no person before, so a full name is the person
            Mention m = MentionParser.parse(p.substring(words.get(from)[0], words.get(last)[1]));
            return m != null && m.kind() == Mention.Kind.PERSON && m.text().indexOf(' ') > 0 ? m : null;
        }
        Mention m = MentionParser.parse(p.substring(words.get(from)[0], words.get(last)[1]));
        return m != null && m.kind() == Mention.Kind.PERSON ? m : null;
    }

    /** Determiners that open a described person before ", who": "a young child, who said". */
    private static final Set<String> DESCRIBED_OPENERS = Set.of("a", "an", "the", "one");

    /** Endings of nouns of a person's role or work: "farmer", "counselor", "economist", "librarian". */
    private static final List<String> PERSON_NOUN_ENDINGS = List.of("er", "or", "ist", "ian");

    /** Whether {@code word} names a person: a source noun, or a noun of a role by its ending ("a farmer, who"); never "the discussion, who". */
    private static boolean isPersonNoun(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        if (QuoteLexicon.SOURCE_NOUNS.contains(lower)) {
            return true;
        }
        for (String ending : PERSON_NOUN_ENDINGS) {
            if (lower.endsWith(ending) && lower.length() > ending.length() + 3) {
                return true;
            }
        }
        return false;
    }

    /** The most words of a described person: "a retired county engineer". */
    private static final int MAX_DESCRIBED_WORDS = 5;

    /**
     * The person a non-restrictive "who" describes when no name stands before it: "was from a
     * young child, who said …", "met the county engineer, who said …" (a determiner, then words in
     * lower case, the last ending with the comma); null otherwise.
     */
    static Mention describedBefore(String p, List<int[]> words, int last) {
        String lastWord = p.substring(words.get(last)[0], words.get(last)[1]);
        if (!lastWord.endsWith(",") || lastWord.length() < 3) {
            return null;
        }
        for (int j = last - 1; j >= 0 && last - j < MAX_DESCRIBED_WORDS; j--) {
            String w = p.substring(words.get(j)[0], words.get(j)[1]);
            if (DESCRIBED_OPENERS.contains(w.toLowerCase(Locale.ROOT))) {
                String text = p.substring(words.get(j)[0], words.get(last)[1] - 1);
                Mention m = isPersonNoun(lastWord.substring(0, lastWord.length() - 1)) ? MentionParser.parse(text) : null;
                return m != null && m.kind() != Mention.Kind.PRONOUN ? m : null;
            }
            if (w.isEmpty() || !Character.isLowerCase(w.charAt(0)) || !Character.isLetter(w.charAt(w.length() - 1))) {
                return null;
            }
        }
        return null;
    }

    /** Prepositions before a place after a person's name: "Nicky Roe, 24, from Dover, who said". */
    private static final Set<String> PLACE_LINKS = Set.of("from", "of", "in", "near");

    /** The most words between a person's name and the place after it: "Nicky Roe, 24, a nurse from Dover". */
    private static final int MAX_WORDS_BEFORE_PLACE = 6;

    /** Words that make a following capitalised verb an infinitive: "Americans Will Say No". */
    private static final Set<String> MODALS = Set.of("will", "would", "can", "could", "to", "may", "might", "must",
            "should", "shall", "won't", "can't", "didn't", "doesn't", "don't");

    /** Whether a capitalised cue in a title-case headline reports speech. */
    private static boolean titleCaseCue(String p, List<int[]> words, int k, String bare) {
        if (!QuoteLexicon.HEADLINE_CUES.contains(bare) && !bare.equals("Said")) {
            return false;
        }
        String prev = Sentences.bare(p.substring(words.get(k - 1)[0], words.get(k - 1)[1])).toLowerCase(Locale.ROOT);
        // "What Science Really Says About Bias": a heading that asks, naming no speaker
        return !MODALS.contains(prev) && !QUESTION_WORDS.contains(lowerWord(p, words, 0));
    }

    /** The most words of a group that speaks in a title-case headline: "Senate Democrats Say …". */
    private static final int MAX_HEADLINE_GROUP_WORDS = 4;

    /** Whether the word ends with a comma, also inside a closing quotation mark ("“Morning Joe,”"). */
    static boolean endsWithComma(String p, int[] word) {
        char last = p.charAt(word[1] - 1);
        return last == ',' || word[1] - word[0] >= 2 && (last == '”' || last == '"' || last == '’')
                && p.charAt(word[1] - 2) == ','
                // two single quotation marks, as some papers print them: "citing ''the magic of Trump,''"
                || word[1] - word[0] >= 3 && last == '\'' && p.charAt(word[1] - 2) == '\''
                        && p.charAt(word[1] - 3) == ',';
    }

    /** The subject of "X, who …, said": the first comma-ended segment that reads as a speaker. */
    static Mention subjectBeforeAppositive(String p, List<int[]> words, int last) {
        int from = 0;
        int previous = -1;
        int segments = 0;
        Mention found = null;
        // the segment that ends at the cue is the appositive itself, never the subject
        for (int j = 0; j < last && segments < MAX_SEGMENTS; j++) {
            if (!endsWithComma(p, words.get(j))) {
                continue;
            }
            segments++;
            if (j - from < MentionParser.MAX_WORDS) {
                Mention m = MentionParser.parse(p.substring(words.get(from)[0], words.get(j)[1]));
                if (m != null && j + 1 <= last && QuoteLexicon.PRONOUNS.contains(
                        Sentences.bare(p.substring(words.get(j + 1)[0], words.get(j + 1)[1])).toLowerCase(Locale.ROOT))) {
                    // "Instead, he is emphasizing …, asserting": a clause of its own follows, no appositive
                    return null;
                }
                if (m != null && m.kind() == Mention.Kind.PERSON && j + 1 <= last) {
                    // "Ana Lopez, the town engineer, said": the appositive gives her title
                    String appositive = AttributionFinder.stripEndPunctuation(p.substring(words.get(j + 1)[0], words.get(last)[1]));
                    return AttributionFinder.withAppositive(m, appositive);
                }
                if (m != null) {
                    found = m;
                    previous = from;
                    from = j + 1;
                    break;
                }
            }
            previous = from;
            from = j + 1;
        }
        if (previous < 0 || from > last || last - from >= MentionParser.MAX_WORDS) {
            return found;
        }
        String segment = p.substring(words.get(from)[0], words.get(last)[1]);
        Mention named = Character.isUpperCase(segment.charAt(0)) && !segment.contains(" and ")
                ? MentionParser.parse(segment) : null;
        String role = AttributionFinder.stripEndPunctuation(p.substring(words.get(previous)[0], words.get(from - 1)[1]));
        if (named != null && named.kind() == Mention.Kind.PERSON && named.name() != null && named.name().indexOf(' ') > 0
                && titledName(segment, named.name()) && !namesAnAction(role)) {
            // "The director of the bureau, James B. Comey, said": a role, then the name it belongs
            // to; the mention is both, as the text refers to the speaker
            Mention m = AttributionFinder.withAppositive(named, role);
            return new Mention(role + ", " + AttributionFinder.stripEndPunctuation(segment), m.kind(), m.name(), m.title(),
                    m.affiliation());
        }
        return found;
    }

    /** Words of the clause after a quoted fragment that opens it: "said that “we need more information” about how …". */
    private static final int MIN_WORDS_AFTER_FRAGMENT = 3;

    /**
     * Whether the quote opening the content at {@code c} is a fragment the clause goes on after
     * ("said that “we need more information” about how the FBI …"), not the whole statement.
     */
    static boolean fragmentOpens(String p, int c, int end) {
        for (int i = c + 1; i < end; i++) {
            char ch = p.charAt(i);
            if (ch == '”' || ch == '"' || ch == '»') {
                return words(p, i + 1, end) >= MIN_WORDS_AFTER_FRAGMENT;
            }
            if (ch == '“' || ch == '«' || ch == '„') {
                return false;
            }
        }
        return false;
    }

    /** Focus adverbs that may open a subject: "Even the organizer of the rally said". */
    private static final Set<String> FOCUS_ADVERBS = Set.of("even", "only", "perhaps", "yet", "still");

    /**
     * The subject of {@code words[from, sa)} past what opens the sentence without a comma: a
     * pronoun right before the cue ("On Monday he said"), or the words after a focus adverb
     * ("Even the organizer of a rally said"). Null when neither is there.
     */
    static Mention pastOpening(String p, List<int[]> words, int from, int sa) {
        String last = Sentences.bare(p.substring(words.get(sa - 1)[0], words.get(sa - 1)[1]));
        if (sa - 1 > from && QuoteLexicon.PRONOUNS.contains(last) && Character.isLowerCase(last.charAt(0))) {
            // "A Photoshop plugin we wrote exports …", "everything she suggested is …": after a noun
            // phrase the pronoun and its verb are a relative clause; the sentence's verb comes later
            return headsRelativeClause(p, words, from, sa - 1) ? null : MentionParser.parse(last);
        }
        if (sa - 1 > from && FOCUS_ADVERBS.contains(lowerWord(p, words, from))) {
            return MentionParser.parse(p.substring(words.get(from + 1)[0], words.get(sa - 1)[1]));
        }
        // "Saturday at the party's convention Sen. Warren said": a day may come before the phrase
        int phrase = sa - from > 3 && SubjectAdjunct.isWeekday(lowerWord(p, words, from)) ? from + 1 : from;
        if (sa - phrase > 2 && MentionParser.isOpeningPreposition(p.substring(words.get(phrase)[0], words.get(phrase)[1]))) {
            return afterOpeningPhrase(p, words, phrase, sa);
        }
        return null;
    }

    /**
     * Whether the words right before the pronoun at {@code pronoun} (from {@code from} on) are a
     * noun phrase that the pronoun opens a relative clause of ("the deal they thought they were
     * getting", "It is a field he believes is crucial", "Everything we promised"): a determiner
     * or a quantifying pronoun, then at most {@value #MAX_RELATIVE_HEAD_NOUN_WORDS} words with no
     * preposition or punctuation, the last no word of time ("One day I realized", "A day later he
     * said"), no adverb in -ly and none of {@link #NOT_HEAD_NOUNS}; and no preposition before the
     * determiner ("In the report we found", "After the meeting she said" open with a phrase).
     */
    private static boolean headsRelativeClause(String p, List<int[]> words, int from, int pronoun) {
        int det = -1;
        for (int j = pronoun - 1; j >= Math.max(from, pronoun - MAX_RELATIVE_HEAD_NOUN_WORDS - 1); j--) {
            String w = p.substring(words.get(j)[0], words.get(j)[1]);
            if (!Chars.isLetters(w, 0, w.length()) || MentionParser.isOpeningPreposition(w)) {
                break;
            }
            if (RELATIVE_HEAD_OPENERS.contains(w.toLowerCase(Locale.ROOT))) {
                det = j;
                break;
            }
        }
        if (det < 0 || det == pronoun - 1 && !RELATIVE_HEAD_PRONOUNS.contains(lowerWord(p, words, det))
                || det > 0 && opensPhrase(lowerWord(p, words, det - 1))) {
            return false;
        }
        String head = lowerWord(p, words, pronoun - 1);
        return det == pronoun - 1
                || !SubjectAdjunct.isTimeWord(head) && !head.endsWith("ly") && !NOT_HEAD_NOUNS.contains(head);
    }

    /** The most words after the determiner of a noun phrase a relative clause follows: "a Photoshop plugin". */
    private static final int MAX_RELATIVE_HEAD_NOUN_WORDS = 3;

    /**
     * Words that end no noun phrase before a pronoun: a question word ("lays out what he
     * believes"), an object pronoun ("When our client contacted us he explained"), a particle.
     */
    private static final Set<String> NOT_HEAD_NOUNS = Set.of("what", "which", "who", "whom", "whose", "that", "how",
            "why", "where", "when", "whether", "us", "him", "them", "me", "you", "it", "out", "up", "off", "down",
            "there", "here", "then", "now", "so", "too", "also", "again");

    /** Words that open a phrase of time before a noun, besides prepositions: "Since the vote they have said". */
    private static final Set<String> TIME_CONJUNCTIONS = Set.of("since", "until", "till");

    /** Whether {@code lower} opens a phrase before a noun: a preposition ("after the meeting") or "since". */
    private static boolean opensPhrase(String lower) {
        return MentionParser.isOpeningPreposition(lower) || TIME_CONJUNCTIONS.contains(lower);
    }

    /**
     * The person or role that closes a sentence's opening phrase written without a comma: "At the
     * convention Warren said", "On Tuesday Sen. Elizabeth Warren (D-MA) said", "In a speech
     * Tuesday the senator said". The capitalised words right before the cue (a day's name is the
     * phrase's), or "the" and a role; null when the words before the cue are neither.
     */
    private static Mention afterOpeningPhrase(String p, List<int[]> words, int from, int sa) {
        String object = p.substring(words.get(from + 1)[0], words.get(from + 1)[1]);
        if (!PHRASE_OBJECT_OPENERS.contains(object) && !Character.isUpperCase(object.charAt(0))
                && !Character.isDigit(object.charAt(0))) {
            // "In der Realität kann … mit Sicherheit gesagt werden": another language's phrase,
            // whose nouns are capitalised
            return null;
        }
        int j = sa;
        while (j - 1 > from + 1 && isNameWord(p, words.get(j - 1))) {
            j--;
        }
        if (j < sa) {
            String run = p.substring(words.get(j)[0], words.get(sa - 1)[1]);
            Mention m = MentionParser.parse(run);
            int title = m != null && m.title() != null && m.affiliation() != null ? run.indexOf(m.title()) : -1;
            if (title > 0) {
                // "In New York Mayor Eric Adams said": the place is the phrase's, the title opens the mention
                m = MentionParser.parse(run.substring(title));
            }
            return m != null && m.kind() == Mention.Kind.PERSON ? m : null;
        }
        for (int k = sa - 2; k > from + 1 && k >= sa - MAX_ROLE_WORDS; k--) {
            if (lowerWord(p, words, k).equals("the")) {
                Mention m = MentionParser.parse(p.substring(words.get(k)[0], words.get(sa - 1)[1]));
                return m != null && m.kind() == Mention.Kind.TITLE_REF ? m : null;
            }
        }
        return null;
    }

    /** Words that open the object of an English phrase: "at the fair", "in a speech", "after his talk". */
    private static final Set<String> PHRASE_OBJECT_OPENERS = Set.of("the", "a", "an", "his", "her", "their", "its",
            "this", "that", "our", "my", "last", "each", "every");

    /** The most words "the" and a role may have before the cue: "the state's junior senator". */
    private static final int MAX_ROLE_WORDS = 4;

    /**
     * A word of a name or its title before the cue: capitalised ("Warren", "Sen."), or a party in
     * brackets ("(D-MA)"); never a day's or a month's name ({@link MentionParser#isNameStart}), which
     * belongs to the opening phrase.
     */
    private static boolean isNameWord(String p, int[] word) {
        String w = p.substring(word[0], word[1]);
        return w.startsWith("(") && w.endsWith(")") || MentionParser.isNameStart(w);
    }

    /** Whether {@code segment} opens with {@code name}, or with capitalised titles before it ("Vermont Sen. Bernie Sanders"). */
    private static boolean titledName(String segment, String name) {
        int at = segment.indexOf(name);
        if (at < 0) {
            return false;
        }
        for (String w : segment.substring(0, at).split(" ")) {
            if (!w.isEmpty() && !Character.isUpperCase(w.charAt(0))) {
                return false;
            }
        }
        return true;
    }

    /** Whether {@code role} holds a name and its verb ("… and Emanuel fired his police chief"): a clause, not a role. */
    private static boolean namesAnAction(String role) {
        String[] w = role.split(" ");
        for (int i = 1; i < w.length; i++) {
            if (w[i].length() > 3 && w[i].endsWith("ed") && Character.isLowerCase(w[i].charAt(0))
                    && !w[i - 1].isEmpty() && Character.isUpperCase(w[i - 1].charAt(0))) {
                return true;
            }
        }
        return false;
    }

    /**
     * What ends a reported clause before its sentence does: the speaker goes on with another verb
     * ("…, noting that …", "… and said, “…”", "…, and he accused …").
     */
    private static final List<String> CLAUSE_ENDS = List.of(", noting ", ", adding ", ", saying ", " and said",
            ", and he ", ", and she ", ", and they ", ", he added", ", she added");

    /** Whether one of {@link #CLAUSE_ENDS} that opens with a comma follows at {@code at}, without its comma. */
    private static boolean endsClauseAfterComma(String p, int at) {
        for (String e : CLAUSE_ENDS) {
            // " adding " or " adding," after the closing mark
            String word = e.substring(1).stripTrailing();
            int after = at + word.length();
            if (e.charAt(0) == ',' && p.startsWith(word, at) && after < p.length()
                    && (p.charAt(after) == ' ' || p.charAt(after) == ',')) {
                return true;
            }
        }
        return false;
    }

    /** Subject pronouns that may open a reported clause: "said she was tired …". */
    private static final Set<String> CONTENT_PRONOUNS = Set.of("he", "she", "they", "we", "I");

    /** Conjunctions that open a subordinate clause before the sentence's main clause. */
    private static final Set<String> OPENING_SUBORDINATORS = Set.of("while", "although", "though", "as", "when",
            "because", "if", "whereas", "since");

    /** Words that may come before the conjunction of an opening clause: "And while …". */
    static final Set<String> LINKS = Set.of("and", "but", "so", "yet");

    /**
     * Whether word {@code a} lies in a subordinate clause that opens the sentence: "While he
     * said …", "And although officials expect …", with no comma before it.
     */
    static boolean inOpeningSubordinate(String p, List<int[]> words, int a) {
        int j = 0;
        if (words.size() > 1 && LINKS.contains(lowerWord(p, words, 0))) {
            j = 1;
        }
        if (j >= a || !OPENING_SUBORDINATORS.contains(lowerWord(p, words, j))) {
            return false;
        }
        for (int i = j; i < a; i++) {
            if (p.charAt(words.get(i)[1] - 1) == ',') {
                return false;
            }
        }
        return true;
    }

    /** How much of a sentence's start holds its link word and subordinator. */
    private static final int OPENING_CHARS = 40;

    /** Whether the sentence from {@code ss} opens with a subordinate clause ("When …", "And while …") before {@code to}. */
    static boolean opensSubordinate(String p, int ss, int to) {
        return OPENING_SUBORDINATORS.contains(openingWord(p, ss, to));
    }

    /**
     * The first word of the sentence from {@code ss}, in lower case, past a link word that may
     * come before it ("And while …" gives "while"); empty when there is none. Only the first two
     * words are read.
     */
    private static String openingWord(String p, int ss, int to) {
        List<int[]> words = Sentences.words(p, ss, Math.min(Math.min(to, p.length()), ss + OPENING_CHARS));
        int j = words.size() > 1 && LINKS.contains(lowerWord(p, words, 0)) ? 1 : 0;
        return j < words.size() ? lowerWord(p, words, j) : "";
    }

    /** The most words of the subject of a clause the writer adds after ", and". */
    private static final int MAX_NAMED_SUBJECT_WORDS = 8;

    /**
     * Whether {@code p[from, end)} opens a clause of its own with a named or described subject
     * ("the American Civil Liberties Union has already sued …", "Ruiz was …"): a capitalised
     * word or an article, then an auxiliary or a verb in the past within a few words, with no
     * comma, "that" or pronoun before it.
     */
    static boolean namedClause(String p, int from, int end) {
        List<int[]> w = Sentences.words(p, from, Math.min(end, from + 200));
        if (w.size() < 3) {
            return false;
        }
        String first = p.substring(w.get(0)[0], w.get(0)[1]);
        if (!first.equals("the") && !Character.isUpperCase(first.charAt(0)) || QuoteLexicon.PRONOUNS.contains(
                first.toLowerCase(Locale.ROOT)) || QuoteLexicon.NOT_NAMES.contains(first)) {
            return false;
        }
        for (int j = 1; j < Math.min(w.size(), MAX_NAMED_SUBJECT_WORDS + 1); j++) {
            String word = p.substring(w.get(j)[0], w.get(j)[1]);
            String bare = Sentences.bare(word).toLowerCase(Locale.ROOT);
            if (QuoteLexicon.THAT_WORDS.contains(bare) || QuoteLexicon.PRONOUNS.contains(bare)
                    || QuoteLexicon.isCue(bare)) {
                return false;
            }
            if (looksLikePastOrAuxiliary(word) && !NOT_PASTS.contains(bare)) {
                return true;
            }
            if (word.endsWith(",")) {
                return false;
            }
        }
        return false;
    }

    /** Whether the clause that opens {@code p[ss, to)} is a condition: "If Ruiz opposes …", "Unless …". */
    static boolean opensCondition(String p, int ss, int to) {
        String first = openingWord(p, ss, to);
        return first.equals("if") || first.equals("unless");
    }

    /** Word {@code i} without the punctuation around it, as written. */
    private static String bareWord(String p, List<int[]> words, int i) {
        return Sentences.bare(p.substring(words.get(i)[0], words.get(i)[1]));
    }

    private static String lowerWord(String p, List<int[]> words, int i) {
        return Sentences.bare(p.substring(words.get(i)[0], words.get(i)[1])).toLowerCase(Locale.ROOT);
    }

    /** The first ", " after {@code c} past the least content, else {@code e}. */
    static int subordinateEnd(String p, int c, int e) {
        for (int at = p.indexOf(", ", c); at >= 0 && at < e; at = p.indexOf(", ", at + 1)) {
            if (words(p, c, at) >= MIN_CONTENT_WORDS) {
                return at;
            }
        }
        return e;
    }

    /** The end of the reported clause that starts at {@code c}. */
    static int clauseEnd(String p, int c, int end) {
        int w = c;
        while (w < end && Character.isLetter(p.charAt(w))) {
            w++;
        }
        boolean pronounSubject = w < end && p.charAt(w) == ' ' && CONTENT_PRONOUNS.contains(p.substring(c, w));
        boolean quoted = false;
        boolean infinitive = p.startsWith("to ", c);
        for (int at = c; at < end; at++) {
            char ch = p.charAt(at);
            if (ch == '“' || ch == '«' || ch == '„') {
                quoted = true;
            } else if (ch == '”' || ch == '»') {
                quoted = false;
            } else if (ch == '"') {
                quoted = !quoted;
            }
            if (quoted) {
                // "said the levee “will hold through the spring, and we are ready”": the clause
                // never ends inside its quotation
                continue;
            }
            if (ch == ';' && words(p, c, at) >= MIN_CONTENT_WORDS) {
                // "said the timing was not intentional; they only learned …": a sentence of the writer's
                return at;
            }
            if ((ch == '”' || ch == '»' || ch == '"') && at > c && p.charAt(at - 1) == ','
                    && endsClauseAfterComma(p, at + 1) && words(p, c, at) >= MIN_CONTENT_WORDS) {
                // "told Newsmax that Romney “had a crazy policy …,” adding, “…”": the quotation's
                // comma is the clause's, and the speaker goes on after its closing mark
                return at + 1;
            }
            if (p.charAt(at) != ',' && p.charAt(at) != ' ') {
                continue;
            }
            for (String e : CLAUSE_ENDS) {
                if (p.startsWith(e, at) && words(p, c, at) >= MIN_CONTENT_WORDS) {
                    return at;
                }
            }
            if ((SpeakerGoesOn.at(p, at, end, pronounSubject)
                    || SpeakerGoesOn.andPronounAt(p, at, end) && (infinitive || !clauseLike(p, c, at)))
                    && words(p, c, at) >= MIN_CONTENT_WORDS) {
                return at;
            }
            if (ch == ',' && participleAfterComma(p, at, end) && (infinitive || !clauseLike(p, c, at)) && !opensGerund(p, c, end)
                    && words(p, c, at) >= MIN_CONTENT_WORDS) {
                // "sought to rally older Democrats, contrasting her own respect for …", "has backed a
                // no-fly zone, arguing …": after a thing or an aim, a participle phrase tells what the
                // source did; after a clause it goes on with the clause's subject ("said Sanders has
                // been tested, coming from 40 points behind")
                return at;
            }
            if (infinitive && finiteAfterAnd(p, at, end)) {
                // "vowed to keep abortion legal and celebrated the ruling": a finite verb never
                // continues an infinitive; the source goes on
                return at;
            }
        }
        return end;
    }

    /** Words in -ing after a comma that open no participle phrase: prepositions, nouns. */
    private static final Set<String> NOT_PARTICIPLES = Set.of("including", "according", "during", "regarding",
            "concerning", "following", "ranging", "something", "anything", "nothing", "everything", "morning",
            "evening", "building", "meeting", "hearing", "funding", "spending", "housing", "training", "thing",
            "things", "being", "notwithstanding", "pending", "excluding", "beginning", "starting");

    /**
     * Whether ", " at {@code at} opens a participle phrase: a lower-case word in -ing of six
     * letters or more, not one of {@link #NOT_PARTICIPLES}, followed by a word that is not
     * "and" or "or", and that no other word in -ing follows after a comma, "and" or "or" before
     * the sentence ends (never an item of a list: "funding, housing and transport").
     */
    private static boolean participleAfterComma(String p, int at, int end) {
        int i = at + 2;
        if (i >= end || p.charAt(at + 1) != ' ') {
            return false;
        }
        int e = i;
        while (e < end && p.charAt(e) >= 'a' && p.charAt(e) <= 'z') {
            e++;
        }
        if (e - i < 6 || !p.startsWith("ing", e - 3) || e >= end || p.charAt(e) != ' '
                || NOT_PARTICIPLES.contains(p.substring(i, e))) {
            return false;
        }
        if (p.startsWith(" and ", e) || p.startsWith(" or ", e)) {
            return false;
        }
        // "sitting for 16 minutes, standing for 8 minutes and stretching …": an item of a list of
        // activities, whose next item follows a comma, "and" or "or"
        for (int k = e; k < end && p.charAt(k) != '.'; k++) {
            char ch = p.charAt(k);
            if ((ch == ',' || ch == ' ' && (p.startsWith(" and ", k) || p.startsWith(" or ", k))) && opensGerund(p, k, end)) {
                return false;
            }
        }
        return true;
    }

    /** Whether the word after the comma, "and" or "or" at {@code k} is in lower case and ends in -ing. */
    private static boolean opensGerund(String p, int k, int end) {
        int i = k;
        while (i < end && (p.charAt(i) == ',' || p.charAt(i) == ' ')) {
            i++;
        }
        if (p.startsWith("and ", i) || p.startsWith("or ", i)) {
            i = p.indexOf(' ', i) + 1;
        }
        int e = i;
        while (e < end && p.charAt(e) >= 'a' && p.charAt(e) <= 'z') {
            e++;
        }
        return e - i >= 5 && p.startsWith("ing", e - 3) && !NOT_PARTICIPLES.contains(p.substring(i, e));
    }

    /** Finite verbs that open a predicate of their own after "and": "and has expressed support". */
    private static final Set<String> FINITE_AUXILIARIES = Set.of("has", "had", "have", "is", "was", "were", "are");

    /** Whether "and" (or ", and") at {@code at} is followed by a verb in the past or a finite auxiliary. */
    private static boolean finiteAfterAnd(String p, int at, int end) {
        int i = p.startsWith(" and ", at) ? at + 5 : p.startsWith(", and ", at) ? at + 6 : -1;
        if (i < 0) {
            return false;
        }
        int e = i;
        while (e < end && Character.isLetter(p.charAt(e))) {
            e++;
        }
        String w = p.substring(i, e);
        if (FINITE_AUXILIARIES.contains(w)) {
            return true;
        }
        if (!looksLikeRegularPast(w) || e >= end || p.charAt(e) != ' ') {
            return false;
        }
        // a verb with its object ("and celebrated the ruling"), not an adjective ("and recognized capital")
        int n = e + 1;
        int ne = n;
        while (ne < end && Character.isLetter(p.charAt(ne))) {
            ne++;
        }
        String next = p.substring(n, ne);
        return !next.isEmpty() && (Character.isUpperCase(next.charAt(0)) || OBJECT_OPENERS.contains(next));
    }

    /** Words that open a verb's object or complement: "celebrated the ruling", "ordered that". */
    private static final Set<String> OBJECT_OPENERS = Set.of("the", "a", "an", "his", "her", "their", "its", "that",
            "to", "him", "them", "it", "on", "at", "in", "for", "with", "about", "from", "this", "these", "those");

    /**
     * Whether the verb at word {@code j}, after the cue at {@code k}, is joined to the cue's own
     * predicate: "and said", "but also contended" (past an adverb or two).
     */
    private static boolean coordinated(String p, List<int[]> words, int k, int j) {
        int i = j - 1;
        while (i > k && i >= j - 3 && COORDINATED_ADVERBS.contains(lowerWord(p, words, i))) {
            i--;
        }
        return i > k && AttributionFinder.isConjunction(p.substring(words.get(i)[0], words.get(i)[1]));
    }

    /** Adverbs between a conjunction and its verb: "but also contended", "and then said". */
    private static final Set<String> COORDINATED_ADVERBS = Set.of("also", "then", "later", "again", "even");

    /** Verbs that make "that" after a cue the clause's subject, not its conjunction: "said that is …". */
    private static final Set<String> THAT_SUBJECT_VERBS = Set.of("is", "was", "isn't", "wasn't", "has", "hasn't",
            "will", "won't", "would", "could", "can", "should", "might", "may", "does", "doesn't", "did", "didn't",
            "are", "aren't", "were", "weren't", "have", "haven't", "had", "hadn't", "do", "don't", "must");

    /** The most words between a German cue and the comma that opens its reported clause. */
    private static final int MAX_GERMAN_ADJUNCT_WORDS = 5;

    /**
     * German articles and possessives: one before the comma opens the verb's object or its
     * subject ("betonte die Bedeutung der Arbeit, die …", "sagte die Ministerin, …"), read as before.
     */
    private static final Set<String> GERMAN_DETERMINERS = Set.of("der", "die", "das", "den", "dem", "des", "ein",
            "eine", "einen", "einem", "einer", "eines", "sein", "seine", "seinen", "seinem", "seiner", "ihr", "ihre",
            "ihren", "ihrem", "ihrer", "er", "sie", "es");

    /**
     * Where the reported clause of the German cue at word {@code k} starts when adverbs, a phrase
     * of time or place or the verb's particle stand before its comma: "teilte auf Anfrage mit, die
     * Berichte würden geprüft", "erklärte daraufhin, der Spieler leide …", "sagte am Montag in
     * Berlin, die Regierung werde …" (after "dass" too); -1 when no such comma comes, or a
     * determiner or pronoun stands before it.
     */
    private static int germanClauseStart(String p, List<int[]> words, int k) {
        if (p.charAt(words.get(k)[1] - 1) == ',') {
            return -1;
        }
        for (int j = k + 1; j < Math.min(words.size() - 1, k + 1 + MAX_GERMAN_ADJUNCT_WORDS); j++) {
            String w = p.substring(words.get(j)[0], words.get(j)[1]);
            if (GERMAN_DETERMINERS.contains(w.toLowerCase(Locale.ROOT)) || !Chars.hasLetterOrDigit(w, 0, 1)) {
                return -1;
            }
            if (w.endsWith(",")) {
                int c = j + 1;
                if (lowerWord(p, words, c).equals("dass") && c + 1 < words.size()) {
                    c++;
                }
                return words.get(c)[0];
            }
            if (!Chars.isLetters(w, 0, w.length())) {
                return -1; // a colon, a quotation mark or a stop ends the search
            }
        }
        return -1;
    }

    /**
     * Words after which a word in -s is a verb that took them as its object or complement ("spells
     * out", "allows them", "ensures the …"), not a plural noun opening a clause ("that officials
     * must …", "that cutbacks in …").
     */
    private static final Set<String> AFTER_VERB = Set.of("the", "a", "an", "his", "her", "its", "their", "our",
            "your", "my", "this", "these", "those", "them", "him", "us", "me", "you", "it", "out", "up", "how",
            "what", "where", "when", "why", "whether");

    /**
     * Whether {@code lower}, after a "that" that follows a thing, is the relative clause's verb: a
     * past in -ed ("covered", "followed"), or a present in -s or a past not in -ed before its object
     * ({@link #AFTER_VERB}: "that spells out …", "every carrier that made our list").
     */
    private static boolean verbOfRelative(String lower, String next) {
        if (lower.length() < 4 || !Chars.isLowerAscii(lower, 0, lower.length())) {
            return false;
        }
        return lower.endsWith("ed") && lower.length() >= 5
                || (lower.endsWith("s") && !lower.endsWith("ss") && !lower.endsWith("us") || ReportedSpeech.isIrregularPast(lower))
                    && AFTER_VERB.contains(next);
    }

    /** Where the reported clause starts after the cue at word {@code k}. */
    static int contentStart(String p, List<int[]> words, int k, String cue) {
        int german = QuoteLexicon.GERMAN_CUES.contains(cue) ? germanClauseStart(p, words, k) : -1;
        if (german >= 0) {
            return german;
        }
        for (int j = k + 1; j < Math.min(words.size(), k + 1 + THAT_WINDOW); j++) {
            String w = Sentences.bare(p.substring(words.get(j)[0], words.get(j)[1])).toLowerCase(Locale.ROOT);
            if (QuoteLexicon.THAT_WORDS.contains(w)) {
                if (j > k + 1 && AttributionFinder.isConjunction(p.substring(words.get(j - 1)[0], words.get(j - 1)[1]))) {
                    // "said witnesses saw a gun and that one was found": the second of two
                    // clauses, the first of which began right after the cue
                    break;
                }
                if (j > k + 1 && w.equals("that") && RELATIVE_HEADS.contains(lowerWord(p, words, j - 1))) {
                    // "emphasizes discarding everything that does not spark joy": after an
                    // indefinite pronoun "that" opens a relative clause, never the statement
                    break;
                }
                String after = j + 1 < words.size() ? lowerWord(p, words, j + 1) : "";
                String afterNext = j + 2 < words.size() ? lowerWord(p, words, j + 2) : "";
                if (w.equals("that") && j > k + 1 && !OBJECT_CUES.contains(cue) && verbOfRelative(after, afterNext)) {
                    // "maintains a detailed specification that spells out how …", "found a plan that
                    // covered me …": after a thing, "that" and a verb in -s or -ed are a relative clause
                    break;
                }
                if (w.equals("that") && THAT_SUBJECT_VERBS.contains(after)) {
                    if (j == k + 1) {
                        // "He said that is a “distortion”": right after the cue, the pronoun is the
                        // clause's subject
                        return words.get(j)[0];
                    }
                    if (!OBJECT_CUES.contains(cue)) {
                        // "I write about slow travel – that is good for us", "considered measures
                        // that can …": after a thing, "that" and a verb are a relative clause of it
                        // (after a person told, the clause's subject: "told reporters that was wrong")
                        break;
                    }
                }
                return j + 1 < words.size() ? words.get(j + 1)[0] : -1;
            }
            if (CLAUSE_STARTS.contains(w) || ReportedSpeech.contracted(w)
                    || endsWithComma(p, words.get(j - 1)) && (AttributionVerbs.isParticiple(w) || QuoteLexicon.isCue(w))
                    || j > k + 1 && AttributionVerbs.isPast(w) && !coordinated(p, words, k, j)) {
                // "said the ministry requested that …": the "that" is the second verb's (its own
                // subject between; "cited interviews and said that …" goes on with the first's)
                // "said they are searching for the car that…", "said he's “confident” that …", "said
                // the levee held, adding that …": the clause began before this "that"; "who insisted on anonymity, lamented that …":
                // it is another verb's
                break;
            }
        }
        int j = k + 1;
        String next = j < words.size() ? Sentences.bare(p.substring(words.get(j)[0], words.get(j)[1])).toLowerCase(Locale.ROOT) : "";
        if (OBJECT_CUES.contains(cue) && !QUESTION_WORDS.contains(next)) {
            // "told reporters …", "told Ana Ruiz …", "told the crowd …"; never "asked how …"
            j += OBJECT_DETERMINERS.contains(next) ? 2 : 1;
            while (j < words.size() && !OBJECT_PRONOUNS_ONLY.contains(next)
                    && (MentionParser.isNameStart(p.substring(words.get(j)[0], words.get(j)[1]))
                        || j > k + 1 && j + 1 < words.size() && NAME_LINKS.contains(p.substring(words.get(j)[0], words.get(j)[1]))
                            && (OBJECT_DETERMINERS.contains(next) || !p.startsWith("and", words.get(j)[0]))
                            && MentionParser.isNameStart(p.substring(words.get(j - 1)[0], words.get(j - 1)[1]))
                            && MentionParser.isNameStart(p.substring(words.get(j + 1)[0], words.get(j + 1)[1])))) {
                // "told Ana Ruiz …", "told the Senate Judiciary Committee …", "told the Securities
                // and Exchange Commission …" (a body's name after "the" holds "and"; "asked Mills,
                // Sullivan and Abedin to …" names three): the name is whom ("told them Clinton has
                // …": after a pronoun the name is the clause's subject)
                j++;
            }
            if (j < words.size() && p.startsWith("to ", words.get(j)[0])) {
                // "urged the council to act": whom the speaker urged belongs to what they urged
                return words.get(k + 1)[0];
            }
        }
        return j < words.size() ? words.get(j)[0] : -1;
    }

    /**
     * Indefinite pronouns of things that a "that" after them always relates to: "everything that
     * …" (of people they may be whom a cue tells: "has told everyone that she is …").
     */
    private static final Set<String> RELATIVE_HEADS = Set.of("everything", "anything", "something", "nothing");

    /** Words that open an indirect question right after its cue: "asked how …", "asked if …". */
    static final Set<String> QUESTION_WORDS = Set.of("if", "whether", "how", "what", "why", "when", "where",
            "who", "which");

    /** Pronouns that are only objects, never determiners: "told them …" ("told her staff" may be either). */
    private static final Set<String> OBJECT_PRONOUNS_ONLY = Set.of("him", "them", "me", "us", "you");

    /** Determiners that open a cue's object of two words: "told the crowd …", "asked his aides …". */
    private static final Set<String> OBJECT_DETERMINERS = Set.of("the", "a", "an", "his", "her", "their", "its", "our");

    /**
     * Words that are a noun phrase alone before a relative clause without "that": the heads of
     * {@link #RELATIVE_HEADS} and "all", "much" ("Everything we promised …", "All we said …").
     */
    private static final Set<String> RELATIVE_HEAD_PRONOUNS = QuoteLexicon.union(RELATIVE_HEADS, Set.of("all", "much"));

    /**
     * Words that open a noun phrase a relative clause may follow without "that" ("the plugin we
     * wrote"): the determiners of {@link #OBJECT_DETERMINERS}, others, and
     * {@link #RELATIVE_HEAD_PRONOUNS}.
     */
    private static final Set<String> RELATIVE_HEAD_OPENERS = QuoteLexicon.union(
            QuoteLexicon.union(OBJECT_DETERMINERS, RELATIVE_HEAD_PRONOUNS),
            Set.of("every", "each", "any", "some", "no", "my", "your", "many", "few", "several"));

    /** Whether the content at {@code c} follows "that" or its like ("que", "dass"). */
    static boolean followsThat(String p, int c) {
        int e = c - 1;
        while (e > 0 && p.charAt(e) == ' ') {
            e--;
        }
        int b = e;
        while (b > 0 && p.charAt(b - 1) != ' ') {
            b--;
        }
        return e >= b && QuoteLexicon.THAT_WORDS.contains(p.substring(b, e + 1).toLowerCase(Locale.ROOT));
    }
}
