/**
 * The jsoup adapter: HTML to visible text, one block element per line. Not API; may change without notice.
 */
package io.github.newsparse.internal.html;
