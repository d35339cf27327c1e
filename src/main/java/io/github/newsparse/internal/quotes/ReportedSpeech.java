package io.github.newsparse.internal.quotes;

import io.github.newsparse.internal.text.CharTable;
import io.github.newsparse.internal.text.Chars;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reported speech in one sentence: "X said (that) …", "…, X said.", "…, said X.", "According to
 * X, …", "…, according to X.", "X told reporters …". The content is the reported clause. This
 * class tries the shapes in order ({@link PhraseAttribution}, {@link ClosingAttribution},
 * {@link LeadingClause}) and holds what they share.
 */
final class ReportedSpeech {

    private ReportedSpeech() {
    }

    /** A reported clause has at least this many words. */
    static final int MIN_CONTENT_WORDS = 3;

    /** Words that show the reported clause has already begun: a subject pronoun or a finite verb. */
    static final Set<String> CLAUSE_STARTS = Set.of("he", "she", "they", "it", "we", "i", "you", "is", "are",
            "was", "were", "has", "have", "had", "will", "would", "can", "could", "should", "may", "might", "must",
            "do", "does", "did");

    /**
     * Whether a word of {@code words[from, words.size())} of {@code p} opens a clause of its own:
     * a subject pronoun, a finite verb ({@link #CLAUSE_STARTS}) or "that" and its like.
     */
    static boolean holdsClause(String p, List<int[]> words, int from) {
        for (int j = from; j < words.size(); j++) {
            String bare = Sentences.bare(p.substring(words.get(j)[0], words.get(j)[1]));
            String lower = bare.toLowerCase(Locale.ROOT);
            if (j > from && MODALS_AS_NAMES.contains(bare)) {
                continue; // "the role of chief engineer in May", "with Will Ruiz": a month or a name
            }
            if (CLAUSE_STARTS.contains(lower) || QuoteLexicon.THAT_WORDS.contains(lower)) {
                return true;
            }
        }
        return false;
    }

    /** Modal verbs that, capitalised inside a sentence, are a month or a name. */
    private static final Set<String> MODALS_AS_NAMES = Set.of("May", "Will", "Can", "Might", "Must");

    /** Demonstratives and question words that contract a verb as pronouns do: "that's", "what's", "there's". */
    private static final Set<String> CONTRACTING_WH = Set.of("that", "what", "there", "here", "who", "where", "how",
            "why", "when");

    /** Endings of a pronoun's contracted verb: "he's", "they're", "I'd". */
    private static final Set<String> CONTRACTED_VERBS = Set.of("s", "re", "ve", "ll", "d", "m");

    /** A pronoun with its verb ("he's", "they’re") or a verb with its negation ("isn't", "won’t"). */
    static boolean contracted(String lower) {
        int apostrophe = Math.max(lower.indexOf('\''), lower.indexOf('’'));
        if (apostrophe <= 0) {
            return false;
        }
        String head = lower.substring(0, apostrophe);
        String tail = lower.substring(apostrophe + 1);
        return (QuoteLexicon.PRONOUNS.contains(head) || CONTRACTING_WH.contains(head)) && CONTRACTED_VERBS.contains(tail)
                || tail.equals("t") && head.endsWith("n") && head.length() > 2;
    }

    /** A reported statement: content {@code [start, end)} of the paragraph and its attribution. */
    record Found(int start, int end, Attribution attribution) {
    }

    /** Conjunctions after which a second attribution may start in the same sentence. */
    private static final List<String> SECOND_CLAUSE = List.of(", but ", ", while ", ", and ", "; ", ", whereas ", ", although ", ", though ",
            " and ", " but ");

    /** Conjunctions tried for a second attribution: keeps a sentence of many "and"s linear. */
    private static final int MAX_SECOND_TRIES = 6;

    /** Attributions looked for in one sentence. */
    private static final int MAX_PER_SENTENCE = 3;

    /**
     * Where ", who " comes right before the cue at {@code cueAt} (with at most an adverb or
     * auxiliary between them), at or after {@code from}; -1 when it does not.
     */
    private static int whoBefore(String p, int from, int cueAt) {
        int who = p.lastIndexOf(", who ", cueAt);
        return who >= from && words(p, who + 6, cueAt) <= 1 ? who : -1;
    }

