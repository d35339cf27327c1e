package io.github.newsparse.internal.quotes;

import io.github.newsparse.internal.text.CharTable;
import io.github.newsparse.internal.text.WordLists;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** The word lists of the quote stage: cue verbs, titles, pronouns and group nouns. */
final class QuoteLexicon {

    /** Verbs of saying in Spanish, French, German and a few other languages. */
    static final Set<String> FOREIGN_CUES = Set.copyOf(read("foreign-cues.txt"));

    /** The German verbs of saying of {@link #FOREIGN_CUES}. */
    static final Set<String> GERMAN_CUES = Set.copyOf(
            io.github.newsparse.internal.text.WordLists.readSection(QuoteLexicon.class, "foreign-cues.txt", "German"));
    static final Set<String> CUES = union(read("cues.txt"), FOREIGN_CUES);

    /** Endings of capitalised role words in languages that compound nouns ({@code role-endings.txt}). */
    private static final List<String> ROLE_ENDINGS = List.copyOf(read("role-endings.txt"));

    /** Whether a capitalised word ends like a role ("Pressesprecher", "BKA-Chef", "Gemeindepräsidentin"). */
    static boolean endsLikeRole(String word) {
        return endsWithAny(word.toLowerCase(Locale.ROOT), ROLE_ENDINGS);
    }

    /**
     * Endings of English nouns that name one person by their work or role: "engineer",
     * "professor", "analyst", "executive", "consultant", "architect".
     */
    static final List<String> AGENT_ENDINGS = List.of("er", "or", "ist", "ive", "ian", "ant", "ent", "ect");

    /** Whether {@code word} ends with one of {@code endings}. */
    static boolean endsWithAny(String word, List<String> endings) {
        for (String e : endings) {
            if (word.endsWith(e)) {
                return true;
            }
        }
        return false;
    }

    /** Auxiliaries of a compound past that belong to the cue after them: "a déclaré", "hat gesagt". */
    static final Set<String> PAST_AUXILIARIES = Set.of("a", "ont", "ha", "han", "hat", "haben", "hatte", "había");
    /** Words that open a reported clause after its cue: "said that", "dijo que", "sagte, dass". */
    static final Set<String> THAT_WORDS = Set.of("that", "que", "dass", "qu'", "qu’", "che", "dat");
    /** Phrases that name a source before or after what it says: "according to", "según", "laut". */
    static final List<String> ACCORDING_PHRASES = List.of("according to ", "según ", "selon ", "d'après ", "d’après ",
            "laut ", "de acuerdo con ", "secondo ", "segundo ", "volgens ");

    /** The words of {@code a} and {@code b}, as one immutable set. */
    static Set<String> union(java.util.Collection<String> a, Set<String> b) {
        Set<String> out = new HashSet<>(a);
        out.addAll(b);
        return Set.copyOf(out);
    }
    /** Titles as word arrays, longest first. */
    static final List<String[]> TITLES = titles();
    /**
     * A party's member named before a person ("Democrat Hillary Clinton", "Tory Jane Roe"): the
     * person's affiliation, never part of the name. Capitalised, as written; only the nouns of a
     * member, not adjectives that also name things ("Conservative Principles", "Independent Television").
     */
    static final Set<String> PARTY_MEMBERS = Set.of("Democrat", "Republican", "Libertarian", "Tory");

