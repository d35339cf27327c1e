package io.github.newsparse.internal.quotes;

import io.github.newsparse.CueType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The verbs that attribute content to a source ({@code attribution-verbs.txt}): every form, what
 * it attributes and what follows it. Looked up by a word's lower-case form.
 */
final class AttributionVerbs {

    /** What follows the verb and is the attributed content. */
    enum Complement {
        /** "said (that) the plan works", "told reporters the plan works". */
        CLAUSE,
        /** "opposes the plan", "accused the mayor of lying". */
        OBJECT,
        /** "wants to run", "declined to comment". */
        TO,
        /** "called the plan a waste": a definite object, then what it is called. */
        NAMING,
        /** "sees the plan as a waste": a definite object, then "as" and what it is held to be. */
        AS,
        /**
         * "issued a statement": an object that is a message ({@code message-nouns.txt}); "Apple
         * released a new phone" attributes nothing.
         */
        MESSAGE,
        /**
         * "responded to a request for comment", "responded to Sanders": a message, or someone
         * named; "the lights respond to voice commands" attribute nothing.
         */
        ANSWER
    }

    /** How a form relates to its subject. */
    enum Form {
        /** "say": needs a plural subject, a pronoun or an auxiliary before it. */
        BASE,
        /** "says": a singular subject. */
        THIRD_PERSON,
        /** "said", "told": any subject. */
        PAST,
        /** "saying": only after "is", "was", "were", …. */
        PARTICIPLE
    }

    /** One form of a verb: its words ("called", "for"), type, complement and form. */
    record Entry(String[] words, CueType type, Complement complement, Form form) {
    }

    /** The lexicon's lines, split: type, complement, then the forms ("call+for", "called+for", …). */
    private static final List<String[]> LINES = lines();

    private static final Map<String, List<Entry>> BY_FIRST_WORD = load();

    /**
     * Forms that are only a past participle ("shown", "seen", "spoken", "proven"): a verb's line
     * lists them besides its simple past ("showed"), and they end in "n".
     */
    private static final java.util.Set<String> PAST_PARTICIPLES = pastParticiples();

    private AttributionVerbs() {
    }

    /** {@link #firstWords}, looked up without making strings. */
    static final io.github.newsparse.internal.text.CharTable FIRST_WORDS =
            io.github.newsparse.internal.text.CharTable.of(BY_FIRST_WORD.keySet());

    /** The first words of every form: a sentence without one holds no attribution of this lexicon. */
    static java.util.Set<String> firstWords() {
        return BY_FIRST_WORD.keySet();
    }