    /**
     * The reported statements of one sentence: "Some say the plan works, while others say it
     * will fail." gives two, each with its own speaker.
     */
    static List<Found> findAll(String p, int ss, int se) {
        int scanned = scan(p, ss, se);
        if ((scanned & MAY_ATTRIBUTE) == 0) {
            return List.of();
        }
        List<Found> out = new java.util.ArrayList<>();
        Found question = PhraseAttribution.askedQuestion(p, ss, trimEnd(p, ss, se));
        int from = ss;
        if (question != null) {
            // "Asked if she believed X, Clinton said …": the question, then the answer
            out.add(question);
            int after = question.end() + 1;
            while (after < se && "”\"’".indexOf(p.charAt(after)) >= 0) {
                after++; // "on “CBS This Morning,” Sanders said": past the comma's closing mark
            }
            from = skipSpaces(p, after);
        }
        // a cue anywhere in the sentence lets the shapes that need one run, as they all did before the gate
        Found f = find(p, from, se, (scanned & HAS_CUE) != 0);
        while (f != null && out.size() < MAX_PER_SENTENCE) {
            Found next = null;
            int cut = -1;
            int who = p.startsWith(", ", f.end()) && f.attribution().mention() != null
                    ? whoBefore(p, from, f.attribution().cueAt()) : -1;
            if (who >= 0) {
                // "Cruz, who says Trump is attacking him, said GOP voters should …": the sentence's
                // own verb after the relative clause, whose antecedent is its subject too (before a
                // second clause further on: "…, said he voted for Obama and wrote in Paul")
                Mention antecedent = MentionParser.parse(p.substring(from, who).strip());
                Found main = VerbAttribution.predicateOf(p, f.end() + 2, trimEnd(p, from, se),
                        antecedent != null ? antecedent : f.attribution().mention());
                if (main != null) {
                    next = main;
                    cut = f.end();
                }
            }
            if (next == null && f.attribution().cueAt() < f.start()) {
                int tries = 0;
                // "Rubio thanked Miami and said …": a stance's object may be one word
                int least = AttributionVerbs.typeOf(f.attribution().cue()) == io.github.newsparse.CueType.STANCE ? 1 : MIN_CONTENT_WORDS;
                // the first clause may end before a second cue (" and said …"): look on to the sentence's end
                int sentenceEnd = trimEnd(p, from, se);
                for (int at = f.start(); at < sentenceEnd && next == null && cut < 0 && tries < MAX_SECOND_TRIES; at++) {
                    for (String sep : SECOND_CLAUSE) {
                        if (p.startsWith(sep, at) && words(p, f.start(), at) >= least) {
                            tries++;
                            Found g = LeadingClause.find(p, at + sep.length(), sentenceEnd);
                            if (g == null) {
                                g = LeadingClause.sameSpeaker(p, at + sep.length(), sentenceEnd, f.attribution().mention());
                            }
                            if (g == null) {
                                g = ownClause(p, f, at, sep, sentenceEnd);
                            }
                            if (g == null && least == 1 && sep.endsWith("and ")) {
                                // "Sanders questions Clinton's ties … and has called for …": a stance's
                                // object holds no verb, so a second attribution verb is the subject's own
                                g = VerbAttribution.predicateOf(p, at + sep.length(), sentenceEnd, f.attribution().mention());
                                io.github.newsparse.CueType type = g == null ? null : AttributionVerbs.typeOf(g.attribution().cue());
                                if (type != io.github.newsparse.CueType.STANCE && type != io.github.newsparse.CueType.SPEECH) {
                                    // "backed Fedorov and showed him the door": an act, not what the subject holds
                                    g = null;
                                }
                            }
                            if (g != null) {
                                next = g;
                                cut = lastSeparator(p, at, at + sep.length(), g.attribution().cueAt());
                            } else if (sep.equals(", and ") && !endsList(p, f.start(), at)
                                    && LeadingClause.namedClause(p, at + sep.length(), sentenceEnd)) {
                                // "…, and the union has already sued the city": the writer's own clause
                                cut = at;
                            }
                            break;
                        }
                    }
                }
            }
            if (next == null) {
                // "Critics who advocate free speech argue that …": the sentence's verb after the relative clause
                Found main = VerbAttribution.afterRestrictiveRelative(p, from, trimEnd(p, from, se), f);
                if (main != null) {
                    next = main;
                    cut = trimEnd(p, f.start(), main.attribution().cueAt());
                }
            }
            if (next == null && out.isEmpty() && p.startsWith(", ", f.end()) && LeadingClause.opensSubordinate(p, from, f.start())) {
                // "When the moderator pointed out that …, the candidate said …": the main clause after the opening one
                Found g = LeadingClause.find(p, f.end() + 2, trimEnd(p, from, se));
                if (g != null && g.start() > f.end()) {
                    next = g;
                    cut = f.end();
                }
            }
            if (cut < 0 || Chars.hasLetterOrDigit(p, f.start(), Math.min(cut, f.end()))) {
                // "he supported - and has embraced …": a dash alone is no statement
                out.add(cut < 0 ? f : new Found(f.start(), Math.min(cut, f.end()), f.attribution()));
            }
            f = next;
        }
        Found lastFound = out.isEmpty() ? null : out.get(out.size() - 1);
        if (lastFound != null && out.size() < MAX_PER_SENTENCE && lastFound.attribution().cueAt() > lastFound.start()
                && p.startsWith("; ", lastFound.end())) {
            // "…, Zornetzer told me, would cost …; Johnson estimated that …": the clause after the
            // semicolon has its own attribution
            Found g = LeadingClause.find(p, lastFound.end() + 2, trimEnd(p, from, se));
            if (g != null) {
                out.add(g);
            }
        }
        Found opening = question == null && out.size() == 1 ? openingClause(p, from, se, out.get(0)) : null;
        if (opening == null && question == null && out.size() == 1) {
            opening = firstPredicate(p, from, out.get(0));
        }
        if (opening != null) {
            // "When Sanders accused Clinton of …, she said …": the opening clause attributes too
            out.add(0, opening);
        }
        Found leading = question == null && out.size() < MAX_PER_SENTENCE ? openingParticiple(p, from, se) : null;
        if (leading != null && out.stream().noneMatch(o -> o.start() < leading.end() && leading.start() < o.end())) {
            // "Citing an unfounded theory, Trump accused …": the participle that opens the sentence is the subject's
            out.add(0, leading);
        }
        Found inside = question == null && out.size() < MAX_PER_SENTENCE ? PhraseAttribution.askedInside(p, ss, trimEnd(p, ss, se))
                : null;
        if (inside != null) {
            // "…,” she said, when asked whether …": the question is no content of "she said"
            // (or "…,” Le Pen told CNN in an interview when asked which …": adjuncts, then the question)
            int when = p.lastIndexOf(' ', inside.attribution().cueAt() - 2) + 1;
            out.removeIf(o -> o.start() <= when && inside.start() < o.end()
                    && !holdsClause(p, Sentences.words(p, o.start(), when), 0));
        }
        if (inside != null && out.stream().noneMatch(o -> o.start() < inside.end() && inside.start() < o.end())) {
            // "“You bet I would,” Christie said when asked whether he would …": the question too
            out.add(inside);
        }
        if (out.isEmpty()) {
            // "He gave a speech in Ohio, predicting he would win": the sentence's subject goes on
            Mention subject = subjectOf(p, from, se);
            Found more = subject == null ? null : ParticipleClause.after(p, from, trimEnd(p, from, se), subject);
            Mention closer = more == null ? null : ClosingAttribution.speakerBefore(p, from, lastCommaBefore(p, more.attribution().cueAt()));
            if (closer != null) {
                // "“… with Trump,” Sanders said, suggesting …": the attribution's speaker goes on, not
                // the subject of the quoted words
                more = new Found(more.start(), more.end(), new Attribution(closer, more.attribution().cue(), more.attribution().cueAt()));
            }
            int subjectAt = more == null ? -1 : more.attribution().cueAt() - subject.text().length() - 2;
            if (subjectAt >= from && p.startsWith(subject.text(), subjectAt)
                    && p.startsWith(", ", subjectAt + subject.text().length())) {
                // "Norvell Rose, reporting for the site this week, was on hand …": a participle right
                // after the subject is an aside, whose content ends where the predicate resumes
                more = new Found(more.start(), LeadingClause.relativeClauseEnd(p, more.start(), more.end()), more.attribution());
            }
            if (more == null && subject != null) {
                // "Rubio thanked Miami and said it was great to be home": a second predicate attributes
                more = VerbAttribution.secondPredicate(p, from, trimEnd(p, from, se), subject);
            }
            if (more != null) {
                out.add(more);
            }
        } else if (out.size() < MAX_PER_SENTENCE) {
            // "…, Ruiz said, adding that …": the last source goes on with a participle
            Found last = out.get(out.size() - 1);
            Attribution a = last.attribution();
            int goesOn = Math.max(last.end(), a.cueAt() < 0 ? 0 : a.cueAt() + a.cue().length());
            Found more = ParticipleClause.after(p, goesOn, trimEnd(p, ss, se), a.mention());
            if (more != null) {
                out.add(more);
            }
        }
        int withAt = out.size() < MAX_PER_SENTENCE ? AbsoluteClause.opening(p, from, se) : -1;
        Found absolute = withAt < 0 ? null : AbsoluteClause.at(p, withAt, trimEnd(p, from, se));
        if (absolute != null && out.stream().noneMatch(o -> o.start() < absolute.end() && absolute.start() < o.end())) {
            // "…, with Senator McCain telling reporters he viewed …": the clause is its own
            // statement, unless it is part of one before ("The poll showed Trump losing ground,
            // with 40 percent supporting him before …")
            out.add(absolute);
        }
        out.removeIf(ReportedSpeech::isImpression);
        out.replaceAll(found -> insideBrackets(p, ss, found));
        out.replaceAll(found -> pastConjunction(found, p));
        out.removeIf(java.util.Objects::isNull);
        out.replaceAll(found -> withoutObjectAdjunct(found, p));
        return out;
    }

