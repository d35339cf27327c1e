package io.github.newsparse.internal.quotes;

import static io.github.newsparse.internal.quotes.ReportedSpeech.*;

import io.github.newsparse.internal.quotes.ReportedSpeech.Found;
import io.github.newsparse.internal.text.Chars;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reported speech closed or interrupted by its attribution: "The water is safe, the director said.",
 * "…, said the company's chief executive, Jo Roe.", "If the law conflicts, Rubio said, Christians
 * must ignore it." (the whole sentence).
 */
final class ClosingAttribution {

    private ClosingAttribution() {
    }

    /** Commas from the end tried for a closing attribution: "…, said the company's chief, Jo Roe." */
    private static final int TAIL_COMMAS = 4;

    /**
     * "The water is safe, the utility director said.", "…, said the company's chief executive, Jo
     * Roe.", and a clause that ends with a quoted fragment: "The bill's failure was “heartbreaking,”
     * she said." (the fragment is part of the statement).
     */
    static Found tail(String p, int ss, int end, String s) {
        int comma = s.length();
        int later = -1;
        for (int tried = 0; tried < TAIL_COMMAS; tried++) {
            later = tried == 0 ? -1 : comma;
            comma = clauseComma(s, comma - 1);
            if (comma <= 0) {
                return null;
            }
            // the statement ends after the comma's closing quotation marks, if any
            int close = pastQuotes(p, ss + comma + 1);
            int attrFrom = close > ss + comma + 1 ? close : ss + comma;
            int contentEnd = attrFrom;
            if (opensTimeClause(p, attrFrom)) {
                // "Many are feared, while some should be encouraged.": a clause of its own, whose
                // subject says nothing of the words before the comma
                continue;
            }
            Attribution tail = AttributionFinder.after(p, attrFrom, false);
            if (tail == null || tail.cue() == null) {
                continue;
            }
            boolean cueFirst = tail.cueAt() <= skipSpaces(p, attrFrom + 1);
            if (tail.mention() != null && AttributionFinder.isConjunction(lastWord(tail.mention().text()))) {
                // "…, a process that began in May and concluded Monday.": the cue is the second verb
                // of a phrase, whose words before it are no speaker; nor is a phrase cut at its
                // conjunction after a verb ("…, writes a weekly column and, since 2013, leads …")
                return null;
            }
            if (cueFirst && tail.mention() != null && !LeadingClause.clauseLike(p, ss, contentEnd)
                    && resumesAfterSpeaker(p, tail, tail.cueAt() + tail.cue().length(), end)) {
                // "The trouble, says Ana Ruiz, an engineer, is the sand": the statement goes on after
                // the speaker (see middle)
                return null;
            }
            if (cueFirst && isSubjectBeforeClause(p, ss, contentEnd, tail, end)) {
                // "Corey Lewandowski, the campaign's manager, said the staff member should go.":
                // the speaker and his appositive, then the cue and its clause
                return null;
            }
            if (cueFirst && !tail.cue().equals("according to") && !namesSomeone(tail.mention())) {
                // "Use more whole grain flours, add potato flakes, …", "I've talked with survivors,
                // observed online traces, …": a verb before a thing is an imperative or the next
                // of a list of predicates, never an inverted attribution ("…, say experts", "…,
                // says the report" name their sources)
                return null;
            }
            if (cueFirst && dependentClauseOnly(p, ss, contentEnd) && mayBeImperative(tail.cue())) {
                // "If you want to learn more about the XM3, read our review.": a condition or a
                // purpose without the clause it belongs to is no statement, and the cue an imperative
                return null;
            }
            if (!cueFirst && reachesEnd(p, tail, end) && subordinateClauseOnly(p, ss, contentEnd)) {
                // "As shares were tumbling, Mr. Ackman wrote to investors.": the clause before the
                // comma opens the sentence whose main clause the "attribution" is; nothing is
                // reported ("When they're together, says John, the pressure …" goes on after it)
                return null;
            }
            if ((tried == 0 || cueFirst) && reachesEnd(p, tail, end) && endsWithAttribution(p, tail, attrFrom, end)
                    && words(p, ss, contentEnd) >= MIN_CONTENT_WORDS
                    && (!startsWithQuote(p, ss) || LeadingClause.fragmentOpens(p, ss, contentEnd))) {
                // "“I held and hugged” grieving families …, he said.": a fragment may open the statement
                return new Found(ss, contentEnd, tail);
            }
            if (!cueFirst && later > 0 && closesBeforeDependent(p, tail, attrFrom, ss + later, end)
                    && words(p, ss, contentEnd) >= MIN_CONTENT_WORDS && !startsWithQuote(p, ss)
                    && !isOpeningAdjunct(p, ss, contentEnd)) {
                // "It is an insult, lawmakers said Friday, as they …": the clause after the
                // attribution's comma depends on it (a subordinator or a participle)
                return new Found(ss, contentEnd, tail);
            }
            return null;
        }
        return null;
    }