    static final Set<String> PRONOUNS = setOf("he", "she", "they", "i", "we", "it", "you");
    /**
     * Third-person subject pronouns of the other languages read, with the gender they show ('m',
     * 'f'): German er/sie, French il/elle, Spanish él/ella, Italian lui/lei, Portuguese ele/ela,
     * Dutch hij/zij. A speaker, resolved like "he" and "she"; never a name.
     */
    static final java.util.Map<String, Character> FOREIGN_PRONOUNS = java.util.Map.ofEntries(
            java.util.Map.entry("er", 'm'), java.util.Map.entry("sie", 'f'), java.util.Map.entry("il", 'm'),
            java.util.Map.entry("elle", 'f'), java.util.Map.entry("él", 'm'), java.util.Map.entry("ella", 'f'),
            java.util.Map.entry("lui", 'm'), java.util.Map.entry("lei", 'f'), java.util.Map.entry("ele", 'm'),
            java.util.Map.entry("ela", 'f'), java.util.Map.entry("hij", 'm'), java.util.Map.entry("zij", 'f'),
            // Danish and Norwegian, Swedish, Icelandic: "»…,« siger hun"
            java.util.Map.entry("han", 'm'), java.util.Map.entry("hun", 'f'), java.util.Map.entry("hon", 'f'),
            java.util.Map.entry("hann", 'm'), java.util.Map.entry("hún", 'f'));
    /** Pronouns of {@link #FOREIGN_PRONOUNS} that are also names ("Han Zheng"): pronouns only in lower case. */
    static final Set<String> LOWER_CASE_ONLY_PRONOUNS = Set.of("han", "hun", "hon", "hann", "hún");
    /** Nouns that name a group or an institution that can speak: "police said". */
    static final Set<String> GROUP_NOUNS = setOf("police", "officials", "authorities", "investigators", "troopers",
            "prosecutors", "officers", "deputies", "detectives", "firefighters", "witnesses", "residents", "experts",
            "analysts", "sources", "source", "officer", "official", "spokesman", "spokeswoman", "spokesperson", "spokesmen", "spokeswomen", "spokespersons",
            "department", "agency", "company", "campaign", "administration", "government", "statement", "report",
            "reports", "documents", "records", "critics", "supporters", "aides", "advisers", "advisors", "lawmakers",
            "democrats", "republicans", "leaders", "members", "organizers", "organisers", "researchers", "scientists",
            "doctors", "economists", "traders", "dealers", "bankers", "executives", "observers", "people", "neighbors",
            "neighbours", "friends", "family", "relatives", "parents", "students", "teachers", "workers", "union",
            "group", "groups", "court", "judge", "jury", "committee", "board", "council", "city", "state", "county",
            "office", "officers", "troopers", "staff", "team", "spokespeople", "representatives", "polls", "poll",
            "survey", "data", "study", "analysts", "observers", "insiders", "diplomats", "activists", "voters",
            "partners", "sheriff", "coroner", "lawyers", "attorneys", "lawyer", "attorney", "prosecutor", "others",
            "many", "some", "both", "all", "several", "most");
    /** Nouns of sources that show or find things without saying them: "a survey shows", "records show". */
    static final Set<String> EVIDENCE_SOURCES = Set.copyOf(read("evidence-sources.txt"));
    /** Nouns of people, roles and institutions: the heads of described sources ("some analysts"). */
    static final Set<String> SOURCE_NOUNS = Set.copyOf(read("source-nouns.txt"));
    /** Words that end a company's name with its legal form: "Boeing Co", "Preussag AG" ({@code legal-forms.txt}). */
    static final Set<String> LEGAL_FORMS = Set.copyOf(read("legal-forms.txt"));

    /** Verbs that open instructions in their base form: "Write posts …", "Stay informed …" ({@code imperatives.txt}). */
    static final Set<String> IMPERATIVES = Set.copyOf(read("imperatives.txt"));
    /** Nouns of messages one answers: a request, a question, criticism ({@code message-nouns.txt}). */
    static final Set<String> MESSAGE_NOUNS = Set.copyOf(read("message-nouns.txt"));
    /**
     * Titles of courtesy, lower case without their stop: part of how a name is written, never an
     * office that "the …" could refer back to, nor a role ("Director Dr Azizur Rahman").
     */
    /** Determiners of a span of time named by its unit, before a source: "Last week", "this year", "One day". */
    static final Set<String> TIME_DETERMINERS = Set.of("last", "this", "next", "one");
    static final Set<String> HONORIFICS = Set.of("mr", "mrs", "ms", "miss", "mx", "dr", "prof", "sir", "dame");
    /** Capitalised words that mark an organisation rather than a person: "Connecticut State Police". */
    static final Set<String> ORG_WORDS = setOf("police", "department", "state", "county", "city", "office", "church",
            "university", "college", "school", "company", "inc", "inc.", "corp", "corp.", "co", "co.", "llc", "news",
            "association", "council", "committee", "board", "court", "commission", "agency", "service", "services",
            "bureau", "administration", "house", "senate", "party", "campaign", "times", "post", "journal", "network",
            "foundation", "institute", "center", "centre", "hospital", "group", "union", "federation", "ministry",
            "government", "authority", "republicans", "democrats", "press", "reuters", "troopers", "patrol", "fbi",
            "cia", "nato", "un", "eu", "congress", "parliament", "assembly", "club", "team", "airlines", "bank",
            "fund", "trust", "society", "league", "organization", "organisation", "project", "coalition", "alliance",
            "department's", "white", "pentagon", "kremlin", "cnn", "msnbc", "nbc", "abc", "cbs", "fox", "npr", "ap",
            "gop", "dnc", "rnc", "force", "army", "navy", "guard", "coast", "district", "program", "museum", "library");
    static final Set<String> NAME_SUFFIXES = setOf("Jr.", "Jr", "Sr.", "Sr", "II", "III", "IV");
    static final Set<String> PARTICLES = setOf("van", "von", "de", "del", "della", "der", "den", "da", "di", "du",
            "la", "le", "bin", "al", "el", "St.", "ibn");
    /**
     * Verbs that make their object the subject of the next verb: in "Clipboard AI lets users
     * highlight data" or "make sure users know how", the users are no source of a statement.
     */
    static final Set<String> CAUSATIVES = Set.of("let", "lets", "letting", "help", "helps", "helping", "allow",
            "allows", "allowing", "enable", "enables", "enabling", "make", "makes", "making");

