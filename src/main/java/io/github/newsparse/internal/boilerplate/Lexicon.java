package io.github.newsparse.internal.boilerplate;

import io.github.newsparse.internal.text.PrefixTrie;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The boilerplate lexicon of {@code rules.txt}, compiled into hash lookups: whole-line phrases,
 * line-start phrases and contained phrases are found by looking up each word n-gram of the line,
 * so matching is linear in the line's length whatever the lexicon's size.
 */
final class Lexicon {

    /** Longest phrase, in words, that 'start' and 'has' rules may use. */
    static final int MAX_PHRASE_WORDS = 8;

    private static final Set<String> ADDRESS = Set.of("you", "your", "yours", "we", "our", "us", "ours");

    private final Map<String, Section> lines = new HashMap<>();
    /**
     * The {@code start} phrases in file order: a line meets only the phrases it starts with, and the
     * first in file order still wins.
     */
    private final PrefixTrie<Section> starts = new PrefixTrie<>();
    private final Map<String, Section> contains = new HashMap<>();
    private final Map<String, Section> hints = new HashMap<>();
    /** For each first word of a phrase, the lengths of the phrases it starts: one lookup per word. */
    private final Map<String, int[]> containsLengths = new HashMap<>();
    private final Map<String, int[]> hintLengths = new HashMap<>();
    private final List<Regex> regexes = new ArrayList<>();
    /** The {@code tail} phrases: what opens a credit printed at the end of its caption's line. */
    private final PrefixTrie<String> tails = new PrefixTrie<>();
    private final Set<String> stopwords;
    /** The stop words, as shared strings for {@link Folding#words(String, Folding.Vocabulary)}. */
    private final Folding.Vocabulary vocabulary;

    /** One [section] of the file with its options. */
    record Section(Target target, int maxWords, boolean address) {
    }

    /**
     * A regex rule; an anchored one ({@link #isAnchored}) is tried with lookingAt(), without the
     * scan. Each thread reuses one matcher per rule instead of making one per line.
     */
    private record Regex(Pattern pattern, Section section, boolean anchored, String literal,
                         ThreadLocal<Matcher> matcher) {

        Regex(Pattern pattern, Section section, boolean anchored) {
            this(pattern, section, anchored, requiredLiteral(pattern.pattern()),
                    ThreadLocal.withInitial(() -> pattern.matcher("")));
        }

        boolean matches(String folded) {
            if (literal != null && !folded.contains(literal)) {
                return false; // every match holds the literal: the pattern need not run
            }
            Matcher m = matcher.get().reset(folded);
            boolean found = anchored ? m.lookingAt() : m.find();
            m.reset(""); // holds no line of the page after the call
            return found;
        }
    }

    private Lexicon(Set<String> stopwords) {
        this.stopwords = stopwords;
        this.vocabulary = new Folding.Vocabulary(stopwords);
    }

    private static final Lexicon DEFAULT = load();

    static Lexicon standard() {
        return DEFAULT;
    }

    Set<String> stopwords() {
        return stopwords;
    }

    /** The stop words' shared strings ({@link Folding.Vocabulary}). */
    Folding.Vocabulary vocabulary() {
        return vocabulary;
    }

    /**
     * The category of a heading that closes a story ("Related stories", "Comments", "Tags"), or
     * null when the line is no such heading.
     */
    io.github.newsparse.BoilerplateCategory closingHeading(String folded) {
        Section s = lines.get(folded);
        if (s == null || s.target().category() == null) {
            return null;
        }
        return switch (s.target().category()) {
            case RELATED, COMMENTS, TAGS -> s.target().category();
            default -> null;
        };
    }

