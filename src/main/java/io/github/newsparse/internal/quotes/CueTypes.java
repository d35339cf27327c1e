package io.github.newsparse.internal.quotes;

import io.github.newsparse.CueType;

/** The type of a quote's cue, for the public {@link io.github.newsparse.Quote#cueType()}. */
public final class CueTypes {

    private CueTypes() {
    }

    /** What the cue attributes: "said" speech, "believes" belief, "wants to" intention, …. */
    public static CueType of(String cue) {
        return AttributionVerbs.typeOf(cue);
    }
}
