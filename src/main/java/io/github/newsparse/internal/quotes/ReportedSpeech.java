package io.github.newsparse.internal.quotes;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reported speech in one sentence: "X said (that) …", "…, X said.", "…, said X.", "According to
 * X, …", "…, according to X.", "X told reporters …". The content is the reported clause.
 */
final class ReportedSpeech {

    /** Cues that take an object before the clause: "told reporters (that) …". */
    private static final Set<String> OBJECT_CUES = Set.of("told", "tells", "tell", "telling", "asked", "asks",
            "warned", "warns", "urged", "urges", "assured", "assures", "reminded", "informed");
    private static final int MIN_CONTENT_WORDS = 3;
    /** Words that show the reported clause has already begun: a subject pronoun or a finite verb. */
    private static final Set<String> CLAUSE_STARTS = Set.of("he", "she", "they", "it", "we", "i", "you", "is", "are",
            "was", "were", "has", "have", "had", "will", "would", "can", "could", "should", "may", "might", "must",
            "do", "does", "did");
    /** Verbs of saying and thinking that take a bare reported clause ("said the water is safe"). */
    private static final Set<String> CLAUSE_CUES = Set.of("said", "says", "say", "told", "tells", "tell", "added",
            "adds", "wrote", "writes", "insisted", "insists", "warned", "warns", "noted", "notes", "explained",
            "explains", "argued", "argues", "claimed", "claims", "stated", "states", "announced", "announces",
            "acknowledged", "acknowledges", "suggested", "suggests", "estimated", "estimates", "predicted",
            "predicts", "believes", "believed", "thinks", "thought", "agreed", "agrees", "admitted", "admits",
            "confirmed", "confirms", "recalled", "recalls", "revealed", "reveals", "reported", "reports",
            "contended", "contends", "maintained", "maintains", "emphasized", "stressed", "testified", "conceded",
            "declared", "complained", "promised", "vowed", "pledged", "charged", "alleged",
            "alleges", "countered", "indicated", "tweeted", "posted", "disclosed", "assured", "reiterated");
    /** How far after the cue a "that" may come: "said Monday in a statement that …". */
    private static final int THAT_WINDOW = 8;

    private ReportedSpeech() {
    }

    /** A reported statement: content {@code [start, end)} of the paragraph and its attribution. */
    record Found(int start, int end, Attribution attribution) {
    }

    /** Conjunctions after which a second attribution may start in the same sentence. */
    private static final List<String> SECOND_CLAUSE = List.of(", but ", ", while ", ", and ", "; ", ", whereas ");
    /** Conjunctions tried for a second attribution: keeps a sentence of many "and"s linear. */
    private static final int MAX_SECOND_TRIES = 6;
    /** Attributions looked for in one sentence. */
    private static final int MAX_PER_SENTENCE = 3;

    /**
     * The reported statements of one sentence: "Some say the plan works, while others say it
     * will fail." gives two, each with its own speaker.
     */
    static List<Found> findAll(String p, int ss, int se) {
        Found f = find(p, ss, se);
        if (f == null) {
            return List.of();
        }
        List<Found> out = new java.util.ArrayList<>();
        while (f != null && out.size() < MAX_PER_SENTENCE) {
            Found next = null;
            int cut = -1;
            if (f.attribution().cueAt() < f.start()) {
                int tries = 0;
                for (int at = f.start(); at < f.end() && next == null && tries < MAX_SECOND_TRIES; at++) {
                    for (String sep : SECOND_CLAUSE) {
                        if (p.startsWith(sep, at) && words(p, f.start(), at) >= MIN_CONTENT_WORDS) {
                            tries++;
                            Found g = leadingAttribution(p, at + sep.length(), f.end());
                            if (g != null) {
                                next = g;
                                cut = at;
                            }
                            break;
                        }
                    }
                }
            }
            out.add(next == null ? f : new Found(f.start(), cut, f.attribution()));
            f = next;
        }
        return out;
    }

