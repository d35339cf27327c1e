package io.github.newsparse.internal.quotes;

import io.github.newsparse.internal.text.Words;
import static io.github.newsparse.internal.quotes.ReportedSpeech.*;

import io.github.newsparse.internal.quotes.ReportedSpeech.Found;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Attributions made by a fixed phrase: "according to X", ", saying …", "X called Y “label”", and
 * "Name: statement" headlines.
 */
final class PhraseAttribution {

    private PhraseAttribution() {
    }

    /**
     * "Jeb Bush called Trump “unhinged.”": a speaker's words as a label for something. The content
     * runs from the thing named to the end of the quoted label.
     */
    /** Words that open the clause a subject and its appositive belong to: "… -- which Apple's chief, Tim Cook, called …". */
    private static final java.util.Set<String> APPOSITIVE_CLAUSE_OPENERS = java.util.Set.of("which", "that", "who",
            "whom", "--", "—", "–");

    /** How far back the opener of such a clause is looked for, in words. */
    private static final int MAX_APPOSITIVE_CLAUSE_WORDS = 15;

    /** The first word of the clause whose subject (with an appositive) ends before word {@code sa}: 0 for the sentence's own. */
    private static int appositiveClauseStart(String p, List<int[]> words, int sa) {
        for (int j = sa - 1; j >= Math.max(0, sa - MAX_APPOSITIVE_CLAUSE_WORDS); j--) {
            String w = p.substring(words.get(j)[0], words.get(j)[1]);
            if (APPOSITIVE_CLAUSE_OPENERS.contains(w.toLowerCase(java.util.Locale.ROOT)) || w.endsWith(";") || w.endsWith(":")) {
                return j + 1;
            }
        }
        return 0;
    }

    /** Particles after "called" that make it another verb: "called for", "called on", "called off". */
    private static final java.util.Set<String> NAMING_PARTICLES = java.util.Set.of("for", "on", "upon", "off", "out",
            "back", "up", "in");

    /** How far into a sentence the "put it" of an opening "As X put it" is looked for. */
    static final int MAX_PUT_IT_CHARS = 160;

    /** The most words of the phrase after "put it" that tells where or when: "in a statement to …". */
    private static final int MAX_PUT_IT_ADJUNCT_WORDS = 12;

    /** Prepositions that open the phrase after "put it": "in a statement", "on Twitter", "with a grin". */
    private static final Set<String> PUT_IT_ADJUNCTS = Set.of("in", "on", "at", "during", "after", "before", "with",
            "to", "via", "through", "last", "this", "recently", "once");

    /**
     * "As Ruiz put it, the levee will not hold", "As Ms. Simonyan put it in a statement to my
     * colleague in July, RT is …": the clause after the opening "As X put it", its statement in the
     * writer's words; null otherwise (a quotation after it is a direct quote's).
     */
    static Found asPutIt(String p, int ss, int end) {
        if (!p.startsWith("As ", ss)) {
            return null;
        }
        int limit = Math.min(end, ss + MAX_PUT_IT_CHARS);
        int put = indexIn(p, " put it", ss, limit);
        int length = " put it".length();
        if (put < 0) {
            put = indexIn(p, " puts it", ss, limit);
            length = " puts it".length();
        }
        int itEnd = put + length;
        if (put < 0 || itEnd >= end || p.charAt(itEnd) != ',' && p.charAt(itEnd) != ' ') {
            return null;
        }
        int comma = indexIn(p, ", ", itEnd, end);
        if (comma < 0) {
            return null;
        }
        if (comma > itEnd) {
            List<int[]> adjunct = Sentences.words(p, itEnd, comma);
            if (adjunct.isEmpty() || adjunct.size() > MAX_PUT_IT_ADJUNCT_WORDS
                    || !PUT_IT_ADJUNCTS.contains(p.substring(adjunct.get(0)[0], adjunct.get(0)[1]))
                    || ReportedSpeech.holdsClause(p, adjunct, 1)) {
                return null;
            }
        }
        Attribution a = AttributionFinder.putIt(p, ss, itEnd);
        int c = skipSpaces(p, comma + 2);
        if (a == null || startsWithQuote(p, c) || p.startsWith("''", c) || words(p, c, end) < MIN_CONTENT_WORDS) {
            return null;
        }
        return new Found(c, end, a);
    }

