package io.github.newsparse;

import java.util.Objects;

/**
 * How {@link ArticleParser} works: which boilerplate rules apply, how much input it reads, and,
 * optionally, the address of the page being parsed.
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
    private final String url;

    private ParserOptions(Builder b) {
        this.rules = b.rules;
        this.maxInputLength = b.maxInputLength;
        this.url = b.url;
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
        b.url = url;
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

    /**
     * The address of the page being parsed, if the caller gave it: a date in its path
     * ({@code /2025/12/18/}) is the page's publication day.
     *
     * @return the page's URL, or empty
     */
    public java.util.Optional<String> url() {
        return java.util.Optional.ofNullable(url);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ParserOptions other && rules.equals(other.rules)
                && maxInputLength == other.maxInputLength && Objects.equals(url, other.url);
    }

    @Override
    public int hashCode() {
        return Objects.hash(rules, maxInputLength, url);
    }

    @Override
    public String toString() {
        return "ParserOptions{rules=" + rules + ", maxInputLength=" + maxInputLength
                + (url == null ? "" : ", url=" + url) + "}";
    }

    /** Builds {@link ParserOptions}; not thread-safe, checks every value at once. */
    public static final class Builder {
        private BoilerplateRules rules = BoilerplateRules.standard();
        private int maxInputLength = DEFAULT_MAX_INPUT_LENGTH;
        private String url;

        private Builder() {
        }

        /**
         * Sets the address of the page being parsed (optional; options are cheap to build per
         * page with {@link ParserOptions#toBuilder()}). A date in its path ({@code
         * https://example.com/2025/12/18/story}) is taken as the page's publication day.
         *
         * @param url an absolute http or https URL, or null for none
         * @return this builder
         * @throws IllegalArgumentException if {@code url} is not an absolute http(s) URL
         */
        public Builder url(String url) {
            if (url != null) {
                java.net.URI uri;
                try {
                    uri = new java.net.URI(url.strip());
                } catch (java.net.URISyntaxException e) {
                    throw new IllegalArgumentException("url is not a valid URL: " + e.getMessage(), e);
                }
                String scheme = uri.getScheme();
                if (scheme == null || !(scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"))
                        || uri.getHost() == null) {
                    throw new IllegalArgumentException("url must be an absolute http or https URL: " + url);
                }
                this.url = url.strip();
            } else {
                this.url = null;
            }
            return this;
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
