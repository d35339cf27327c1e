package io.github.newsparse;

import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Which kinds of boilerplate the parser removes from the body, and any extra patterns of your own.
 *
 * <pre>{@code
 * BoilerplateRules rules = BoilerplateRules.standard()
 *         .withoutCategory(BoilerplateCategory.RELATED)
 *         .withPattern(BoilerplateCategory.ADVERTISEMENT, "^Sponsored by .+$");
 * }</pre>
 *
 * <p>Presets: {@link #standard()} (every category plus the general classifier),
 * {@link #conservative()} (named rules only: text no rule names stays in the body) and
 * {@link #none()} (nothing removed). Every {@code with…} method returns a new instance; the order of
 * calls does not matter. Instances are immutable and thread-safe, so they can be kept in
 * {@code static final} fields.
 *
 * <p>Extra patterns are matched with {@link java.util.regex.Matcher#find()} against each cleaned
 * line; keep them simple, since a pattern that backtracks badly slows every parse.
 */
public final class BoilerplateRules {

    private static final BoilerplateRules STANDARD =
            new BoilerplateRules(EnumSet.allOf(BoilerplateCategory.class), Map.of(), true);
    private static final BoilerplateRules CONSERVATIVE =
            new BoilerplateRules(EnumSet.allOf(BoilerplateCategory.class), Map.of(), false);
    private static final BoilerplateRules NONE =
            new BoilerplateRules(EnumSet.noneOf(BoilerplateCategory.class), Map.of(), false);

    private final Set<BoilerplateCategory> categories;
    private final Map<BoilerplateCategory, List<Pattern>> patterns;
    private final boolean generalClassifier;

    private BoilerplateRules(Set<BoilerplateCategory> categories,
                             Map<BoilerplateCategory, List<Pattern>> patterns, boolean generalClassifier) {
        EnumSet<BoilerplateCategory> set = EnumSet.noneOf(BoilerplateCategory.class);
        set.addAll(categories);
        this.categories = Collections.unmodifiableSet(set);
        EnumMap<BoilerplateCategory, List<Pattern>> map = new EnumMap<>(BoilerplateCategory.class);
        patterns.forEach((k, v) -> map.put(k, List.copyOf(v)));
        this.patterns = Collections.unmodifiableMap(map);
        this.generalClassifier = generalClassifier;
    }

    /**
     * Every named category and the general classifier for boilerplate no rule names.
     *
     * @return the default rules
     */
    public static BoilerplateRules standard() {
        return STANDARD;
    }

    /**
     * Every named category, but no general classifier: only text a rule names leaves the body.
     *
     * @return rules that keep more text in the body
     */
    public static BoilerplateRules conservative() {
        return CONSERVATIVE;
    }

    /**
     * No rules at all: every line is body (headline, dateline and quotes are still found).
     *
     * @return rules that remove nothing
     */
    public static BoilerplateRules none() {
        return NONE;
    }

    /**
     * These rules without one category.
     *
     * @param category the category to keep in the body
     * @return a new instance
     * @throws NullPointerException if {@code category} is null
     */
    public BoilerplateRules withoutCategory(BoilerplateCategory category) {
        Objects.requireNonNull(category, "category must not be null");
        EnumSet<BoilerplateCategory> set = EnumSet.noneOf(BoilerplateCategory.class);
        set.addAll(categories);
        set.remove(category);
        return new BoilerplateRules(set, patterns, generalClassifier);
    }

    /**
     * These rules with one category (back) on.
     *
     * @param category the category to remove from the body
     * @return a new instance
     * @throws NullPointerException if {@code category} is null
     */
    public BoilerplateRules withCategory(BoilerplateCategory category) {
        Objects.requireNonNull(category, "category must not be null");
        EnumSet<BoilerplateCategory> set = EnumSet.noneOf(BoilerplateCategory.class);
        set.addAll(categories);
        set.add(category);
        return new BoilerplateRules(set, patterns, generalClassifier);
    }

    /**
     * These rules plus a pattern of your own: a line in which it is found is boilerplate of that
     * category. Adding a pattern also turns its category on.
     *
     * @param category the category the matched lines get
     * @param regex    a {@link Pattern} matched case-insensitively with {@code find()}
     * @return a new instance
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if the regex is invalid or matches the empty string
     */
    public BoilerplateRules withPattern(BoilerplateCategory category, String regex) {
        Objects.requireNonNull(category, "category must not be null");
        Objects.requireNonNull(regex, "regex must not be null");
        Pattern p;
        try {
            p = Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        } catch (PatternSyntaxException e) {
            throw new IllegalArgumentException("invalid pattern for " + category + ": " + regex, e);
        }
        if (p.matcher("").find()) {
            throw new IllegalArgumentException("pattern for " + category + " matches the empty string: " + regex);
        }
        EnumMap<BoilerplateCategory, List<Pattern>> map = new EnumMap<>(BoilerplateCategory.class);
        map.putAll(patterns);
        List<Pattern> list = new java.util.ArrayList<>(map.getOrDefault(category, List.of()));
        list.add(p);
        map.put(category, list);
        EnumSet<BoilerplateCategory> set = EnumSet.noneOf(BoilerplateCategory.class);
        set.addAll(categories);
        set.add(category);
        return new BoilerplateRules(set, map, generalClassifier);
    }

    /**
     * These rules with the general classifier on or off.
     *
     * @param enabled whether blocks no rule names may still leave the body
     * @return a new instance
     */
    public BoilerplateRules withGeneralClassifier(boolean enabled) {
        return new BoilerplateRules(categories, patterns, enabled);
    }

    /**
     * Whether lines of this category leave the body.
     *
     * @param category a category
     * @return true if enabled
     */
    public boolean isEnabled(BoilerplateCategory category) {
        return categories.contains(category);
    }

    /**
     * The enabled categories.
     *
     * @return an unmodifiable set
     */
    public Set<BoilerplateCategory> categories() {
        return categories;
    }

    /**
     * The user's extra patterns by category.
     *
     * @return an unmodifiable map of unmodifiable lists
     */
    public Map<BoilerplateCategory, List<Pattern>> patterns() {
        return patterns;
    }

    /**
     * Whether the general classifier may remove blocks no rule names.
     *
     * @return true for {@link #standard()}
     */
    public boolean generalClassifier() {
        return generalClassifier;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof BoilerplateRules)) {
            return false;
        }
        BoilerplateRules r = (BoilerplateRules) o;
        return categories.equals(r.categories) && generalClassifier == r.generalClassifier
                && patternStrings().equals(r.patternStrings());
    }

    private Map<BoilerplateCategory, List<String>> patternStrings() {
        EnumMap<BoilerplateCategory, List<String>> m = new EnumMap<>(BoilerplateCategory.class);
        patterns.forEach((k, v) -> m.put(k, v.stream().map(Pattern::pattern).toList()));
        return m;
    }

    @Override
    public int hashCode() {
        return Objects.hash(categories, generalClassifier, patternStrings());
    }

    @Override
    public String toString() {
        return "BoilerplateRules{categories=" + categories + ", patterns=" + patternStrings()
                + ", generalClassifier=" + generalClassifier + "}";
    }
}
