package io.github.newsparse.internal.quotes;

import io.github.newsparse.internal.text.GivenNames;
import java.util.Locale;

/** What a name or a title shows of a person's gender ({@link GivenNames}): 'm', 'f' or 0. */
final class Genders {

    private Genders() {
    }

    /** From the first word of a full name: "Hillary Clinton" → 'f'; "Clinton" → 0. */
    static char ofName(String name) {
        int space = name.indexOf(' ');
        if (space < 0) {
            return 0;
        }
        return GivenNames.gender(name.substring(0, space));
    }

    /** From a title: "Mr." → 'm'; "Mrs.", "Ms.", "Miss" → 'f'. */
    static char ofTitle(String title) {
        String t = title.toLowerCase(Locale.ROOT).replace(".", "");
        return switch (t) {
            case "mr", "sir", "lord", "king", "prince", "father", "brother" -> 'm';
            case "mrs", "ms", "miss", "madam", "dame", "lady", "queen", "princess", "sister" -> 'f';
            default -> 0;
        };
    }
}