    /**
     * Whether {@code m} names a source: a person, a pronoun or a role, or a group with a name or a
     * noun of people, of an institution or of a record in it.
     */
    private static boolean namesSomeone(Mention m) {
        if (m == null) {
            return false;
        }
        if (m.kind() != Mention.Kind.GROUP) {
            return true;
        }
        // "Ruiz and Lee", "the company's sources", "a handful of Democrats who …": a name, or a
        // noun of people, of an institution or of a record
        String[] words = m.text().split(" ");
        for (int i = 0; i < words.length; i++) {
            String w = Sentences.bare(words[i]);
            boolean possessive = words[i].endsWith("'s") || words[i].endsWith("’s");
            if (!w.isEmpty() && (Character.isUpperCase(w.charAt(0)) && !OPENING_DETERMINERS.contains(w) && !possessive
                    || AttributionFinder.isGroupHead(w)
                    || QuoteLexicon.EVIDENCE_SOURCES.contains(w.toLowerCase(Locale.ROOT)))) {
                return true;
            }
        }
        return false;
    }

    /** Whether ", while" or ", when" follows at {@code at} (the comma itself or the space after it). */
    private static boolean opensTimeClause(String p, int at) {
        int s = skipSpaces(p, p.startsWith(",", at) ? at + 1 : at);
        return p.startsWith("while ", s) || p.startsWith("when ", s);
    }

    /** Determiners that open a mention in capitals, no name: "The report", "A group". */
    private static final Set<String> OPENING_DETERMINERS = Set.of("The", "A", "An", "This", "That", "These", "Those",
            "Its", "His", "Her", "Their", "Our", "My", "Some", "Many", "More");

    /** Whether the cue's first word may be an imperative: no present in -s and no past ("read", not "said"). */
    private static boolean mayBeImperative(String cue) {
        String first = firstWord(cue);
        return !first.endsWith("s") && !AttributionVerbs.isPast(first);
    }

    /**
     * Whether {@code p[ss, contentEnd)} is one dependent clause and nothing else: a condition or a
     * concession ("If you want to learn more", "Because it rained") or a purpose ("To learn more
     * about how we test"), with no comma after which a main clause could follow.
     */
    private static boolean dependentClauseOnly(String p, int ss, int contentEnd) {
        List<int[]> words = Sentences.words(p, ss, Math.min(contentEnd, ss + 200));
        if (words.size() < 2 || indexIn(p, ", ", ss, contentEnd) >= 0) {
            return false;
        }
        String first = p.substring(words.get(0)[0], words.get(0)[1]);
        String second = p.substring(words.get(1)[0], words.get(1)[1]);
        return MentionParser.SUBORDINATORS.contains(first.toLowerCase(Locale.ROOT))
                || first.equals("To") && Character.isLowerCase(second.charAt(0)) && Chars.isLetters(second, 0, second.length());
    }

    /** The most words of a phrase of time or place before an opening subordinate clause: "On Tuesday,". */
    private static final int MAX_PHRASE_BEFORE_SUBORDINATE = 4;

    /**
     * Whether {@code p[ss, contentEnd)} is only a subordinate clause that opens its sentence ("As
     * shares were tumbling", "On Tuesday, even as …", "And while …"): no comma after it, behind
     * which a main clause could be the statement ("When the levee broke, the town flooded, Ruiz
     * said" keeps it).
     */
    private static boolean subordinateClauseOnly(String p, int ss, int contentEnd) {
        int from = ss;
        int comma = indexIn(p, ", ", ss, contentEnd);
        if (comma >= 0 && words(p, ss, comma) <= MAX_PHRASE_BEFORE_SUBORDINATE && finiteVerbs(p, ss, comma) == 0) {
            from = comma + 2; // "On Tuesday, even as …"
            comma = indexIn(p, ", ", from, contentEnd);
        }
        if (comma >= 0) {
            return false;
        }
        if (p.regionMatches(true, from, "even ", 0, 5) || p.regionMatches(true, from, "just ", 0, 5)) {
            from += 5; // "even as", "just as"
        }
        // a second finite verb is the main clause's, written without its comma ("When it was formed
        // in June 1986 it had 2.7 mln customers, US Sprint said")
        return LeadingClause.opensSubordinate(p, from, contentEnd) && finiteVerbs(p, from, contentEnd) <= 1;
    }

