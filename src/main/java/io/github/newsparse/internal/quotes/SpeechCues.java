package io.github.newsparse.internal.quotes;

/** The reporting verbs of {@code cues.txt}, for the stages before quote finding. */
public final class SpeechCues {

    private SpeechCues() {
    }

    /**
     * Whether {@code word} is a reporting verb ("said", "told", "adds"), in any case.
     *
     * @param word one word, without punctuation
     * @return whether it is a cue
     */
    public static boolean contains(String word) {
        return QuoteLexicon.isCue(word);
    }
}
