package io.github.newsparse.internal.quotes;

import io.github.newsparse.internal.text.Chars;
import io.github.newsparse.internal.text.Words;
import java.util.List;
import java.util.Locale;

/**
 * Finds the attribution next to a quote: after it (",” Bronin said.", ",” said Trooper First
 * Class Tanya Compagnone, Connecticut State Police.", "” — Commissioner Geoffrey Starks") or
 * before it ("Bronin said: “", "He added, “", "According to the mayor, “").
 */
final class AttributionFinder {

    /** How far past a quote an attribution may reach, in words. */
    private static final int MAX_NP_WORDS = 12;

    /** How far before a quote its introduction may start. */
    private static final int MAX_INTRO_CHARS = 200;
    /** A subject-first introduction may run this long ("X, a … who …, said, “"). */
    private static final int MAX_LONG_INTRO_CHARS = 400;

    private AttributionFinder() {
    }

    /**
     * The attribution right after a quote that ended at {@code from} (past its closing mark).
     * {@code quoteEndsSentence}: the quote ended with . ! or ?, so a following capitalised word
     * starts a new sentence unless the cue closes it ("…,” she said.").
     */
    static Attribution after(String p, int from, boolean quoteEndsSentence) {
        Attribution a = afterQuote(p, from, quoteEndsSentence);
        if (a != null && a.cue() != null && a.cueAt() >= 0 && ASPECTUAL.contains(a.cue().toLowerCase(Locale.ROOT))
                && p.startsWith(" to ", a.cueAt() + a.cue().length())) {
            // "…, Microsoft continues to invest": a verb of going on before "to" says nothing
            return null;
        }
        return a;
    }

    /** How far back the „ that a “ closes is looked for: a run of stray “ marks stays linear. */
    private static final int MAX_CONTINENTAL_QUOTE_CHARS = 2000;

