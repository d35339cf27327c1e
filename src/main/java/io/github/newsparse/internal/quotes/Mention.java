package io.github.newsparse.internal.quotes;

/**
 * A reference to a speaker as the text writes it, analysed.
 *
 * @param text        the mention as written ("Hartford police Lt. Paul Cicero", "he", "the mayor")
 * @param kind        what sort of reference it is
 * @param name        the person's name in it, or null
 * @param title       the title in it ("Lt."), or null
 * @param affiliation the organisation in it ("Hartford police"), or null
 */
record Mention(String text, Kind kind, String name, String title, String affiliation) {

    /**
     * PERSON a named person; PRONOUN he, she, they; TITLE_REF "the mayor"; GROUP an organisation or
     * a group that speaks as one ("police"); DESCRIBED a source the text describes but does not
     * name ("people familiar with the talks", "a Google search"), which is never a speaker.
     */
    enum Kind { PERSON, PRONOUN, TITLE_REF, GROUP, DESCRIBED }

    Mention withAffiliation(String a) {
        return new Mention(text, kind, name, title, affiliation == null ? a : affiliation);
    }

    Mention withTitle(String t) {
        return new Mention(text, kind, name, title == null ? t : title, affiliation);
    }

    /**
     * Whether this names a person as a person's name is written: with a title ("Dr. Ruiz"), or in
     * full from a given name ("Lawrence Yun"); not "Adjustable Lumbar Support", "Prices".
     */
    boolean namesPerson() {
        if (kind != Kind.PERSON || name == null) {
            return false;
        }
        int space = name.indexOf(' ');
        return title != null || space > 0 && io.github.newsparse.internal.text.GivenNames.contains(name.substring(0, space));
    }

    /** Pronouns whose present takes no -s: "I say", "they say". */
    private static final java.util.Set<String> BASE_FORM_PRONOUNS = java.util.Set.of("i", "we", "you", "they");

    /** Whether this is a pronoun whose verb in the present takes no -s ("I", "we", "you", "they"). */
    boolean takesBaseForm() {
        return kind == Kind.PRONOUN && BASE_FORM_PRONOUNS.contains(text.toLowerCase(java.util.Locale.ROOT));
    }

    /** Whether this is "I" or "we": the writer, or in a third person's statement the speaker's own words. */
    boolean isFirstPerson() {
        return text.equals("I") || text.equalsIgnoreCase("we");
    }

    /** Words of a mention that {@link #isReader} reads for the reader's "your". */
    private static final int READER_WORDS = 3;

    /**
     * Whether this is the reader the text addresses ("you") or what is the reader's ("your
     * editors", "Often your clients", "Ensure all your employees"): advice, never a source. A
     * capitalised "Your" counts only where the mention opens ("Make Your Kid a Millionaire" is a title).
     */
    boolean isReader() {
        if (kind == Kind.PRONOUN) {
            return text.equalsIgnoreCase("you");
        }
        String[] words = text.split(" ", READER_WORDS + 1);
        for (int i = 0; i < Math.min(READER_WORDS, words.length); i++) {
            if (words[i].equals("your") || i == 0 && words[i].equals("Your")) {
                return true;
            }
        }
        return false;
    }
}
