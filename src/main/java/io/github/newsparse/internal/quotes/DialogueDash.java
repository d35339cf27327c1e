package io.github.newsparse.internal.quotes;

import io.github.newsparse.internal.quotes.ReportedSpeech.Found;
import java.util.ArrayList;
import java.util.List;

/**
 * Speech marked by dashes, as Spanish and French print dialogue: "—No sé qué pasará —dijo
 * Ruiz—. Pero estamos listos." A paragraph that opens with a dash is speech when an aside inside
 * it ("—dijo Ruiz—") names who speaks; the words before the aside and after it are two quotes of
 * that speaker.
 */
final class DialogueDash {

    private DialogueDash() {
    }

    /** Longest aside, in characters: "—dijo la alcaldesa de Valencia, Ana Ruiz—". */
    private static final int MAX_ASIDE = 160;

    static List<Found> find(String p) {
        int start = 0;
        while (start < p.length() && p.charAt(start) == ' ') {
            start++;
        }
        if (start >= p.length() || !isDash(p.charAt(start))) {
            return List.of();
        }
        int from = start + 1;
        while (from < p.length() && p.charAt(from) == ' ') {
            from++;
        }
        int aside = -1;
        for (int i = from + 1; i < p.length(); i++) {
            if (isDash(p.charAt(i)) && p.charAt(i - 1) == ' ') {
                aside = i;
                break;
            }
        }
        if (aside < 0) {
            return List.of();
        }
        int asideEnd = aside + 1;
        while (asideEnd < p.length() && asideEnd - aside < MAX_ASIDE && !isDash(p.charAt(asideEnd))
                && !Sentences.isEnd(p, asideEnd)) {
            asideEnd++;
        }
        if (asideEnd - aside >= MAX_ASIDE) {
            return List.of();
        }
        Attribution a = attribution(p, aside + 1, asideEnd);
        int firstEnd = aside - 1;
        while (firstEnd > from && p.charAt(firstEnd - 1) == ' ') {
            firstEnd--;
        }
        if (a == null || Sentences.count(p, from, firstEnd) == 0) {
            return List.of();
        }
        List<Found> out = new ArrayList<>();
        out.add(new Found(from, firstEnd, a));
        if (asideEnd < p.length() && isDash(p.charAt(asideEnd))) {
            int rest = asideEnd + 1;
            while (rest < p.length() && (p.charAt(rest) == ' ' || p.charAt(rest) == '.' || p.charAt(rest) == ',')) {
                rest++;
            }
            if (Sentences.count(p, rest, p.length()) >= 2) {
                out.add(new Found(rest, p.length(), a));
            }
        }
        return out;
    }

    /** "dijo Ruiz", "a déclaré la maire": a cue, then who speaks. */
    private static Attribution attribution(String p, int from, int end) {
        List<int[]> words = Sentences.words(p, from, end);
        if (words.size() < 2) {
            return null;
        }
        int k = 0;
        String first = Sentences.bare(p.substring(words.get(0)[0], words.get(0)[1])).toLowerCase(java.util.Locale.ROOT);
        if (QuoteLexicon.PAST_AUXILIARIES.contains(first)) {
            k = 1;
        }
        String cue = Sentences.bare(p.substring(words.get(k)[0], words.get(k)[1]));
        if (!QuoteLexicon.isCue(cue) || k + 1 >= words.size()) {
            return null;
        }
        String np = AttributionFinder.stripEndPunctuation(p.substring(words.get(k + 1)[0], words.get(words.size() - 1)[1]));
        Mention m = MentionParser.parse(np);
        return m == null ? null : new Attribution(m, p.substring(words.get(0)[0], words.get(k)[1]), words.get(0)[0]);
    }

    private static boolean isDash(char c) {
        return c == '—' || c == '―' || c == '–';
    }
}
