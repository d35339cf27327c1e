package io.github.newsparse.internal.structure;

import io.github.newsparse.internal.text.GivenNames;
import io.github.newsparse.internal.text.Words;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads author names out of bylines: "By A, B and C", "By A | Staff Writer", "Posted by …",
 * "Written by …", "By ABBY GOODNOUGH" (→ "Abby Goodnough"), "A and B, Associated Press".
 * Roles and outlets are stripped ("X For Daily Mail Australia" → "X"); what is not a person's
 * name ("Email the author", "Published", "Staff") is never returned.
 */
final class BylineFinder {

    private static final int MAX_WORDS = 30;
    /** Round bullets and squares that separate the pieces of a credit line, as the middle dot does. */
    static final String ROUND_BULLETS = "●▪∙◦";
    private static final Pattern OPENER = Pattern.compile(
            "(?i)^(?:by:?|posted by|written by:?|authored by:?|article by:?|story by|words by|text by|reporting by|report by|submitted by|reported by|guide by|review by|analysis by|feature by|opinion by|column by|essay by|interview by|commentary by|author:|authors:|contributor:|contributors:|byline:"
                    + "|par:?|por:?|von:?|di|door:?|escrito por|écrit par|geschrieben von|scritto da|autor:|auteur:|autore:)\\s+"
                    + "|^(?:by|posted by|written by|author|authors):(?=(?-i:\\p{Lu}))"
                    + "|^(?-i:By|Posted by|Written by)(?=(?-i:\\p{Lu}\\p{Ll}|\\p{Lu}\\.\\s?\\p{Lu}))");
    private static final Pattern CUT = Pattern.compile(
            "\\s+(?:\\||•|·|-|/)\\s+|\\s*[—–⋅" + ROUND_BULLETS + "]\\s*|;|\\s+(?:(?i)updated|published|posted|on (?=[A-Z][a-z]+ \\d))\\b|\\s+\\d"
                    + "|(?<=[a-z])(?=Updated|Published|Posted)"
                    // "Jane Roe at 11:05 AM", "Jane Roe on Monday", "Jane Roe in Travel", "Jane Roe (@janeroe)"
                    + "|\\s+(?:at|on|in)\\s|\\s*\\(|/(?=\\p{Lu})");
    private static final Pattern SPLIT = Pattern.compile(",\\s*(?:and\\s+)?|\\s+(?:and|und|y|et|e|en)\\s+|\\s*&\\s*");
    private static final Set<String> ORGANISATION_WORDS = Set.of("news", "press", "staff", "team", "desk", "service",
            "media", "times", "post", "journal", "network", "channel", "station", "newsroom", "agency", "bureau",
            "department", "reports", "report", "editors", "editor", "editorial", "board", "wire", "wires", "services",
            "reuters", "associated", "tribune", "herald", "gazette", "daily", "weekly", "magazine", "online", "digital",
            "radio", "tv", "television", "com", "inc", "group", "company", "writer", "writers", "reporter",
            "reporters", "correspondent", "contributor", "columnist", "photographer", "author", "email", "hours", "ago",
            "minute", "minutes", "read", "published", "updated", "the");
    /** Words never in a person's name: function words and the words of interface labels. */
    private static final Set<String> NOT_NAME_WORDS = Set.copyOf(io.github.newsparse.internal.text.WordLists.read(BylineFinder.class, "not-name-words.txt"));
    /** Nouns of a person's work ("analyst", "editor", "expert"): a role printed under a name is no name. */
    private static final Set<String> WORK_NOUNS = Set.copyOf(io.github.newsparse.internal.text.WordLists.read(BylineFinder.class, "author-roles.txt"));
    static final Set<String> PARTICLES = Set.of("van", "von", "de", "del", "della", "der", "den", "da", "di",
            "du", "la", "le", "bin", "al", "el", "jr", "jr.", "sr", "sr.", "ii", "iii", "iv", "st.", "mc");
    private static final Pattern ROLE_TAIL = Pattern.compile(
            "(?i)\\s*,?\\s+(?:for|of|at|with)\\s+.*$|\\s*,?\\s+(?:staff|senior|chief|contributing|special|associate|"
                    + "managing|political|news|sports|business|investigative)?\\s*(?:writer|reporter|correspondent|"
                    + "editor|contributor|columnist|photographer)s?\\b.*$");