    /**
     * Prepositions before a name that make it the object of a phrase, not a subject or a speaker:
     * "voters with Bernie Sanders T-shirts stood", "… at the High Line:".
     */
    static final Set<String> PREPOSITIONS = Set.of("on", "at", "in", "with", "from", "for", "to", "about",
            "into", "onto", "over", "under", "during", "near", "across", "around", "through", "toward", "towards",
            "against", "inside", "outside", "within", "of", "by", "like", "than", "among", "between", "behind",
            "beyond", "upon", "via");

    static final Set<String> NOT_NAMES = setOf(
            // products written in camel case, which speak for no one ("for Android, iPhone, and Windows")
            "iPhone", "iPhones", "iPad", "iPads", "iPod", "iOS", "iMac", "iCloud", "iTunes", "macOS", "iPadOS",
            "watchOS", "tvOS", "eBook", "eBooks", "eSports", "eCommerce", "eMail",
            "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday",
            "Sunday", "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
            "November", "December", "The", "A", "An", "This", "That", "These", "Those", "But", "And", "Or", "So",
            "In", "On", "At", "For", "With", "As", "If", "When", "While", "After", "Before", "Then", "Now", "Also",
            "Still", "Yet", "However", "Please", "Meanwhile", "Later", "Earlier", "Today", "Tonight", "Yesterday",
            "Tomorrow", "It", "He", "She", "They", "We", "I", "You", "His", "Her", "Their", "Our", "My", "Your", "Its",
            "Mr", "Mrs", "Ms", "Some", "Many", "Most", "All", "Both", "Several", "Other", "Others", "According",
            // quantities that open a sentence: "One of the authors, Ari Fleischer, said" (a group, then a name)
            "One", "Two", "Three", "Four", "Five", "Six", "Seven", "Eight", "Nine", "Ten", "Each", "Every", "Either",
            "Neither", "None", "Few", "Half", "Any",
            // linking words that open a sentence before its subject: "Moreover, Jane Roe, …, said"
            "Moreover", "Furthermore", "Additionally", "Indeed", "Nevertheless", "Nonetheless", "Instead",
            "Likewise", "Similarly", "Separately", "Finally", "Shortly", "Thus", "Therefore", "Hence", "Besides",
            "Again", "Ultimately", "Previously", "Initially", "Recently", "Currently", "Notably", "Otherwise",
            "Consequently", "Accordingly", "Regardless", "Overall", "Despite", "Amid", "Among", "Throughout",
            // conjunctions that open a clause before its subject: "Whenever asked about her weaknesses, they …"
            "Whenever", "Wherever", "Although", "Though", "Because", "Unless", "Until", "Since", "Whether", "Once",
            // the same linking words in the other languages read: "Und mehr noch: „…“"
            "Und", "Aber", "Oder", "Doch", "Auch", "Denn", "Dann", "Mais", "Et", "Ou", "Donc", "Pero", "Pues",
            "Ma", "Maar", "Ook", "Dus");

    private QuoteLexicon() {
    }

    /** A set from a word list that may repeat words. */
    private static Set<String> setOf(String... words) {
        return Set.copyOf(java.util.Arrays.asList(words));
    }

    /**
     * Cues a title-case headline reports with ("Clinton Says She Won't Rule Out a Run"); never
     * part of a name. ("Said" is reported too, but is also a name: Edward Said.)
     */
    static final Set<String> HEADLINE_CUES = Set.of("Says", "Tells", "Told", "Warns", "Claims", "Insists", "Admits",
            "Vows", "Argues", "Predicts", "Suggests", "Reveals", "Declares");

