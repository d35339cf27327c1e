/**
 * Text normalisation with an offset map back to the input, line splitting and block segmentation. Not API; may change without notice.
 */
package io.github.newsparse.internal.text;