    /** How many words of {@code p[from, to)} are a past, an auxiliary or a contracted verb. */
    private static int finiteVerbs(String p, int from, int to) {
        int n = 0;
        for (int[] w : Sentences.words(p, from, to)) {
            String word = Sentences.bare(p.substring(w[0], w[1]));
            if (ReportedSpeech.looksLikePastOrAuxiliary(word) || ReportedSpeech.contracted(word.toLowerCase(Locale.ROOT))) {
                n++;
            }
        }
        return n;
    }

    /**
     * Whether the attribution ends, with at most its adjuncts, at the comma {@code later}, and
     * what follows that comma tells more of the speaker, not of the statement: a participle of
     * saying ("adding that …") or a clause of the moment with a subject pronoun ("as they left");
     * "…, he said, until it went bankrupt" goes on with the statement.
     */
    private static boolean closesBeforeDependent(String p, Attribution a, int attrFrom, int later, int end) {
        if (a.cueAt() + a.cue().length() > later || !reachesEnd(p, a, later) || !endsWithAttribution(p, a, attrFrom, later)) {
            return false;
        }
        List<int[]> next = Sentences.words(p, later + 1, Math.min(end, later + 40));
        if (next.size() < 2) {
            return false;
        }
        String w = p.substring(next.get(0)[0], next.get(0)[1]);
        if (w.endsWith("ing") || w.endsWith("ing,")) {
            // "adding that …", and "adding, “…”" before a quotation of its own
            String bare = Sentences.bare(w).toLowerCase(Locale.ROOT);
            return QuoteLexicon.isCue(bare) || AttributionVerbs.isParticiple(bare);
        }
        String subject = Sentences.bare(p.substring(next.get(1)[0], next.get(1)[1]));
        return MOMENT_SUBORDINATORS.contains(w) && SPEAKER_PRONOUNS.contains(subject);
    }

    /**
     * Whether {@code p[from, to)} is an adjunct without a clause: "In the early 1990s, Ruiz said,
     * when she …" opens with the time of the statement, which follows; "Weighing in on the
     * discussion, Huckabee agreed, praising …" with what the speaker was doing.
     */
    private static boolean isOpeningAdjunct(String p, int from, int to) {
        List<int[]> words = Sentences.words(p, from, to);
        if (words.isEmpty()) {
            return false;
        }
        String first = Sentences.bare(p.substring(words.get(0)[0], words.get(0)[1])).toLowerCase(Locale.ROOT);
        // "Weighing in on the discussion, Huckabee agreed, praising …": a participle's phrase, no statement
        return (QuoteLexicon.ADJUNCT_STARTS.contains(first) || first.endsWith("ing") && first.length() > 4)
                && !holdsClause(p, words, 1);
    }

    /** The last word of several ("… in May and" → "and"); empty for one word. */
    private static String lastWord(String words) {
        int space = words.lastIndexOf(' ');
        return space < 0 ? "" : words.substring(space + 1);
    }

    /** Conjunctions of a clause that tells when or how the speaker spoke: "…, she said, as she left". */
    private static final Set<String> MOMENT_SUBORDINATORS = Set.of("as", "while", "when", "before", "after");

    /** Pronouns that may stand for the speaker in the clause after the attribution. */
    private static final Set<String> SPEAKER_PRONOUNS = Set.of("he", "she", "they", "we");

    /**
     * The first comma of {@code p[from, end)} that closes a clause (see {@link #clauseComma}), or
     * -1; the search stays inside the sentence.
     */
    static int nextClauseComma(String p, int from, int end) {
        for (int c = from; c < end; c++) {
            if (p.charAt(c) == ',' && closesClause(p, c, end)) {
                return c;
            }
        }
        return -1;
    }

    /**
     * Whether the comma at {@code c} is followed, before {@code end}, by at most two closing
     * quotation marks and a space.
     */
    private static boolean closesClause(String p, int c, int end) {
        int i = c + 1;
        int quotes = 0;
        while (i < end && quotes < 2 && CLOSING_QUOTES.indexOf(p.charAt(i)) >= 0) {
            i++;
            quotes++;
        }
        return i < end && p.charAt(i) == ' ';
    }

