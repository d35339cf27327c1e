package io.github.newsparse.internal.quotes;

import io.github.newsparse.internal.text.CharTable;
import io.github.newsparse.internal.text.Chars;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Sentence boundaries and words of a paragraph, aware of abbreviations and initials. */
final class Sentences {

    private static final Set<String> ABBREVIATIONS = Set.copyOf(java.util.Arrays.asList("mr", "mrs", "ms", "dr", "lt", "sgt", "st", "gov", "sen",
            "rep", "jr", "sr", "capt", "col", "gen", "rev", "prof", "no", "inc", "corp", "co", "vs", "v", "u.s",
            "a.m", "p.m", "det", "cpl", "cmdr", "maj", "adm", "fr", "ft", "mt", "ave", "blvd", "rd", "jan", "feb",
            "mar", "apr", "aug", "sept", "sep", "oct", "nov", "dec", "dept", "est", "approx", "e.g", "i.e", "etc",
            "pa", "ga", "fla", "calif", "conn", "mass", "mich", "minn", "wash", "ore", "tenn", "ariz", "ill", "ind",
            "ky", "la", "md", "mo", "neb", "nev", "okla", "va", "vt", "wis", "wyo", "colo", "ala", "ark", "kan", "del",
            "d.c", "n.y", "n.j", "u.k", "u.n", "ph.d", "mt", "gen", "ret"));

    /** Longest word looked at behind a period: keeps the scan linear on "……" runs. */
    private static final int MAX_WORD = 12;

    private Sentences() {
    }

    /** {@code [start, end)} pairs of the sentences of {@code p}, end past the final punctuation. */
    static List<int[]> split(String p) {
        List<int[]> out = new ArrayList<>();
        int start = 0;
        int n = p.length();
        for (int i = 0; i < n; i++) {
            if (isEnd(p, i)) {
                int e = i + 1;
                while (e < n && "\"”’')".indexOf(p.charAt(e)) >= 0) {
                    e++;
                }
                int next = e;
                while (next < n && p.charAt(next) == ' ') {
                    next++;
                }
                // "Harry Reid (D-Nev.) told reporters": a lower-case word goes on with the sentence
                boolean goesOn = next < n && Character.isLowerCase(p.charAt(next)) && p.charAt(i) == '.';
                if ((e >= n || p.charAt(e) == ' ') && !goesOn || e == i + 1 && isGluedEnd(p, i)) {
                    out.add(new int[] {start, e});
                    start = e;
                    while (start < n && p.charAt(start) == ' ') {
                        start++;
                    }
                    i = start - 1;
                }
            }
        }
        if (start < n) {
            out.add(new int[] {start, n});
        }
        return out;
    }

    /**
     * Whether the full stop at {@code i} ends a sentence that the scraper glued to the next one
     * ("… for government employees.The couple already had …"): a word of lower-case letters
     * before it, and after it a capitalised word of lower-case letters and then a space or an
     * apostrophe. A dotted name in code ("os.ReadFile(", "time.Millisecond)") or a domain has
     * other characters around its dot.
     */
    private static boolean isGluedEnd(String p, int i) {
        int n = p.length();
        if (i + 1 >= n || !Character.isUpperCase(p.charAt(i + 1))) {
            return false;
        }
        int j = i + 2;
        while (j < n && j - i <= MAX_WORD && Character.isLowerCase(p.charAt(j))) {
            j++;
        }
        if (j - (i + 1) < 2 || j >= n || " ’'".indexOf(p.charAt(j)) < 0) {
            return false;
        }
        int k = i - 1;
        while (k >= 0 && i - k <= MAX_WORD && Character.isLowerCase(p.charAt(k))) {
            k--;
        }
        return i - k > 2 && (k < 0 || p.charAt(k) == ' ');
    }

    /** The longest bracketed word ending in a stop that is an abbreviation: "(D-Wis.)", "(Ret.)". */
    private static final int MAX_BRACKETED_ABBREVIATION = 8;