    static Found naming(String p, int ss, int end, List<int[]> words) {
        for (int k = 1; k < Math.min(words.size() - 1, LeadingClause.MAX_CUE_WORD); k++) {
            int ws = words.get(k)[0];
            int wl = words.get(k)[1] - ws;
            if (!(wl == 6 && p.startsWith("called", ws)) && !(wl == 5 && p.startsWith("calls", ws))) {
                continue;
            }
            if (NAMING_PARTICLES.contains(p.substring(words.get(k + 1)[0], words.get(k + 1)[1]))) {
                // "has called for taxing so-called ''pass through'' income": a stance, not a name given
                continue;
            }
            int c = words.get(k + 1)[0];
            int open = -1;
            for (int i = c; i < end && open < 0; i++) {
                // NYT's doubled single marks stand for double ones: "called ''a disgrace''"
                if ("“\"".indexOf(p.charAt(i)) >= 0 || p.startsWith("''", i)) {
                    open = i;
                }
            }
            if (open < 0 || open - c > MAX_NAMED_CHARS) {
                return null;
            }
            int a = QuoteLexicon.cueStart(p, words, k, 1);
            // "Trump in his announcement speech called …": the subject ends before the occasion
            int sa = Math.max(1, SubjectAdjunct.subjectEnd(p, words, a));
            int from = AttributionFinder.clauseStart(p, words, sa);
            // "Jane Roe, a speechwriter in the White House, calls Cruz “…”": the name before its appositive
            int base = appositiveClauseStart(p, words, sa);
            Mention m = sa - base >= 2 && LeadingClause.endsWithComma(p, words.get(sa - 1))
                    ? LeadingClause.subjectBeforeAppositive(p, words.subList(base, words.size()), sa - 1 - base) : null;
            if (m == null) {
                m = from < sa ? MentionParser.parse(p.substring(words.get(from)[0], words.get(sa - 1)[1])) : null;
            }
            if (m == null || a == k && open == c && m.kind() != Mention.Kind.PERSON && m.kind() != Mention.Kind.PRONOUN) {
                // "the extraordinary learning method called “Dynamic Immersion”", "a blog called “the
                // Feed”": a thing and what it is called, the label right after the participle
                return null;
            }
            int close = end;
            boolean doubled = p.startsWith("''", open);
            for (int i = open + (doubled ? 2 : 1); i < end; i++) {
                if (doubled ? p.startsWith("''", i) : "”\"".indexOf(p.charAt(i)) >= 0) {
                    close = i + (doubled ? 2 : 1);
                    break;
                }
            }
            String cue = p.substring(words.get(a)[0], words.get(k)[1]);
            return new Found(c, labelEnd(p, close, end), new Attribution(m, cue, words.get(a)[0]));
        }
        return null;
    }

    /**
     * Where the naming ends after its label's closing mark at {@code close}: there when a comma
     * follows ("called it “a disgrace,” and threatened …"); else at the clause's next comma or
     * the sentence's end ("called the deal “a step forward” in the efforts to …", "called it a
     * “new low” and a “bizarre attempt …”").
     */
    private static int labelEnd(String p, int close, int end) {
        // "called the senator a “nasty guy,” an “anchor baby,” “unstable” and “sick”": a list of labels
        for (int next = nextLabel(p, close, end); next >= 0; next = nextLabel(p, close, end)) {
            int c = next + 1;
            while (c < end && "”\"".indexOf(p.charAt(c)) < 0) {
                c++;
            }
            if (c >= end) {
                break;
            }
            close = c + 1;
        }
        if (close >= end || p.charAt(close - 1) != '”' && p.charAt(close - 1) != '"' || p.charAt(close) == ','
                || p.charAt(close - 2) == ',') {
            return close;
        }
        int comma = indexIn(p, ", ", close, end);
        int stop = comma < 0 ? end : comma;
        for (int and = indexIn(p, " and ", close, stop); and >= 0; and = indexIn(p, " and ", and + 1, stop)) {
            int next = and + " and ".length();
            int wordEnd = p.indexOf(' ', next);
            String word = p.substring(next, wordEnd < 0 || wordEnd > stop ? stop : wordEnd);
            if (!LABEL_OPENERS.contains(word) && (word.isEmpty() || "“\"".indexOf(word.charAt(0)) < 0)) {
                // "called the plan “a waste” and left the meeting": the subject's next act
                return and;
            }
        }
        return stop;
    }

