/**
 * Boilerplate classification: one rule per category, lexicons as data, and a general block classifier. Not API; may change without notice.
 */
package io.github.newsparse.internal.boilerplate;