    static boolean isEnd(String p, int i) {
        char c = p.charAt(i);
        if (c == '!' || c == '?') {
            return true;
        }
        if (c != '.') {
            return false;
        }
        int w = i;
        int floor = Math.max(0, i - MAX_WORD);
        while (w > floor && p.charAt(w - 1) != ' ' && "“\"(".indexOf(p.charAt(w - 1)) < 0) {
            w--;
        }
        if (w > 0 && p.charAt(w - 1) == '(' && i - w <= MAX_BRACKETED_ABBREVIATION && closesBracketInWord(p, i + 1)) {
            // "Rep. Gwen Moore (D-Wis.) said", "Sen. Chuck Schumer (D-N.Y.) said": an abbreviation in
            // brackets, not a sentence
            return false;
        }
        String word = p.substring(w, i).toLowerCase(java.util.Locale.ROOT);
        if (word.length() == 1 && Character.isLetter(word.charAt(0))) {
            return false;
        }
        if (word.contains(".") && word.length() <= 5 && opensSentence(p, i + 2)) {
            // "… attacks in the U.S. He says …": an initialism ends the sentence before a pronoun
            return true;
        }
        if (isAbbreviationKey(word) && !(word.equals("no") && !numberFollows(p, i + 1))) {
            if (closesParagraph(p, i + 1)) {
                // "… of Acme Inc." as the paragraph's last word: nothing follows it, the sentence ends
                return true;
            }
            // "U.S." ends a sentence only when a capitalised word does not follow... too rare to chase;
            // a company's legal form goes on with its name ("Toyota Motor Sales U.S.A. Inc said …")
            return i + 2 < p.length() && Character.isUpperCase(p.charAt(i + 2)) && !isTitleAbbreviation(word)
                    && !legalFormAt(p, i + 2);
        }
        return true;
    }

    /** Whether a company's legal form ({@link QuoteLexicon#LEGAL_FORMS}: "Inc", "Corp") is the word at {@code at}. */
    private static boolean legalFormAt(String p, int at) {
        int e = at;
        while (e < p.length() && e - at <= MAX_LEGAL_FORM && Character.isLetter(p.charAt(e))) {
            e++;
        }
        // "Inc said", "Corp.", never "Co-founder"
        boolean wordEnds = e == p.length() || " ,.;".indexOf(p.charAt(e)) >= 0;
        return wordEnds && e - at <= MAX_LEGAL_FORM && QuoteLexicon.LEGAL_FORMS.contains(p.substring(at, e));
    }

    /** The longest legal form read after an abbreviation: "GmbH", "Corp". */
    private static final int MAX_LEGAL_FORM = 6;