    /**
     * The opening mark of the next label in a list after the label that closes, comma inside,
     * at {@code close} (", an “anchor baby,”", ", “unstable”"); -1 when no label follows.
     */
    private static int nextLabel(String p, int close, int end) {
        if (close >= end || close < 2 || p.charAt(close - 2) != ',') {
            return -1;
        }
        int i = skipSpaces(p, close);
        int wordEnd = p.indexOf(' ', i);
        if (wordEnd > 0 && wordEnd < end && LABEL_OPENERS.contains(p.substring(i, wordEnd))) {
            i = wordEnd + 1;
        }
        return i < end && "“\"".indexOf(p.charAt(i)) >= 0 ? i : -1;
    }

    /** Words that open a second label after "and": "a “new low” and a “bizarre attempt …”". */
    private static final Set<String> LABEL_OPENERS = Set.of("a", "an", "the", "his", "her", "their", "its");

    /** The longest thing named before its quoted label: "called the statement “…”". */
    private static final int MAX_NAMED_CHARS = 60;

    /**
     * "Bradley apologized for the columns, saying they were old.": the subject of the sentence
     * says what follows the participle.
     */
    static Found participle(String p, int ss, int end) {
        int saying = sayingAt(p, ss, end);
        if (saying < 0) {
            return null;
        }
        // the clause before the participle: up to its comma (before a fragment's closing
        // quotation marks: "… “New York values,” saying …"), or to the space before "saying"
        int back = skipClosingQuotes(p, ss, saying - 2);
        int at = p.charAt(back) == ',' ? back : saying - 1;
        if (words(p, ss, at) < 2) {
            return null;
        }
        Mention m = AttributionFinder.subject(p.substring(ss, at));
        int comma = indexIn(p, ", ", ss, end);
        if (m == null && comma >= 0 && comma < at && words(p, ss, comma) <= MAX_LEADING_ADVERBIAL) {
            // "In May, a judge sided with the Democrats, saying …"
            m = AttributionFinder.subject(p.substring(comma + 2, at));
        }
        if (m == null) {
            return null;
        }
        List<int[]> words = Sentences.words(p, saying, end);
        int c = words.size() > 1 ? LeadingClause.contentStart(p, words, 0, "saying") : -1;
        // a quotation right after "saying" is a direct quote, found with its marks; after "saying
        // that" it is the reported clause's wording ("…, saying that “what you're hearing …”")
        if (c < 0 || startsWithQuote(p, c) && c == words.get(1)[0] || words(p, c, end) < MIN_CONTENT_WORDS) {
            return null;
        }
        return new Found(startsWithQuote(p, c) ? c + 1 : c, end, new Attribution(m, "saying", saying));
    }

    /** Nouns of a message that "saying" describes: "released a statement saying …". */
    private static final Set<String> MESSAGES = Set.of("statement", "letter", "release", "tweet", "post", "message",
            "memo", "email", "e-mail", "note", "video", "ad", "advertisement", "filing", "report");

    /**
     * Where the attribution's "saying" starts: after a comma ("…, saying …"), after "by"
     * ("responded by saying …") or after a message ("released a statement Wednesday saying …"),
     * which name the sentence's subject as the source. -1 when there is none.
     */
    private static int sayingAt(String p, int ss, int end) {
        int at = indexIn(p, " saying ", ss, end);
        if (at <= ss + 1 || at >= end) {
            return -1;
        }
        if (p.charAt(skipClosingQuotes(p, ss, at - 1)) == ',') {
            return at + 1;
        }
        int wordStart = p.lastIndexOf(' ', at - 1) + 1;
        String before = p.substring(Math.max(ss, wordStart), at).toLowerCase(Locale.ROOT);
        if (before.equals("by") || MESSAGES.contains(before) || isDay(before) && precededByMessage(p, ss, wordStart)) {
            return at + 1;
        }
        return -1;
    }

    /** The last position at or before {@code i} (not before {@code ss}) that is no closing quotation mark. */
    private static int skipClosingQuotes(String p, int ss, int i) {
        while (i > ss && ClosingAttribution.CLOSING_QUOTES.indexOf(p.charAt(i)) >= 0) {
            i--;
        }
        return i;
    }

    /** "statement Wednesday saying": a message, then its day. */
    private static boolean precededByMessage(String p, int ss, int wordStart) {
        int prevEnd = wordStart - 1;
        int prevStart = p.lastIndexOf(' ', prevEnd - 1) + 1;
        return prevEnd > ss && prevStart >= ss && MESSAGES.contains(p.substring(prevStart, prevEnd).toLowerCase(Locale.ROOT));
    }