    /** Whether the quote that ends before {@code from} closes with a German or French mark: “ after „, or ». */
    private static boolean closesContinentalQuote(String p, int from) {
        int i = from - 1;
        while (i >= 0 && p.charAt(i) == ' ') {
            i--;
        }
        if (i < 0 || p.charAt(i) != '»' && p.charAt(i) != '“') {
            return false;
        }
        if (p.charAt(i) == '»') {
            return true;
        }
        for (int j = i - 1; j >= Math.max(0, i - MAX_CONTINENTAL_QUOTE_CHARS); j--) {
            if (p.charAt(j) == '„') {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code w} is a word of lower-case letters: a verb or "so" after the mark, never a name. */
    private static boolean isLowerCaseWord(String w) {
        if (w.isEmpty()) {
            return false;
        }
        for (int i = 0; i < w.length(); i++) {
            if (!Character.isLowerCase(w.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** Cues that say something after a quote ("she continued") but not before "to" ("continues to grow"). */
    private static final java.util.Set<String> ASPECTUAL = java.util.Set.of("continue", "continues", "continued",
            "continuing");

    private static Attribution afterQuote(String p, int from, boolean quoteEndsSentence) {
        int n = p.length();
        int i = from;
        while (i < n && p.charAt(i) == ' ') {
            i++;
        }
        boolean dash = false;
        boolean comma = false;
        if (i < n && (p.charAt(i) == ',' || p.charAt(i) == ';')) {
            comma = true;
            i++;
        } else if (i < n && (p.charAt(i) == '—' || p.charAt(i) == '–' || p.charAt(i) == '-' || p.charAt(i) == '―')) {
            dash = true;
            while (i < n && "—–-―".indexOf(p.charAt(i)) >= 0) {
                i++;
            }
        }
        int limit = windowEnd(p, i);
        List<int[]> words = Sentences.words(p, i, limit);
        if (words.isEmpty()) {
            return null;
        }
        String first = Sentences.bare(word(p, words.get(0)));
        if (first.equalsIgnoreCase("according") && words.size() > 2
                && Sentences.bare(word(p, words.get(1))).equals("to")) {
            // "“…,” according to a new case report": the source follows "to"
            Attribution a = cueFirst(p, words.subList(1, words.size()), limit);
            return a == null ? null : new Attribution(a.mention(), p.substring(words.get(0)[0], words.get(1)[1]),
                    words.get(0)[0]);
        }
        if (QuoteLexicon.isCue(first)) {
            return cueFirst(p, words, limit);
        }
        if (QuoteLexicon.PAST_AUXILIARIES.contains(first) && words.size() > 2
                && QuoteLexicon.isCue(Sentences.bare(word(p, words.get(1))))) {
            // "», a déclaré la maire", "“, hat der Sprecher gesagt" is not this shape
            Attribution a = cueFirst(p, words.subList(1, words.size()), limit);
            return a == null ? null : new Attribution(a.mention(), first + " " + a.cue(), words.get(0)[0]);
        }
        if (comma && closesContinentalQuote(p, from) && isLowerCaseWord(first) && words.size() > 1) {
            // "„…“, so Krüger.", "„…“, prognostizierte Bönte.", "«…», estime le ministre": after a
            // German or French closing mark and its comma the verb comes first, whatever verb it is,
            // and "so" names the source; the speaker must then be a person or a role
            List<int[]> cueAndSpeaker = words;
            if (words.size() > 2 && SPEAKER_ADVERBS.contains(word(p, words.get(1)))) {
                // "„…“, kritisiert etwa Benjamin Jendro": an adverb between the cue and its speaker
                cueAndSpeaker = new java.util.ArrayList<>(words.size() - 1);
                cueAndSpeaker.add(words.get(0));
                cueAndSpeaker.addAll(words.subList(2, words.size()));
            }
            // a verb of one person, never an adjective's ending ("„…“, öffentlichen Nahverkehr …")
            Attribution a = first.endsWith("en") || first.endsWith("em") || first.endsWith("es") ? null
                    : cueFirst(p, cueAndSpeaker, limit);
            if (a != null && a.mention() != null && (a.mention().kind() == Mention.Kind.PERSON
                    || a.mention().kind() == Mention.Kind.TITLE_REF)) {
                return a;
            }
        }
        if (CONJUNCTIONS.contains(first)) {
            // "“…”, but he also warned China …": a clause of its own, never the quote's attribution
            return null;
        }
        boolean longAppositive = namedThenAppositive(p, words);
        int maxNp = longAppositive ? MAX_APPOSITIVE_NP_WORDS : MAX_NP_WORDS;
        for (int k = 1; k < Math.min(words.size(), maxNp + 1); k++) {
            String w = word(p, words.get(k));
            String bare = Sentences.bare(w);
            if (k > MAX_NP_WORDS && !word(p, words.get(k - 1)).endsWith(",")) {
                continue; // past the usual length, the cue comes only right after the appositive's comma
            }
            // "“…,” the authors conclude.": the base form of a verb of saying, with a plural speaker,
            // ends the sentence after the quotation's comma
            boolean cue = QuoteLexicon.isCue(bare);
            boolean pluralCue = !cue && w.endsWith(".") && AttributionVerbs.isSpeechBaseForm(bare);
            if ((cue || pluralCue)
                    && (Character.isLowerCase(bare.charAt(0)) || QuoteLexicon.HEADLINE_CUES.contains(bare))
                    && !lacksParticle(p, words, k, bare) && !listItem(p, words, k)
                    && !isParticiple(bare)) {
                // "the United States, are members": a capitalised "States" is a name's word; a
                // participle after a noun phrase is no attribution's verb ("…, even journalists who
                // understand the web spend most of their time writing about …" goes on with its own)
                int a = QuoteLexicon.cueStart(p, words, k, 1);
                String np = p.substring(words.get(0)[0], words.get(a - 1)[1]);
                if (!comma && !dash && endsWithStop(p, from) && endsWithCommaPronoun(np)) {
                    // "“… lay down.” Police arrived shortly afterward, he added.": after a closed
                    // quotation, a clause and ", he added" is a statement of its own
                    return null;
                }
                // "Jo Roe, the lead for the Litigation Centre, told": the name, then its appositive
                Mention m = longAppositive ? commaSubject(np) : MentionParser.parse(np);
                if (m == null) {
                    m = longAppositive ? MentionParser.parse(np) : commaSubject(np);
                }
                if (m == null) {
                    m = describedName(np);
                }
                if (m == null || pluralCue && !m.takesBaseForm() && m.kind() != Mention.Kind.GROUP) {
                    return null;
                }
                // "…, as Ruiz pointed out, …": the particle of a two-word cue is the cue's last word
                int last = AttributionVerbs.clauseFormEnd(p, words, k);
                String lastWord = word(p, words.get(last));
                boolean closesSentence = lastWord.endsWith(".") || lastWord.endsWith(",") || last + 1 >= words.size()
                        || QuoteLexicon.ADJUNCT_STARTS.contains(Sentences.bare(word(p, words.get(last + 1))).toLowerCase(Locale.ROOT))
                        || objectEndsSentence(p, words, last);
                if (quoteEndsSentence && !comma && !closesSentence && m.kind() != Mention.Kind.PRONOUN) {
                    return null;
                }
                if (quoteEndsSentence && !comma && !dash && !first.isEmpty() && Character.isUpperCase(first.charAt(0))
                        && endsWithStop(p, from) && !closesRightThere(p, words, last)) {
                    // "“… recruiter.” She also said, without evidence, that …": after a closed
                    // sentence a capitalised subject opens the next one unless its cue ends it
                    return null;
                }
                if (last + 1 < words.size() && WH_OBJECTS.contains(Sentences.bare(word(p, words.get(last + 1))).toLowerCase(Locale.ROOT))) {
                    // "“A Time for Truth,” Cruz described how he grew up": the cue takes a clause of its own
                    return null;
                }
                return new Attribution(m, p.substring(words.get(a)[0], words.get(last)[0]) + Sentences.bare(lastWord), words.get(a)[0]);
            }
        }
        Attribution anyVerb = !comma && !dash ? nameThenAnyVerb(p, from, words) : null;
        if (anyVerb != null) {
            return anyVerb;
        }
        if (dash) {
            String signed = p.substring(words.get(0)[0], words.get(words.size() - 1)[1]);
            Mention m = MentionParser.parse(signed);
            if (m == null || m.kind() != Mention.Kind.PERSON) {
                // "“…” — Jane Roe, Rust developer": the name, then what the person is
                m = commaSubject(stripEndPunctuation(signed));
            }
            if (m != null && m.kind() == Mention.Kind.PERSON) {
                return new Attribution(m, null, -1);
            }
            if (describesSomeone(signed, words.size())) {
                // "“…” -- Software engineer with production Rust experience": who said it,
                // described, unnamed
                return new Attribution(new Mention(stripEndPunctuation(signed), Mention.Kind.DESCRIBED, null, null, null),
                        null, -1);
            }
        }
        return null;
    }

    /**
     * Whether the cue {@code bare} at word {@code k} is a verb's first word that attributes only
     * with its particle, which does not follow ("…, an essential tool for data across multiple data
     * points."); a cue of the list ({@link QuoteLexicon#CUES}) speaks alone.
     */
    private static boolean lacksParticle(String p, List<int[]> words, int k, String bare) {
        String lower = bare.toLowerCase(Locale.ROOT);
        if (QuoteLexicon.CUES.contains(lower)) {
            return false;
        }
        String next = k + 1 < words.size() ? Sentences.bare(word(p, words.get(k + 1))).toLowerCase(Locale.ROOT) : "";
        return AttributionVerbs.lacksParticle(lower, next);
    }

    /**
     * Whether the cue at word {@code k} is an item of a list between commas whose last item follows
     * with "or" or "and", or another plural item ("… through drive-thru lanes, counters, or
     * delivery apps", "unlimited invoices, customers, estimates, products, and vendors"): a noun,
     * not a verb ("…, he continues, or you can …" is one).
     */
    private static boolean listItem(String p, List<int[]> words, int k) {
        if (k < 1 || k + 1 >= words.size() || !word(p, words.get(k - 1)).endsWith(",") || !word(p, words.get(k)).endsWith(",")) {
            return false;
        }
        String next = word(p, words.get(k + 1));
        return next.equals("or") || next.equals("and")
                || next.endsWith("s,") && isLowerCaseWord(Sentences.bare(next)) && !next.endsWith("ly,");
    }

    /** The most words of a name before the verb that ends a quotation's sentence: "Holly Wilgus shares." */
    private static final int MAX_NAME_BEFORE_VERB = 3;

    /**
     * After a quotation that ends with its comma ("“…,” Wilgus shares."), a person's name or a
     * pronoun and a verb in -s or -ed that ends the sentence (or goes on with an adjunct) is the
     * quotation's attribution, whatever the verb: a verb of saying by its place ("clarifies",
     * "instructs", "confessed"). Null otherwise.
     */
    private static Attribution nameThenAnyVerb(String p, int from, List<int[]> words) {
        if (from < 2 || p.charAt(from - 2) != ',') {
            return null;
        }
        for (int k = 1; k <= MAX_NAME_BEFORE_VERB && k < words.size(); k++) {
            String w = word(p, words.get(k));
            String verb = Sentences.bare(w);
            if (!isLowerCaseWord(verb) || verb.length() < 4 || !verb.endsWith("s") && !verb.endsWith("ed")) {
                continue;
            }
            boolean ends = w.endsWith(".") || w.endsWith(",") || k + 1 == words.size()
                    || QuoteLexicon.ADJUNCT_STARTS.contains(Sentences.bare(word(p, words.get(k + 1))).toLowerCase(Locale.ROOT));
            Mention m = ends ? MentionParser.parse(p.substring(words.get(0)[0], words.get(k - 1)[1])) : null;
            boolean speaker = m != null && (m.kind() == Mention.Kind.PERSON && m.name() != null
                    || m.kind() == Mention.Kind.PRONOUN && k == 1 || m.kind() == Mention.Kind.TITLE_REF);
            return speaker ? new Attribution(m, verb, words.get(k)[0]) : null;
        }
        return null;
    }

    /** The longest description that signs a quotation after a dash, in words. */
    private static final int MAX_SIGNED_DESCRIPTION_WORDS = 12;
    /** How far into such a description its role noun is looked for: "Senior embedded systems engineer". */
    private static final int ROLE_REACH = 4;

    /**
     * Whether the words after a dash describe a person, capitalised, by a role noun among their
     * first words ("Software engineer", "Computer science professor and …"), and nothing else
     * follows them in the paragraph.
     */
    private static boolean describesSomeone(String signed, int words) {
        if (words > MAX_SIGNED_DESCRIPTION_WORDS || signed.isEmpty() || !Character.isUpperCase(signed.charAt(0))
                || signed.indexOf('“') >= 0 || signed.indexOf('"') >= 0) {
            return false;
        }
        String[] w = stripEndPunctuation(signed).toLowerCase(Locale.ROOT).split(" ");
        for (int k = 0; k < Math.min(w.length, ROLE_REACH); k++) {
            String bare = Sentences.bare(w[k]);
            if (QuoteLexicon.isTitleWords(bare) || QuoteLexicon.SOURCE_NOUNS.contains(bare)
                    && QuoteLexicon.endsWithAny(bare, QuoteLexicon.AGENT_ENDINGS)) {
                return true;
            }
        }
        return false;
    }

    /** The longest "Name, appositive," before a cue after a quote, in words. */
    private static final int MAX_APPOSITIVE_NP_WORDS = 24;

    /** The most words of the name before its appositive's comma. */
    private static final int MAX_NAME_BEFORE_APPOSITIVE = 5;

    /**
     * Whether the words after a quote open with a person's name and a comma ("Dr Atilla Kisla, the
     * international justice cluster lead for the Southern Africa Litigation Centre, told …"): the
     * appositive may then run longer than a subject does.
     */
    private static boolean namedThenAppositive(String p, List<int[]> words) {
        for (int k = 0; k < words.size() && k < MAX_NAME_BEFORE_APPOSITIVE; k++) {
            if (word(p, words.get(k)).endsWith(",")) {
                if (k == 0 && !Character.isUpperCase(p.charAt(words.get(0)[0]))) {
                    return false;
                }
                Mention m = MentionParser.parse(stripEndPunctuation(p.substring(words.get(0)[0], words.get(k)[1])));
                return m != null && m.kind() == Mention.Kind.PERSON && m.name() != null;
            }
        }
        return false;
    }

    /** Words that link a noun to a name after it: "the pitch of Kickstarter", "a friend of Trump". */
    private static final java.util.Set<String> LINKING = java.util.Set.of("of", "for", "with", "by", "from", "and",
            "or", "who", "that", "which");
    /** Words that may describe a person before the name in a closing attribution: "a weary", "the embattled". */
    private static final int MAX_DESCRIBING_WORDS = 3;

    /** Endings of words for a people ("the tired American", "a Mexican", "the young Korean"). */
    private static final List<String> DEMONYM_ENDINGS = List.of("ican", "ian", "ean", "ese", "ish", "ani", "i");

    /**
     * Whether one capitalised word reads as a people's name rather than a surname: it ends like
     * one ("American", "Chinese", "Pakistani") and holds no space; "Schwartzman", "Kaplan" do not.
     */
    private static boolean looksLikeDemonym(String run) {
        return run.indexOf(' ') < 0 && QuoteLexicon.endsWithAny(run, DEMONYM_ENDINGS);
    }

    /**
     * A person named after words that describe them, between a quote and its cue: "“…,” a weary
     * Trump said", "“…,” warm-and-fuzzy Trump said". The name is the capitalised run that ends
     * the subject; before it, an article and one or two adjectives in lower case, or one compound
     * adjective; never a party's or a nation's member ("a former Republican"). Else null.
     */
    private static Mention describedName(String np) {
        String[] w = np.split(" ");
        int name = w.length;
        while (name > 0 && Character.isUpperCase(w[name - 1].charAt(0))) {
            name--;
        }
        if (name == 0 || name == w.length || name > MAX_DESCRIBING_WORDS || w.length - name > 2) {
            return null;
        }
        for (int i = 0; i < name; i++) {
            for (int c = 0; c < w[i].length(); c++) {
                char ch = w[i].charAt(c);
                if (!Character.isLowerCase(ch) && ch != '-' && !(i > 0 && Character.isDigit(ch))) {
                    return null; // ("the 14th-ranked Schwartzman": a number inside a described word)
                }
            }
        }
        // "a weary", "the tired", or one compound adjective ("warm-and-fuzzy"): never a clause's
        // words ("which Beijing", "with Cruz", "applauded Clinton's")
        boolean article = name >= 2 && (w[0].equals("a") || w[0].equals("an") || w[0].equals("the"));
        if (!article && !(name == 1 && w[0].indexOf('-') > 0)) {
            return null;
        }
        for (int i = 1; i < name; i++) {
            if (QuoteLexicon.ADJUNCT_STARTS.contains(w[i]) || LINKING.contains(w[i])) {
                // "the pitch on Kickstarter": a phrase that names a place or a thing, not a person described
                return null;
            }
        }
        String run = String.join(" ", java.util.Arrays.copyOfRange(w, name, w.length));
        Mention m = MentionParser.parse(run);
        if (m == null || m.kind() != Mention.Kind.PERSON || m.name() == null || QuoteLexicon.PARTY_MEMBERS.contains(run)
                || looksLikeDemonym(run) && !PageNames.isSurname(run)) {
            return null;
        }
        return new Mention(np, Mention.Kind.PERSON, m.name(), null, null);
    }

    /** Whether {@code np} ends with a comma and a personal pronoun: "Police arrived, he". */
    private static boolean endsWithCommaPronoun(String np) {
        int comma = np.lastIndexOf(", ");
        return comma > 0 && QuoteLexicon.PRONOUNS.contains(np.substring(comma + 2).toLowerCase(Locale.ROOT));
    }

    /**
     * Whether the quote that closed before {@code from} ended with a full stop ("… recruiter.”"),
     * not with a question or an exclamation, after which a capitalised attribution is the rule
     * ("“Not fit!” Trump tweeted").
     */
    private static boolean endsWithStop(String p, int from) {
        int i = Math.min(from, p.length()) - 1;
        while (i >= 0 && (p.charAt(i) == ' ' || "”\"’'»".indexOf(p.charAt(i)) >= 0)) {
            i--;
        }
        return i >= 0 && p.charAt(i) == '.';
    }

    /** The longest object of a cue that ends its sentence: "asked Republican politicians.". */
    private static final int MAX_CLOSING_OBJECT_WORDS = 4;

    /**
     * Whether the cue at word {@code k} takes an object ("asked", "told") that ends the sentence
     * in a few words ("“Why?” Obama asked Republican politicians."), or with an adjunct after it
     * ("“…?” Trump asked reporters rhetorically during a news conference.").
     */
    private static boolean objectEndsSentence(String p, List<int[]> words, int k) {
        String cue = Sentences.bare(word(p, words.get(k))).toLowerCase(Locale.ROOT);
        int rest = words.size() - k - 1;
        if (!LeadingClause.OBJECT_CUES.contains(cue) || rest < 1 || !word(p, words.get(words.size() - 1)).endsWith(".")
                || ReportedSpeech.holdsClause(p, words, k + 1)) {
            return false;
        }
        if (rest <= MAX_CLOSING_OBJECT_WORDS) {
            return true;
        }
        for (int j = k + 2; j <= k + MAX_CLOSING_OBJECT_WORDS && j < words.size(); j++) {
            String w = Sentences.bare(word(p, words.get(j)));
            if (isLowerCaseWord(w) && (w.endsWith("ly") || QuoteLexicon.ADJUNCT_STARTS.contains(w) && !w.equals("to"))) {
                return true;
            }
        }
        return false;
    }

    /** Conjunctions that open a clause of its own after a quote's closing mark. */
    private static final java.util.Set<String> CONJUNCTIONS = java.util.Set.of("but", "and", "yet", "or", "so");

    /** Whether {@code word} is a coordinating conjunction ("and", "but", …), in lower case. */
    static boolean isConjunction(String word) {
        return CONJUNCTIONS.contains(word);
    }

    /**
     * Whether the sentence ends with the cue at word {@code k} or with an adjunct after it ("said
     * Monday.", "said in a statement."), not with a clause or an aside of its own ("said,
     * without evidence, that …").
     */
    private static boolean closesRightThere(String p, List<int[]> words, int k) {
        String cue = word(p, words.get(k));
        if (cue.endsWith(".") || cue.endsWith("!") || cue.endsWith("?") || k + 1 >= words.size()) {
            return true;
        }
        if (cue.endsWith(",") || cue.endsWith(":")) {
            return false;
        }
        return !ReportedSpeech.holdsClause(p, words, k + 1) && QuoteLexicon.ADJUNCT_STARTS.contains(Sentences.bare(word(p, words.get(k + 1))).toLowerCase(Locale.ROOT));
    }

    /**
     * The speaker in a subject that holds commas: "Jeff Weaver, Sanders' campaign manager," (a
     * name and its appositive) or "before the incident, she" (an adverbial, then the speaker).
     */
    static Mention commaSubject(String np) {
        int first = np.indexOf(", ");
        if (first < 0) {
            return null;
        }
        Mention head = MentionParser.parse(np.substring(0, first));
        if (head != null && head.kind() == Mention.Kind.PERSON) {
            String appositive = stripEndPunctuation(np.substring(first + 2)).strip();
            return appositive.isEmpty() ? head : withAppositive(head, appositive);
        }
        String last = np.substring(np.lastIndexOf(", ") + 2);
        int space = last.indexOf(' ');
        if (space > 0 && CONJUNCTIONS.contains(last.substring(0, space))) {
            // "“a mistake” to use email, but she denied …": the conjunction opens a clause of its own
            return null;
        }
        Mention tail = MentionParser.parse(last);
        return tail != null && (tail.kind() == Mention.Kind.PRONOUN || tail.kind() == Mention.Kind.PERSON) ? tail : null;
    }

    /** Words that open a cue's own object clause: "described how …", "asked whether …". */
    private static final java.util.Set<String> WH_OBJECTS = java.util.Set.of("how", "what", "why", "whether");

    /** An English present participle ("saying", "adding"), not "according" (to X). */
    private static boolean isParticiple(String cue) {
        return cue.length() > 5 && cue.endsWith("ing") && !cue.equalsIgnoreCase("according");
    }

    /** "said Trooper First Class Tanya Compagnone, Connecticut State Police." */
    /**
     * Words that open a modifier after an inverted subject: "known as Bob", "who asked not to be
     * named" (never a past participle that may be the verb of a reported clause: "said Clinton
     * reached out").
     */
    private static final java.util.Set<String> POST_MODIFIERS = java.util.Set.of("known", "who", "whose", "speaking",
            "referring", "citing", "according");
    /** Adjuncts that may follow an inverted speaker's name: "…, says Dana Reyes in Hartford." */
    private static final java.util.Set<String> PLACE_ADJUNCTS = java.util.Set.of("in", "on", "during",
            // when or where, after the name: "…,” said Spearmon before the 200 final."
            "before", "after", "at",
            // the same in Spanish, French and German: "…», dice Von der Leyen en su carta."
            "en", "durante", "dans", "lors", "pendant", "im", "bei", "während", "gegenüber", "am", "auf",
            // whom it was said to, after the name: "sagte Streeck dieser Redaktion", "sagte Krassyuk
            // dem Portal „sport.de“", "a déclaré Dubois à l'AFP", "dijo Moreno a la prensa"
            "dem", "der", "den", "dieser", "diesem", "à", "au", "aux", "a", "al",
            // Scandinavian, Icelandic, Polish and Czech: "…“, segir Eydís Mary Jónsdóttir í samtali við mbl.is"
            "i", "í", "på", "w", "v", "ve");

    /** Adverbs of time after an inverted speaker's name: "wrote Trump overnight on …". */
    private static final java.util.Set<String> TIME_ADVERBS = java.util.Set.of("overnight", "today", "yesterday",
            "tonight", "earlier", "later", "recently", "again", "previously", "afterward", "afterwards");

    /**
     * Adverbs around an inverted speaker in German, French and Spanish: "kritisiert etwa Jendro",
     * "so der Sprecher weiter", "ajoute encore Dubois", "explicó también Moreno".
     */
    private static final java.util.Set<String> SPEAKER_ADVERBS = java.util.Set.of("etwa", "auch", "dann", "noch",
            "zudem", "weiter", "später", "außerdem", "abschließend", "ebenfalls", "bereits", "nun", "jetzt", "damals",
            "encore", "aussi", "ensuite", "también", "además", "luego");

    /** Conjunctions after an inverted speaker that open the speaker's next act: "said Ruiz and pointed …". */
    private static final java.util.Set<String> SPEAKER_GOES_ON = java.util.Set.of("and", "but",
            // the same in the languages of foreign-cues.txt: "sagði Eydís og vísaði", "sagte Berger und zeigte"
            "og", "und", "et", "y", "e", "och", "a", "i");

    /** Words after "and" that open a second subject, not a predicate: "said Ruiz and the mayor". */
    private static final java.util.Set<String> DETERMINERS = java.util.Set.of("the", "a", "an", "his", "her", "their",
            "its", "other", "several", "many", "some", "two", "three", "der", "die", "das", "le", "la", "les", "el", "los",
            "las", "il", "lo");

    /** Whether {@code word} opens a predicate after a conjunction: a lower-case word that is no determiner. */
    private static boolean startsPredicate(String word) {
        return !word.isEmpty() && Character.isLowerCase(word.charAt(0)) && !DETERMINERS.contains(Sentences.bare(word));
    }

    /** Adverbs of a cue that comes before its speaker, in lower case: "berichtete weiter …", "ajoute encore …". */
    private static final java.util.Set<String> POST_CUE_ADVERBS = java.util.Set.of("weiter", "zudem", "außerdem",
            "auch", "ferner", "dazu", "demnach", "ebenfalls", "bereits", "nun", "jetzt", "damals", "später", "encore",
            "aussi", "également", "ensuite", "también", "además", "luego", "después", "ancora", "anche", "ook", "nog");

    private static Attribution cueFirst(String p, List<int[]> words, int limit) {
        String raw = word(p, words.get(0));
        String cue = Sentences.bare(raw);
        if (isParticiple(cue)) {
            // "“…,” saying the city embodied …": a participle opens a clause, never "said X"
            return null;
        }
        if (raw.endsWith(",") || raw.endsWith(";")) {
            // "… through drive-thru lanes, counters, or delivery apps": a cue and its speaker are
            // never apart by a comma, so this is a list's item
            return null;
        }
        int k = 1;
        int npEnd = -1;
        while (k < words.size() && k <= MAX_NP_WORDS) {
            String w = word(p, words.get(k));
            if (w.endsWith(",") || w.endsWith(".") && !isAbbreviationWord(w) || w.endsWith(";")) {
                npEnd = k + 1;
                break;
            }
            k++;
        }
        if (npEnd < 0) {
            npEnd = Math.min(words.size(), MAX_NP_WORDS + 1);
        }
        if (npEnd <= 1) {
            return null;
        }
        // "…, berichtete weiter die Nachrichtenagentur Wafa", "…, ajoute encore le ministre": an
        // adverb of the cue stands before its speaker
        int first = npEnd > 2 && POST_CUE_ADVERBS.contains(Sentences.bare(word(p, words.get(1)))) ? 2 : 1;
        int npStart = words.get(first)[0];
        int npStop = words.get(npEnd - 1)[1];
        String np = stripEndPunctuation(p.substring(npStart, npStop));
        Mention m = MentionParser.parse(np);
        for (int j = first + 1; m != null && j < npEnd; j++) {
            // "said Trump in an interview with Fox News", "schrieb Trump in seinem Netzwerk Truth
            // Social": the speaker ends where an adjunct opens, though the words after it parse
            // as a name too
            String next = word(p, words.get(j));
            String bareNext = Sentences.bare(next);
            if (!Character.isLowerCase(next.charAt(0)) || !(PLACE_ADJUNCTS.contains(bareNext)
                    || TIME_ADVERBS.contains(bareNext) || bareNext.endsWith("ly") && bareNext.length() > 4)) {
                continue;
            }
            String before = word(p, words.get(j - 1));
            boolean inName = m.name() != null && (" " + m.name() + " ").contains(" " + bareNext + " ");
            boolean workplace = bareNext.equals("at") && j + 1 < npEnd && Character.isUpperCase(word(p, words.get(j + 1)).charAt(0));
            if (inName || QuoteLexicon.PARTICLES.contains(before) || workplace) {
                // "Ursula von der Leyen": a particle of the name; "Simone Vintz von der Stiftung",
                // "John Ing at Maison Placements": where the person works
                break;
            }
            Mention named = MentionParser.parse(stripEndPunctuation(p.substring(npStart, words.get(j - 1)[1])));
            if (named != null && (named.kind() == Mention.Kind.PERSON && named.name() != null
                    || named.kind() == Mention.Kind.TITLE_REF)) {
                m = named;
            }
            break;
        }
        boolean invertedPronoun = false;
        for (int j = npEnd - 1; m == null && j > 1; j--) {
            // "said the base chief known as Bob", "said one executive who requested anonymity":
            // the subject ends where a lower-case modifier starts
            String next = word(p, words.get(j));
            if (Character.isLowerCase(next.charAt(0)) && POST_MODIFIERS.contains(Sentences.bare(next))) {
                m = MentionParser.parse(p.substring(npStart, words.get(j - 1)[1]));
            } else if (SPEAKER_GOES_ON.contains(next) && j + 1 < npEnd && startsPredicate(word(p, words.get(j + 1)))) {
                // "“…,” said Ruiz and pointed to the river", "sagði Eydís og vísaði …": the speaker's
                // next act, after a name or a role alone ("said Sen. Jim Whelan, who represents
                // Atlantic City and served …" is no such name; "continues the performance and …" no role)
                String before = p.substring(npStart, words.get(j - 1)[1]);
                Mention named = before.indexOf(',') < 0 && !before.contains(" who ") ? MentionParser.parse(before) : null;
                m = named != null && (named.kind() == Mention.Kind.PERSON || named.kind() == Mention.Kind.TITLE_REF)
                        ? named : null;
            } else if (j == npEnd - 1 && SPEAKER_ADVERBS.contains(Sentences.bare(next))) {
                // "„…“, so der Feuerwehrsprecher weiter.": the speaker, then an adverb that ends the sentence
                m = MentionParser.parse(p.substring(npStart, words.get(j - 1)[1]));
            } else if (Character.isLowerCase(next.charAt(0)) && PLACE_ADJUNCTS.contains(Sentences.bare(next))) {
                // "…, says county engineer Dana Reyes in Hartford.": after a person's name, an
                // adjunct; after any other noun a phrase of it ("conceded the situation in the country")
                Mention named = MentionParser.parse(p.substring(npStart, words.get(j - 1)[1]));
                // "…“, sagt er im Gespräch mit …": German and French put the pronoun after the cue
                invertedPronoun = named != null && named.kind() == Mention.Kind.PRONOUN
                        && QuoteLexicon.FOREIGN_PRONOUNS.containsKey(named.text().toLowerCase(Locale.ROOT));
                m = named != null && (named.kind() == Mention.Kind.PERSON || invertedPronoun) ? named : null;
            }
        }
        if (m == null || m.kind() == Mention.Kind.PRONOUN && npEnd > 2 && !invertedPronoun) {
            return null;
        }
        if (AttributionVerbs.isBaseForm(cue.toLowerCase(Locale.ROOT)) && !VerbAttribution.plural(m, m.text())) {
            // "…, say the researchers" inverts with a plural; "Prepare assets, write a store
            // listing, and upload …" is a list of instructions
            return null;
        }
        String lastWord = word(p, words.get(npEnd - 1));
        if (lastWord.endsWith(",") && npEnd < words.size()) {
            String appositive = stripEndPunctuation(p.substring(words.get(npEnd)[0], limit)).strip();
            // a title alone reads as a one-word name ("says Co-Founder, Stephanie Özcan")
            boolean titleOnly = QuoteLexicon.isTitleWords(stripEndPunctuation(np).toLowerCase(Locale.ROOT));
            Mention named = m.kind() == Mention.Kind.PERSON && !titleOnly ? null : nameAfterRole(appositive);
            // "said the Conservative MP for Bath, Jane Hill": the role, then the person it names
            m = named != null ? new Mention(np + ", " + appositive, Mention.Kind.PERSON, named.name(),
                    named.title() != null ? named.title() : np, named.affiliation()) : withAppositive(m, appositive);
        }
        // the cue's adverb stays with it: "berichtete weiter"
        String cueText = first == 2 ? stripEndPunctuation(p.substring(words.get(0)[0], words.get(1)[1])) : cue;
        return new Attribution(m, cueText, words.get(0)[0]);
    }

    /** The person an appositive names when it is a name alone, capitalised throughout ("Jane Hill", "Sen. Jo Roe"); else null. */
    private static Mention nameAfterRole(String appositive) {
        if (appositive.isEmpty() || appositive.contains(",") || appositive.contains(" and ")) {
            return null;
        }
        for (String w : appositive.split(" ")) {
            if (w.isEmpty() || !Character.isUpperCase(w.charAt(0))) {
                return null;
            }
        }
        Mention named = MentionParser.parse(appositive);
        return named != null && named.kind() == Mention.Kind.PERSON && named.name() != null
                && named.name().indexOf(' ') > 0 ? named : null;
    }

    /** ", Connecticut State Police" → affiliation; ", a spokesman for the city" → title and affiliation. */
    static Mention withAppositive(Mention m, String appositive) {
        String lower = appositive.toLowerCase(Locale.ROOT);
        for (String lead : ROLE_CLAUSE_LEADS) {
            if (lower.startsWith(lead) && appositive.length() > lead.length()) {
                // "Steve Lederer, who is the city manager": the relative clause names the role
                appositive = appositive.substring(lead.length());
                lower = lower.substring(lead.length());
                break;
            }
        }
        if (appositive.isEmpty() || Words.splitCount(appositive) > 10) {
            return m;
        }
        if (lower.startsWith("who ") || lower.startsWith("whose ") || lower.startsWith("which ")
                || lower.startsWith("that ")) {
            // "Jack Scarola, who represents some of the accusers": what the person does, no role
            return m;
        }
        int forAt = lower.indexOf(" for ");
        if ((lower.startsWith("a ") || lower.startsWith("the ")) && forAt > 0) {
            String title = appositive.substring(appositive.indexOf(' ') + 1, forAt);
            String org = MentionParser.stripArticle(appositive.substring(forAt + 5).strip());
            return m.withTitle(title).withAffiliation(org);
        }
        Mention group = Character.isUpperCase(appositive.charAt(0)) ? MentionParser.parse(appositive) : null;
        if (group != null && group.kind() == Mention.Kind.GROUP) {
            return m.withAffiliation(MentionParser.stripArticle(appositive));
        }
        return roleAt(m, appositive);
    }

    /** Relative clauses that only name a role: "who is the city manager", "who serves as treasurer". */
    private static final List<String> ROLE_CLAUSE_LEADS = List.of("who is ", "who was ", "who serves as ",
            "who served as ", "who works as ", "who worked as ", "who is now ");

    /** The longest role in an appositive, in words: "executive director", "assistant professor". */
    private static final int MAX_ROLE_WORDS = 4;

    /**
     * "founder of the Media Research Center", "an assistant professor at Syracuse University",
     * "Sanders' campaign manager": a role in lower case and the organisation it is held at.
     */
    private static Mention roleAt(Mention m, String appositive) {
        if (MentionParser.opensWithPreposition(appositive)) {
            // "Randolph, during one exchange with Rybicki, questioned …": an adjunct, no role
            return m;
        }
        String[] w = appositive.split(" ");
        int from = w[0].equalsIgnoreCase("a") || w[0].equalsIgnoreCase("an") || w[0].equalsIgnoreCase("the") ? 1 : 0;
        String first = w[Math.min(from, w.length - 1)];
        if (first.endsWith("’s") || first.endsWith("'s") || first.endsWith("’") || first.endsWith("'")) {
            // "Sanders’ campaign manager", "the mayor's spokesman"
            String owner = first.substring(0, first.length() - (first.endsWith("s") ? 2 : 1));
            if (w.length - from >= 2 && w.length - from <= MAX_ROLE_WORDS + 1 && !owner.isEmpty()
                    && MentionParser.allLowerCase(w, from + 1, w.length)) {
                Mention titled = m.withTitle(MentionParser.join(w, from + 1, w.length));
                return Character.isUpperCase(owner.charAt(0)) ? titled.withAffiliation(owner) : titled;
            }
            return m;
        }
        for (int k = from + 1; k < w.length - 1 && k - from <= MAX_ROLE_WORDS; k++) {
            if (!(w[k].equals("of") || w[k].equals("at") || w[k].equals("with"))) {
                continue;
            }
            String org = MentionParser.stripArticle(MentionParser.join(w, k + 1, w.length));
            if (MentionParser.allLowerCase(w, from, k) && !org.isEmpty() && Character.isUpperCase(org.charAt(0))) {
                return m.withTitle(MentionParser.join(w, from, k)).withAffiliation(org);
            }
            return m;
        }
        if (from == 1 && w.length - from <= MAX_DESCRIBED_ROLE_WORDS && MentionParser.allLowerCase(w, from, w.length)) {
            // "Ana Lopez, the town engineer, said": a role without its organisation
            return m.withTitle(MentionParser.join(w, from, w.length));
        }
        return m;
    }

    /** The longest role after an article in an appositive: "the town engineer", "a longtime resident". */
    private static final int MAX_DESCRIBED_ROLE_WORDS = 3;


    /** Participles that hand a sentence's subject a further quote: ", adding: “…”". */
    private static final java.util.Set<String> HANDING_PARTICIPLES = java.util.Set.of("adding", "saying",
            "continuing", "noting", "writing", "declaring", "explaining", "insisting", "asking", "concluding");

    /**
     * "He called it a “major breach of trust,” adding: “I am …”": a participle between two quotes
     * of one sentence; the sentence's subject speaks.
     */
    static Attribution participleAfterQuote(String p, int sentenceStart, int prevClose, int open) {
        if (prevClose <= sentenceStart || open - prevClose > MAX_PARTICIPLE_GAP_WITH_ADJUNCT) {
            return null;
        }
        String gap = p.substring(prevClose, open).strip();
        while (!gap.isEmpty() && ",;:—– ".indexOf(gap.charAt(0)) >= 0) {
            gap = gap.substring(1);
        }
        // the participle, alone or after an adjunct and its comma ("… called “Perception” on his
        // Facebook page, writing “…”")
        int lastSpace = gap.lastIndexOf(' ');
        String last = gap.substring(lastSpace + 1);
        String cue = Sentences.bare(last).toLowerCase(Locale.ROOT);
        boolean alone = lastSpace < 0 && (gap.endsWith(":") || gap.endsWith(",")) && open - prevClose <= MAX_PARTICIPLE_GAP;
        boolean afterComma = lastSpace > 0 && gap.charAt(lastSpace - 1) == ',' && !last.endsWith(";");
        if (!HANDING_PARTICIPLES.contains(cue) || !alone && !afterComma) {
            return null;
        }
        Mention m = subject(p.substring(sentenceStart, prevClose).strip());
        return m == null ? null : new Attribution(m, cue, p.lastIndexOf(last, open));
    }

    private static final int MAX_PARTICIPLE_GAP = 20;
    /** The most characters between the quotes when an adjunct comes before the participle: "on his page, writing". */
    private static final int MAX_PARTICIPLE_GAP_WITH_ADJUNCT = 60;

    /**
     * The speaker of a closing attribution that ends {@code seg} before a participle at
     * {@code participle}: in "The leaders will meet next week, Spicer said, adding: “…”" Spicer
     * goes on, not the sentence's subject. Null when no statement ends there.
     */
    /** Commas tried back from a participle for the clause whose subject it goes on with. */
    private static final int PARTICIPLE_CLAUSE_COMMAS = 3;

    /**
     * The subject of the clause that ends at the comma before a participle at {@code participle}:
     * "And although he thanked …, he sounded a rare note of self-deprecation, saying, “" is his;
     * the clause starts after one of the commas before it, and a verb follows its subject.
     */
    private static Mention clauseSubjectBefore(String seg, int participle) {
        int end = beforeComma(seg, participle);
        int comma = end;
        for (int tried = 0; tried < PARTICIPLE_CLAUSE_COMMAS; tried++) {
            comma = seg.lastIndexOf(", ", comma - 1);
            if (comma < 0) {
                return null;
            }
            String clause = seg.substring(comma + 2, end);
            String[] w = clause.split(" ");
            if (w.length < 2 || CLAUSE_OPENERS.contains(w[0].toLowerCase(Locale.ROOT))) {
                continue;
            }
            Mention m = subject(clause);
            if (m != null && clause.startsWith(m.text()) && m.text().length() < clause.length()) {
                String next = clause.substring(m.text().length()).strip();
                int space = next.indexOf(' ');
                if (ReportedSpeech.looksLikeVerb(space < 0 ? next : next.substring(0, space))) {
                    return m;
                }
            }
        }
        return null;
    }

    /** Conjunctions that open a clause with its own subject: "… so subdued that Trump was prompted to say". */
    private static final java.util.Set<String> SUBORDINATORS = java.util.Set.of("that", "when", "where", "because", "after",
            "before", "while", "until", "once");

    /** Words looked back from a participle for the conjunction that opens its clause. */
    private static final int MAX_SUBORDINATE_WORDS = 10;

    /**
     * The subject of the subordinate clause that holds the participle or infinitive {@code words[k]},
     * when no comma comes between them: "The debate was so subdued that Mr. Trump was prompted to
     * say, “" is his, not the debate's; "When he returned he began by saying, “" is his. Null when
     * no conjunction opens such a clause or no person or pronoun follows it.
     */
    private static Mention subordinateSubject(String seg, List<int[]> words, int k) {
        // "…, when protesters interrupted her, shouting": a clause of time or place set off by a
        // comma; "suggested that the car would sell well, saying" goes on with the sentence's subject
        boolean setOff = k > 0 && word(seg, words.get(k - 1)).endsWith(",");
        for (int j = k - 1; j >= 0 && j >= k - MAX_SUBORDINATE_WORDS; j--) {
            String w = word(seg, words.get(j));
            if (j < k - 1 && (w.endsWith(",") || w.endsWith(";"))) {
                return null;
            }
            if (j + 2 < k && SUBORDINATORS.contains(w.toLowerCase(Locale.ROOT)) && !(setOff && w.equalsIgnoreCase("that"))) {
                String clause = seg.substring(words.get(j + 1)[0], words.get(k)[0]).strip();
                Mention m = subject(clause);
                if (m == null) {
                    // "where about 50 protesters had gathered, chanting": the words before the verb
                    m = groupBeforeVerb(clause.split(" "));
                }
                // a group only with its verb after it: "when protesters interrupted her, shouting"
                // ("after the debate, asserting" holds no clause)
                return (isSomeone(m) || m != null && m.kind() == Mention.Kind.GROUP && verbAfter(clause, m.text()))
                        && clause.startsWith(m.text()) ? m : null;
            }
        }
        return null;
    }

    /** The group that the words {@code w} open, up to a past or an auxiliary: "about 50 protesters had …". */
    private static Mention groupBeforeVerb(String[] w) {
        for (int v = 1; v < Math.min(w.length, MAX_NP_WORDS); v++) {
            if (w[v - 1].endsWith(",") || w[v - 1].endsWith(";")) {
                return null;
            }
            if (ReportedSpeech.looksLikePastOrAuxiliary(w[v])) {
                Mention m = MentionParser.parse(MentionParser.join(w, 0, v));
                return m != null && m.kind() == Mention.Kind.GROUP ? m : null;
            }
        }
        return null;
    }

    /** Whether the word after {@code subject}, which opens {@code clause}, reads as a verb. */
    private static boolean verbAfter(String clause, String subject) {
        if (!clause.startsWith(subject) || subject.length() >= clause.length()) {
            return false;
        }
        String next = clause.substring(subject.length()).strip();
        int space = next.indexOf(' ');
        return ReportedSpeech.looksLikeVerb(space < 0 ? next : next.substring(0, space));
    }

    /** The most words of the noun phrase of an absolute clause: "with many marchers and spectators chanting". */
    private static final int MAX_ABSOLUTE_WORDS = 6;

    /**
     * The noun phrase of an absolute clause that the participle {@code words[k]} ends: "…, with
     * Trump reportedly yelling: “", "with many marchers chanting “": the words after "with", up
     * to an adverb in -ly; null when no "with" opens them.
     */
    private static Mention absoluteSubject(String seg, List<int[]> words, int k) {
        int end = k;
        if (end > 0 && isLowerCaseWord(word(seg, words.get(end - 1))) && word(seg, words.get(end - 1)).endsWith("ly")) {
            end--;
        }
        for (int j = end - 1; j >= 0 && j >= end - 1 - MAX_ABSOLUTE_WORDS; j--) {
            String w = word(seg, words.get(j));
            if (w.endsWith(",") || w.endsWith(";") || w.endsWith(":") || isDash(w)) {
                return null;
            }
            if (w.equalsIgnoreCase("with")) {
                return j + 1 < end ? MentionParser.parse(seg.substring(words.get(j + 1)[0], words.get(end - 1)[1])) : null;
            }
        }
        return null;
    }

    /** The speaker (a person or a pronoun) of the first statement that {@code seg[0, end)} reports, or null. */
    private static Mention speakerBefore(String seg, int end) {
        List<ReportedSpeech.Found> found = ReportedSpeech.findAll(seg, 0, end);
        Mention m = found.isEmpty() ? null : found.get(0).attribution().mention();
        return isSomeone(m) ? m : null;
    }

    /** Whether {@code m} names a person, by name, by role or by a pronoun (not the reader's "you"). */
    private static boolean isSomeone(Mention m) {
        return m != null && (m.kind() == Mention.Kind.PERSON || m.kind() == Mention.Kind.TITLE_REF
                || m.kind() == Mention.Kind.PRONOUN && !m.isReader());
    }

    /** Where the words before a participle at {@code participle} end, without the comma and spaces before it. */
    private static int beforeComma(String seg, int participle) {
        int end = participle;
        while (end > 0 && (seg.charAt(end - 1) == ' ' || seg.charAt(end - 1) == ',')) {
            end--;
        }
        return end;
    }

    /** The most words of a closing attribution before a participle: ", the county's chief engineer said". */
    private static final int MAX_CLOSING_WORDS = 8;

    private static Mention closingSpeaker(String seg, int participle) {
        int end = beforeComma(seg, participle);
        if (end <= 0 || seg.lastIndexOf(',', end) < 0) {
            return null;
        }
        // the words before the participle alone: the shapes read on past the end they are given
        String head = seg.substring(0, end);
        List<ReportedSpeech.Found> found = ReportedSpeech.findAll(head, 0, end);
        if (found.isEmpty()) {
            return null;
        }
        ReportedSpeech.Found last = found.get(found.size() - 1);
        Attribution a = last.attribution();
        // the statement before its attribution, which ends the words before the participle
        return a.cueAt() >= last.end() && Sentences.count(head, last.end(), end) <= MAX_CLOSING_WORDS ? a.mention() : null;
    }

    /**
     * The attribution in the text before a quote opening at {@code open}, from the start of its
     * sentence {@code from}: "Bronin said: “", "He added, “", "According to police, “".
     */
    static Attribution before(String p, int from, int open) {
        // An introduction is short: look no further back than a long clause.
        String seg = p.substring(Math.max(from, open - MAX_INTRO_CHARS), open).strip();
        if (seg.isEmpty()) {
            return null;
        }
        List<int[]> words = Sentences.words(seg, 0, seg.length());
        if (words.isEmpty()) {
            return null;
        }
        if (words.size() > MAX_NP_WORDS + 6) {
            return longIntroduction(p, from, open, seg, words);
        }
        String lowerSeg = seg.toLowerCase(Locale.ROOT);
        if (lowerSeg.startsWith("according to ") && (seg.endsWith(",") || seg.endsWith(":"))) {
            Mention m = MentionParser.parse(seg.substring(13, seg.length() - 1));
            return m == null ? null : new Attribution(m, "according to", from + p.substring(from).indexOf(seg));
        }
        String last = seg.substring(words.get(words.size() - 1)[0]);
        boolean introduces = last.endsWith(",") || last.endsWith(":") || QuoteLexicon.isCue(Sentences.bare(last));
        if (!introduces) {
            return null;
        }
        int segAt = p.indexOf(seg, from);
        if (last.endsWith(":")) {
            // "In her words:", "Ruiz had this to say:", "Here's what Ruiz had to say:"
            Attribution hadToSay = hadToSay(seg, segAt);
            if (hadToSay != null) {
                return hadToSay;
            }
        }
        for (int k = words.size() - 1; k >= 0 && k >= words.size() - MAX_ADJUNCT_INTRO_WORDS; k--) {
            String bare = Sentences.bare(seg.substring(words.get(k)[0], words.get(k)[1]));
            // "Said Dorothy Poynter, who grew up with Ali, “": a capitalised cue that opens the
            // sentence has its speaker after it, however long
            boolean inverted = k == 0 && !bare.isEmpty() && Character.isUpperCase(bare.charAt(0)) && !bare.endsWith("ing");
            if (!QuoteLexicon.isCue(bare) || k < words.size() - 4 && !inverted && !onlyAdjunctAfter(seg, words, k)) {
                continue;
            }
            String lowerCue = bare.toLowerCase(Locale.ROOT);
            boolean participle = lowerCue.endsWith("ing")
                    || k > 0 && seg.substring(words.get(k - 1)[0], words.get(k - 1)[1]).equalsIgnoreCase("to");
            if (participle) {
                // "…rallied supporters, saying: “", "The email goes on to say: “": the subject speaks;
                // never the reader ("You keep saying “…”") nor a label before a colon ("Tip #2: Learn to Say “No”")
                boolean label = seg.lastIndexOf(": ", words.get(k)[0]) >= 0;
                Mention m = label ? null : absoluteSubject(seg, words, k);
                if (m == null && !label) {
                    m = closingSpeaker(seg, words.get(k)[0]);
                }
                if (m == null && !label) {
                    m = subordinateSubject(seg, words, k);
                }
                m = m != null || label ? m : subject(seg);
                if (m == null && !label) {
                    m = clauseSubjectBefore(seg, words.get(k)[0]);
                }
                return m == null || m.isReader() ? null : new Attribution(m, bare, segAt + words.get(k)[0]);
            }
            int a = k == 0 ? 0 : QuoteLexicon.cueStart(seg, words, k, 1);
            int npFrom = a == 0 ? 0 : clauseStart(seg, words, a);
            int nameEnd = 1;
            while (k == 0 && nameEnd < words.size() - 1 && !word(seg, words.get(nameEnd)).endsWith(",")) {
                nameEnd++;
            }
            if (k == 0 && words.size() > 1 && nameEnd <= MAX_NP_WORDS) {
                // "Said Comey, “…”": the cue first, then its speaker, up to its first comma ("Said
                // Dorothy Poynter, who grew up with Ali, “…”")
                Mention m = MentionParser.parse(stripEndPunctuation(seg.substring(words.get(1)[0], words.get(nameEnd)[1])));
                if (m != null) {
                    return new Attribution(m, bare, segAt + words.get(0)[0]);
                }
                if (inverted && nameEnd < words.size() - 1) {
                    continue; // "Asked whether …, he went on:": a question's phrase, then the speaker
                }
                return null;
            }
            if (npFrom >= a) {
                String link = a > 0 ? Sentences.bare(word(seg, words.get(a - 1))).toLowerCase(Locale.ROOT) : "";
                if (a > 1 && (link.equals("and") || link.equals("but"))) {
                    // "Lazar said he welcomed extradition and added, “…”": the sentence's subject goes on
                    Mention m = subject(seg);
                    if (m == null) {
                        // "In an interview last year, Lazar said he welcomed … and added, “…”": the
                        // speaker of the statement before the link, past the opening phrase
                        m = speakerBefore(seg, words.get(a - 1)[0]);
                    }
                    return m == null || m.kind() == Mention.Kind.DESCRIBED ? null
                            : new Attribution(m, seg.substring(words.get(a)[0], words.get(k)[0]) + bare, segAt + words.get(a)[0]);
                }
                Mention antecedent = relativeAntecedent(seg, words, a);
                if (antecedent != null) {
                    return new Attribution(antecedent, seg.substring(words.get(a)[0], words.get(k)[0]) + bare, segAt + words.get(a)[0]);
                }
                return null;
            }
            Mention m = word(seg, words.get(a - 1)).endsWith(",")
                    // "Ana Ruiz, the acting chairwoman, told …": the name before its appositive
                    ? LeadingClause.subjectBeforeAppositive(seg, words, a - 1) : null;
            if (m == null) {
                m = MentionParser.parse(seg.substring(words.get(npFrom)[0], words.get(a - 1)[1]));
            }
            int sa = m == null ? SubjectAdjunct.subjectEnd(seg, words, a) : a;
            if (m == null && sa > npFrom && sa < a) {
                // "Priebus later Thursday told Fox News: “": the subject before its time
                m = MentionParser.parse(seg.substring(words.get(npFrom)[0], words.get(sa - 1)[1]));
            }
            if (m == null && a > npFrom + 1) {
                // "In a Bloomberg interview Trump declared “…”", "On Monday he said “…”": an opening
                // phrase without its comma, then the subject
                m = LeadingClause.pastOpening(seg, words, npFrom, a);
            }
            if (m == null && k + 1 < words.size() && QuoteLexicon.FOREIGN_CUES.contains(lowerCue)
                    && MentionParser.GERMAN_OPENING_ADVERBIALS.contains(Sentences.bare(word(seg, words.get(npFrom))))) {
                // "Dazu sagte Bürgermeisterin Anna Ruiz: „…“", "Am Montag erklärte er: „…“": the first
                // phrase is no subject, and the verb, second, has its subject after it
                m = invertedSubject(seg, words, k);
            }
            return m == null ? null
                    : new Attribution(m, seg.substring(words.get(a)[0], words.get(k)[0]) + bare, segAt + words.get(a)[0]);
        }
        Attribution putIt = putIt(seg, words, segAt);
        if (putIt != null) {
            return putIt;
        }
        if (last.endsWith(":") && words.size() == 1) {
            // "Clinton: “Our goal is …” Bush: “The mission is …”": a surname the page writes after a
            // given name or a title, alone before the colon, labels the quotation
            String name = Sentences.bare(last);
            Mention m = PageNames.isSurname(name) && !PageNames.writtenInLowerCase(name.toLowerCase(Locale.ROOT))
                    ? MentionParser.parse(name) : null;
            if (m != null && m.kind() == Mention.Kind.PERSON) {
                return new Attribution(m, ":", segAt + last.length() - 1);
            }
        }
        if (last.endsWith(":") && words.size() >= 2) {
            // "… doesn't surprise Republican pollster Daron Shaw: “…”": a named person, then a colon
            Attribution named = namedBeforeColon(seg, words, segAt);
            if (named != null) {
                return named;
            }
        }
        if (last.endsWith(":") || last.endsWith(",") && Sentences.bare(last).endsWith("ed")) {
            // "Cruz called them on it:", "she thanked the crowd and then boomed," — the subject speaks.
            Mention m = subject(seg);
            // the verb is the word after the subject, wherever the subject starts ("But he said …:"),
            // the subject a whole word ("If I were …" holds no "I" at its start)
            int after = m == null ? -1 : Chars.indexOfWord(seg, m.text(), 0);
            int verb = after < 0 ? -1 : ReportedSpeech.skipSpaces(seg, after + m.text().length());
            int verbEnd = wordEnd(seg, verb);
            if (verb >= 0 && verb < verbEnd && NOT_SPEAKING.contains(seg.substring(verb, verbEnd))) {
                // "he seems focused on …:", "It will also save you from …:": an auxiliary speaks only
                // with the verb of saying after it ("he has said:")
                boolean perfect = PERFECT.contains(seg.substring(verb, verbEnd));
                int next = ReportedSpeech.skipSpaces(seg, verbEnd);
                int nextEnd = wordEnd(seg, next);
                // "Clinton has since apologized for what happened:": a perfect, past its adverbs
                for (int skipped = 0; perfect && skipped < 2 && next < nextEnd && isAdverb(seg.substring(next, nextEnd)); skipped++) {
                    next = ReportedSpeech.skipSpaces(seg, nextEnd);
                    nextEnd = wordEnd(seg, next);
                }
                String nextWord = next < nextEnd ? Sentences.bare(seg.substring(next, nextEnd)) : "";
                verbEnd = QuoteLexicon.isCue(nextWord) || perfect && nextWord.length() > 3 && nextWord.endsWith("ed")
                        && Character.isLowerCase(nextWord.charAt(0)) ? nextEnd : -1;
            }
            if (verb >= 0 && verb < verbEnd && (m.kind() == Mention.Kind.PERSON || m.kind() == Mention.Kind.PRONOUN
                    && !m.isReader() || m.kind() == Mention.Kind.TITLE_REF)
                    && Character.isLowerCase(seg.charAt(verb))) {
                return new Attribution(m, Sentences.bare(seg.substring(verb, verbEnd)), segAt + verb);
            }
        }
        return null;
    }

    /**
     * The subject right after a verb-second cue at word {@code k}, up to the colon or comma that
     * ends the introduction: a name, a title and a name, or a pronoun ("sagte Bürgermeisterin Anna
     * Ruiz:", "erklärte er:"); null when the words after the cue are anything else ("sagte am
     * Montag:").
     */
    private static Mention invertedSubject(String seg, List<int[]> words, int k) {
        // the words after the cue, up to the one that ends the introduction or the segment
        int end = k + 1;
        while (end < words.size() && !word(seg, words.get(end)).endsWith(",") && !word(seg, words.get(end)).endsWith(":")) {
            end++;
        }
        end = Math.min(end + 1, words.size());
        if (end - (k + 1) > MAX_NP_WORDS) {
            return null;
        }
        Mention m = MentionParser.parse(stripEndPunctuation(seg.substring(words.get(k + 1)[0], words.get(end - 1)[1])));
        return m != null && (m.kind() == Mention.Kind.PERSON && m.name() != null || m.kind() == Mention.Kind.PRONOUN)
                && !m.isReader() ? m : null;
    }

    /** "Here is what …", "Here's how …": the words before a clause that introduces a quotation. */
    private static final List<String> HERE_OPENERS = List.of("here is what ", "here's what ", "here’s what ",
            "here is how ", "here's how ", "here’s how ", "this is what ", "this is how ");

    /** "Ruiz had this to say:": a subject, then one of these phrases and a verb of saying. */
    private static final List<String> HAD_TO_SAY = List.of(" had this to ", " had the following to ", " had to ",
            " has this to ", " has the following to ", " has to ");

    /** Phrases of {@link #HAD_TO_SAY} that introduce words only after a {@link #HERE_OPENERS} ("Ruiz had to leave:" obliges). */
    private static final java.util.Set<String> AFTER_OPENER_ONLY = java.util.Set.of(" had to ", " has to ");

    /** Verbs after {@link #HAD_TO_SAY} that are no cues elsewhere: "had this to share". */
    private static final java.util.Set<String> SHARING_VERBS = java.util.Set.of("share", "offer");

    /** Possessives of "In her words:" and the pronoun each stands for. */
    private static final java.util.Map<String, String> WORDS_OF = java.util.Map.of("his", "he", "her", "she",
            "their", "they");

    /**
     * An introduction that names its speaker in a fixed phrase before its colon: "In her (own)
     * words:" (the pronoun speaks), "Ruiz had this to say:", "Ruiz had the following to add:",
     * "Here's what Ruiz had to say about it:", "Here's what the mayor said:" (past the opening
     * "Here's what", the subject and its verb). Null for anything else. The phrases are ASCII,
     * matched in either case on the segment itself, so offsets are the segment's.
     */
    private static Attribution hadToSay(String seg, int segAt) {
        String body = seg.substring(0, seg.length() - 1);
        String[] w = body.toLowerCase(Locale.ROOT).split(" ");
        if (w.length >= 3 && w.length <= 4 && w[0].equals("in") && WORDS_OF.containsKey(w[1])
                && w[w.length - 1].equals("words") && (w.length == 3 || w[2].equals("own"))) {
            Mention m = MentionParser.parse(WORDS_OF.get(w[1]));
            return m == null ? null : new Attribution(m, body, segAt);
        }
        int from = 0;
        for (String opener : HERE_OPENERS) {
            if (seg.regionMatches(true, 0, opener, 0, opener.length())) {
                from = opener.length();
                break;
            }
        }
        if (from > 0) {
            // "Here's what the mayor said:": the subject and its cue, the sentence's last word
            int space = seg.lastIndexOf(' ', seg.length() - 2);
            String cue = Sentences.bare(seg.substring(space + 1, seg.length() - 1));
            if (space > from && QuoteLexicon.isCue(cue.toLowerCase(Locale.ROOT))) {
                Mention m = MentionParser.parse(seg.substring(from, space));
                if (introducesSource(m)) {
                    return new Attribution(m, cue, segAt + space + 1);
                }
            }
        }
        for (String had : HAD_TO_SAY) {
            int at = from == 0 && AFTER_OPENER_ONLY.contains(had) ? -1 : Chars.indexOfIgnoreAsciiCase(seg, had, from);
            if (at <= from) {
                continue;
            }
            int verb = at + had.length();
            int verbEnd = wordEnd(seg, verb);
            String v = Sentences.bare(seg.substring(verb, verbEnd)).toLowerCase(Locale.ROOT);
            if (!QuoteLexicon.isCue(v) && !SHARING_VERBS.contains(v)) {
                continue;
            }
            Mention m = MentionParser.parse(seg.substring(from, at));
            return introducesSource(m) ? new Attribution(m, stripEndPunctuation(seg.substring(at + 1, verbEnd)), segAt + at + 1)
                    : null;
        }
        return null;
    }

    /** Whether a fixed-phrase introduction's subject may speak: a person, a pronoun, a role or a described source, never the reader. */
    private static boolean introducesSource(Mention m) {
        return m != null && !m.isReader() && (m.kind() == Mention.Kind.PERSON || m.kind() == Mention.Kind.PRONOUN
                || m.kind() == Mention.Kind.TITLE_REF || m.kind() == Mention.Kind.DESCRIBED);
    }

    /** Auxiliaries, modals and copulas: a subject's first word that says nothing by itself. */
    private static final java.util.Set<String> NOT_SPEAKING = java.util.Set.of("will", "would", "can", "could",
            "should", "may", "might", "must", "is", "are", "was", "were", "be", "been", "seems", "seem", "seemed",
            "appears", "appeared", "has", "have", "had", "does", "do", "did", "also", "just");

    /** Auxiliaries of the perfect: "has since apologized" acts, "was asked" does not (a passive). */
    private static final java.util.Set<String> PERFECT = java.util.Set.of("has", "have", "had");

    /** Whether {@code word} is an adverb between an auxiliary and its verb: "since", "repeatedly", "also". */
    private static boolean isAdverb(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        return lower.equals("since") || lower.length() > 4 && lower.endsWith("ly") || QuoteLexicon.CUE_AUXILIARIES.contains(lower);
    }

    /** The end of the word that starts at {@code i}: the next space or the end; {@code i} when it is -1. */
    private static int wordEnd(String s, int i) {
        int e = i;
        while (e >= 0 && e < s.length() && s.charAt(e) != ' ') {
            e++;
        }
        return e;
    }

    /** {@link #putIt(String, List, int)} of the words of {@code p[from, to)}. */
    static Attribution putIt(String p, int from, int to) {
        String seg = p.substring(from, to);
        return putIt(seg, Sentences.words(seg, 0, seg.length()), from);
    }

    /**
     * "As John Cornyn, the No. 2 in the leadership, put it: “…”", "As Dana Milbank puts it, “…”":
     * the speaker between "as" and "put it", before any adverb ("As Ruiz recently put it,"). Null for
     * any other introduction.
     */
    private static Attribution putIt(String seg, List<int[]> words, int segAt) {
        int n = words.size();
        if (n < 4 || !Sentences.bare(word(seg, words.get(n - 1))).equalsIgnoreCase("it")
                || !word(seg, words.get(n - 2)).equals("put") && !word(seg, words.get(n - 2)).equals("puts")) {
            return null;
        }
        int npEnd = n - 3;
        while (npEnd > 1 && isAdverb(word(seg, words.get(npEnd))) && isLowerCaseWord(word(seg, words.get(npEnd)))) {
            npEnd--; // "As Ruiz recently put it", "as Ruiz has put it": the speaker ends before the adverbs
        }
        for (int j = npEnd; j >= 0; j--) {
            if (word(seg, words.get(j)).equalsIgnoreCase("as") && j < npEnd) {
                String np = stripEndPunctuation(seg.substring(words.get(j + 1)[0], words.get(npEnd)[1]));
                // "As Steven Rosenthal, a tax lawyer, put it": the name before its appositive speaks
                Mention m = commaSubject(np);
                if (m == null) {
                    m = MentionParser.parse(np);
                }
                return m == null ? null : new Attribution(m, "put it", segAt + words.get(n - 2)[0]);
            }
        }
        return null;
    }

    /** The longest name with its titles before a colon that introduces a quote, in words. */
    private static final int MAX_NAME_BEFORE_COLON = 6;

    /**
     * The person named right before the colon that introduces a quote: "… Republican pollster
     * Daron Shaw:". A full name only, with capitalised titles or a lower-case role before it.
     */
    private static Attribution namedBeforeColon(String seg, List<int[]> words, int segAt) {
        int n = words.size();
        for (int j = Math.max(0, n - MAX_NAME_BEFORE_COLON); j < n - 1; j++) {
            if (!Character.isUpperCase(seg.charAt(words.get(j)[0])) || placeOrTimeBefore(seg, words, j)) {
                continue;
            }
            Mention m = MentionParser.parse(stripEndPunctuation(seg.substring(words.get(j)[0], words.get(n - 1)[1])));
            if (m != null && m.kind() == Mention.Kind.PERSON && m.name() != null && m.name().indexOf(' ') > 0
                    && seg.substring(words.get(j)[0]).startsWith(m.title() != null ? m.title() : m.name())) {
                return new Attribution(m, ":", segAt + words.get(n - 1)[1] - 1);
            }
        }
        return null;
    }

    /**
     * Words before a name that make it where or when, before a colon, no speaker ("… will
     * predominate on Election Day:", "… Director of Horticulture at the High Line:"): the
     * prepositions of {@link QuoteLexicon#PREPOSITIONS} but "of" and "by", which may name one ("In
     * the words of Marie Kondo:", "a post by Ana Ruiz:"), and those of time that also join clauses.
     */
    private static boolean placeOrTimeWord(String lower) {
        return QuoteLexicon.PREPOSITIONS.contains(lower) && !lower.equals("of") && !lower.equals("by")
                || lower.equals("after") || lower.equals("before") || lower.equals("until");
    }

    /**
     * Whether word {@code j} follows a word of {@link #placeOrTimeWord}, past one determiner
     * ({@link MentionParser#OBJECT_OPENERS}: "at the High Line", "with my Galaxy Tab").
     */
    private static boolean placeOrTimeBefore(String seg, List<int[]> words, int j) {
        int k = j - 1;
        if (k >= 0 && MentionParser.OBJECT_OPENERS.contains(word(seg, words.get(k)).toLowerCase(Locale.ROOT))) {
            k--;
        }
        return k >= 0 && placeOrTimeWord(word(seg, words.get(k)).toLowerCase(Locale.ROOT));
    }

    /** How far back a cue may stand before a quote when an adjunct follows it: "said at a news conference, “". */
    private static final int MAX_ADJUNCT_INTRO_WORDS = 12;

    /** Whether the words after the cue at {@code k} are an adjunct ("at a news conference,"), not a clause. */
    private static boolean onlyAdjunctAfter(String seg, List<int[]> words, int k) {
        // "had written just a few years earlier, “…”": a span of time that ends the introduction
        boolean agoOrEarlier = SPAN_ENDS.contains(Sentences.bare(word(seg, words.get(words.size() - 1))).toLowerCase(Locale.ROOT));
        if (!agoOrEarlier && !QuoteLexicon.ADJUNCT_STARTS.contains(Sentences.bare(word(seg, words.get(k + 1))).toLowerCase(Locale.ROOT))
                && !LeadingClause.OBJECT_CUES.contains(Sentences.bare(word(seg, words.get(k))).toLowerCase(Locale.ROOT))) {
            return false;
        }
        for (int j = k + 1; j < words.size(); j++) {
            String w = word(seg, words.get(j));
            String lower = Sentences.bare(w).toLowerCase(Locale.ROOT);
            if (ReportedSpeech.CLAUSE_STARTS.contains(lower) || QuoteLexicon.THAT_WORDS.contains(lower)
                    || j < words.size() - 1 && (w.endsWith(",") && !beforeRegion(seg, words, j) || w.endsWith(".")
                        || w.endsWith(":"))) {
                return false;
            }
        }
        return true;
    }

    /** Whether word {@code j} ends in the comma between a place and its region: "in Kenansville, N.C.,". */
    private static boolean beforeRegion(String seg, List<int[]> words, int j) {
        return j + 1 < words.size() && io.github.newsparse.internal.structure.Places.isRegion(
                Sentences.bare(word(seg, words.get(j + 1))));
    }

    /** Words that end a span of time measured back or on from another: "two years ago", "a few days earlier". */
    private static final java.util.Set<String> SPAN_ENDS = java.util.Set.of("ago", "earlier", "later", "before");

    /**
     * "James Lewis, a former government cybersecurity expert who now studies …, said, “": a long
     * introduction ending in a cue; the subject at the sentence start speaks.
     */
    private static Attribution longIntroduction(String p, int from, int open, String seg, List<int[]> words) {
        Attribution putIt = putIt(seg, words, p.lastIndexOf(seg, open));
        if (putIt != null) {
            // "As Steven Rosenthal, a tax lawyer and senior fellow at …, recently put it, “"
            return putIt;
        }
        String last = seg.substring(words.get(words.size() - 1)[0]);
        String bare = Sentences.bare(last);
        int cue = -1;
        if (QuoteLexicon.isCue(bare) && (last.endsWith(",") || last.endsWith(":") || last.equals(bare))) {
            cue = words.size() - 1;
        } else if (last.endsWith(",") || last.endsWith(":")) {
            // "…, said in an op-ed piece before the hearing, “": the cue, then its adjunct
            for (int k = words.size() - 2; k >= words.size() - MAX_ADJUNCT_INTRO_WORDS && cue < 0; k--) {
                if (QuoteLexicon.isCue(Sentences.bare(word(seg, words.get(k)))) && onlyAdjunctAfter(seg, words, k)) {
                    cue = k;
                }
            }
        }
        if (cue < 0) {
            return null;
        }
        int start = from;
        while (start < open && p.charAt(start) == ' ') {
            start++;
        }
        if (open - start > MAX_LONG_INTRO_CHARS) {
            return null;
        }
        int segAt = p.lastIndexOf(seg, open);
        String cueWord = Sentences.bare(word(seg, words.get(cue)));
        // "…, with Trump reportedly yelling: “", "…, when protesters interrupted her, shouting “":
        // the participle's own subject
        Mention m = cueWord.endsWith("ing") ? absoluteSubject(seg, words, cue) : null;
        if (m == null && cueWord.endsWith("ing")) {
            m = subordinateSubject(seg, words, cue);
        }
        if (m == null) {
            m = relativeAntecedent(seg, words, QuoteLexicon.cueStart(seg, words, cue, 1));
        }
        if (m == null) {
            m = clauseBeforeCue(seg, words, cue);
        }
        if (m == null && cue > 0 && word(seg, words.get(cue - 1)).endsWith(",")) {
            // "But in a call on Dec. 2, Col. Steven Warren, a military spokesman, said, “": the name before its appositive
            m = LeadingClause.subjectBeforeAppositive(seg, words, cue - 1);
        }
        if (m == null) {
            m = subject(p.substring(start, open).strip());
        }
        if (m == null && cueWord.endsWith("ing")) {
            // "On Thursday, after remaining neutral, Warren appeared …, saying, “": the clause before the participle
            m = clauseSubjectBefore(seg, words.get(cue)[0]);
        }
        String link = cue > 1 ? word(seg, words.get(cue - 1)).toLowerCase(Locale.ROOT) : "";
        if (m == null && (link.equals("and") || link.equals("but"))) {
            // "In a wide-ranging interview last year, Lazar said he welcomed extradition … and added, “":
            // the speaker of the statement before the link goes on
            m = speakerBefore(seg, words.get(cue - 1)[0]);
        }
        return m == null ? null : new Attribution(m, cueWord, segAt + words.get(cue)[0]);
    }

    /**
     * The person a non-restrictive "who" right before the cue at word {@code a} stands for: "… by
     * his coach, Bob Bowman, who has acknowledged, “…”" (the name before the relative pronoun), "…
     * from the county engineer, who said: “…”" (the person described); null otherwise.
     */
    private static Mention relativeAntecedent(String seg, List<int[]> words, int a) {
        if (a < 2 || !word(seg, words.get(a - 1)).equals("who")) {
            return null;
        }
        Mention m = LeadingClause.nameBefore(seg, words, a - 2);
        return m != null ? m : LeadingClause.describedBefore(seg, words, a - 2);
    }

    /**
     * The speaker of a cue that opens the last clause of a long introduction: "…, raising both
     * fingers in defiance, Mr. Trump yelled, “": the words between the last comma and the cue,
     * when they are a name or a pronoun. Null otherwise.
     */
    private static Mention clauseBeforeCue(String seg, List<int[]> words, int cue) {
        int k = cue;
        while (k > 0 && cue - k < MAX_NP_WORDS && !closesPhrase(word(seg, words.get(k - 1)))) {
            k--;
        }
        if (k == cue || k == 0 || !closesPhrase(word(seg, words.get(k - 1)))) {
            return null;
        }
        // "…, in which Adelson said: “": the subject after a relative's words
        if (k + 2 < cue && PREPOSITIONS_BEFORE_WHICH.contains(word(seg, words.get(k)).toLowerCase(Locale.ROOT))
                && word(seg, words.get(k + 1)).equals("which")) {
            k += 2;
        } else if (k + 1 < cue && RELATIVE_OPENERS.contains(word(seg, words.get(k)).toLowerCase(Locale.ROOT))) {
            k++;
        }
        Mention m = MentionParser.parse(seg.substring(words.get(k)[0], words.get(cue - 1)[1]));
        // after a dash, a name only: "— which he added “…”" goes on with the sentence's subject
        boolean dash = isDash(word(seg, words.get(k - 1))) || k > 1 && isDash(word(seg, words.get(k - 2)));
        return m != null && (m.kind() == Mention.Kind.PERSON || m.kind() == Mention.Kind.PRONOUN && !dash) ? m : null;
    }

    /**
     * Whether the word ends a phrase set off before a clause: a comma, or a dash on its own ("… ―
     * as was true for years ― Trump boasted, “").
     */
    private static boolean closesPhrase(String w) {
        return w.endsWith(",") || isDash(w);
    }

    /** Prepositions before "which" that open a relative clause: "in which", "during which". */
    private static final java.util.Set<String> PREPOSITIONS_BEFORE_WHICH = java.util.Set.of("in", "at", "during",
            "after", "on", "with");

    /** Words that open a clause of its own before its subject: "where Adelson said", "when he added". */
    private static final java.util.Set<String> RELATIVE_OPENERS = java.util.Set.of("which", "where", "when");

    /** Words that link a sentence to the one before, ahead of its subject: "And then", "But so". */
    private static final java.util.Set<String> OPENING_LINKS = java.util.Set.of("and", "but", "so", "then");

    /** The subject opening a clause: a name, a pronoun, or "the email" style group. */
    static Mention subject(String seg) {
        Mention roleThenName = roleThenName(seg);
        if (roleThenName != null) {
            return roleThenName;
        }
        String[] w = seg.split(" ");
        int start = 0;
        // "And then Trump went on the attack, …": the link words before the subject, one or two
        while (start < Math.min(w.length, 2) && OPENING_LINKS.contains(w[start].toLowerCase(Locale.ROOT))) {
            start++;
        }
        start = pastOpeningPhrase(w, start);
        if (start >= w.length) {
            return null;
        }
        if (QuoteLexicon.PRONOUNS.contains(w[start].toLowerCase(Locale.ROOT))) {
            return MentionParser.parse(w[start]);
        }
        int end = MentionParser.nameEnd(w, start, w.length);
        for (int t = start; t < Math.min(w.length, start + 4); t++) {
            int title = QuoteLexicon.titleAt(w, t);
            if (title > 0) {
                end = Math.max(end, MentionParser.nameEnd(w, t + title, w.length));
            }
        }
        Mention described = describedName(w, start, end);
        if (described != null) {
            return described;
        }
        if (end <= start && (w[start].equalsIgnoreCase("the") || w[start].equalsIgnoreCase("a")) && start + 1 < w.length) {
            // "the mayor", "The United Nations Security Council": the article and its noun or name
            int name = w[start].equalsIgnoreCase("the") ? MentionParser.nameEnd(w, start + 1, w.length) : start;
            if (name > start + 1 && name < w.length && Character.isLowerCase(w[name].charAt(0))
                    && !QuoteLexicon.ADJUNCT_STARTS.contains(w[name]) && isModifiedNoun(w[name])) {
                // "the New York judge": the name is a modifier of the noun after it (not of a verb:
                // "The Russians said", "The Russians used …")
                name++;
            }
            end = Math.max(start + 2, name);
        }
        if (end <= start) {
            return beforePastVerb(w, start);
        }
        if (end == start + 1 && QUANTIFIERS.contains(w[start].toLowerCase(Locale.ROOT))) {
            // "Every night you say …", "Each year …": a sentence's capitalised first word, no name
            return null;
        }
        if (end > start + 1 && (w[start].equalsIgnoreCase("the") || w[start].equalsIgnoreCase("a") || w[start].equalsIgnoreCase("an"))) {
            end = compoundNounEnd(w, end);
        }
        Mention phrase = end == start + 1 ? nounPhraseBeforeVerb(w, start) : null;
        if (phrase != null) {
            // "Small groups of protesters marched …": a capitalised first word and the nouns after
            // it, up to the verb, are the subject (not "Small")
            return phrase;
        }
        String np = MentionParser.join(w, start, end);
        if (np.endsWith("’s") || np.endsWith("'s")) {
            // "Ruiz's campaign sent a message saying: …", "Roe's younger sister … told": the
            // group or person after the possessive speaks, not its owner
            for (int n = end; n < Math.min(w.length, end + 1 + MAX_POSSESSED_ADJECTIVES); n++) {
                String noun = Sentences.bare(w[n]);
                if (noun.isEmpty() || !Character.isLowerCase(noun.charAt(0)) || w[n].endsWith(",")
                        && n + 1 < w.length && !isGroupHead(noun)) {
                    break;
                }
                if (isGroupHead(noun)) {
                    return new Mention(np + " " + MentionParser.join(w, end, n) + (n > end ? " " : "") + noun,
                            Mention.Kind.GROUP, null, null, null);
                }
                if (QuoteLexicon.isCue(noun) || ReportedSpeech.looksLikeVerb(w[n])) {
                    break;
                }
            }
            np = np.substring(0, np.length() - 2);
        }
        Mention m = MentionParser.parse(np);
        return m != null ? m : beforePastVerb(w, start);
    }

    /**
     * The subject of lower-case words that the capitalised first word {@code w[start]} opens, up to
     * a past or an auxiliary ("Small groups of protesters marched", "Trump supporters had …"):
     * a group or a description, or null when the words after the first are not such a phrase.
     */
    private static Mention nounPhraseBeforeVerb(String[] w, int start) {
        int limit = Math.min(w.length, start + MAX_NP_WORDS);
        if (start + 1 >= limit || w[start].endsWith(",") || w[start].endsWith("s'") || w[start].endsWith("s’")
                || w[start].endsWith("'s") || w[start].endsWith("’s") || !isLowerCaseWord(Sentences.bare(w[start + 1]))
                || ReportedSpeech.looksLikePastOrAuxiliary(w[start + 1]) || OPENING_ADVERBS.contains(w[start].toLowerCase(Locale.ROOT))
                || !AttributionVerbs.startingWith(Sentences.bare(w[start + 1])).isEmpty()) {
            return null;
        }
        for (int v = start + 2; v < limit; v++) {
            if (w[v - 1].endsWith(",") || w[v - 1].endsWith(".") || isDash(w[v - 1])) {
                return null;
            }
            String lower = Sentences.bare(w[v]).toLowerCase(Locale.ROOT);
            if (!lower.equals("and") && CLAUSE_OPENERS.contains(lower) || !AttributionVerbs.startingWith(lower).isEmpty()
                    && !ReportedSpeech.looksLikePastOrAuxiliary(w[v])) {
                // "Ruiz hopes that the county will …": a verb in -s came first
                return null;
            }
            if (ReportedSpeech.looksLikePastOrAuxiliary(w[v])) {
                Mention m = holdsGroupHead(w, start + 1, v) ? MentionParser.parse(MentionParser.join(w, start, v)) : null;
                return m != null && (m.kind() == Mention.Kind.GROUP || m.kind() == Mention.Kind.DESCRIBED) ? m : null;
            }
        }
        return null;
    }

    /** Words that are a preposition before a determiner and an adjective before a noun: "Outside the arena". */
    private static final java.util.Set<String> PLACE_PREPOSITIONS = java.util.Set.of("outside", "inside");

    /** Whether a word of {@code w[from, to)} names people or a body: "groups of protesters" ("Unit tests" does not). */
    private static boolean holdsGroupHead(String[] w, int from, int to) {
        for (int j = from; j < to; j++) {
            if (isGroupHead(Sentences.bare(w[j]))) {
                return true;
            }
        }
        return false;
    }

    /** Adverbs that open a sentence before its subject: "Even before Sanders …", "Just as …". */
    private static final java.util.Set<String> OPENING_ADVERBS = java.util.Set.of("even", "just", "only", "also",
            "still", "yet", "so", "then", "now", "perhaps", "maybe");

    /** The most words of the role that opens a sentence before the name it belongs to. */
    private static final int MAX_OPENING_ROLE_WORDS = 8;

    /**
     * "The county chief engineer, Ana Ruiz, voiced support …": a role, then the name it belongs
     * to between commas, opening the sentence; the mention is both, as when a cue follows them.
     * Null when the sentence opens otherwise.
     */
    private static Mention roleThenName(String seg) {
        int space = seg.indexOf(' ');
        String opening = (space < 0 ? seg : seg.substring(0, space)).toLowerCase(Locale.ROOT);
        if (VerbAttribution.NOT_SUBJECT_STARTS.contains(opening) || OPENING_LINKS.contains(opening)) {
            // "As the LinkedIn chief executive, Jeff Weiner, put it …": a clause or a phrase opens
            return null;
        }
        int first = seg.indexOf(", ");
        if (first < 0 || first + 2 >= seg.length() || !Character.isUpperCase(seg.charAt(first + 2))
                || Sentences.count(seg, 0, first) > MAX_OPENING_ROLE_WORDS) {
            // the name after the role is capitalised
            return null;
        }
        int second = seg.indexOf(", ", first + 2);
        if (second < 0 || Sentences.count(seg, first + 2, second) > MentionParser.MAX_WORDS) {
            return null;
        }
        List<int[]> words = Sentences.words(seg, 0, second + 1);
        Mention m = LeadingClause.subjectBeforeAppositive(seg, words, words.size() - 1);
        if (m == null || m.kind() != Mention.Kind.PERSON || !m.text().contains(", ")) {
            return null;
        }
        // "Car Talk expert, John Paul, lobbied …": the role is the title when none was read inside it
        return m.title() == null ? m.withTitle(seg.substring(0, first)) : m;
    }

    /** The most nouns a compound after an article adds: "A Clinton campaign official". */
    private static final int MAX_COMPOUND_NOUNS = 3;

    /**
     * Where a noun phrase that ends at {@code end} really ends when lower-case nouns go on to a
     * verb: "A campaign official walked back …", "The county engineer warned …" (not "A campaign"
     * and "The county"); {@code end} when no verb follows them.
     */
    private static int compoundNounEnd(String[] w, int end) {
        int k = end;
        while (k < w.length && k - end < MAX_COMPOUND_NOUNS && !w[k - 1].endsWith(",") && (isPlainNoun(w[k])
                || capitalisedModifier(w, k))) {
            k++;
        }
        if (k < w.length - 1 && k - end < MAX_COMPOUND_NOUNS && !w[k - 1].endsWith(",") && w[k].endsWith("s")
                && w[k].length() > 4 && !QuoteLexicon.CUE_AUXILIARIES.contains(w[k]) && !QuoteLexicon.isCue(w[k])
                && isPlainNoun(w[k].substring(0, w[k].length() - 1)) && ReportedSpeech.looksLikeVerb(w[k + 1])
                && !w[k + 1].endsWith("s")) {
            // "the county engineers appeared": a plural head noun before the verb in the past
            return k + 1;
        }
        if (k < w.length - 1 && w[k].equals("of") && !w[k - 1].endsWith(",")) {
            // "The families of the company's founders had mobilized": one "of" phrase belongs to the noun
            int j = k + 1;
            if (DETERMINERS.contains(w[j].toLowerCase(Locale.ROOT))) {
                j++;
            }
            if (j < w.length && (w[j].endsWith("'s") || w[j].endsWith("’s")) && Character.isLowerCase(w[j].charAt(0))) {
                j++; // "of the company's founders"
            }
            int nouns = j;
            // after "of", a word in -s is a plural noun, not a verb: "of the founders"
            while (j < w.length && j - nouns < MAX_COMPOUND_NOUNS && !w[j - 1].endsWith(",")
                    && (isPlainNoun(w[j]) || w[j].endsWith("s") && isPlainNoun(w[j].substring(0, w[j].length() - 1)))) {
                j++;
            }
            if (j > nouns && j < w.length && !w[j - 1].endsWith(",") && ReportedSpeech.looksLikeVerb(w[j])) {
                return j;
            }
        }
        return k > end && k < w.length && !w[k - 1].endsWith(",") && ReportedSpeech.looksLikeVerb(w[k]) ? k : end;
    }

    /**
     * Whether word {@code k} is a capitalised modifier inside a noun phrase in lower case: a
     * capitalised word of letters between a plain noun or adjective and another ("The former
     * Republican presidential candidate continued").
     */
    private static boolean capitalisedModifier(String[] w, int k) {
        String word = w[k];
        return !word.isEmpty() && Character.isUpperCase(word.charAt(0)) && k + 1 < w.length && k > 0
                && isPlainNoun(w[k - 1]) && isPlainNoun(w[k + 1]) && lowerAfterFirst(word);
    }

    private static boolean lowerAfterFirst(String word) {
        for (int i = 1; i < word.length(); i++) {
            if (!Character.isLowerCase(word.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** Whether a lower-case word after a name may be the noun it modifies: "the New York judge", "the Thomas Nelson publishing company". */
    private static boolean isModifiedNoun(String word) {
        return isPlainNoun(word) || word.endsWith("ing") && !QuoteLexicon.isCue(word.toLowerCase(Locale.ROOT))
                && !AttributionVerbs.isParticiple(word.toLowerCase(Locale.ROOT));
    }

    /** Whether {@code word} may be a noun inside a subject: lower case, no verb, cue, auxiliary or preposition. */
    private static boolean isPlainNoun(String word) {
        String bare = Sentences.bare(word);
        if (bare.isEmpty() || !Character.isLowerCase(bare.charAt(0)) || !bare.equals(word) && !word.endsWith(",")
                || bare.indexOf('’') >= 0 || bare.indexOf('\'') >= 0) {
            // "who’d", "it's": a contracted verb, no noun
            return false;
        }
        String lower = bare.toLowerCase(Locale.ROOT);
        return !ReportedSpeech.looksLikeVerb(bare) && !QuoteLexicon.isCue(lower) && !QuoteLexicon.CUE_AUXILIARIES.contains(lower)
                && !QuoteLexicon.ADJUNCT_STARTS.contains(lower) && !CLAUSE_OPENERS.contains(lower)
                && !VerbAttribution.NOT_SUBJECT_STARTS.contains(lower) && !lower.endsWith("ing");
    }

    /** Determiners and quantifiers that open a sentence capitalised and are never a name. */
    private static final java.util.Set<String> QUANTIFIERS = java.util.Set.of("every", "each", "all", "any", "no",
            "some", "many", "most", "several", "few", "both", "either", "neither", "another");

    /** Whether {@code lower} is a determiner or quantifier of {@link #QUANTIFIERS}: "most", "each". */
    static boolean isQuantifier(String lower) {
        return QUANTIFIERS.contains(lower);
    }

    /** The most adjectives between a possessive and the noun it owns: "Roe's younger sister". */
    private static final int MAX_POSSESSED_ADJECTIVES = 2;

    /** Whether a lower-case noun heads a group or names a person by role or kin: "campaign", "sister". */
    static boolean isGroupHead(String noun) {
        String lower = noun.toLowerCase(Locale.ROOT);
        return QuoteLexicon.GROUP_NOUNS.contains(lower) || QuoteLexicon.SOURCE_NOUNS.contains(lower);
    }

    /** The longest subject {@link #subject} reads before a verb in the past: "Other officers with no … chafed". */
    private static final int MAX_SUBJECT_WORDS = 10;

    /** Copulas: a subject before a verb in the past is never read past one ("The plan is … and said"). */
    private static final java.util.Set<String> COPULAS = java.util.Set.of("is", "was", "are", "were");

    /**
     * The words from {@code start} up to the first verb in the past tense ("survived", "chafed"),
     * when they parse as a mention: "The Arizona Republican survived five years in prison and
     * says …", "Other officers with no direct knowledge of the case chafed … and said …".
     */
    private static Mention beforePastVerb(String[] w, int start) {
        if (start >= w.length || CLAUSE_OPENERS.contains(w[start].toLowerCase(Locale.ROOT))) {
            // "who is the most …", "As the crowd cheered …": a clause, not a subject
            return null;
        }
        for (int k = start + 1; k < Math.min(w.length, start + MAX_SUBJECT_WORDS + 1); k++) {
            String lw = w[k];
            if (w[k - 1].endsWith(",") || COPULAS.contains(lw)) {
                // "Later, Trump's campaign …": an opening phrase, or a verb before any past tense
                return null;
            }
            if (ReportedSpeech.looksLikeRegularPast(lw)) {
                return MentionParser.parse(MentionParser.join(w, start, k));
            }
        }
        return null;
    }

    /** The longest role between a capitalised word and the name it describes: "Democratic presidential nominee". */
    private static final int MAX_DESCRIBING_ROLE_WORDS = 3;

    /**
     * "Democratic candidate Hillary Clinton has said …": a capitalised word, a role in lower case,
     * then the person's full name. Null unless the role words are neither cues nor verbs and the
     * whole parses as a person.
     */
    private static Mention describedName(String[] w, int start, int end) {
        if (end <= start || end >= w.length || w[end].isEmpty() || !Character.isLowerCase(w[end].charAt(0))) {
            return null;
        }
        for (int j = end; j < w.length && j <= end + MAX_DESCRIBING_ROLE_WORDS; j++) {
            if (MentionParser.isNameStart(w[j])) {
                int nameEnd = MentionParser.nameEnd(w, j, w.length);
                if (nameEnd - j < 2 || j == end) {
                    return null;
                }
                Mention m = MentionParser.parse(MentionParser.join(w, start, nameEnd));
                return m != null && m.kind() == Mention.Kind.PERSON && m.name() != null && m.name().indexOf(' ') > 0
                        ? m : null;
            }
            String bare = Sentences.bare(w[j]).toLowerCase(Locale.ROOT);
            if (bare.isEmpty() || !Character.isLowerCase(w[j].charAt(0)) || QuoteLexicon.isCue(bare)
                    || ReportedSpeech.looksLikeVerb(w[j]) || ReportedSpeech.CLAUSE_STARTS.contains(bare)) {
                return null;
            }
        }
        return null;
    }

    /** The longest opening phrase skipped before a subject: "In his first videos,". */
    private static final int MAX_OPENING_WORDS = 12;

    /** Words that end an opening phrase of time: "Hours later,", "Two days ago,". */
    private static final java.util.Set<String> TIME_ENDS = java.util.Set.of("later,", "earlier,", "ago,", "afterward,",
            "afterwards,", "before,", "after,", "since,");

    /**
     * The first word after an opening phrase that starts at {@code start}: "In his first videos,
     * Santilli …", "Hours later, Trump …"; {@code start} itself when there is none.
     */
    private static int pastOpeningPhrase(String[] w, int start) {
        if (start >= w.length) {
            return start;
        }
        int timed = pastTimeWithoutComma(w, start);
        if (timed > start) {
            return timed;
        }
        if (start + 2 < w.length && QuoteLexicon.TIME_DETERMINERS.contains(w[start].toLowerCase(Locale.ROOT))
                && NAMED_TIMES.contains(QuoteLexicon.stripComma(w[start + 1]).toLowerCase(Locale.ROOT))) {
            // "Last week, the campaign …", "This spring the mayor …": the time, then the subject
            return start + 2;
        }
        // "After the vote, …", "Shortly after the call ended, …": a phrase of time or place;
        // "Asked whether …, Ruiz …", "Speaking to reporters, Ruiz …": a participle's phrase
        boolean preposition = VerbAttribution.NOT_SUBJECT_STARTS.contains(w[start].toLowerCase(Locale.ROOT))
                // "Outside the arena, …" (but "Outside experts say …": an adjective)
                || start + 1 < w.length && PLACE_PREPOSITIONS.contains(w[start].toLowerCase(Locale.ROOT))
                        && DETERMINERS.contains(w[start + 1].toLowerCase(Locale.ROOT))
                || start + 1 < w.length && (w[start].length() > 4 && w[start].endsWith("ly")
                        || w[start].equalsIgnoreCase("later") || w[start].equalsIgnoreCase("earlier"))
                        && VerbAttribution.NOT_SUBJECT_STARTS.contains(w[start + 1].toLowerCase(Locale.ROOT))
                || opensWithParticiple(w[start]);
        for (int k = start; k < Math.min(w.length - 1, start + MAX_OPENING_WORDS); k++) {
            if (!w[k].endsWith(",")) {
                continue;
            }
            if (k + 2 < w.length && w[k + 1].endsWith(",") && io.github.newsparse.internal.structure.Places.isRegion(w[k + 1])) {
                // "At an event in St. Clairsville, Ohio, Johnson said": the region goes with its place
                k++;
            }
            boolean time = k > start && TIME_ENDS.contains(w[k].toLowerCase(Locale.ROOT));
            // "Instead, he …", "Separately, the mayor …": one opening word, then the subject
            boolean adverb = k == start && (w[k].length() > 5 && w[k].endsWith("ly,")
                    || QuoteLexicon.PRONOUNS.contains(w[k + 1].toLowerCase(Locale.ROOT)));
            return preposition || time || adverb ? k + 1 : start;
        }
        return start;
    }

    /** Times a determiner of {@link QuoteLexicon#TIME_DETERMINERS} names before a subject ("Last week, …"). */
    private static final java.util.Set<String> NAMED_TIMES = java.util.Set.of("year", "week", "month", "day", "night",
            "morning", "evening", "afternoon", "weekend", "spring", "summer", "fall", "autumn", "winter", "season",
            "semester", "quarter", "time", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
            "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
            "november", "december");

    /** Units of a span of time: "A few minutes later", "Two days ago". */
    private static final java.util.Set<String> TIME_UNITS = java.util.Set.of("seconds", "minutes", "hours", "days",
            "weeks", "months", "years", "minute", "hour", "day", "week", "month", "year", "moments");

    /** Words that count a span of time besides numbers ({@link MentionParser#isNumber}): "a few", "several". */
    private static final java.util.Set<String> TIME_COUNTS = java.util.Set.of("a", "an", "few", "several", "some", "many");

    /**
     * Words after a span that make it a time of the sentence: "later", "earlier", "ago" (not
     * "after" or "before", which open a clause: "Two months after she began treatment, …").
     */
    private static final java.util.Set<String> TIME_RELATIONS = java.util.Set.of("later", "earlier", "ago");

    /**
     * The first word after a span of time that opens the sentence without a comma ("A few minutes
     * later they reversed themselves …", "Two days earlier the mayor …"), else {@code start}.
     */
    private static int pastTimeWithoutComma(String[] w, int start) {
        int k = start;
        while (k < w.length && k - start < 3 && (TIME_COUNTS.contains(w[k].toLowerCase(Locale.ROOT)) || MentionParser.isNumber(w[k]))) {
            k++;
        }
        if (k == start || k + 2 >= w.length || !TIME_UNITS.contains(w[k].toLowerCase(Locale.ROOT))
                || !TIME_RELATIONS.contains(w[k + 1].toLowerCase(Locale.ROOT))) {
            return start;
        }
        return k + 2;
    }

    /**
     * Whether a capitalised word that opens a sentence is a participle ("Asked", "Speaking"), not
     * a name: five letters or more in -ed or -ing, and no given name ("Ahmed", "Sterling") or name
     * the page shows ({@link PageNames}: "Schilling").
     */
    private static boolean opensWithParticiple(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        return word.length() > 4 && Character.isUpperCase(word.charAt(0)) && (lower.endsWith("ed") || lower.endsWith("ing"))
                && !io.github.newsparse.internal.text.GivenNames.contains(word) && !PageNames.isName(word);
    }

    /** Words after which a new clause, and its subject, starts. */
    private static final java.util.Set<String> CLAUSE_OPENERS = java.util.Set.of("and", "but", "that", "because",
            "while", "when", "as", "who", "which", "where", "although", "though", "if", "after", "before", "since",
            "until", "unless", "whereas", "so");

    /** Words after which "so" tells how much, and opens no clause: "so many people have felt …". */
    private static final java.util.Set<String> DEGREES = java.util.Set.of("many", "much", "few", "little", "far",
            "long", "often");

    /** The first word of the clause that ends before word {@code k}: after a comma or "and"/"but"/"that". */
    static int clauseStart(String s, List<int[]> words, int k) {
        int start = Math.max(0, k - MAX_NP_WORDS);
        for (int j = k - 1; j >= start; j--) {
            String w = s.substring(words.get(j)[0], words.get(j)[1]);
            String lw = w.toLowerCase(Locale.ROOT);
            if (j < k - 1 && (w.endsWith(",") || w.endsWith(";") || w.endsWith(":") || endsWithQuotedComma(w))) {
                // "… on “CBS This Morning,” Sanders said": the comma inside the closing mark
                return j + 1;
            }
            if (CLAUSE_OPENERS.contains(lw) && !(j == 0 && w.equals("That") && isDeterminedNoun(s, words, j + 1, k))
                    && !(lw.equals("so") && j + 1 < k && DEGREES.contains(s.substring(words.get(j + 1)[0], words.get(j + 1)[1])))) {
                // a sentence's first "That" before a noun is the subject's determiner ("That man
                // said …"); before a pronoun or a verb it opens a clause ("That they call it …",
                // "That was what …")
                return j + 1;
            }
            if (j < k - 1 && isDash(w)) {
                // "He is seen as more capable - 60 percent of voters said …": a new clause after the dash
                return j + 1;
            }
        }
        return start;
    }

    /**
     * Whether word {@code j}, before the cue at {@code k}, is a lower-case word that a determiner
     * may open a noun phrase with: no pronoun, auxiliary or article ("man", "official", "report").
     */
    private static boolean isDeterminedNoun(String s, List<int[]> words, int j, int k) {
        if (j >= k) {
            return false;
        }
        String w = s.substring(words.get(j)[0], words.get(j)[1]);
        for (int i = 0; i < w.length(); i++) {
            if (!Character.isLowerCase(w.charAt(i))) {
                return false;
            }
        }
        return !NOT_AFTER_DETERMINER.contains(w);
    }

    /** Words that never follow a determiner: pronouns, auxiliaries, articles. */
    private static final java.util.Set<String> NOT_AFTER_DETERMINER = java.util.Set.of("i", "you", "he", "she", "it",
            "we", "they", "was", "is", "are", "were", "has", "have", "had", "will", "would", "could", "should",
            "can", "may", "might", "must", "does", "did", "do", "the", "a", "an", "this", "that", "what", "there");

    /** Whether the word is a dash on its own: "-", "--", "—", "–". */
    static boolean isDash(String w) {
        for (int i = 0; i < w.length(); i++) {
            if ("-—–―".indexOf(w.charAt(i)) < 0) {
                return false;
            }
        }
        return !w.isEmpty();
    }

    /** Whether {@code w} ends with a comma and a closing quotation mark: {@code Morning,”}. */
    static boolean endsWithQuotedComma(String w) {
        int n = w.length();
        return n >= 2 && w.charAt(n - 2) == ',' && "”\"’'".indexOf(w.charAt(n - 1)) >= 0;
    }

    private static int windowEnd(String p, int from) {
        int n = Math.min(p.length(), from + 240);
        for (int i = from; i < n; i++) {
            char c = p.charAt(i);
            if (c == '“' || c == '"' || c == '”' || c == '«' || c == '„') {
                return i;
            }
            if (Sentences.isEnd(p, i)) {
                return i + 1;
            }
        }
        return n;
    }

    private static boolean isAbbreviationWord(String w) {
        String b = w.substring(0, w.length() - 1);
        return !b.isEmpty() && b.length() <= 4 && (b.contains(".") || Character.isUpperCase(b.charAt(0)) && b.length() <= 3);
    }

    static String stripEndPunctuation(String s) {
        int e = s.length();
        while (e > 0 && ",;:.!?".indexOf(s.charAt(e - 1)) >= 0) {
            if (s.charAt(e - 1) == '.' && e >= 3 && s.charAt(e - 3) == '.' ) {
                break;
            }
            if (s.charAt(e - 1) == '.' && (s.endsWith("Jr.") || s.endsWith("Sr.") || s.endsWith("Inc.") || s.endsWith("Co."))) {
                break;
            }
            e--;
        }
        return s.substring(0, e);
    }

    static String word(String p, int[] w) {
        return p.substring(w[0], w[1]);
    }
}
