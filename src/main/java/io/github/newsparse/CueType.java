package io.github.newsparse;

/**
 * What a quote's cue attributes to its source. A user who wants only what people said keeps
 * {@link #SPEECH}; the other types are reported beliefs, plans, positions and findings.
 */
public enum CueType {
    /** Saying, writing, telling, announcing: "said", "told reporters", "wrote", "according to". */
    SPEECH,
    /** Thinking, knowing, expecting: "believes", "thinks", "expects". */
    BELIEF,
    /** Wanting, planning, refusing: "wants to", "plans to", "declined to". */
    INTENTION,
    /** Supporting, opposing, blaming: "supports", "opposes", "accused", "called for". */
    STANCE,
    /** What records, polls and studies show: "shows", "found". */
    EVIDENCE
}