    /**
     * The speaker of a closing attribution that ends right before the comma at {@code comma}
     * ("…,” Sanders said, suggesting …"): the attribution after the clause's previous comma and
     * its closing marks, if its words run exactly to {@code comma}; else null.
     */
    static Mention speakerBefore(String p, int from, int comma) {
        int prev = p.lastIndexOf(',', comma - 1);
        if (prev < from) {
            return null;
        }
        int close = pastQuotes(p, prev + 1);
        Attribution a = AttributionFinder.after(p, close > prev + 1 ? close : prev, false);
        return a != null && a.mention() != null && a.cue() != null && a.cueAt() > prev && a.cueAt() < comma
                && reachesEnd(p, a, comma) ? a.mention() : null;
    }

    /** The first position from {@code i} that holds no closing quotation mark. */
    private static int pastQuotes(String p, int i) {
        while (i < p.length() && CLOSING_QUOTES.indexOf(p.charAt(i)) >= 0) {
            i++;
        }
        return i;
    }

    /** Quotation marks that may close a fragment between a clause's comma and its attribution. */
    static final String CLOSING_QUOTES = "”\"’'";

    /**
     * The last comma of {@code s} at or before {@code from} that closes a clause: followed by a
     * space, or by one or two closing quotation marks and a space ("…“heartbreaking,” she said");
     * -1 when there is none.
     */
    private static int clauseComma(String s, int from) {
        for (int c = s.lastIndexOf(',', from); c >= 0; c = c == 0 ? -1 : s.lastIndexOf(',', c - 1)) {
            if (closesClause(s, c, s.length())) {
                return c;
            }
        }
        return -1;
    }

    /**
     * Whether "{@code p[ss, contentEnd)}, said …" is a name and its appositive ("Jo Roe, the
     * mayor,") and what follows the cue holds a clause of its own ("… should go"): then the cue
     * leads its statement and no speaker follows it.
     */
    private static boolean isSubjectBeforeClause(String p, int ss, int contentEnd, Attribution tail, int end) {
        Mention subject = AttributionFinder.commaSubject(p.substring(ss, contentEnd).strip());
        if (subject == null || subject.kind() != Mention.Kind.PERSON) {
            return false;
        }
        return holdsClause(p, Sentences.words(p, tail.cueAt() + tail.cue().length(), end), 0);
    }

    /** Commas tried for an attribution inside the sentence. */
    private static final int MAX_COMMAS = 8;

    /**
     * Whether a quotation opens at {@code i} (a double quotation mark or two single ones) and runs
     * to {@code end}, the sentence's end before its closing marks.
     */
    private static boolean quotationToEnd(String p, int i, int end) {
        boolean doubledSingle = p.startsWith("''", i);
        if (!doubledSingle && !startsWithQuote(p, i)) {
            return false;
        }
        for (int k = i + (doubledSingle ? 2 : 1); k < end; k++) {
            char c = p.charAt(k);
            if (c == '”' || c == '"' || doubledSingle && p.startsWith("''", k)) {
                return false;
            }
        }
        return true;
    }