    /**
     * Whether {@code lowerWord} is a finite or participle form of a verb of speech ("pointed" of
     * "pointed out", "declared", "shouting"): a cue next to a quote.
     */
    static boolean isSpeechForm(String lowerWord) {
        for (Entry e : startingWith(lowerWord)) {
            if (e.type() == CueType.SPEECH && e.complement() == Complement.CLAUSE && e.form() != Form.BASE
                    && (e.words().length == 1 || e.words().length == 2 && PARTICLES.contains(e.words()[1]))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether {@code lowerWord} is the base form of a verb of saying with a clause ("conclude",
     * "warn", "argue"): after a quotation, the verb of a plural speaker ("“…,” the authors conclude.").
     */
    static boolean isSpeechBaseForm(String lowerWord) {
        for (Entry e : startingWith(lowerWord)) {
            if (e.type() == CueType.SPEECH && e.complement() == Complement.CLAUSE && e.form() == Form.BASE
                    && e.words().length == 1) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether {@code lowerWord} is only ever the base form of a verb of this lexicon ("say",
     * "write"; not "read", which the lexicon does not list, nor "said"): a form that agrees only
     * with a plural.
     */
    static boolean isBaseForm(String lowerWord) {
        List<Entry> entries = startingWith(lowerWord);
        if (entries.isEmpty()) {
            return false;
        }
        for (Entry e : entries) {
            if (e.form() != Form.BASE) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether {@code lowerWord}, a present in -s, attributes only with the particle its forms go on
     * with ("points" of "points out", "talks" of "talks about") and {@code nextLower} is not that
     * particle: alone, the word is a plural noun ("across multiple data points.").
     */
    static boolean lacksParticle(String lowerWord, String nextLower) {
        List<Entry> entries = startingWith(lowerWord);
        if (entries.isEmpty() || !lowerWord.endsWith("s")) {
            return false;
        }
        for (Entry e : entries) {
            if (e.words().length == 1 || e.words()[1].equals(nextLower)) {
                return false;
            }
        }
        return true;
    }

    /** Particles after which a verb's first word still speaks alone ("pointed" of "pointed out"); "made" of "made clear" does not. */
    private static final java.util.Set<String> PARTICLES = java.util.Set.of("out", "up", "on", "about", "to", "for",
            "back", "of", "against", "off", "down");

    /** Whether {@code lowerWord} is the participle of an attribution verb: "adding", "noting". */
    static boolean isParticiple(String lowerWord) {
        for (Entry e : startingWith(lowerWord)) {
            if (e.form() == Form.PARTICIPLE) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether {@code lowerWord} is the past of an attribution verb: "requested", "said" (the
     * present in -s is often a plural noun: "subtle hints", "published reports").
     */
    static boolean isPast(String lowerWord) {
        for (Entry e : startingWith(lowerWord)) {
            if (e.form() == Form.PAST) {
                return true;
            }
        }
        return false;
    }

    /** The cue of a record named in a sentence's opening phrase ("In a CNN poll, …"). */
    static final String RECORD_CUE = "in";

    /**
     * Whether {@code lowerCue} and {@code lowerNext} open a form of several words that takes an
     * object ("complained about", "warned of"): the verb then takes what follows the particle, not
     * a clause ("pointed out that …" still does).
     */
    static boolean opensLongerObjectForm(String lowerCue, String lowerNext) {
        for (Entry e : startingWith(lowerCue)) {
            if (e.words().length > 1 && e.words()[1].equals(lowerNext) && e.complement() == Complement.OBJECT) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether {@code lowerCue} and {@code lowerNext} are a two-word form of a verb that takes a
     * clause: "pointed out" in "As Ruiz pointed out, …" (the particle is the cue's, no part of
     * what was said).
     */
    private static boolean isClauseParticle(String lowerCue, String lowerNext) {
        for (Entry e : startingWith(lowerCue)) {
            if (e.words().length == 2 && e.words()[1].equals(lowerNext) && e.complement() == Complement.CLAUSE
                    && PARTICLES.contains(lowerNext)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The index of the cue's last word when its first is word {@code k} of {@code p}: {@code k + 1}
     * when the word after it is the particle of a two-word form that takes a clause ("pointed out"),
     * else {@code k}.
     */
    static int clauseFormEnd(String p, List<int[]> words, int k) {
        if (k + 1 >= words.size()) {
            return k;
        }
        String cue = Sentences.bare(p.substring(words.get(k)[0], words.get(k)[1])).toLowerCase(Locale.ROOT);
        String next = Sentences.bare(p.substring(words.get(k + 1)[0], words.get(k + 1)[1])).toLowerCase(Locale.ROOT);
        return isClauseParticle(cue, next) ? k + 1 : k;
    }

    /** Whether {@code lowerWord} is only ever the third person of a verb of the lexicon: "claims", "says". */
    static boolean isThirdPersonOnly(String lowerWord) {
        List<Entry> entries = startingWith(lowerWord);
        if (entries.isEmpty()) {
            return false;
        }
        for (Entry e : entries) {
            if (e.form() != Form.THIRD_PERSON) {
                return false;
            }
        }
        return true;
    }

    /** Whether {@code lowerWord} is a verb's particle: "out", "up", "off", "about". */
    static boolean isParticle(String lowerWord) {
        return PARTICLES.contains(lowerWord);
    }

    /** The forms whose first word is {@code lowerWord}, longest first; empty if none. */
    static List<Entry> startingWith(String lowerWord) {
        return BY_FIRST_WORD.getOrDefault(lowerWord, List.of());
    }

    /** Whether the cue is a verb of saying that takes a clause ("said", "declared"), not "described" or "called". */
    static boolean isSpeechWithClause(String cue) {
        if (cue.equals(RECORD_CUE)) {
            return false;
        }
        // one lookup for both: an unknown cue is a verb of saying with a clause ("quipped")
        Entry e = entryOf(cue);
        return e == null || e.type() == CueType.SPEECH && e.complement() == Complement.CLAUSE;
    }

    /** The complement of the cue's verb ("noting" takes a clause, "citing" an object); CLAUSE when unknown. */
    static Complement complementOf(String cue) {
        Entry e = entryOf(cue);
        return e == null ? Complement.CLAUSE : e.complement();
    }

    /**
     * The type of the verb in a cue: the last word of the cue that starts a form of the lexicon
     * ("has also said" → speech, "called for" → stance), else speech ("according to", "quipped").
     */
    static CueType typeOf(String cue) {
        if (cue.equals(RECORD_CUE)) {
            // "In a CNN poll, …": what a record found
            return CueType.EVIDENCE;
        }
        Entry e = entryOf(cue);
        return e == null ? CueType.SPEECH : e.type();
    }

    /** The lexicon's form that the cue's last matching word starts, or null. */
    private static Entry entryOf(String cue) {
        String[] w = cue.toLowerCase(Locale.ROOT).split(" ");
        // the form that ends the cue, past its auxiliaries and adverbs: "took issue with" is one
        // form, whose "issue" is no verb of its own
        for (int i = 0; i < w.length; i++) {
            for (Entry e : startingWith(Sentences.bare(w[i]))) {
                if (i + e.words().length == w.length && matchesAt(w, i, e.words())) {
                    return e;
                }
            }
        }
        for (int i = w.length - 1; i >= 0; i--) {
            for (Entry e : startingWith(Sentences.bare(w[i]))) {
                if (i + e.words().length <= w.length && matchesAt(w, i, e.words())) {
                    return e;
                }
            }
        }
        return null;
    }

    private static boolean matchesAt(String[] w, int i, String[] form) {
        for (int j = 1; j < form.length; j++) {
            if (!Sentences.bare(w[i + j]).equals(form[j])) {
                return false;
            }
        }
        return true;
    }

    /** Base forms that are their own past participle: their line lists no other past ("cast"). */
    private static final java.util.Set<String> BASE_PARTICIPLES = baseParticiples();

    private static java.util.Set<String> baseParticiples() {
        java.util.Set<String> out = new java.util.HashSet<>();
        for (String[] f : LINES) {
            if (pasts(f).isEmpty()) {
                out.add(firstWord(f[2]));
            }
        }
        return java.util.Set.copyOf(out);
    }

    /** Whether {@code lowerWord} is a base form that is also its past participle: "has cast". */
    static boolean isBaseAlsoParticiple(String lowerWord) {
        return BASE_PARTICIPLES.contains(lowerWord);
    }

    private static java.util.Set<String> pastParticiples() {
        java.util.Set<String> out = new java.util.HashSet<>();
        for (String[] f : LINES) {
            List<String> pasts = pasts(f);
            for (String w : pasts) {
                if (pasts.size() > 1 && w.endsWith("n")) {
                    out.add(w);
                }
            }
        }
        return java.util.Set.copyOf(out);
    }

    /** The first words of a line's forms that are a past ("showed", "shown"), each once. */
    private static List<String> pasts(String[] line) {
        String base = firstWord(line[2]);
        List<String> pasts = new ArrayList<>();
        for (int i = 2; i < line.length; i++) {
            String first = firstWord(line[i]);
            if (formOf(first, base) == Form.PAST && !pasts.contains(first)) {
                pasts.add(first);
            }
        }
        return pasts;
    }

    /** The first word of a form: "called" of "called+for". */
    private static String firstWord(String form) {
        int plus = form.indexOf('+');
        return plus < 0 ? form : form.substring(0, plus);
    }

    private static List<String[]> lines() {
        List<String[]> out = new ArrayList<>();
        for (String s : QuoteLexicon.read("attribution-verbs.txt")) {
            out.add(s.split("\\s+"));
        }
        return List.copyOf(out);
    }

    /** Whether {@code lowerWord} is only ever a past participle of this lexicon: "shown", "seen". */
    static boolean isPastParticipleOnly(String lowerWord) {
        return PAST_PARTICIPLES.contains(lowerWord);
    }

    private static Map<String, List<Entry>> load() {
        Map<String, List<Entry>> out = new HashMap<>();
        for (String[] f : LINES) {
            CueType type = CueType.valueOf(f[0].toUpperCase(Locale.ROOT));
            Complement complement = Complement.valueOf(f[1].toUpperCase(Locale.ROOT));
            for (int i = 2; i < f.length; i++) {
                String[] words = f[i].split("\\+");
                Entry e = new Entry(words, type, complement, formOf(words[0], firstWord(f[2])));
                out.computeIfAbsent(words[0], k -> new ArrayList<>()).add(e);
            }
        }
        for (List<Entry> list : out.values()) {
            list.sort((a, b) -> b.words().length - a.words().length);
        }
        Map<String, List<Entry>> frozen = new HashMap<>();
        out.forEach((k, v) -> frozen.put(k, List.copyOf(v)));
        return Map.copyOf(frozen);
    }

    private static Form formOf(String word, String base) {
        if (word.equals(base)) {
            return Form.BASE;
        }
        if (word.endsWith("ing")) {
            return Form.PARTICIPLE;
        }
        if (word.endsWith("s") && !word.endsWith("ss")) {
            return Form.THIRD_PERSON;
        }
        return Form.PAST;
    }
}