    /** Words that may follow a closing cue: "…, Smith said in a statement on Monday." */
    static final Set<String> ADJUNCT_STARTS = Set.of("in", "on", "at", "during", "after", "before", "to",
            "of", "about", "from", "with", "by", "via", "through", "while", "when", "last", "this", "earlier",
            "later", "recently", "yesterday", "today", "tonight", "again", "repeatedly", "previously", "also",
            "then", "afterward", "as", "inside", "outside", "following", "over", "under", "for", "told", "adding",
            "according", "speaking", "referring", "wednesday", "monday", "tuesday", "thursday", "friday",
            "saturday", "sunday");

    /** Words between a subject and its cue that belong to the cue: "has said", "also told". */
    static final Set<String> CUE_AUXILIARIES = setOf("has", "have", "had", "also", "repeatedly", "previously",
            "later", "earlier", "recently", "since", "again", "already", "long", "often", "publicly", "privately", "never",
            "reportedly", "once", "first", "then", "further", "similarly", "likewise", "separately", "initially",
            "would", "will", "could", "did", "does", "do", "just", "only", "even", "still", "frequently", "always",
            "explicitly", "specifically", "flatly", "openly", "quietly", "firmly", "strongly", "a", "ont", "ha",
            "han", "hat", "haben", "hatte", "había");

    /** Words before a noun: after one, a word in -ly is a noun ("the rally"), not an adverb. */
    private static final Set<String> DETERMINERS = Set.of("the", "a", "an", "this", "that", "his", "her", "its",
            "their", "our", "my", "your", "whose", "every", "each", "one");

    /**
     * The index of the first word of the cue ending at word {@code k}: the auxiliaries and
     * adverbs before it ("has also said") belong to it. Never below {@code min}.
     */
    static int cueStart(String s, List<int[]> words, int k, int min) {
        int a = k;
        while (a - 1 >= min && k - a < 3) {
            String w = s.substring(words.get(a - 1)[0], words.get(a - 1)[1]);
            // "publicly said", but not "the rally said", "Scott's family said": after a determiner
            // or a possessive, a noun
            boolean adverb = w.length() > 4 && w.endsWith("ly") && Character.isLowerCase(w.charAt(0))
                    && (a - 2 < 0 || !determinerOrPossessive(s.substring(words.get(a - 2)[0], words.get(a - 2)[1])));
            if (!(CUE_AUXILIARIES.contains(w.toLowerCase(Locale.ROOT)) || adverb) || !w.equals(w.toLowerCase(Locale.ROOT))) {
                break;
            }
            a--;
        }
        return a == k ? perfectWithAdjunct(s, words, k, min) : a;
    }

    /** Prepositions that open a short phrase of time between "have" and its participle: "have in the past said". */
    private static final Set<String> TIME_PHRASE_STARTS = Set.of("in", "for", "at", "over", "on");

    /** The most words of such a phrase: "in the past", "for years", "on several occasions". */
    private static final int MAX_TIME_PHRASE_WORDS = 3;

    /**
     * The first word of a perfect whose auxiliary and participle a short phrase of time parts
     * ("allies have in the past said", "Ruiz has for years argued"): the auxiliary's index, else
     * {@code k}.
     */
    static int perfectWithAdjunct(String s, List<int[]> words, int k, int min) {
        for (int len = 2; len <= MAX_TIME_PHRASE_WORDS; len++) {
            int start = k - len;
            if (start - 1 < min) {
                break;
            }
            String aux = s.substring(words.get(start - 1)[0], words.get(start - 1)[1]);
            if (!TIME_PHRASE_STARTS.contains(s.substring(words.get(start)[0], words.get(start)[1]))
                    || !aux.equals("has") && !aux.equals("have") && !aux.equals("had")) {
                continue;
            }
            boolean plain = true;
            for (int j = start; j < k && plain; j++) {
                String w = s.substring(words.get(j)[0], words.get(j)[1]);
                plain = !w.isEmpty() && Character.isLowerCase(w.charAt(0)) && Character.isLetter(w.charAt(w.length() - 1));
            }
            if (plain) {
                return start - 1;
            }
        }
        return k;
    }

    /** Whether {@code w} is a determiner or a possessive ("the", "Scott's", "parents'"): a noun follows it. */
    private static boolean determinerOrPossessive(String w) {
        String lower = w.toLowerCase(Locale.ROOT);
        return DETERMINERS.contains(lower) || lower.length() > 2
                && (lower.endsWith("'s") || lower.endsWith("’s") || lower.endsWith("s'") || lower.endsWith("s’"));
    }

