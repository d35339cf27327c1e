package io.github.newsparse.internal.quotes;

import io.github.newsparse.internal.quotes.ReportedSpeech.Found;
import java.util.List;
import java.util.Locale;

/**
 * An absolute clause of "with" whose participle attributes: "The race tightened, with polls
 * showing Clinton ahead", "…, with Senator McCain telling reporters he viewed Obama as
 * responsible". The noun phrase between "with" and the participle is the participle's source.
 */
final class AbsoluteClause {

    private AbsoluteClause() {
    }

    /** What opens the clause: "with" after a comma or a dash, or joined by "and". */
    private static final List<String> OPENERS = List.of(", with ", " — with ", " – with ", ", and with ");

    /** Words between the participle and its statement: "telling reporters that …". */
    private static final int MAX_WORDS_BEFORE_CONTENT = 3;

    /** Words of the noun phrase between "with" and its participle. */
    private static final int MAX_SUBJECT_WORDS = 10;

    /**
     * Where the first absolute clause opens in {@code p[from, end)}: the index of its opener (the
     * comma or dash before "with"), or -1.
     */
    static int opening(String p, int from, int end) {
        if (ReportedSpeech.indexIn(p, "with ", from, end) < 0) {
            return -1; // most sentences: one scan, not one per opener
        }
        int best = -1;
        for (String opener : OPENERS) {
            int at = ReportedSpeech.indexIn(p, opener, from, end);
            if (at >= 0 && (best < 0 || at < best)) {
                best = at;
            }
        }
        return best;
    }

    /**
     * The statement of the absolute clause whose opener stands at {@code opening}, ending by
     * {@code end}; null when the words after "with" are no noun phrase and a participle of
     * attribution.
     */
    static Found at(String p, int opening, int end) {
        int with = p.indexOf("with ", opening);
        List<int[]> words = Sentences.words(p, with + 5, end);
        int limit = Math.min(words.size() - 1, MAX_SUBJECT_WORDS + 1);
        for (int j = 1; j < limit; j++) {
            int[] w = words.get(j);
            String lower = Sentences.bare(p.substring(w[0], w[1]).toLowerCase(Locale.ROOT));
            if (AttributionVerbs.isParticiple(lower) && Character.isLetter(p.charAt(w[1] - 1))) {
                String before = lower(p, words.get(j - 1));
                // "with Cruz repeatedly calling Trump his friend": the adverb is no part of the subject
                int subjectEnd = words.get(j > 1 && before.endsWith("ly") ? j - 2 : j - 1)[1];
                if (",;:—–(".indexOf(p.charAt(subjectEnd - 1)) >= 0 || before.equals("or") || before.equals("and")) {
                    // "with some recipes incomplete or calling for …": no noun phrase before the participle
                    return null;
                }
                Mention source = MentionParser.parse(p.substring(words.get(0)[0], subjectEnd));
                Found f = source == null ? null : ParticipleClause.participleAt(p, w[0], end, source);
                if (f == null) {
                    return null;
                }
                if (ReportedSpeech.words(p, w[1], f.start()) > MAX_WORDS_BEFORE_CONTENT) {
                    // "with the average gas bill adding another $69 to that—an amount that adds up …":
                    // a "that" far after the participle is a relative pronoun, not the statement's
                    return null;
                }
                int ce = conjunctEnd(p, f.start(), f.end());
                if (AttributionVerbs.complementOf(f.attribution().cue()) == AttributionVerbs.Complement.CLAUSE
                        && !LeadingClause.followsThat(p, f.start())
                        && !LeadingClause.clauseLike(p, f.start(), ce)) {
                    // "with the average gas bill adding another $69": no clause, so no statement
                    return null;
                }
                return new Found(f.start(), ce, f.attribution());
            }
            if (hasAny(p, w[0], w[1], ",;:()—–\"“”")) {
                // "with Hillary Clinton — who's called for … — lambasting …": no plain noun phrase
                return null;
            }
        }
        return null;
    }

    /** Words of a second noun phrase before its participle: "and Senator Bernie Sanders pressing …". */
    private static final int MAX_CONJUNCT_WORDS = 6;

    /**
     * Where the content {@code p[start, end)} of an absolute clause ends: before a second clause of
     * the same shape joined by "and" ("…, with each candidate questioning the other's fitness and
     * Senator Sanders pressing his attack") or before a participle after a comma ("…, with Cruz
     * calling Trump his friend, meeting with him …"); else {@code end}.
     */
    static int conjunctEnd(String p, int start, int end) {
        List<int[]> words = Sentences.words(p, start, end);
        for (int i = 1; i < words.size(); i++) {
            int[] w = words.get(i);
            boolean and = p.startsWith("and ", w[0]);
            boolean comma = p.charAt(words.get(i - 1)[1] - 1) == ',';
            if (!and && !comma) {
                continue;
            }
            int from = and ? i + 1 : i;
            for (int j = from; j < Math.min(words.size(), from + MAX_CONJUNCT_WORDS + 1); j++) {
                String lower = lower(p, words.get(j));
                if ((j > from || !and) && lower.endsWith("ing") && Character.isLowerCase(p.charAt(words.get(j)[0]))) {
                    int cut = and ? w[0] : words.get(i - 1)[1] - 1;
                    while (cut > start && p.charAt(cut - 1) == ' ') {
                        cut--;
                    }
                    return cut;
                }
                if (hasAny(p, words.get(j)[0], words.get(j)[1], ",;:()—–\"“”") || !and && j == from) {
                    break;
                }
            }
        }
        return end;
    }

    private static boolean hasAny(String p, int from, int to, String chars) {
        for (int i = from; i < to; i++) {
            if (chars.indexOf(p.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }

    private static String lower(String p, int[] w) {
        return p.substring(w[0], w[1]).toLowerCase(Locale.ROOT);
    }
}