    /**
     * A byline's opener alone on its line, the names on the next ("By" / "Jane Roe"): pages
     * that print the opener and the author link as separate elements.
     */
    private static final Pattern OPENER_ONLY = Pattern.compile(
            "(?i)(?:by|posted by|written by|authored by|article by|story by|words by|text by|author|authors|byline|par|por|von|door"
                    + "|escrito por|écrit par|geschrieben von|scritto da|autor|autores|auteur|auteurs|autore)\s*:?");

    /** What leads into a date after the names: " on ", " | ", " - ", " am ". */
    private static final Pattern DATE_LEAD = Pattern.compile("(?:\\s+(?:on|at|am|le|el|il|em|op))?[\\s|•·" + ROUND_BULLETS + ",—–-]*$");

    private BylineFinder() {
    }

    /**
     * The names of an author field a page states in its markup: a byline's opener dropped
     * ("By …", "Author: …"), split at "and", "&" and commas, a role after the first name dropped
     * ("Jane Roe, Senior Writer").
     */
    static List<String> statedNames(String value) {
        var m = OPENER.matcher(value);
        String rest = m.lookingAt() ? value.substring(m.end()) : value;
        String inverted = surnameFirst(rest.strip());
        if (inverted != null) {
            return List.of(inverted);
        }
        List<String> out = new ArrayList<>();
        String[] pieces = SPLIT.split(rest);
        for (String piece : pieces) {
            String name = withoutCredentials(piece.strip());
            // "Jane Roe, Staff Writer": a role after the first name is not a name; "Our Editors" alone is the byline
            if (!name.isEmpty() && (out.isEmpty() || !isRoleOnly(name) && isCoAuthor(name, pieces[0].strip()))) {
                out.add(Casing.isAllCaps(name) ? Casing.normalise(name) : name);
            }
        }
        return out;
    }

    /**
     * Whether a piece after the first name of a stated author field is another author: a
     * person's name that is no role ("Dylan Bailey, MS, RD, FAND", "Rebecca Lake, CEPF®", "Nicole
     * Forbes, Master Horticulturalist & Garden Educator" name one person), or one given name
     * after another ("Linny and Peter").
     */
    private static boolean isCoAuthor(String piece, String first) {
        if (isCredential(piece)) {
            return false;
        }
        if (piece.indexOf(' ') < 0) {
            return first.indexOf(' ') < 0;
        }
        if (!isPersonName(piece)) {
            return false;
        }
        // "Garden Educator", "Master Horticulturalist": an agent noun after a word no given name is
        String[] words = piece.split(" ");
        return GivenNames.contains(words[0]) || !hasAgentEnding(words[words.length - 1]);
    }

    /**
     * Endings of agent nouns that name a role: "Educator", "Horticulturalist". Not "-er" or "-ian",
     * which many surnames have ("Fairweather", "Kardashian").
     */
    private static final List<String> AGENT_ENDINGS = List.of("or", "ist");

    /** The fewest letters of such a role noun: "Educator", "Director"; not the surnames "Taylor", "Feist". */
    private static final int MIN_AGENT_NOUN = 8;

    private static boolean hasAgentEnding(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        for (String ending : AGENT_ENDINGS) {
            if (lower.endsWith(ending) && lower.length() >= MIN_AGENT_NOUN) {
                return true;
            }
        }
        return false;
    }

    /** Degrees and licences written in mixed case ("PhD", "MSc"); all-capital ones need no list. */
    private static final Set<String> MIXED_CASE_CREDENTIALS = Set.of("phd", "msc", "bsc", "edd", "dphil", "mphil",
            "med", "drph", "pharmd", "llm", "llb", "jd", "md", "mba", "ma", "ba", "bs", "ms", "rn", "dds", "dvm");

    /** Generational suffixes, part of the name: "III", "Jr." */
    private static final Set<String> GENERATIONS = Set.of("ii", "iii", "iv", "vi", "jr", "sr");

    /** The most letters of a credential after a name: "FACS", "CEPF", "PharmD". */
    private static final int MAX_CREDENTIAL_LETTERS = 6;