    /** Whether {@code word}, in any case, is a cue: one of {@link #CUES} or a speech form of a verb. */
    static boolean isCue(String word) {
        int v = CueWords.TABLE.getAsciiLower(word, 0, word.length());
        if (v != CharTable.NOT_ASCII) {
            return v >= 0;
        }
        String lower = word.toLowerCase(Locale.ROOT);
        return CUES.contains(lower) || AttributionVerbs.isSpeechForm(lower);
    }

    /** The lower-case words {@link #isCue} takes, as a table. */
    static CharTable cueWords() {
        return CueWords.TABLE;
    }

    /** The words of {@link #cueWords}, as a set. */
    static Set<String> cueWordSet() {
        return CueWords.WORDS;
    }

    /**
     * The lower-case words {@link #isCue} takes: {@link #CUES} and the verbs' speech forms. A
     * holder, read on first use: {@link AttributionVerbs} reads this class while it loads.
     */
    private static final class CueWords {
        static final Set<String> WORDS = cueWords();
        static final CharTable TABLE = CharTable.of(WORDS);

        private static Set<String> cueWords() {
            Set<String> words = new HashSet<>(CUES);
            for (String first : AttributionVerbs.firstWords()) {
                if (AttributionVerbs.isSpeechForm(first)) {
                    words.add(first);
                }
            }
            return Set.copyOf(words);
        }
    }

    /** Titles by their first word in lower case, longest first: one lookup per word. */
    private static final java.util.Map<String, List<String[]>> TITLES_BY_FIRST = byFirstWord();

    private static java.util.Map<String, List<String[]>> byFirstWord() {
        java.util.Map<String, List<String[]>> m = new java.util.HashMap<>();
        for (String[] t : TITLES) {
            m.computeIfAbsent(t[0].toLowerCase(Locale.ROOT), x -> new ArrayList<>()).add(t);
        }
        return m;
    }

    /** A rank joins the title right after it: "Senior Vice President", "Interim Police Chief". */
    private static final int RANK = 1;
    /** An opener takes field words before its head title: "Chief Product Officer", "Deputy Editorial Director". */
    private static final int FIELD_OPENER = 2;

    /** Ranks and openers, looked up without a lower-case copy of each capitalised word. */
    private static final CharTable TITLE_JOINERS = new CharTable(java.util.Map.of("senior", RANK | FIELD_OPENER,
            "junior", RANK, "interim", RANK, "acting", RANK, "associate", RANK | FIELD_OPENER,
            "assistant", RANK | FIELD_OPENER, "deputy", RANK | FIELD_OPENER, "executive", RANK | FIELD_OPENER,
            "chief", FIELD_OPENER));

    /** Field words between a title's opener and its head: "Chief [Technology] Officer". */
    private static final int MAX_FIELD_WORDS = 2;

    /**
     * The length in words of the title starting at {@code words[k]}, or 0: a title of the
     * lexicon, a rank before one ("Senior Vice President"), or an opener, up to
     * {@value #MAX_FIELD_WORDS} capitalised field words and a title ("Chief Product Officer").
     */
    static int titleAt(String[] words, int k) {
        int t = lexiconTitleAt(words, k);
        String w = words[k];
        if (t == 1 && isGivenNameBeforeSurname(words, k)) {
            return 0; // "Dean McCarron, principal analyst": a given name that is also a title
        }
        if (t > 1 || w.isEmpty() || !Character.isUpperCase(w.charAt(0))) {
            return t;
        }
        int joins = TITLE_JOINERS.getAsciiLower(w, 0, w.length());
        // a rank joins the title right after it; an opener that is a title itself may take a field
        int maxField = t == 0 && joins >= 0 && (joins & RANK) != 0 ? 0
                : t == 1 && joins >= 0 && (joins & FIELD_OPENER) != 0 ? MAX_FIELD_WORDS : -1;
        for (int f = 0; f <= maxField && k + f + 1 < words.length; f++) {
            String field = words[k + f];
            if (f > 0 && (field.isEmpty() || !Character.isUpperCase(field.charAt(0)) || field.endsWith(",")
                    || io.github.newsparse.internal.text.GivenNames.contains(field))) {
                break; // a name ends the field
            }
            int head = lexiconTitleAt(words, k + f + 1);
            if (head > 0) {
                return f + 1 + head;
            }
        }
        return t;
    }