    /**
     * {@code f}, unless its content opens with "and" or "or" and a verb after its cue, which then
     * took no object ("her health plan called and told her …", "announced and released …"): null.
     * A noun phrase after the conjunction goes on with the cue's object ("told the Securities and
     * Exchange Commission it …", "told Reuters and the news agency that …").
     */
    private static Found pastConjunction(Found f, String p) {
        if (f == null || f.attribution().cueAt() > f.start()) {
            return f;
        }
        int skip = p.startsWith("and ", f.start()) ? 4 : p.startsWith("or ", f.start()) ? 3 : 0;
        if (skip == 0) {
            return f;
        }
        int at = f.start() + skip;
        int end = at;
        while (end < f.end() && Character.isLetter(p.charAt(end))) {
            end++;
        }
        String next = p.substring(at, end);
        return next.isEmpty() || !Character.isLowerCase(next.charAt(0)) || NOUN_PHRASE_OPENERS.contains(next) ? f : null;
    }

    /**
     * Words after "and" that go on with the object or open a clause of the content: "told Reuters
     * and the news agency …", "and no objections …", "announced … and he gave …", "that the
     * meeting, and not his candidacy, was …".
     */
    private static final Set<String> NOUN_PHRASE_OPENERS = Set.of("the", "a", "an", "his", "her", "its", "their", "our",
            "my", "your", "no", "other", "some", "many", "several", "two", "three", "he", "she", "they", "it", "we", "i",
            "not");

    /**
     * {@code f}, ending where the brackets its cue stands in close: "(I think Porto will take the
     * title) and …" says "Porto will take the title"; null when too little is left before the
     * bracket ("Certain words (bank, lawyer, attorney, credit union, etc.) may require …" read
     * "lawyer" and "credit" as a subject and its verb inside a list).
     */
    private static Found insideBrackets(String p, int ss, Found f) {
        int cue = f.attribution().cueAt();
        if (cue < ss || cue > f.start()) {
            return f;
        }
        int depth = 0;
        for (int i = ss; i < cue; i++) {
            char c = p.charAt(i);
            depth += c == '(' ? 1 : c == ')' && depth > 0 ? -1 : 0;
        }
        for (int i = f.start(); depth > 0 && i < f.end(); i++) {
            char c = p.charAt(i);
            if (c == ')' && --depth == 0) {
                int end = trimEnd(p, f.start(), i);
                return words(p, f.start(), end) >= MIN_CONTENT_WORDS ? new Found(f.start(), end, f.attribution()) : null;
            }
            depth += c == '(' ? 1 : 0;
        }
        return f;
    }

    /** "endorsed Cruz last week": the object of a verb that takes one, without the adjunct after it. */
    private static Found withoutObjectAdjunct(Found f, String p) {
        Attribution a = f.attribution();
        if (a.cueAt() < 0 || a.cueAt() > f.start()
                || AttributionVerbs.complementOf(a.cue()) != AttributionVerbs.Complement.OBJECT) {
            return f;
        }
        int end = ObjectAdjunct.end(p, f.start(), f.end());
        return end == f.end() ? f : new Found(f.start(), end, a);
    }

    /** Forms of "feel": after "it" they tell an impression, nobody's belief. */
    private static final Set<String> FEEL_FORMS = Set.of("feel", "feels", "felt", "feeling");

