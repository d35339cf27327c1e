package io.github.newsparse.internal.quotes;

import static io.github.newsparse.internal.quotes.ReportedSpeech.MIN_CONTENT_WORDS;
import static io.github.newsparse.internal.quotes.ReportedSpeech.startsWithQuote;
import static io.github.newsparse.internal.quotes.ReportedSpeech.words;

import io.github.newsparse.internal.quotes.ReportedSpeech.Found;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A statement reported through someone who quoted it: "Ruiz was quoted as saying (that) …", "was
 * quoted by the Courant as saying …", "the newspaper quoted the mayor as saying …". The person
 * quoted said the clause; whoever quoted them is no speaker.
 */
final class QuotedAsSaying {

    private QuotedAsSaying() {
    }

    /** Forms of "quote" that open the shape. */
    private static final Set<String> QUOTE_FORMS = Set.of("quoted", "quotes", "quote");

    /** Forms of "be" before a passive "quoted". */
    private static final Set<String> BE_FORMS = Set.of("was", "were", "is", "are", "been", "be");

    /** Auxiliaries before "been": "has been quoted". */
    private static final Set<String> PERFECT = Set.of("has", "have", "had");

    /** How many words may stand between "quoted" and "as saying" ("quoted an unnamed official as saying"). */
    private static final int MAX_BETWEEN = 6;

    /** The statement of the sentence {@code p[ss, end)} with its words, or null when it has no such shape. */
    static Found find(String p, int ss, int end, List<int[]> words) {
        for (int k = 2; k < words.size(); k++) {
            // a cheap look at the word's letters first: most sentences have no "as saying"
            if (!p.regionMatches(true, words.get(k)[0], "saying", 0, 6) || !lower(p, words, k).equals("saying")
                    || !lower(p, words, k - 1).equals("as")) {
                continue;
            }
            int q = -1;
            for (int j = k - 2; j >= Math.max(0, k - 2 - MAX_BETWEEN); j--) {
                if (QUOTE_FORMS.contains(lower(p, words, j))) {
                    q = j;
                    break;
                }
            }
            if (q < 0) {
                continue;
            }
            int c = LeadingClause.contentStart(p, words, k, "saying");
            if (c < 0 || words(p, c, end) < MIN_CONTENT_WORDS || startsWithQuote(p, c) && !LeadingClause.followsThat(p, c)) {
                // "was quoted as saying, “…”": a direct quote, found with its marks
                return null;
            }
            Mention m;
            int cueAt;
            if (q >= 1 && BE_FORMS.contains(lower(p, words, q - 1))) {
                // passive: the subject before "was quoted" is the one quoted
                int a = q - 1;
                if (a >= 1 && lower(p, words, a).equals("been") && PERFECT.contains(lower(p, words, a - 1))) {
                    a--;
                }
                int from = AttributionFinder.clauseStart(p, words, a);
                m = from < a ? MentionParser.parse(AttributionFinder.stripEndPunctuation(
                        p.substring(words.get(from)[0], words.get(a - 1)[1]))) : null;
                cueAt = words.get(a)[0];
            } else if (q + 1 < k - 1) {
                // active: "quoted the president as saying": the object is the one quoted
                m = MentionParser.parse(p.substring(words.get(q + 1)[0], words.get(k - 2)[1]));
                cueAt = words.get(q)[0];
            } else {
                m = null;
                cueAt = -1;
            }
            if (m == null || m.kind() == Mention.Kind.DESCRIBED) {
                return null;
            }
            int e = LeadingClause.clauseEnd(p, c, end);
            return new Found(c, e, new Attribution(m, p.substring(cueAt, words.get(k)[1]), cueAt));
        }
        return null;
    }

    private static String lower(String p, List<int[]> words, int k) {
        return Sentences.bare(p.substring(words.get(k)[0], words.get(k)[1])).toLowerCase(Locale.ROOT);
    }
}