    /**
     * Whether {@code words[k]}, a title that is also a given name ("Dean"), is followed by one
     * capitalised word that is no given name and ends the name: then it is the person's name.
     */
    private static boolean isGivenNameBeforeSurname(String[] words, int k) {
        if (k + 1 >= words.length || !io.github.newsparse.internal.text.GivenNames.contains(words[k])) {
            return false;
        }
        String next = stripComma(words[k + 1]);
        boolean ends = words[k + 1].endsWith(",") || k + 2 >= words.length || words[k + 2].isEmpty()
                || !Character.isUpperCase(words[k + 2].charAt(0));
        return ends && !next.isEmpty() && Character.isUpperCase(next.charAt(0))
                && !io.github.newsparse.internal.text.GivenNames.contains(next);
    }

    /** The length in words of the lexicon's title starting at {@code words[k]}, or 0. */
    private static int lexiconTitleAt(String[] words, int k) {
        String first = words[k];
        int firstEnd = first.endsWith(",") ? first.length() - 1 : first.length();
        if (TITLE_FIRST_WORDS.getAsciiLower(first, 0, firstEnd) == -1) {
            // an ASCII word that opens no title of the lexicon, unless it is a compound one
            return isCompoundTitle(first, firstEnd) ? 1 : 0;
        }
        List<String[]> candidates = TITLES_BY_FIRST.get(stripComma(words[k]).toLowerCase(Locale.ROOT));
        if (candidates == null) {
            return isCompoundTitle(first, firstEnd) ? 1 : 0;
        }
        for (String[] t : candidates) {
            if (k + t.length > words.length) {
                continue;
            }
            boolean match = true;
            for (int j = 0; j < t.length && match; j++) {
                String w = stripComma(words[k + j]);
                match = Character.isLowerCase(t[j].charAt(0)) ? w.equalsIgnoreCase(t[j]) : w.equals(t[j]);
            }
            if (match) {
                return t.length;
            }
        }
        return 0;
    }

    /** Heads of German compound titles ({@code compound-title-heads.txt}): "Presse|sprecher", "Polizei|chef". */
    private static final List<String> COMPOUND_TITLE_HEADS = List.copyOf(read("compound-title-heads.txt"));

    /** The fewest letters before a compound title's head: "Pressesprecher", never "Administer". */
    private static final int MIN_COMPOUND_PREFIX = 3;

    /**
     * Whether {@code w[0, end)} is a German compound title: capitalised, with at least
     * {@value #MIN_COMPOUND_PREFIX} letters before a head of {@link #COMPOUND_TITLE_HEADS} in lower case.
     */
    private static boolean isCompoundTitle(String w, int end) {
        if (end < MIN_COMPOUND_PREFIX + 4 || !Character.isUpperCase(w.charAt(0))) {
            return false;
        }
        for (String head : COMPOUND_TITLE_HEADS) {
            int at = end - head.length();
            if (at >= MIN_COMPOUND_PREFIX && w.startsWith(head, at)) {
                return true;
            }
        }
        return false;
    }

    /** The keys of {@link #TITLES_BY_FIRST}, looked up without making strings. */
    private static final CharTable TITLE_FIRST_WORDS = CharTable.of(TITLES_BY_FIRST.keySet());

    /** Every title as one lower-case phrase, for whole-phrase lookups. */
    private static final Set<String> TITLE_PHRASES = titlePhrases();

    private static Set<String> titlePhrases() {
        Set<String> out = new HashSet<>();
        for (String[] t : TITLES) {
            out.add(String.join(" ", t).toLowerCase(Locale.ROOT));
        }
        return Set.copyOf(out);
    }

    /** Whether {@code words} (lower case) are a title: "mayor", "police chief". */
    static boolean isTitleWords(String lowerPhrase) {
        return TITLE_PHRASES.contains(lowerPhrase);
    }

    static String stripComma(String w) {
        return w.endsWith(",") ? w.substring(0, w.length() - 1) : w;
    }

    private static List<String[]> titles() {
        List<String[]> list = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (String t : read("titles.txt")) {
            if (seen.add(t)) {
                list.add(t.split(" "));
            }
        }
        list.sort(Comparator.comparingInt((String[] a) -> a.length).reversed());
        return List.copyOf(list);
    }

    /** The lines of a word list beside this class, without blank lines and # comments. */
    static List<String> read(String resource) {
        return WordLists.read(QuoteLexicon.class, resource);
    }
}