    /** Whether only closing marks and spaces follow {@code from} in {@code p}: the paragraph ends there. */
    private static boolean closesParagraph(String p, int from) {
        for (int k = from; k < p.length(); k++) {
            if ("”\"’')» ".indexOf(p.charAt(k)) < 0) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether a number follows the space after {@code from}: "No. 5", "no. 12" abbreviate
     * "number", while "shaking his head no." ends its sentence.
     */
    private static boolean numberFollows(String p, int from) {
        int k = from;
        while (k < p.length() && p.charAt(k) == ' ') {
            k++;
        }
        return k < p.length() && (Character.isDigit(p.charAt(k)) || p.charAt(k) == '#');
    }

    /** Whether a ")" comes at {@code from} or later in the same word ("Y.)" of "(D-N.Y.)"). */
    private static boolean closesBracketInWord(String p, int from) {
        for (int k = from; k < p.length() && k - from <= MAX_BRACKETED_ABBREVIATION; k++) {
            char c = p.charAt(k);
            if (c == ')') {
                return true;
            }
            if (c == ' ' || c == '(') {
                return false;
            }
        }
        return false;
    }

    /** Whether {@code word} ("Mr.", "Gov.", "U.S.") is an abbreviation that its full stop need not end a sentence after. */
    static boolean isAbbreviation(String word) {
        String w = bare(word).toLowerCase(java.util.Locale.ROOT);
        if (w.endsWith(".")) {
            w = w.substring(0, w.length() - 1);
        }
        return isAbbreviationKey(w);
    }

    /** Whether a lower-case word without its final full stop is an abbreviation: listed, or dotted and short ("u.s"). */
    private static boolean isAbbreviationKey(String w) {
        return ABBREVIATIONS.contains(w) || w.contains(".") && w.length() <= 5;
    }

    /** Words that open a sentence and never go on a name: "He", "They", "The". */
    private static final Set<String> SENTENCE_OPENERS = Set.of("He", "She", "They", "We", "It", "I",
            "The", "But", "This", "That", "His", "Her", "Their", "There");

    /** Whether a word of {@link #SENTENCE_OPENERS} starts at {@code i} (after ". "). */
    private static boolean opensSentence(String p, int i) {
        if (i <= 0 || i >= p.length() || p.charAt(i - 1) != ' ') {
            return false;
        }
        int e = i;
        while (e < p.length() && Character.isLetter(p.charAt(e)) && e - i < 6) {
            e++;
        }
        return e < p.length() && (p.charAt(e) == ' ' || p.charAt(e) == '\u2019' || p.charAt(e) == '\'')
                && SENTENCE_OPENERS.contains(p.substring(i, e));
    }

    private static boolean isTitleAbbreviation(String w) {
        return w.equals("mr") || w.equals("mrs") || w.equals("ms") || w.equals("dr") || w.equals("lt")
                || w.equals("sgt") || w.equals("st") || w.equals("gov") || w.equals("sen") || w.equals("rep")
                || w.equals("capt") || w.equals("col") || w.equals("gen") || w.equals("rev") || w.equals("prof")
                || w.equals("det") || w.equals("cpl") || w.equals("maj") || w.equals("adm") || w.equals("fr")
                || w.equals("no") || w.equals("mt") || w.equals("ft") || w.length() <= 3 && w.contains(".")
                || QuoteLexicon.isTitleWords(w + ".");
    }

    /** Words of {@code p[from, to)} as {@code [start, end)} pairs split at spaces. */
    static List<int[]> words(String p, int from, int to) {
        List<int[]> out = new ArrayList<>();
        int i = from;
        while (i < to) {
            while (i < to && p.charAt(i) == ' ') {
                i++;
            }
            int s = i;
            while (i < to && p.charAt(i) != ' ') {
                i++;
            }
            if (i > s) {
                out.add(new int[] {s, i});
            }
        }
        return out;
    }

    /** How many words {@link #words} finds in {@code p[from, to)}, without listing them. */
    /**
     * Whether {@code p[from, to)} holds at least {@code n} words, read backwards from {@code to}
     * and no further than the {@code n}th word: the cost does not grow with the range.
     */
    static boolean hasWordsBefore(String p, int from, int to, int n) {
        int found = 0;
        boolean in = false;
        for (int i = to - 1; i >= from && found < n; i--) {
            boolean word = p.charAt(i) != ' ';
            if (word && !in) {
                found++;
            }
            in = word;
        }
        return found >= n;
    }

    static int count(String p, int from, int to) {
        int n = 0;
        boolean in = false;
        for (int i = from; i < to; i++) {
            boolean word = p.charAt(i) != ' ';
            if (word && !in) {
                n++;
            }
            in = word;
        }
        return n;
    }

    /** Marks around words whose lower case is themselves: {@link #bareLowerIn} trims them without the Unicode rules. */
    private static final String CASELESS_EDGES = "“”‘’«»„‹›—–…";

    /**
     * Whether the word {@code p[from, to)}, lower-cased ({@link java.util.Locale#ROOT}) and then
     * {@link #bare}, is in {@code table}: the lookup every shape makes of a sentence's words,
     * without a string for a word of ASCII letters between ASCII or common quote marks.
     */
    static boolean bareLowerIn(CharTable table, String p, int from, int to) {
        int v = bareLowerLookup(table, p, from, to);
        return v == UNSURE ? slowBareLowerIn(table, p, from, to) : v >= 0;
    }

    /**
     * False only when the word {@code p[from, to)} is surely not in {@code table}, however it is
     * lower-cased and stripped ({@code bare(lower(w))} or {@code lower(bare(w))}, which agree on
     * the words this answers for); true when it is or may be.
     */
    static boolean bareLowerMayBeIn(CharTable table, String p, int from, int to) {
        return bareLowerLookup(table, p, from, to) != -1;
    }

    private static final int UNSURE = Integer.MIN_VALUE;

    /** The table's value for the bare lower-case word, -1 when absent, {@link #UNSURE} when not read here. */
    private static int bareLowerLookup(CharTable table, String p, int from, int to) {
        int a = Chars.bareStart(p, from, to);
        int b = Chars.bareEnd(p, a, to);
        if (!caselessEdge(p, from, a) || !caselessEdge(p, b, to)) {
            return UNSURE;
        }
        int v = table.getAsciiLower(p, a, b);
        return v == CharTable.NOT_ASCII ? UNSURE : v;
    }

    /** Whether {@code p[from, to)} holds only ASCII and {@link #CASELESS_EDGES}. */
    private static boolean caselessEdge(String p, int from, int to) {
        for (int i = from; i < to; i++) {
            if (p.charAt(i) >= 0x80 && CASELESS_EDGES.indexOf(p.charAt(i)) < 0) {
                return false;
            }
        }
        return true;
    }

    private static boolean slowBareLowerIn(CharTable table, String p, int from, int to) {
        return table.contains(bare(p.substring(from, to).toLowerCase(java.util.Locale.ROOT)));
    }

    /** A word without surrounding punctuation and quote marks. */
    static String bare(String w) {
        return io.github.newsparse.internal.text.Chars.bare(w);
    }
}