    /**
     * Whether a word is a credential written after a name: two to six capital letters ("RD",
     * "CFP", "CEPF®"), or a degree in mixed case with or without dots ("Ph.D.", "MSc").
     */
    static boolean isCredential(String word) {
        StringBuilder letters = new StringBuilder(word.length());
        boolean dotted = false;
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (c == '.' || c == '®' || c == '™') {
                dotted |= c == '.';
            } else if (Character.isLetter(c)) {
                letters.append(c);
            } else {
                return false;
            }
        }
        int n = letters.length();
        if (n < 2 || n > MAX_CREDENTIAL_LETTERS || !Character.isUpperCase(letters.charAt(0))) {
            return false;
        }
        String lower = letters.toString().toLowerCase(Locale.ROOT);
        if (GENERATIONS.contains(lower)) {
            return false; // "John Roe III", "Jane Roe, Jr." belong to the name
        }
        // a mixed-case "Ma" or "Md" may be a name; "M.A." and "PhD" are degrees
        return letters.toString().equals(letters.toString().toUpperCase(Locale.ROOT))
                || (dotted || n > 2) && MIXED_CASE_CREDENTIALS.contains(lower);
    }

    /**
     * A stated name without the credentials written after it ("Jeffrey A. Slotnick CPP"), when at
     * least two words of a name in mixed case remain.
     */
    private static String withoutCredentials(String name) {
        if (Casing.isAllCaps(name)) {
            return name;
        }
        String[] words = name.split(" ");
        int end = words.length;
        while (end > 2 && isCredential(words[end - 1]) && words[end - 1].length() > 1) {
            end--;
        }
        return end == words.length ? name : String.join(" ", java.util.Arrays.copyOf(words, end));
    }

    /**
     * A name stated surname first, as catalogues and journals' tags give it ("Roe, Jane", "Roe,
     * Jane Q."): one capitalised word, a comma, one given name and its initials. The name in
     * reading order, or null.
     */
    static String surnameFirst(String value) {
        int comma = value.indexOf(',');
        if (comma <= 0 || value.indexOf(',', comma + 1) >= 0) {
            return null;
        }
        String surname = value.substring(0, comma).strip();
        String[] given = value.substring(comma + 1).strip().split(" ");
        if (surname.isEmpty() || surname.indexOf(' ') >= 0 || !Character.isUpperCase(surname.charAt(0))
                || given[0].length() < 2 || !Character.isUpperCase(given[0].charAt(0)) || given[0].endsWith(".")) {
            return null;
        }
        for (int i = 1; i < given.length; i++) {
            // "Jane Q." or "Jane Q": initials after the given name; "Jane, Staff Writer" is a role
            String w = given[i];
            if (w.isEmpty() || !Character.isUpperCase(w.charAt(0)) || w.length() > 2 || w.length() == 2 && w.charAt(1) != '.') {
                return null;
            }
        }
        String name = String.join(" ", given) + " " + surname;
        return isPersonName(name) ? name : null;
    }

    /** Whether every word of {@code s} is a role or organisation word ("Senior Staff Writer"). */
    private static boolean isRoleOnly(String s) {
        for (String w : s.toLowerCase(Locale.ROOT).split(" ")) {
            if (!ORGANISATION_WORDS.contains(w) && !ROLE_WORDS.contains(w)) {
                return false;
            }
        }
        return true;
    }

    private static final Set<String> ROLE_WORDS = Set.of("senior", "chief", "contributing", "special", "associate",
            "managing", "political", "sports", "business", "investigative", "director", "manager", "head", "lead",
            "executive", "deputy", "assistant", "former");

    /**
     * A name as scraped text glues it, tidied: printed twice in a row ("Colin Gray Colin Gray",
     * an avatar's label and the link's), or with the first word of a glued stamp after it
     * ("Jane Roe December", "Jane Roe. Last" from "Last updated").
     */
    static String tidy(String name) {
        String n = withoutFinalStop(name.strip());
        String[] words = n.split(" ");
        int half = words.length / 2;
        if (words.length >= 2 && words.length % 2 == 0
                && String.join(" ", java.util.Arrays.copyOfRange(words, 0, half)).equals(
                        String.join(" ", java.util.Arrays.copyOfRange(words, half, words.length)))) {
            return String.join(" ", java.util.Arrays.copyOfRange(words, 0, half));
        }
        if (words.length >= 3) {
            String last = words[words.length - 1];
            if (MonthNames.month(last) != 0 || MonthNames.isWeekday(last) || last.equals("Last") || last.equals("Updated")
                    || last.equals("Published")) {
                String rest = n.substring(0, n.length() - last.length()).strip();
                return rest.endsWith(".") && !rest.endsWith(" Jr.") && rest.lastIndexOf(' ') < rest.length() - 3
                        ? rest.substring(0, rest.length() - 1) : rest;
            }
        }
        return n;
    }

    /**
     * A name without the full stop of its sentence ("Jane Roe." → "Jane Roe"); an initial or an
     * abbreviation keeps its dot ("Jane R.", "John Roe Jr.").
     */
    private static String withoutFinalStop(String n) {
        if (!n.endsWith(".")) {
            return n;
        }
        int space = n.lastIndexOf(' ');
        String last = n.substring(space + 1, n.length() - 1);
        return last.length() > 2 && !PARTICLES.contains(last.toLowerCase(Locale.ROOT) + ".")
                ? n.substring(0, n.length() - 1) : n;
    }

    /** Whether the line opens like a byline ("By …", "Written by …"). */
    static boolean isByline(String line, int words) {
        return words <= MAX_WORDS && OPENER.matcher(line).lookingAt() && !names(line).isEmpty();
    }

    /** A label alone on its line for someone who is not the author: a reviewer, an editor, a photographer. */
    private static final Pattern OTHER_CREDIT_ONLY = Pattern.compile(
            "(?i)(?:medically |expert |fact[- ]checked and )?(?:reviewed|edited|fact[- ]checked|checked|photos?|photographs?"
                    + "|illustrations?|illustrated|video|produced|translated|revisado|editado|relu|édité|redigiert|"
                    + "geprüft)(?: by| por| par| von)?\s*:?");

    /** Whether the line is only the label of someone who did not write the story ("Reviewed by", "Edited by:"). */
    static boolean isOtherCreditOnly(String line) {
        return line.length() <= 40 && OTHER_CREDIT_ONLY.matcher(line).matches();
    }

    /** Whether the line opens like a byline, whatever follows ("By Type", "By Jane Roe"). */
    static boolean opensLikeByline(String line) {
        return OPENER.matcher(line).lookingAt();
    }

    /** Whether the line is only a byline's opener ("By", "Written by:", "Author"). */
    static boolean isOpenerOnly(String line) {
        return line.length() <= 20 && OPENER_ONLY.matcher(line).matches();
    }

    /** The names on the line after an opener alone ({@link #isOpenerOnly}); empty if it names nobody. */
    static List<String> namesAfterOpener(String next) {
        return Words.splitCount(next) > MAX_WORDS ? List.of() : names("By " + next);
    }

    /** The author names of a byline, in order; empty if none can be read. */
    static List<String> names(String line) {
        var m = OPENER.matcher(line);
        String rest = m.lookingAt() ? line.substring(m.end()) : line;
        var date = DateParser.find(rest);
        if (date.isPresent()) {
            // "By Jane Roe December 2, 2025": the name ends where the date starts
            rest = DATE_LEAD.matcher(rest.substring(0, date.get().start())).replaceFirst("");
        }
        var cut = CUT.matcher(rest);
        if (cut.find()) {
            rest = rest.substring(0, cut.start());
        }
        List<String> out = new ArrayList<>();
        boolean opened = m.lookingAt();
        if (opened && opensWithGerund(rest)) {
            // "By using this site, you agree to our Terms of Service and Privacy Policy.": a
            // sentence that opens with "by", not a byline
            return out;
        }
        // "Door Straps", "Di Maio": a one-word opener of another language is also a word or a
        // name of its own, so only a full name follows it
        boolean fullOpener = opened && !BARE_FOREIGN_OPENERS.contains(line.substring(0, m.end()).strip().toLowerCase(Locale.ROOT));
        String[] pieces = SPLIT.split(rest);
        // "Written by Linny and Peter": first names alone after a full opener
        boolean givenNamesOnly = fullOpener && pieces.length > 1 && givenNamesOnly(pieces);
        for (int index = 0; index < pieces.length; index++) {
            String piece = pieces[index];
            if (!out.isEmpty() && isRoleOnly(piece.strip())) {
                // "Jane Roe, Senior Director, Content & Marketing": the rest is her role
                break;
            }
            piece = withoutTrailingFunctionWord(piece.strip());
            boolean team = fullOpener && pieces.length == 1 && isTeamName(piece.strip());
            String bare = ROLE_TAIL.matcher(AFFILIATION_MARKS.matcher(piece.strip()).replaceFirst("")).replaceFirst("")
                    .strip();
            String name = team ? piece.strip() : beforeRole(bare);
            name = withoutGluedLabel(name);
            if (opened && !team && index == 0 && !isPersonName(name)) {
                // "By Maryam Maruf BBC World Service", "By Jane Roe Environment reporter": the name
                // is the capitalised words before the first that no name has ("Von Jana Roe
                // publiziert am …" too, a full name after a one-word opener)
                String head = nameHead(name);
                name = fullOpener || opensWithGivenName(head) ? head : name;
            }
            if (fullOpener && pieces.length == 1 && date.isPresent() && (isHandle(name) || isBrandName(name))) {
                // "by janeroe on December 4, 2010", "By jbat - October 19, 2012": a user name dated;
                // "Posted by IndustrySelect on Tuesday, August 29, 2023": a firm's blog signs so
                out.add(name);
                break;
            }
            if (fullOpener && pieces.length == 1 && out.isEmpty() && !isPersonName(name) && isAgency(bare)) {
                // "By Associated Press", "By NBC News": a news agency or outlet signs
                String agency = bare.regionMatches(true, 0, "the ", 0, 4) ? bare.substring(4) : bare;
                out.add(Casing.isAllCaps(agency) ? agencyCase(agency) : agency);
                break;
            }
            // "Jane Roe Executive Editor and Master Gardener": after a glued role, the rest is role too
            boolean roleFollows = !team && name.length() < bare.length();
            if (team || isPersonName(name) || (fullOpener && pieces.length == 1 || givenNamesOnly) && isSingleName(name)) {
                String n = Casing.isAllCaps(name) ? Casing.normalise(name) : name;
                if (!out.contains(n)) {
                    out.add(n);
                }
            }
            if (roleFollows) {
                break;
            }
        }
        return out;
    }

    /** Whether every piece is one word that may be a first name, one of them at least a given name ("Linny", "Peter"). */
    private static boolean givenNamesOnly(String[] pieces) {
        boolean given = false;
        for (String piece : pieces) {
            String p = piece.strip();
            if (!isSingleName(p)) {
                return false;
            }
            given |= GivenNames.contains(p);
        }
        return given;
    }

    /**
     * The name without an outlet glued to it ("Jane RoeThe West Australian") or a section or
     * interface word glued to its last word ("Jane RoeOpinion", "Jane RoeShare"): a capital
     * right after a lower-case letter that opens such a word to the end. A name's own capital ("McDonald", "DeShawn") opens none of them, and one word
     * ("IndustrySelect") is a brand's name, not a name and a label.
     */
    static String withoutGluedLabel(String name) {
        for (int i = 1; i + 4 < name.length(); i++) {
            if (name.startsWith("The ", i) && Character.isLowerCase(name.charAt(i - 1))
                    && Character.isUpperCase(name.charAt(i + 4))) {
                // "Dan RoeThe West Australian": an outlet's name glued to the author's
                return name.substring(0, i);
            }
        }
        int space = name.lastIndexOf(' ');
        if (space < 0) {
            return name;
        }
        for (int i = space + 2; i < name.length(); i++) {
            if (Character.isUpperCase(name.charAt(i)) && Character.isLowerCase(name.charAt(i - 1))) {
                String tail = name.substring(i).toLowerCase(Locale.ROOT);
                if (NOT_NAME_WORDS.contains(tail) || ORGANISATION_WORDS.contains(tail)) {
                    return name.substring(0, i);
                }
            }
        }
        return name;
    }

    /** Words of a name at most before what follows it is no name ("Jane Roe BBC World Service"). */
    private static final int MAX_HEAD_WORDS = 4;

    /**
     * The name that opens {@code piece}: its first words up to the first that no name has (a
     * word of an interface or a section, an organisation's, a lower-case word that is no
     * particle, a word in capitals after two words, a word with other than letters), when they
     * read as a person's name; else the piece unchanged.
     */
    static String nameHead(String piece) {
        String[] words = piece.strip().split(" ");
        int end = 0;
        boolean capitalisedStop = false;
        while (end < words.length && end < MAX_HEAD_WORDS + 1) {
            String w = words[end];
            String lower = w.toLowerCase(Locale.ROOT);
            boolean plainStop = w.isEmpty() || !hasNameCharsOnly(w) || Character.isLowerCase(w.charAt(0)) && !PARTICLES.contains(lower)
                    || end >= 2 && w.length() >= 2 && Casing.isAllCaps(w);
            if (plainStop) {
                break;
            }
            if (NOT_NAME_WORDS.contains(lower) || ORGANISATION_WORDS.contains(lower)) {
                // a capitalised word of a section or a firm: "Citadel Financial Tips" is a title
                // unless what comes before it opens with a given name ("Mark Kinver Environment reporter")
                capitalisedStop = true;
                break;
            }
            end++;
        }
        if (end < 2 || end > MAX_HEAD_WORDS || end == words.length) {
            return piece;
        }
        String head = String.join(" ", java.util.Arrays.copyOfRange(words, 0, end));
        return isPersonName(head) && (!capitalisedStop || opensWithGivenName(head) || isInitial(words[0])) ? head : piece;
    }

    /** Whether a word is an initial: one capital and a full stop ("A." of "A. J. Neal"). */
    static boolean isInitial(String w) {
        return w.length() == 2 && Character.isUpperCase(w.charAt(0)) && w.charAt(1) == '.';
    }

    /** Letters an acronym in an agency's name has at most ("ABC NEWS" gives "ABC News"). */
    private static final int MAX_ACRONYM = 3;

    /** An agency's name printed in capitals, in title case but for its short acronyms. */
    private static String agencyCase(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (String w : s.split(" ")) {
            if (out.length() > 0) {
                out.append(' ');
            }
            out.append(w.length() <= MAX_ACRONYM ? w : w.charAt(0) + w.substring(1).toLowerCase(Locale.ROOT));
        }
        return out.toString();
    }

    /** The last words of a news agency's or outlet's name in a byline ("Associated Press", "NBC News"). */
    private static final Set<String> AGENCY_TAILS = Set.of("press", "news", "agency", "wire", "wires", "service",
            "services", "bureau", "network", "newsroom");
    /** Words an agency's name in a byline has at most ("The Associated Press", "Agence France-Presse"). */
    private static final int MAX_AGENCY_WORDS = 4;

    /**
     * Whether a byline's whole signature is a news agency or outlet: two or more capitalised
     * words ending in an agency word ("Associated Press", "NBC News", "The Canadian Press").
     */
    static boolean isAgency(String s) {
        String[] words = s.strip().split(" ");
        if (words.length < 2) {
            return false; // "By ROLE" heads a menu; an acronym alone is no evidence of an agency
        }
        if (words.length > MAX_AGENCY_WORDS || !AGENCY_TAILS.contains(words[words.length - 1].toLowerCase(Locale.ROOT))) {
            return false;
        }
        for (String w : words) {
            if (w.isEmpty() || !Character.isUpperCase(w.charAt(0))) {
                return false;
            }
        }
        return true;
    }

    /** Capitalised function words a byline's names run into: "By Jane Roe In Travel", "By Jane Roe On". */
    private static final Set<String> TRAILING_LEADS = Set.of("In", "On", "At", "For", "From", "With", "Under", "About");

    /** The piece without the capitalised function word that ends it: "Sara Harberson In" gives "Sara Harberson". */
    private static String withoutTrailingFunctionWord(String piece) {
        int space = piece.lastIndexOf(' ');
        // a name of two words or more stays: "Audiophile On" is one name
        return space > 0 && TRAILING_LEADS.contains(piece.substring(space + 1)) && piece.lastIndexOf(' ', space - 1) > 0
                ? piece.substring(0, space).strip() : piece;
    }

    /**
     * Affiliation markers glued to a name's end, as journals print them ("Jane Roe1,2",
     * "Jane Roe0", "Jane Roe*", "Jane Roe†"): the name ends before them.
     */
    private static final Pattern AFFILIATION_MARKS = Pattern.compile(
            "(?<=\\p{Ll})[0-9\u00b9\u00b2\u00b3\u2070-\u2079*\u2020\u2021]+$");

    /** Whether the text opens with a lower-case word in -ing ("using", "clicking", "signing"). */
    private static boolean opensWithGerund(String rest) {
        int i = 0;
        while (i < rest.length() && (rest.charAt(i) == ' ' || rest.charAt(i) == ':')) {
            i++;
        }
        int start = i;
        while (i < rest.length() && Character.isLowerCase(rest.charAt(i))) {
            i++;
        }
        return i - start > 4 && rest.startsWith("ing", i - 3) && (i == rest.length() || !Character.isLetter(rest.charAt(i)));
    }

    /** Openers of other languages that are one short word ("par", "door"), without a colon. */
    private static final Set<String> BARE_FOREIGN_OPENERS = Set.of("par", "por", "von", "di", "door");

    /** Words a name has before a role glued to it may start ("Jane R Head Product Launches" → "Jane R"). */
    private static final int NAME_BEFORE_ROLE = 2;

    /**
     * The name before a capitalised role word or outlet glued after it, from its third word on:
     * "Jane R Head Product Launches" → "Jane R", "Jane Roe The Associated Press" → "Jane Roe".
     */
    private static String beforeRole(String name) {
        String[] words = name.split(" ");
        for (int i = NAME_BEFORE_ROLE; i < words.length; i++) {
            String lower = words[i].toLowerCase(Locale.ROOT);
            if (!words[i].isEmpty() && Character.isUpperCase(words[i].charAt(0))
                    && (ROLE_WORDS.contains(lower) || ORGANISATION_WORDS.contains(lower))) {
                return String.join(" ", java.util.Arrays.copyOfRange(words, 0, i));
            }
        }
        return name;
    }

    /**
     * One capitalised word after an explicit opener ("Written by Kristin"), or a handle that
     * joins a name's words ("By: ShawnHymel"): a first name or a pen name, never an organisation
     * or role word.
     */
    /** Whether {@code lower} is a word that opens a role ("senior", "contributing", "staff"). */
    static boolean isRoleWord(String lower) {
        return ROLE_WORDS.contains(lower);
    }

    static boolean isSingleName(String s) {
        if (s.length() < 3 || s.length() > 20 || !Character.isUpperCase(s.charAt(0))
                || ORGANISATION_WORDS.contains(s.toLowerCase(Locale.ROOT)) || NOT_NAME_WORDS.contains(s.toLowerCase(Locale.ROOT))
                || MonthNames.month(s) != 0
                || MonthNames.isWeekday(s)) {
            return false;
        }
        int joined = 0;
        for (int i = 1; i < s.length(); i++) {
            char c = s.charAt(i);
            // a capital only right after a lower-case letter and before one: "ShawnHymel", not "NASA" or "SEOs"
            boolean join = Character.isUpperCase(c) && Character.isLowerCase(s.charAt(i - 1))
                    && i + 1 < s.length() && Character.isLowerCase(s.charAt(i + 1));
            if (!Character.isLowerCase(c) && !join) {
                return false;
            }
            if (join && joined++ == 0 && !GivenNames.contains(s.substring(0, i))) {
                // a joined name opens with a given name: "ShawnHymel", not "HomeAdvisor" or "TurboTax"
                return false;
            }
        }
        return joined <= 1;
    }

    /**
     * One word in capitals and lower case joined ("IndustrySelect", "HomeAdvisor"): a firm's name,
     * which signs its blog's posts after an explicit opener and before a date.
     */
    static boolean isBrandName(String s) {
        if (s.length() < MIN_HANDLE || s.length() > MAX_HANDLE || !Character.isUpperCase(s.charAt(0))) {
            return false;
        }
        int capitals = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!Character.isLetter(c)) {
                return false;
            }
            capitals += Character.isUpperCase(c) ? 1 : 0;
        }
        String lower = s.toLowerCase(Locale.ROOT);
        return capitals >= 2 && capitals < s.length() && !ORGANISATION_WORDS.contains(lower)
                && !NOT_NAME_WORDS.contains(lower);
    }

    /** Characters a handle has at least and at most ("infuy", "jane_roe42"). */
    private static final int MIN_HANDLE = 3;
    private static final int MAX_HANDLE = 24;

    /**
     * A user name in lower case after "by" on a dated credit line ("Posted on July 1, 2024 by
     * infuy"): one word of letters, digits and underscores, never a word of an interface label,
     * an organisation or a date.
     */
    static boolean isHandle(String s) {
        if (s.length() < MIN_HANDLE || s.length() > MAX_HANDLE || !Character.isLowerCase(s.charAt(0))) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!(Character.isLetterOrDigit(c) || c == '_')) {
                return false;
            }
        }
        return !ORGANISATION_WORDS.contains(s) && !NOT_NAME_WORDS.contains(s) && MonthNames.month(s) == 0
                && !MonthNames.isWeekday(s);
    }

    /** The last word of a team that signs a story ("the Lavazza Team", "EcoCult Staff", "Our Editors"). */
    private static final Set<String> TEAM_WORDS = Set.of("team", "staff", "editors", "desk");

    /**
     * A team credited after an explicit opener ("By the Lavazza Team", "written by Our Editors"):
     * capitalised words ending in a team word, an article or "our" first. A team word alone
     * ("By Staff") names nobody.
     */
    static boolean isTeamName(String s) {
        String[] words = s.split(" ");
        if (words.length < 2 || words.length > 5 || !TEAM_WORDS.contains(words[words.length - 1].toLowerCase(Locale.ROOT))) {
            return false;
        }
        for (int i = 0; i < words.length; i++) {
            String w = words[i];
            boolean lead = i == 0 && (w.equalsIgnoreCase("the") || w.equalsIgnoreCase("our"));
            // the team word itself may be in lower case ("The Currency editors", "the CNN team")
            boolean teamWord = i == words.length - 1;
            if (w.isEmpty() || !lead && !teamWord && !Character.isUpperCase(w.charAt(0))) {
                return false;
            }
        }
        return !(words.length == 2 && (words[0].equalsIgnoreCase("the") || words[0].equalsIgnoreCase("our"))
                && !words[1].equalsIgnoreCase("editors"));
    }

    /** Whether every character of a word is one a name's word has: letters, ".", "'", "’", "-". */
    private static boolean hasNameCharsOnly(String w) {
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            if (!(Character.isLetter(c) || c == '.' || c == '\'' || c == '’' || c == '-')) {
                return false;
            }
        }
        return true;
    }

    /** Whether a lower-case letter is followed by two capitals ("AfricaPREMIUM"; "McDonald" is not). */
    private static boolean gluedCapitals(String w) {
        for (int i = 2; i < w.length(); i++) {
            if (Character.isLowerCase(w.charAt(i - 2)) && Character.isUpperCase(w.charAt(i - 1))
                    && Character.isUpperCase(w.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** Titles that open a person's name ("Dr. Jane Roe", "Prof Allen"). */
    private static final Set<String> HONORIFICS = Set.of("Dr.", "Dr", "Prof.", "Prof", "Mr.", "Mrs.", "Ms.", "Mr", "Mrs",
            "Ms", "Sir", "Dame");

    /** Whether the text opens with a common given name or a personal title ("Lisa Pham", "Dr. Allen"). */
    static boolean opensWithGivenName(String s) {
        int space = s.indexOf(' ');
        String first = space < 0 ? s : s.substring(0, space);
        return GivenNames.contains(first) || HONORIFICS.contains(first);
    }

    /** {@code s} with only its letters a to z ("o'neil" gives "oneil"). */
    private static String asciiLetters(String s) {
        StringBuilder b = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean letter = c >= 'a' && c <= 'z';
            if (!letter && b == null) {
                b = new StringBuilder(s.length()).append(s, 0, i);
            } else if (letter && b != null) {
                b.append(c);
            }
        }
        return b == null ? s : b.toString();
    }

    /** Two to four capitalised words, letters only, none of them an organisation word. */
    static boolean isPersonName(String s) {
        if (s.isEmpty()) {
            return false;
        }
        String[] words = s.split(" ");
        if (words.length < 2 || words.length > 5) {
            return false;
        }
        int capitalised = 0;
        for (int i = 0; i < words.length; i++) {
            String w = words[i];
            if (w.isEmpty()) {
                return false; // two spaces in a row: not a name as a line prints it
            }
            String lower = w.toLowerCase(Locale.ROOT);
            String letters = asciiLetters(lower);
            // "Senior Analyst", "Product Manager" under a name are its role; a role before a given name
            // is a title ("Chef John")
            boolean role = (WORK_NOUNS.contains(lower) || ROLE_WORDS.contains(lower))
                    && !(i + 1 < words.length && io.github.newsparse.internal.text.GivenNames.contains(words[i + 1]));
            if (!isInitial(w) && (ORGANISATION_WORDS.contains(letters) || NOT_NAME_WORDS.contains(letters) || role
                    || MonthNames.isWeekday(letters))) {
                // an initial ("A. J. Neal") is never the word it spells
                return false;
            }
            if (!hasNameCharsOnly(w)) {
                return false;
            }
            if (gluedCapitals(w)) {
                // "AfricaPREMIUM": a word glued to a label in capitals
                return false;
            }
            if (Character.isUpperCase(w.charAt(0))) {
                capitalised++;
            } else if (!PARTICLES.contains(lower)) {
                return false;
            }
        }
        return capitalised >= 2;
    }
}
