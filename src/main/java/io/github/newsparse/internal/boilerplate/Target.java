package io.github.newsparse.internal.boilerplate;

import io.github.newsparse.BlockRole;
import io.github.newsparse.BoilerplateCategory;

/**
 * What a rule says a line is: a role (note, credit, copyright) or boilerplate of a category.
 * {@code captionHint} marks words that make a line next to a credit a caption.
 */
record Target(BlockRole role, BoilerplateCategory category) {

    static final Target CAPTION_HINT = new Target(BlockRole.CAPTION, null);
    static final Target CREDIT = new Target(BlockRole.CREDIT, null);

    static Target parse(String label) {
        return switch (label) {
            case "note" -> new Target(BlockRole.NOTE, null);
            case "credit" -> CREDIT;
            case "copyright" -> new Target(BlockRole.COPYRIGHT, null);
            case "caption-hint" -> CAPTION_HINT;
            default -> {
                for (BoilerplateCategory c : BoilerplateCategory.values()) {
                    if (c.label().equals(label)) {
                        yield new Target(BlockRole.BOILERPLATE, c);
                    }
                }
                throw new IllegalStateException("unknown section [" + label + "] in rules.txt");
            }
        };
    }
}
