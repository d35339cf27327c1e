/**
 * Quotes and attribution: quote spans, cue verbs, speakers and coreference. Not API; may change without notice.
 */
package io.github.newsparse.internal.quotes;