    /** "The room is large, so it feels like there should be space": a thing's impression, no statement. */
    private static boolean isImpression(Found f) {
        Attribution a = f.attribution();
        if (a.mention() == null || a.cue() == null || !a.mention().text().equalsIgnoreCase("it")) {
            return false;
        }
        for (String w : a.cue().split(" ")) {
            if (FEEL_FORMS.contains(w.toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    /**
     * A belief, intention or stance of the clause's own subject after the conjunction {@code sep}
     * at {@code at}, which ends the statement {@code f} before it ("…, but she knows that …", "…,
     * and Cruz opposed the measure"); null when the subject does not open the clause or the clause
     * goes on with {@code f}: "and that she wanted …", a list ("Tapper, Bash and Blitzer had
     * mentioned it"), "and I don't think …" in a third person's statement (its speaker's own
     * words), and before a bare " and " a first clause that is not whole ("45% of UK | and US
     * firms considered …").
     */
    private static Found ownClause(String p, Found f, int at, String sep, int sentenceEnd) {
        int c = at + sep.length();
        if (p.startsWith("that ", c) || sep.endsWith("and ") && endsList(p, f.start(), at)) {
            return null;
        }
        Found g = VerbAttribution.find(p, c, sentenceEnd, Sentences.words(p, c, sentenceEnd));
        Mention m = g == null ? null : g.attribution().mention();
        if (m == null || !p.startsWith(m.text(), c)
                || m.isFirstPerson() && !isFirstPerson(f.attribution().mention())
                || sep.equals(" and ") && AttributionVerbs.complementOf(f.attribution().cue()) == AttributionVerbs.Complement.CLAUSE
                        && !LeadingClause.clauseLike(p, f.start(), at)) {
            return null;
        }
        return g;
    }

    private static boolean isFirstPerson(Mention m) {
        return m != null && m.isFirstPerson();
    }

    /** Whether every word of {@code text} opens with a capital or a digit: a name, not a phrase. */
    private static boolean titleCased(String text) {
        for (int i = 0; i < text.length(); i++) {
            if ((i == 0 || text.charAt(i - 1) == ' ') && Character.isLowerCase(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /**
     * The last conjunction of {@link #SECOND_CLAUSE} in {@code p[after, cue)}, else the one at
     * {@code from} (which ends at {@code after}): the second clause begins there, not at an "and"
     * inside the first ("“one of commitment, strength and inclusion”, but he warned …").
     */
    private static int lastSeparator(String p, int from, int after, int cue) {
        int last = from;
        for (int at = after; at < cue; at++) {
            for (String sep : SECOND_CLAUSE) {
                if (p.startsWith(sep, at) && at + sep.length() <= cue) {
                    last = at;
                    // ", and " holds " and ": the separator is the whole of it
                    at += sep.length() - 1;
                    break;
                }
            }
        }
        return last;
    }

    /**
     * Where a statement that runs from {@code from} over a later cue at {@code cue} ends: at the
     * last conjunction of {@link #SECOND_CLAUSE} before the cue, with at least
     * {@link #MIN_CONTENT_WORDS} words before it; -1 when there is none.
     */
    static int endBeforeCue(String p, int from, int cue) {
        int last = lastSeparator(p, from, from, cue);
        return last > from && words(p, from, last) >= MIN_CONTENT_WORDS ? last : -1;
    }

    /**
     * The comma after the region that follows a place's comma ("in St. Clairsville, Ohio, …"):
     * a region of {@link io.github.newsparse.internal.structure.Places} and a comma; else
     * {@code comma} itself.
     */
    static int pastRegion(String p, int comma, int end) {
        int w = comma + 2;
        int next = indexIn(p, ", ", w, Math.min(end, w + MAX_REGION_CHARS));
        return next > w && io.github.newsparse.internal.structure.Places.isRegion(p.substring(w, next)) ? next : comma;
    }

    /** The longest region's name: "District of Columbia". */
    private static final int MAX_REGION_CHARS = 24;

    /** The longest opening phrase before a sentence's subject, in words. */
    private static final int MAX_OPENING_WORDS = 12;

    /** How far into a sentence its subject is read. */
    private static final int MAX_SUBJECT_CHARS = 120;

    /** Commas tried after an opening participle for the one its phrase ends at. */
    private static final int OPENING_COMMAS = 3;

    /** The most words of an opening participle's phrase. */
    private static final int MAX_OPENING_PARTICIPLE_WORDS = 30;

    /** The phrase that opens a sentence on a new topic: never a statement's participle. */
    private static final String SPEAKING_OF = "Speaking of ";

    /**
     * The statement of a participle that opens the sentence, whose subject follows its phrase:
     * "Claiming the criticism is designed to pressure moderators, Trump told Fox …", "Citing an
     * unfounded theory, Trump accused …". Null unless the first word is the participle of an
     * attribution verb and a subject with its verb follows one of the first commas.
     */
    private static Found openingParticiple(String p, int from, int se) {
        int end = trimEnd(p, from, se);
        int at = skipSpaces(p, from);
        int space = p.indexOf(' ', at);
        // most sentences open with no participle: read the first word before splitting them all
        if (at >= end || space < 0 || space > end || !Character.isUpperCase(p.charAt(at)) || !p.startsWith("ing", space - 3)
                || !AttributionVerbs.isParticiple(p.substring(at, space).toLowerCase(Locale.ROOT))) {
            return null;
        }
        if (p.startsWith(SPEAKING_OF, at)) {
            // "Speaking of fruit and herbs, …": a turn to a new topic, no one's statement
            return null;
        }
        List<int[]> words = Sentences.words(p, from, Math.min(end, from + 400));
        if (words.size() < 4) {
            return null;
        }
        int commas = 0;
        for (int j = 1; j < Math.min(words.size() - 2, MAX_OPENING_PARTICIPLE_WORDS) && commas < OPENING_COMMAS; j++) {
            if (!p.startsWith(",", words.get(j)[1] - 1)) {
                continue;
            }
            commas++;
            int rest = words.get(j + 1)[0];
            Mention subject = subjectOf(p, rest, se);
            if (subject != null && subject.kind() != Mention.Kind.PRONOUN || subject != null && p.startsWith(subject.text(), rest)) {
                Found f = ParticipleClause.participleAt(p, words.get(0)[0], words.get(j)[1] - 1, subject);
                if (f == null || f.end() > words.get(j)[1]
                        || AttributionVerbs.typeOf(f.attribution().cue()) != io.github.newsparse.CueType.SPEECH) {
                    // "Assuming …", "Considering …", "Knowing …" open a condition or a reason, no statement
                    return null;
                }
                // "Boasting a superb cast, it …", "Maintaining this stance, …": a verb of saying that
                // takes a clause reports one only when a clause follows it
                boolean clause = AttributionVerbs.complementOf(f.attribution().cue()) != AttributionVerbs.Complement.CLAUSE
                        || LeadingClause.followsThat(p, f.start()) || LeadingClause.mainClauseLike(p, f.start(), f.end());
                return clause ? f : null;
            }
        }
        return null;
    }

    /** The position of the comma before the word at {@code at} ("…, suggesting"), or -1. */
    private static int lastCommaBefore(String p, int at) {
        int i = at - 1;
        while (i >= 0 && p.charAt(i) == ' ') {
            i--;
        }
        return i >= 0 && p.charAt(i) == ',' ? i : -1;
    }

    /** The subject that opens the sentence at {@code ss}: a name, a pronoun, a group or a role; else null. */
    private static Mention subjectOf(String p, int ss, int se) {
        int e = Math.min(se, ss + MAX_SUBJECT_CHARS);
        List<int[]> words = Sentences.words(p, ss, e);
        String first = words.isEmpty() ? "" : Sentences.bare(p.substring(words.get(0)[0], words.get(0)[1])).toLowerCase(Locale.ROOT);
        if (words.size() >= 2 && (VerbAttribution.NOT_SUBJECT_STARTS.contains(first)
                || first.endsWith("ing") && first.length() > 4 && !p.substring(words.get(0)[0], words.get(0)[1]).endsWith(","))) {
            // "In her first videos, Ruiz stands …", "Weighing in on the debate, Huckabee agreed, praising
            // …": the subject follows the opening phrase
            int comma = indexIn(p, ", ", ss, Math.min(e, words.get(Math.min(words.size() - 1, MAX_OPENING_WORDS))[1]));
            if (comma < 0) {
                return null;
            }
            comma = pastRegion(p, comma, e);
            ss = comma + 2;
            words = Sentences.words(p, ss, e);
        }
        if (words.size() < 2) {
            return null;
        }
        Mention m = AttributionFinder.subject(p.substring(ss, words.get(words.size() - 1)[1]));
        if (m == null || !VerbAttribution.canAttribute(m)) {
            return null;
        }
        if (m.kind() == Mention.Kind.PRONOUN) {
            return m;
        }
        // the word after the subject is its verb: never "Sanders and Clinton", "Each faction",
        // "The attorney general of …", "Chastened by the analyses, Trump …"
        int lead = leadingConjunction(p, ss, e);
        if (!p.startsWith(m.text(), ss + lead)) {
            return null;
        }
        if (p.startsWith(" and ", ss + lead + m.text().length())) {
            // "Mrs. Clinton and her surrogates are responding, painting …": both, when a verb follows
            return coordinatedSubject(p, ss + lead, e);
        }
        int afterSubject = pastBrackets(p, ss + lead + m.text().length(), e);
        boolean aside = afterSubject < e && p.charAt(afterSubject) == ',';
        int next = aside ? indexIn(p, ", ", afterSubject + 1, e) + 1 : afterSubject;
        if (next <= 0) {
            return null;
        }
        while (next < e && (p.charAt(next) == ' ' || p.charAt(next) == '’' || p.charAt(next) == '\'' || p.charAt(next) == 's'
                && next > 0 && "’'".indexOf(p.charAt(next - 1)) >= 0)) {
            next++;
        }
        int wordEnd = next;
        while (wordEnd < e && p.charAt(wordEnd) != ' ') {
            wordEnd++;
        }
        String verb = next >= wordEnd ? "" : p.substring(next, wordEnd);
        if (!(aside ? looksLikePastOrAuxiliary(verb) : looksLikeVerb(verb))) {
            // after an appositive, a word in -s may be the next item of a list: "Likes, comments, saves"
            return null;
        }
        if (m.text().indexOf(' ') < 0 && p.charAt(wordEnd - 1) == 's' && followsPlural(p, wordEnd, e)) {
            // "Luxury brands like Gucci have begun …", "Team members are …": the capitalised word
            // modifies the plural noun after it, which is the subject
            return null;
        }
        return m;
    }

    /** Quantifiers that may follow the subject they count: "Sanders and Cruz both hoped". */
    private static final Set<String> FLOATING_QUANTIFIERS = Set.of("both", "all", "each");

    /** The most words of a subject of two speakers joined by "and": "Clinton and her Democratic allies". */
    private static final int MAX_COORDINATED_SUBJECT_WORDS = 8;

    /**
     * The two speakers joined by "and" that open {@code p[ss, e)}, when an auxiliary or a past
     * form follows them ("Clinton and her surrogates are responding"); else null.
     */
    private static Mention coordinatedSubject(String p, int ss, int e) {
        List<int[]> words = Sentences.words(p, ss, e);
        for (int j = 2; j < Math.min(words.size(), MAX_COORDINATED_SUBJECT_WORDS + 1); j++) {
            String w = p.substring(words.get(j)[0], words.get(j)[1]);
            if (looksLikePastOrAuxiliary(w)) {
                // "Sanders and Cruz both hoped": the quantifier floats after its subject
                int last = FLOATING_QUANTIFIERS.contains(p.substring(words.get(j - 1)[0], words.get(j - 1)[1])) ? j - 2 : j - 1;
                Mention both = MentionParser.coordinated(p.substring(ss, words.get(last)[1]));
                return both != null && VerbAttribution.canAttribute(both) ? both : null;
            }
            if (w.endsWith(",")) {
                return null;
            }
        }
        return null;
    }

    /** Conjunctions that may open a sentence before its subject: "And Obama helped them, noting …". */
    private static final List<String> LEADING_CONJUNCTIONS = List.of("And ", "But ", "Yet ");

    /** The length of the conjunction that opens {@code p[ss, e)} before its subject, or 0. */
    private static int leadingConjunction(String p, int ss, int e) {
        for (String c : LEADING_CONJUNCTIONS) {
            if (p.startsWith(c, ss) && ss + c.length() < e) {
                return c.length();
            }
        }
        return 0;
    }

    /** The longest party label in brackets after a name: "(R-Tex.)", "(D-N.Y.)". */
    private static final int MAX_BRACKET_CHARS = 16;

    /** Past a party's brackets after a name ending at {@code at}: "Sen. Ted Cruz (R-Tex.) continued". */
    private static int pastBrackets(String p, int at, int e) {
        if (p.startsWith(" (", at)) {
            int close = indexIn(p, ")", at + 2, Math.min(e, at + 2 + MAX_BRACKET_CHARS));
            if (close > 0) {
                return close + 1;
            }
        }
        return at;
    }

    /** Verbs and words that, after a word in -s, show that word was a plural noun: "brands have", "brands like". */
    private static final Set<String> AFTER_PLURAL = Set.of("have", "are", "were", "had", "will", "would", "can",
            "could", "like", "such");

    /** Whether the word after {@code wordEnd} is one of {@link #AFTER_PLURAL}. */
    private static boolean followsPlural(String p, int wordEnd, int e) {
        int next = wordEnd;
        while (next < e && p.charAt(next) == ' ') {
            next++;
        }
        int end = next;
        while (end < e && p.charAt(end) != ' ') {
            end++;
        }
        return next < end && AFTER_PLURAL.contains(p.substring(next, end));
    }

    /** Common verbs whose past is not written with -ed: "He gave a speech, …". */
    private static final Set<String> IRREGULAR_PASTS = Set.of("gave", "made", "took", "went", "came", "got", "put",
            "sent", "met", "led", "held", "left", "kept", "won", "lost", "ran", "saw", "began", "brought", "spent",
            "stood", "hit", "cut", "struck", "drew", "set", "sat", "paid", "sought", "fought", "spoke", "wrote",
            "told", "said", "thought", "felt", "knew", "became", "chose", "threw", "rose", "fell", "offered");

    /** Auxiliaries that open a verb phrase: "Trump has long argued …". */
    private static final Set<String> VERB_AUXILIARIES = Set.of("has", "have", "had", "is", "are", "was", "were",
            "will", "would", "can", "could", "did", "does", "do", "also", "then", "later", "again", "never", "still",
            "once", "even", "may", "might", "should", "must");

    /**
     * Whether a lower-case word is an auxiliary or a past form: a verb for sure, unlike a word
     * in -s, which may be a plural noun ("farmers").
     */
    static boolean looksLikePastOrAuxiliary(String word) {
        String w = Sentences.bare(word);
        return !w.isEmpty() && Character.isLowerCase(w.charAt(0))
                && (VERB_AUXILIARIES.contains(w) || IRREGULAR_PASTS.contains(w) || w.endsWith("ed"));
    }

    /** Whether a lower-case word is a common verb's past not written with -ed: "met", "gave". */
    static boolean isIrregularPast(String word) {
        return IRREGULAR_PASTS.contains(word);
    }

    /** Whether a word reads as a verb in the past: {@link #looksLikeRegularPast} or {@link #isIrregularPast}. */
    static boolean looksLikePast(String w) {
        return looksLikeRegularPast(w) || isIrregularPast(w);
    }

    /** Whether a word of more than four letters reads as a regular verb in the past: "survived", "celebrated". */
    static boolean looksLikeRegularPast(String w) {
        return w.length() > 4 && w.endsWith("ed") && Character.isLowerCase(w.charAt(0));
    }

    /** Whether a lower-case word reads as a finite verb or its auxiliary. */
    static boolean looksLikeVerb(String word) {
        String w = Sentences.bare(word);
        if (w.isEmpty() || !Character.isLowerCase(w.charAt(0))) {
            return false;
        }
        return VERB_AUXILIARIES.contains(w) || IRREGULAR_PASTS.contains(w) || w.endsWith("ed") || w.endsWith("ly")
                || w.length() > 3 && w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("ous");
    }

    /**
     * Words that every shape of {@link #find} needs somewhere in the sentence: the speech cues,
     * the first words of the attribution verbs, the first words of the "according to" phrases,
     * and the "called" of {@link PhraseAttribution#naming}.
     */
    private static final Set<String> TRIGGERS = triggers();

    private static Set<String> triggers() {
        Set<String> t = new java.util.HashSet<>(QuoteLexicon.CUES);
        t.addAll(AttributionVerbs.firstWords());
        for (String phrase : QuoteLexicon.ACCORDING_PHRASES) {
            t.add(phrase.substring(0, phrase.indexOf(' ')));
        }
        t.add("called");
        t.add("calls");
        return Set.copyOf(t);
    }

    /**
     * Whether the sentence {@code p[ss, se)} can hold a reported statement at all: one cheap pass
     * over its words, so that the shapes are only tried on sentences with a trigger word (or a
     * question, a headline colon, a ", saying"). The shapes never look past the sentence: their
     * windows stop at its end (see {@code AttributionFinder}).
     */
    static boolean mayAttribute(String p, int ss, int se) {
        return (scan(p, ss, se) & MAY_ATTRIBUTE) != 0;
    }

    /**
     * Whether a word of {@code p[ss, se)} may be a cue ({@link QuoteLexicon#isCue}): the closing,
     * interrupting and leading shapes all need one inside the sentence, where their windows stay.
     */
    static boolean hasCue(String p, int ss, int se) {
        return (scan(p, ss, se) & HAS_CUE) != 0;
    }

    /** {@link #scan} found a trigger: the sentence may hold a reported statement. */
    private static final int MAY_ATTRIBUTE = 1;
    /** {@link #scan} found a word that may be a cue. */
    private static final int HAS_CUE = 2;

    /**
     * One pass over the words of {@code p[ss, se)} for both questions the shapes ask first:
     * {@link #MAY_ATTRIBUTE} and {@link #HAS_CUE}, each set when found; it stops when both are.
     */
    private static int scan(String p, int ss, int se) {
        int found = p.startsWith("Asked ", ss) || p.startsWith("When asked ", ss) || p.startsWith("In ", ss)
                || p.startsWith("As ", ss) && indexIn(p, " put", ss, Math.min(se, ss + PhraseAttribution.MAX_PUT_IT_CHARS)) >= 0
                || ss == 0 && indexIn(p, ": ", ss, se) >= 0 || indexIn(p, ", saying ", ss, se) >= 0 ? MAY_ATTRIBUTE : 0;
        int i = ss;
        while (i < se && found != (MAY_ATTRIBUTE | HAS_CUE)) {
            while (i < se && p.charAt(i) == ' ') {
                i++;
            }
            int s = i;
            while (i < se && p.charAt(i) != ' ') {
                i++;
            }
            if (i == s) {
                continue;
            }
            found |= wordKinds(p, s, i);
        }
        return found;
    }

    /**
     * The triggers ({@link #TRIGGERS}, value bit {@link #MAY_ATTRIBUTE}) and cue words
     * ({@link QuoteLexicon#cueWords}, bit {@link #HAS_CUE}) in one table: a scanned word is
     * looked up once for both.
     */
    private static final CharTable SCAN_TABLE = scanTable();

    private static CharTable scanTable() {
        java.util.Map<String, Integer> bits = new java.util.HashMap<>();
        for (String t : TRIGGERS) {
            bits.merge(t, MAY_ATTRIBUTE, (a, b) -> a | b);
        }
        for (String c : QuoteLexicon.cueWordSet()) {
            bits.merge(c, HAS_CUE, (a, b) -> a | b);
        }
        return new CharTable(bits);
    }

    /**
     * {@link #MAY_ATTRIBUTE} when the word {@code p[s, e)} is a trigger ({@link #TRIGGERS}), and
     * {@link #HAS_CUE} when it may be a cue ({@link Sentences#bareLowerMayBeIn} of the cue words).
     */
    private static int wordKinds(String p, int s, int e) {
        int whole = SCAN_TABLE.getAsciiLower(p, s, e);
        if (whole == CharTable.NOT_ASCII) {
            return (isNonAsciiTrigger(p, s, e) ? MAY_ATTRIBUTE : 0)
                    | (Sentences.bareLowerMayBeIn(QuoteLexicon.cueWords(), p, s, e) ? HAS_CUE : 0);
        }
        // an ASCII word: the whole word and the word without its edge punctuation, each once
        int from = Chars.bareStart(p, s, e);
        int to = Chars.bareEnd(p, from, e);
        int bare = from == s && to == e ? whole : SCAN_TABLE.getAsciiLower(p, from, to);
        int kinds = (whole >= 0 ? whole & MAY_ATTRIBUTE : 0) | (bare >= 0 ? bare & MAY_ATTRIBUTE : 0);
        return kinds | (bare >= 0 ? bare & HAS_CUE : 0);
    }

    /**
     * Whether the word {@code p[s, e)}, which holds a character past ASCII, is a trigger, lower-cased
     * whole or bare: the Unicode case rules that {@link #SCAN_TABLE} does not apply.
     */
    private static boolean isNonAsciiTrigger(String p, int s, int e) {
        String w = p.substring(s, e);
        String l = w.toLowerCase(Locale.ROOT);
        return TRIGGERS.contains(l) || TRIGGERS.contains(Sentences.bare(l))
                || TRIGGERS.contains(Sentences.bare(w).toLowerCase(Locale.ROOT));
    }

    /**
     * The first reported statement of the sentence {@code p[ss, se)}; {@code cue} tells whether
     * it holds a cue word ({@link #hasCue}), without which the shapes that need one are skipped.
     */
    static Found find(String p, int ss, int se, boolean cue) {
        int end = trimEnd(p, ss, se);
        if (end - ss < 10) {
            return null;
        }
        String s = p.substring(ss, end);
        String lower = s.toLowerCase(Locale.ROOT);
        int link = linkLength(lower);
        Found laut = LautSource.find(p, ss, end, lower);
        if (laut != null) {
            // "Laut Polizei wurde niemand verletzt.": a German source with no comma, the verb after it
            return laut;
        }
        for (String phrase : QuoteLexicon.ACCORDING_PHRASES) {
            if (lower.startsWith(phrase, link)) {
                // "But according to the documents, …": the link word belongs to no part
                Found f = PhraseAttribution.leadingAccordingTo(p, ss + link, end, s.substring(link), phrase.length());
                if (f != null || link == 0) {
                    return f;
                }
            }
        }
        Found record = PhraseAttribution.leadingRecord(p, ss, end);
        if (record != null) {
            // "In a letter, Ruiz wrote that …": an attribution of the clause after the phrase speaks first
            Found inner = find(p, record.start(), se, cue);
            return inner != null ? inner : record;
        }
        Found according = PhraseAttribution.closingAccordingTo(p, ss, end, s, lower);
        if (according != null) {
            return according;
        }
        if (cue) {
            int comma = s.lastIndexOf(", ");
            Found tail = ClosingAttribution.tail(p, ss, end, s);
            if (tail != null) {
                return tail;
            }
            Found middle = ClosingAttribution.middle(p, ss, end, comma < 0 ? -1 : ss + comma);
            if (middle != null) {
                return middle;
            }
        }
        Found headline = PhraseAttribution.colonHeadline(p, ss, end);
        if (headline != null) {
            // "Frustration with police: Civil rights activists say …": an attribution of the
            // clause after a label that is no name speaks first, as after a leading record ("Mark
            // Cuban: I'd consider …" keeps its speaker)
            Mention label = headline.attribution().mention();
            Found inner = headline.start() > ss && label != null && !titleCased(label.text())
                    ? find(p, headline.start(), se, cue) : null;
            return inner != null && !isFirstPerson(inner.attribution().mention()) ? inner : headline;
        }
        // the words of the sentence, split once for the shapes that read them
        List<int[]> words = Sentences.words(p, ss, end);
        Found quoted = cue ? QuotedAsSaying.find(p, ss, end, words) : null;
        if (quoted != null) {
            return quoted;
        }
        Found putIt = PhraseAttribution.asPutIt(p, ss, end);
        if (putIt != null) {
            return putIt;
        }
        Found lead = cue ? LeadingClause.find(p, ss, end, words) : null;
        if (lead != null) {
            // "Graham called both of them “crazy” and said …": the label comes first, then the clause
            int leadCue = lead.attribution().cueAt();
            Found named = leadCue > ss ? PhraseAttribution.naming(p, ss, leadCue, words) : null;
            return named != null && named.end() <= leadCue ? named : lead;
        }
        Found named = PhraseAttribution.naming(p, ss, end, words);
        if (named != null) {
            return named;
        }
        Found participle = PhraseAttribution.participle(p, ss, end);
        return participle != null ? participle : VerbAttribution.find(p, ss, end, words);
    }

    /**
     * A stance or statement in the subordinate clause that opens the sentence ("When Sanders
     * accused Clinton of …, she said …", "While Ruiz praised the plan, …"), when {@code main}
     * was found after it; null otherwise. Never in a clause of what may be ("If Ruiz opposes …").
     */
    private static Found openingClause(String p, int from, int se, Found main) {
        int comma = indexIn(p, ", ", from, se);
        if (comma < 0 || main.start() <= comma || main.attribution().cueAt() <= comma
                || !LeadingClause.opensSubordinate(p, from, comma) || LeadingClause.opensCondition(p, from, comma)) {
            return null;
        }
        Found f = VerbAttribution.find(p, from, comma, Sentences.words(p, from, comma));
        return f != null && f.end() <= comma ? f : null;
    }

    /** How far back a list's comma may be before its ", and": "Chinese, Japanese, and South Korean …". */
    private static final int LIST_REACH = 3;

    /** Whether the words before {@code at} end a list: a comma among the last {@value #LIST_REACH} words. */
    private static boolean endsList(String p, int from, int at) {
        List<int[]> w = Sentences.words(p, Math.max(from, at - 60), at);
        for (int j = Math.max(0, w.size() - LIST_REACH); j < w.size() - 1; j++) {
            if (p.charAt(w.get(j)[1] - 1) == ',') {
                return true;
            }
        }
        return false;
    }

    /**
     * A stance of the subject's first predicate when {@code main} is its second ("Ruiz thanked
     * Dover and said …"): the attribution of the words before " and ", if they hold one that
     * ends there; null otherwise.
     */
    private static Found firstPredicate(String p, int from, Found main) {
        int cue = main.attribution().cueAt();
        int and = cue - " and ".length();
        if (cue <= from) {
            return null;
        }
        if (cue - 2 > from && p.startsWith(", ", cue - 2) && main.attribution().cue().endsWith("ing")) {
            // "Sanders on Saturday criticized the accord …, saying …": the main verb before the
            // participle attributes too
            Found f = VerbAttribution.find(p, from, cue - 2, Sentences.words(p, from, cue - 2));
            return f != null && f.end() <= cue - 2 && f.attribution().cueAt() < f.start() ? f : null;
        }
        if (and <= from || !p.startsWith(" and ", and)) {
            // "Cruz accuses Obama of … and Trump says …": a clause of its own before the one found
            and = lastLink(p, from, cue);
            if (and < 0) {
                return null;
            }
        }
        Found f = VerbAttribution.find(p, from, and, Sentences.words(p, from, and));
        return f != null && f.end() <= and && f.attribution().cueAt() < f.start() ? f : null;
    }

    /** Conjunctions that join two clauses, each with its own subject. */
    private static final List<String> CLAUSE_LINKS = List.of(", and ", " and ", ", while ", " while ", ", but ",
            " but ", ", whereas ");

    /** The last {@link #CLAUSE_LINKS} link in {@code p[from, to)}, or -1; the search stays inside the range. */
    private static int lastLink(String p, int from, int to) {
        for (int at = to - 1; at > from; at--) {
            if (p.charAt(at) != ',' && p.charAt(at) != ' ') {
                continue;
            }
            for (String link : CLAUSE_LINKS) {
                if (at + link.length() <= to && p.startsWith(link, at)) {
                    return at;
                }
            }
        }
        return -1;
    }

    /**
     * The length of the conjunction ({@link LeadingClause#LINKS}) that opens the lower-cased
     * sentence before its "according to", with its space, or 0.
     */
    private static int linkLength(String lower) {
        int space = lower.indexOf(' ');
        return space > 0 && LeadingClause.LINKS.contains(lower.substring(0, space)) ? space + 1 : 0;
    }

    /**
     * The first {@code needle} in {@code p[from, end)}, or -1: the search stays inside the
     * sentence, so that looking at every sentence of a long paragraph stays linear.
     */
    static int indexIn(String p, String needle, int from, int end) {
        char first = needle.charAt(0);
        int last = Math.min(end, p.length()) - needle.length();
        for (int i = Math.max(0, from); i <= last; i++) {
            if (p.charAt(i) == first && p.startsWith(needle, i)) {
                return i;
            }
        }
        return -1;
    }

    static boolean startsWithQuote(String p, int i) {
        return i < p.length() && "“\"”«„".indexOf(p.charAt(i)) >= 0;
    }

    private static int trimEnd(String p, int ss, int se) {
        int e = se;
        // "(Ruiz defended the plan, saying it was safe.)": a sentence in brackets ends inside them
        int first = skipSpaces(p, ss);
        boolean bracketed = first < se && p.charAt(first) == '(';
        while (e > ss && ("\"”’' ".indexOf(p.charAt(e - 1)) >= 0 || ".!?".indexOf(p.charAt(e - 1)) >= 0
                || bracketed && p.charAt(e - 1) == ')')) {
            e--;
        }
        return e;
    }

    static int skipSpaces(String p, int i) {
        while (i < p.length() && p.charAt(i) == ' ') {
            i++;
        }
        return i;
    }

    static int words(String p, int from, int to) {
        return to <= from ? 0 : Sentences.count(p, from, to);
    }
}
