/**
 * newsparse: scraped news text and HTML in, typed {@link io.github.newsparse.Article} records out.
 *
 * <p>Start at {@link io.github.newsparse.ArticleParser}. Every type in this package is immutable
 * and thread-safe.
 */
package io.github.newsparse;
