/**
 * Article structure: headline, byline, dateline and publication dates. Not API; may change without notice.
 */
package io.github.newsparse.internal.structure;
