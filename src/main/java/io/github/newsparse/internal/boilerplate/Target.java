package io.github.newsparse.internal.boilerplate;

import io.github.newsparse.BlockRole;
import io.github.newsparse.BoilerplateCategory;

/**
 * What a rule says a line is: a role (note, credit, copyright) or boilerplate of a category.
 * {@code signoff} marks wire sign-offs ("Reuter"), credits that do not make the line before
 * them a caption. {@code captionHint} marks words that make a line next to a credit a caption.
 */
record Target(BlockRole role, BoilerplateCategory category, boolean signoff) {

    static final Target CAPTION_HINT = new Target(BlockRole.CAPTION, null, false);
    static final Target CREDIT = new Target(BlockRole.CREDIT, null, false);
    static final Target SIGNOFF = new Target(BlockRole.CREDIT, null, true);

    static Target parse(String label) {
        return switch (label) {
            case "note" -> new Target(BlockRole.NOTE, null, false);
            case "signoff" -> SIGNOFF;
            case "credit" -> CREDIT;
            case "copyright" -> new Target(BlockRole.COPYRIGHT, null, false);
            case "caption-hint" -> CAPTION_HINT;
            default -> {
                for (BoilerplateCategory c : BoilerplateCategory.values()) {
                    if (c.label().equals(label)) {
                        yield new Target(BlockRole.BOILERPLATE, c, false);
                    }
                }
                throw new IllegalStateException("unknown section [" + label + "] in rules.txt");
            }
        };
    }
}