    /** Whether the words hold a caption hint ("photo", "screenshot", "pictured"). */
    boolean captionHint(String[] words) {
        for (int i = 0; i < words.length; i++) {
            int[] lengths = hintLengths.get(words[i]);
            if (lengths == null) {
                continue;
            }
            for (int k : lengths) {
                if (i + k > words.length) {
                    continue;
                }
                Section s = hints.get(join(words, i, k));
                if (s != null) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * The {@code tail} phrase that {@code lower} (a lower-cased line) opens at {@code from}, ending
     * at a word's end or with a punctuation mark ("photo:", "ap photo/"), or null.
     */
    String creditTailAt(String lower, int from) {
        return tails.first(lower, from, (phrase, v) -> {
            int end = from + phrase.length();
            return end >= lower.length() || !Character.isLetterOrDigit(lower.charAt(end))
                    || !Character.isLetterOrDigit(phrase.charAt(phrase.length() - 1));
        });
    }

    /** The target of the first rule that names {@code folded}, or null. */
    Target match(String folded, String[] words) {
        Section s = lines.get(folded);
        if (s != null) {
            return s.target();
        }
        int n = words.length;
        s = starts.first(folded, (p, section) -> n <= section.maxWords()
                && (folded.length() == p.length() || !Character.isLetterOrDigit(folded.charAt(p.length()))
                    || !Character.isLetterOrDigit(p.charAt(p.length() - 1))));
        if (s != null) {
            return s.target();
        }
        Target t = matchContains(folded, words);
        if (t != null) {
            return t;
        }
        for (Regex r : regexes) {
            if (n <= r.section().maxWords() && r.matches(folded)) {
                return r.section().target();
            }
        }
        return null;
    }

    private Target matchContains(String folded, String[] words) {
        int n = words.length;
        Section found = null;
        int hits = 0;
        for (int i = 0; i < n; i++) {
            int[] lengths = containsLengths.get(words[i]);
            if (lengths == null) {
                continue;
            }
            for (int k : lengths) {
                if (i + k > n) {
                    continue;
                }
                Section s = contains.get(join(words, i, k));
                if (s != null && n <= s.maxWords()) {
                    if (found == null || found == s) {
                        found = s;
                        hits++;
                    }
                }
            }
        }
        if (found == null) {
            return null;
        }
        // a second hit stands for the reader's address only in a short line ("Donors and members
        // make this possible"): a paragraph about donations and donors is a story about them
        if (found.address() && (hits < 2 || words.length > MAX_UNADDRESSED_WORDS) && !addressesReader(folded, words)) {
            return null;
        }
        if (found.address() && isReportedSpeech(folded)) {
            return null;
        }
        if (found.target().role() == io.github.newsparse.BlockRole.CREDIT && isReportedSpeech(folded)
                && !folded.contains("photo") && !folded.contains("image")) {
            // "Ruiz told The Associated Press that the levee would hold.": a sentence that names an
            // agency is the story's; a photo's credit says no one said anything
            return null;
        }
        return found.target();
    }

    /** Words an appeal that does not speak to the reader has at most. */
    private static final int MAX_UNADDRESSED_WORDS = 20;

    /** Whether a line speaks to the reader: appeals do, stories about donations rarely do. */
    private static boolean addressesReader(String folded, String[] words) {
        for (String w : words) {
            if (ADDRESS.contains(w)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isReportedSpeech(String folded) {
        return folded.indexOf('"') >= 0 || folded.contains(" said") || folded.contains(" says")
                || folded.contains(" told ");
    }

    private static String join(String[] words, int from, int count) {
        if (count == 1) {
            return words[from];
        }
        StringBuilder sb = new StringBuilder();
        for (int i = from; i < from + count; i++) {
            if (i > from) {
                sb.append(' ');
            }
            sb.append(words[i]);
        }
        return sb.toString();
    }

    private static Lexicon load() {
        Lexicon lx = new Lexicon(Set.copyOf(readWords("stopwords-en.txt")));
        Target target = null;
        int maxWords = Integer.MAX_VALUE;
        boolean address = false;
        Section section = null;
        for (String raw : readLines("rules.txt")) {
            String line = raw.strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            if (line.startsWith("[") && line.endsWith("]")) {
                target = Target.parse(line.substring(1, line.length() - 1));
                maxWords = Integer.MAX_VALUE;
                address = false;
                section = new Section(target, maxWords, address);
                continue;
            }
            if (section == null) {
                throw new IllegalStateException("rules.txt: rule before any section: " + line);
            }
            int sp = line.indexOf(' ');
            String kind = sp < 0 ? line : line.substring(0, sp);
            String arg = sp < 0 ? "" : line.substring(sp + 1).strip();
            switch (kind) {
                case "@max-words" -> {
                    maxWords = Integer.parseInt(arg);
                    section = new Section(target, maxWords, address);
                }
                case "@address" -> {
                    address = true;
                    section = new Section(target, maxWords, address);
                }
                case "line" -> lx.lines.putIfAbsent(Folding.fold(arg), new Section(target, Integer.MAX_VALUE, false));
                case "start" -> {
                    String phrase = arg.toLowerCase(java.util.Locale.ROOT);
                    if (phrase.isEmpty()) {
                        throw new IllegalStateException("rules.txt: empty start phrase");
                    }
                    lx.starts.add(phrase, section);
                }
                case "has" -> {
                    String phrase = phrase(arg);
                    boolean hint = target == Target.CAPTION_HINT;
                    (hint ? lx.hints : lx.contains).putIfAbsent(phrase, section);
                    String[] pw = phrase.split(" ");
                    (hint ? lx.hintLengths : lx.containsLengths).merge(pw[0], new int[] {pw.length},
                            Lexicon::union);
                }
                case "tail" -> {
                    if (target.role() != io.github.newsparse.BlockRole.CREDIT) {
                        throw new IllegalStateException("rules.txt: a tail rule outside [credit]: " + line);
                    }
                    String phrase = arg.toLowerCase(java.util.Locale.ROOT);
                    lx.tails.add(phrase, phrase);
                }
                case "regex" -> {
                    Pattern p = Pattern.compile(arg);
                    lx.regexes.add(new Regex(p, section, isAnchored(arg, p)));
                }
                default -> throw new IllegalStateException("rules.txt: unknown rule kind: " + line);
            }
        }
        return lx;
    }

    /**
     * Whether {@code regex} can only match at the start of the input: it opens with "^", is not
     * multi-line, has no group but {@code (?:}, and has no "|" outside parentheses and classes
     * (no "^a|b").
     */
    static boolean isAnchored(String regex, Pattern p) {
        // inline flags, lookarounds and quoting are not read: such a regex is scanned
        PatternShape shape = PatternShape.of(regex);
        return regex.startsWith("^") && (p.flags() & Pattern.MULTILINE) == 0 && shape.readable() && !shape.alternative();
    }

    /** The sorted distinct values of two sorted arrays of distinct values. */
    private static int[] union(int[] a, int[] b) {
        return java.util.stream.IntStream.concat(java.util.Arrays.stream(a), java.util.Arrays.stream(b)).distinct()
                .sorted().toArray();
    }

    /**
     * The longest run of plain characters that every match of {@code regex} holds, or null
     * ({@link PatternShape}): null too for a pattern with a top-level "|" or one it cannot read.
     */
    static String requiredLiteral(String regex) {
        PatternShape shape = PatternShape.of(regex);
        return shape.readable() && !shape.alternative() && !shape.literal().isEmpty() ? shape.literal() : null;
    }

    /** A phrase as the words it will be looked up by. */
    private static String phrase(String arg) {
        String[] w = Folding.words(arg.toLowerCase(java.util.Locale.ROOT));
        if (w.length > MAX_PHRASE_WORDS) {
            throw new IllegalStateException("rules.txt: phrase longer than " + MAX_PHRASE_WORDS + " words: " + arg);
        }
        return String.join(" ", w);
    }

    private static List<String> readWords(String resource) {
        List<String> words = new ArrayList<>();
        for (String line : readLines(resource)) {
            if (!line.startsWith("#")) {
                for (String w : line.strip().split("\\s+")) {
                    if (!w.isEmpty()) {
                        words.add(w);
                    }
                }
            }
        }
        return words;
    }

    static List<String> readLines(String resource) {
        try (InputStream in = Lexicon.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            return r.lines().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

}
