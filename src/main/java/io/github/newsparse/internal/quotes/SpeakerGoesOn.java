package io.github.newsparse.internal.quotes;

import io.github.newsparse.CueType;
import io.github.newsparse.internal.quotes.AttributionVerbs.Entry;
import io.github.newsparse.internal.quotes.AttributionVerbs.Form;
import java.util.Locale;
import java.util.Set;

/**
 * Where the source of a reported clause goes on with a verb of its own, ending the clause:
 * "said the plan works <b>and defended</b> it", "…<b>, but has called for</b> …", "…<b>, and she
 * accused</b> …", "…<b>, calling</b> it a mistake".
 */
final class SpeakerGoesOn {

    private SpeakerGoesOn() {
    }

    private static final String[] CONJUNCTIONS = {" and ", ", and ", " but ", ", but "};

    /** Subject pronouns that open a clause of their own after "and". */
    private static final Set<String> PRONOUNS = Set.of("he", "she", "they", "we");

    /** Forms of "do" before "not" and a base form: "but did not recommend". */
    private static final Set<String> DO_FORMS = Set.of("did", "does");

    /** Words between "and" and the verb: "and has called for", "and then told". */
    private static final Set<String> BETWEEN = Set.of("has", "have", "had", "also", "then", "later", "even",
            "repeatedly", "again", "will", "would");

    /**
     * Whether a clause of the source's own starts at {@code at} (a space or a comma) before
     * {@code end}. {@code pronounSubject} tells that the reported clause opens with a subject
     * pronoun, whose own second verb of thought goes on with it: "said she was tired of it <b>and
     * wanted</b> someone new", "said she could not support him <b>but understood</b> why". After
     * " and " a pronoun ends the clause only with a verb of attribution ("… and she accused …");
     * without one, {@link #andPronounAt} leaves the choice to what came before.
     */
    static boolean at(String p, int at, int end, boolean pronounSubject) {
        if (p.startsWith(", ", at)) {
            Entry e = verb(p, at + 2, end);
            if (e != null && e.form() == Form.PARTICIPLE) {
                // "…, calling it a mistake": a participle of attribution
                return true;
            }
        }
        for (String conj : CONJUNCTIONS) {
            if (!p.startsWith(conj, at)) {
                continue;
            }
            int i = at + conj.length();
            String w = word(p, i, end);
            boolean pronoun = PRONOUNS.contains(w);
            if (pronoun && !conj.equals(" and ")) {
                return true; // "…, and she …", "… but he …": the writer goes on about the source
            }
            if (pronoun) {
                i += w.length() + 1;
                w = word(p, i, end);
            }
            if (BETWEEN.contains(w)) {
                i += w.length() + 1;
            }
            if (!pronoun && DO_FORMS.contains(w)) {
                // "…, but did not recommend that …", "… but does not name any": the base form after
                // "did not" is a finite verb of the source's too
                int not = i + w.length() + 1;
                Entry base = word(p, not, end).equals("not") ? verb(p, not + "not ".length(), end) : null;
                return base != null && base.form() == Form.BASE && base.type() != CueType.EVIDENCE;
            }
            Entry e = verb(p, i, end);
            if (pronoun) {
                // "… and she accused …": a verb of attribution after the pronoun ends the clause
                return e != null && (e.form() == Form.PAST || e.form() == Form.THIRD_PERSON || e.form() == Form.BASE);
            }
            if (pronounSubject && e != null && e.type() != CueType.SPEECH && conj.charAt(0) == ' ') {
                return false;
            }
            return e != null && (e.form() == Form.PAST || e.form() == Form.THIRD_PERSON);
        }
        return false;
    }

    /**
     * Whether " and " and a subject pronoun start at {@code at}: after a reported clause the
     * pronoun's clause goes on with what was said ("said the system is complex and he can win"),
     * after an object or an infinitive it is the writer's ("asked about adding WebDAV and he let me
     * know …").
     */
    static boolean andPronounAt(String p, int at, int end) {
        return p.startsWith(" and ", at) && PRONOUNS.contains(word(p, at + 5, end));
    }

    /** The attribution verb whose first word starts at {@code i}, or null. */
    private static Entry verb(String p, int i, int end) {
        String w = word(p, i, end);
        // longest first: the first form whose words all follow ("making it clear", never "making" alone)
        for (Entry e : AttributionVerbs.startingWith(w)) {
            if (followedBy(p, i + w.length(), end, e.words())) {
                return e;
            }
        }
        return null;
    }

    /** Whether {@code words[1..]} follow at {@code i}, each after one space. */
    private static boolean followedBy(String p, int i, int end, String[] words) {
        int at = i;
        for (int k = 1; k < words.length; k++) {
            if (at >= end || p.charAt(at) != ' ') {
                return false;
            }
            String next = word(p, at + 1, end);
            if (!next.equals(words[k])) {
                return false;
            }
            at += 1 + next.length();
        }
        return true;
    }

    private static String word(String p, int i, int end) {
        int e = i;
        while (e < end && Character.isLetter(p.charAt(e))) {
            e++;
        }
        return i >= end ? "" : p.substring(i, e).toLowerCase(Locale.ROOT);
    }
}
