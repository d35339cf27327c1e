package io.github.newsparse.internal.quotes;

import static io.github.newsparse.internal.quotes.ReportedSpeech.*;

import io.github.newsparse.internal.quotes.AttributionVerbs.Entry;
import io.github.newsparse.internal.quotes.AttributionVerbs.Form;
import io.github.newsparse.internal.quotes.ReportedSpeech.Found;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A source that goes on after its statement with a participle of attribution: "…, Ruiz said,
 * adding that the levee will hold", "Ruiz defended the plan, arguing that it saves money",
 * "“…,” she said, referring to the mayor". The participle's content is a second statement of the
 * same source.
 */
final class ParticipleClause {

    private ParticipleClause() {
    }

    /** Adverbs between the comma and the participle: "…, then adding that …". */
    private static final Set<String> ADVERBS = Set.of("also", "then", "later", "again", "even", "repeatedly", "has",
            "had", "have");

    /** Commas tried in one stretch: keeps a sentence of many commas linear. */
    private static final int MAX_COMMAS = 4;

    /**
     * The clause of {@code speaker} that goes on in {@code p[from, end)}: a participle after one of
     * the first commas ("…, adding that …") or a finite verb after "and" ("… and accused him of
     * lying"), or null.
     */
    static Found after(String p, int from, int end, Mention speaker) {
        int tried = 0;
        for (int i = from; i < end && tried < MAX_COMMAS; i++) {
            char c = p.charAt(i);
            if (c != ',' && c != ' ') {
                continue;
            }
            Found f = null;
            if (p.startsWith(", and ", i)) {
                tried++;
                f = at(p, i + 6, end, speaker, FINITE);
            } else if (p.startsWith(" and ", i)) {
                tried++;
                // "… the levee, which is ten feet high and considered a marvel": the verb is the
                // relative clause's, not the speaker's
                f = LeadingClause.insideThingsRelative(p, from, i, speaker) ? null : at(p, i + 5, end, speaker, FINITE);
            } else if (p.startsWith(", ", i)) {
                tried++;
                f = isListItem(p, i + 2, end) || afterGerundItem(p, from, i) ? null : at(p, i + 2, end, speaker, PARTICIPLE);
            } else if (c == ' ' && commaBeforeClosingQuotes(p, i) && opensWithIng(p, i + 1, end)) {
                // "… the system was “corrupt,” noting that …": the comma inside the quotation's
                // marks (tried only before a word in -ing: "“…,” he said, adding …" reads on)
                tried++;
                f = isListItem(p, i + 1, end) ? null : at(p, i + 1, end, speaker, PARTICIPLE);
            } else if (c == ' ' && startsWithLead(p, i + 1)) {
                // "… told reporters before insisting he had …", "… by citing his results"
                tried++;
                f = at(p, i + 1, end, speaker, PARTICIPLE);
            }
            if (f != null) {
                return f;
            }
        }
        return null;
    }

    /** Whether the word at {@code i} (before {@code end}) ends in "ing". */
    private static boolean opensWithIng(String p, int i, int end) {
        int e = i;
        while (e < end && p.charAt(e) != ' ') {
            e++;
        }
        return e - i > 4 && p.startsWith("ing", e - 3);
    }

    /**
     * Whether one or two closing quotation marks right before {@code i} follow a comma ({@code ,” }):
     * the statement before may end with them.
     */
    private static boolean commaBeforeClosingQuotes(String p, int i) {
        int j = i - 1;
        // the closing marks a closing attribution skips, and a guillemet
        while (j > 0 && j >= i - 2 && (ClosingAttribution.CLOSING_QUOTES.indexOf(p.charAt(j)) >= 0 || p.charAt(j) == '»')) {
            j--;
        }
        return j < i - 1 && p.charAt(j) == ',';
    }

    /** Words that open a list of examples before its first item: "such as canceling …". */
    private static final List<String> LIST_OPENERS = List.of("such as ", "including ", "like ", "and ", "or ");

    /** The most characters read back for the item before a comma. */
    private static final int MAX_ITEM_CHARS = 120;

    /**
     * Whether the stretch before the comma at {@code comma} (back to the comma before it, or to
     * {@code from}) opens with a word in -ing: "such as canceling the ticket, refusing to let …"
     * lists actions, and the word after the comma is the next of them, no participle of the source.
     */
    private static boolean afterGerundItem(String p, int from, int comma) {
        if (comma <= from) {
            return false; // no item before the comma
        }
        int floor = Math.max(from, comma - MAX_ITEM_CHARS);
        int s = comma - 1;
        while (s > floor && p.charAt(s) != ',') {
            s--;
        }
        s = p.charAt(s) == ',' ? s + 1 : s;
        while (s < comma && p.charAt(s) == ' ') {
            s++;
        }
        for (String opener : LIST_OPENERS) {
            if (p.startsWith(opener, s)) {
                s += opener.length();
                break;
            }
        }
        int e = s;
        while (e < comma && Character.isLetter(p.charAt(e))) {
            e++;
        }
        return e - s > 4 && p.startsWith("ing", e - 3) && e < comma && p.charAt(e) == ' ';
    }