    /** Days that may stand between a message and its "saying". */
    private static final Set<String> DAYS = Set.of("monday", "tuesday", "wednesday", "thursday", "friday",
            "saturday", "sunday", "today", "yesterday");

    private static boolean isDay(String w) {
        return DAYS.contains(w);
    }

    /** The longest opening phrase before the subject: "In May,", "On Sunday night,". */
    private static final int MAX_LEADING_ADVERBIAL = 4;

    /** Labels that open a headline with a colon and are not speakers. */
    private static final Set<String> LABELS = Set.of("update", "updated", "updates", "watch", "video", "photos",
            "breaking", "exclusive", "report", "opinion", "analysis", "editorial", "review", "note", "correction",
            "live", "poll", "exit", "listen", "read", "more", "related", "see", "transcript", "timeline", "factbox",
            "explainer", "fact", "check", "q&a", "abstract", "summary", "editor's", "sources", "source", "warning");

    /** The statement of a "Name: statement" headline comes within this many words. */
    private static final int MAX_HEADLINE_SPEAKER_WORDS = 5;

    /** "Adam Khan, Andres Ramirez, Bob Cavazos": a list of names after a label, not a statement. */
    private static boolean isNameList(String p, int c, int end) {
        int commas = 0;
        for (int[] w : Sentences.words(p, c, end)) {
            char first = p.charAt(w[0]);
            if (Character.isLowerCase(first)) {
                return false;
            }
            commas += p.charAt(w[1] - 1) == ',' ? 1 : 0;
        }
        return commas >= 2;
    }

    /** "Trump: Clinton should have congratulated me": a headline that quotes its speaker. */
    static Found colonHeadline(String p, int ss, int end) {
        if (ss != 0) {
            return null;
        }
        int colon = indexIn(p, ": ", ss, end);
        if (colon < 0 || colon >= end) {
            return null;
        }
        String head = p.substring(ss, colon);
        int headWords = Words.splitCount(head);
        String lowerHead = head.toLowerCase(Locale.ROOT);
        String first = lowerHead.split(" ")[0];
        // "How Search Engines Work: Crawling, Indexing": a heading that asks, naming no speaker
        if (headWords > MAX_HEADLINE_SPEAKER_WORDS || LABELS.contains(first) || LeadingClause.QUESTION_WORDS.contains(first)
                || head.equals(head.toUpperCase(Locale.ROOT)) || QuoteLexicon.isTitleWords(lowerHead)) {
            return null;
        }
        Mention m = MentionParser.parse(head);
        int c = skipSpaces(p, colon + 1);
        if (m == null || m.kind() != Mention.Kind.PERSON || words(p, c, end) < MIN_CONTENT_WORDS || isNameList(p, c, end)) {
            return null;
        }
        return new Found(c, end, new Attribution(m, ":", colon));
    }

    /** After "according to X," this many words are the statement going on, fewer an appositive. */
    private static final int MIN_CLAUSE_AFTER_SOURCE = 6;

    /** The longest source after "according to", in words. */
    private static final int MAX_SOURCE_WORDS = 20;

    /**
     * The source after "according to": a speaker if it reads as one, otherwise whatever it names
     * ("a Washington Post analysis", "exit polls", "people familiar with the plans").
     */
    static Mention source(String np) {
        np = pastSpanishVerb(np);
        Mention m = MentionParser.parse(np);
        if (m != null) {
            return m;
        }
        String t = np.strip();
        int n = t.isEmpty() ? 0 : Words.splitCount(t);
        return n == 0 || n > MAX_SOURCE_WORDS ? null : new Mention(t, Mention.Kind.GROUP, null, null, null);
    }

    /** Spanish auxiliaries of the perfect before a verb of saying: "según ha explicado la ministra". */
    private static final Set<String> SPANISH_PERFECT = Set.of("ha", "han", "había", "habían");