    /**
     * "If the law conflicts with God's orders, Rubio said, Christians must ignore the law.": an
     * attribution set off by commas inside the statement. The content is the whole sentence.
     */
    static Found middle(String p, int ss, int end, int lastComma) {
        int tried = 0;
        for (int c = nextClauseComma(p, ss, end); c >= 0 && tried < MAX_COMMAS; c = nextClauseComma(p, c + 1, end)) {
            tried++;
            if (c == lastComma || startsWithQuote(p, ss)) {
                continue;
            }
            // past the closing quotation marks of a fragment: "They have “a plan,” he said, and …"
            int close = pastQuotes(p, c + 1);
            Attribution a = AttributionFinder.after(p, close > c + 1 ? close : c, false);
            if (a == null || a.cue() == null || a.cueAt() < 0) {
                continue;
            }
            // "The solution, the partner told them, was simple.": the cue's object pronoun goes with it
            int afterCue = pastObjectPronoun(p, a.cueAt() + a.cue().length());
            if (listItem(p, a, afterCue, end)) {
                // "the passion for cosplay, the wacky jokes, and the …", "comments, interactions,
                // emails, tweets, etc.": an item of a list, whose plural noun reads like a verb in -s
                continue;
            }
            // the statement's words on both sides: "This campaign, he says, is different."
            int after = afterCue < end ? words(p, afterCue + 1, end) : 0;
            if (afterCue < end && p.charAt(afterCue) == ',' && words(p, ss, c) + after >= MIN_CONTENT_WORDS && after > 0
                    && !quotationToEnd(p, skipSpaces(p, afterCue + 1), end) && !participleFollows(p, afterCue + 1, end)) {
                // not when a quotation is all that follows: "…, and when asked, he said, “I hope
                // not.”" introduces it ("…, he said, “we don't know” how many …" goes on)
                if (opensWithLinkAlone(p, ss, c)) {
                    // "But, as the mayor said, the levee will hold": the link word says nothing
                    return after >= MIN_CONTENT_WORDS ? new Found(skipSpaces(p, afterCue + 1), end, a) : null;
                }
                int semicolon = indexIn(p, "; ", afterCue, end);
                if (semicolon > afterCue && LeadingClause.find(p, semicolon + 2, end) != null) {
                    // "…, Zornetzer told me, would cost …; Johnson estimated that …": the statement
                    // ends where a clause with an attribution of its own opens
                    return new Found(ss, semicolon, a);
                }
                if (opensWithIndefiniteArticle(p, afterCue + 1, end) && LeadingClause.clauseLike(p, ss, c)) {
                    // "The levee will hold, Ruiz said, a claim the county disputes": a whole clause,
                    // then the writer's own appositive about it
                    return new Found(ss, c, a);
                }
                return new Found(ss, end, a);
            }
            if (a.mention() != null && (a.mention().kind() == Mention.Kind.PERSON || a.mention().kind() == Mention.Kind.TITLE_REF)
                    && !NOT_SPEAKER_STARTS.contains(firstWord(a.mention().text()))
                    && a.cueAt() <= skipSpaces(p, c + 1) && afterCue < end && p.charAt(afterCue) == ' '
                    && words(p, ss, c) >= 2 && !LeadingClause.clauseLike(p, ss, c) && !startsWithQuote(p, ss)
                    && resumesAfterSpeaker(p, a, afterCue, end)) {
                // "The paradox of Nancy, says Carl Anthony, a historian, is that …": the speaker and
                // an appositive inside the statement, whose predicate follows them
                return new Found(ss, end, a);
            }
        }
        return null;
    }

    /** Words after a list's last comma: "…, and …", "…, or …", "…, etc.". */
    private static final List<String> LIST_ENDS = List.of(", and ", ", or ", ", etc");

    /**
     * Whether the attribution {@code a} inside a sentence is an item of a list: a cue in -s other
     * than "says" (a plural noun as well), a mention of at most two words in lower case that is no
     * pronoun ("the wacky", "emails"; "…, he continues, or …" speaks), and the list's end right
     * after it.
     */
    private static boolean listItem(String p, Attribution a, int afterCue, int end) {
        String cue = a.cue();
        if (a.mention() == null || a.mention().kind() == Mention.Kind.PRONOUN || cue.indexOf(' ') >= 0
                || !cue.endsWith("s") || cue.equals("says")) {
            return false;
        }
        String m = a.mention().text();
        boolean lower = !m.isEmpty() && m.chars().noneMatch(Character::isUpperCase) && m.split(" ").length <= 2;
        if (!lower) {
            return false;
        }
        for (String e : LIST_ENDS) {
            if (p.startsWith(e, afterCue) && afterCue + e.length() <= end) {
                return true;
            }
        }
        return false;
    }

    /** Whom a cue inside a statement may address before its comma: "…, Ruiz told them, …". */
    private static final List<String> OBJECT_PRONOUNS = List.of(" them,", " us,", " me,", " him,", " her,",
            " reporters,");

    /** {@code at}, or past the object pronoun and up to its comma when one follows there. */
    private static int pastObjectPronoun(String p, int at) {
        for (String o : OBJECT_PRONOUNS) {
            if (p.startsWith(o, at)) {
                return at + o.length() - 1;
            }
        }
        return at;
    }

    /** Whether the words at {@code from} open with "a" or "an": a noun phrase, not a clause's rest. */
    private static boolean opensWithIndefiniteArticle(String p, int from, int end) {
        int s = skipSpaces(p, from);
        return s < end && (p.startsWith("a ", s) || p.startsWith("an ", s));
    }