    /**
     * Whether the word at {@code i} is an item of a list rather than a participle's clause: a
     * comma right after it and no quotation after the comma ("data preparation, reporting, and
     * visualization", "arts, writing, sports"; "saying, “…”" opens a quotation), or "and" after
     * it ("adding and subtracting cubes").
     */
    private static boolean isListItem(String p, int i, int end) {
        int e = i;
        while (e < end && p.charAt(e) != ' ') {
            e++;
        }
        if (e - 1 <= i) {
            return false;
        }
        int next = e;
        while (next < end && p.charAt(next) == ' ') {
            next++;
        }
        if (p.charAt(e - 1) != ',') {
            // "adding and subtracting cubes": two participles of an activity
            return p.startsWith("and ", next) || p.startsWith("or ", next);
        }
        return next < end && "“\"«„‘'".indexOf(p.charAt(next)) < 0;
    }

    /** Conjunctions of time and manner before a participle: "before insisting", "by citing". */
    private static final Set<String> LEADS = Set.of("before", "after", "while", "by");

    /** {@link #LEADS} with the space after them, as a scan compares them. */
    private static final List<String> LEADS_AND_SPACE = LEADS.stream().map(l -> l + " ").toList();

    private static boolean startsWithLead(String p, int i) {
        for (String lead : LEADS_AND_SPACE) {
            if (p.startsWith(lead, i)) {
                return true;
            }
        }
        return false;
    }

    private static final Set<Form> PARTICIPLE = Set.of(Form.PARTICIPLE);
    private static final Set<Form> FINITE = Set.of(Form.PAST, Form.THIRD_PERSON);

    /** The clause of a participle that starts at {@code i} ("Citing …", "adding that …"), or null. */
    static Found participleAt(String p, int i, int end, Mention speaker) {
        return at(p, i, end, speaker, PARTICIPLE);
    }

    /** The clause whose verb (or adverb) of one of {@code forms} starts at {@code i}, or null. */
    static Found at(String p, int i, int end, Mention speaker, Set<Form> forms) {
        List<int[]> words = Sentences.words(p, i, end);
        if (words.size() < 2) {
            return null;
        }
        int k = ADVERBS.contains(lower(p, words.get(0))) || forms == PARTICIPLE && LEADS.contains(lower(p, words.get(0))) ? 1 : 0;
        String w = Sentences.bare(lower(p, words.get(k)));
        for (Entry e : AttributionVerbs.startingWith(w)) {
            if (!forms.contains(e.form()) || !matches(p, words, k, e)
                    || e.form() == Form.THIRD_PERSON && speaker != null && speaker.takesBaseForm()) {
                // "I totally understand, and thanks for reading": "thanks" is no verb of "I"
                continue;
            }
            int c = VerbAttribution.contentStart(p, words, k, k + e.words().length - 1, e);
            if (c < 0 || startsWithQuote(p, c) && !LeadingClause.followsThat(p, c) && !LeadingClause.fragmentOpens(p, c, end)
                    || !VerbAttribution.opensContent(p, c) || VerbAttribution.objectSense(p, c, end, e)) {
                // "… and maintains a wide customer base": a verb of saying in a thing's sense;
                // "…, adding, “…”" introduces a direct quote, while "adding that “…”" reports it
                return null;
            }
            int close = -1;
            if (startsWithQuote(p, c) && !LeadingClause.fragmentOpens(p, c, end)) {
                // the statement is the quotation's words, without its marks
                c++;
                close = closingMark(p, c, end);
            }
            int ce = VerbAttribution.contentEnd(p, c, close >= 0 ? close : end);
            while (close >= 0 && ce > c && ",.;:".indexOf(p.charAt(ce - 1)) >= 0) {
                ce--;
            }
            if (words(p, c, ce) < 2 || VerbAttribution.namesNothing(p, c, ce, e)) {
                return null;
            }
            String cue = p.substring(words.get(k)[0], words.get(k + e.words().length - 1)[1]);
            return new Found(c, ce, new Attribution(speaker, AttributionFinder.stripEndPunctuation(cue), words.get(k)[0]));
        }
        return null;
    }

    /** Where the quotation open before {@code from} closes, before {@code end}; or -1. */
    private static int closingMark(String p, int from, int end) {
        for (int i = from; i < end; i++) {
            char ch = p.charAt(i);
            if (ch == '”' || ch == '"' || ch == '»') {
                return i;
            }
        }
        return -1;
    }

    private static boolean matches(String p, List<int[]> words, int k, Entry e) {
        if (k + e.words().length > words.size()) {
            return false;
        }
        for (int j = 0; j < e.words().length; j++) {
            if (!Sentences.bare(lower(p, words.get(k + j))).equals(e.words()[j])) {
                return false;
            }
        }
        return true;
    }

    private static String lower(String p, int[] w) {
        return p.substring(w[0], w[1]).toLowerCase(Locale.ROOT);
    }
}
