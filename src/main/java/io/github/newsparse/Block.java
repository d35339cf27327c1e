package io.github.newsparse;

import java.util.Objects;
import java.util.Optional;

/**
 * One labelled piece of the input. The blocks of an {@link Article} account for the whole input:
 * every non-whitespace character lies in exactly one block, so nothing is ever dropped silently.
 *
 * <pre>{@code
 * for (Block b : article.blocks()) {
 *     if (b.role() == BlockRole.BOILERPLATE) {
 *         System.out.println(b.category().orElseThrow() + ": " + b.span().of(input));
 *     }
 * }
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param role     what the block is
 * @param category the kind of boilerplate; present only for {@link BlockRole#BOILERPLATE}
 * @param span     where the block lies in the input
 */
public record Block(BlockRole role, Optional<BoilerplateCategory> category, Span span) {

    /**
     * Checks the parts.
     *
     * @param role what the block is
     * @param category the kind of boilerplate; present only for {@link BlockRole#BOILERPLATE}
     * @param span where the block lies in the input
     * @throws NullPointerException if a part is null
     * @throws IllegalArgumentException if a category is given for a non-boilerplate role
     */
    public Block {
        Objects.requireNonNull(role, "role must not be null");
        Objects.requireNonNull(category, "category must not be null");
        Objects.requireNonNull(span, "span must not be null");
        if (category.isPresent() && role != BlockRole.BOILERPLATE) {
            throw new IllegalArgumentException("category " + category.get() + " given for role " + role);
        }
    }
}
