package io.github.newsparse;

import java.util.Locale;

/**
 * What a page holds. A crawl is full of section fronts, comment threads, shop and service pages;
 * a user who wants stories keeps {@link #ARTICLE}. The other fields of an {@link Article} are
 * still filled where they apply (a listing may have a headline).
 *
 * <p>The JSON contract writes these in lower case ({@code "article"}); see {@link #label()}.
 */
public enum PageKind {
    /** One news or editorial story. */
    ARTICLE,
    /** An index, section front, archive or search page: many items, none of them the story. */
    LISTING,
    /** A thread of posts or comments. */
    FORUM,
    /** A shop or product page. */
    PRODUCT,
    /** A service, documentation or any other page. */
    OTHER;

    /**
     * The contract's name of this kind.
     *
     * @return the kind in lower case, as the JSON contract writes it
     */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
