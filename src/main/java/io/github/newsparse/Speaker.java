package io.github.newsparse;

import java.util.List;

/**
 * Someone quoted in the article, with every title and affiliation the text gives them.
 *
 * <pre>{@code
 * article.speakers().forEach(s -> System.out.println(s.name() + " " + s.titles() + " x" + s.quotes()));
 * // Tanya Compagnone [Trooper First Class] x4
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param name         canonical full name, the same string as {@link Quote#speaker()}
 * @param titles       titles in order of first appearance
 * @param affiliations organisations in order of first appearance
 * @param quotes       how many of the article's quotes this speaker has
 */
public record Speaker(String name, List<String> titles, List<String> affiliations, int quotes) {

    /**
     * Checks the parts and copies the lists.
     *
     * @param name canonical full name, the same string as {@link Quote#speaker()}
     * @param titles titles in order of first appearance
     * @param affiliations organisations in order of first appearance
     * @param quotes how many of the article's quotes this speaker has
     * @throws NullPointerException if a part or element is null
     * @throws IllegalArgumentException if a string is empty or {@code quotes} is negative
     */
    public Speaker {
        Checks.nonEmpty(name, "name");
        titles = Checks.nonEmptyStrings(titles, "titles");
        affiliations = Checks.nonEmptyStrings(affiliations, "affiliations");
        if (quotes < 0) {
            throw new IllegalArgumentException("quotes must be >= 0: " + quotes);
        }
    }
}