    /**
     * {@code np} without the verb that "según" may put before its source: "según explicó la
     * ministra", "según alertó el Consejo de Europa", "según ha explicado Moreno" (a verb of
     * saying of {@code foreign-cues.txt}, or a word in -ó, the past of any verb); else {@code np}.
     */
    private static String pastSpanishVerb(String np) {
        String t = np.strip();
        int space = t.indexOf(' ');
        if (space < 0) {
            return np;
        }
        String first = t.substring(0, space).toLowerCase(Locale.ROOT);
        int rest = space + 1;
        if (SPANISH_PERFECT.contains(first)) {
            int next = t.indexOf(' ', rest);
            if (next < 0) {
                return np;
            }
            first = t.substring(rest, next).toLowerCase(Locale.ROOT);
            rest = next + 1;
            return first.endsWith("ado") || first.endsWith("ido") ? t.substring(rest) : np;
        }
        boolean verb = QuoteLexicon.FOREIGN_CUES.contains(first) || first.length() > 3 && first.endsWith("ó");
        return verb && rest < t.length() ? t.substring(rest) : np;
    }

    /** Where the comma after a leading "according to" source may come at the latest. */
    private static final int MAX_LEADING_SOURCE_CHARS = 160;

    /** The first comma of {@code s} from {@code from} that is not inside a number ("66,000"), or -1. */
    private static int clauseComma(String s, int from) {
        for (int i = s.indexOf(',', from); i >= 0; i = s.indexOf(',', i + 1)) {
            if (i == 0 || i + 1 >= s.length() || !Character.isDigit(s.charAt(i - 1)) || !Character.isDigit(s.charAt(i + 1))) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Records that state findings in an opening phrase ("In a CNN poll, …", "In a 2014 study, …");
     * not what shows or tells a story ("In the video, he …", "In emails, …").
     */
    private static final Set<String> RECORDS = Set.of("poll", "polls", "survey", "surveys", "study", "studies",
            "report", "analysis", "census", "audit", "review", "research", "findings");

    /** How many words of a leading "In …," phrase are searched for its record's noun. */
    private static final int MAX_RECORD_PHRASE_WORDS = 8;

    /**
     * "In a CNN poll released Monday, 50 percent of voters chose Clinton.": a record (a poll, a
     * survey, a study, a report: {@code evidence-sources.txt}) named in the sentence's opening
     * phrase is the source of the clause after it; null when the phrase names no record ("In
     * his speech, …").
     */
    static Found leadingRecord(String p, int ss, int end) {
        if (!p.startsWith("In ", ss)) {
            return null;
        }
        // the search stays inside the sentence: a paragraph of many sentences stays linear
        int comma = indexIn(p, ", ", ss, end);
        if (comma < 0 || comma - ss > MAX_LEADING_SOURCE_CHARS) {
            return null;
        }
        String np = p.substring(ss + 3, comma);
        List<int[]> w = Sentences.words(np, 0, np.length());
        boolean record = false;
        for (int k = 0; k < w.size() && k < MAX_RECORD_PHRASE_WORDS && !record; k++) {
            String word = Sentences.bare(np.substring(w.get(k)[0], w.get(k)[1]));
            record = RECORDS.contains(word);
        }
        int cs = skipSpaces(p, comma + 1);
        // "In a poll, In a survey, …": one phrase only, so the clause after it is read once, never recursively
        if (!record || p.startsWith("In ", cs) || words(p, cs, end) < MIN_CONTENT_WORDS) {
            return null;
        }
        return new Found(cs, end, new Attribution(new Mention(np.strip(), Mention.Kind.DESCRIBED, null, null, null),
                AttributionVerbs.RECORD_CUE, ss));
    }

    /** "According to police, the driver was not hurt.": the clause after the source. */
    static Found leadingAccordingTo(String p, int ss, int end, String s, int phraseLength) {
        int comma = clauseComma(s, phraseLength);
        if (comma > phraseLength && comma < MAX_LEADING_SOURCE_CHARS) {
            Mention m = source(s.substring(phraseLength, comma));
            int after = ss + comma + 1;
            while (after < end && "”\"’".indexOf(p.charAt(after)) >= 0) {
                after++; // "according to a study titled “State of Mobile 2023,” mobile app downloads …"
            }
            int cs = skipSpaces(p, after);
            if (m != null && words(p, cs, end) >= MIN_CONTENT_WORDS) {
                return new Found(cs, end, new Attribution(m, s.substring(0, phraseLength).strip().toLowerCase(Locale.ROOT), ss));
            }
        }
        return null;
    }

    /**
     * "The driver was not hurt, according to police." (the clause before the source), and "About
     * 10 p.m., according to a timeline, the contractors left." (the whole sentence). Also "según",
     * "selon", "laut" and the other phrases of {@link QuoteLexicon#ACCORDING_PHRASES}.
     */
    static Found closingAccordingTo(String p, int ss, int end, String s, String lower) {
        int acc = -1;
        int len = 0;
        int sep = 0;
        // the last ", " (or spaced dash: "— including murder — according to") that some phrase
        // follows; the first such phrase in the list
        for (int at = lower.lastIndexOf(' '); at > 0 && acc < 0; at = lower.lastIndexOf(' ', at - 1)) {
            int before = at > 0 && (lower.charAt(at - 1) == ',') ? 1
                    : at > 1 && DASH_CHARS.indexOf(lower.charAt(at - 1)) >= 0 && lower.charAt(at - 2) == ' ' ? 2 : -1;
            if (before < 0) {
                continue;
            }
            for (String phrase : QuoteLexicon.ACCORDING_PHRASES) {
                if (lower.startsWith(phrase, at + 1)) {
                    acc = at - before;
                    sep = before + 1;
                    len = phrase.length() + sep;
                    break;
                }
            }
        }
        if (acc <= 0) {
            return null;
        }
        String cue = s.substring(acc + sep, acc + len).strip().toLowerCase(Locale.ROOT);
        String rest = s.substring(acc + len);
        int restComma = rest.indexOf(", ");
        int restDash = spacedDash(rest);
        if (restDash > 0 && (restComma < 0 || restDash < restComma)) {
            // "The plan raises $1.1 trillion, according to the Tax Policy Center - half a point of
            // …": the dash closes the source as a comma would; the statement is the clause before it
            Mention m = source(rest.substring(0, restDash));
            return m == null || words(p, ss, ss + acc) < MIN_CONTENT_WORDS ? null
                    : new Found(ss, ss + acc, new Attribution(m, cue, ss + acc + sep));
        }
        if (restComma > 0 && startsClause(rest, restComma + 2)) {
            // "…, according to a count by the AP, but the race goes on": the source ends at the conjunction
            rest = rest.substring(0, restComma);
            restComma = -1;
        }
        String bareSource = null;
        if (restComma > 0 && describesSource(rest, restComma + 2, p, ss, ss + acc)) {
            // "…, according to Bill McInturff, a Republican pollster who …", "…, according to his
            // supporters, who …": the source's appositive or relative clause, after the statement
            // (an appositive stays in the source when the person's title is read from it)
            bareSource = rest.substring(0, restComma);
            rest = startsWithRelative(rest, restComma + 2) ? bareSource : rest;
            restComma = -1;
        }
        boolean middle = restComma > 0 && words(p, ss + acc + len + restComma + 2, end) >= MIN_CLAUSE_AFTER_SOURCE;
        if (words(p, ss, ss + acc) < (middle ? 1 : MIN_CONTENT_WORDS)) {
            // "Fundraising, according to the campaign, has surged": the sentence around the source
            return null;
        }
        if (middle) {
            Mention m = source(rest.substring(0, restComma));
            return m == null ? null : new Found(ss, end, new Attribution(m, cue, ss + acc + sep));
        }
        Mention m = source(rest);
        if (bareSource != null && (m == null || m.kind() != Mention.Kind.PERSON || m.name() == null)) {
            // "according to Boris Katz, a principal research scientist …": the name alone when
            // the appositive does not parse as the person's title
            m = source(bareSource);
        }
        return m == null ? null : new Found(ss, ss + acc, new Attribution(m, cue, ss + acc + sep));
    }

    /** Where the first dash with a space on each side stands in {@code s}, or -1. */
    private static int spacedDash(String s) {
        for (int i = 1; i + 1 < s.length(); i++) {
            if (DASH_CHARS.indexOf(s.charAt(i)) >= 0 && s.charAt(i - 1) == ' ' && s.charAt(i + 1) == ' ') {
                return i - 1;
            }
        }
        return -1;
    }

    /** Relative pronouns that open a clause about the source before them. */
    private static final List<String> SOURCE_RELATIVES = List.of("who ", "which ", "whose ");

    /** Articles that open an appositive noun phrase about the source before them. */
    private static final List<String> SOURCE_ARTICLES = List.of("a ", "an ", "the ");

    /**
     * Whether what follows the source's comma at {@code at} of {@code rest} describes the source
     * (a relative clause, or an appositive after a statement that is a clause of its own,
     * {@code p[from, to)}) rather than going on with the sentence around it.
     */
    private static boolean describesSource(String rest, int at, String p, int from, int to) {
        if (startsWithRelative(rest, at)) {
            return true;
        }
        for (String a : SOURCE_ARTICLES) {
            if (rest.startsWith(a, at) && LeadingClause.clauseLike(p, from, to)) {
                return true;
            }
        }
        return false;
    }

    private static boolean startsWithRelative(String rest, int at) {
        for (String r : SOURCE_RELATIVES) {
            if (rest.startsWith(r, at)) {
                return true;
            }
        }
        return false;
    }

    /** Dashes that set off a closing "according to" like a comma. */
    private static final String DASH_CHARS = "—–-―";

    /** Conjunctions that open a clause of the writer's own after a source: "…, but the race goes on". */
    private static final List<String> CLAUSE_CONJUNCTIONS = List.of("but ", "while ", "although ", "though ",
            "whereas ", "yet ");

    private static boolean startsClause(String s, int at) {
        for (String c : CLAUSE_CONJUNCTIONS) {
            if (s.startsWith(c, at)) {
                return true;
            }
        }
        return false;
    }

    /** Words that open the question of "Asked if …", "When asked why …". */
    private static final Set<String> QUESTION_WORDS = Set.of("if", "whether", "why", "what", "how", "who", "which",
            "when", "where");
    /** How far into "Asked by a reporter on Monday whether …" the question word may come. */
    private static final int MAX_QUESTION_LEAD = 6;

    /**
     * "… Christie said when asked whether he would issue a quarantine.", "… when asked in May if
     * …", "… when he was first asked if …": a question reported inside the sentence, from its
     * question word (a few words after "asked" at most) to the next comma, dash or the
     * sentence's end. Its asker is not named.
     */
    static Found askedInside(String p, int ss, int end) {
        // the first "asked " that ends one of the leads: one scan for all of them
        int asked = -1;
        for (int k = indexIn(p, ASKED, ss, end); k >= 0 && asked < 0; k = indexIn(p, ASKED, k + 1, end)) {
            for (String lead : ASKED_LEADS) {
                int i = k + ASKED.length() - lead.length();
                if (i >= ss && p.startsWith(lead, i)) {
                    asked = k;
                    break;
                }
            }
        }
        if (asked < 0) {
            return null;
        }
        int from = asked + ASKED.length();
        int comma = ClosingAttribution.nextClauseComma(p, from, end);
        int stop = comma < 0 ? end : comma;
        for (String dash : DASHES) {
            int d = indexIn(p, dash, from, stop);
            stop = d < 0 ? stop : d;
        }
        List<int[]> words = Sentences.words(p, from, stop);
        for (int k = 0; k < Math.min(words.size(), MAX_QUESTION_LEAD); k++) {
            if (QUESTION_WORDS.contains(p.substring(words.get(k)[0], words.get(k)[1]))) {
                return words.size() - k > MIN_CONTENT_WORDS
                        ? new Found(words.get(k)[0], stop, new Attribution(null, "asked", asked)) : null;
            }
        }
        return null;
    }

    private static final String ASKED = "asked ";

    /** How a question asked of the sentence's subject is introduced inside the sentence. */
    private static final List<String> ASKED_LEADS = List.of(" when asked ", " was asked ", " were asked ",
            " been asked ", " first asked ");

    /** Dashes that set off what follows a question: "how she would define it - the term …". */
    private static final List<String> DASHES = List.of(" - ", " — ", " – ");

    /**
     * "Asked if she believed Putin wanted Trump to win, Clinton said …": the reported question,
     * whose asker the text does not name. Its content runs from the question word to the comma.
     */
    static Found askedQuestion(String p, int ss, int end) {
        int at = p.startsWith("Asked ", ss) ? ss : p.startsWith("When asked ", ss) ? ss + 5 : -1;
        if (at < 0) {
            return null;
        }
        int comma = ClosingAttribution.nextClauseComma(p, at, end);
        if (comma < 0) {
            return null;
        }
        List<int[]> words = Sentences.words(p, at, comma);
        for (int k = 1; k < Math.min(words.size(), MAX_QUESTION_LEAD); k++) {
            String w = p.substring(words.get(k)[0], words.get(k)[1]);
            if (QUESTION_WORDS.contains(w) && words.size() - k >= MIN_CONTENT_WORDS) {
                // "Asked about the storm, …" names a topic, not a question: no question word, no quote
                return new Found(words.get(k)[0], comma, new Attribution(null, "asked", at));
            }
        }
        return null;
    }
}
