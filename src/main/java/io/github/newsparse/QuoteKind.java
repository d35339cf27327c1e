package io.github.newsparse;

/** Whether a {@link Quote} is inside quotation marks or reported speech. */
public enum QuoteKind {
    /** The speaker's words inside quotation marks. */
    DIRECT,
    /** Reported speech: "X said (that) …", "According to X, …". */
    INDIRECT
}
