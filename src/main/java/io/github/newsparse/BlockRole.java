package io.github.newsparse;

/**
 * What a {@link Block} of the input is: part of the article, or something kept apart from it.
 *
 * <p>The JSON contract writes these in lower case ({@code "body"}, {@code "boilerplate"}).
 */
public enum BlockRole {
    /** The article's title line. */
    HEADLINE,
    /** "By …" lines naming the authors. */
    BYLINE,
    /** The wire dateline opening the first paragraph ("HARTFORD, Conn. (WTNH) —"). */
    DATELINE,
    /** Date stamps and other page metadata ("Published: Oct. 16, 2023"). */
    METADATA,
    /** A paragraph of the story. */
    BODY,
    /** A photo or video caption. */
    CAPTION,
    /** A photo, video or wire credit ("Mark Mirko / Connecticut Public"). */
    CREDIT,
    /** A copyright line. */
    COPYRIGHT,
    /** An editorial note ("This is a developing story."). */
    NOTE,
    /** Anything else that is not the story; its {@link BoilerplateCategory} says what. */
    BOILERPLATE
}
