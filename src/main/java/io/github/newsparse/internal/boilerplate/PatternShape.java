package io.github.newsparse.internal.boilerplate;

/**
 * What a lexicon pattern's top level shows, read in one walk over its text (outside groups and
 * classes): whether it has a top-level "|", and the longest run of plain characters every match
 * holds (a character a quantifier makes optional or repeatable ends a run). Patterns with inline
 * flags, lookarounds or quoting are not read.
 *
 * @param readable whether the walk could read the pattern
 * @param alternative whether it has a "|" at its top level
 * @param literal the longest plain run at its top level, "" when none
 */
record PatternShape(boolean readable, boolean alternative, String literal) {

    /** Characters with a meaning in a pattern, outside a class. */
    private static final String META = "\\[](){}.*+?^$|";

    static PatternShape of(String regex) {
        if (regex.contains("\\Q") || regex.replace("(?:", "").contains("(?")) {
            return new PatternShape(false, false, "");
        }
        String best = "";
        StringBuilder run = new StringBuilder();
        int depth = 0;
        boolean inClass = false;
        boolean alternative = false;
        for (int i = 0; i < regex.length(); i++) {
            char c = regex.charAt(i);
            boolean plain = false;
            if (c == '\\') {
                i++; // an escape: a class or a quoted character, read as neither
            } else if (inClass) {
                inClass = c != ']';
            } else if (c == '[') {
                inClass = true;
                if (i + 1 < regex.length() && regex.charAt(i + 1) == ']') {
                    i++;
                }
            } else if (c == '{') {
                while (i + 1 < regex.length() && regex.charAt(i) != '}') {
                    i++; // a counted quantifier's bounds are no text
                }
            } else if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            } else if (c == '|' && depth == 0) {
                alternative = true;
            } else {
                plain = depth == 0 && META.indexOf(c) < 0;
            }
            boolean quantified = i + 1 < regex.length() && "?*+{".indexOf(regex.charAt(i + 1)) >= 0;
            if (plain && !quantified) {
                run.append(c);
            } else {
                if (run.length() > best.length()) {
                    best = run.toString();
                }
                run.setLength(0);
            }
        }
        if (run.length() > best.length()) {
            best = run.toString();
        }
        return new PatternShape(true, alternative, best);
    }
}