    static Found find(String p, int ss, int se) {
        int end = trimEnd(p, ss, se);
        if (end - ss < 10) {
            return null;
        }
        String s = p.substring(ss, end);
        String lower = s.toLowerCase(Locale.ROOT);
        if (lower.startsWith("according to ")) {
            int comma = s.indexOf(',');
            if (comma > 13 && comma < 100) {
                Mention m = source(s.substring(13, comma));
                int cs = skipSpaces(p, ss + comma + 1);
                if (m != null && words(p, cs, end) >= MIN_CONTENT_WORDS) {
                    return new Found(cs, end, new Attribution(m, "according to", ss));
                }
            }
            return null;
        }
        int acc = lower.lastIndexOf(", according to ");
        if (acc > 0 && words(p, ss, ss + acc) >= MIN_CONTENT_WORDS) {
            String rest = s.substring(acc + 15);
            int restComma = rest.indexOf(", ");
            if (restComma > 0 && words(p, ss + acc + 15 + restComma + 2, end) >= MIN_CLAUSE_AFTER_SOURCE) {
                // "About 10 p.m., according to a timeline, the contractors left.": the whole sentence
                Mention m = source(rest.substring(0, restComma));
                if (m != null) {
                    return new Found(ss, end, new Attribution(m, "according to", ss + acc + 2));
                }
            } else {
                Mention m = source(rest);
                if (m != null) {
                    return new Found(ss, ss + acc, new Attribution(m, "according to", ss + acc + 2));
                }
            }
        }
        int comma = s.lastIndexOf(", ");
        Found tail = tailAttribution(p, ss, end, s);
        if (tail != null) {
            return tail;
        }
        Found middle = middleAttribution(p, ss, end, comma < 0 ? -1 : ss + comma);
        if (middle != null) {
            return middle;
        }
        Found headline = colonHeadline(p, ss, end);
        if (headline != null) {
            return headline;
        }
        Found lead = leadingAttribution(p, ss, end);
        if (lead != null) {
            return lead;
        }
        Found named = naming(p, ss, end);
        return named != null ? named : participle(p, ss, end);
    }

    /**
     * "Jeb Bush called Trump “unhinged.”": a speaker's words as a label for something. The content
     * runs from the thing named to the end of the quoted label.
     */
    private static Found naming(String p, int ss, int end) {
        List<int[]> words = Sentences.words(p, ss, end);
        for (int k = 1; k < Math.min(words.size() - 1, MAX_CUE_WORD); k++) {
            String w = p.substring(words.get(k)[0], words.get(k)[1]);
            if (!w.equals("called") && !w.equals("calls")) {
                continue;
            }
            int c = words.get(k + 1)[0];
            int open = -1;
            for (int i = c; i < end && open < 0; i++) {
                if ("“\"".indexOf(p.charAt(i)) >= 0) {
                    open = i;
                }
            }
            if (open < 0 || open - c > MAX_NAMED_CHARS) {
                return null;
            }
            int a = QuoteLexicon.cueStart(p, words, k, 1);
            int from = AttributionFinder.clauseStart(p, words, a);
            Mention m = from < a ? MentionParser.parse(p.substring(words.get(from)[0], words.get(a - 1)[1])) : null;
            if (m == null) {
                return null;
            }
            int close = end;
            for (int i = open + 1; i < end; i++) {
                if ("”\"".indexOf(p.charAt(i)) >= 0) {
                    close = i + 1;
                    break;
                }
            }
            String cue = p.substring(words.get(a)[0], words.get(k)[1]);
            return new Found(c, close, new Attribution(m, cue, words.get(a)[0]));
        }
        return null;
    }

    /** The longest thing named before its quoted label: "called the statement “…”". */
    private static final int MAX_NAMED_CHARS = 60;

