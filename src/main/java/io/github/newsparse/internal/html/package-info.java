/**
 * The jsoup adapter: HTML to visible text, one block element per line, with what the markup says
 * of each line ({@link io.github.newsparse.internal.html.DomEvidence}) and what the page states
 * about itself ({@link io.github.newsparse.internal.html.PageMetadata}: JSON-LD, {@code <meta>},
 * microdata). Not API; may change without notice.
 */
package io.github.newsparse.internal.html;
