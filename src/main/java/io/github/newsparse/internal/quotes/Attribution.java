package io.github.newsparse.internal.quotes;

/**
 * Who a quote is attributed to and by which cue, as found next to it.
 *
 * @param mention the speaker reference, or null when the text does not name one ("Asked if …")
 * @param cue     the reporting verb or phrase as written, or null (dash attribution)
 * @param cueAt   where the cue starts in the paragraph, or -1
 */
record Attribution(Mention mention, String cue, int cueAt) {
}
