package io.github.newsparse.internal.quotes;

import io.github.newsparse.Quote;
import io.github.newsparse.QuoteKind;
import io.github.newsparse.Span;
import io.github.newsparse.Speaker;
import io.github.newsparse.internal.Page;
import io.github.newsparse.internal.Part;
import io.github.newsparse.internal.text.Words;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Finds direct quotes and reported speech in the body, and who said them.
 *
 * <p>A quoted span is speech only when something attributes it: a cue next to it, the
 * attribution of the quote before it in the same paragraph (split quotes), or the quote that
 * ends the previous paragraph (a quote-only paragraph continues it). Short quoted terms with no
 * cue — nicknames, titles of works, scare quotes — and quoted fragments inside a sentence ("has
 * “always run a lean campaign”") are not direct quotes; the latter are part of the reported
 * statement around them.
 */
public final class QuoteFinder {

    /**
     * Fewest words of a paragraph-opening quote with no attribution anywhere that still counts as
     * speech (its speaker unknown): block quotes of statements and documents.
     */
    private static final int MIN_ORPHAN_WORDS = 8;
    /** A split quote's first part this short is an address ("Judge,") that opens the next part. */
    private static final int VOCATIVE_WORDS = 2;
    private static final int MIN_INHERITED_WORDS = 2;
    /** A quote that opens a paragraph takes the previous paragraph's speaker from this many words. */
    private static final int MIN_CARRIED_WORDS = 4;

    /** How far back from a quote its sentence's start is looked for. */
    private static final int MAX_SENTENCE_LOOKBACK = 400;

    private QuoteFinder() {
    }

    /** The quotes in text order and the speakers in order of first quote. */
    public record Result(List<Quote> quotes, List<Speaker> speakers) {
    }

    /** One quote before speakers are resolved. */
    private record Candidate(int paragraph, Part part, int start, int end, QuoteKind kind, Attribution attribution,
                             boolean inherited) {
    }

    public static Result find(String input, List<Part> body, Page page) {
        NameEvidence names = NameEvidence.of(body);
        return PageNames.with(names, () -> find(input, body, names));
    }

    private static Result find(String input, List<Part> body, NameEvidence names) {
        SpeakerRegistry registry = new SpeakerRegistry();
        for (int i = 0; i < body.size(); i++) {
            registry.learn(body.get(i).text(), i);
        }
        List<Candidate> candidates = new ArrayList<>();
        List<Attribution> lineLabels = lineLabels(body);
        java.util.Map<String, Integer> labels = transcriptLabels(lineLabels);
        boolean transcript = countTranscriptLines(lineLabels, labels, names) >= MIN_TRANSCRIPT_LINES;
        Attribution carried = null;
        for (int pi = 0; pi < body.size(); pi++) {
            int before = candidates.size();
            carried = paragraph(body.get(pi), pi, carried, candidates, transcript);
            if (transcript && noDirectQuote(candidates, before)) {
                // "LOPEZ: The campaign has said it will debate …": the line is Lopez's, the
                // reported statement inside it stays
                transcriptLine(body.get(pi), pi, candidates, labels, names);
            }
            signedBelow(body, pi, candidates, before, names);
        }
        headedByName(input, body, candidates, names);
        candidates = sane(candidates, names, labelledLines(body));
        candidates.sort(Comparator.comparingInt(Candidate::paragraph).thenComparingInt(Candidate::start));
        // one statement found twice (by the attributions of a quote and of a quote nested in it)
        // is one quote: the first found
        List<Candidate> once = new ArrayList<>(candidates.size());
        for (Candidate c : candidates) {
            Candidate prev = once.isEmpty() ? null : once.get(once.size() - 1);
            if (prev == null || prev.paragraph() != c.paragraph() || prev.start() != c.start()
                    || prev.end() != c.end()) {
                once.add(c);
            }
        }
        return build(input, once, registry);
    }

    /**
     * Keeps only speakers the whole text supports: a one-word name that the text writes in lower
     * case elsewhere and never capitalised inside a sentence is a common word ("Cost estimates …",
     * "There, saying …" name nobody), and a
     * "Label: statement" line must name a speaker the text mentions again and be the only such
     * line (a run of them is a list of labels: "Compatibility: …", "Cost: …") unless its speaker
     * takes the floor again, as in a transcript ("Lopez: …", "Hart: …", "Lopez: …"). A reported
     * statement without a sane source is dropped; a direct quote keeps its words, unattributed.
     */
    private static List<Candidate> sane(List<Candidate> candidates, NameEvidence names, int labelledLines) {
        int candidateLabels = 0;
        java.util.Map<String, Integer> bySpeaker = new java.util.HashMap<>();
        for (Candidate c : candidates) {
            if (c.kind() == QuoteKind.INDIRECT && c.attribution() != null && ":".equals(c.attribution().cue())) {
                candidateLabels++;
                if (c.attribution().mention() != null) {
                    bySpeaker.merge(labelSpeaker(c.attribution().mention().text()), 1, Integer::sum);
                }
            }
        }
        // a page whose lines open with labels ("Diagnostic imaging: …", "Data silos: …", "EHRs: …")
        // is a list of them, whether or not the labels read as names
        int labels = Math.max(candidateLabels, labelledLines >= MIN_LABELLED_LINES ? labelledLines : 0);
        // a conversation gives the floor to the same few speakers again and again; when most of
        // the labels open one line only, the lines are a list's entries ("YouTube Live: …",
        // "Twitch: …", "Kick: …"), even those whose label comes twice
        int once = 0;
        for (int n : bySpeaker.values()) {
            once += n == 1 ? 1 : 0;
        }
        boolean listOfLabels = once * 2 > bySpeaker.size();
        List<Candidate> out = new ArrayList<>(candidates.size());
        for (Candidate c : candidates) {
            Attribution a = c.attribution();
            Mention m = a == null ? null : a.mention();
            boolean oneWord = m != null && m.kind() == Mention.Kind.PERSON && m.name() != null && m.title() == null
                    && m.name().indexOf(' ') < 0 && !isSourceNoun(m.name());
            // "Personal attacks, …", "Unfilled orders fell …": a word only capitalised where it opens
            // a sentence, before a verb in -s that is a plural noun, is the modifier of that noun,
            // not a name
            boolean unknownName = oneWord && (names.isCommonWord(m.name())
                    || nounBeforePlural(m, a, names) && predicateAfterCue(c.part().text(), a)
                    || opensInstruction(m, a, c.part().text(), names)
                    // "Should you not remember …, it begins:": a cue that cannot be a verb
                    || !readsAsVerb(a.cue()) && !shownAsName(m.name(), names)
                    // "Videre forteller Damli, at …": where the verb comes second, the word before it
                    // may be an adverb, the subject after it; a word the page shows as no name does not
                    // speak then
                    || isForeignCue(a.cue()) && !shownAsName(m.name(), names) && capitalAfterCue(c.part().text(), a));
            // a transcript gives the floor to the same speakers in turn ("Lopez: …", "Hart: …", "Lopez: …")
            // ... and a list's "Label: description" lines are no transcript: "Twitch: Best for gamers",
            // "Max Brew: 96 ounces / 12 cups" say nothing a speaker would (no subject, no verb)
            boolean label = c.kind() == QuoteKind.INDIRECT && a != null && ":".equals(a.cue()) && m != null
                    && (labels > 1 && (bySpeaker.getOrDefault(labelSpeaker(m.text()), 0) < 2 || listOfLabels)
                        || !names.recurs(m.text())
                        || !personEvidence(m, names) || isFieldWord(m.text(), names)
                        || labels > 1 && !LeadingClause.clauseLike(c.part().text(), c.start(), c.end()));
            // "…, as they say, unpacked", "as they say in Texas": a saying, nobody's statement
            label |= m != null && isSaying(c.part().text(), a);
            if (holdsPredicate(m) && !unknownName && !label) {
                // "Certifications are documents indicating …", "Clinton is hoping voters see …": a
                // clause read as the source; the statement stays, with its cue and no speaker
                out.add(new Candidate(c.paragraph(), c.part(), c.start(), c.end(), c.kind(),
                        new Attribution(null, a.cue(), a.cueAt()), c.inherited()));
            } else if (!unknownName && !label) {
                out.add(c);
            } else if (c.kind() == QuoteKind.DIRECT) {
                out.add(new Candidate(c.paragraph(), c.part(), c.start(), c.end(), c.kind(), null, c.inherited()));
            }
        }
        return out;
    }

    /**
     * Whether the attribution {@code a} in {@code text} is "as they say", which quotes a saying ("as
     * they said" reports what people said), or "as the name suggests", which reads a name.
     */
    private static boolean isSaying(String text, Attribution a) {
        String mention = a.mention().text();
        String cue = a.cue() == null ? "" : a.cue().toLowerCase(java.util.Locale.ROOT);
        String as = "as " + mention + " ";
        boolean idiom = mention.equalsIgnoreCase("they") && cue.equals("say")
                || NAME_WORDS.contains(lastWord(mention).toLowerCase(java.util.Locale.ROOT)) && NAME_CUES.contains(cue);
        return idiom && a.cueAt() >= as.length() && text.regionMatches(true, a.cueAt() - as.length(), as, 0, as.length());
    }

    /** What "as the name suggests" reads: a name or a title, which says nothing. */
    private static final java.util.Set<String> NAME_WORDS = java.util.Set.of("name", "title");

    /** The cues of "as the name suggests", "as its title implies". */
    private static final java.util.Set<String> NAME_CUES = java.util.Set.of("suggests", "implies", "indicates");


    /** The fewest lines opening with a label that make a page's labels a list ({@link #labelledLines}). */
    private static final int MIN_LABELLED_LINES = 3;

    /** The most words of a line's label: "Hospital scheduling and planning". */
    private static final int MAX_LABEL_WORDS = 4;

    /** The most characters of a line's label in {@link #labelledLines}. */
    private static final int MAX_LINE_LABEL_CHARS = 40;

    /**
     * How many lines of the body open with a label: up to {@value #MAX_LABEL_WORDS} words, the
     * first capitalised, then a colon and the line's text ("Data silos: The lack of …").
     */
    private static int labelledLines(List<Part> body) {
        int n = 0;
        for (Part part : body) {
            String p = part.text();
            int colon = p.indexOf(": ");
            if (colon < 2 || colon > MAX_LINE_LABEL_CHARS || !Character.isUpperCase(p.charAt(0))
                    || Sentences.hasWordsBefore(p, 0, colon, MAX_LABEL_WORDS + 1)
                    || !Sentences.hasWordsBefore(p, colon + 2, p.length(), ReportedSpeech.MIN_CONTENT_WORDS)) {
                continue;
            }
            n++;
        }
        return n;
    }

    /**
     * Whether a one-word cue can be a verb: a cue of the lexicon, a colon, or a word shaped like a
     * finite verb ("called", "boomed", "explains"); "Should you not remember …:", "Worth reading:"
     * and "Examples of …:" gave "you", "reading" and "of".
     */
    private static boolean readsAsVerb(String cue) {
        if (cue == null || cue.indexOf(' ') >= 0 || cue.equals(":")) {
            return true;
        }
        String bare = Sentences.bare(cue);
        return QuoteLexicon.isCue(bare) || ReportedSpeech.looksLikeVerb(bare) || !AttributionVerbs.startingWith(bare).isEmpty()
                || QuoteLexicon.FOREIGN_CUES.contains(bare.toLowerCase(java.util.Locale.ROOT));
    }

    /** Auxiliaries and forms of "be" that a noun phrase holds only inside a relative clause. */
    private static final Set<String> PREDICATE_WORDS = Set.of("is", "are", "was", "were", "has", "have", "had",
            "will", "would", "can", "can't", "cannot", "could", "should", "may", "might", "must", "isn't", "aren't",
            "wasn't", "weren't", "won't", "wouldn't", "couldn't", "shouldn't", "hasn't", "haven't", "hadn't",
            "can’t", "isn’t", "aren’t", "won’t", "wouldn’t", "couldn’t", "shouldn’t");

    /** Adverbs that may follow an auxiliary before its verb: "have both argued", "have long considered". */
    private static final Set<String> AUXILIARY_ADVERBS = Set.of("both", "all", "long", "also", "not", "never",
            "still", "already", "each", "since", "often", "just", "even");

    private static boolean isAdverb(String w) {
        return AUXILIARY_ADVERBS.contains(w) || w.length() > 4 && w.endsWith("ly") && Character.isLowerCase(w.charAt(0));
    }

    /** Words that open a relative clause inside a noun phrase: "analysts who have done …". */
    private static final Set<String> RELATIVE_WORDS = Set.of("who", "that", "which", "whose", "whom");

    /**
     * Whether the mention holds a predicate of its own before any relative word: "I had two
     * students", "a device can't", "Certifications are documents" are clauses, not sources
     * ("analysts who have done the calculations" is one).
     */
    private static boolean holdsPredicate(Mention m) {
        if (m == null || m.text().indexOf(' ') < 0) {
            return false;
        }
        if (MentionParser.opensWithPredicate(m.text())) {
            // "The GOP budget plan that passed through the House last month aimed to …": the
            // relative clause's predicate, read as the source
            return true;
        }
        String[] words = m.text().split(" ");
        for (String w : words) {
            if (AttributionFinder.isDash(w)) {
                return false; // "it wasn't a one-off — Brendan Buck": the name after the dash speaks
            }
        }
        for (int i = 0; i < words.length; i++) {
            // in lower case only: "Will Estrada", "Theresa May", "American Can" are names
            if (RELATIVE_WORDS.contains(words[i])) {
                return false;
            }
            if (PREDICATE_WORDS.contains(words[i]) || ReportedSpeech.contracted(words[i].toLowerCase(java.util.Locale.ROOT))) {
                // ("I'm at the top of the leaderboard having": a pronoun and its verb)
                // "Trump and Sanders have both": the subject and the cue's auxiliary, no clause
                for (int j = i + 1; j < words.length; j++) {
                    if (!isAdverb(words[j])) {
                        return true;
                    }
                }
                return false;
            }
        }
        return false;
    }

    /**
     * Whether the one-word mention {@code m} is a verb of instruction that opens its sentence
     * ("Write posts that …", "Stay informed about …"), which the page shows nothing of as a name.
     */
    private static boolean opensInstruction(Mention m, Attribution a, String p, NameEvidence names) {
        String w = m.name();
        if (!m.text().equals(w) || a.cueAt() < 0 || !QuoteLexicon.IMPERATIVES.contains(w.toLowerCase(java.util.Locale.ROOT))
                || shownAsName(w, names)) {
            return false;
        }
        int at = p.lastIndexOf(w, a.cueAt());
        int after = at + w.length();
        if (at < 0 || after >= p.length() || p.charAt(after) != ' ' && p.charAt(after) != ',') {
            return false; // "Write posts …", "Remember, saying “no” …"
        }
        int before = at - 1;
        while (before >= 0 && (p.charAt(before) == ' ' || "“\"‘'(".indexOf(p.charAt(before)) >= 0)) {
            before--;
        }
        return before < 0 || ".!?:\n".indexOf(p.charAt(before)) >= 0;
    }

    /**
     * Whether the one-word mention {@code m} is a capitalised word before its cue in -s, which the
     * page shows nothing of as a name: never capitalised inside a sentence, never after a given
     * name, no given name, no acronym.
     */
    private static boolean nounBeforePlural(Mention m, Attribution a, NameEvidence names) {
        String cue = a.cue();
        String w = m.name();
        return cue != null && cue.indexOf(' ') < 0 && cue.endsWith("s") && !cue.equals("says") && m.text().equals(w)
                && !shownAsName(w, names) && !MentionParser.isAcronym(w);
    }

    /** Whether the word right after the cue is capitalised: "forteller Damli". */
    private static boolean capitalAfterCue(String p, Attribution a) {
        int after = cueEnd(p, a);
        if (after < 0) {
            return false;
        }
        int next = ReportedSpeech.skipSpaces(p, after);
        return next > after && next < p.length() && Character.isUpperCase(p.charAt(next));
    }

    /** Whether the first word of {@code cue} is a cue of another language than English ({@code foreign-cues.txt}). */
    private static boolean isForeignCue(String cue) {
        return cue != null && QuoteLexicon.FOREIGN_CUES.contains(firstWord(cue).toLowerCase(java.util.Locale.ROOT));
    }

    /** The first word of a cue: "said" of "said in a statement". */
    private static String firstWord(String cue) {
        int space = cue.indexOf(' ');
        return space < 0 ? cue : cue.substring(0, space);
    }

    /**
     * Where the cue of {@code a} ends in {@code p}, or -1 when {@code p} does not hold it there or
     * nothing follows it.
     */
    private static int cueEnd(String p, Attribution a) {
        int after = a.cueAt() + a.cue().length();
        return a.cueAt() < 0 || after >= p.length() || !p.startsWith(a.cue(), a.cueAt()) ? -1 : after;
    }

    /**
     * Whether the page shows that the capitalised word {@code w} is a name: it is written so inside
     * a sentence or after a given name or a title, or it is a given name itself.
     */
    private static boolean shownAsName(String w, NameEvidence names) {
        return names.isName(w) || names.isSurname(w) || io.github.newsparse.internal.text.GivenNames.contains(w);
    }

    /**
     * Whether the cue is followed by what shows it to be a noun: a comma or a colon ("Personal
     * attacks, insults and …", "Specific insights: …"), a verb of its own right after it
     * ("Unfilled orders fell 0.6 pct") or, after a cue that is also a plural noun
     * ({@link LeadingClause#NOUN_CUES}), a dash or a preposition that opens the noun's complement
     * ("Western states — a stronghold …", "Export orders for …", "Customizable reports like net
     * income"; "Ruiz believes in …" keeps its verb).
     */
    private static boolean predicateAfterCue(String p, Attribution a) {
        int after = cueEnd(p, a);
        if (after < 0) {
            return false;
        }
        if (p.charAt(after) == ',' || p.charAt(after) == ':') {
            return true;
        }
        int next = ReportedSpeech.skipSpaces(p, after);
        int nextEnd = next;
        while (nextEnd < p.length() && p.charAt(nextEnd) != ' ') {
            nextEnd++;
        }
        String word = p.substring(next, nextEnd);
        return nextEnd > next && (ReportedSpeech.looksLikePastOrAuxiliary(word)
                || NOUN_COMPLEMENT_OPENERS.contains(word) && LeadingClause.NOUN_CUES.contains(a.cue()));
    }

    /**
     * What follows a plural noun, never a verb of saying: a dash, or a preposition that opens the
     * noun's complement ("orders for", "reports in Canada", "reports like"). "Ruiz writes for the
     * Post" keeps its verb: this is asked only of a word the page never shows to be a name.
     */
    private static final Set<String> NOUN_COMPLEMENT_OPENERS = Set.of("—", "–", "for", "like", "in", "on", "of", "from",
            "with", "at");

    /**
     * Whether a one-word label is a word the text also writes in lower case and no given name:
     * a field of a list ("Desktop: …" on a page that says "desktop and mobile", "Tips: …"),
     * however often a heading in title case capitalises it.
     */
    private static boolean isFieldWord(String label, NameEvidence names) {
        return label.indexOf(' ') < 0 && names.writtenInLowerCase(label)
                && !io.github.newsparse.internal.text.GivenNames.contains(label);
    }

    /**
     * Whether the text shows that a "Label: statement" line's label is a person: a title ("Dr.
     * Ruiz"), a given name ("Sean", "Chris Reedy"), or a surname the text writes after a given
     * name or a title ("Angelucci" and "Ellen Angelucci"). Field names of lists and reviews
     * ("Pros", "Details", "Sinkage Test", "Pro Tip") show none.
     */
    private static boolean personEvidence(Mention m, NameEvidence names) {
        String t = m.text();
        int space = t.indexOf(' ');
        String first = space < 0 ? t : t.substring(0, space);
        String last = lastWord(t);
        return m.title() != null && QuoteLexicon.isTitleWords(m.title().toLowerCase(java.util.Locale.ROOT))
                || io.github.newsparse.internal.text.GivenNames.contains(first) || names.isSurname(last)
                || names.writtenApart(t);
    }

    /** Finds the paragraph's quotes; returns the attribution a next quote-only paragraph inherits. */
    private static Attribution paragraph(Part part, int pi, Attribution carried, List<Candidate> out,
                                         boolean transcript) {
        String p = part.text();
        List<QuoteMarks.Span> spans = QuoteMarks.find(p);
        Attribution previous = null;
        Attribution last = null;
        int prevClose = 0;
        List<int[]> direct = new ArrayList<>();
        List<int[]> orphans = new ArrayList<>();
        for (int si = 0; si < spans.size(); si++) {
            QuoteMarks.Span s = spans.get(si);
            int start = s.start();
            int end = s.end();
            Attribution a = null;
            if (s.cutByNextOpen()) {
                int[] cut = new int[1];
                a = MissingCloser.repair(p, start, end, cut);
                if (a != null) {
                    end = cut[0];
                }
            }
            if (a == null && s.closed()) {
                a = AttributionFinder.after(p, s.close() + 1, endsSentence(p, end));
                if (a == null && !endsSentence(p, end) && Sentences.hasWordsBefore(p, start, end, MIN_CARRIED_WORDS)) {
                    a = closingTail(p, s.close() + 1);
                }
            }
            if (a != null && a.cue() != null && a.cue().regionMatches(true, 0, "according to", 0, 12)
                    && a.mention() != null && a.mention().kind() != Mention.Kind.PERSON) {
                // "Romney said, “…,” according to a transcript of the debate": the record says who spoke
                Attribution intro = AttributionFinder.before(p, sentenceStart(p, s.open(), prevClose), s.open());
                a = intro != null ? intro : a;
            }
            if (a == null) {
                a = AttributionFinder.before(p, sentenceStart(p, s.open(), prevClose), s.open());
            }
            if (a == null && prevClose > 0) {
                // "… a “major breach of trust,” adding: “I am …”": the sentence's subject goes on
                a = AttributionFinder.participleAfterQuote(p, sentenceStart(p, s.open(), 0), prevClose, s.open());
            }
            boolean readers = a != null && a.mention() != null && a.mention().isReader();
            if (readers) {
                // "“It is bedtime.” You thought about …", "your friends had joked, “…”": the reader the
                // text addresses, and what is theirs, never speak; nor does the last speaker for them
                a = null;
            }
            int words = Sentences.count(p, start, end);
            if (words <= VOCATIVE_WORDS && (a == null || a.cueAt() < s.open() && !saysWithCue(a)) && s.closed()
                    && afterColon(p, s.open()) && end > start && Character.isLetterOrDigit(p.charAt(end - 1))
                    && sentenceGoesOn(p, s.close() + 1)) {
                // "which Virginia will win on Election Day: “traditional” Virginia, …": after a colon, a
                // quoted word or two that the sentence reads on past is a term, not speech (unless a verb
                // of saying introduces it: "The mayor said: “Enough” and left")
                prevClose = Math.max(prevClose, s.close() + 1);
                continue;
            }
            if (isTitleOfWork(p, start, end) || isLinkText(p, s)) {
                // “Good Morning America”, “The Long Road Home”: a name of a work, not speech; nor
                // is "« Previous post | Main | Next post »", a blog's links to its other posts
                prevClose = Math.max(prevClose, s.closed() ? s.close() + 1 : end);
                continue;
            }
            Attribution inherited = null;
            if (a == null) {
                if (isEmbedded(p, s.open(), prevClose)) {
                    prevClose = Math.max(prevClose, s.close() + 1);
                    continue;
                }
                // a paragraph that opens with a sentence of quotation goes on with the last speaker;
                // a quoted word or two ("“must haves”") is no statement of theirs
                inherited = readers ? null
                        : previous != null ? previous : (s.open() == 0 && words >= MIN_CARRIED_WORDS ? carried : null);
                Attribution label = transcript ? labelAt(p, start) : null;
                if (label != null) {
                    // “WALLACE: Let’s start…” — a transcript line inside quotation marks
                    inherited = null;
                    a = label;
                    start = p.indexOf(':', start) + 1;
                    while (start < end && p.charAt(start) == ' ') {
                        start++;
                    }
                }
                if (a == null && inherited == null && !(s.open() == 0 && words >= MIN_ORPHAN_WORDS)) {
                    if (words >= MIN_CARRIED_WORDS && s.closed() && isWholeSentence(p, s)) {
                        orphans.add(new int[] {start, end, s.open()});
                    }
                    prevClose = Math.max(prevClose, s.close() + 1);
                    continue;
                }
                if (a == null && inherited != null && words < MIN_INHERITED_WORDS) {
                    prevClose = Math.max(prevClose, s.close() + 1);
                    continue;
                }
            }
            if (words <= VOCATIVE_WORDS && a != null && continuesAfterAttribution(spans, si, p)) {
                // “Judge,” Brafman said, “I have never…”: the address opens the quote that follows.
                previous = a;
                prevClose = Math.max(prevClose, s.close() + 1);
                continue;
            }
            out.add(new Candidate(pi, part, start, end, QuoteKind.DIRECT, a != null ? a : inherited, a == null));
            direct.add(new int[] {s.open(), s.closed() ? s.close() + 1 : end, out.size() - 1});
            if (a != null && s.closed() && a.cueAt() > s.close()) {
                // "“…,” she said, describing how she builds the mixers.": the speaker goes on
                goesOn(p, a, spans, si, pi, part, out);
            }
            if (a != null) {
                previous = a;
            }
            last = a != null ? a : inherited;
            prevClose = Math.max(prevClose, s.closed() ? s.close() + 1 : end);
        }
        if (spans.isEmpty()) {
            // "—No sé —dijo Ruiz—. Pero …": dialogue marked by dashes
            for (ReportedSpeech.Found f : DialogueDash.find(p)) {
                out.add(new Candidate(pi, part, f.start(), f.end(), QuoteKind.DIRECT, f.attribution(), false));
                direct.add(new int[] {f.start(), f.end(), out.size() - 1});
                last = f.attribution();
            }
        }
        int firstReported = out.size();
        reported(p, pi, part, direct, out);
        if (!orphans.isEmpty()) {
            reportedBefore(p, pi, part, orphans, out, firstReported);
        }
        // A quote that runs to the paragraph's end continues in the next paragraph.
        boolean runsOn = !spans.isEmpty() && !spans.get(spans.size() - 1).closed();
        boolean endsWithQuote = !spans.isEmpty() && p.length() - spans.get(spans.size() - 1).end() <= 2;
        if (last != null && (runsOn || endsWithQuote || !spans.isEmpty() && endsWithAttribution(p, spans.get(spans.size() - 1)))) {
            // "“…,” Espinoza said Friday." then "“I am a proven champion …”": the speaker goes on
            return last;
        }
        Attribution reportedLast = spans.isEmpty() ? lastSentenceReport(p, out, firstReported) : null;
        if (spans.isEmpty() && out.size() == firstReported && carried != null && opensWithPersonalPronoun(p)) {
            // "“…,” Ms Molatjeng said." then "She has already been forced to sell her field." then
            // "“It is heartbreaking.”": a paragraph about the speaker keeps the floor for them
            return carried;
        }
        if (isIntroduction(p)) {
            Attribution intro = AttributionFinder.before(p, sentenceStart(p, p.length(), 0), p.length());
            return intro != null ? intro : last != null ? last : reportedLast;
        }
        // "Ian Read said company leaders had weighed the risk." then "“On the political risk, we've
        // assessed …”": a paragraph of quotation goes on with whom the last sentence reported
        return reportedLast;
    }

    /** Prepositions that open the adjunct of a verb of saying: "said in a statement", "noted at the time". */
    private static final java.util.Set<String> ADJUNCT_PREPOSITIONS = java.util.Set.of("in", "at", "during", "over",
            "via", "with");
    /** The longest adjunct taken for one: "in my talk at the conference". */
    private static final int MAX_ADJUNCT_WORDS = 6;

    /**
     * Whether the statement {@code f} of a verb of saying is only that verb's adjunct: a short
     * phrase that opens with a preposition and holds no verb ("Sam Lau said in a statement.",
     * "I noted in early 2011"). A belief or stance keeps its phrase ("believes in the approach").
     */
    private static boolean isAdjunctOnly(String p, ReportedSpeech.Found f) {
        if (AttributionVerbs.typeOf(f.attribution().cue()) != io.github.newsparse.CueType.SPEECH) {
            return false;
        }
        String[] w = p.substring(f.start(), f.end()).strip().split(" ");
        if (w.length > MAX_ADJUNCT_WORDS || !ADJUNCT_PREPOSITIONS.contains(w[0].toLowerCase(java.util.Locale.ROOT))) {
            return false;
        }
        for (int k = 1; k < w.length; k++) {
            if (ReportedSpeech.looksLikeVerb(w[k])) {
                return false;
            }
        }
        return true;
    }

    /** Pronouns that stand for a statement made elsewhere: "concluded this", "said it". */
    private static final Set<String> STATEMENT_PRONOUNS = Set.of("this", "it");

    /**
     * Words that cannot follow a pronoun that opens a clause as its subject: a preposition, a
     * subordinator ("this after analyzing …", "it in a speech"); not an article, which opens what
     * the pronoun is called ("call it the nerd prom").
     */
    private static final Set<String> AFTER_OBJECT_PRONOUN = Set.of("after", "before", "because",
            "when", "while", "since", "during", "in", "on", "at", "for", "with", "from", "by", "over", "via");

    /** Words after the adjunct's first that are read for a verb of the pronoun's own clause. */
    private static final int CLAUSE_VERB_REACH = 3;

    /**
     * Whether the statement {@code f} is a pronoun and the saying's adjunct: "Researchers concluded
     * this after analyzing the responses …", "said it in a speech"; the pronoun stands for what was
     * said elsewhere ("said this is wrong", "said this in turn will …" are clauses).
     */
    private static boolean isPronounOnly(String p, ReportedSpeech.Found f) {
        List<int[]> w = Sentences.words(p, f.start(), Math.min(f.end(), f.start() + MAX_PRONOUN_WINDOW));
        if (w.size() < 2) {
            return false;
        }
        String first = p.substring(w.get(0)[0], w.get(0)[1]).toLowerCase(java.util.Locale.ROOT);
        String second = p.substring(w.get(1)[0], w.get(1)[1]).toLowerCase(java.util.Locale.ROOT);
        if (!STATEMENT_PRONOUNS.contains(first) || !AFTER_OBJECT_PRONOUN.contains(second)) {
            return false;
        }
        for (int k = 2; k < w.size() && k < 2 + CLAUSE_VERB_REACH; k++) {
            if (ReportedSpeech.looksLikePastOrAuxiliary(p.substring(w.get(k)[0], w.get(k)[1]))) {
                return false;
            }
        }
        return true;
    }

    /** How many characters of a statement {@link #isPronounOnly} reads: its first few words. */
    private static final int MAX_PRONOUN_WINDOW = 40;

    /** Whether the paragraph opens with "He" or "She": it goes on about the person last named. */
    private static boolean opensWithPersonalPronoun(String p) {
        return p.startsWith("He ") || p.startsWith("She ");
    }

    /**
     * Whether quotation {@code s} is a sentence of its own: its first letter a capital after the
     * end of the sentence before, its last mark after a sentence's end ("… in June. “We are ready.” …").
     */
    private static boolean isWholeSentence(String p, QuoteMarks.Span s) {
        int i = s.open() - 1;
        while (i >= 0 && p.charAt(i) == ' ') {
            i--;
        }
        if (i < 0 || ".!?".indexOf(p.charAt(i)) < 0 && "”\"»“".indexOf(p.charAt(i)) < 0) {
            return false;
        }
        int first = s.open() + 1;
        if (first >= s.close() || !Character.isUpperCase(p.charAt(first))) {
            return false;
        }
        return ".!?".indexOf(p.charAt(s.close() - 1)) >= 0
                || s.close() + 1 < p.length() && ".!?".indexOf(p.charAt(s.close() + 1)) >= 0;
    }

    /**
     * Quotations of a sentence of their own that no attribution names, each right after a
     * sentence that reports a named person's statement: they are that person's ("Kopp said a
     * commission was being prepared. “It is about hearing those affected.”"), as a paragraph of
     * quotation after such a sentence is ({@link #lastSentenceReport}).
     */
    private static void reportedBefore(String p, int pi, Part part, List<int[]> orphans, List<Candidate> out,
                                       int firstReported) {
        int reportedEnd = out.size();
        // the statements come in the order of their sentences, the quotations too: one pass over
        // both, and a few statements back from each quotation, keeps a long paragraph linear
        int next = firstReported;
        for (int[] o : orphans) {
            while (next < reportedEnd && out.get(next).start() < o[2]) {
                next++;
            }
            int sentence = sentenceStart(p, o[2], 0);
            int before = sentenceStart(p, Math.max(0, sentence - 1), 0);
            boolean found = false;
            for (int i = next - 1; i >= firstReported && i >= next - MAX_STATEMENTS_BACK && !found; i--) {
                Attribution a = out.get(i).attribution();
                if (a != null && a.cueAt() >= before && a.cueAt() < sentence && out.get(i).end() <= o[2]
                        && a.mention() != null && speaksForQuote(a.mention())) {
                    out.add(new Candidate(pi, part, o[0], o[1], QuoteKind.DIRECT, a, true));
                    found = true;
                }
            }
            Attribution intro = found ? null : introducedBy(p, before, sentence);
            if (intro != null) {
                // "Chen emphasized the point. “Discovery is a reward for …”": the sentence before names
                // the speaker and a verb of saying, with no statement of its own
                out.add(new Candidate(pi, part, o[0], o[1], QuoteKind.DIRECT, intro, true));
            }
        }
    }

    /** The most words of a sentence that introduces the quotation after it: "Chen emphasized the point." */
    private static final int MAX_INTRODUCING_WORDS = 6;

    /**
     * The attribution of a short sentence in {@code p[from, to)} that opens with a person's name,
     * a role or "he"/"she" and a verb of saying, and ends with a stop ("Forbes agrees.", "Chen
     * emphasized the point."); null otherwise.
     */
    private static Attribution introducedBy(String p, int from, int to) {
        List<int[]> words = Sentences.words(p, from, to);
        if (words.size() < 2 || words.size() > MAX_INTRODUCING_WORDS
                || p.charAt(words.get(words.size() - 1)[1] - 1) != '.') {
            return null;
        }
        for (int k = 1; k < words.size(); k++) {
            String cue = Sentences.bare(p.substring(words.get(k)[0], words.get(k)[1]));
            if (!cue.isEmpty() && Character.isLowerCase(cue.charAt(0)) && QuoteLexicon.isCue(cue)) {
                Mention m = MentionParser.parse(p.substring(words.get(0)[0], words.get(k - 1)[1]));
                return m != null && speaksForQuote(m) ? new Attribution(m, cue, words.get(k)[0]) : null;
            }
        }
        return null;
    }

    /** How many statements before a quotation are read for the one of the sentence before it. */
    private static final int MAX_STATEMENTS_BACK = 8;

    /** Pronouns of a third person that a quotation after their statement may belong to. */
    private static final java.util.Set<String> THIRD_PERSON = java.util.Set.of("he", "she");

    /** A named person, a role ("the mayor") or "he"/"she": who a following quotation may belong to. */
    private static boolean speaksForQuote(Mention m) {
        return switch (m.kind()) {
            case PERSON -> m.name() != null;
            case TITLE_REF -> true;
            case PRONOUN -> THIRD_PERSON.contains(m.text().toLowerCase(java.util.Locale.ROOT));
            default -> false;
        };
    }

    /**
     * Whether {@code a} is "he" or "she" with a verb of saying ("The water, she said, is …", "He
     * added that …"): who said it, whom a paragraph of quotation after it goes on with; a pronoun
     * with a verb of thought may mean anyone ("he just does not know yet what you have in mind").
     */
    private static boolean isSayingPronoun(Attribution a) {
        String t = a.mention().text();
        return a.mention().kind() == Mention.Kind.PRONOUN && ("he".equalsIgnoreCase(t) || "she".equalsIgnoreCase(t))
                && a.cue() != null && AttributionVerbs.typeOf(a.cue()) == io.github.newsparse.CueType.SPEECH;
    }

    /**
     * The attribution of the statement reported in the paragraph's last sentence, when a person
     * named there said it; null otherwise.
     */
    private static Attribution lastSentenceReport(String p, List<Candidate> out, int from) {
        int last = sentenceStart(p, p.length(), 0);
        for (int i = out.size() - 1; i >= from; i--) {
            Attribution a = out.get(i).attribution();
            if (a != null && a.cueAt() >= last && a.mention() != null && (a.mention().kind() == Mention.Kind.PERSON
                    && a.mention().name() != null || isSayingPronoun(a))) {
                return a;
            }
        }
        return null;
    }

    /** The most words of a quoted fragment that a participle clause may hold: “a week or two”. */
    private static final int MAX_FRAGMENT_WORDS = 8;
    /** How far past a fragment's close the clause's sentence end is looked for (a bound on the work). */
    private static final int MAX_CLAUSE_CHARS = 400;

    /**
     * The participle clause after the attribution of quote {@code si}, before the next quote and
     * the sentence's end; a quoted fragment that the clause runs into belongs to it ("…, adding
     * that it would take “a week or two” to pump out").
     */
    private static void goesOn(String p, Attribution a, List<QuoteMarks.Span> spans, int si, int pi, Part part,
                               List<Candidate> out) {
        int limit = si + 1 < spans.size() ? spans.get(si + 1).open() : p.length();
        int from = a.cueAt() + a.cue().length();
        int end = from;
        while (end < limit && !Sentences.isEnd(p, end)) {
            end++;
        }
        if (end == limit && limit < p.length()) {
            QuoteMarks.Span next = spans.get(si + 1);
            if (next.closed() && (Sentences.count(p, next.start(), next.end()) <= MAX_FRAGMENT_WORDS
                    || LeadingClause.followsThat(p, next.open()))) {
                // a fragment, or a whole quotation after "that": "…, adding that “we have …”" reports it
                int after = si + 2 < spans.size() ? spans.get(si + 2).open() : p.length();
                int cap = Math.min(after, Math.min(p.length(), next.close() + 1 + MAX_CLAUSE_CHARS));
                int e = next.close() + 1;
                // “… fans the flames.”: the fragment ends the sentence
                boolean ends = next.end() > next.start() && ".!?".indexOf(p.charAt(next.end() - 1)) >= 0;
                while (!ends && e < cap && !Sentences.isEnd(p, e)) {
                    e++;
                }
                if (e < after || after == p.length()) {
                    // the fragment and the rest of its sentence, up to the next quote at most
                    end = e;
                    limit = p.length();
                }
            }
        }
        ReportedSpeech.Found f = ParticipleClause.after(p, from, end, a.mention());
        if (f == null && opensSubordinate(p, from, end)) {
            // "“…,” Trump said, after Becky Quick said the billionaire had …": a clause of its own
            f = LeadingClause.find(p, from, end);
        }
        // "…, adding that it would take “…”": the quote that follows holds the statement
        if (f != null && !(end == limit && limit < p.length())) {
            out.add(new Candidate(pi, part, f.start(), f.end(), QuoteKind.INDIRECT, f.attribution(), false));
        }
    }

    /** Conjunctions that open a clause with a subject of its own after a quote's attribution. */
    private static final java.util.Set<String> SUBORDINATORS = java.util.Set.of("after", "when", "before", "while",
            "as", "because", "since", "until");

    /** Whether {@code p[from, end)} opens, after a comma, with a subordinating conjunction. */
    private static boolean opensSubordinate(String p, int from, int end) {
        int i = from;
        while (i < end && (p.charAt(i) == ',' || p.charAt(i) == ' ')) {
            i++;
        }
        if (i == from || p.charAt(from) != ',') {
            return false;
        }
        int w = i;
        while (w < end && Character.isLetter(p.charAt(w))) {
            w++;
        }
        return SUBORDINATORS.contains(p.substring(i, w));
    }

    /** The longest attribution that may close a paragraph after its last quote: "…,” Sen. Ana Ruiz said Friday." */
    private static final int MAX_CLOSING_ATTRIBUTION_WORDS = 12;

    /** Whether the paragraph ends with the quote's attribution, one short clause after its closing mark. */
    private static boolean endsWithAttribution(String p, QuoteMarks.Span last) {
        if (!last.closed()) {
            return false;
        }
        int from = last.close() + 1;
        int end = p.length();
        while (end > from && " .”\"".indexOf(p.charAt(end - 1)) >= 0) {
            end--;
        }
        if (end <= from || Sentences.count(p, from, end) > MAX_CLOSING_ATTRIBUTION_WORDS) {
            return false;
        }
        for (int i = from; i < end; i++) {
            if (Sentences.isEnd(p, i)) {
                return false;
            }
        }
        return true;
    }

    /**
     * The reported statements of the paragraph's sentences. A sentence with a direct quote keeps
     * it, unless the quote is a fragment inside the reported clause ("said the plan was “dead on
     * arrival”"): then the clause is the statement and the fragment part of it.
     */
    private static void reported(String p, int pi, Part part, List<int[]> direct, List<Candidate> out) {
        int d = 0;
        java.util.Set<Integer> fragments = new java.util.HashSet<>();
        List<Candidate> found = new ArrayList<>();
        for (int[] sentence : Sentences.split(p)) {
            // direct ranges and sentences both come in order: one sweep finds the overlaps
            while (d < direct.size() && direct.get(d)[1] <= sentence[0]) {
                d++;
            }
            int last = d;
            while (last < direct.size() && direct.get(last)[0] < sentence[1]) {
                last++;
            }
            List<ReportedSpeech.Found> all = ReportedSpeech.findAll(p, sentence[0], sentence[1]);
            // the quotes of the sentence that are fragments of one of its statements, each of
            // whose quotes is a fragment
            java.util.Set<Integer> claimed = new java.util.HashSet<>();
            for (ReportedSpeech.Found f : all) {
                List<Integer> mine = new ArrayList<>();
                for (int j = d; j < last && mine != null; j++) {
                    int[] q = direct.get(j);
                    if (isFragment(p, q, f)) {
                        mine.add(j);
                    } else if (q[1] > f.start() && q[0] < f.end()) {
                        mine = null;
                    }
                }
                if (mine != null) {
                    claimed.addAll(mine);
                }
            }
            for (ReportedSpeech.Found f : all) {
                if (f.attribution().mention() != null && f.attribution().mention().isReader()
                        || isAdjunctOnly(p, f) || isPronounOnly(p, f) || p.startsWith("etc", f.start())) {
                    // "You say the same thing every time": what the reader does, no one's statement;
                    // "Pachter said in a research note:", "as I said at the time": the saying's adjunct;
                    // "Researchers concluded this after analyzing …": a pronoun, then the saying's adjunct;
                    // "… emails, tweets, etc. you've received": a list's plural noun read as a cue
                    continue;
                }
                f = beforeOwnCue(p, f, direct, d, last, out);
                boolean keep = true;
                // a reported question with no asker ("… said when asked whether …") stands beside
                // the quote of its sentence unless the two overlap
                boolean question = f.attribution().mention() == null && "asked".equals(f.attribution().cue());
                List<Integer> inside = new ArrayList<>();
                for (int j = d; j < last && keep; j++) {
                    int[] q = direct.get(j);
                    boolean outside = q[1] <= f.start() || q[0] >= f.end();
                    if (question && outside) {
                        continue;
                    }
                    if (outside && ownCue(out.get(q[2]).attribution(), f)) {
                        // "He said he had not seen it, and when asked …, he said, “I hope not.”":
                        // the quote has its own cue, so the clause is not its attribution
                        continue;
                    }
                    if (outside && claimed.contains(j)) {
                        // "X said it was “a mistake”, but she denied that …": the fragment is the
                        // other statement's, and this one stands beside it
                        continue;
                    }
                    // a quote of the sentence outside the clause: the clause is its attribution
                    keep = isFragment(p, q, f);
                    inside.add(q[2]);
                }
                if (keep) {
                    fragments.addAll(inside);
                    found.add(new Candidate(pi, part, f.start(), f.end(), QuoteKind.INDIRECT, f.attribution(), false));
                }
            }
        }
        if (!fragments.isEmpty()) {
            List<Integer> gone = new ArrayList<>(fragments);
            gone.sort(java.util.Collections.reverseOrder());
            for (int i : gone) {
                out.remove(i);
            }
        }
        out.addAll(found);
    }

    /**
     * The statement {@code f}, whose cue comes first, cut before a direct quote inside it that has
     * its own cue after a conjunction ("he had not seen it, and when asked …, he said, “I hope
     * not.”" ends at "it").
     */
    private static ReportedSpeech.Found beforeOwnCue(String p, ReportedSpeech.Found f, List<int[]> direct, int from,
                                                     int to, List<Candidate> out) {
        for (int j = from; j < to; j++) {
            int[] q = direct.get(j);
            Attribution a = out.get(q[2]).attribution();
            if (f.attribution().cueAt() >= 0 && f.attribution().cueAt() < f.start()
                    && q[0] > f.start() && q[0] < f.end() && a != null && a.cue() != null && a.cueAt() > f.start()
                    && a.cueAt() < q[0] && a.cueAt() != f.attribution().cueAt()) {
                int end = ReportedSpeech.endBeforeCue(p, f.start(), a.cueAt());
                return end < 0 ? f : new ReportedSpeech.Found(f.start(), end, f.attribution());
            }
            if (f.attribution().cueAt() >= 0 && f.attribution().cueAt() < f.start() && q[0] >= f.end() && a != null
                    && a.cue() != null && a.mention() != null && a.cueAt() > f.start() && a.cueAt() < f.end()) {
                // "charged that he had paid nothing ― as was true for years ― Trump boasted, “…”": the
                // quote's speaker and cue end the statement, which stops before them
                int end = beforeSpeaker(p, f.start(), a);
                return end < 0 ? f : new ReportedSpeech.Found(f.start(), end, f.attribution());
            }
        }
        return f;
    }

    /** How far before its cue a speaker's name is looked for. */
    private static final int MAX_SPEAKER_CHARS = 120;

    /**
     * Where a statement from {@code from} ends before the speaker of the attribution {@code a}
     * inside it: past the spaces, commas and dashes before the speaker, with at least
     * {@link ReportedSpeech#MIN_CONTENT_WORDS} words left; -1 when the speaker is not there.
     */
    private static int beforeSpeaker(String p, int from, Attribution a) {
        String speaker = a.mention().text();
        int at = a.cueAt() - speaker.length();
        int stop = Math.max(from + 1, a.cueAt() - MAX_SPEAKER_CHARS);
        while (at >= stop && !p.startsWith(speaker, at)) {
            at--;
        }
        if (at < stop) {
            return -1;
        }
        int end = at;
        while (end > from && " ,—–―-".indexOf(p.charAt(end - 1)) >= 0) {
            end--;
        }
        return ReportedSpeech.words(p, from, end) >= ReportedSpeech.MIN_CONTENT_WORDS ? end : -1;
    }

    /**
     * Whether a quote's attribution {@code a} has a cue of its own, outside the reported clause
     * {@code f} and not its cue.
     */
    private static boolean ownCue(Attribution a, ReportedSpeech.Found f) {
        return a != null && a.cue() != null && a.cueAt() >= 0 && a.cueAt() != f.attribution().cueAt()
                && (a.cueAt() >= f.end() || a.cueAt() < f.start()) && f.attribution().cueAt() >= 0;
    }

    /**
     * Whether the direct quote {@code q} ({open, end, candidate}) is a fragment inside the
     * reported clause {@code f}: "said Obama “felt an obligation to act on” climate change",
     * with words of the clause on both sides or at least {@link #FRAGMENT_LEAD_WORDS} before it.
     */
    private static boolean isFragment(String p, int[] q, ReportedSpeech.Found f) {
        // the word counts read only as far as they need: a sentence of many quotes stays linear
        return q[0] > f.start() && q[1] <= f.end() + 1 && !introduced(p, q[0])
                && (Sentences.hasWordsBefore(p, f.start(), q[0], FRAGMENT_LEAD_WORDS)
                    || Sentences.hasWordsBefore(p, f.start(), q[0], 1) && q[1] < f.end()
                        && Sentences.hasWordsBefore(p, q[1], f.end(), 1))
                || opensClause(p, q, f);
    }

    /**
     * Whether the quote {@code q} opens the reported clause {@code f} right after its cue and the
     * clause goes on past it: "Obama said “it gets me mad” every time he thinks about …", "Bush
     * said “local forces” must lead the way".
     */
    private static boolean opensClause(String p, int[] q, ReportedSpeech.Found f) {
        int cue = f.attribution().cueAt();
        if (cue < 0 || cue >= q[0] || q[0] > f.start() + 1 || q[1] >= f.end() || Sentences.hasWordsBefore(p, cue, q[0], 3)) {
            return false;
        }
        // "“You tell me,” repeatedly, before …": a quote that ends with its comma is a statement
        if (q[1] >= 2 && ",.!?".indexOf(p.charAt(q[1] - 2)) >= 0) {
            return false;
        }
        int next = q[1];
        while (next < f.end() && p.charAt(next) == ' ') {
            next++;
        }
        // the clause says more after the quote than in it: "“zero” voters would follow Graham"
        return next < f.end() && Character.isLowerCase(p.charAt(next))
                && Sentences.hasWordsBefore(p, q[1], f.end(), Math.max(FRAGMENT_TAIL_WORDS, Sentences.count(p, q[0], q[1]) + 1));
    }

    /** Words of a reported clause after a quote that opens it: "“local forces” must lead the way". */
    private static final int FRAGMENT_TAIL_WORDS = 2;

    /**
     * Whether the quote opening at {@code open} is introduced as a sentence of its own: after a
     * colon, or after a comma or a dash with a capital ("said at a news conference, “Given the gaps …”"),
     * not a lower-case predicate after a subject's comma ("Parties in Europe, “have and will
     * continue to …,” he said").
     */
    private static boolean introduced(String p, int open) {
        int i = open - 1;
        while (i >= 0 && p.charAt(i) == ' ') {
            i--;
        }
        if (i < 0 || ",:—–-".indexOf(p.charAt(i)) < 0) {
            // "- “Again, we need …,” she said -": a dash sets a quotation aside too
            return false;
        }
        int c = open + 1;
        while (c < p.length() && !Character.isLetterOrDigit(p.charAt(c))) {
            c++;
        }
        return p.charAt(i) == ':' || c < p.length() && Character.isUpperCase(p.charAt(c));
    }

    /** Words of a reported clause before a quoted fragment in it: "said the plan was “…”". */
    private static final int FRAGMENT_LEAD_WORDS = 2;

    /** The longest title of a work, programme or product, in words. */
    private static final int MAX_TITLE_WORDS = 6;
    /** Short words a title leaves in lower case: "Of Mice and Men". */
    private static final java.util.Set<String> TITLE_SMALL_WORDS = java.util.Set.of("a", "an", "the", "and", "or",
            "of", "in", "on", "at", "to", "for", "by", "with", "from", "de", "la", "el", "le", "der", "die", "das");

    /** Whether the first word of {@code a}'s cue is a cue of speech ({@link QuoteLexicon#isCue}). */
    private static boolean saysWithCue(Attribution a) {
        return a.cue() != null && QuoteLexicon.isCue(firstWord(a.cue()));
    }

    /** Whether a colon comes right before {@code p[open)}, spaces aside. */
    private static boolean afterColon(String p, int open) {
        int i = open - 1;
        while (i >= 0 && p.charAt(i) == ' ') {
            i--;
        }
        return i >= 0 && p.charAt(i) == ':';
    }

    /** Whether a word (a letter or a digit) follows {@code p[from)} after spaces: the sentence reads on. */
    private static boolean sentenceGoesOn(String p, int from) {
        int i = ReportedSpeech.skipSpaces(p, from);
        return i > from && i < p.length() && Character.isLetterOrDigit(p.charAt(i));
    }

    /**
     * Whether the marks of {@code s} set apart the text of links, not speech: titles of posts
     * separated by " | " ("« Older post | Main | Newer post »"), or a "«" arrow with a space after
     * it that no "»" closes ("« Previous post title"), which a quotation in French always has.
     */
    private static boolean isLinkText(String p, QuoteMarks.Span s) {
        return QuoteMarks.holdsLinkSeparator(p, s.start(), s.end())
                || !s.closed() && p.charAt(s.open()) == '«' && s.open() + 1 < p.length() && p.charAt(s.open() + 1) == ' ';
    }

    /**
     * Whether a quoted span is a title, not speech: a few words, each capitalised but the small
     * ones, and no sentence punctuation ("Good Morning America", "The Long Road Home").
     */
    static boolean isTitleOfWork(String p, int start, int end) {
        List<int[]> words = Sentences.words(p, start, end);
        if (words.isEmpty() || words.size() > MAX_TITLE_WORDS) {
            return false;
        }
        for (int i = 0; i < words.size(); i++) {
            String raw = p.substring(words.get(i)[0], words.get(i)[1]);
            String w = Sentences.bare(raw);
            if (w.isEmpty() || raw.endsWith(".") || raw.endsWith("!") || raw.endsWith("?")) {
                return false;
            }
            boolean small = i > 0 && TITLE_SMALL_WORDS.contains(w);
            if (!small && !Character.isUpperCase(w.charAt(0)) && !Character.isDigit(w.charAt(0))) {
                return false;
            }
        }
        // one capitalised word alone ("“Yes,” she said") is an answer, not a title, unless a
        // possessive names whose it is ("on Fox News Channel’s “Hannity,”")
        return words.size() >= 2 || afterPossessive(p, start);
    }

    /** Whether the word before the quotation mark that opens the content at {@code start} is a possessive. */
    private static boolean afterPossessive(String p, int start) {
        int i = start - 1;
        while (i >= 0 && (p.charAt(i) == ' ' || "“\"„«‘'".indexOf(p.charAt(i)) >= 0)) {
            i--;
        }
        return i >= 2 && p.charAt(i) == 's' && (p.charAt(i - 1) == '’' || p.charAt(i - 1) == '\'');
    }

    /** Whether another quote follows right after this one's attribution, in the same sentence. */
    private static boolean continuesAfterAttribution(List<QuoteMarks.Span> spans, int si, String p) {
        if (si + 1 >= spans.size() || !spans.get(si).closed()) {
            return false;
        }
        int gap = spans.get(si + 1).open() - spans.get(si).close();
        String between = p.substring(spans.get(si).close() + 1, spans.get(si + 1).open()).strip();
        return gap < 80 && between.endsWith(",");
    }

    /**
     * Transcripts: "WALLACE: Let’s start with the news." — a speaker's name in capitals and a
     * colon open the paragraph, and the rest is what they said.
     */
    private static void transcriptLine(Part part, int pi, List<Candidate> out, java.util.Map<String, Integer> labels,
                                       NameEvidence names) {
        String p = part.text();
        Attribution a = labelAt(p, 0);
        if (a == null || !isSpeakerLabel(a, labels, names)) {
            return;
        }
        int start = p.indexOf(':') + 1;
        while (start < p.length() && p.charAt(start) == ' ') {
            start++;
        }
        if (Sentences.count(p, start, p.length()) >= MIN_TRANSCRIPT_WORDS) {
            out.add(new Candidate(pi, part, start, p.length(), QuoteKind.DIRECT, a, false));
        }
    }

    /** Whether the candidates from {@code from} on hold no direct quote. */
    private static boolean noDirectQuote(List<Candidate> candidates, int from) {
        for (int i = from; i < candidates.size(); i++) {
            if (candidates.get(i).kind() == QuoteKind.DIRECT) {
                return false;
            }
        }
        return true;
    }

    /** A transcript has at least this many "NAME:" lines; one alone is a label ("UPDATE:"). */
    private static final int MIN_TRANSCRIPT_LINES = 2;
    private static final java.util.Set<String> NOT_SPEAKER_LABELS = java.util.Set.of("UPDATE", "UPDATED", "NOTE",
            "BREAKING", "CORRECTION", "CLARIFICATION", "WATCH", "READ", "MORE", "PHOTOS", "PHOTO", "VIDEO", "RELATED",
            "EDITOR'S NOTE", "EDITORS NOTE", "SOURCE", "SOURCES", "CREDIT", "WARNING", "ALERT", "LIVE", "EXCLUSIVE",
            "ANALYSIS", "OPINION", "COMMENTARY", "REVIEW", "PREVIOUSLY", "ALSO", "PLUS", "TIP", "FACT CHECK", "Q", "A");

    /** A transcript line says at least this much: "CEO: Ana Ruiz" is a list entry, not speech. */
    private static final int MIN_TRANSCRIPT_WORDS = 3;

    /** The surnames of the "NAME:" labels that open the body's paragraphs, with how often each does. */
    private static java.util.Map<String, Integer> transcriptLabels(List<Attribution> lineLabels) {
        java.util.Map<String, Integer> labels = new java.util.HashMap<>();
        for (Attribution a : lineLabels) {
            if (a != null) {
                labels.merge(lastWord(a.mention().text()), 1, Integer::sum);
            }
        }
        return labels;
    }

    /** The "NAME:" label that opens each paragraph (inside an opening quotation mark too), or null. */
    private static List<Attribution> lineLabels(List<Part> body) {
        List<Attribution> out = new ArrayList<>(body.size());
        for (Part part : body) {
            String p = part.text();
            int from = !p.isEmpty() && "\"“".indexOf(p.charAt(0)) >= 0 ? 1 : 0;
            out.add(labelAt(p, from));
        }
        return out;
    }

    /**
     * The lines of the body that a transcript's speakers open, or 0 when fewer than two speakers
     * do: "INTERVAL: …" on every line of a table is one label, not a conversation.
     */
    private static int countTranscriptLines(List<Attribution> lineLabels, java.util.Map<String, Integer> labels,
                                            NameEvidence names) {
        int count = 0;
        java.util.Set<String> speakers = new java.util.HashSet<>();
        for (Attribution a : lineLabels) {
            if (a != null && isSpeakerLabel(a, labels, names)) {
                count++;
                speakers.add(lastWord(a.mention().text()));
            }
        }
        return speakers.size() < 2 ? 0 : count;
    }

    /** Roles that label the lines of a transcript: "HOST: …", "CALLER: …". */
    private static final java.util.Set<String> TRANSCRIPT_ROLES = java.util.Set.of("host", "co-host", "guest",
            "moderator", "interviewer", "anchor", "caller", "panelist", "reporter", "announcer", "narrator");

    private static boolean isSpeakerLabel(Attribution a, java.util.Map<String, Integer> labels, NameEvidence names) {
        return isSpeakerLabel(a.mention().text(), labels, names);
    }

    /**
     * Whether a "NAME:" label names a speaker: one who speaks more than once, a role ("HOST"), a
     * full name with a known given name ("KATE RUIZ"), or a name the text also writes inside a
     * sentence ("WALLACE:" and "… asked Chris Wallace"); never a field of a list, a word the text
     * also writes in lower case ("INTERVAL: …" and "the interval", "FAVORITE ITEMS: …").
     */
    private static boolean isSpeakerLabel(String label, java.util.Map<String, Integer> labels, NameEvidence names) {
        String last = lastWord(label);
        String lower = label.toLowerCase(java.util.Locale.ROOT);
        if (TRANSCRIPT_ROLES.contains(lower) || QuoteLexicon.isTitleWords(lower)) {
            return true;
        }
        return !names.isCommonWord(last)
                && (labels.getOrDefault(last, 0) > 1 || names.isName(last) || Genders.ofName(label) != 0);
    }

    /**
     * Who a "Label:" line gives the floor to: a full name that opens with a given name by its
     * surname ("Luciana Lopez: …", then "Lopez: …"), any other label by all its words ("Snake
     * Plant: …" and "ZZ Plant: …" are two labels of a list).
     */
    private static String labelSpeaker(String label) {
        int space = label.indexOf(' ');
        return space > 0 && io.github.newsparse.internal.text.GivenNames.contains(label.substring(0, space))
                ? lastWord(label) : label;
    }

    /** The surname of a label: "JAKE TAPPER:" and "TAPPER:" are one speaker. */
    private static String lastWord(String label) {
        return label.substring(label.lastIndexOf(' ') + 1);
    }

    /** The speaker of a transcript line "NAME: …" whose text starts at {@code from}, or null. */
    private static Attribution labelAt(String p, int from) {
        int colon = p.indexOf(':', from);
        if (colon < from + 2 || colon > from + 40 || colon + 2 >= p.length()) {
            return null;
        }
        String label = p.substring(from, colon);
        if (!isCapitalsName(label) || NOT_SPEAKER_LABELS.contains(label)) {
            return null;
        }
        Mention m = MentionParser.parse(io.github.newsparse.internal.structure.Casing.normalise(label));
        return m != null && m.kind() == Mention.Kind.PERSON ? new Attribution(m, null, -1) : null;
    }

    private static boolean isCapitalsName(String label) {
        String[] w = label.split(" ");
        if (w.length > 3) {
            return false;
        }
        for (String word : w) {
            if (word.length() < 2) {
                return false;
            }
            for (int i = 0; i < word.length(); i++) {
                char c = word.charAt(i);
                if (!(Character.isUpperCase(c) || c == '.' || c == '\'' || c == '-')) {
                    return false;
                }
            }
        }
        return true;
    }

    /**
     * A quote-only paragraph signed by the next one: "“…”" then "— Jane Roe" (or just "Jane
     * Roe, Tucson"). The unattributed quotes of paragraph {@code pi} take that name.
     */
    private static void signedBelow(List<Part> body, int pi, List<Candidate> out, int from, NameEvidence names) {
        if (pi + 1 >= body.size() || from >= out.size()) {
            return;
        }
        Mention m = signature(body.get(pi + 1).text(), names);
        if (m == null) {
            return;
        }
        Attribution a = new Attribution(m, null, -1);
        for (int i = from; i < out.size(); i++) {
            Candidate c = out.get(i);
            if (c.paragraph() == pi && c.kind() == QuoteKind.DIRECT && c.attribution() == null) {
                out.set(i, new Candidate(c.paragraph(), c.part(), c.start(), c.end(), c.kind(), a, false));
            }
        }
    }

    /**
     * The person a line of its own names, as a signature or a header does: "— Jane Roe", "Jane
     * Roe, Tucson", "Lawrence Yun, NAR Chief Economist" (a full name, at most five words before
     * its comma); null for anything else, a subheading in capitals among them.
     */
    private static Mention signature(String line, NameEvidence names) {
        String name = line.replaceFirst("^[—–-]+\\s*", "");
        boolean dashed = !name.equals(line);
        int comma = name.indexOf(',');
        String head = comma > 0 ? name.substring(0, comma) : name;
        if (Words.splitCount(head) > 5 || !(dashed || comma > 0 || head.equals(name))) {
            return null;
        }
        if (!dashed && io.github.newsparse.internal.structure.Casing.isAllCaps(head) && !opensWithGivenName(head)
                && (Words.splitCount(head) > 2 || holdsCommonWord(head, names))) {
            // "KAZAKHSTAN WINS AGAIN", "HUMAN RESOURCES" (the text writes "resources" in lower
            // case): a subheading in capitals, not a signature ("SHIVANG SINGH", "JANE ROE")
            return null;
        }
        Mention m = MentionParser.parse(head);
        return m == null || m.kind() != Mention.Kind.PERSON || m.name() == null || !m.name().contains(" ") ? null : m;
    }

    /** How many words a header line naming the speakers below it may hold: "Nadia Evangelou, NAR senior economist". */
    private static final int MAX_HEADER_WORDS = 12;

    /**
     * "Lawrence Yun, NAR Chief Economist" on a line of its own, then paragraphs that are nothing
     * but quotations ("“…”", "Label: “…”"): the header names whose they are, up to the first
     * paragraph or line that is otherwise. The header may be a line the body leaves out. A name
     * line right after a quotation signs it instead ({@link #signedBelow}).
     */
    private static void headedByName(String input, List<Part> body, List<Candidate> out, NameEvidence names) {
        Mention header = null;
        boolean prevQuoted = false;
        int gapFrom = 0;
        java.util.Map<Integer, List<Integer>> byParagraph = null;
        for (int pj = 0; pj < body.size(); pj++) {
            Part part = body.get(pj);
            String p = part.text();
            int gapTo = Math.max(gapFrom, part.span().start());
            int first = gapFrom;
            while (first < gapTo && Character.isWhitespace(input.charAt(first))) {
                first++;
            }
            int last = gapTo;
            while (last > first && Character.isWhitespace(input.charAt(last - 1))) {
                last--;
            }
            gapFrom = Math.max(gapFrom, part.span().end());
            if (first < last) {
                // lines between body paragraphs break the run; the last of them may head what follows
                int lineStart = last;
                while (lineStart > first && input.charAt(lineStart - 1) != '\n') {
                    lineStart--;
                }
                boolean signs = prevQuoted && lineStart == first;
                header = signs ? null : header(input.substring(lineStart, last).strip(), names);
                prevQuoted = false;
            }
            if (opensWithQuotation(p) && quotationsOnly(p)) {
                if (header != null) {
                    if (byParagraph == null) {
                        // the candidates of each paragraph, indexed once the page has a header
                        byParagraph = new java.util.HashMap<>();
                        for (int i = 0; i < out.size(); i++) {
                            byParagraph.computeIfAbsent(out.get(i).paragraph(), k -> new ArrayList<>()).add(i);
                        }
                    }
                    Attribution a = new Attribution(header, null, -1);
                    boolean labelled = !opensQuote(p, 0);
                    for (int i : byParagraph.getOrDefault(pj, List.of())) {
                        Candidate c = out.get(i);
                        // a label before the quotation is its topic, not its speaker ("Prices moderate: “…”"
                        // has no subject and no cue)
                        if (c.kind() == QuoteKind.DIRECT && (c.attribution() == null || labelled
                                && (c.attribution().mention() == null || !c.attribution().mention().namesPerson()))) {
                            out.set(i, new Candidate(c.paragraph(), c.part(), c.start(), c.end(), c.kind(), a, false));
                        }
                    }
                }
                prevQuoted = true;
            } else {
                header = prevQuoted ? null : header(p, names);
                prevQuoted = false;
            }
        }
    }

    /**
     * The person a header line names with what the person is ("Lawrence Yun, NAR Chief Economist"):
     * a full name that opens with a given name, or a titled one, then a comma. A bare name may be
     * a commenter's above a quotation of someone else, a dash opens a signature, a colon a credit
     * ("photo: Om Malik").
     */
    private static Mention header(String line, NameEvidence names) {
        if (line.isEmpty() || Words.splitCount(line) > MAX_HEADER_WORDS || line.indexOf(", ") < 0
                || line.indexOf(':') >= 0 || "—–-".indexOf(line.charAt(0)) >= 0) {
            return null;
        }
        Mention m = signature(line, names);
        return m != null && m.namesPerson() ? m : null;
    }

    /** The longest label before a quotation that opens a paragraph: "Regional divergence and policy stability: “…”". */
    private static final int MAX_LABEL_CHARS = 80;

    /**
     * Whether a paragraph holds nothing but its quotations (after an opening label): no words of
     * the writer's, such as an attribution in a language whose verbs the finder does not know.
     */
    private static boolean quotationsOnly(String p) {
        int colon = opensQuote(p, 0) ? -1 : p.indexOf(": ");
        char open = 0;
        for (int i = colon + 1; i < p.length(); i++) {
            char c = p.charAt(i);
            if (open == 0) {
                if (c == '“' || c == '«' || c == '„' || c == '"') {
                    open = c;
                } else if (Character.isLetter(c)) {
                    return false;
                }
            } else if (open == '„' ? c == '“' || c == '”' : open == '«' ? c == '»' : open == '"' ? c == '"' : c == '”') {
                // („ closes with “ in German)
                open = 0;
            }
        }
        return true;
    }

    /** Whether a paragraph opens with a quotation, or with a short label and a colon before one. */
    private static boolean opensWithQuotation(String p) {
        if (p.isEmpty()) {
            return false;
        }
        if (opensQuote(p, 0)) {
            return true;
        }
        int colon = p.indexOf(": ");
        return colon > 0 && colon < MAX_LABEL_CHARS && colon + 2 < p.length() && opensQuote(p, colon + 2)
                && p.lastIndexOf('“', colon) < 0 && p.lastIndexOf('"', colon) < 0;
    }

    /** Whether a quotation mark that opens a quotation stands at {@code p[i]}: “ " « „. */
    private static boolean opensQuote(String p, int i) {
        return "“\"«„".indexOf(p.charAt(i)) >= 0;
    }

    /** Whether a word of {@code caps} is one the text writes in lower case elsewhere ("AGAIN": "again"). */
    private static boolean holdsCommonWord(String caps, NameEvidence names) {
        for (String w : caps.strip().split(" ")) {
            if (w.length() > 1 && names.isCommonWord(w.charAt(0) + w.substring(1).toLowerCase(java.util.Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    /** Whether words in capitals open with a given name: "JANE ROE", not "KAZAKHSTAN WINS AGAIN". */
    private static boolean opensWithGivenName(String caps) {
        String first = caps.strip();
        int space = first.indexOf(' ');
        first = space < 0 ? first : first.substring(0, space);
        if (first.length() < 2) {
            return false;
        }
        String titled = first.charAt(0) + first.substring(1).toLowerCase(java.util.Locale.ROOT);
        return io.github.newsparse.internal.text.GivenNames.contains(titled);
    }

    /** "Cruz continued:" — a paragraph ending in a colon introduces the quote after it. */
    private static boolean isIntroduction(String p) {
        return p.endsWith(":");
    }

    /** A quote that opens mid-sentence after a word (not a cue and a comma or colon) is a fragment. */
    private static boolean isEmbedded(String p, int open, int prevClose) {
        int i = open - 1;
        while (i >= prevClose && i >= 0 && p.charAt(i) == ' ') {
            i--;
        }
        if (i < 0 || i < prevClose) {
            return false;
        }
        char c = p.charAt(i);
        if (c == '.' || c == '!' || c == '?' || c == ':' || c == '”' || c == '"') {
            return false;
        }
        // "He said “The Hispanics”": right after a cue the quote is speech, not a fragment
        int w = i;
        while (w > 0 && p.charAt(w - 1) != ' ') {
            w--;
        }
        String word = p.substring(w, i + 1);
        if ((word.equals("but") || word.equals("and")) && prevClose > 0 && w - 2 >= prevClose && p.charAt(w - 2) == ','
                && Sentences.count(p, prevClose, w) <= MAX_LINKED_ATTRIBUTION_WORDS && ReportedSpeech.hasCue(p, prevClose, w - 2)) {
            // "“I love Larry,” he said, but “when it comes to energy …”": the speaker goes on
            return false;
        }
        if (c == ',' && prevClose > 0 && Sentences.count(p, prevClose, i) <= MAX_INTERRUPTING_WORDS
                && (prevClose >= 2 && p.charAt(prevClose - 2) == ',' || p.charAt(ReportedSpeech.skipSpaces(p, prevClose)) == ',')
                && ReportedSpeech.hasCue(p, prevClose, i)) {
            // "“These guys know how to use words,” said Sherman, speaking of politicians, “and leave
            // …”": an attribution with its aside between the parts of one quote
            return false;
        }
        return !QuoteLexicon.isCue(Sentences.bare(word));
    }

    /** The longest tail of writer's words between a quote and its closing attribution. */
    private static final int MAX_TAIL_CHARS = 160;

    /** The most commas of such a tail tried for the attribution. */
    private static final int MAX_TAIL_COMMAS = 3;

    /**
     * The attribution that closes the sentence of a quote whose words the writer's go on in lower
     * case: "“For rank-and-file teachers, he's saying the right things” about fixing inequality,
     * said Marla Kilfoyle, …", "“Many would consider that an embarrassment” if she lost, said
     * David Wasserman". The attribution after one of the tail's first commas, its cue right after
     * it; null when a quotation mark or the sentence's end comes first.
     */
    private static Attribution closingTail(String p, int from) {
        int i = ReportedSpeech.skipSpaces(p, from);
        if (i >= p.length() || !Character.isLowerCase(p.charAt(i))) {
            return null;
        }
        int commas = 0;
        for (int j = i; j < Math.min(p.length(), i + MAX_TAIL_CHARS) && commas < MAX_TAIL_COMMAS; j++) {
            char c = p.charAt(j);
            if ("“”\"«»„".indexOf(c) >= 0 || Sentences.isEnd(p, j)) {
                return null;
            }
            if (c == ',') {
                commas++;
                Attribution a = AttributionFinder.after(p, j + 1, false);
                // the cue first ("said X"): "“I held and hugged” the families …, she said" is one
                // reported statement; never a record's "according to", which reports the sentence
                if (a != null && a.cue() != null && a.mention() != null && a.cueAt() > j
                        && Sentences.count(p, j + 1, a.cueAt()) == 0
                        && !a.cue().regionMatches(true, 0, "according", 0, 9)) {
                    return a;
                }
            }
        }
        return null;
    }

    /** The longest attribution with its aside between two parts of one quote: "said Sherman, speaking of politicians,". */
    private static final int MAX_INTERRUPTING_WORDS = 8;

    /** The longest attribution between a quote and a "but" or "and" that goes on quoting: "he said, but “…”". */
    private static final int MAX_LINKED_ATTRIBUTION_WORDS = 6;

    private static boolean endsSentence(String p, int end) {
        int i = end - 1;
        while (i >= 0 && (p.charAt(i) == '’' || p.charAt(i) == '\'' || p.charAt(i) == ')')) {
            i--;
        }
        return i >= 0 && ".!?".indexOf(p.charAt(i)) >= 0;
    }

    private static int sentenceStart(String p, int open, int floor) {
        int limit = Math.max(floor, open - MAX_SENTENCE_LOOKBACK);
        for (int i = open - 1; i > limit; i--) {
            if (Sentences.isEnd(p, i) && i + 1 < p.length() && p.charAt(i + 1) == ' ') {
                return i + 1;
            }
        }
        return limit;
    }

    /** "Poll finds …", "Police said …": a noun of a source, capitalised because it opens the sentence. */
    private static boolean isSourceNoun(String word) {
        String w = word.toLowerCase(java.util.Locale.ROOT);
        return QuoteLexicon.GROUP_NOUNS.contains(w) || QuoteLexicon.EVIDENCE_SOURCES.contains(w);
    }

    /**
     * For "he" or "she" after the subject of its own sentence ("Trump has blasted the delegate
     * system, which he said …", "Ruth Marcus … wrote that she agreed"): the person that subject
     * names, when the text knows that person; null otherwise.
     */
    private static SpeakerRegistry.Entity sameSentenceSubject(Candidate c, Attribution a, SpeakerRegistry registry) {
        Mention m = a.mention();
        String pronoun = m.kind() == Mention.Kind.PRONOUN ? m.text().toLowerCase(java.util.Locale.ROOT) : "";
        String p = c.part().text();
        int cue = a.cueAt();
        if (!pronoun.equals("he") && !pronoun.equals("she") || c.inherited() || cue <= 0 || cue > p.length()) {
            // an inherited attribution's cue lies in another paragraph
            return null;
        }
        int start = sentenceStart(p, cue, 0);
        while (start < cue && p.charAt(start) == ' ') {
            start++;
        }
        String before = p.substring(start, cue).strip();
        if (before.isEmpty() || before.equalsIgnoreCase(pronoun) || before.indexOf(' ') < 0
                || hasQuotation(before)) {
            // "He said …": the pronoun is the sentence's own subject; "“…,” she said": the words
            // before the pronoun are a quotation, not its sentence
            return null;
        }
        return registry.sentenceSubject(AttributionFinder.subject(before), pronoun);
    }

    /** Whether the text holds a quotation mark: double marks, or two single ones as some papers print them. */
    private static boolean hasQuotation(String s) {
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (ch == '“' || ch == '”' || ch == '"' || ch == '«' || ch == '»' || ch == '„'
                    || ch == '\'' && i + 1 < s.length() && s.charAt(i + 1) == '\'') {
                return true;
            }
        }
        return false;
    }

    /** "I think …", "we expect …" outside quotation marks: the writer, not someone the text names. */
    private static boolean isWriter(Mention m) {
        if (m.kind() != Mention.Kind.PRONOUN) {
            return false;
        }
        String t = m.text().toLowerCase(java.util.Locale.ROOT);
        return t.equals("i") || t.equals("we") || t.equals("you");
    }

    /** Forms of "support", whose other sense is a thing's: "It supports Bluetooth", "Excel supports functions for …". */
    private static final Set<String> SUPPORT_FORMS = Set.of("support", "supports", "supported", "supporting");

    /**
     * Whether {@code a} is a thing's "support", which holds no stance: its source is "it" that no
     * one the text names can be ("It supports Bluetooth"), or a thing described ("The library
     * supports …", "Its course creator supports …"); a name, a group, a role or evidence may hold
     * it ("Utah supporting …", "Most support Sanders", "Mr. Cruz supports …", "Current evidence
     * does not support …"), and "they" is most often people the text does not name.
     */
    private static boolean thingSupports(Attribution a, SpeakerRegistry.Entity e) {
        if (a == null || a.mention() == null || a.cue() == null) {
            return false;
        }
        String cue = a.cue().toLowerCase(java.util.Locale.ROOT);
        String verb = cue.substring(cue.lastIndexOf(' ') + 1);
        if (!SUPPORT_FORMS.contains(verb) || cue.endsWith(" for")) {
            return false;
        }
        Mention m = a.mention();
        String text = m.text().toLowerCase(java.util.Locale.ROOT);
        return m.kind() == Mention.Kind.PRONOUN ? e == null && text.equals("it")
                : m.kind() == Mention.Kind.DESCRIBED && !isSourceNoun(Sentences.bare(text.substring(text.lastIndexOf(' ') + 1)));
    }

    /**
     * Whether the candidate's speaker is a name written with its 's ("Moody's said the review
     * …", "Lloyd's agreed to …", "“…,” Moody's added."): the mention stands right before its cue,
     * a verb whose content follows at once (after "that" at most) or that ends the sentence after
     * the quotation, and a possessive would need a noun between them
     * ("Stumpf's repeated emphasis that …", "Guillaume's warning that …" name Stumpf and Guillaume).
     */
    private static boolean holdsS(Candidate c, Attribution a) {
        Mention m = a.mention();
        String t = m.text();
        String cue = a.cue();
        int at = a.cueAt();
        if (c.inherited() || m.kind() != Mention.Kind.PERSON || !(t.endsWith("'s") || t.endsWith("’s")) || cue == null
                || cue.endsWith("ing") || at <= t.length() || at >= c.start() && c.end() > at - t.length()) {
            return false;
        }
        String p = c.part().text();
        if (!p.startsWith(cue, at) || p.charAt(at - 1) != ' ' || !p.startsWith(t, at - 1 - t.length())) {
            return false;
        }
        int content = at + cue.length();
        if (c.end() <= at - t.length()) {
            // "“…,” Moody's added.": the verb closes the sentence whose quotation came first
            return content == p.length() || ".,;!?".indexOf(p.charAt(content)) >= 0;
        }
        while (content < p.length() && p.charAt(content) == ' ') {
            content++;
        }
        if (p.startsWith("that ", content) && content + "that ".length() <= c.start()) {
            content += "that ".length();
        }
        return content == c.start();
    }

    /**
     * Where candidate {@code c}'s words end: a reported statement without the comma and spaces
     * that end it ("… have come via event participation," before the sentence goes on).
     */
    private static int statementEnd(Candidate c) {
        int end = c.end();
        if (c.kind() == QuoteKind.INDIRECT) {
            String p = c.part().text();
            while (end > c.start() && (p.charAt(end - 1) == ',' || p.charAt(end - 1) == ' ')) {
                end--;
            }
        }
        return end;
    }

    private static Result build(String input, List<Candidate> candidates, SpeakerRegistry registry) {
        Map<Attribution, SpeakerRegistry.Entity> resolved = new IdentityHashMap<>();
        Map<String, SpeakerRegistry.Entity> speakers = new LinkedHashMap<>();
        Map<String, Integer> counts = new LinkedHashMap<>();
        List<Quote> quotes = new ArrayList<>();
        for (Candidate c : candidates) {
            Attribution a = c.attribution();
            SpeakerRegistry.Entity e = null;
            if (a != null && a.mention() != null && !(c.kind() == QuoteKind.INDIRECT && isWriter(a.mention()))) {
                e = resolved.containsKey(a) ? resolved.get(a) : sameSentenceSubject(c, a, registry);
                if (e == null && !resolved.containsKey(a)) {
                    e = registry.resolve(a.mention(), c.paragraph(), a.cueAt(), holdsS(c, a));
                }
                resolved.put(a, e);
            }
            int base = c.part().textStart();
            Span span = c.part().inputSpan(base + c.start(), base + statementEnd(c));
            if (span.length() == 0 || c.kind() == QuoteKind.INDIRECT && thingSupports(a, e)) {
                continue;
            }
            Mention m = a == null ? null : a.mention();
            String title = m != null && m.title() != null ? m.title() : (e != null && !e.titles.isEmpty() ? e.titles.get(0) : null);
            String affiliation = m != null && m.affiliation() != null ? m.affiliation()
                    : (e != null && !e.affiliations.isEmpty() ? e.affiliations.get(0) : null);
            quotes.add(new Quote(c.kind(), span.of(input), span, c.paragraph(), Optional.ofNullable(e).map(x -> x.name),
                    Optional.ofNullable(m).map(Mention::text).filter(t -> !t.isEmpty()),
                    Optional.ofNullable(title).filter(t -> !t.isEmpty()),
                    Optional.ofNullable(affiliation).filter(t -> !t.isEmpty()),
                    Optional.ofNullable(a).map(Attribution::cue).filter(t -> !t.isEmpty())));
            if (e != null) {
                speakers.putIfAbsent(e.name, e);
                counts.merge(e.name, 1, Integer::sum);
            }
        }
        List<Speaker> list = new ArrayList<>();
        for (var entry : speakers.entrySet()) {
            SpeakerRegistry.Entity e = entry.getValue();
            list.add(new Speaker(e.name, e.titles, e.affiliations, counts.get(entry.getKey())));
        }
        return new Result(quotes, list);
    }
}
