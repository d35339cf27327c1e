package io.github.newsparse;

import java.util.Locale;

/**
 * Which kind of boilerplate a {@link Block} holds. Content blocks have no category.
 *
 * <p>The JSON contract writes these in lower case with hyphens ({@code "station-list"}); see
 * {@link #label()}.
 */
public enum BoilerplateCategory {
    /** Copyright, terms of use, privacy and other legal lines. */
    LEGAL,
    /** Broadcast station lists and FCC public-inspection-file footers. */
    STATION_LIST,
    /** Audio/video player controls and timers ("Play Live Radio", "0:00"). */
    PLAYER,
    /** Site navigation, menus and section names. */
    NAVIGATION,
    /** Share and social prompts. */
    SHARE,
    /** Newsletter and subscription prompts. */
    NEWSLETTER,
    /** Donation and membership appeals. */
    DONATION,
    /** "Related Content", "Read more" and recommended-story lists. */
    RELATED,
    /** Advertisements and sponsor lines. */
    ADVERTISEMENT,
    /** Cookie and consent notices. */
    CONSENT,
    /** Comment prompts. */
    COMMENTS,
    /** Tag and topic lists. */
    TAGS,
    /** Text past the configured input limit, kept unparsed. */
    UNPARSED,
    /** Boilerplate that no named rule describes, found by the general classifier. */
    OTHER;

    /**
     * The contract's name for this category.
     *
     * @return the lower-case, hyphenated name, e.g. {@code "station-list"}
     */
    public String label() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
