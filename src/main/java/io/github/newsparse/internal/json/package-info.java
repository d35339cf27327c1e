/**
 * The one mapping between the records and the JSON contract, both ways, with Jackson's streaming
 * API ({@code jackson-core}). Not API; {@link io.github.newsparse.ArticleJson} is the public face.
 */
package io.github.newsparse.internal.json;
