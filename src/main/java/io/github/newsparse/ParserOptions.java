package io.github.newsparse;

import java.util.Objects;

/**
 * How {@link ArticleParser} works: which boilerplate rules apply and how much input it reads.
 *
 * <pre>{@code
 * ParserOptions options = ParserOptions.builder()
 *         .rules(BoilerplateRules.conservative())
 *         .maxInputLength(2_000_000)
 *         .build();
 * Article a = ArticleParser.parse(text, options);
 * }</pre>
 *
 * <p><b>Limits.</b> {@link #maxInputLength()} (default {@value #DEFAULT_MAX_INPUT_LENGTH} UTF-16
 * units) caps the work done on one input: the text past the limit is not parsed but is kept as
 * one {@link BlockRole#BOILERPLATE} block of category {@link BoilerplateCategory#UNPARSED}, so
 * nothing is dropped silently and nothing throws.
 *
 * <p>Immutable and thread-safe; build once and share.
 */
public final class ParserOptions {

    /** The default for {@link #maxInputLength()}: ten million UTF-16 units. */
    public static final int DEFAULT_MAX_INPUT_LENGTH = 10_000_000;

    private static final ParserOptions DEFAULTS = builder().build();

    private final BoilerplateRules rules;
    private final int maxInputLength;

    private ParserOptions(Builder b) {
        this.rules = b.rules;
        this.maxInputLength = b.maxInputLength;
    }

    /**
     * The default options: {@link BoilerplateRules#standard()}, the default input limit.
     *
     * @return shared default options
     */
    public static ParserOptions defaults() {
        return DEFAULTS;
    }

    /**
     * A builder starting from the defaults.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * A builder starting from these options.
     *
     * @return a new builder
     */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.rules = rules;
        b.maxInputLength = maxInputLength;
        return b;
    }

    /**
     * The boilerplate rules.
     *
     * @return the rules
     */
    public BoilerplateRules rules() {
        return rules;
    }

    /**
     * How many UTF-16 units of an input are parsed; the rest becomes one unparsed block.
     *
     * @return the limit, at least 1
     */
    public int maxInputLength() {
        return maxInputLength;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ParserOptions other && rules.equals(other.rules)
                && maxInputLength == other.maxInputLength;
    }

    @Override
    public int hashCode() {
        return Objects.hash(rules, maxInputLength);
    }

    @Override
    public String toString() {
        return "ParserOptions{rules=" + rules + ", maxInputLength=" + maxInputLength + "}";
    }

    /** Builds {@link ParserOptions}; not thread-safe, checks every value at once. */
    public static final class Builder {
        private BoilerplateRules rules = BoilerplateRules.standard();
        private int maxInputLength = DEFAULT_MAX_INPUT_LENGTH;

        private Builder() {
        }

        /**
         * Sets the boilerplate rules.
         *
         * @param rules the rules
         * @return this builder
         * @throws NullPointerException if {@code rules} is null
         */
        public Builder rules(BoilerplateRules rules) {
            this.rules = Objects.requireNonNull(rules, "rules must not be null");
            return this;
        }

        /**
         * Sets how much of an input is parsed.
         *
         * @param maxInputLength UTF-16 units, at least 1
         * @return this builder
         * @throws IllegalArgumentException if the value is below 1
         */
        public Builder maxInputLength(int maxInputLength) {
            if (maxInputLength < 1) {
                throw new IllegalArgumentException("maxInputLength must be >= 1: " + maxInputLength);
            }
            this.maxInputLength = maxInputLength;
            return this;
        }

        /**
         * Builds the options.
         *
         * @return immutable options
         */
        public ParserOptions build() {
            return new ParserOptions(this);
        }
    }
}