    /**
     * "Bradley apologized for the columns, saying they were old.": the subject of the sentence
     * says what follows the participle.
     */
    private static Found participle(String p, int ss, int end) {
        int at = indexIn(p, ", saying ", ss, end);
        if (at < 0 || at >= end || words(p, ss, at) < 2) {
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
        List<int[]> words = Sentences.words(p, at + 2, end);
        int c = words.size() > 1 ? contentStart(p, words, 0, "saying") : -1;
        if (c < 0 || startsWithQuote(p, c) || words(p, c, end) < MIN_CONTENT_WORDS) {
            return null;
        }
        return new Found(c, end, new Attribution(m, "saying", at + 2));
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

    /** "Trump: Clinton should have congratulated me": a headline that quotes its speaker. */
    private static Found colonHeadline(String p, int ss, int end) {
        if (ss != 0) {
            return null;
        }
        int colon = indexIn(p, ": ", ss, end);
        if (colon < 0 || colon >= end) {
            return null;
        }
        String head = p.substring(ss, colon);
        int headWords = head.split(" ").length;
        if (headWords > MAX_HEADLINE_SPEAKER_WORDS || LABELS.contains(head.toLowerCase(Locale.ROOT).split(" ")[0])
                || head.equals(head.toUpperCase(Locale.ROOT)) || QuoteLexicon.isTitleWords(head.toLowerCase(Locale.ROOT))) {
            return null;
        }
        Mention m = MentionParser.parse(head);
        int c = skipSpaces(p, colon + 1);
        if (m == null || m.kind() != Mention.Kind.PERSON || words(p, c, end) < MIN_CONTENT_WORDS) {
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
    private static Mention source(String np) {
        Mention m = MentionParser.parse(np);
        if (m != null) {
            return m;
        }
        String t = np.strip();
        int n = t.isEmpty() ? 0 : t.split(" ").length;
        return n == 0 || n > MAX_SOURCE_WORDS ? null : new Mention(t, Mention.Kind.GROUP, null, null, null);
    }

    /** Commas from the end tried for a closing attribution: "…, said the company's chief, Jo Roe." */
    private static final int TAIL_COMMAS = 3;

    /** "The water is safe, the utility director said.", "…, said the company's chief executive, Jo Roe." */
    private static Found tailAttribution(String p, int ss, int end, String s) {
        int comma = s.length();
        for (int tried = 0; tried < TAIL_COMMAS; tried++) {
            comma = s.lastIndexOf(", ", comma - 1);
            if (comma <= 0) {
                return null;
            }
            Attribution tail = AttributionFinder.after(p, ss + comma, false);
            if (tail == null || tail.cue() == null) {
                continue;
            }
            boolean cueFirst = tail.cueAt() <= skipSpaces(p, ss + comma + 1);
            if ((tried == 0 || cueFirst) && reachesEnd(p, tail, end) && endsWithAttribution(p, tail, ss + comma, end)
                    && words(p, ss, ss + comma) >= MIN_CONTENT_WORDS && !startsWithQuote(p, ss)) {
                return new Found(ss, ss + comma, tail);
            }
            return null;
        }
        return null;
    }

    /** Commas tried for an attribution inside the sentence. */
    private static final int MAX_COMMAS = 8;

    /**
     * "If the law conflicts with God's orders, Rubio said, Christians must ignore the law.": an
     * attribution set off by commas inside the statement. The content is the whole sentence.
     */
    private static Found middleAttribution(String p, int ss, int end, int lastComma) {
        int tried = 0;
        for (int c = indexIn(p, ", ", ss, end); c >= 0 && tried < MAX_COMMAS; c = indexIn(p, ", ", c + 1, end)) {
            tried++;
            if (c == lastComma || words(p, ss, c) < MIN_CONTENT_WORDS || startsWithQuote(p, ss)) {
                continue;
            }
            Attribution a = AttributionFinder.after(p, c, false);
            if (a == null || a.cue() == null || a.cueAt() < 0) {
                continue;
            }
            int afterCue = a.cueAt() + a.cue().length();
            if (afterCue < end && p.charAt(afterCue) == ',' && words(p, afterCue + 1, end) >= MIN_CONTENT_WORDS) {
                return new Found(ss, end, a);
            }
        }
        return null;
    }


    /**
     * Whether the attribution closes the sentence: after the cue come only its adjuncts ("in a
     * statement", "Monday", the speaker's name in "…, said Smith"), not a clause of its own
     * ("…, Obama said he expected …", "…, he found himself …").
     */
    private static boolean endsWithAttribution(String p, Attribution a, int comma, int end) {
        int i = a.cueAt() + a.cue().length();
        if (i >= end || p.charAt(i) != ' ') {
            return true;
        }
        List<int[]> next = Sentences.words(p, i, Math.min(end, i + 80));
        if (next.isEmpty()) {
            return true;
        }
        boolean cueFirst = a.cueAt() <= skipSpaces(p, comma + 1);
        int j = 0;
        String lastCueWord = a.cue().substring(a.cue().lastIndexOf(' ') + 1).toLowerCase(Locale.ROOT);
        if (!cueFirst && OBJECT_CUES.contains(lastCueWord)) {
            // "…, Trump told CNN that he believed …": past the object
            while (j < next.size() && j < MAX_OBJECT_WORDS
                    && MentionParser.isNameStart(Sentences.bare(p.substring(next.get(j)[0], next.get(j)[1])))) {
                j++;
            }
            if (j < next.size() && "reporters".equals(p.substring(next.get(j)[0], next.get(j)[1]))) {
                j++;
            }
            if (j >= next.size()) {
                return true;
            }
        }
        String bare = Sentences.bare(p.substring(next.get(j)[0], next.get(j)[1]));
        String lower = bare.toLowerCase(Locale.ROOT);
        if (bare.isEmpty() || QuoteLexicon.ADJUNCT_STARTS.contains(lower)) {
            return true;
        }
        // "…, said Smith.": the speaker follows a leading cue; after "Smith said" a capital opens a clause
        return cueFirst && (Character.isUpperCase(bare.charAt(0)) && !CLAUSE_STARTS.contains(lower)
                || lower.equals("the") || lower.equals("a") || lower.equals("an"));
    }

    /** The longest object of "told" before its clause: "told The Daily Beast that …". */
    private static final int MAX_OBJECT_WORDS = 5;

    /** Cues that are also plural nouns. */
    private static final Set<String> NOUN_CUES = Set.of("states", "claims", "reports", "notes", "estimates",
            "tweets", "posts", "charges", "answers", "responses", "remarks", "comments");

    /** How far into a sentence a cue is looked for when an appositive stands between it and its subject. */
    private static final int MAX_CUE_WORD = 40;
    /** Comma-separated segments tried as the subject before an appositive. */
    private static final int MAX_SEGMENTS = 3;

    /**
     * "Hartford police said the man headed down an alley.", "Last week, the mayor said …",
     * "Sanders, who has sent pleas on Canova's behalf, said he may campaign for him."
     */
    private static Found leadingAttribution(String p, int ss, int end) {
        List<int[]> words = Sentences.words(p, ss, end);
        for (int k = 1; k < Math.min(words.size(), MAX_CUE_WORD); k++) {
            String w = p.substring(words.get(k)[0], words.get(k)[1]);
            String bare = Sentences.bare(w);
            // a capitalised cue is a headline in title case ("Americans Will Say No to Trump")
            if (!QuoteLexicon.isCue(bare) || !w.equals(bare) && !w.endsWith(",")
                    || Character.isUpperCase(bare.charAt(0)) && !titleCaseCue(p, words, k, bare)) {
                continue;
            }
            boolean appositive = p.charAt(words.get(k - 1)[1] - 1) == ',';
            Mention m = null;
            int a = QuoteLexicon.cueStart(p, words, k, 1);
            appositive = p.charAt(words.get(a - 1)[1] - 1) == ',';
            int from = AttributionFinder.clauseStart(p, words, a);
            String before = p.substring(words.get(a - 1)[0], words.get(a - 1)[1]).toLowerCase(Locale.ROOT);
            if (appositive) {
                // "Sanders, who has …, said": never "The deal, announced Friday, would …"
                m = subjectBeforeAppositive(p, words, a - 1);
            } else if (before.equals("who") && a >= 2) {
                // "said Beck, who said there were …": the relative pronoun stands for the name before it
                m = nameBefore(p, words, a - 2);
            } else if (before.equals("and") || before.equals("but")) {
                // "McCain survived five years in prison and says such techniques are inhumane"
                m = a >= 2 ? AttributionFinder.subject(p.substring(words.get(0)[0], words.get(a - 2)[1])) : null;
            } else if (from < a) {
                m = MentionParser.parse(p.substring(words.get(from)[0], words.get(a - 1)[1]));
            }
            if (m == null) {
                // "When asked about the nominee, Obama said …": a cue without a subject may open
                // a subordinate clause; the main clause's cue comes later
                continue;
            }
            String cue = bare.toLowerCase(Locale.ROOT);
            if (m.kind() == Mention.Kind.GROUP && NOUN_CUES.contains(cue)) {
                // "The other states voting Tuesday are …": a noun, not a cue
                return null;
            }
            int c = contentStart(p, words, k, cue);
            if (c < 0 || startsWithQuote(p, c) || words(p, c, end) < MIN_CONTENT_WORDS) {
                return null;
            }
            if (!CLAUSE_CUES.contains(cue) && !followsThat(p, c)) {
                // "Police responded to the scene": only verbs of saying take a bare clause
                return null;
            }
            String cueText = p.substring(words.get(a)[0], words.get(k)[0]) + bare;
            return new Found(c, clauseEnd(p, c, end), new Attribution(m, cueText, words.get(a)[0]));
        }
        return null;
    }

    /** The name that ends, with a comma, at word {@code last}: "… said Glenn Beck, who …". */
    private static Mention nameBefore(String p, List<int[]> words, int last) {
        String lastWord = p.substring(words.get(last)[0], words.get(last)[1]);
        if (!lastWord.endsWith(",")) {
            return null;
        }
        int from = last;
        while (from - 1 >= 0 && last - from < MentionParser.MAX_WORDS
                && MentionParser.isNameStart(p.substring(words.get(from - 1)[0], words.get(from - 1)[1]))) {
            from--;
        }
        Mention m = MentionParser.parse(p.substring(words.get(from)[0], words.get(last)[1]));
        return m != null && m.kind() == Mention.Kind.PERSON ? m : null;
    }

    /** Words that make a following capitalised verb an infinitive: "Americans Will Say No". */
    private static final Set<String> MODALS = Set.of("will", "would", "can", "could", "to", "may", "might", "must",
            "should", "shall", "won't", "can't", "didn't", "doesn't", "don't");

    /** Whether a capitalised cue in a title-case headline reports speech. */
    private static boolean titleCaseCue(String p, List<int[]> words, int k, String bare) {
        if (!QuoteLexicon.HEADLINE_CUES.contains(bare) && !bare.equals("Said")) {
            return false;
        }
        String prev = Sentences.bare(p.substring(words.get(k - 1)[0], words.get(k - 1)[1])).toLowerCase(Locale.ROOT);
        return !MODALS.contains(prev);
    }

    /** The subject of "X, who …, said": the first comma-ended segment that reads as a speaker. */
    private static Mention subjectBeforeAppositive(String p, List<int[]> words, int last) {
        int from = 0;
        int segments = 0;
        // the segment that ends at the cue is the appositive itself, never the subject
        for (int j = 0; j < last && segments < MAX_SEGMENTS; j++) {
            if (p.charAt(words.get(j)[1] - 1) != ',') {
                continue;
            }
            segments++;
            if (j - from < MentionParser.MAX_WORDS) {
                Mention m = MentionParser.parse(p.substring(words.get(from)[0], words.get(j)[1]));
                if (m != null) {
                    return m;
                }
            }
            from = j + 1;
        }
        return null;
    }

    /**
     * What ends a reported clause before its sentence does: the speaker goes on with another verb
     * ("…, noting that …", "… and said, “…”", "…, and he accused …").
     */
    private static final List<String> CLAUSE_ENDS = List.of(", noting ", ", adding ", ", saying ", " and said",
            ", and he ", ", and she ", ", and they ", ", he added", ", she added");

    /** The end of the reported clause that starts at {@code c}. */
    private static int clauseEnd(String p, int c, int end) {
        for (int at = c; at < end; at++) {
            if (p.charAt(at) != ',' && p.charAt(at) != ' ') {
                continue;
            }
            for (String e : CLAUSE_ENDS) {
                if (p.startsWith(e, at) && words(p, c, at) >= MIN_CONTENT_WORDS) {
                    return at;
                }
            }
        }
        return end;
    }

    /** Where the reported clause starts after the cue at word {@code k}. */
    private static int contentStart(String p, List<int[]> words, int k, String cue) {
        for (int j = k + 1; j < Math.min(words.size(), k + 1 + THAT_WINDOW); j++) {
            String w = Sentences.bare(p.substring(words.get(j)[0], words.get(j)[1])).toLowerCase(Locale.ROOT);
            if (w.equals("that")) {
                return j + 1 < words.size() ? words.get(j + 1)[0] : -1;
            }
            if (CLAUSE_STARTS.contains(w)) {
                // "said they are searching for the car that…": the clause began before this "that"
                break;
            }
        }
        int j = k + 1;
        if (OBJECT_CUES.contains(cue)) {
            j++;
            while (j < words.size() && MentionParser.isNameStart(p.substring(words.get(j)[0], words.get(j)[1]))) {
                j++;
            }
        }
        return j < words.size() ? words.get(j)[0] : -1;
    }

    private static boolean followsThat(String p, int c) {
        return c >= 5 && p.regionMatches(true, c - 5, "that ", 0, 5);
    }

    private static boolean reachesEnd(String p, Attribution a, int end) {
        return a.cueAt() >= 0 && end - a.cueAt() < 160;
    }

    /**
     * The first {@code needle} in {@code p[from, end)}, or -1: the search stays inside the
     * sentence, so that looking at every sentence of a long paragraph stays linear.
     */
    static int indexIn(String p, String needle, int from, int end) {
        for (int i = from; i + needle.length() <= end; i++) {
            if (p.startsWith(needle, i)) {
                return i;
            }
        }
        return -1;
    }

    private static boolean startsWithQuote(String p, int i) {
        return i < p.length() && "“\"”«„".indexOf(p.charAt(i)) >= 0;
    }

    private static int trimEnd(String p, int ss, int se) {
        int e = se;
        while (e > ss && ("\"”’' ".indexOf(p.charAt(e - 1)) >= 0 || ".!?".indexOf(p.charAt(e - 1)) >= 0)) {
            e--;
        }
        return e;
    }

    private static int skipSpaces(String p, int i) {
        while (i < p.length() && p.charAt(i) == ' ') {
            i++;
        }
        return i;
    }

    private static int words(String p, int from, int to) {
        return to <= from ? 0 : Sentences.words(p, from, to).size();
    }
}
