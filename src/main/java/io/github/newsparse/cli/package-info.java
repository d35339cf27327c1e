/**
 * The {@code newsparse} command-line tool. Not API: use {@link io.github.newsparse.ArticleParser}
 * from Java.
 */
package io.github.newsparse.cli;
