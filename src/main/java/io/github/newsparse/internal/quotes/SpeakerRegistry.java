package io.github.newsparse.internal.quotes;

import io.github.newsparse.internal.text.Chars;
import io.github.newsparse.internal.text.GivenNames;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Coreference without a model: every person the text names with a title ("News 8 spoke to Pastor
 * A.J. Johnson with the Urban Hope Refuge Church") or as a speaker is an entity. A surname maps
 * to the full name, "he"/"she" to the most recent person speaker, "they" to the most recent
 * group, "the mayor" to the entity holding that title.
 */
final class SpeakerRegistry {

    /** A person or group that may speak, with what the text says of them. */
    static final class Entity {
        final String name;
        final boolean person;
        final List<String> titles = new ArrayList<>();
        final List<String> affiliations = new ArrayList<>();

        /** 'm', 'f', or 0 when the text does not show it. */
        char gender;
        /** The paragraph where the text first names this entity, and how often it names it in full. */
        int firstSeen = Integer.MAX_VALUE;
        int namings;
        /** The person named in full who took over this one, seen by surname alone ("Brafman", then "Ben Brafman"). */
        Entity takenOverBy;

        Entity(String name, boolean person) {
            this.name = name;
            this.person = person;
            this.gender = person ? Genders.ofName(name) : 0;
        }

        void add(String title, String affiliation) {
            if (title != null && !title.isEmpty() && !titles.contains(title) && titles.size() < MAX_FACTS) {
                titles.add(title);
            }
            if (affiliation != null && !affiliation.isEmpty() && !affiliations.contains(affiliation)
                    && affiliations.size() < MAX_FACTS) {
                affiliations.add(affiliation);
            }
        }

        String surname() {
            String[] w = name.split(" ");
            int k = w.length - 1;
            while (k > 0 && QuoteLexicon.NAME_SUFFIXES.contains(w[k])) {
                k--;
            }
            return w[k];
        }
    }

    /**
     * Whether a paragraph is a headline in title case ("Rand Paul Scores Direct Hit"): no word of
     * four letters or more in lower case.
     */
    private static boolean titleCase(String[] w) {
        for (String word : w) {
            if (word.length() >= 4 && Character.isLowerCase(word.charAt(0))) {
                return false;
            }
        }
        return true;
    }

    /** The longest untitled full name learned from the text: "Mary Ann de la Cruz" and no run of capitals. */
    private static final int MAX_UNTITLED_NAME_WORDS = 4;

    /** Titles and affiliations kept per entity: enough for any real article, bounded for hostile ones. */
    private static final int MAX_FACTS = 8;

    private final java.util.Map<String, Entity> byName = new java.util.HashMap<>();
    /** Most recent person with a full name, by surname and by first name. */
    private final java.util.Map<String, Entity> byNamePart = new java.util.HashMap<>();
    /** Most recent entity holding a title, by the title in lower case and by its last word. */
    private final java.util.Map<String, Entity> byTitleWord = new java.util.HashMap<>();
    private Entity lastPerson;
    private int lastPersonParagraph = -1;
    /** Two people the text introduces together ("Peter Boone and Simon Johnson"), with the paragraph of each pair. */
    private final List<Entity> learnedPairs = new ArrayList<>();
    private final List<Integer> learnedPairsAt = new ArrayList<>();
    /** Titled people in the order the text introduces them, with the paragraph of each. */
    private final List<Entity> learned = new ArrayList<>();
    private final List<Integer> learnedAt = new ArrayList<>();
    /** Where in its paragraph each learned person was introduced: the offset of the name's (or title's) first word. */
    private final List<Integer> learnedOffset = new ArrayList<>();
    /**
     * Where in the paragraph the mention being resolved stands (its cue's offset): a person
     * introduced later in the same paragraph is no antecedent ("He called Gov. Mike Pence …").
     */
    private int mentionOffset = Integer.MAX_VALUE;
    /**
     * Whether the name being resolved keeps its 's: the subject right before its verb ("Moody's
     * said …", "Lloyd's agreed to …"), where a possessive would need a noun after it.
     */
    private boolean nameHoldsS;
    private int paragraph;
    private Entity lastGroup;
    private int lastGroupParagraph = -1;
    /**
     * The company named with its legal form that the text quoted first, the story's own: whom "the
     * company" means ("Chevron Corp said … with Nippon Oil Co Ltd …. The company said …").
     */
    private Entity firstCompany;
    /** Bodies named with a capital that the text quoted, in the order of their first quote (bounded). */
    private final List<Entity> quotedBodies = new ArrayList<>();
    private static final int MAX_QUOTED_BODIES = 32;
    /**
     * People the text names in full but neither quotes nor introduces as a sentence's subject
     * with a given name it knows: "I spoke to a tired but delighted Chris Sheen", "Emil Stenström
     * spent months …" (a given name not in the list). Whom "he" or "she" means when no one else
     * can be, in the name's sentence or the next (bounded).
     */
    private final List<String> fallback = new ArrayList<>();
    private final List<Integer> fallbackAt = new ArrayList<>();
    private final List<Integer> fallbackOffset = new ArrayList<>();
    /**
     * Per {@link #fallback} name, where the sentence after the name's own ends in its paragraph
     * ({@link Integer#MAX_VALUE} when the paragraph ends first), and whether the name's sentence
     * is its paragraph's last: a pronoun may mean the name in that sentence or the next only.
     */
    private final List<Integer> fallbackReach = new ArrayList<>();
    private final List<Boolean> fallbackLast = new ArrayList<>();
    private static final int MAX_FALLBACK = 64;

    /** Records that paragraph {@code index} introduces {@code e} at {@code offset}: whom a later pronoun may mean. */
    private void introduce(Entity e, int index, int offset) {
        learned.add(e);
        learnedAt.add(index);
        learnedOffset.add(offset);
    }

    /** As {@link #introduce(Entity, int, int)}, with the gender the text shows when the entity's is unknown. */
    private void introduce(Entity e, char gender, int index, int offset) {
        if (e.gender == 0) {
            e.gender = gender;
        }
        introduce(e, index, offset);
    }

    /** Relations named before a person set off by commas, with the gender each shows: "his wife, Ann Marie,". */
    private static final java.util.Map<String, Character> RELATIONS = java.util.Map.of("wife", 'f', "husband", 'm',
            "daughter", 'f', "son", 'm', "mother", 'f', "father", 'm', "sister", 'f', "brother", 'm', "girlfriend", 'f',
            "boyfriend", 'm');

    /** Possessive pronouns before a relation: "his wife", "their son". */
    private static final Set<String> POSSESSIVE_PRONOUNS = Set.of("his", "her", "their");

    /** People in the order the text last referred to them, most recent last (bounded). */
    private final java.util.ArrayDeque<Entity> recentPeople = new java.util.ArrayDeque<>();
    private static final int MAX_RECENT_PEOPLE = 16;

    /** Learns the titled names of paragraph {@code index} ("Hartford police Lt. Paul Cicero said …"). */
    void learn(String p, int index) {
        this.position = index;
        String[] w = p.split(" ");
        WordOffsets offsets = new WordOffsets(w);
        boolean titleCase = titleCase(w);
        boolean[] quoted = quoted(w);
        for (int k = 0; k < w.length; k++) {
            Character relation = k >= 2 && !quoted[k] && w[k - 1].endsWith(",")
                    && POSSESSIVE_PRONOUNS.contains(w[k - 2].toLowerCase(Locale.ROOT))
                    ? RELATIONS.get(QuoteLexicon.stripComma(w[k - 1])) : null;
            if (relation != null && GivenNames.contains(w[k])) {
                // "Eoin O'Shea and his wife, Ann Marie, split their vote": the relation shows whom
                // the text introduces, and the gender the name may not
                int end = MentionParser.nameEnd(w, k, w.length);
                if (end > k && w[end - 1].endsWith(",")) {
                    Entity e = findOrAdd(bareName(QuoteLexicon.stripComma(MentionParser.join(w, k, end))), true);
                    if (e != null) {
                        introduce(e, relation, index, offsets.at(k));
                    }
                    k = end - 1;
                    continue;
                }
            }
            int t = QuoteLexicon.titleAt(w, k);
            if (t == 0 && !titleCase && GivenNames.contains(w[k]) && k + 1 < w.length) {
                // "Ana Ruiz has pushed for …": a full name that opens with a given name, untitled;
                // "Ruiz said" then names her in full
                int end = possessiveEnd(w, k, MentionParser.nameEnd(w, k, w.length));
                if (end - k >= 2 && end - k <= MAX_UNTITLED_NAME_WORDS) {
                    Entity e = findOrAdd(bareName(MentionParser.join(w, k, end)), true);
                    if (e != null && !quoted[k] && !(opensSentence(w, k) || subjectOfVerb(w, k, end) || cleftFocus(w, k, end))
                            && (k > 0 && w[k - 1].equals("by") || writerSpeaks(w, k))
                            && isUnlistedNameWord(Sentences.bare(w[end - 1])) && legalForm(e.name) <= 0) {
                        // "I spoke to a tired but delighted Chris Sheen, …", "a quote provided by Richard
                        // Bennett": the person the writer met, or the agent of the sentence; a name
                        // after another subject's verb is that subject's object ("Groberg explained why
                        // he will not support Donald Trump")
                        addFallback(e.name, index, w, k, offsets.at(k));
                    }
                    if (e != null && (opensSentence(w, k)
                            || !quoted[k] && (subjectOfVerb(w, k, end) || cleftFocus(w, k, end)))) {
                        // "Ana Ruiz spoke to the council. “…,” she said.": introduced, so a pronoun may mean
                        // her; so does a subject inside the sentence ("At seventeen, Ana Ruiz was …")
                        introduce(e, index, offsets.at(k));
                        int pairEnd = inList(w, k) ? -1 : pairedNameEnd(w, end);
                        if (pairEnd > 0) {
                            // "Economists Peter Boone and Simon Johnson laid it out …. “…,” they write.":
                            // two people introduced together, whom "they" may mean
                            findOrAdd(bareName(MentionParser.join(w, end + 1, pairEnd)), true);
                            learnedPairs.add(findOrAdd(bareName(MentionParser.join(w, k, pairEnd)), false));
                            learnedPairsAt.add(index);
                            end = pairEnd;
                        }
                    }
                    k = end - 1;
                    continue;
                }
                if (end - k >= 2) {
                    continue;
                }
                // "Bernard seconds Kevin’s advice.": a given name alone, read below as a known person's
            }
            if (t == 0) {
                // "Stafford, earlier in the hearing, was adamant … “…,” he said.": a person the text
                // named in full opens the sentence by surname (outside quotation marks: "“No one
                // writes songs for her. Obama had will.i.am,” he said" is no sentence of the
                // writer's), so a pronoun after may mean him
                if (titleCase || quoted[k] || !opensSentenceBare(w, k)) {
                    continue; // most words open no sentence: nothing more to look up
                }
                int unlisted = unlistedNameEnd(w, k);
                if (unlisted > 0) {
                    // "Emil Stenström spent months …": a full name whose given name the list lacks,
                    // the subject of its verb (an entity only once a pronoun needs it)
                    String name = bareName(MentionParser.join(w, k, unlisted));
                    addFallback(name, index, w, k, offsets.at(k));
                    char shown = genderShownAfter(w, unlisted);
                    Entity e = shown == 0 || namesKnownPart(name) ? null : findOrAdd(name, true);
                    if (e != null) {
                        // "Duduzile Zuma-Sambudla will face the music for her role …": the sentence
                        // shows the gender the list cannot, so she is introduced as a listed name is
                        introduce(e, shown, index, offsets.at(k));
                    }
                    k = unlisted - 1;
                    continue;
                }
                Entity known = titledSurname(bareName(Sentences.bare(w[k])));
                // "Sarah has a great post about …. “…,” she says": a given name (or a surname the page
                // shows) alone, the subject of its verb, is a person of its own when the text names
                // no one so
                boolean newPerson = known == null && k + 1 < w.length
                        && ReportedSpeech.looksLikePastOrAuxiliary(w[k + 1])
                        && (GivenNames.contains(w[k]) || PageNames.isSurname(w[k]))
                        && !PageNames.writtenInLowerCase(w[k]); // "The bill passed. Bill has …" names no one
                if ((known != null || newPerson)
                        && MentionParser.isNameStart(QuoteLexicon.stripComma(w[k]))
                        && MentionParser.nameEnd(w, k, w.length) == k + 1) {
                    introduce(known != null ? known : personByOneName(w[k]), index, offsets.at(k));
                }
                continue;
            }
            if (k + t >= w.length || !MentionParser.isNameStart(w[k + t])) {
                continue;
            }
            int end = possessiveEnd(w, k + t, MentionParser.nameEnd(w, k + t, w.length));
            if (end <= k + t) {
                continue;
            }
            String name = bareName(MentionParser.join(w, k + t, end));
            String title = MentionParser.join(w, k, k + t);
            if (end - (k + t) == 1) {
                // "President Obama spoke …": an office before one name makes "the president" later
                // that person, if the text gave the full name; a courtesy title ("Mr Glass") names
                // no office, nor does one set off by a comma ("Through a spokesman, Costas denied …")
                boolean courtesy = QuoteLexicon.HONORIFICS.contains(title.toLowerCase(Locale.ROOT).replace(".", ""));
                if (!courtesy && !w[k + t].endsWith(".") && !w[k + t - 1].endsWith(",")) {
                    Entity one = titledSurname(name);
                    if (one != null) {
                        addTitle(one, title);
                    }
                } else if (courtesy && !titleCase && !quoted[k] && opensSentenceBare(w, k)) {
                    // "Ms. LaBelle got a huge roar when she added …": a person the text named in full
                    // opens the sentence by courtesy title, which shows the gender, so a pronoun after
                    // may mean her
                    char gender = Genders.ofTitle(title);
                    Entity known = name.indexOf(' ') < 0 ? bySurname(name, gender) : null;
                    if (known != null) {
                        introduce(known, gender, index, offsets.at(k));
                    }
                }
                continue;
            }
            Entity e = findOrAdd(name, true);
            addTitle(e, title);
            introduce(e, index, offsets.at(k));
            String lastWord = w[end - 1];
            if (!lastWord.endsWith(",") && end + 1 < w.length && (w[end].equals("with") || w[end].equals("of"))) {
                e.add(null, organisationAfter(w, end + 1));
            } else if (lastWord.endsWith(",") && end < w.length) {
                String apposition = organisationAfter(w, end);
                Mention group = apposition == null ? null : MentionParser.parse(apposition);
                if (group != null && group.kind() == Mention.Kind.GROUP) {
                    e.add(null, apposition);
                }
            }
            String pre = affiliationBefore(w, k);
            if (pre != null) {
                e.add(null, pre);
            }
            k = end - 1;
        }
    }

    /**
     * Per word, whether it stands inside quotation marks, opening and closing ones included:
     * “…”, „…“, «…», "…", ''…''.
     */
    private static boolean[] quoted(String[] w) {
        boolean[] out = new boolean[w.length];
        boolean in = false;
        for (int k = 0; k < w.length; k++) {
            String x = w[k];
            if (!x.isEmpty() && "“„«\"".indexOf(x.charAt(0)) >= 0 || x.startsWith("''")) {
                in = true;
            }
            out[k] = in;
            int last = x.length() - 1;
            if (x.indexOf('”') >= 0 || x.indexOf('»') >= 0 || last > 0 && "\"“".indexOf(x.charAt(last)) >= 0
                    || last > 1 && "\"“".indexOf(x.charAt(last - 1)) >= 0 && ",.;:!?".indexOf(x.charAt(last)) >= 0
                    || last > 1 && x.indexOf("''", 1) > 0) {
                in = false;
            }
        }
        return out;
    }

    /**
     * Whether word {@code k} opens a sentence, where a name is the sentence's subject ("Ana Ruiz
     * spoke …"), not an object ("… told Sean Hannity").
     */
    private static boolean opensSentence(String[] w, int k) {
        int j = k - 1;
        // "Town engineer Ana Ruiz spoke …": a title before the name belongs to the subject
        while (j >= 0 && !endsSentence(w[j]) && !w[j].isEmpty() && (Character.isUpperCase(w[j].charAt(0))
                || QuoteLexicon.isTitleWords(w[j].toLowerCase(Locale.ROOT)) || isAgentNoun(w[j]))) {
            j--;
        }
        return j < 0 || endsSentence(w[j]);
    }

    /**
     * Whether the name of words {@code [k, end)} is the subject of the verb after it: no preposition
     * before the name, no comma or possessive after it ("Donald Trump’s continued appeal"), then a
     * past or an auxiliary ("Milton Erickson was", "that Ana Ruiz had").
     */
    private static boolean subjectOfVerb(String[] w, int k, int end) {
        String last = w[end - 1];
        return end < w.length && !last.endsWith(",") && !last.endsWith("’s") && !last.endsWith("'s")
                && ReportedSpeech.looksLikePastOrAuxiliary(w[end])
                && (k == 0 || !QuoteLexicon.PREPOSITIONS.contains(w[k - 1]));
    }

    /**
     * Whether the name of words {@code [k, end)} is the focus of a cleft sentence, the subject of
     * what follows: "it was Katie Boulter who got the ball rolling", "It is Ana Ruiz who decides".
     */
    private static boolean cleftFocus(String[] w, int k, int end) {
        return k >= 2 && end < w.length && w[end].equals("who") && !w[end - 1].endsWith(",")
                && (w[k - 1].equals("was") || w[k - 1].equals("is")) && w[k - 2].equalsIgnoreCase("it");
    }

    /** Words with such an ending that name no role: "after", "never", "other", "whether". */
    private static final Set<String> NOT_AGENTS = Set.of("after", "never", "other", "over", "under", "whether",
            "rather", "later", "either", "neither", "ever", "however", "per", "for", "or", "recent", "current",
            "different", "important", "relevant", "significant", "efficient", "consistent", "independent", "whatever",
            "whenever", "wherever", "together", "further", "earlier", "lower", "higher", "better", "greater");

    /** Whether {@code word} is a lower-case noun of an agent or role before a name: "Transnet executive Russell Bradbrooke". */
    private static boolean isAgentNoun(String word) {
        return word.length() > 4 && Chars.isLetters(word, 0, word.length()) && Character.isLowerCase(word.charAt(0))
                && QuoteLexicon.endsWithAny(word, QuoteLexicon.AGENT_ENDINGS) && !NOT_AGENTS.contains(word);
    }

    /**
     * Whether word {@code k} itself opens a sentence: the paragraph's first word, or one after a
     * word that ends a sentence and is no title or initial ("Mr. Trump's" opens nothing).
     */
    private static boolean opensSentenceBare(String[] w, int k) {
        if (k == 0) {
            return true;
        }
        String before = w[k - 1];
        return endsSentence(before) && before.length() > 3 && QuoteLexicon.titleAt(w, k - 1) == 0
                && !Sentences.isAbbreviation(before);
    }

    /**
     * The end of a full name of two or three capitalised words at word {@code k}, none of them a
     * given name of the list, followed by a verb in the past or an auxiliary ("Emil
     * Stenström spent …", "Brandi Dowell received …"); -1 when the words are no such name: a
     * word of the name the page writes in lower case ("Live Posts", "Store Pickup"), an acronym,
     * a title, a body's word or a noun of people ("County Police", "Levee Board"), a legal form,
     * or a phrase that opens a sentence ("As Politico reported").
     */
    private static int unlistedNameEnd(String[] w, int k) {
        if (VerbAttribution.NOT_SUBJECT_STARTS.contains(w[k].toLowerCase(Locale.ROOT))) {
            return -1; // "As Politico reported …"
        }
        // the shape first (most sentences open with no run of capitalised words before a verb), the
        // lexicons and the page's evidence only then
        int end = k;
        while (end < w.length && end - k < MAX_UNLISTED_NAME_WORDS && shapedLikeName(w[end])) {
            end++;
        }
        if (end - k < 2 || end >= w.length || !ReportedSpeech.looksLikePastOrAuxiliary(w[end])) {
            return -1;
        }
        for (int j = k; j < end; j++) {
            if (!isUnlistedNameWord(w[j])) {
                return -1;
            }
        }
        return legalForm(MentionParser.join(w, k, end)) > 0 ? -1 : end;
    }

    /**
     * Whether {@code word} is letters alone, a capital and then lower case: "Stenström", not "FDA"
     * nor "Reuters,"; two such parts joined by a hyphen too ("Zuma-Sambudla").
     */
    private static boolean shapedLikeName(String word) {
        int hyphen = word.indexOf('-');
        if (hyphen > 0) {
            return hyphen == word.lastIndexOf('-') && shapedLikeName(word.substring(0, hyphen))
                    && shapedLikeName(word.substring(hyphen + 1));
        }
        return word.length() >= 2 && Character.isUpperCase(word.charAt(0)) && Character.isLowerCase(word.charAt(1))
                && Chars.isLetters(word, 0, word.length());
    }

    /**
     * Whether a word of {@code name} is part of a name the text already gave: "Roma Jayne" after
     * "Emma Roma Jayne", "Wright Thursday" after "Jim Wright" are that person, no new one.
     */
    private boolean namesKnownPart(String name) {
        for (String part : name.split(" ")) {
            if (byNamePart.containsKey(part) || sharedParts.contains(part)) {
                return true;
            }
        }
        return false;
    }

    /** The most words after a name that {@link #genderShownAfter} reads. */
    private static final int MAX_WORDS_TO_POSSESSIVE = 20;

    /**
     * The gender that a possessive or reflexive pronoun later in the name's sentence shows ("…
     * will face the music for her role", "… thanked his staff", "… describes herself as …"), 'm'
     * or 'f'; 0 when none comes before the sentence ends or another capitalised word (who may be
     * the one it means), or when "her" is an object ("… met her in Beijing").
     */
    private static char genderShownAfter(String[] w, int from) {
        for (int j = from; j < w.length && j - from < MAX_WORDS_TO_POSSESSIVE; j++) {
            if (j > from && closesSentence(w[j - 1])) {
                return 0;
            }
            String word = w[j];
            if (!word.isEmpty() && Character.isUpperCase(word.charAt(0))) {
                return 0;
            }
            switch (word) {
                case "his", "himself" -> {
                    return 'm';
                }
                case "herself" -> {
                    return 'f';
                }
                case "her" -> {
                    // a possessive before its noun, not an object before a phrase
                    boolean possessive = j + 1 < w.length && !w[j + 1].isEmpty()
                            && Character.isLowerCase(w[j + 1].charAt(0)) && !QuoteLexicon.PREPOSITIONS.contains(w[j + 1]);
                    return possessive ? 'f' : 0;
                }
                default -> {
                }
            }
        }
        return 0;
    }

    /** The most words of a full name read without a listed given name. */
    private static final int MAX_UNLISTED_NAME_WORDS = 3;

    /** Whether {@code word} may be a word of a name whose given name the list lacks. */
    private static boolean isUnlistedNameWord(String word) {
        if (!shapedLikeName(word)) {
            return false;
        }
        String lower = word.toLowerCase(Locale.ROOT);
        // a given name anywhere makes it a name the list knows ("Republican Donald Trump": read from "Donald")
        return !GivenNames.contains(word) && !PageNames.writtenInLowerCase(word) && !QuoteLexicon.isTitleWords(lower)
                && !QuoteLexicon.ORG_WORDS.contains(lower) && !QuoteLexicon.GROUP_NOUNS.contains(lower)
                && !QuoteLexicon.SOURCE_NOUNS.contains(lower);
    }

    /** Remembers {@code name}, named at word {@code k} of paragraph {@code index} (at {@code offset}), as a {@link #fallback}. */
    private void addFallback(String name, int index, String[] w, int k, int offset) {
        if (fallback.size() >= MAX_FALLBACK) {
            return;
        }
        int at = offset;
        int ends = 0;
        int reach = Integer.MAX_VALUE;
        int j = k;
        for (; j < w.length && ends < 2; j++) {
            at += w[j].length() + 1;
            if (closesSentence(w[j]) && !Sentences.isAbbreviation(w[j]) && j + 1 < w.length) {
                ends++;
                reach = ends == 2 ? at : reach;
            }
        }
        fallback.add(name);
        fallbackAt.add(index);
        fallbackOffset.add(offset);
        fallbackReach.add(reach);
        fallbackLast.add(ends == 0);
    }

    /** The most words between the writer's "I" and the name of whom they met: bounds the look back. */
    private static final int MAX_WORDS_TO_WRITER = 24;

    /** Whether the sentence of word {@code k} opens with the writer as its subject: "I spoke to …", "We met …". */
    private static boolean writerSpeaks(String[] w, int k) {
        int j = k - 1;
        while (j > 0 && k - j < MAX_WORDS_TO_WRITER && !closesSentence(w[j - 1])) {
            j--;
        }
        if (j < 0 || j > 0 && !closesSentence(w[j - 1])) {
            return false; // the sentence opens further back than a writer's "I spoke to …" reaches
        }
        String first = Sentences.bare(w[j]);
        return first.equals("I") || first.equals("We") || first.startsWith("I’") || first.startsWith("I'")
                || first.startsWith("We’") || first.startsWith("We'");
    }

    /** Whether {@code word} ends with a full stop, a question or an exclamation mark, before any closing quotation mark. */
    private static boolean closesSentence(String word) {
        int i = word.length() - 1;
        while (i > 0 && "”\"’'»".indexOf(word.charAt(i)) >= 0) {
            i--;
        }
        return i >= 0 && ".?!".indexOf(word.charAt(i)) >= 0;
    }

    /**
     * The last {@link #fallback} person named before the mention being resolved, in its sentence
     * or the one before (the last of the paragraph before, for a mention that opens its own),
     * whose gender is {@code gender} or unshown; null when there is none.
     */
    private Entity fallbackPerson(char gender) {
        for (int i = fallback.size() - 1; i >= 0; i--) {
            int at = fallbackAt.get(i);
            boolean near = at == paragraph && fallbackOffset.get(i) < mentionOffset && mentionOffset < fallbackReach.get(i)
                    || at == paragraph - 1 && fallbackLast.get(i);
            if (at < paragraph - 1) {
                return null;
            }
            if (!near) {
                continue;
            }
            String name = fallback.get(i);
            Entity known = byName.get(name);
            if (known != null && !known.person) {
                continue; // "Penn Central said …": a company the text named with its legal form
            }
            char g = known != null ? known.gender : Genders.ofName(name);
            if (g == gender || g == 0) {
                return known != null ? known : findOrAdd(name, true);
            }
        }
        return null;
    }

    private static boolean endsSentence(String word) {
        return word.endsWith(".") || word.endsWith("”") || word.endsWith("\"") || word.endsWith("?") || word.endsWith("!");
    }

    /** The entity a mention in paragraph {@code index} refers to (null if none). */
    Entity resolve(Mention m, int index) {
        return resolve(m, index, Integer.MAX_VALUE);
    }

    /**
     * The entity a mention in paragraph {@code index} refers to (null if none), its cue at
     * {@code offset} in the paragraph: a person the paragraph introduces after it is none of a
     * pronoun's.
     */
    Entity resolve(Mention m, int index, int offset) {
        return resolve(m, index, offset, false);
    }

    /**
     * As {@link #resolve(Mention, int, int)}; {@code holdsS} tells that a name ending in 's is
     * written so whole ("Moody's said …": the company, not a person named Moody).
     */
    Entity resolve(Mention m, int index, int offset, boolean holdsS) {
        this.paragraph = index;
        this.position = index;
        this.mentionOffset = offset < 0 ? Integer.MAX_VALUE : offset;
        this.nameHoldsS = holdsS;
        try {
            return resolve(m);
        } finally {
            this.mentionOffset = Integer.MAX_VALUE;
            this.nameHoldsS = false;
        }
    }

    /**
     * Where word {@code k} of a paragraph split at single spaces starts, asked for words in
     * increasing order: one pass over the words, no array.
     */
    private static final class WordOffsets {
        private final String[] words;
        private int word;
        private int offset;

        WordOffsets(String[] words) {
            this.words = words;
        }

        int at(int k) {
            for (; word < k; word++) {
                offset += words[word].length() + 1;
            }
            return offset;
        }
    }

    /** Whether learned person {@code i} was introduced before the mention being resolved. */
    private boolean learnedBefore(int i) {
        int at = learnedAt.get(i);
        return at < paragraph || at == paragraph && learnedOffset.get(i) < mentionOffset;
    }

    /** The entity a mention refers to (null if none), remembering it for later pronouns. */
    Entity resolve(Mention m) {
        Entity e = switch (m.kind()) {
            case PERSON -> person(m);
            case PRONOUN -> pronounTeaching(m.text().toLowerCase(Locale.ROOT));
            case TITLE_REF -> servesThere(byTitle(m.title()), m.affiliation());
            case GROUP -> group(m);
            case DESCRIBED -> null;
        };
        for (int hops = 0; e != null && e.takenOverBy != null && hops < MAX_TAKEOVERS; hops++) {
            // a person introduced by surname, whom the text has since named in full
            e = e.takenOverBy;
        }
        if (e != null && m.kind() == Mention.Kind.PERSON) {
            lastNamed = e;
            lastNamedParagraph = paragraph;
        }
        if (e != null && firstCompany == null && legalForm(e.name) > 0) {
            firstCompany = e;
        }
        if (e != null && !e.person && hasUpperCase(e.name) && !quotedBodies.contains(e)
                && quotedBodies.size() < MAX_QUOTED_BODIES) {
            quotedBodies.add(e);
        }
        if (e != null) {
            if (e.person) {
                lastPerson = e;
                lastPersonParagraph = paragraph;
                remember(e);
            } else if (!INDEFINITE_PRONOUNS.contains(e.name.toLowerCase(Locale.ROOT))) {
                // "Nobody called it …. They …": no one in particular is no antecedent
                lastGroup = e;
                lastGroupParagraph = paragraph;
            }
        }
        return e;
    }

    private Entity person(Mention m) {
        String name = nameHoldsS ? m.name() : bareName(m.name());
        String possessed = withoutPossessor(name);
        if (!possessed.equals(name) && bySurname(possessed) != null) {
            // "As Vermont's Bongard told …": the person the text named in full ("Josh Bongard")
            name = possessed;
        }
        Entity e;
        if (name.contains(" ")) {
            e = findOrAdd(name, true);
        } else {
            // "Mrs. Clinton" is no Bill Clinton
            e = bySurname(name, m.title() == null ? 0 : Genders.ofTitle(m.title()));
            if (e == null) {
                e = findOrAdd(name, m.title() != null || !namesNoPerson(name));
            }
        }
        addTitle(e, m.title());
        e.add(null, m.affiliation());
        return e;
    }

    /** The person one name alone names, of the gender a given name shows ("Sarah" → 'f'). */
    private Entity personByOneName(String word) {
        Entity e = findOrAdd(word, true);
        if (e.gender == 0) {
            e.gender = GivenNames.gender(word);
        }
        return e;
    }

    /**
     * Whether a word of a full name after its given name may be a surname: capitalised, no
     * initial, no suffix, and no given name ("John Paul Jones" is never "Paul").
     */
    private static boolean isFirstSurname(String word) {
        return word.length() > 2 && Character.isUpperCase(word.charAt(0)) && word.indexOf('.') < 0
                && !GivenNames.contains(word) && !QuoteLexicon.NAME_SUFFIXES.contains(word);
    }

    /** How many takeovers a resolution follows: one in any real text, bounded for hostile ones. */
    private static final int MAX_TAKEOVERS = 4;

    /** Pronouns that name no one in particular: "Nobody knows …", "Everyone agrees …". */
    private static final Set<String> INDEFINITE_PRONOUNS = Set.of("nobody", "everybody", "somebody", "anybody",
            "everyone", "someone", "anyone");

    /**
     * Whether {@code word}, a speaker named by one capitalised word and no title, names no person:
     * an indefinite pronoun ("Nobody knows …"), or a common noun ("Research shows …", "Movement
     * supports …") that the page writes in lower case too and never as a given name or a surname.
     * No "he" or "she" after it means it.
     */
    private static boolean namesNoPerson(String word) {
        return INDEFINITE_PRONOUNS.contains(word.toLowerCase(Locale.ROOT))
                || PageNames.writtenInLowerCase(word) && !GivenNames.contains(word) && !PageNames.isSurname(word);
    }

    private void addTitle(Entity e, String title) {
        if (title == null || title.isEmpty()) {
            return;
        }
        e.add(title, null);
        if (e.gender == 0) {
            e.gender = Genders.ofTitle(title);
        }
        String lower = title.toLowerCase(Locale.ROOT);
        byTitleWord.put(lower, e);
        byTitleWord.put(headWord(lower), e);
    }

    /** Prepositions after a title's head: "secretary of state", "teniente de alcalde". */
    private static final List<String> HEAD_ENDS = List.of(" of ", " de ", " del ", " du ", " des ", " di ", " della ");

    /**
     * The word a title is named by alone: its last ("police chief" → chief), or the word before
     * its "of" ("secretary of state" → secretary; "teniente de alcalde" → teniente, no mayor).
     */
    private static String headWord(String lowerTitle) {
        int cut = lowerTitle.length();
        for (String p : HEAD_ENDS) {
            int i = lowerTitle.indexOf(p);
            if (i > 0 && i < cut) {
                cut = i;
            }
        }
        String head = lowerTitle.substring(0, cut);
        return head.substring(head.lastIndexOf(' ') + 1);
    }

    /** The person last named as a speaker, and the paragraph of that mention. */
    private Entity lastNamed;
    private int lastNamedParagraph = -1;

    /**
     * The person or group a pronoun stands for. A gendered pronoun after the person's name in
     * the same paragraph shows the gender the text had not ("Levin sees … “…,” he says" makes
     * Levin a man), so a later "she" does not go to him. A pronoun that goes to a person by
     * recency alone teaches nothing: a wrong guess would spread.
     */
    private Entity pronounTeaching(String p) {
        Entity e = pronoun(p);
        if (e != null && e.person && e.gender == 0 && e == lastNamed && lastNamedParagraph == paragraph) {
            e.gender = genderOf(p);
        }
        return e;
    }

    /** 'm' for he, 'f' for she (in the languages of {@link QuoteLexicon#FOREIGN_PRONOUNS} too), else 0. */
    private static char genderOf(String pronoun) {
        return switch (pronoun) {
            case "he" -> 'm';
            case "she" -> 'f';
            default -> {
                Character g = QuoteLexicon.FOREIGN_PRONOUNS.get(pronoun);
                yield g == null ? 0 : g;
            }
        };
    }

    private Entity pronoun(String p) {
        return switch (p) {
            // "I" outside quotation marks is the writer, never the person the text named last
            // ("“Your Honor,” I said" went to the writer's lawyer)
            case "i" -> null;
            case "they", "we" -> recentGroup();
            // "it" is one body: a group named in the plural ("Users", "Companies") is not it
            case "it" -> {
                Entity group = recentGroup();
                yield group != null && (looksPlural(group.name) || learnedPairs.contains(group)) ? null : group;
            }
            default -> {
                // he and she, and the other languages' ("Er sagte", "elle a déclaré")
                char g = genderOf(p);
                Entity e = g == 0 ? null : recentPerson(g);
                yield e == null && g != 0 ? fallbackPerson(g) : e;
            }
        };
    }

    /** Paragraphs after the group's last mention in which "it", "they" or "we" may still stand for it. */
    private static final int MAX_GROUP_PRONOUN_GAP = 2;

    /**
     * The last group quoted, if it was quoted within {@link #MAX_GROUP_PRONOUN_GAP} paragraphs: a
     * text moves on from a body faster than from a person, and "It suggests …" ten paragraphs
     * after The New York Times spoke is about something else.
     */
    private Entity recentGroup() {
        Entity best = lastGroup != null && paragraph - lastGroupParagraph <= MAX_GROUP_PRONOUN_GAP ? lastGroup : null;
        int bestAt = best == null ? -1 : lastGroupParagraph;
        for (int i = learnedPairs.size() - 1; i >= 0; i--) {
            int at = learnedPairsAt.get(i);
            if (at <= paragraph) {
                // a pair the text introduced in this very paragraph, unless a group was quoted in it
                return at == paragraph && at > bestAt ? learnedPairs.get(i) : best;
            }
        }
        return best;
    }

    /**
     * The end of a second full name after the one ending at word {@code end}, joined by "and"
     * ("Peter Boone and Simon Johnson"), each of two or three words and opening with a given
     * name; -1 when none follows.
     */
    private static int pairedNameEnd(String[] w, int end) {
        if (end + 2 >= w.length || !w[end].equals("and") || w[end - 1].endsWith(",") || !GivenNames.contains(w[end + 1])) {
            return -1;
        }
        int pairEnd = possessiveEnd(w, end + 1, MentionParser.nameEnd(w, end + 1, w.length));
        String last = w[pairEnd - 1];
        boolean initial = last.endsWith(".") && last.length() <= 3;
        return pairEnd - (end + 1) >= 2 && pairEnd - (end + 1) <= MAX_UNTITLED_NAME_WORDS && !initial ? pairEnd : -1;
    }

    /**
     * Whether the capitalised words before word {@code k}, back to the sentence's start, hold a
     * comma: the name ends a list ("(Samuel A. Alito Jr., John G. Roberts Jr., Clarence Thomas and
     * Anthony M. Kennedy)"), which opens no sentence of its own.
     */
    private static boolean inList(String[] w, int k) {
        for (int j = k - 1; j >= 0 && !endsSentence(w[j]) && !w[j].isEmpty()
                && (Character.isUpperCase(w[j].charAt(0)) || w[j].charAt(0) == '('); j--) {
            if (w[j].endsWith(",") || w[j].startsWith("(")) {
                return true;
            }
        }
        return false;
    }

    /**
     * "the analysts", "my students", "Users": a group named by a plural noun in lower case, or by
     * one capitalised plural source noun; a capitalised name ("The Ministry of Foreign Affairs",
     * "United Airlines") is one body.
     */
    private static boolean looksPlural(String name) {
        // the head noun is the last word or, before a preposition, the word before it ("Researchers
        // at Harvard and all around the world", "the terms of the deal")
        String[] w = name.split(" ");
        for (int k = 1; k < w.length; k++) {
            if (QuoteLexicon.PREPOSITIONS.contains(w[k])) {
                if (isPluralHead(w, k - 1)) {
                    return true;
                }
                break;
            }
        }
        return isPluralHead(w, w.length - 1);
    }

    /** Whether word {@code k} of a group's name is a plural head: in lower case, or a source noun opening it. */
    private static boolean isPluralHead(String[] w, int k) {
        String word = w[k];
        String lower = word.toLowerCase(Locale.ROOT);
        boolean plural = lower.length() > 3 && lower.endsWith("s") && !lower.endsWith("ss") && !lower.endsWith("us")
                && !lower.endsWith("is");
        return plural && (Character.isLowerCase(word.charAt(0)) || k == 0 && QuoteLexicon.SOURCE_NOUNS.contains(lower));
    }

    private void remember(Entity e) {
        recentPeople.remove(e);
        recentPeople.addLast(e);
        if (recentPeople.size() > MAX_RECENT_PEOPLE) {
            recentPeople.removeFirst();
        }
    }

    /**
     * The person a pronoun of {@code gender} ('m', 'f', or 0 for any) refers to: the most recent
     * one, unless the text shows that person is of the other gender ("Mr.", "Mrs.", a given name);
     * then the most recent person the text shows to be of this gender, or none: better no speaker
     * than the wrong one.
     */
    private Entity recentPerson(char gender) {
        Entity best = recentPerson();
        if (best == null || gender == 0 || best.gender == 0 || best.gender == gender) {
            return best;
        }
        var it = recentPeople.descendingIterator();
        while (it.hasNext()) {
            Entity e = it.next();
            if (e.gender == gender) {
                return e;
            }
        }
        // "Mayor John Smith met Ana Ruiz. … “…,” she said. “…,” he said.": the person the text
        // introduced, though not yet quoted
        for (int i = learned.size() - 1; i >= 0; i--) {
            if (learnedBefore(i) && learned.get(i).gender == gender) {
                return learned.get(i);
            }
        }
        // "Jessica Mendoza replaced Schilling. … “…,” he suggested": the person just quoted, whose
        // gender the text has not shown, rather than the introduced one it shows to be the other
        if (lastPerson != null && lastPerson != best && lastPerson.gender == 0
                && paragraph - lastPersonParagraph <= LAST_SPEAKER_REACH) {
            return lastPerson;
        }
        return null;
    }

    /** Paragraphs after the last quoted person in which a pronoun of unshown gender may still be them. */
    private static final int LAST_SPEAKER_REACH = 1;

    /** The last person quoted, or a person introduced since in a paragraph up to this one. */
    private Entity recentPerson() {
        Entity best = lastPerson;
        int bestAt = lastPersonParagraph;
        for (int i = learned.size() - 1; i >= 0; i--) {
            if (learnedBefore(i)) {
                if (learnedAt.get(i) > bestAt) {
                    best = learned.get(i);
                }
                break;
            }
        }
        return best;
    }

    /**
     * {@code e}, unless the mention names where the role is held ("el alcalde de Bédar") and
     * {@code e} is shown to hold it elsewhere (the mayor of Lubrín) and not there.
     */
    private static Entity servesThere(Entity e, String affiliation) {
        if (e == null || affiliation == null || affiliation.isBlank()) {
            return e;
        }
        String a = affiliation.toLowerCase(Locale.ROOT);
        boolean elsewhere = false;
        for (String x : e.affiliations) {
            String l = x.toLowerCase(Locale.ROOT);
            if (l.contains(a) || a.contains(l)) {
                return e;
            }
            elsewhere = true;
        }
        for (String t : e.titles) {
            String l = t.toLowerCase(Locale.ROOT);
            if (l.contains(a)) {
                return e;
            }
            elsewhere |= l.contains(" of ") || l.contains(" de ") || l.contains(" du ") || l.contains(" von ");
        }
        return elsewhere ? null : e;
    }

    private Entity byTitle(String title) {
        String lower = title.toLowerCase(Locale.ROOT);
        Entity e = byTitleWord.get(lower);
        return e != null ? e : byTitleWord.get(headWord(lower));
    }

    private Entity group(Mention m) {
        if (m.title() == null && m.affiliation() == null && MentionParser.isIndefinite(m.text())) {
            // "another says", "a senior official said": the quote has a mention but no known speaker
            return null;
        }
        if (m.title() == null && m.affiliation() == null && firstCompany != null && isCompanyReference(m.text())) {
            // "Dow Chemical Co said …. The company said …": the story's company
            return firstCompany;
        }
        Entity named = m.title() == null && m.affiliation() == null ? bodyByHeadNoun(m.text()) : null;
        if (named != null) {
            // "the Agriculture Department said …. The department said …": the body the text named
            return named;
        }
        if (!m.text().contains(" ")) {
            // "Fox said": a surname that is also an organisation word ("Fox", "Post", "Church")
            Entity known = bySurname(m.text());
            if (known != null) {
                return known;
            }
        }
        if (m.affiliation() != null && m.title() != null && !hasUpperCase(m.affiliation())
                && m.text().endsWith("the " + m.affiliation())) {
            // "a spokesman for the senator", "a spokeswoman for the company": whom the role speaks
            // for is described, not named; the senator named before, or nobody (never "company";
            // "a spokesperson for flydubai" names it)
            return byTitle(m.affiliation());
        }
        String name = m.affiliation() != null && m.title() != null ? m.affiliation() : m.text();
        Entity e = findOrAdd(name, false);
        return e;
    }

    /**
     * The body a definite description means by its one noun ("the department", "the bank"): the
     * first body the text quoted whose proper name has that noun for its head ({@link
     * #properNameHead}: "the U.S. Agriculture Department", "Bank of England"); null when the
     * description is no such or none does.
     */
    private Entity bodyByHeadNoun(String text) {
        int space = text.indexOf(' ');
        if (space != 3 || !text.regionMatches(true, 0, "the", 0, 3) || text.indexOf(' ', space + 1) >= 0) {
            return null;
        }
        String noun = text.substring(space + 1);
        if (noun.isEmpty() || !Character.isLowerCase(noun.charAt(0))) {
            return null;
        }
        for (Entity e : quotedBodies) {
            String head = properNameHead(e.name);
            if (head != null && head.equalsIgnoreCase(noun)) {
                return e;
            }
        }
        return null;
    }

    /**
     * The capitalised head noun ({@link #headIndex}) of a body's proper name, or null when the name
     * is no proper name of one body: a word alone or first with nothing capitalised after its "of"
     * ("Officials", "Organizers of the push …", capitalised only where a sentence opens), or two
     * bodies joined ("Bank of America and Citigroup").
     */
    private static String properNameHead(String name) {
        String[] w = name.split(" ");
        int first = w[0].equalsIgnoreCase("the") ? 1 : 0;
        if (first >= w.length || name.contains(" and ")) {
            return null;
        }
        int head = headIndex(w);
        if (head < first || !Character.isUpperCase(w[head].charAt(0))) {
            return null;
        }
        if (head == first && !(head + 2 < w.length && NAME_HEAD_ENDS.contains(w[head + 1])
                && Character.isUpperCase(w[head + 2].charAt(0)))) {
            return null;
        }
        return w[head];
    }

    /** Words after which a body's name says whose or what it is: "Bank of England", "Center for …". */
    private static final Set<String> NAME_HEAD_ENDS = Set.of("of", "for", "on");

    /**
     * Where the head noun of a body's name is: the word before its first "of", "for" or "on"
     * ("Bank of England" → Bank), else its last word ("U.S. Agriculture Department" → Department;
     * "State Department" is no state).
     */
    private static int headIndex(String[] w) {
        for (int k = 1; k < w.length; k++) {
            if (NAME_HEAD_ENDS.contains(w[k])) {
                return k - 1;
            }
        }
        return w.length - 1;
    }

    /** Whether {@code s} holds a capital letter: a name, not a description. */
    private static boolean hasUpperCase(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isUpperCase(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** Name parts that two people of the text share ("Hillary Clinton", "Bill Clinton"): they name neither alone. */
    private final java.util.Set<String> sharedParts = new java.util.HashSet<>();
    /** The people who share each part of {@link #sharedParts}, bounded. */
    private final java.util.Map<String, List<Entity>> partOwners = new java.util.HashMap<>();
    /** The paragraph being learned or resolved. */
    private int position;

    /** Maps a surname or first name to its person, unless another person of the text has it too. */
    private void mapPart(String part, Entity e) {
        if (sharedParts.contains(part)) {
            List<Entity> owners = partOwners.get(part);
            if (owners.size() < MAX_FACTS && !owners.contains(e)) {
                owners.add(e);
            }
            return;
        }
        Entity before = byNamePart.get(part);
        if (before != null && before != e && !samePerson(before.name, e.name)) {
            sharedParts.add(part);
            byNamePart.remove(part);
            partOwners.put(part, new ArrayList<>(List.of(before, e)));
            return;
        }
        byNamePart.put(part, e);
    }

    /**
     * The person a name part shared by several people ("Fisher": Jimbo Fisher, named again and
     * again, and a reporter Eric Fisher named once at the page's end) means at the current
     * paragraph: of those the text has introduced by then (and of the gender a courtesy title
     * shows, if any), the one it names in full at least twice as often as any other; null when
     * no one stands out so (Todd Thrasher three times, his son twice: "Thrasher" stays as written).
     */
    private Entity sharedOwner(String part, char gender) {
        Entity best = null;
        int second = 0;
        for (Entity e : partOwners.getOrDefault(part, List.of())) {
            if (e.firstSeen > position || gender != 0 && e.gender != 0 && e.gender != gender) {
                continue;
            }
            if (best == null || e.namings > best.namings) {
                second = best == null ? 0 : best.namings;
                best = e;
            } else {
                second = Math.max(second, e.namings);
            }
        }
        return best != null && best.namings >= 2 * second ? best : null;
    }

    /** "Donald Trump" and "Billionaire Donald Trump", "Marco Rubio" and "Marco A. Rubio": one person written two ways. */
    private static boolean samePerson(String a, String b) {
        if (a.equals(b) || a.endsWith(" " + b) || b.endsWith(" " + a)) {
            return true;
        }
        int sa = a.indexOf(' ');
        int sb = b.indexOf(' ');
        if (sa <= 0 || sb <= 0) {
            return false;
        }
        String ga = a.substring(0, sa);
        String gb = b.substring(0, sb);
        // "Ken Starr" and "Kenneth Starr": a given name and its short form, with one surname
        return ga.equals(gb) || a.substring(a.lastIndexOf(' ')).equals(b.substring(b.lastIndexOf(' ')))
                && Math.min(ga.length(), gb.length()) >= MIN_SHORT_NAME && (ga.startsWith(gb) || gb.startsWith(ga));
    }

    /** The fewest letters of a given name's short form: "Ken" of "Kenneth", "Dan" of "Daniel". */
    private static final int MIN_SHORT_NAME = 3;

    /**
     * The person a pronoun of the same sentence stands for when {@code subject}, the sentence's
     * subject, names a person the text knows ("Trump has blasted the system, which he said …"),
     * and the pronoun's gender does not contradict it; null otherwise. Later pronouns are not
     * bound by it: the text's last speaker stays who it was.
     */
    Entity sentenceSubject(Mention subject, String pronoun) {
        if (subject == null || subject.kind() != Mention.Kind.PERSON || subject.name() == null) {
            return null;
        }
        String name = bareName(subject.name());
        Entity e = name.contains(" ") ? byName.get(name) : bySurname(name);
        char gender = genderOf(pronoun);
        if (e == null || !e.person || gender == 0 || e.gender != 0 && e.gender != gender) {
            return null;
        }
        return e;
    }

    private Entity bySurname(String surname) {
        return bySurname(surname, (char) 0);
    }

    /** As {@link #bySurname(String)}, for a person of gender {@code gender} ('m', 'f', or 0 for either). */
    private Entity bySurname(String surname, char gender) {
        Entity e = byNamePart.get(surname);
        if (e != null) {
            return gender == 0 || e.gender == 0 || e.gender == gender ? e : null;
        }
        return sharedParts.contains(surname) ? sharedOwner(surname, gender) : null;
    }

    /**
     * The person a title names by one name: the full name already known with that surname, else
     * null. A person known by a surname alone would be taken over by the next full name with that
     * surname ("President Obama", then "the first lady, Michelle Obama").
     */
    private Entity titledSurname(String name) {
        return name.isEmpty() || name.indexOf(' ') >= 0 ? null : bySurname(name);
    }

    /** What a text calls the company it names with a legal form: "the company", "the firm". */
    private static final Set<String> COMPANY_REFERENCES = Set.of("the company", "the firm", "the corporation");

    /**
     * Whether {@code text} is what a text calls its company: one of {@link #COMPANY_REFERENCES},
     * also with where it is based ("The Houston-based company", "the New York-based firm").
     */
    private static boolean isCompanyReference(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        if (COMPANY_REFERENCES.contains(lower)) {
            return true;
        }
        int based = lower.indexOf("-based ");
        return based > 4 && lower.startsWith("the ")
                && COMPANY_REFERENCES.contains("the " + lower.substring(based + "-based ".length()));
    }

    /**
     * Which word of {@code name} is a legal form ({@link QuoteLexicon#LEGAL_FORMS}: "Boeing Co"),
     * after at least one word of the company's own; -1 when none is.
     */
    private static int legalForm(String name) {
        return legalForm(name.split(" "));
    }

    private static int legalForm(String[] w) {
        for (int k = 1; k < w.length; k++) {
            if (QuoteLexicon.LEGAL_FORMS.contains(w[k])) {
                return k;
            }
        }
        return -1;
    }

    /**
     * "Dow Chemical Co", then "Dow said" or "Dow Chemical said": the words before a company's
     * legal form ({@link QuoteLexicon#LEGAL_FORMS}), and every shorter run of them that ends with a
     * capitalised word, name the same company, unless the text already names something else so.
     */
    private void mapShortCompanyNames(String name, Entity e) {
        String[] w = name.split(" ");
        int form = legalForm(w);
        if (form < 0) {
            return;
        }
        StringBuilder prefix = new StringBuilder();
        for (int k = 0; k < form; k++) {
            prefix.append(k == 0 ? "" : " ").append(w[k]);
            if (Character.isUpperCase(w[k].charAt(0))) {
                byName.putIfAbsent(prefix.toString(), e);
            }
        }
    }

    private Entity findOrAdd(String name, boolean person) {
        Entity e = byName.get(name);
        if (e != null) {
            e.namings++;
            e.firstSeen = Math.min(e.firstSeen, position);
            return e;
        }
        e = new Entity(name, person);
        e.namings = 1;
        e.firstSeen = position;
        mapShortCompanyNames(name, e);
        if (person && name.contains(" ")) {
            // "Luke Bronin" after "Bronin" was seen alone: the full name takes over what was known.
            Entity alone = byName.get(name.substring(name.lastIndexOf(' ') + 1));
            byName.put(name, e);
            if (alone != null && alone.person && alone.name.indexOf(' ') < 0) {
                // (only a person seen by that one word: "Tim Scott" takes nothing from "Bobby Scott")
                e.affiliations.addAll(alone.affiliations);
                for (String t : alone.titles) {
                    addTitle(e, t);
                }
                byName.put(alone.name, e);
                alone.takenOverBy = e;
            }
            mapPart(e.surname(), e);
            mapPart(name.substring(0, name.indexOf(' ')), e);
            String[] w = name.split(" ");
            if (w.length == 3 && GivenNames.contains(w[0]) && isFirstSurname(w[1]) && isFirstSurname(w[2])
                    && !QuoteLexicon.ORG_WORDS.contains(w[2].toLowerCase(Locale.ROOT))
                    && !PageNames.writtenInLowerCase(w[2])) {
                // "Alejandro Martinez Cuenca", then "Martinez told reporters": the first of two surnames
                // ("Martin Parr Foundation", "Sally Ride Science" are bodies, "Ted Cruz South Carolina" no name)
                mapPart(w[1], e);
            }
            return e;
        }
        byName.put(name, e);
        return e;
    }


    private static String organisationAfter(String[] w, int from) {
        int k = from;
        if (k < w.length && (w[k].equals("the") || w[k].equals("The"))) {
            k++;
        }
        int start = k;
        while (k < w.length) {
            String word = w[k];
            String bare = withoutClauseMarks(word);
            boolean connector = bare.equals("of") || bare.equals("in") || bare.equals("the") || bare.equals("and")
                    || bare.equals("for");
            if (!(connector || !bare.isEmpty() && Character.isUpperCase(bare.charAt(0))
                    && !QuoteLexicon.NOT_NAMES.contains(bare))) {
                break;
            }
            k++;
            if (!bare.equals(word)) {
                break;
            }
        }
        while (k > start && isConnector(withoutClauseMarks(w[k - 1]))) {
            k--;
        }
        return k > start ? withoutClauseMarks(MentionParser.join(w, start, k)) : null;
    }

    /** {@code s} without the commas, periods, semicolons and colons it ends with. */
    private static String withoutClauseMarks(String s) {
        int end = s.length();
        while (end > 0 && ",.;:".indexOf(s.charAt(end - 1)) >= 0) {
            end--;
        }
        return s.substring(0, end);
    }

    private static boolean isConnector(String w) {
        return w.equals("of") || w.equals("in") || w.equals("the") || w.equals("and") || w.equals("for");
    }

    /** "Hartford police" in "Hartford police Lt. Paul Cicero"; "Hartford" in "Hartford Mayor Luke Bronin". */
    private static String affiliationBefore(String[] w, int k) {
        int j = k;
        while (j > 0 && k - j < 3) {
            String prev = w[j - 1];
            String lower = prev.toLowerCase(Locale.ROOT);
            boolean capital = MentionParser.isNameStart(prev) && !QuoteLexicon.isCue(lower);
            boolean orgNoun = lower.equals("police") || lower.equals("fire") || lower.equals("state")
                    || lower.equals("county") || lower.equals("city") || lower.equals("school");
            if (!(capital || orgNoun) || prev.endsWith(",") || prev.endsWith(".")) {
                break;
            }
            j--;
        }
        if (j == k || (j == 0 && k - j == 1 && !w[0].toLowerCase(Locale.ROOT).equals(w[0]) && k == 1
                && QuoteLexicon.NOT_NAMES.contains(w[0]))) {
            return null;
        }
        String s = MentionParser.join(w, j, k);
        return s.isEmpty() ? null : s;
    }

    /** "Vermont's Bongard": the possessor is where the person works, no part of the name. */
    private static String withoutPossessor(String name) {
        int space = name.indexOf(' ');
        if (space > 2 && name.indexOf(' ', space + 1) < 0
                && (name.startsWith("'s", space - 2) || name.startsWith("’s", space - 2))) {
            return name.substring(space + 1);
        }
        return name;
    }

    /**
     * {@code end}, or the end of the first word in {@code w[from, end)} that is a possessive: the
     * name ends there ("Marie Kondo's Tidying Up" names Marie Kondo, not a person of four words).
     */
    private static int possessiveEnd(String[] w, int from, int end) {
        for (int j = from; j < end - 1; j++) {
            if (w[j].endsWith("'s") || w[j].endsWith("’s")) {
                return j + 1;
            }
        }
        return end;
    }

    /**
     * Whether {@code word} is a surname of two letters and the sentence's stop ("Wu.", "Li."), not
     * an initial ("S.") nor a suffix ("Jr.", left to {@link Sentences#isAbbreviation}).
     */
    private static boolean isShortSurnameAtStop(String word) {
        return word.length() == 3 && word.charAt(2) == '.' && Character.isUpperCase(word.charAt(0))
                && Character.isLowerCase(word.charAt(1)) && !QuoteLexicon.NAME_SUFFIXES.contains(word);
    }

    /** {@code name} without a possessive 's, or the stop of the sentence it ends ("Michael Levin."). */
    private static String bareName(String name) {
        if (name.endsWith("’s") || name.endsWith("'s")) {
            return name.substring(0, name.length() - 2);
        }
        int space = name.lastIndexOf(' ');
        String last = name.substring(space + 1);
        if (space > 0 && (MentionParser.endsSentence(last) || isShortSurnameAtStop(last))
                && !Sentences.isAbbreviation(last)) {
            // "… intrigues biologist Michael Levin.", "Take New Yorker Roger Wu.": the sentence's
            // stop is no part of the name
            return name.substring(0, name.length() - 1);
        }
        return name;
    }
}
