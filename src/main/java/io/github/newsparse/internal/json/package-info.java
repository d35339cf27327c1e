/**
 * The one mapping from the records to the JSON contract, with Jackson. Not API; may change without notice.
 */
package io.github.newsparse.internal.json;
