package io.github.newsparse.internal.structure;

/** What other stages may ask about place names: the regions of {@code regions.tsv}. */
public final class Places {

    private Places() {
    }

    /**
     * Whether {@code name} is a known region ("South Carolina", "N.H.", "Conn."), which names a
     * place and never a person or an organisation.
     *
     * @param name a name as written
     * @return true if it is a region's name or abbreviation
     */
    public static boolean isRegion(String name) {
        String t = bare(name);
        return !t.isEmpty() && Regions.expand(t).isPresent();
    }

    /**
     * Whether {@code name} is a region written as an abbreviation, a postal code or in several
     * words ("Va.", "N.H.", "OH", "South Carolina"): the tail of a place in an appositive. A state's one-word name
     * ("Texas") may stand for its government, a party to a lawsuit, and is not one.
     *
     * @param name a name as written
     * @return true if it is such a region
     */
    public static boolean isRegionAbbreviationOrCompound(String name) {
        String t = bare(name);
        boolean postalCode = t.length() == 2 && Character.isUpperCase(t.charAt(0)) && Character.isUpperCase(t.charAt(1));
        return (t.indexOf('.') >= 0 || t.indexOf(' ') >= 0 || postalCode) && isRegion(t);
    }

    private static String bare(String name) {
        String t = name.strip();
        while (!t.isEmpty() && (t.endsWith(",") || t.endsWith(";"))) {
            t = t.substring(0, t.length() - 1);
        }
        return t;
    }
}