    /** Words that open a phrase or a clause, never a speaker after an inverted cue: "continued to affirm …". */
    private static final java.util.Set<String> NOT_SPEAKER_STARTS = java.util.Set.of("to", "that", "for", "of", "in", "on",
            "with", "by", "about", "at", "from", "as");

    private static String firstWord(String text) {
        int space = text.indexOf(' ');
        return (space < 0 ? text : text.substring(0, space)).toLowerCase(Locale.ROOT);
    }

    /** How many commas after an inverted speaker may end the appositive before the statement resumes. */
    private static final int APPOSITIVE_COMMAS = 2;

    /**
     * Whether, after "says Carl Anthony" at {@code afterCue}, the statement's predicate resumes
     * within {@value #APPOSITIVE_COMMAS} commas: ", is that …", ", made a difference".
     */
    private static boolean resumesAfterSpeaker(String p, Attribution a, int afterCue, int end) {
        int at = skipSpaces(p, afterCue);
        String name = a.mention().text();
        if (!p.startsWith(name, at)) {
            return false;
        }
        int from = at + name.length();
        for (int k = 0; k < APPOSITIVE_COMMAS; k++) {
            int comma = p.indexOf(", ", from);
            if (comma < 0 || comma >= end) {
                return false;
            }
            List<int[]> next = Sentences.words(p, comma + 2, Math.min(end, comma + 40));
            if (next.isEmpty()) {
                return false;
            }
            String w = Sentences.bare(p.substring(next.get(0)[0], next.get(0)[1]));
            // an auxiliary or a past (", is that …", ", made a difference"), not a plural ("books, papers and …")
            if (ReportedSpeech.looksLikePastOrAuxiliary(w) && !QuoteLexicon.isCue(w.toLowerCase(Locale.ROOT))) {
                return words(p, comma + 2, end) >= 2;
            }
            from = comma + 2;
        }
        return false;
    }


    /**
     * Whether the words at {@code from} open with the participle of an attribution verb: "…, Spicer
     * said, adding, “…”" ends the statement at the attribution, which goes on with a participle.
     */
    private static boolean participleFollows(String p, int from, int end) {
        return LeadingClause.startsWithParticiple(p, Sentences.words(p, from, Math.min(end, from + 40)));
    }

