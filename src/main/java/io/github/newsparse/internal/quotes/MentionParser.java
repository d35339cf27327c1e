package io.github.newsparse.internal.quotes;

import io.github.newsparse.internal.text.Chars;
import io.github.newsparse.internal.text.GivenNames;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reads a speaker reference: "Trooper First Class Tanya Compagnone", "Hartford police Lt. Paul
 * Cicero" (title Lt., affiliation Hartford police), "Pastor A.J. Johnson with the Urban Hope
 * Refuge Church", "a spokesman for the city", "the mayor", "he", "state police".
 */
final class MentionParser {

    /** Longest mention, in words. */
    static final int MAX_WORDS = 14;

    private MentionParser() {
    }

    /**
     * The mention, or null when the words cannot be a speaker. A person's party in brackets
     * after the name stays in the mention as the text writes it ("Rep. Gwen Moore (D-Wis.)").
     */
    static Mention parse(String raw) {
        // the rules ask for the same words again and again: a page's evidence keeps the answers
        return PageNames.mention(raw, MentionParser::parseNamed);
    }

    /** {@link #parseWords}, with a determiner never read as a person's name ("Another of the models"). */
    private static Mention parseNamed(String raw) {
        Mention m = parseWords(raw);
        if (m != null && (m.kind() == Mention.Kind.GROUP || m.kind() == Mention.Kind.DESCRIBED)
                && (holdsVerbWithObject(m.text().split(" ")) || endsWithAuxiliary(m.text()))) {
            // "majority of modern city dwellers relying on digital services might not": a clause's
            // subject and the start of its verb, no source
            return null;
        }
        if (m != null && m.kind() == Mention.Kind.PERSON && m.name() != null
                && DETERMINERS.contains(m.name().toLowerCase(Locale.ROOT)) && !isAcronym(m.name())) {
            // "Another of the models told me …": a part of a group, no one named
            return new Mention(m.text(), Mention.Kind.GROUP, null, null, null);
        }
        if (m != null && m.kind() == Mention.Kind.PERSON && m.title() != null
                && (describesNoRole(m.title()) || endsWithArticle(m.title()) && namesBody(m.name())
                    || isIndefiniteArticle(m.title()) && m.name() != null
                    && QuoteLexicon.PARTY_MEMBERS.contains(m.name().substring(m.name().lastIndexOf(' ') + 1)))) {
            // "the J.D. Power 2025 North America Rental Car Satisfaction Study", "The Colgate 360
            // Sensitive Extra Soft", "a 2014 report by Food and Water Watch", "one of the former
            // prosecutors for David Petraeus": words before a name that hold no role make no title
            // of it; the whole is a record, a thing or an unnamed group (as "a Virginia Republican"
            // is: a party's member whose place is also a given name); "Das Institut für
            // Arbeitsschutz der Deutschen Gesetzlichen Unfallversicherung": an article ends no title
            return new Mention(m.text(), Mention.Kind.GROUP, null, null, null);
        }
        if (m != null && m.kind() == Mention.Kind.PERSON && m.title() != null && m.name() != null
                && QuoteLexicon.LEGAL_FORMS.contains(m.name())) {
            // "MP Co", "Data General Corp": a company whose name opens with a title's word, not
            // the title and a person named "Co"
            return new Mention(m.text(), Mention.Kind.PERSON, m.text(), null, null);
        }
        return m;
    }

    private static Mention parseWords(String raw) {
        String stripped = raw.strip();
        int lastSpace = stripped.lastIndexOf(' ');
        if (lastSpace > 0 && INTENSIFIERS.contains(stripped.substring(lastSpace + 1))) {
            // "Mrs. Clinton herself, as well as her campaign, has maintained …": the person
            return parse(stripped.substring(0, lastSpace));
        }
        String first = firstOfSeveralWords(raw);
        String firstLower = first.toLowerCase(Locale.ROOT);
        if (!first.isEmpty() && TIME_SUBORDINATORS.contains(firstLower)) {
            // "While many trial lawyers opposed …": the group; "– when she responded to …" after a
            // quotation is a clause of the moment, whose pronoun is no speaker of it
            String rest = stripped.substring(first.length()).strip();
            return rest.indexOf(' ') > 0 ? parse(rest) : null;
        }
        if (!first.isEmpty() && (DISCOURSE_ADVERBS.contains(firstLower) || FOCUS_WORDS.contains(first) || !Chars.hasLetterOrDigit(first, 0, first.length()))) {
            // "However Donmar Warehouse denies …": the adverb links the sentence to the one before;
            // "I know … some people think": an ellipsis opens no name
            return parse(stripped.substring(first.length()));
        }
        int dash = raw.lastIndexOf('—');
        if (dash > 0 && dash + 1 < raw.length() && !Character.isWhitespace(raw.charAt(dash - 1))
                && !Character.isWhitespace(raw.charAt(dash + 1))) {
            // "… who you are as a person—admissions officers want …": an em dash between two
            // words ends a phrase, and the subject follows it
            return parse(raw.substring(dash + 1).strip());
        }
        if (first.isEmpty() && DISCOURSE_ADVERBS.contains(stripped.toLowerCase(Locale.ROOT))) {
            // "Ever thought about monetizing YouTube?": an adverb alone, whose subject the question
            // leaves out, names no one
            return null;
        }
        if (first.isEmpty() && CONTRACTED_PRONOUNS.contains(stripped.toLowerCase(Locale.ROOT).replace('’', '\''))) {
            // "I'm reminded that …", "I’m asked this question …": a pronoun and its auxiliary, no name
            return null;
        }
        if (stripped.length() > 1 && (stripped.charAt(0) == '(' || stripped.charAt(0) == '‘') && stripped.indexOf(')') < 0
                && stripped.indexOf('’', 1) < 0) {
            // "(The judge called it …)", "‘My Government believes …": a bracket or a quotation opens
            // before the subject, whose mark is no part of it
            Mention inner = parse(stripped.substring(1));
            if (inner != null) {
                return inner;
            }
        }
        String opening = first.isEmpty() ? stripped : first;
        if (FOREIGN_PREPOSITIONS.contains(opening) || FOREIGN_DEMONSTRATIVES.contains(opening)
                || GERMAN_OPENING_ADVERBIALS.contains(opening)) {
            // "über die Aristoteles sprach", "Dies teilte das Regionalkommando mit": a phrase or the
            // object before a verb-second clause's verb, never its subject
            return null;
        }
        if (SUBORDINATORS.contains(firstLower)) {
            // "Whether you're swapping out props, … write down …": a clause, never a speaker
            return null;
        }
        if (LIST_OPENERS.contains(firstLower)) {
            // "…, including strong jobs reports in October": the items of a list, no speaker
            return null;
        }
        if (first.isEmpty() && stripped.equalsIgnoreCase("to")) {
            // "To see that … is nice, but when I receive an email saying …": an infinitive's "to"
            // names no one (a surname may be another preposition: "Al From said")
            return null;
        }
        int time = timeSpan(stripped);
        if (time > 0) {
            // "But this year polls suggest …": the time, then the source
            return parse(stripped.substring(time));
        }
        if (opensWithIndefinite(raw)) {
            // "— something President Obama indicated": what was said, never who said it
            return null;
        }
        if (io.github.newsparse.internal.structure.Places.isRegionAbbreviationOrCompound(raw)) {
            // "Stacy Baker of Columbia, South Carolina, says", "… of Arlington, Va., said": the place is no speaker
            return null;
        }
        Mention m = parseOne(raw);
        if (m != null && m.kind() == Mention.Kind.PERSON && m.name() != null && m.title() == null
                && (m.affiliation() != null || m.name().indexOf(' ') > 0) && isRoleOnly(m.name())
                && !namesSomeone(m.affiliation())) {
            // "CEO of Washington Restaurant Association", "Lead Designer": a role without a name,
            // as "the mayor" is (one word alone may be a surname: "Dean said")
            return new Mention(m.text(), Mention.Kind.TITLE_REF, null, m.name(), m.affiliation());
        }
        if (m != null && (m.title() == null || !m.title().endsWith(" and"))) {
            return m;
        }
        Mention both = coordinated(raw);
        return both != null ? both : m;
    }

    /** Words that open a gerund's object: "Becoming a …", "Using the …", "Building your …". */
    private static final java.util.Set<String> GERUND_OBJECTS = java.util.Set.of("a", "an", "the", "your", "their",
            "our", "my", "his", "her", "its", "this", "these", "that", "those");

    /** Whether two words open a gerund with its object: "Becoming a", "Using the". */
    static boolean isGerundPhrase(String first, String second) {
        String f = first.toLowerCase(Locale.ROOT);
        return f.length() >= 5 && f.endsWith("ing") && GERUND_OBJECTS.contains(second.toLowerCase(Locale.ROOT));
    }

    /**
     * Conjunctions of time that open a clause before its subject, no part of it: "While many trial
     * lawyers opposed …" ("When deciding between stocks, consider …" leaves a participle, no one).
     */
    private static final java.util.Set<String> TIME_SUBORDINATORS = java.util.Set.of("when", "while");

    /** Reflexive pronouns that stress the mention before them: "Mrs. Clinton herself". */
    private static final java.util.Set<String> INTENSIFIERS = java.util.Set.of("himself", "herself", "themselves",
            "itself");

    /** Words that open the items of a list: "including strong jobs reports". */
    private static final java.util.Set<String> LIST_OPENERS = java.util.Set.of("including", "includes", "excluding");

    /** Pronouns written onto "am", "are" or "is": never a name. */
    private static final java.util.Set<String> CONTRACTED_PRONOUNS = java.util.Set.of("i'm", "you're", "we're",
            "they're", "he's", "she's", "it's");

    /**
     * Conjunctions that open a subordinate clause, never a mention: "Whether you're swapping …";
     * and "what" of a clause ("What I'd say is …").
     */
    static final java.util.Set<String> SUBORDINATORS = java.util.Set.of("whether", "if", "unless",
            "although", "though", "because", "whereas", "what");

    /**
     * Units of a span of time after a determiner of {@link QuoteLexicon#TIME_DETERMINERS}, as
     * written in lower case ("this year polls"); the opening phrases {@link AttributionFinder}
     * skips name more times ("Last Tuesday, …").
     */
    private static final java.util.Set<String> TIME_UNITS = java.util.Set.of("year", "week", "month", "spring",
            "summer", "fall", "autumn", "winter", "weekend", "morning", "evening", "time", "day", "night", "afternoon");

    /** The length of a span of time that opens {@code s} with a word after it ("this year polls"), or 0. */
    private static int timeSpan(String s) {
        int a = s.indexOf(' ');
        int b = a < 0 ? -1 : s.indexOf(' ', a + 1);
        if (b < 0 || !QuoteLexicon.TIME_DETERMINERS.contains(s.substring(0, a).toLowerCase(Locale.ROOT))
                || !TIME_UNITS.contains(s.substring(a + 1, b))) {
            // the unit as written, in lower case: "Last Week Tonight host John Oliver" is a show's name
            return 0;
        }
        return b + 1;
    }

    /** Adverbs that link a sentence to the one before, never part of a name: "However Acme denies …". */
    private static final java.util.Set<String> DISCOURSE_ADVERBS = java.util.Set.of("however", "meanwhile",
            "moreover", "furthermore", "nevertheless", "nonetheless", "therefore", "thus", "indeed", "separately",
            "additionally", "instead", "also",
            // how often or how surely, before the subject: "Sometimes Microsoft also refers to …"
            "sometimes", "often", "always", "never", "ever", "usually", "occasionally", "frequently", "rarely", "typically",
            "generally", "naturally", "apparently", "reportedly", "allegedly", "clearly", "obviously", "certainly",
            "interestingly", "ironically", "fortunately", "unfortunately", "luckily", "sadly", "surprisingly");

    /**
     * Words in lower case that weigh or compare the mention after them, no part of it and never a
     * title: "even Ana Ruiz said", "than Oxford American Dictionaries announcing that".
     */
    private static final java.util.Set<String> FOCUS_WORDS = java.util.Set.of("even", "than", "perhaps");

    /** Prepositions in lower case that open a phrase, never a mention: "to the committee", "from Dover". */
    private static final java.util.Set<String> PHRASE_PREPOSITIONS = java.util.Set.of("to", "from", "of", "in", "on", "at",
            "for", "with", "by", "about", "into", "through", "despite", "during", "among", "against", "toward",
            "towards", "via", "under", "over");

    /** Words that open an object right after a verb: "send <b>their</b> programmers". */
    static final Set<String> OBJECT_OPENERS = Set.of("the", "a", "an", "their", "his", "her", "its", "our",
            "my", "your", "this", "these", "those");

    /**
     * Words before an object's opener that are no verb: the prepositions of {@link #PHRASE_PREPOSITIONS}
     * and more, and conjunctions ("of the", "and their").
     */
    private static final Set<String> NOT_VERBS_BEFORE_OBJECT = java.util.stream.Stream.concat(
            PHRASE_PREPOSITIONS.stream(), java.util.stream.Stream.of("like", "including", "between", "across", "after", "before",
                    "than", "as", "near", "around", "behind", "within", "without", "per", "beyond", "off", "up",
                    "down", "out", "and", "or", "but", "nor", "all", "both", "half", "whom", "whose", "upon", "amid",
                    "since", "until", "once", "inside", "outside", "along", "onto", "throughout", "regarding",
                    "versus", "vs"))
            .collect(java.util.stream.Collectors.toUnmodifiableSet());

