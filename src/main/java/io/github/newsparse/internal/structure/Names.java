package io.github.newsparse.internal.structure;

/** Name casing shared with the quote stage. */
public final class Names {

    private Names() {
    }

    /** "WALLACE" → "Wallace", "ST. LOUIS" → "St. Louis"; mixed-case text is kept. */
    public static String titleCase(String s) {
        return Casing.normalise(s);
    }
}