    /** Whether {@code p[ss, c)} is one link word alone: "But", "And", "Still". */
    private static boolean opensWithLinkAlone(String p, int ss, int c) {
        String head = p.substring(ss, c).strip().toLowerCase(Locale.ROOT);
        return LeadingClause.LINKS.contains(head) || head.equals("still") || head.equals("indeed");
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
        if (!cueFirst && LeadingClause.OBJECT_CUES.contains(lastCueWord)) {
            // "…, Trump told CNN that he believed …": past the object
            while (j < next.size() && j < MAX_OBJECT_WORDS
                    && MentionParser.isNameStart(Sentences.bare(p.substring(next.get(j)[0], next.get(j)[1])))) {
                j++;
            }
            if (j < next.size() && OBJECTS.contains(Sentences.bare(p.substring(next.get(j)[0], next.get(j)[1])))) {
                // "…, the president told her.", "…, she told reporters."
                j++;
            } else if (j == 0 && j < next.size() && LeadingClause.TELL_CUES.contains(lastCueWord)
                    && DETERMINERS.contains(p.substring(next.get(j)[0], next.get(j)[1]).toLowerCase(Locale.ROOT))) {
                // "…, Carter told a Senate panel on Tuesday.", "…, a spokesman told The Wall Street
                // Journal.": a noun phrase, up to an adjunct or the end
                int k = j + 1;
                while (k < next.size() && k < MAX_OBJECT_WORDS) {
                    String w = Sentences.bare(p.substring(next.get(k)[0], next.get(k)[1]));
                    String lw = w.toLowerCase(Locale.ROOT);
                    if (w.isEmpty() || QuoteLexicon.ADJUNCT_STARTS.contains(lw) || DETERMINERS.contains(lw) || lw.equals("to")
                            || QuoteLexicon.THAT_WORDS.contains(lw)
                            || CLAUSE_STARTS.contains(lw) || ReportedSpeech.looksLikePastOrAuxiliary(lw)) {
                        break;
                    }
                    k++;
                    if (p.charAt(next.get(k - 1)[1] - 1) == ',') {
                        break;
                    }
                }
                String head = Sentences.bare(p.substring(next.get(k - 1)[0], next.get(k - 1)[1])).toLowerCase(Locale.ROOT);
                if (TOLD_THINGS.contains(head)) {
                    // "…, Johnson told a joke.": what he told is the thing, not the sentence before
                    return false;
                }
                if (k >= next.size()) {
                    return true;
                }
                String w = Sentences.bare(p.substring(next.get(k)[0], next.get(k)[1])).toLowerCase(Locale.ROOT);
                if (QuoteLexicon.ADJUNCT_STARTS.contains(w)) {
                    return adjunctOnly(p, next.get(k)[0], end);
                }
                return false;
            }
            if (j >= next.size()) {
                return true;
            }
        }
        String bare = Sentences.bare(p.substring(next.get(j)[0], next.get(j)[1]));
        String lower = bare.toLowerCase(Locale.ROOT);
        if (bare.isEmpty()) {
            return true;
        }
        if (!cueFirst && MOMENT_SUBORDINATORS.contains(lower) && !lower.equals("when")
                && AttributionVerbs.isSpeechWithClause(a.cue())
                && Sentences.count(p, next.get(j)[0], end) <= MAX_MOMENT_WORDS) {
            // "…, Susan said as she turned around and spread her cape.": when the speaker spoke
            return true;
        }
        if (lower.equals("to") && opensInfinitive(p, next, j + 1, end)) {
            // "As for the cocktails, Ruiz says to pick them with the menu in mind": the verb has
            // a complement of its own, so the words before the comma are no statement
            return false;
        }
        if (QuoteLexicon.ADJUNCT_STARTS.contains(lower)) {
            // "…, Obama said at a news conference on Monday.", never "…, Cornyn told reporters
            // this was the only chance …" or "…, CNN reported at least six planes filled the skies"
            return adjunctOnly(p, next.get(j)[0], end);
        }
        if (cueFirst && quotationAfterSpeaker(p, a, i, end)) {
            // "…, said Fiorina “was heavily involved …”": the name opens the reported clause
            return false;
        }
        // "…, said Smith.": the speaker follows a leading cue; after "Smith said" a capital opens a clause
        return cueFirst && (Character.isUpperCase(bare.charAt(0)) && !CLAUSE_STARTS.contains(lower)
                || lower.equals("the") || lower.equals("a") || lower.equals("an") || speakerEndsClause(p, a, i, end));
    }

    /**
     * Whether the words after a leading cue at {@code i} are its speaker, written in lower case
     * ("…, said former governor Ed Rendell, who …") and followed by nothing but a comma or the
     * sentence's end: a name, a role or a group, never a pronoun (which opens a clause).
     */
    private static boolean speakerEndsClause(String p, Attribution a, int i, int end) {
        Mention m = a.mention();
        int at = skipSpaces(p, i);
        if (m == null || !p.startsWith(m.text(), at)) {
            return false;
        }
        List<int[]> words = Sentences.words(m.text(), 0, m.text().length());
        boolean speaker = m.kind() == Mention.Kind.PERSON || m.kind() == Mention.Kind.TITLE_REF
                || m.kind() == Mention.Kind.GROUP && words.size() <= MAX_BARE_GROUP_WORDS;
        for (int j = 0; j < words.size(); j++) {
            // "…, said parents still want schools": a clause, however its words parse (a word
            // in -s is a verb before the last word, a plural as the last: "county engineers")
            String w = m.text().substring(words.get(j)[0], words.get(j)[1]);
            speaker &= !(j + 1 < words.size() ? looksLikeVerb(w) : looksLikePastOrAuxiliary(w));
        }
        int after = at + m.text().length();
        if (speaker && after < end && p.charAt(after) == ' ') {
            // "…, says county engineer Dana Reyes in Hartford.": the speaker, then an adjunct
            int w = skipSpaces(p, after);
            int e = w;
            while (e < end && Character.isLetter(p.charAt(e))) {
                e++;
            }
            return QuoteLexicon.ADJUNCT_STARTS.contains(p.substring(w, e)) && adjunctOnly(p, w, end);
        }
        return speaker && (after >= end || p.charAt(after) == ',');
    }

    /** Whether a quotation opens right after the speaker named after the cue that ends at {@code i}. */
    private static boolean quotationAfterSpeaker(String p, Attribution a, int i, int end) {
        Mention m = a.mention();
        int at = skipSpaces(p, i);
        if (m == null || !p.startsWith(m.text(), at)) {
            return false;
        }
        int after = skipSpaces(p, at + m.text().length());
        return after < end && "\"“„«".indexOf(p.charAt(after)) >= 0;
    }

