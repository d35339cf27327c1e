/**
 * The parsing pipeline behind {@link io.github.newsparse.ArticleParser}. Not API; may change
 * without notice.
 */
package io.github.newsparse.internal;