    /**
     * Whether {@code w}, a lower-case word inside a subject, is a verb with its object after it
     * ({@code next} opens a noun phrase): no preposition or conjunction, and no participle
     * ("a group representing the counties", "data compiled the …" stays a description).
     */
    private static boolean verbBeforeObject(String before, String w, String next) {
        // a past form after an adverb is a verb too: "completely changed the way", "reportedly laid"
        boolean past = w.endsWith("ed") && before.length() > 4 && before.endsWith("ly")
                && Chars.isLowerAscii(before, 0, before.length());
        return OBJECT_OPENERS.contains(next) && !w.isEmpty() && Chars.isLowerAscii(w, 0, w.length())
                && !NOT_VERBS_BEFORE_OBJECT.contains(w) && !w.endsWith("ing") && (past || !w.endsWith("ed"));
    }

    /** Relative pronouns: a verb after one is the relative clause's ("people who know the mayor"). */
    private static final Set<String> RELATIVE_PRONOUNS = Set.of("who", "whom", "whose", "that", "which");

    /**
     * Whether the words {@code w} of a group hold a verb with its object before any relative
     * pronoun ("many of these towns send their engineers to Hartford"): a clause, no source. A
     * verb after "to" is an infinitive that describes ("the last man to mount a race").
     */
    static boolean holdsVerbWithObject(String[] w) {
        for (int j = 1; j + 1 < w.length; j++) {
            String lower = w[j].toLowerCase(Locale.ROOT);
            if (RELATIVE_PRONOUNS.contains(lower)) {
                return false;
            }
            // a word of time is no verb: "earlier this year the EU" is a time before the subject
            if (!w[j - 1].equalsIgnoreCase("to") && !w[j].endsWith(",") && !SubjectAdjunct.isTimeWord(lower)
                    && verbBeforeObject(w[j - 1], w[j], w[j + 1].toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Prepositions of the other languages newsparse reads, in lower case, that open a phrase and
     * never a name ("über", "pour", "para"); "de", "von", "van" and the like are left out, as names
     * hold them.
     */
    private static final java.util.Set<String> FOREIGN_PREPOSITIONS = java.util.Set.of("über", "für", "mit",
            "nach", "gegen", "durch", "ohne", "aus", "zum", "zur", "vom", "beim", "sur", "pour", "avec", "dans",
            "sans", "chez", "par", "para", "con", "desde", "sin", "hacia", "entre", "sobre");

    /**
     * Demonstrative pronouns that open a sentence as its object before a verb-second verb ("Dies
     * teilte … mit") or as a thing; never a speaker (the determiners "Diese", "Cette" open sources:
     * "Diese Studie zeigt …").
     */
    private static final java.util.Set<String> FOREIGN_DEMONSTRATIVES = java.util.Set.of("Dies", "Ceci", "Cela",
            "Esto", "Eso");

    /**
     * Words that open a German sentence's first phrase when it is no subject (the verb comes
     * second, its subject after it): adverbs ("Dazu sagte Ruiz:", "Gestern erklärte er:"),
     * prepositions ("Am Montag erklärte Ruiz:", "Im Interview sagt sie:") and the conjunctions of a
     * clause ("Wie LTO damals berichtete, …", "Weshalb es dazu kam, …"). A phrase they open names
     * no speaker.
     */
    static final java.util.Set<String> GERMAN_OPENING_ADVERBIALS = java.util.Set.of("Am", "Im", "Beim", "Vom",
            "Zum", "Zur", "Nach", "Vor", "Bei", "Mit", "Seit", "Gegenüber", "Über", "Unter", "Während", "Wegen",
            "Trotz", "Dazu", "Dabei", "Darauf", "Daraufhin", "Danach", "Dann", "Zudem", "Außerdem", "Weiter",
            "Später", "Zuvor", "Gestern", "Heute", "Damals", "Jetzt", "Nun", "Anschließend", "Schließlich",
            "Deshalb", "Daher", "Darüber", "Gleich", "Hier", "Dort", "Zunächst", "Allerdings", "Trotzdem",
            "Dennoch", "Gleichzeitig", "Ebenso", "Wie", "Weshalb", "Warum", "Wann", "Wo", "Dass", "Ob");

    /** Indefinite pronouns of things: "something", "anything", "everything", "nothing". */
    private static final java.util.Set<String> THINGS = java.util.Set.of("something", "anything", "everything",
            "nothing");

    private static boolean opensWithIndefinite(String raw) {
        return THINGS.contains(firstOfSeveralWords(raw).toLowerCase(java.util.Locale.ROOT));
    }

    /** Whether {@code word}, in any case, is a preposition that may open a sentence's phrase ("At", "in"). */
    static boolean isOpeningPreposition(String word) {
        return PREPOSITIONS.contains(word.toLowerCase(Locale.ROOT)) && !isAcronym(word);
    }

    /**
     * Whether the words open with a preposition in lower case: "to the drafting committee"; not
     * one that approximates a share ("about 40 percent of voters", "over half of them").
     */
    static boolean opensWithPreposition(String raw) {
        return PHRASE_PREPOSITIONS.contains(firstOfSeveralWords(raw)) && !opensWithApproximateShare(raw.strip());
    }

    /** Whether an approximating word and a share open {@code np}: "about 40 percent of voters", "Over half of them". */
    private static boolean opensWithApproximateShare(String np) {
        int space = np.indexOf(' ');
        return space > 0 && APPROXIMATORS.contains(np.substring(0, space).toLowerCase(Locale.ROOT)) && opensWithShare(np);
    }

    /** Whether a share ({@link #isShare}) opens {@code np}: "about 40 percent of voters", "over half of them". */
    private static boolean opensWithShare(String np) {
        String[] w = np.split(" ", MAX_SHARE_WORDS + 1);
        for (int k = Math.min(MAX_SHARE_WORDS, w.length - 1); k >= 2; k--) {
            if (isShare(java.util.Arrays.copyOf(w, k))) {
                return true;
            }
        }
        return false;
    }

    /** The first word of words that are more than one, as written; empty for a single word. */
    private static String firstOfSeveralWords(String raw) {
        String s = raw.strip();
        int space = s.indexOf(' ');
        return space > 0 ? s.substring(0, space) : "";
    }

    /**
     * Two speakers joined by one "and", each a mention of its own, who speak together as a group
     * ("Sanders and Clinton", "The county engineer and the mayor"), or one person with two roles
     * under one article ("the former secretary of state and current nominee"); null otherwise.
     */
    static Mention coordinated(String raw) {
        String np = trim(raw);
        int and = np.indexOf(" and ");
        if (and <= 0 || np.indexOf(" and ", and + 1) >= 0 || np.lastIndexOf('(', and) > np.lastIndexOf(')', and)
                || np.charAt(and - 1) == ',' || np.charAt(and - 1) == ';') {
            // ", and" and "; and" join clauses or list items, not speakers
            return null;
        }
        int space = np.indexOf(' ');
        if (QuoteLexicon.ADJUNCT_STARTS.contains(np.substring(0, space))) {
            // "of immigrants issued by the Organization for … and Development": a phrase's tail
            return null;
        }
        Mention left = parseOne(np.substring(0, and));
        String rightText = np.substring(and + 5);
        Mention right = left == null ? null : parseOne(rightText);
        if (right == null && left != null && left.kind() != Mention.Kind.DESCRIBED && np.regionMatches(true, 0, "the ", 0, 4)
                && !DETERMINERS.contains(rightText.substring(0, Math.max(0, rightText.indexOf(' '))).toLowerCase(Locale.ROOT))) {
            // "the former secretary of state and current Democratic nominee": one person, two
            // roles under one article
            Mention role = parseOne("the " + rightText);
            if (role != null && role.kind() != Mention.Kind.DESCRIBED && role.kind() != Mention.Kind.PRONOUN) {
                return new Mention(np, left.kind(), left.name(), left.title(), left.affiliation());
            }
        }
        if (right == null || left.kind() == Mention.Kind.DESCRIBED || right.kind() == Mention.Kind.DESCRIBED) {
            return null;
        }
        // as written, with the parties the analysis set aside: "Sens. Ana Ruiz (D-Mont.) and …"
        String written = raw.strip();
        int firstWord = np.indexOf(' ');
        String text = written.startsWith(np.substring(0, firstWord < 0 ? np.length() : firstWord))
                && written.endsWith(np.substring(np.lastIndexOf(' ') + 1)) ? written : np;
        return new Mention(text, Mention.Kind.GROUP, null, null, null);
    }

    private static Mention parseOne(String raw) {
        Mention m = parseWithoutParty(raw);
        if (m == null || m.kind() != Mention.Kind.PERSON) {
            return m;
        }
        String written = raw.strip();
        int open = written.indexOf(" (");
        if (open > 0 && written.endsWith(")") && written.length() - open <= MAX_PARENTHETICAL + 2
                && written.substring(0, open).endsWith(m.text())) {
            return new Mention(m.text() + written.substring(open), m.kind(), m.name(), m.title(), m.affiliation());
        }
        return m;
    }

    /** Prepositions of an adjunct of place or time after a speaker: "at a news conference", "on Tuesday". */
    private static final Set<String> ADJUNCT_PREPOSITIONS = Set.of("at", "in", "on", "during", "after", "before",
            "with", "from", "to");

    /** Words that open the noun phrase of an adjunct: "at <b>a</b> rally", "with <b>his</b> aides". */
    private static final Set<String> ADJUNCT_DETERMINERS = Set.of("a", "an", "his", "her", "their", "its", "this",
            "that", "these", "those", "reporters", "supporters");

    /**
     * Whether the phrase from word {@code j} is an adjunct, not an organisation: it opens with an
     * indefinite or possessive determiner ("a news conference", "his aides"), or with "the" and a
     * lower-case noun ("the company's annual meeting"), where an organisation has a capital
     * ("the Red Cross", "Yale University").
     */
    private static boolean adjunctAt(String[] w, int j) {
        if (j >= w.length || w[j].isEmpty()) {
            return false;
        }
        String lower = w[j].toLowerCase(Locale.ROOT);
        if (ADJUNCT_DETERMINERS.contains(lower)) {
            return true;
        }
        return lower.equals("the") && j + 1 < w.length && !w[j + 1].isEmpty()
                && Character.isLowerCase(w[j + 1].codePointAt(0));
    }

    /** The person named by {@code w[0, end)}, or null when those words name no one ("A person familiar"). */
    private static Mention namedPerson(String[] w, int end) {
        Mention m = parseWithoutParty(join(w, 0, end));
        return m != null && m.kind() == Mention.Kind.PERSON && m.name() != null
                && (m.title() != null || m.name().indexOf(' ') > 0) ? m : null;
    }

    /** Prepositions that tie a role to the one it serves: "an aide to", "a spokeswoman for". */
    private static final Set<String> SERVING = Set.of("to", "for");

    /**
     * A role held for someone named after it ("the former top aide to President George W. Bush",
     * "spokeswoman for Mayor Luke Bronin"): lower-case words, then "to" or "for", then a capital;
     * else null. The person named is never the role's holder: after "for" they are whom the
     * holder speaks for (as an organisation is), after "to" only the role's affiliation.
     */
    private static Mention servedBy(String np, String[] w) {
        for (int i = 1; i < w.length - 1; i++) {
            if (w[i].isEmpty() || !Character.isLowerCase(w[i].charAt(0))) {
                return null;
            }
            if (SERVING.contains(w[i])) {
                if (w[0].isEmpty() || w[i + 1].isEmpty() || !Character.isUpperCase(w[i + 1].charAt(0))) {
                    return null;
                }
                int from = DETERMINERS.contains(w[0].toLowerCase(Locale.ROOT)) ? 1 : 0;
                String head = w[i - 1].toLowerCase(Locale.ROOT);
                if (from >= i || from == 0 && !Character.isLowerCase(w[0].charAt(0))
                        || !QuoteLexicon.isTitleWords(head) && !QuoteLexicon.SOURCE_NOUNS.contains(head)) {
                    // "Sanders for President": a name, then what it is for; the role must be a title or a source's head
                    return null;
                }
                String role = join(w, from, i);
                String served = stripArticle(join(w, i + 1, w.length));
                if (w[i].equals("for")) {
                    // "a spokeswoman for Mayor Luke Bronin" speaks for the mayor, as "a spokesman for the city" does
                    return new Mention(np, Mention.Kind.GROUP, null, role, served);
                }
                // "an aide to Sen. Ted Cruz" is not the senator: a role the text may have given a
                // person ("the aide"), or an unnamed source
                return from == 1 && !w[0].equalsIgnoreCase("the") ? new Mention(np, Mention.Kind.GROUP, null, null, null)
                        : new Mention(np, Mention.Kind.TITLE_REF, null, role, served);
            }
        }
        return null;
    }

    /** The most lower-case words after the "of" of a role: "director of public safety". */
    private static final int MAX_OF_WORDS = 3;

    /**
     * "master of ceremonies Asab Al-Tabchi", "director of communications Jane Roe": lower-case
     * words, "of" at {@code of}, a few more lower-case words, then a name of two or more words
     * to the end; the person with the role as title. Null otherwise.
     */
    private static Mention titleWithOf(String np, String[] w, int of) {
        for (int i = 0; i < of; i++) {
            if (w[i].isEmpty() || !Character.isLowerCase(w[i].charAt(0))) {
                return null;
            }
        }
        int n = of + 1;
        while (n < w.length && n - of - 1 < MAX_OF_WORDS && !w[n].isEmpty() && Character.isLowerCase(w[n].charAt(0))) {
            n++;
        }
        if (n == of + 1 || w.length - n < 2 || !isNameStart(w[n]) || nameEnd(w, n, w.length) != w.length) {
            return null;
        }
        int from = DETERMINERS.contains(w[0]) ? 1 : 0;
        return new Mention(np, Mention.Kind.PERSON, join(w, n, w.length), join(w, from, n), null);
    }

    /** German prepositions of where a person works: "von der Stiftung Warentest", "vom Vermögensverwalter BNY", "bei Siemens". */
    private static final Set<String> FOREIGN_AFFILIATION_PREPOSITIONS = Set.of("von", "vom", "bei", "beim");

    /** German articles after such a preposition, or at the end of words that are then no title ("… der"). */
    private static final Set<String> FOREIGN_ARTICLES = Set.of("der", "die", "das", "dem", "den");

    /** Finite verbs in lower case that open a predicate, never a mention. */
    private static final Set<String> FINITE_STARTS = Set.of("is", "are", "was", "were", "am", "has", "have", "had");

    /** Prepositions that open a phrase, never a speaker's mention. */
    private static final Set<String> PREPOSITIONS = Set.of("in", "inside", "at", "on", "for", "from",
            "by", "of", "with", "to", "over", "under", "after", "before", "during", "into", "outside", "near",
            "through", "via", "across", "without", "within", "behind", "toward", "towards", "against", "instead",
            // the same in Spanish, French and German ("En Los Gallardos, aseguró …")
            "en", "dans", "avec", "pour", "por", "para", "im", "auf", "mit", "nach");

    /** Words that tie a role to the place or body it serves: "the mayor of Hartford", "el alcalde de Los Gallardos". */
    private static final Set<String> ROLE_OF = Set.of("of", "de", "del", "du", "des", "di", "della", "von", "vom");

    /**
     * "the mayor of Hartford", "la presidenta de la Comisión Europea", "der Bürgermeister von
     * Berlin": a role (after its definite article) and the named place or body it serves, the
     * holder unnamed. Null for any other words.
     */
    private static Mention roleOfNamed(String np, String[] w) {
        int lexiconTitle = QuoteLexicon.titleAt(w, 1);
        for (int k = 2; k < w.length - 1; k++) {
            if (k < 1 + lexiconTitle) {
                continue; // "the Secretary of State": the "of" is the title's own
            }
            if (!ROLE_OF.contains(w[k])) {
                continue;
            }
            String title = join(w, 1, k);
            if (!QuoteLexicon.isTitleWords(title.toLowerCase(Locale.ROOT))) {
                return null;
            }
            int from = k + 1;
            while (from < w.length - 1 && (ARTICLES.contains(w[from]) || FOREIGN_OBJECT_ARTICLES.contains(w[from]))) {
                from++;
            }
            if (!Character.isUpperCase(w[from].charAt(0))) {
                return null; // "the director of public safety": the "of" belongs to the role
            }
            for (int j = from; j < w.length; j++) {
                if (GivenNames.contains(QuoteLexicon.stripComma(w[j])) || w[j].endsWith(",")
                        || Character.isLowerCase(w[j].charAt(0)) && !NAME_LINKS.contains(w[j])) {
                    // "the mayor of Hartford, Luke Bronin", "the chairman of Kazakhstan's atomic energy
                    // committee Temir Zhantikin": the holder is named after all, or the body is no name
                    return null;
                }
            }
            return new Mention(np, Mention.Kind.TITLE_REF, null, title, join(w, from, w.length));
        }
        return null;
    }

    /** Possessive determiners, which open what someone speaks of, never whom they work for: "of his process". */
    /**
     * Whether {@code w} is the proper name of an owner's thing, {@code w[0, end)} before an "of":
     * a possessive word before the last word there, and after it only capitalised words (but
     * "of", "the", "and", "&") that are neither given names nor titles ("Tastewise’s Future of
     * Nutrition Survey"; "Trump’s campaign manager Corey Lewandowski" and "Hunter’s chief of
     * staff" are people's, "Russia’s annexation of Crimea" no name).
     */
    private static boolean ownersThing(String[] w, int end) {
        for (int k = 0; k + 1 < end; k++) {
            if (w[k].isEmpty() || !Character.isUpperCase(w[k].charAt(0)) && !(k == 0 && w[k].equals("the"))) {
                return false; // the owner is a name too ("Thomas Frank in What's the Matter With Kansas" is none)
            }
            if (w[k].endsWith("’s") || w[k].endsWith("'s")) {
                for (int j = k + 1; j < w.length; j++) {
                    String x = QuoteLexicon.stripComma(w[j]);
                    if (x.isEmpty() || OWNED_NAME_JOINERS.contains(x)) {
                        continue;
                    }
                    if (!Character.isUpperCase(x.charAt(0)) || w[j].endsWith(",") || GivenNames.contains(x)
                            || QuoteLexicon.titleAt(w, j) > 0) {
                        return false;
                    }
                }
                return true;
            }
        }
        return false;
    }

    /**
     * Whether {@code w} is a record's proper name with an "of" at {@code of}: capitalised words
     * before it that are neither given names nor titles, capitalised words after it, and a record's
     * noun ({@link QuoteLexicon#EVIDENCE_SOURCES}: report, survey, study …) at its end, before a
     * year if one follows ("The Thomson Reuters Future of Professionals Report 2025"; "Stu Rothenberg
     * of the Rothenberg-Gonzales Political Report" is a person).
     */
    private static boolean namedRecord(String[] w, int of) {
        if (!w[of].equals("of")) {
            return false;
        }
        int last = w.length - 1;
        if (last > of + 1 && isNumber(w[last])) {
            last--; // "… Report 2025"
        }
        String head = QuoteLexicon.stripComma(w[last]);
        if (head.isEmpty() || !Character.isUpperCase(head.charAt(0))
                || !QuoteLexicon.EVIDENCE_SOURCES.contains(head.toLowerCase(Locale.ROOT))) {
            return false;
        }
        for (int k = 0; k <= last; k++) {
            String x = QuoteLexicon.stripComma(w[k]);
            if (k == of || x.isEmpty() || OWNED_NAME_JOINERS.contains(x) || k == 0 && x.equals("The")
                    || k > of && (x.equals("a") || x.equals("an"))) {
                continue;
            }
            if (!Character.isUpperCase(x.charAt(0)) || w[k].endsWith(",") || k < of && (GivenNames.contains(x)
                    || QuoteLexicon.titleAt(w, k) > 0)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether {@code w} is a record and where it comes from, with the preposition at {@code at}: one
     * capitalised record's noun ({@link QuoteLexicon#EVIDENCE_SOURCES}) before it ("Research from
     * the Annenberg Institute", "Data from NSDUH", "Figures from the Bank of England" were people
     * named "Research", "Data", "Figures" of an affiliation).
     */
    private static boolean recordFrom(String[] w, int at) {
        return at == 1 && !w[0].endsWith(",") && Character.isUpperCase(w[0].charAt(0))
                && QuoteLexicon.EVIDENCE_SOURCES.contains(w[0].toLowerCase(Locale.ROOT));
    }

    /** Lower-case words inside the proper name of a thing: "Future of Nutrition Survey", "Sleep & Body Edit". */
    private static final Set<String> OWNED_NAME_JOINERS = Set.of("of", "the", "and", "&", "for");

    private static final Set<String> POSSESSIVES = Set.of("his", "her", "their", "its", "my", "our", "your");

    /** Small words inside the name of a place or body: "Bank of England", "Comisión de la Competencia". */
    private static final Set<String> NAME_LINKS = Set.of("of", "for", "and", "the", "de", "la", "del", "y", "et", "du",
            "des", "von", "der", "für", "und", "di", "e");

    /**
     * A capitalised plural noun of people that opens a sentence ("Allies", "Supporters"), unless
     * the page writes it capitalised inside a sentence, as a name ("Sanders", "Powers").
     */
    private static boolean isPluralSourceNoun(String word) {
        String bare = QuoteLexicon.stripComma(word);
        String lower = bare.toLowerCase(Locale.ROOT);
        return lower.endsWith("s") && !lower.equals(bare) && QuoteLexicon.SOURCE_NOUNS.contains(lower)
                && !PageNames.isCapitalisedInside(bare);
    }

    /** A plural of a source noun, in any case: "critics", "Supporters" (not "CriticsCorp"). */
    private static boolean isPeoplePlural(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        return lower.length() > 3 && lower.endsWith("s") && QuoteLexicon.SOURCE_NOUNS.contains(lower)
                && !PageNames.isCapitalisedInside(word);
    }

    /** Endings of nouns of one person by what they do: "midfielder", "analyst", "spokesman". */
    private static final java.util.List<String> AGENT_ENDINGS = java.util.List.of("er", "or", "ist", "ian", "eer", "ee",
            "man", "woman", "person", "ster");

    /** Source nouns with an agent's ending that name a place or a thing: "center", "computer". */
    private static final Set<String> NOT_AGENTS = Set.of("center", "centre", "computer", "provider", "manufacturer",
            "retailer", "publisher", "broadcaster", "carrier", "operator", "insurer", "lender", "regulator", "monitor");

    /**
     * A role of one person in lower case: a title ("spokesman", "judge") or a source noun of a
     * person by what they do ("midfielder", "singer", "analyst"), never a body ("firm",
     * "center"), a plural or a quantity ("pollsters", "some").
     */
    private static boolean isRoleNoun(String word) {
        if (word.isEmpty() || !Character.isLowerCase(word.charAt(0))) {
            return false;
        }
        if (QuoteLexicon.isTitleWords(word)) {
            return true;
        }
        return QuoteLexicon.SOURCE_NOUNS.contains(word) && !NOT_AGENTS.contains(word)
                && QuoteLexicon.endsWithAny(word, AGENT_ENDINGS);
    }

    /** "M.", "J.": one capital and a full stop, a middle initial. */
    private static boolean isInitial(String word) {
        return word.length() == 2 && Character.isUpperCase(word.charAt(0)) && word.charAt(1) == '.';
    }

    /** "MIT", "IM": capitals only, an acronym and no preposition. */
    static boolean isAcronym(String word) {
        return word.length() > 1 && word.toUpperCase(Locale.ROOT).equals(word) && !word.toLowerCase(Locale.ROOT).equals(word);
    }

    /** Prepositions before a name that make it the object, not the person described ("de la Comisión Europea"). */
    private static final Set<String> FOREIGN_OBJECT_PREPOSITIONS = Set.of("de", "del", "du", "des", "di", "della",
            "dello", "degli", "dei", "von", "vom");

    /** Articles between such a preposition and the name. */
    private static final Set<String> FOREIGN_OBJECT_ARTICLES = Set.of("la", "le", "el", "les", "los", "las", "il",
            "lo", "der", "die", "das", "dem", "den");

    /**
     * A name after its outlet's or organisation's possessive ("CNN's Jake Tapper", "The Post's
     * Dana Milbank", "Fox News' Bret Baier"): the person, affiliated with the possessor. Null
     * when the words do not read so (a title after the possessive, "Trump's campaign manager …",
     * is read as a title elsewhere).
     */
    private static Mention ownedName(String[] w) {
        int poss = -1;
        for (int i = 0; i < w.length - 1 && poss < 0; i++) {
            if (w[i].isEmpty() || !Character.isUpperCase(w[i].codePointAt(0)) && !(i == 0 && w[i].equals("the"))) {
                // an empty word between two spaces ("CNN's  Jake Tapper") reads as no name here
                return null;
            }
            String lower = w[i].toLowerCase(Locale.ROOT).replace('’', '\'');
            if (lower.endsWith("'s") && lower.length() > 2 || lower.endsWith("s'") && lower.length() > 2) {
                poss = i;
            }
        }
        if (poss < 0 || w[poss + 1].isEmpty() || !Character.isUpperCase(w[poss + 1].codePointAt(0))) {
            return null;
        }
        Mention tail = parseWithoutParty(join(w, poss + 1, w.length));
        if (tail == null || tail.kind() != Mention.Kind.PERSON || tail.name() == null || tail.title() != null
                || tail.name().indexOf(' ') < 0) {
            // a full name only: "The Podesta Group's CEO" names a role, not a person
            return null;
        }
        String last = w[poss];
        String owner = join(w, 0, poss) + (poss > 0 ? " " : "")
                + last.substring(0, last.length() - (last.endsWith("s'") || last.endsWith("s’") ? 1 : 2));
        return new Mention(tail.text(), Mention.Kind.PERSON, tail.name(), null, owner);
    }

    private static Mention parseWithoutParty(String raw) {
        String np = trim(raw);
        if (np.isEmpty()) {
            return null;
        }
        String[] w = np.split(" ");
        if (w.length > MAX_WORDS) {
            return null;
        }
        String lower = np.toLowerCase(Locale.ROOT);
        Mention partyMember = placedPartyMember(np, w);
        if (partyMember != null) {
            return partyMember;
        }
        boolean nounPhrase = opensNounPhrase(w[0]) && np.indexOf(',') < 0 && !holdsRelative(w);
        int occasion = nounPhrase ? occasionAt(w) : 0;
        if (occasion > 0) {
            // "The Indian army in a statement", "Jeb Bush in a Medium post": the occasion on which
            // the speaker spoke is no part of who spoke
            return parseWithoutParty(join(w, 0, occasion));
        }
        if (nounPhrase && w.length >= 2 && isLowerAsciiAdverb(w[w.length - 1])) {
            // "opponents of the bill immediately": the adverb belongs to the verb after the subject
            return parseWithoutParty(join(w, 0, w.length - 1));
        }
        if (w.length >= 2 && opensParticiplePhrase(w)) {
            // "Appearing before the World Court": a phrase of the subject's, never the subject
            // ("Answering a question about …, Daniel Moth": the subject after its comma)
            int comma = np.lastIndexOf(", ");
            return comma > 0 ? parseWithoutParty(np.substring(comma + 2)) : namedAtEnd(w);
        }
        if (w.length == 1 && (QuoteLexicon.PRONOUNS.contains(lower) || QuoteLexicon.FOREIGN_PRONOUNS.containsKey(lower)
                && (np.equals(lower) || !QuoteLexicon.LOWER_CASE_ONLY_PRONOUNS.contains(lower)))) {
            return new Mention(np, Mention.Kind.PRONOUN, null, null, null);
        }
        if (w.length <= 2 && isShare(w)) {
            // "Three-fourths say …", "Nearly half": a share of people, never a capitalised name
            return new Mention(np, Mention.Kind.GROUP, null, null, null);
        }
        if (w.length == 2 && w[0].equalsIgnoreCase("those") && w[1].length() > 4 && w[1].endsWith("ed")
                && Character.isLowerCase(w[1].charAt(0))) {
            // "those surveyed", "those polled": the people a poll asked
            return new Mention(np, Mention.Kind.GROUP, null, null, null);
        }
        int who = indexOfWord(w, "who");
        if (who < 0) {
            // "The state officials whose laws have been struck down say …"
            who = indexOfWord(w, "whose");
        }
        if (who >= 2 && !w[who - 1].endsWith(",") && DESCRIBED.contains(w[0].toLowerCase(Locale.ROOT))) {
            // "a royal correspondent who joined Meghan and Prince Harry": the relative clause
            // describes the head before it, whose mention this is (not a name inside the clause)
            Mention head = parseWithoutParty(join(w, 0, who));
            if (head != null && head.kind() != Mention.Kind.PRONOUN) {
                return new Mention(np, head.kind(), head.name(), head.title(), head.affiliation());
            }
        }
        Mention owned = ownedName(w);
        if (owned != null) {
            return new Mention(np, owned.kind(), owned.name(), owned.title(), owned.affiliation());
        }
        if (w.length > 2 && FINITE_STARTS.contains(w[0]) && w[1].equals("what")) {
            // "That was what Ana Ruiz said": the speaker follows "what"
            return parseWithoutParty(join(w, 2, w.length));
        }
        if (w.length > 1 && FINITE_STARTS.contains(w[0])) {
            // "… and is one of the most cited researchers": a predicate, never a source
            return null;
        }
        if (w.length > 1 && PREPOSITIONS.contains(w[0].toLowerCase(Locale.ROOT)) && !isAcronym(w[0])
                && !opensWithApproximateShare(np)) {
            // "Inside the hotel conference center", "In a statement": a phrase, never a source
            // ("Over 60 percent of voters" is a share)
            return null;
        }
        if (w.length > 1 && ARTICLES.contains(w[w.length - 1].toLowerCase(Locale.ROOT))) {
            // "said the convention represented the “perfect opportunity”": a noun phrase never ends
            // with its article, so the words are a clause cut at a quotation mark
            return null;
        }
        if (w.length > 1 && PHRASE_PREPOSITIONS.contains(w[w.length - 1]) && !w[w.length - 1].equals("to")) {
            // "an early voice in urging …": a noun phrase never ends with a preposition ("to" may
            // lead the cue: "have taken to saying")
            return null;
        }

        if (!w[0].isEmpty() && Character.isLowerCase(w[0].charAt(0)) && !AttributionVerbs.startingWith(w[0].toLowerCase(Locale.ROOT)).isEmpty()
                && !(w.length >= 3 && QuoteLexicon.EVIDENCE_SOURCES.contains(w[0]) && isRoleNoun(w[1]))) {
            // "said allies": a mention never opens with a verb of attribution ("report author Rob
            // Bailey": a record, then the role of the person who wrote it)
            return null;
        }
        if (w.length == 2 && DETERMINERS.contains(w[0].toLowerCase(Locale.ROOT))
                && NOT_HEADS.contains(QuoteLexicon.stripComma(w[1]).toLowerCase(Locale.ROOT))) {
            // "the old thought process …", "the last confirmed sighting": an adjective, not a source
            return null;
        }
        String first = w[0].toLowerCase(Locale.ROOT).replace('’', '\'');
        int apostrophe = first.indexOf('\'');
        if (apostrophe > 0) {
            String pronoun = first.substring(0, apostrophe);
            if (CONTRACTED_IS.contains(first)) {
                // "It’s worth noting …", "What’s revealed …": a clause, never a source
                return null;
            }
            if (w.length == 1 && QuoteLexicon.PRONOUNS.contains(pronoun) && AUXILIARY_ENDINGS.contains(first.substring(apostrophe))) {
                // "I’ve found …", "We’d add …": the pronoun, its auxiliary part of the verb
                return new Mention(np.substring(0, apostrophe), Mention.Kind.PRONOUN, null, null, null);
            }
        }
        if (w.length == 1 && INDEFINITE.contains(lower)) {
            // "while another says …", "many said …"
            return new Mention(np, Mention.Kind.GROUP, null, null, null);
        }
        // "a spokesman for the city", "a spokeswoman for Acme Corp."
        int forAt = indexOfWord(w, "for");
        if ((lower.startsWith("a ") || lower.startsWith("an ") || lower.startsWith("the ")) && forAt > 1
                && QuoteLexicon.isTitleWords(join(w, 1, forAt).toLowerCase(Locale.ROOT))) {
            String org = stripArticle(join(w, forAt + 1, w.length));
            return new Mention(np, Mention.Kind.GROUP, null, join(w, 1, forAt), org.isEmpty() ? null : org);
        }
        Mention served = servedBy(np, w);
        if (served != null) {
            return served;
        }
        int article = definiteArticle(lower);
        Mention roleOf = article > 0 ? roleOfNamed(np, w) : null;
        if (roleOf != null) {
            return roleOf;
        }
        if (article > 0 && (QuoteLexicon.isTitleWords(lower.substring(article))
                || w.length == 2 && Character.isUpperCase(w[1].charAt(0)) && QuoteLexicon.endsLikeRole(QuoteLexicon.stripComma(w[1])))) {
            // "the mayor", "la alcaldesa", "der Sprecher"; a compound role: "der Feuerwehrsprecher"
            return new Mention(np, Mention.Kind.TITLE_REF, null, np.substring(article), null);
        }
        if ((lower.startsWith("the ") || lower.startsWith("a ") || lower.startsWith("an ")) && w.length <= 5
                && allLowerCase(w, 1, w.length) && QuoteLexicon.isTitleWords(QuoteLexicon.stripComma(w[w.length - 1])
                        .toLowerCase(Locale.ROOT))) {
            // "the utility director", "a city spokesman": a role without a name
            return new Mention(np, Mention.Kind.TITLE_REF, null, np.substring(np.indexOf(' ') + 1), null);
        }
        String lastWord = QuoteLexicon.stripComma(w[w.length - 1]);
        if (lower.startsWith("the ") && w.length <= 6 && Character.isLowerCase(lastWord.charAt(0))
                && QuoteLexicon.isTitleWords(lastWord.toLowerCase(Locale.ROOT)) && !holdsPreposition(w)) {
            // "the independent Vermont senator": a role with its description (not "the campaign of
            // the former senator", whose head comes before the preposition)
            return new Mention(np, Mention.Kind.TITLE_REF, null, lastWord, null);
        }
        int of = indexOfWord(w, "of");
        if (lower.startsWith("the ") && of > 1 && w.length <= 8 && QuoteLexicon.SOURCE_NOUNS.contains(w[of - 1])
                && allLowerCase(w, 1, of) && !holdsClause(w) && namesHolder(w, of + 1)) {
            // "the campaign of the former senator", "the campaign of Hillary Clinton": a source whose
            // holder, a person, follows "of" (not "the foundation of a successful business", "the
            // release of Neo4j Desktop 2.0")
            return new Mention(np, Mention.Kind.GROUP, null, null, null);
        }
        if (lower.startsWith("the ") && w.length >= 3 && w.length <= 6 && !lastWord.isEmpty()
                && Character.isLowerCase(lastWord.charAt(0))
                && QuoteLexicon.SOURCE_NOUNS.contains(lastWord) && !holdsClause(w)) {
            // "the presumptive Republican presidential nominee", "the RNC member": a source described
            return new Mention(np, Mention.Kind.GROUP, null, null, null);
        }
        if (w.length >= 3 && w[1].equals("for") && isPeoplePlural(w[0])) {
            // "Lawyers for Trump", "Executives for Mondelez": people described by whom they work
            // for, as "critics of the plan" are by what they stand for
            return new Mention(np, Mention.Kind.GROUP, null, null, null);
        }
        // Person: [affiliation] [title] Name [with|of|from the Org]
        int affStart = -1;
        String after = null;
        int end = w.length;
        int inTitle = QuoteLexicon.titleAt(w, 0);
        for (int k = 1; k < w.length; k++) {
            String lw = w[k].toLowerCase(Locale.ROOT);
            if (k < inTitle) {
                // "Secretary of State John Kerry": the "of" belongs to the title
                continue;
            }
            inTitle = Math.max(inTitle, k + QuoteLexicon.titleAt(w, k));
            if (lw.equals("of") && w[k].equals("of")) {
                Mention titled = titleWithOf(np, w, k);
                if (titled != null) {
                    // "master of ceremonies Asab Al-Tabchi": the "of" belongs to the role before the name
                    return titled;
                }
            }
            if (w[k].equals("for") && k >= 2 && k + 1 < w.length && GivenNames.contains(w[0]) && nameEnd(w, 0, k) == k
                    && Character.isUpperCase(stripArticle(join(w, k + 1, w.length)).charAt(0))) {
                // "Cameron Easley for Morning Consult": a person, then whom they write for
                end = k;
                affStart = k + 1;
                break;
            }
            if (FOREIGN_AFFILIATION_PREPOSITIONS.contains(w[k]) && k >= 2 && nameEnd(w, 0, k) == k
                    && !QuoteLexicon.endsLikeRole(w[0])) {
                int org = k + 1;
                while (org < w.length && FOREIGN_ARTICLES.contains(w[org])) {
                    org++;
                }
                if (w.length - org >= 2) {
                    // "Carsten Brzeski von der Direktbank ING", "Geoff Yu vom Vermögensverwalter BNY": a
                    // full name, then whom the person works for ("Ursula von der Leyen": a name's particle)
                    end = k;
                    affStart = org;
                    break;
                }
            }
            if ((lw.equals("with") || lw.equals("of") || lw.equals("from") || lw.equals("at")) && k + 1 < w.length) {
                Mention named = !lw.equals("of") && adjunctAt(w, k + 1) ? namedPerson(w, k) : null;
                if (named != null) {
                    // "Satya Nadella at the company's annual meeting", "Ana Ruiz with reporters":
                    // where the speaker spoke, not whom they speak for
                    return named;
                }
                Mention about = lw.equals("of") && POSSESSIVES.contains(w[k + 1]) ? parseWithoutParty(join(w, 0, k)) : null;
                if (about != null && about.kind() == Mention.Kind.PERSON && about.name() != null) {
                    // "explains Kelly D. Norris of his process": what the speaker speaks of, no employer
                    return about;
                }
                end = k;
                affStart = k + 1;
                break;
            }
        }
        if (affStart > 0) {
            int adjunct = affStart + 1;
            while (adjunct < w.length - 1 && !(ADJUNCT_PREPOSITIONS.contains(w[adjunct].toLowerCase(Locale.ROOT))
                    && adjunctAt(w, adjunct + 1))) {
                adjunct++;
            }
            Mention named = adjunct < w.length - 1 ? namedPerson(w, adjunct) : null;
            if (named != null) {
                // "of the Red Cross at a news conference": the organisation ends before the adjunct
                return named;
            }
            after = stripArticle(join(w, affStart, w.length));
            if (isShare(java.util.Arrays.copyOf(w, end))) {
                // "Two-thirds of respondents", "47 percent of voters": a share of a group, no person
                return new Mention(np, Mention.Kind.GROUP, null, null, null);
            }
            if (ownersThing(w, end) || namedRecord(w, end) || recordFrom(w, end)) {
                // "Tastewise’s Future of Nutrition Survey", "the IBM Cost of a Data Breach Report
                // 2021": a record named in full, no person "IBM Cost" of the affiliation "a Data
                // Breach Report 2021"
                return new Mention(np, Mention.Kind.GROUP, null, null, null);
            }
        }
        for (int k = 0; k < end; k++) {
            int t = QuoteLexicon.titleAt(w, k);
            while (t > 0 && k + t + 2 < end && isCapitalisedRoleWord(w[k + t])) {
                // "Deputy Editor Katie Bandurski": the title goes on with a role word before the name
                t++;
            }
            if (t > 0 && k + t < end && isNameStart(w[k + t]) && !(k + t == end - 1 && namesBodyOnly(w[k + t]))) {
                // ("the Justice Department", "the Justice Ministry": a body whose name opens with a title)
                int nameEnd = nameEnd(w, k + t, end);
                if (nameEnd == end) {
                    int from = titleRunStart(w, k);
                    // "Founder and CEO Jane Roe", "founder and creative director Beth Helmstetter"
                    t += k - from;
                    k = from;
                    String pre = k > 0 ? stripArticle(join(w, 0, k)) : null;
                    if (pre != null && (pre.isEmpty() || definiteArticle(pre.toLowerCase(Locale.ROOT) + " ") > 0)) {
                        // "The Conservative MP Jane Hill": the article is no affiliation
                        pre = null;
                    }
                    String aff = after != null ? after : pre;
                    return new Mention(np, Mention.Kind.PERSON, join(w, k + t, nameEnd), join(w, k, k + t), aff);
                }
            }
        }
        if (end >= 2 && QuoteLexicon.PARTY_MEMBERS.contains(w[0]) && isNameStart(w[1]) && nameEnd(w, 1, end) == end
                && !isOrganisation(w, 1, end)) {
            // "Democrat Hillary Clinton", "Republican Jeb Bush": the party, then the person
            return new Mention(np, Mention.Kind.PERSON, join(w, 1, end), null, after != null ? after : w[0]);
        }
        if (end == 1 && affStart == 2 && isPeoplePlural(w[0])) {
            // "critics of the plan", "Supporters of Trump": people described by what they stand
            // for, not a person named "Critics" who works for "the plan"
            return new Mention(np, Mention.Kind.GROUP, null, null, null);
        }
        boolean record = end == 1 && w.length == 1
                && QuoteLexicon.EVIDENCE_SOURCES.contains(QuoteLexicon.stripComma(w[0]).toLowerCase(Locale.ROOT))
                && !PageNames.isCapitalisedInside(QuoteLexicon.stripComma(w[0]));
        if (end == 1 && w.length == 1 && (record || isPluralSourceNoun(w[0]))) {
            // "Allies say …", "Residents complained …": people, not a person named "Allies"; "Polls
            // show …", "Research shows …": records, described, which no one speaks for
            return new Mention(np, record ? Mention.Kind.DESCRIBED : Mention.Kind.GROUP, null, null, null);
        }
        Mention described = capitalisedDescriptionThenName(np, w, end, after);
        if (described != null) {
            return described;
        }
        if (isNameStart(w[0]) && nameEnd(w, 0, end) == end && !isOrganisation(w, 0, end)) {
            return new Mention(np, Mention.Kind.PERSON, join(w, 0, end), null, after);
        }
        if (isGroup(w) || namedWithArticle(w)) {
            return new Mention(np, Mention.Kind.GROUP, null, null, null);
        }
        // "Monmouth University political scientist Patrick Murray": a description, then the name
        int nameFrom = end;
        while (nameFrom > 0 && (isNameStart(QuoteLexicon.stripComma(w[nameFrom - 1]))
                || nameFrom >= 2 && nameFrom < end && QuoteLexicon.PARTICLES.contains(w[nameFrom - 1])
                        && GivenNames.contains(w[nameFrom - 2]))) {
            // ("data scientist Alex de Vries": a particle inside a name that opens with a given name)
            nameFrom--;
        }
        if (end - nameFrom == 1 && nameFrom >= 1 && end == w.length && isRoleNoun(w[nameFrom - 1])
                && !QuoteLexicon.SOURCE_NOUNS.contains(w[nameFrom].toLowerCase(Locale.ROOT))) {
            // "former CSKA Sofia midfielder Marquinhos", "the singer Rihanna": a role, then one name
            String role = stripArticle(join(w, 0, nameFrom));
            return new Mention(np, Mention.Kind.PERSON, w[nameFrom], role, after);
        }
        if (end - nameFrom >= 2 && nameFrom == 2 && ARTICLES.contains(w[1]) && !w[0].isEmpty()
                && Character.isUpperCase(w[0].charAt(0))) {
            // "Check the System Size", "Meet the Jane Roe Band": a capitalised word, an article,
            // then a name is a verb and its object (a subheading), never a person the word describes
            return null;
        }
        if (end - nameFrom >= 2 && nameFrom >= 3 && ARTICLE_PARTICLES.contains(w[nameFrom - 1])
                && isNameStart(w[nameFrom - 2]) && holdsGivenName(w, 0, nameFrom - 2)) {
            // "Experte Bernd Bönte der Deutschen Presse-Agentur": a person's name, then the article
            // of whom it was said to ("Chef der Deutschen Bank Christian Sewing" names no one first)
            return parse(join(w, 0, nameFrom - 1));
        }
        if (end - nameFrom >= 2 && nameFrom > 0 && nameEnd(w, nameFrom, end) == end) {
            if (objectOfPreposition(w, nameFrom)) {
                // "the latest survey by Greenberg Quinlan Rosner for Democracy Corps": a name after a
                // preposition is the phrase's object, not the person described
                Mention named = namedAroundPreposition(np, w, nameFrom, end);
                if (named != null) {
                    return named;
                }
            } else {
                if (nameFrom == 1 && end - nameFrom >= 3 && isArticle(w[0]) && !GivenNames.contains(w[1])
                        && (GivenNames.contains(w[2]) || end == 4 && !isOrganisation(w, 2, end)) && nameEnd(w, 2, end) == end) {
                    // "der Arzt Hilary Jones", "die Autorin Rhiannon Lambert": after an article, the
                    // capitalised word before a given name is the person's role
                    return new Mention(np, Mention.Kind.PERSON, join(w, 2, end), w[1], after);
                }
                Mention inRun = capitalisedDescriptionThenName(np, java.util.Arrays.copyOfRange(w, nameFrom, end),
                        end - nameFrom, after);
                if (inRun != null) {
                    // "auch der Zürcher Nationalrat Gregor Rutz": the capitals describe the person too
                    return inRun;
                }
                int clause = lastClauseWord(w, nameFrom);
                if (clause > 0 && !w[clause].startsWith("(") && isNameStart(AttributionFinder.stripEndPunctuation(w[clause - 1]))) {
                    // "Cruz constituent Dan Golvach when asked about Lindsey Graham": the person, then
                    // a clause about someone else
                    return parse(join(w, 0, clause));
                }
                if (clause >= 0) {
                    // "(To which Jamie LaRue", "choices that Mitt Romney": a clause opens before the
                    // name, whose words describe no one; the mention is what follows them
                    return parse(join(w, clause + 1, w.length));
                }
                // "a former staffer named Bradley Podliska", "an account she gave to The Washington
                // Free Beacon": a phrase that names or points, no title
                String description = describesRole(w, nameFrom) && !(nameFrom == 1 && isArticle(w[0]))
                        ? join(w, 0, nameFrom) : null;
                return new Mention(np, Mention.Kind.PERSON, join(w, nameFrom, end), description, after);
            }
        }
        // "one longtime adviser to Bill Clinton", "a senior official": a described source
        if (DESCRIBED.contains(lower.substring(0, lower.indexOf(' ') < 0 ? lower.length() : lower.indexOf(' ')))
                && w.length >= 2 && w.length <= 10 && Character.isLowerCase(w[1].charAt(0)) && !holdsClause(w)) {
            return new Mention(np, Mention.Kind.GROUP, null, null, null);
        }
        if (w.length == 2 && DESCRIBED.contains(w[0].toLowerCase(Locale.ROOT))
                && QuoteLexicon.PARTY_MEMBERS.contains(QuoteLexicon.stripComma(w[1]))) {
            // "One Republican", "a Democrat": a member of a party, unnamed
            return new Mention(np, Mention.Kind.GROUP, null, null, null);
        }
        if (w.length >= 3 && w.length <= MAX_NAMED_DESCRIPTION_WORDS && DESCRIBED.contains(w[0].toLowerCase(Locale.ROOT))
                && QuoteLexicon.SOURCE_NOUNS.contains(QuoteLexicon.stripComma(w[w.length - 1]))) {
            // "a Warren adviser", "one Clinton campaign aide": a source described by whom it serves
            return new Mention(np, Mention.Kind.GROUP, null, null, null);
        }
        if (isShare(w) || sharedPlural(w)) {
            // "About three in 10 said …", "Nearly half say …", "47 percent said …", "About four in 10
            // South Carolina primary voters say …": a poll's share of people
            return new Mention(np, Mention.Kind.GROUP, null, null, null);
        }
        if (pluralGroup(w)) {
            // "many Carrier workers", "52 percent of registered voters", "Most Republicans"
            return new Mention(np, Mention.Kind.GROUP, null, null, null);
        }
        // "the witness", "the report", "his childhood friend": a source named by what it is
        boolean possessive = w[0].endsWith("'s") || w[0].endsWith("’s");
        if ((POSSESSIVE_DETERMINERS.contains(w[0].toLowerCase(Locale.ROOT)) || possessive && w[0].length() > 3
                && Character.isUpperCase(w[0].charAt(0))) && w.length >= 2 && w.length <= 4 && describes(w, 1)) {
            return new Mention(np, Mention.Kind.GROUP, null, null, null);
        }
        return describedWithModifier(np, w);
    }

    /** The most words of a full name after its description: "Mary Ann de la Cruz". */
    private static final int MAX_DESCRIBED_NAME_WORDS = 4;

    /** Whether {@code word} is "a" or "an". */
    private static boolean isIndefiniteArticle(String word) {
        return word.equalsIgnoreCase("a") || word.equalsIgnoreCase("an");
    }

    /** Words that end no role: a title ending with one was cut out of a longer name ("a 2014 report by Food and"). */
    private static final Set<String> TITLE_BREAKERS = Set.of("and", "&", "by", "titled", "called", "named");

    /**
     * Whether the words {@code title}, read before a name, hold no role: they end with a joining
     * word or symbol ("a 2014 report by Food and", "The Hamilton Beach 12-Cup &") or with a number
     * that is no age ("the J.D. Power 2025", "The Colgate 360"; "81-year-old" is a person's), or
     * open with a preposition or a relative pronoun ("of the former prosecutors", "who plays").
     */
    private static boolean describesNoRole(String title) {
        String[] t = title.split(" ");
        String first = t[0].toLowerCase(Locale.ROOT);
        String last = t[t.length - 1];
        int opens = 0;
        while (opens < last.length() - 1 && !Character.isLetterOrDigit(last.charAt(opens))) {
            opens++; // "titled “2022": the number after its quotation mark
        }
        return TITLE_BREAKERS.contains(last.toLowerCase(Locale.ROOT)) || first.equals("of") || first.equals("who")
                || first.equals("which") || Character.isDigit(last.charAt(opens)) && !last.endsWith("-old");
    }

    /**
     * Whether the last word of {@code title} is a German article ({@link #FOREIGN_ARTICLES}): the
     * title runs on into a body's name ("eines Sprechers der Berliner Polizei").
     */
    private static boolean endsWithArticle(String title) {
        return FOREIGN_ARTICLES.contains(title.substring(title.lastIndexOf(' ') + 1));
    }

    /** Endings of nouns that name a body ({@code body-endings.txt}): "Unfallversicherung", "Polizei". */
    private static final List<String> BODY_ENDINGS = List.copyOf(QuoteLexicon.read("body-endings.txt"));

    /**
     * Whether {@code name} ends with a noun that names a body ("Berliner Polizei", "Deutschen
     * Gesetzlichen Unfallversicherung"), never with a person's name ("Interviewerin Roni Aviram").
     */
    private static boolean namesBody(String name) {
        return name != null && QuoteLexicon.endsWithAny(
                QuoteLexicon.stripComma(name.substring(name.lastIndexOf(' ') + 1)).toLowerCase(Locale.ROOT), BODY_ENDINGS);
    }

    /** Auxiliaries, modals and "not", which end a subject's words only where its verb was cut off. */
    private static final Set<String> VERB_START_WORDS = Set.of("might", "may", "must", "will", "would", "could",
            "should", "can", "cannot", "not", "did", "does", "do", "has", "have", "had");

    /** Words after a verb in the past that show it is a predicate, no modifier: "passed through the House". */
    private static final Set<String> AFTER_PREDICATE = Set.of("through", "by", "to", "in", "on", "at", "for", "with",
            "from", "into", "the", "a", "an", "out", "up", "off");

    /**
     * Whether {@code text} opens with a verb in the past in lower case and a preposition or an
     * article after it: a relative clause's predicate ("passed through the House"), where "retired
     * teacher Ana Ruiz" or "elected officials" are noun phrases.
     */
    static boolean opensWithPredicate(String text) {
        String[] w = text.split(" ");
        return w.length >= 2 && !w[0].isEmpty() && Character.isLowerCase(w[0].charAt(0))
                && ReportedSpeech.looksLikePast(w[0]) && AFTER_PREDICATE.contains(w[1]);
    }

    /** Whether the last word of {@code text} opens a verb phrase in lower case ("… might not"). */
    private static boolean endsWithAuxiliary(String text) {
        return VERB_START_WORDS.contains(text.substring(text.lastIndexOf(' ') + 1));
    }

    /** Words that open a noun phrase in lower case: "the", "his", … ("did not attack …" opens none). */
    private static final Set<String> NOUN_PHRASE_OPENERS = Set.of("the", "a", "an", "his", "her", "their", "its",
            "our", "my", "your", "this", "that", "these", "those", "some", "many", "most", "several", "other");

    /** Whether a mention's first word opens a noun phrase: a capital, a determiner, or a plural noun in lower case. */
    private static boolean opensNounPhrase(String first) {
        if (first.isEmpty()) {
            return false;
        }
        String lower = first.toLowerCase(Locale.ROOT);
        return Character.isUpperCase(first.charAt(0)) || NOUN_PHRASE_OPENERS.contains(lower)
                || lower.length() > 3 && lower.endsWith("s") && !lower.endsWith("ss") && Chars.isLowerAscii(lower, 0, lower.length())
                && !ReportedSpeech.looksLikePastOrAuxiliary(lower);
    }

    /** Whether the words hold a relative pronoun, whose clause an adverb or an occasion may belong to. */
    private static boolean holdsRelative(String[] w) {
        for (int k = 1; k < w.length; k++) {
            if (w[k].equals("who") || w[k].equals("which") || w[k].equals("that") || w[k].equals("whose")) {
                return true;
            }
        }
        return false;
    }

    /** The most words between an occasion's preposition and its noun: "in a written statement". */
    private static final int MAX_OCCASION_WORDS = 4;

    /**
     * The word at which an adjunct of occasion opens after at least one word of the mention ("in
     * a statement", "at a news conference", occasion nouns of {@code occasion-nouns.txt}); 0 when
     * none does.
     */
    private static int occasionAt(String[] w) {
        for (int k = 1; k < w.length - 1; k++) {
            if (!ObjectAdjunct.OCCASION_PREPOSITIONS.contains(w[k])) {
                continue;
            }
            for (int j = k + 1; j < w.length && j - k <= MAX_OCCASION_WORDS; j++) {
                if (ObjectAdjunct.OCCASION_NOUNS.contains(QuoteLexicon.stripComma(w[j]))) {
                    return k;
                }
            }
        }
        return 0;
    }

    /** Nouns in -ly, which end a mention as its head: "the Jones family", "the assembly". */
    private static final Set<String> NOUNS_IN_LY = Set.of("family", "families", "assembly", "supply", "rally",
            "anomaly", "monopoly", "reply", "ally", "belly", "bully", "jelly", "lily", "holly", "folly", "butterfly",
            "homily", "panoply", "melancholy", "oligopoly", "polly");

    /** Whether {@code word} is an adverb in -ly, in lower case: "immediately", "repeatedly" (not "family", "Kelly"). */
    private static boolean isLowerAsciiAdverb(String word) {
        return word.length() > 5 && word.endsWith("ly") && Chars.isLowerAscii(word, 0, word.length())
                && !NOUNS_IN_LY.contains(word);
    }

    /** Words that follow a participle opening a phrase: "Appearing before …", "Speaking to …". */
    private static final Set<String> AFTER_PARTICIPLE = Set.of("before", "to", "at", "in", "on", "with", "from",
            "after", "the", "a", "an", "his", "her", "their", "its");

    /**
     * The person named in full at the end of a phrase that has no comma to set it off ("Answering a
     * developer's question about the WARP Microsoft's Daniel Moth"): a listed given name and the
     * capitalised words after it; null when the phrase ends with no such name.
     */
    private static Mention namedAtEnd(String[] w) {
        int from = w.length;
        while (from - 1 > 0 && isNameStart(w[from - 1])) {
            from--;
        }
        for (int k = from; k < w.length - 1; k++) {
            if (GivenNames.contains(w[k])) {
                Mention m = parseWithoutParty(join(w, k, w.length));
                return m != null && m.kind() == Mention.Kind.PERSON ? m : null;
            }
        }
        return null;
    }

    /** Whether the words open with a capitalised participle and a preposition or determiner: "Appearing before the court". */
    private static boolean opensParticiplePhrase(String[] w) {
        String first = w[0];
        return first.length() > 5 && first.endsWith("ing") && Character.isUpperCase(first.charAt(0))
                && Chars.isLowerAscii(first, 1, first.length()) && AFTER_PARTICIPLE.contains(w[1])
                && !GivenNames.contains(first);
    }

    /** The most adjectives between a determiner and a party member's place: "an influential Hispanic Republican". */
    private static final int MAX_PARTY_ADJECTIVES = 2;

    /** The most words of a place before a party member: "New Hampshire Republican". */
    private static final int MAX_PLACE_WORDS = 3;

    /**
     * A member of a party named with where they serve: "Iowa Republican Joni Ernst" is Joni
     * Ernst, of the affiliation "Iowa Republican"; "a New Hampshire Republican", "another Iowa
     * Republican" are no one named (as "a Democrat" is). Null for other words.
     */
    private static Mention placedPartyMember(String np, String[] w) {
        int first = w.length >= 3 && DESCRIBED.contains(w[0].toLowerCase(Locale.ROOT)) ? 1 : 0;
        while (first > 0 && first < w.length - 2 && first <= MAX_PARTY_ADJECTIVES && Chars.isLowerAscii(w[first], 0, w[first].length())) {
            first++; // "an influential Hispanic Republican", "a prominent Iowa Democrat"
        }
        int k = first;
        while (k < w.length && k - first < MAX_PLACE_WORDS && isPlaceWord(w[k])) {
            k++;
        }
        if (k == first || k >= w.length || !QuoteLexicon.PARTY_MEMBERS.contains(QuoteLexicon.stripComma(w[k]))) {
            return null;
        }
        if (first >= 1) {
            return k == w.length - 1 ? new Mention(np, Mention.Kind.GROUP, null, null, null) : null;
        }
        if (w[k].endsWith(",") || w.length - (k + 1) < 2 || !isNameStart(w[k + 1])
                || nameEnd(w, k + 1, w.length) != w.length || isOrganisation(w, k + 1, w.length)) {
            return null;
        }
        return new Mention(np, Mention.Kind.PERSON, join(w, k + 1, w.length), null, join(w, 0, k + 1));
    }

    /** Whether {@code word} may be a word of a place's name before a party member: "Iowa", "New", "Hampshire". */
    private static boolean isPlaceWord(String word) {
        return word.length() >= 2 && Character.isUpperCase(word.charAt(0)) && Chars.isLetters(word, 0, word.length())
                && !QuoteLexicon.PARTY_MEMBERS.contains(word) && !GivenNames.contains(word);
    }

    /**
     * "Niagara County Undersheriff Michael Filicetti": a run of capitals whose full name opens
     * with a given name after a word that is none, so the words before it describe the person
     * (the last of them the title, the others the affiliation) instead of making one long name.
     * One word alone describes only as a role ({@link #isRoleWord}): "Orson Scott Card" and "José
     * Manuel Barroso" open with a given name the list lacks. Initials ("J. Gerald Hebert"), two
     * given names ("Tommy Lee Jones") and a given name without a surname after it ("Rand Paul")
     * stay one name.
     */
    private static Mention capitalisedDescriptionThenName(String np, String[] w, int end, String after) {
        if (end < 3 || !isNameStart(w[0])) {
            return null;
        }
        for (int g = 1; g <= end - 2; g++) {
            String before = w[g - 1];
            if (g >= 2 && g < end - 2 && isJoinedRole(w, g - 1) && isNameStart(w[g])) {
                // "Founder and Lead Designer Cathleen Holloway": two roles of one person
                continue;
            }
            if (!isNameStart(before) || before.endsWith(",")) {
                return null; // the run of capitals ends before a given name
            }
            boolean role = (QuoteLexicon.endsLikeRole(before) || g >= 2 && isLexiconRole(before) && !GivenNames.contains(before))
                    && end - g >= 2;
            // a middle initial shows a given name the list may lack: "Marguerita M. Cheng"
            boolean given = GivenNames.contains(w[g]) || end - g == 3 && isInitial(w[g + 1]);
            if (!role && (before.length() < 2 || before.indexOf('.') >= 0 || GivenNames.contains(before)
                    || !given || g == 1 && !isRoleWord(before)) || end - g > MAX_DESCRIBED_NAME_WORDS) {
                // (a role word needs no listed given name after it: "Pressesprecher Reinald Achilles")
                continue;
            }
            if (nameEnd(w, g, end) != end) {
                return null;
            }
            int title = titleRunStart(w, g - 1);
            String affiliation = title > 0 ? join(w, 0, title) : null;
            return new Mention(np, Mention.Kind.PERSON, join(w, g, end), join(w, title, g),
                    after != null ? after : affiliation);
        }
        return null;
    }

    /** Whether words hold a given name: "the House Rep. Paul Ryan" after "Speaker of" names the person. */
    private static boolean namesSomeone(String words) {
        if (words == null) {
            return false;
        }
        for (String w : words.split(" ")) {
            if (GivenNames.contains(QuoteLexicon.stripComma(w))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a capitalised name is only a role: a title of the lexicon as a whole ("Senior Brand
     * Engagement Manager") or role words and their modifiers ("Co-Founder", "Lead Designer").
     */
    private static boolean isRoleOnly(String name) {
        String[] w = name.split(" ");
        if (QuoteLexicon.titleAt(w, 0) == w.length) {
            return true;
        }
        boolean role = false;
        for (String word : w) {
            if (isLexiconRole(word)) {
                role = true;
            } else if (!ROLE_MODIFIERS.contains(word.toLowerCase(Locale.ROOT))) {
                return false;
            }
        }
        return role && !GivenNames.contains(w[0]);
    }

    /** Words that make a role more precise before its head: "Lead Designer", "Creative Director". */
    private static final Set<String> ROLE_MODIFIERS = Set.of("lead", "senior", "chief", "executive", "creative",
            "managing", "deputy", "assistant", "associate", "general", "principal", "head", "co", "vice", "founding",
            "interim", "acting", "marketing", "sales", "product", "design", "technical", "editorial", "art", "brand");

    /** A capitalised role word that is no given name: "Editor" in "Deputy Editor Katie Bandurski". */
    private static boolean isCapitalisedRoleWord(String word) {
        return isNameStart(word) && isLexiconRole(word) && !GivenNames.contains(word);
    }

    /**
     * A role of one person by the lexicons alone (a title, or a source noun of a person by what
     * they do: "CEO", "Founder", "Designer"; not "City" or "Agency"), not a courtesy title ("Dr"
     * in "Director Dr Azizur Rahman" is part of the name as written); unlike {@link #isRoleWord},
     * not a word the page merely writes in lower case ("Financial", "Search").
     */
    private static boolean isLexiconRole(String word) {
        String lower = QuoteLexicon.stripComma(word).toLowerCase(Locale.ROOT);
        return !QuoteLexicon.HONORIFICS.contains(lower.replace(".", "")) && (QuoteLexicon.isTitleWords(lower)
                || QuoteLexicon.SOURCE_NOUNS.contains(lower) && QuoteLexicon.endsWithAny(lower, AGENT_ENDINGS)
                        && !NOT_AGENTS.contains(lower));
    }

    /** Whether {@code w[at]} is "and" (or "&") between two roles: "Founder and Lead Designer". */
    private static boolean isJoinedRole(String[] w, int at) {
        return (w[at].equals("and") || w[at].equals("&")) && at >= 1 && isLexiconRole(w[at - 1])
                && !GivenNames.contains(w[at - 1]) && at + 1 < w.length;
    }

    /**
     * Where the title that ends with the role word {@code w[head]} starts: back over the words
     * that make it precise ("Lead Planner") and over roles joined by "and" ("Founder and Lead
     * Designer"); what stands before it is the affiliation ("Holloway Events").
     */
    private static int titleRunStart(String[] w, int head) {
        int start = head;
        while (start > 0) {
            String prev = w[start - 1];
            if (ROLE_MODIFIERS.contains(prev.toLowerCase(Locale.ROOT))) {
                start--;
            } else if (start >= 2 && isJoinedRole(w, start - 1)) {
                start -= 2;
            } else {
                break;
            }
        }
        return start;
    }

    /**
     * Whether a capitalised word names a role: a source noun or title ("Economist", "Rival",
     * "Mayor"), a place's ("Texas-based"), or a word the page writes in lower case ("the
     * comedian").
     */
    private static boolean isRoleWord(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        if (lower.indexOf('\'') >= 0 || lower.indexOf('’') >= 0) {
            return false; // "Didn't Benjamin Franklin say …": a contraction, no role
        }
        return QuoteLexicon.SOURCE_NOUNS.contains(lower) || QuoteLexicon.isTitleWords(lower) || lower.endsWith("-based")
                || PageNames.writtenInLowerCase(word);
    }

    /** Words after a described source's head that open what describes it: "close to the talks". */
    private static final java.util.Set<String> DESCRIPTION_MODIFIERS = java.util.Set.of("close", "familiar", "with",
            "from", "at", "in", "who", "briefed", "involved", "privy", "knowledgeable");

    /** The longest head of a described source before its modifier, in words: "one senior Democratic aide". */
    private static final int MAX_DESCRIBED_HEAD_WORDS = 5;

    /**
     * "a person close to the Clintons", "one Democrat familiar with the discussion": a determiner,
     * a head noun of {@code source-nouns.txt} (capitalised or not), then what describes it; or a
     * plural head of that list alone, then what describes it ("people briefed on the move").
     */
    private static Mention describedWithModifier(String np, String[] w) {
        // or a plural head alone: "people briefed on the move", "aides involved in the talks"
        String firstWord = w[0].toLowerCase(Locale.ROOT);
        if (firstWord.equals("those") && w.length >= 3 && DESCRIPTION_MODIFIERS.contains(w[1])) {
            // "Those close to him say …", "those who know him": the people so described
            return new Mention(np, Mention.Kind.GROUP, null, null, null);
        }
        int pluralHead = pluralHeadAt(w);
        boolean bare = pluralHead >= 0;
        if (!bare && (w.length < 4 || !DETERMINERS.contains(firstWord))) {
            return null;
        }
        for (int j = bare ? pluralHead + 1 : 2; j < w.length && j <= MAX_DESCRIBED_HEAD_WORDS; j++) {
            if (DESCRIPTION_MODIFIERS.contains(w[j])) {
                if (holdsClause(java.util.Arrays.copyOf(w, j)) || clauseBeforeRelative(w, j)) {
                    return null;
                }
                String head = w[j - 1].toLowerCase(Locale.ROOT);
                boolean known = QuoteLexicon.SOURCE_NOUNS.contains(head) || QuoteLexicon.SOURCE_NOUNS.contains(head + "s");
                return known ? new Mention(np, Mention.Kind.GROUP, null, null, null) : null;
            }
        }
        return null;
    }

    /** The most words before the plural head of a described source without a determiner: "Six Gannett newspapers". */
    private static final int MAX_PLURAL_MODIFIERS = 2;

    /**
     * Where the plural head of {@code source-nouns.txt} of a described source without a
     * determiner stands, after at most {@value #MAX_PLURAL_MODIFIERS} modifiers ("people briefed
     * on …", "Federal officials familiar with …", "Six Gannett newspapers in New Jersey"), with
     * room for its description after it; -1 when there is none.
     */
    private static int pluralHeadAt(String[] w) {
        for (int b = 0; b <= MAX_PLURAL_MODIFIERS && b + 2 < w.length; b++) {
            String lower = w[b].toLowerCase(Locale.ROOT);
            if ((lower.endsWith("s") || IRREGULAR_PLURALS.contains(lower)) && QuoteLexicon.SOURCE_NOUNS.contains(lower)) {
                return b;
            }
            if (!Chars.isLetters(w[b], 0, w[b].length()) || NOT_IN_GROUP.contains(lower) || DETERMINERS.contains(lower)
                    || lower.endsWith("ed") || lower.endsWith("ing") || lower.endsWith("ly")
                    || DESCRIPTION_MODIFIERS.contains(lower)) {
                return -1;
            }
        }
        return -1;
    }

    /**
     * Whether the description from {@code w[from]} holds a verb before any relative pronoun:
     * "participants in the study had a reduction in …" is a clause, "people who have seen it" a
     * description.
     */
    private static boolean clauseBeforeRelative(String[] w, int from) {
        for (int k = from; k < w.length; k++) {
            String lw = w[k].toLowerCase(Locale.ROOT);
            if (lw.equals("who") || lw.equals("that") || lw.equals("which")) {
                return false;
            }
            if (AUXILIARIES.contains(lw)) {
                return true;
            }
        }
        return false;
    }

    /** Verbs that make a clause of the words around them: "participants … had", "they are". */
    private static final java.util.Set<String> AUXILIARIES = java.util.Set.of("is", "are", "was", "were", "has",
            "have", "had", "will", "would", "can", "could");

    /** Plural nouns of people without a final "s". */
    private static final java.util.Set<String> IRREGULAR_PLURALS = java.util.Set.of("people", "men", "women");

    /** Adjectives and quantifiers that never end a mention: "the old", "the last", "the fewer". */
    private static final java.util.Set<String> NOT_HEADS = java.util.Set.of("old", "new", "last", "first", "next",
            "fewer", "less", "least", "more", "most", "same", "best", "worst", "latest", "final", "whole",
            "entire", "real", "big", "small", "only", "such", "very", "just", "own", "main", "key");

    /** Contractions of "is" that open a clause: "it’s", "that’s", "there’s". */
    private static final java.util.Set<String> CONTRACTED_IS = java.util.Set.of("it's", "that's", "what's", "there's",
            "here's", "who's", "where's", "how's", "let's");

    /**
     * Auxiliaries of "have", "would" and "will" written onto a pronoun: "I’ve", "we’d", "they’ll"
     * ("we’re regarded as" is a passive, and its "be" would hide in the mention).
     */
    private static final java.util.Set<String> AUXILIARY_ENDINGS = java.util.Set.of("'ve", "'d", "'ll");

    /** Definite articles before a title: "the mayor", "la maire", "el alcalde", "die Ministerin". */
    private static final java.util.List<String> DEFINITE_ARTICLES = java.util.List.of("the ", "la ", "el ", "le ",
            "der ", "die ", "il ", "los ", "las ", "les ");

    /** The length of the definite article that opens {@code lower}, or 0. */
    private static int definiteArticle(String lower) {
        for (String a : DEFINITE_ARTICLES) {
            if (lower.startsWith(a)) {
                return a.length();
            }
        }
        return 0;
    }

    private static final java.util.Set<String> INDEFINITE = java.util.Set.of("another", "others", "some", "many",
            "most", "several", "both", "few", "all", "none");

    /** "another", "many", "a senior official", "one adviser": a source the text does not name. */
    static boolean isIndefinite(String mention) {
        String lower = mention.toLowerCase(Locale.ROOT);
        int space = lower.indexOf(' ');
        String first = space < 0 ? lower : lower.substring(0, space);
        return space < 0 ? INDEFINITE.contains(lower) : DESCRIBED.contains(first) && !first.equals("senior")
                && !first.equals("top");
    }

    private static final java.util.Set<String> POSSESSIVE_DETERMINERS = java.util.Set.of("the", "his", "her",
            "their", "its", "my", "our");

    private static final java.util.Set<String> DESCRIBED = java.util.Set.of("a", "an", "one", "another", "two",
            "three", "some", "several", "many", "most", "other", "senior", "top", "each", "either", "neither");

    /** Where the run of name words starting at {@code from} ends (exclusive), at most {@code end}. */
    static int nameEnd(String[] w, int from, int end) {
        int k = from;
        while (k < end) {
            String word = QuoteLexicon.stripComma(w[k]);
            boolean comma = !word.equals(w[k]);
            if (!(isNameStart(word) || (k > from && isLaterNameWord(word))
                    || (k > from && k == from + 1 && isSurnameAfterGivenName(w[from], word))
                    || (k > from && QuoteLexicon.PARTICLES.contains(word) && particleMayFollow(w, from, k))
                    || (k > from && QuoteLexicon.NAME_SUFFIXES.contains(word)))) {
                break;
            }
            k++;
            if (comma || endsSentence(word)) {
                break;
            }
        }
        return k;
    }

    /** Whether a word of {@code w[from, to)} is a given name. */
    private static boolean holdsGivenName(String[] w, int from, int to) {
        for (int i = from; i < to; i++) {
            if (GivenNames.contains(w[i])) {
                return true;
            }
        }
        return false;
    }

    /** Particles that are also German articles: part of a name only as in "von der Leyen", "den Uyl". */
    private static final Set<String> ARTICLE_PARTICLES = Set.of("der", "den");

    /**
     * Whether the particle at {@code w[k]} may go on the name that starts at {@code from}: one that
     * is also a German article only right after the name's first word ("Joop den Uyl") or after
     * another particle ("Ursula von der Leyen", "Nigel Van der Bijl"); after a surname it opens an object ("sagte Olaf
     * Scholz der Zeitung", "ruft Nora Back den Demonstranten zu").
     */
    private static boolean particleMayFollow(String[] w, int from, int k) {
        return !ARTICLE_PARTICLES.contains(w[k]) || k == from + 1
                || QuoteLexicon.PARTICLES.contains(QuoteLexicon.stripComma(w[k - 1]).toLowerCase(Locale.ROOT));
    }

    /** "Kasich." ends a sentence; "A.J.", "Jr." and "St." do not. */
    static boolean endsSentence(String word) {
        if (!word.endsWith(".") || QuoteLexicon.NAME_SUFFIXES.contains(word) || QuoteLexicon.PARTICLES.contains(word)) {
            return false;
        }
        String body = word.substring(0, word.length() - 1);
        return body.length() > 2 && !body.contains(".");
    }

    /**
     * A capitalised word or initials ("A.J."), not a month, weekday or function word, nor a
     * participle ("Speaking") unless the page shows it is a name ({@link PageNames}: "Schilling").
     */
    static boolean isNameStart(String word) {
        return !(PageNames.looksLikeParticiple(word) && !PageNames.isName(word)) && isCapitalisedWord(word);
    }

    /**
     * After a first name, a word ending in -ing is a surname ("Hua Chunying", "Peyton Manning");
     * first, it is more often a participle ("Speaking about …").
     */
    private static boolean isLaterNameWord(String word) {
        int dash = word.indexOf('-');
        if (dash > 0 && dash + 1 < word.length() && ARTICLE_PREFIXES.contains(word.substring(0, dash))) {
            // "Omar al-Bashir", "Nur el-Din": an Arabic article joined to the surname
            return isCapitalisedWord(word.substring(dash + 1));
        }
        return isCapitalisedWord(word);
    }

    /** Arabic articles written in lower case before a surname, with a hyphen: "al-Bashir", "el-Din", "ad-Din". */
    private static final Set<String> ARTICLE_PREFIXES = Set.of("al", "el", "ad", "an", "ar", "as", "ash", "at", "az",
            "ud", "ul");

    /**
     * "Theresa May", "Brian May": after a given name, a capitalised word that is otherwise no
     * name (a month, a weekday) is the surname.
     */
    private static boolean isSurnameAfterGivenName(String given, String word) {
        if (word.length() < 2 || !Character.isUpperCase(word.charAt(0)) || !GivenNames.contains(given)) {
            return false;
        }
        for (int i = 1; i < word.length(); i++) {
            if (!Character.isLowerCase(word.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isCapitalisedWord(String word) {
        if (isCamelCaseName(word)) {
            return !QuoteLexicon.NOT_NAMES.contains(word);
        }
        if (word.isEmpty() || !Character.isUpperCase(word.charAt(0)) || QuoteLexicon.NOT_NAMES.contains(word)
                || QuoteLexicon.HEADLINE_CUES.contains(word)) {
            return false;
        }
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (!(Character.isLetter(c) || c == '.' || c == '\'' || c == '’' || c == '-')) {
                return false;
            }
        }
        return true;
    }

    /** Whether {@code w} from {@code from} holds a title ("the former senator") or a given name. */
    private static boolean namesHolder(String[] w, int from) {
        for (int i = from; i < w.length; i++) {
            String word = QuoteLexicon.stripComma(w[i]);
            if (QuoteLexicon.isTitleWords(word.toLowerCase(Locale.ROOT)) || GivenNames.contains(word)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a preposition of {@link #PHRASE_PREPOSITIONS} follows a lower-case word of
     * {@code w}, the head of a phrase ("the campaign of …"; not "the Ministry of Foreign Affairs
     * spokesperson", a name).
     */
    private static boolean holdsPreposition(String[] w) {
        for (int i = 2; i < w.length; i++) {
            if (PHRASE_PREPOSITIONS.contains(w[i]) && Character.isLowerCase(w[i - 1].charAt(0))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Capitals on both sides of the preposition before the name at {@code w[at]}: a person and
     * whom they write for ("Cameron Easley for Morning Consult"), when the words before open with
     * a given name, or one organisation's name ("Citizens for Tax Justice", "The Committee for a
     * Responsible Federal Budget"). Null for anything else ("a survey by Greenberg Quinlan Rosner").
     */
    private static Mention namedAroundPreposition(String np, String[] w, int at, int end) {
        int prep = at - 1;
        if (prep > 0 && ARTICLES.contains(w[prep])) {
            prep--;
        }
        int from = "the".equalsIgnoreCase(w[0]) ? 1 : 0;
        if (prep <= from) {
            return null;
        }
        for (int k = from; k < prep; k++) {
            if (!isNameStart(QuoteLexicon.stripComma(w[k])) || w[k].endsWith(",")) {
                // "GOP's complaint to the D.C. Court of Appeals", "a study by Upgraded Points": a
                // record, described; anything else names no one
                String head = QuoteLexicon.stripComma(w[prep - 1]).toLowerCase(Locale.ROOT);
                if (QuoteLexicon.isTitleWords(head)) {
                    // "La presidenta de la Comisión Europea": the holder of a role, and whom it serves
                    return new Mention(np, Mention.Kind.TITLE_REF, null, head, join(w, at, end));
                }
                for (int j = from; j < prep; j++) {
                    String noun = QuoteLexicon.stripComma(w[j]).toLowerCase(Locale.ROOT);
                    if (QuoteLexicon.EVIDENCE_SOURCES.contains(noun) || QuoteLexicon.SOURCE_NOUNS.contains(noun)) {
                        // "Research conducted for the Women's Media Center": a record or a source, described
                        return new Mention(np, Mention.Kind.GROUP, null, null, null);
                    }
                }
                return null;
            }
        }
        if (from == 0 && GivenNames.contains(w[0]) && prep >= 2 && nameEnd(w, 0, prep) == prep) {
            return new Mention(np, Mention.Kind.PERSON, join(w, 0, prep), null, stripArticle(join(w, prep + 1, end)));
        }
        return new Mention(np, Mention.Kind.GROUP, null, null, null);
    }

    /** Whether the name at {@code w[at]} follows a preposition, perhaps with an article between: "for (the) Democracy Corps". */
    private static boolean objectOfPreposition(String[] w, int at) {
        int j = at - 1;
        if (j > 0 && (ARTICLES.contains(w[j]) || FOREIGN_OBJECT_ARTICLES.contains(w[j]))) {
            j--;
        }
        return PREPOSITIONS.contains(w[j]) || FOREIGN_OBJECT_PREPOSITIONS.contains(w[j]);
    }

    /** "eBay", "iRobot", "easyJet": a name that opens in lower case, with a capital inside and letters only. */
    private static boolean isCamelCaseName(String word) {
        if (word.length() < 3 || !Character.isLowerCase(word.charAt(0))) {
            return false;
        }
        boolean capital = false;
        for (int i = 1; i < word.length(); i++) {
            char c = word.charAt(i);
            if (!Character.isLetter(c)) {
                return false;
            }
            capital |= Character.isUpperCase(c);
        }
        return capital;
    }

    private static boolean isOrganisation(String[] w, int from, int end) {
        for (int k = from; k < end; k++) {
            String lower = QuoteLexicon.stripComma(w[k]).toLowerCase(Locale.ROOT);
            if (QuoteLexicon.ORG_WORDS.contains(lower) && !surnameAfterGivenName(w, from, end, k, lower)) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code word} names a kind of body and is no surname: "Department", "Ministry" (not "White", "Church"). */
    private static boolean namesBodyOnly(String word) {
        String lower = QuoteLexicon.stripComma(word).toLowerCase(Locale.ROOT);
        return QuoteLexicon.ORG_WORDS.contains(lower) && !SURNAME_ORG_WORDS.contains(lower);
    }

    /** Words of organisations that are also common surnames: "White House" but "Peter White". */
    private static final Set<String> SURNAME_ORG_WORDS = Set.of("white", "fox", "church", "post", "house", "bank",
            "court", "guard");

    /**
     * Whether the organisation word {@code w[k]} ({@code lower}) is the surname that ends a name
     * right after a given name ("Peter White", "Emily Post"), not an organisation's last word.
     */
    private static boolean surnameAfterGivenName(String[] w, int from, int end, int k, String lower) {
        return SURNAME_ORG_WORDS.contains(lower) && k == end - 1 && k - 1 >= from
                && GivenNames.contains(QuoteLexicon.stripComma(w[k - 1]));
    }

    /** "police", "state police", "Hartford police", "Connecticut State Police", "the department". */
    private static boolean isGroup(String[] w) {
        String last = QuoteLexicon.stripComma(w[w.length - 1]).toLowerCase(Locale.ROOT);
        if (QuoteLexicon.GROUP_NOUNS.contains(last) || QuoteLexicon.ORG_WORDS.contains(last)) {
            return w.length <= 6;
        }
        if (w.length == 1 && last.length() > 3 && last.endsWith("s") && !last.endsWith("ss")
                && QuoteLexicon.SOURCE_NOUNS.contains(last)) {
            // "donors said", "Customers say": a plural of people alone names them all
            return true;
        }
        boolean allCapitalised = true;
        for (String word : w) {
            allCapitalised &= !word.isEmpty() && (Character.isUpperCase(word.charAt(0)) || word.equals("of")
                    || word.equals("the") || word.equals("and") || word.equals("for"));
        }
        return allCapitalised && isOrganisation(w, 0, w.length);
    }

    /** The longest name of an institution written with its article: "The Associated Press". */
    private static final int MAX_NAMED_WORDS = 6;

    /** "The Vatican", "The Associated Press", "The Bank of England": a name with its article. */
    private static boolean namedWithArticle(String[] w) {
        if (w.length < 2 || w.length > MAX_NAMED_WORDS || !w[0].equals("The") && !w[0].equals("the")
                || !isNameStart(w[1]) || !isNameStart(QuoteLexicon.stripComma(w[w.length - 1]))) {
            return false;
        }
        for (int k = 2; k < w.length - 1; k++) {
            if (!isNameStart(w[k]) && !w[k].equals("of") && !w[k].equals("for") && !w[k].equals("and")) {
                return false;
            }
        }
        return true;
    }

    private static String trim(String raw) {
        String s = singleSpaced(withoutParty(raw).strip());
        // punctuation and the spaces between it off both ends, with one substring (a run of
        // thousands of colons costs one pass)
        int from = 0;
        int to = s.length();
        while (to > 0 && ",;:—–-".indexOf(s.charAt(to - 1)) >= 0) {
            to--;
            while (to > 0 && Character.isWhitespace(s.charAt(to - 1))) {
                to--;
            }
        }
        while (from < to && ",;:—–-".indexOf(s.charAt(from)) >= 0) {
            from++;
            while (from < to && Character.isWhitespace(s.charAt(from))) {
                from++;
            }
        }
        s = s.substring(from, to);
        // "as Ruiz said", "like Mark Twain once said", "and then the mayor added", "wie Mitarbeiter des
        // Spitals sagten", "comme l'a dit …": the link is no part of the speaker
        for (String lead : new String[] {"and ", "but ", "And ", "But ", "so ", "So ", "as ", "As ", "like ", "Like ",
            "then ", "Then ", "From ", "from ", "mientras ", "Mientras ", "pero ", "Pero ", "aunque ", "Aunque ",
            "como ", "Como ", "wie ", "Wie ", "und ", "aber ", "comme ", "Comme "}) {
            if (s.startsWith(lead)) {
                s = s.substring(lead.length());
            }
        }
        int last = s.lastIndexOf(' ');
        if (last > 0 && CLITICS.contains(s.substring(last + 1))) {
            // "Bruselas le ha recordado …": a clitic pronoun before the verb is the verb's object
            s = s.substring(0, last);
        }
        int comma = s.lastIndexOf(", ");
        if (comma > 0 && Character.isLowerCase(s.charAt(0))
                && !DETERMINERS.contains(s.substring(0, Math.max(0, s.indexOf(' '))).toLowerCase(Locale.ROOT))) {
            // "on Monday, CBS", "published in 2015, Mr. Cruz": an opening phrase, then the speaker
            s = s.substring(comma + 2).strip();
        }
        return s;
    }

    /** {@code s} with each run of spaces made one: the words of a mention are never empty. */
    private static String singleSpaced(String s) {
        if (s.indexOf("  ") < 0) {
            return s;
        }
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c != ' ' || b.length() == 0 || b.charAt(b.length() - 1) != ' ') {
                b.append(c);
            }
        }
        return b.toString();
    }

    /** Spanish object pronouns written before the verb: "le", "se", "nos". */
    private static final Set<String> CLITICS = Set.of("le", "les", "lo", "los", "la", "las", "se", "me", "te", "nos", "os");

    /** The longest "a Warren adviser" description, in words. */
    private static final int MAX_NAMED_DESCRIPTION_WORDS = 5;

    /** Words that open a clause, never part of the description of a person before the name. */
    private static final java.util.Set<String> CLAUSE_OPENERS = java.util.Set.of("which", "when", "while", "that",
            "whom", "whose", "where");

    /** Words of a phrase that names or points, never of a role: "a staffer named …", "gave to …". */
    private static final java.util.Set<String> NOT_IN_DESCRIPTION = java.util.Set.of("to", "called", "named",
            "during");

    /** The last word in {@code w[0, to)} that opens a bracket or is one of {@link #CLAUSE_OPENERS}; -1 when none. */
    private static int lastClauseWord(String[] w, int to) {
        for (int i = to - 1; i >= 0; i--) {
            if (w[i].startsWith("(") || CLAUSE_OPENERS.contains(w[i].toLowerCase(Locale.ROOT))) {
                return i;
            }
        }
        return -1;
    }

    /** Whether {@code w[0, to)} may describe a person: no word of {@link #NOT_IN_DESCRIPTION}. */
    private static boolean describesRole(String[] w, int to) {
        for (int i = 0; i < to; i++) {
            if (NOT_IN_DESCRIPTION.contains(w[i].toLowerCase(Locale.ROOT))) {
                return false;
            }
        }
        return true;
    }

    /** Words that open a noun phrase and never end one. */
    private static final java.util.Set<String> ARTICLES = java.util.Set.of("the", "a", "an", "their", "its", "his",
            "my", "our", "your");

    /** Whether {@code word} is a definite article in English, German, French or Spanish: "the", "der", "la". */
    private static boolean isArticle(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        return lower.equals("the") || FOREIGN_OBJECT_ARTICLES.contains(lower);
    }

    private static final java.util.Set<String> DETERMINERS = java.util.Set.of("the", "a", "an", "his", "her",
            "their", "its", "my", "our", "one", "another", "some", "many", "most", "several", "other", "two", "three");

    /** The longest parenthetical dropped from a mention: "(D-Nev.)", "(R)". */
    private static final int MAX_PARENTHETICAL = 24;

    /** "Sen. Harry Reid (D-Nev.)" without its party and state. */
    private static String withoutParty(String s) {
        int open = s.indexOf(" (");
        if (open < 0) {
            return s;
        }
        int close = s.indexOf(')', open);
        if (close < 0 || close - open > MAX_PARENTHETICAL) {
            return s;
        }
        return s.substring(0, open) + s.substring(close + 1);
    }

    /** Words a described group may hold besides its modifiers: "voters of both parties". */
    private static final java.util.Set<String> GROUP_LINKS = java.util.Set.of("of", "for", "like", "in", "and");
    /** Words that show a clause, not a noun phrase. */
    private static final java.util.Set<String> NOT_IN_GROUP = java.util.Set.of("is", "are", "was", "were", "has",
            "have", "had", "will", "would", "can", "could", "it", "he", "she", "they", "we", "i", "you", "that",
            "who", "which", "this", "there", "not", "also", "to");
    /** The longest described group, in words. */
    private static final int MAX_GROUP_WORDS = 7;

    /** Whether the words hold a verb or pronoun of a clause: "Three city commissioners were". */
    private static boolean holdsClause(String[] w) {
        for (int k = 1; k < w.length; k++) {
            if (NOT_IN_GROUP.contains(w[k].toLowerCase(Locale.ROOT)) && !w[k].equals("who") && !w[k].equals("that")) {
                return true;
            }
        }
        return false;
    }

    /** A plural noun phrase as a source: its last word a plural, no verb or pronoun inside. */
    /** Words that hedge a share: "about three in 10", "nearly half". */
    private static final java.util.Set<String> APPROXIMATORS = java.util.Set.of("about", "nearly", "almost", "roughly",
            "around", "only", "just", "over", "under", "some", "exactly");
    /** Shares written as words: "half", "two-thirds", "a quarter". */
    private static final java.util.Set<String> FRACTIONS = java.util.Set.of("half", "third", "thirds", "quarter",
            "quarters", "fifth", "fifths", "one-third", "two-thirds", "one-quarter", "three-quarters", "one-fifth",
            "two-fifths", "three-fifths", "four-fifths", "majority", "majorities", "minority", "plurality");
    /** Numbers written as words, as "three in 10" spells them. */
    private static final java.util.Set<String> NUMBER_WORDS = java.util.Set.of("one", "two", "three", "four", "five",
            "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
            "seventeen", "eighteen", "nineteen", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty",
            "ninety");

    /**
     * A share of people with nothing after it: "three in 10", "About 4 in 10", "nearly half", "a
     * third", "47 percent" (with "more than" or "fewer than" before it too).
     */
    static boolean isShare(String[] w) {
        int k = 0;
        String first = w[0].toLowerCase(Locale.ROOT);
        if (w.length > 2 && (first.equals("more") || first.equals("fewer") || first.equals("less"))
                && w[1].equalsIgnoreCase("than")) {
            k = 2;
        } else {
            // "nearly half", "just over a quarter"
            while (k < 2 && k < w.length - 1 && APPROXIMATORS.contains(w[k].toLowerCase(Locale.ROOT))) {
                k++;
            }
        }
        int left = w.length - k;
        if (left == 3 && isNumber(w[k]) && w[k + 1].equalsIgnoreCase("in") && isNumber(w[k + 2])) {
            return true;
        }
        if (left == 4 && isNumber(w[k]) && w[k + 1].equalsIgnoreCase("out") && w[k + 2].equalsIgnoreCase("of")
                && isNumber(w[k + 3])) {
            // "nine out of 10"
            return true;
        }
        if (left == 2 && isNumber(w[k]) && (w[k + 1].equalsIgnoreCase("percent") || w[k + 1].equals("%"))) {
            return true;
        }
        if (left == 2 && (w[k].equalsIgnoreCase("a") || w[k].equalsIgnoreCase("one") || isNumber(w[k]))) {
            return isFraction(w[k + 1]);
        }
        return left == 1 && (isFraction(w[k]) || w[k].endsWith("%") && isNumber(
                w[k].substring(0, w[k].length() - 1)));
    }

    /** Denominators a hyphenated share is written with: "three-fourths", "seven-tenths". */
    private static final java.util.Set<String> DENOMINATORS = java.util.Set.of("half", "halves", "third", "thirds",
            "fourth", "fourths", "quarter", "quarters", "fifth", "fifths", "sixth", "sixths", "tenth", "tenths");

    /** Whether {@code word} is a share written as a word: "half", "a quarter"'s "quarter", "three-fourths". */
    private static boolean isFraction(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        if (FRACTIONS.contains(lower)) {
            return true;
        }
        int dash = lower.indexOf('-');
        return dash > 0 && NUMBER_WORDS.contains(lower.substring(0, dash)) && DENOMINATORS.contains(lower.substring(dash + 1));
    }

    /** The most words a share opens a phrase with: "more than three in 10". */
    private static final int MAX_SHARE_WORDS = 5;

    /** A share, then a plural noun phrase: "About four in 10 South Carolina primary voters". */
    private static boolean sharedPlural(String[] w) {
        String last = QuoteLexicon.stripComma(w[w.length - 1]);
        if (last.length() < 4 || !Character.isLowerCase(last.charAt(0)) || !last.endsWith("s") || last.endsWith("ss")
                || last.endsWith("'s") || last.endsWith("’s")) {
            return false;
        }
        for (int k = Math.min(MAX_SHARE_WORDS, w.length - 1); k >= 1; k--) {
            if (isShare(java.util.Arrays.copyOf(w, k))) {
                return true;
            }
        }
        return false;
    }

    /** "10", "4.5", "three". */
    static boolean isNumber(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        if (NUMBER_WORDS.contains(lower)) {
            return true;
        }
        int hyphen = lower.indexOf('-');
        if (hyphen > 0 && NUMBER_WORDS.contains(lower.substring(0, hyphen))
                && NUMBER_WORDS.contains(lower.substring(hyphen + 1))) {
            // "Thirty-one percent of those surveyed"
            return true;
        }
        boolean digit = false;
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (c >= '0' && c <= '9') {
                digit = true;
            } else if (c != '.' && c != ',') {
                return false;
            }
        }
        return digit;
    }

    private static boolean pluralGroup(String[] w) {
        if (w.length < 2 || w.length > MAX_GROUP_WORDS) {
            return false;
        }
        String last = QuoteLexicon.stripComma(w[w.length - 1]);
        if (last.length() < 4 || !last.endsWith("s") || last.endsWith("'s") || last.endsWith("’s")
                || last.endsWith("ss") || last.endsWith("us") || last.endsWith("is")) {
            return false;
        }
        for (int k = 0; k < w.length; k++) {
            String lw = w[k].toLowerCase(Locale.ROOT);
            if (NOT_IN_GROUP.contains(lw) || w[k].endsWith(",") || lw.endsWith("ed") || lw.endsWith("ly")
                    || k > 0 && QuoteLexicon.CAUSATIVES.contains(w[k])) {
                // "Clipboard AI lets users": a clause whose object is the plural
                return false;
            }
            if (k > 0 && k < w.length - 1 && !GROUP_LINKS.contains(lw) && !Character.isLetterOrDigit(w[k].charAt(0))) {
                return false;
            }
        }
        return true;
    }

    /** Lower-case words or numbers ("57-year-old scientist"), as a description is written. */
    private static boolean describes(String[] w, int from) {
        for (int k = from; k < w.length; k++) {
            if (w[k].isEmpty() || !(Character.isLowerCase(w[k].charAt(0)) || Character.isDigit(w[k].charAt(0)))
                    || NOT_IN_GROUP.contains(w[k])) {
                // "the levee would hold" is a clause, not "the witness"
                return false;
            }
        }
        return true;
    }

    static boolean allLowerCase(String[] w, int from, int to) {
        for (int k = from; k < to; k++) {
            if (w[k].isEmpty() || !Character.isLowerCase(w[k].charAt(0))) {
                return false;
            }
        }
        return true;
    }

    static String stripArticle(String s) {
        return s.startsWith("the ") || s.startsWith("The ") ? s.substring(4) : s;
    }

    private static int indexOfWord(String[] w, String word) {
        for (int k = 0; k < w.length; k++) {
            if (w[k].equals(word)) {
                return k;
            }
        }
        return -1;
    }

    static String join(String[] w, int from, int to) {
        StringBuilder sb = new StringBuilder();
        for (int k = from; k < to; k++) {
            if (k > from) {
                sb.append(' ');
            }
            sb.append(w[k]);
        }
        String s = sb.toString();
        return s.endsWith(",") ? s.substring(0, s.length() - 1) : s;
    }
}