    /** The objects of "told" a closing attribution may end with: "…, the president told her." */
    private static final java.util.Set<String> OBJECTS = java.util.Set.of("reporters", "her", "him", "them", "me",
            "us", "you");

    /** What one tells that is no listener: "told a joke", "told the story". */
    private static final java.util.Set<String> TOLD_THINGS = java.util.Set.of("joke", "jokes", "story", "stories", "lie",
            "lies", "truth", "tale", "tales", "secret", "secrets", "anecdote", "anecdotes");

    /** Determiners that open the object of "told": "told a Senate panel", "told the crowd". */
    private static final java.util.Set<String> DETERMINERS = java.util.Set.of("a", "an", "the", "his", "her", "their",
            "its", "our", "my");

    /** The most words of a group named after a leading cue in lower case: "…, said county engineers." */
    private static final int MAX_BARE_GROUP_WORDS = 3;

    /** The longest clause of the moment after a closing cue: "as she turned around and spread her cape". */
    private static final int MAX_MOMENT_WORDS = 14;

    /** The longest adjunct after a closing cue: "at a news conference in Hartford on Monday". */
    private static final int MAX_ADJUNCT_WORDS = 10;

    /**
     * Whether {@code p[from, end)} is only the cue's adjunct: short, with no subject pronoun,
     * finite verb or "that" of a clause of its own.
     */
    private static boolean adjunctOnly(String p, int from, int end) {
        List<int[]> rest = Sentences.words(p, from, end);
        return rest.size() <= MAX_ADJUNCT_WORDS && !holdsClause(p, rest, 0);
    }

    /**
     * Words that follow an infinitive's verb, not a listener's noun: its object or a particle
     * ("to pick them", "to opt for", "to find a compromise"; "said to local media" ends a listener).
     */
    private static final java.util.Set<String> VERB_FOLLOWERS = java.util.stream.Stream.concat(DETERMINERS.stream(),
            java.util.stream.Stream.of("your", "this", "these", "those", "such", "some", "any", "all", "more", "it",
                    "them", "him", "us", "me", "you", "someone", "something", "everyone", "everything", "anything",
                    "anyone", "for", "with", "up", "out", "on", "in", "into", "at", "from", "about", "over", "off",
                    "back", "down", "ahead", "away", "before", "after", "by", "as", "to", "that", "what", "how", "if",
                    "whether"))
            .collect(java.util.stream.Collectors.toUnmodifiableSet());

    /**
     * Whether word {@code j} of {@code words} after a "to" reads as an infinitive's verb: a word in
     * lower case that is no determiner, no pronoun, no plural and no group or office of whom it
     * was said to ("said to reporters", "said to his staff", "said to police"), followed by an
     * object or a particle.
     */
    private static boolean opensInfinitive(String p, List<int[]> words, int j, int end) {
        if (j >= words.size()) {
            return false;
        }
        String bare = Sentences.bare(p.substring(words.get(j)[0], words.get(j)[1]));
        if (bare.isEmpty() || !Character.isLowerCase(bare.charAt(0)) || p.charAt(words.get(j)[1] - 1) == ',') {
            return false;
        }
        if (bare.endsWith("ly")) {
            return true; // "to simply open …": an adverb before the verb
        }
        // the sentence's last word, or one with an object or a particle after it: "to vote.", "to pick them"
        boolean verbLike = j + 1 == words.size() && words.get(j)[1] >= end
                || j + 1 < words.size() && VERB_FOLLOWERS.contains(Sentences.bare(p.substring(words.get(j + 1)[0], words.get(j + 1)[1])));
        return verbLike && !DETERMINERS.contains(bare) && !OBJECTS.contains(bare) && !QuoteLexicon.THAT_WORDS.contains(bare)
                && !QuoteLexicon.GROUP_NOUNS.contains(bare) && !QuoteLexicon.ORG_WORDS.contains(bare)
                && (!bare.endsWith("s") || bare.endsWith("ss"));
    }

    /** The longest object of "told" before its clause: "told The Daily Beast that …". */
    private static final int MAX_OBJECT_WORDS = 5;

    private static boolean reachesEnd(String p, Attribution a, int end) {
        return a.cueAt() >= 0 && end - a.cueAt() < 160;
    }
}
