package io.github.newsparse.internal.structure;

import io.github.newsparse.internal.Page;
import io.github.newsparse.internal.Part;
import io.github.newsparse.internal.html.DomEvidence;
import java.util.ArrayList;
import java.util.List;

/**
 * Authors from the line an HTML page marks up as its byline: the first line, outside page
 * chrome, that sits in an element whose class or id names the author or byline
 * ("author-name", "byline", "post-author") and reads as names ("By Jane Roe", "Jane Roe and
 * Sam Poe", "The Currency editors").
 */
final class MarkedByline {

    /** A byline longer than this is a sentence or a bio, not names. */
    private static final int MAX_WORDS = 12;
    /**
     * Words of the labels and prompts that author boxes print around the name ("About the author",
     * "Author Spotlight", "Published in …"): never part of a name.
     */
    private static final java.util.Set<String> LABEL_WORDS = java.util.Set.of("author", "authors", "about",
            "spotlight", "published", "posted", "written", "sponsored", "insights", "by", "updated", "reviewed",
            "edited", "view", "profile", "more", "all", "follow", "contact");
    /** Function words: a line holding one is a phrase or a sentence, not a name. */
    private static final java.util.Set<String> FUNCTION_WORDS = java.util.Set.of("is", "are", "was", "were", "be",
            "from", "in", "on", "of", "to", "for", "with", "at", "what", "how", "why", "when", "where", "who",
            "this", "that", "these", "our", "your", "my", "it", "its", "a", "an", "or", "not", "you", "we");

    private MarkedByline() {
    }

    static List<String> authors(Page page) {
        DomEvidence dom = page.dom();
        if (dom.isEmpty()) {
            return List.of();
        }
        for (Part p : page.parts()) {
            int words = p.wordCount();
            if (words == 0 || words > MAX_WORDS) {
                continue;
            }
            DomEvidence.Line line = dom.at(p.span().start());
            if (line == null || line.bylineText() == null || line.inChrome()) {
                continue;
            }
            // the marked run alone: a role printed after the name in its own element is not the name
            String text = line.bylineText() != null ? line.bylineText().strip() : p.text();
            List<String> names = BylineFinder.names(text);
            int by = names.isEmpty() ? innerBy(text) : -1;
            if (by > 0) {
                // "Guide by Jane Roe": a label the byline prints before its own "by"
                text = text.substring(by);
                names = BylineFinder.names(text);
            }
            if (names.isEmpty() && !hasDigit(text)) {
                names = BylineFinder.statedNames(text);
            }
            List<String> kept = new ArrayList<>();
            for (String n : names) {
                if (isPlausible(n) && StatedMetadata.isName(n)) {
                    kept.add(n);
                }
            }
            if (!kept.isEmpty()) {
                return kept;
            }
        }
        return List.of();
    }

    /**
     * A name as a byline prints it: capitalised, no label word ("About the author"), no function
     * word ("Insights from", "What is …"), no question; one word only if it is longer than
     * initials and not a month or weekday ("Sat").
     */
    static boolean isPlausible(String name) {
        String[] words = name.split(" ");
        for (String w : words) {
            String lower = w.toLowerCase(java.util.Locale.ROOT);
            StringBuilder letters = new StringBuilder(lower.length());
            lower.codePoints().filter(Character::isLetter).forEach(letters::appendCodePoint);
            String bare = letters.toString();
            if (w.isEmpty() || LABEL_WORDS.contains(bare) || w.indexOf('?') >= 0 || w.indexOf('!') >= 0) {
                return false;
            }
            if (FUNCTION_WORDS.contains(bare)) {
                return false;
            }
        }
        return Character.isUpperCase(name.charAt(0)) && (words.length > 1 || name.length() > 2
                && MonthNames.month(name) == 0 && !MonthNames.isWeekday(name));
    }

    /**
     * Where a "by" word inside {@code text} (not at its start) begins, or -1; also -1 after a
     * participle ("Updated by", "Reviewed by", "Photographed by"): that names someone else than
     * the author.
     */
    static int innerBy(String text) {
        for (int i = 1; i + 3 < text.length(); i++) {
            if (text.charAt(i - 1) == ' ' && (text.charAt(i) == 'b' || text.charAt(i) == 'B')
                    && (text.charAt(i + 1) == 'y' || text.charAt(i + 1) == 'Y') && text.charAt(i + 2) == ' ') {
                int end = i - 1;
                boolean participle = end >= 2 && Character.toLowerCase(text.charAt(end - 1)) == 'd'
                        && Character.toLowerCase(text.charAt(end - 2)) == 'e';
                return participle ? -1 : i;
            }
        }
        return -1;
    }

    private static boolean hasDigit(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isDigit(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }
}
