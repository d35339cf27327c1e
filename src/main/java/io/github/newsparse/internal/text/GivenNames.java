package io.github.newsparse.internal.text;

import java.util.HashMap;
import java.util.Map;

/**
 * Common given names ({@code given-names.txt}) with what each shows of a person's gender: the
 * evidence that a capitalised pair of words is a person ("Lisa Pham") rather than a heading
 * ("Child Care"), and that "she" may stand for her.
 */
public final class GivenNames {

    private static final Map<String, Character> NAMES = load();

    private GivenNames() {
    }

    /**
     * Whether {@code word}, as written ("Lisa", not "lisa"), is a common given name.
     *
     * @param word a word
     * @return true if the list holds it
     */
    public static boolean contains(String word) {
        // every listed name is capitalised (checked as the list loads): most words need no lookup
        return !word.isEmpty() && Character.isUpperCase(word.charAt(0)) && NAMES.containsKey(word);
    }

    /**
     * The gender the given name shows: 'f', 'm', or 0 when it shows none or is not listed.
     *
     * @param word a word, as written
     * @return 'f', 'm' or 0
     */
    public static char gender(String word) {
        Character g = NAMES.get(word);
        return g == null || g == 'x' ? 0 : g;
    }

    private static Map<String, Character> load() {
        Map<String, Character> out = new HashMap<>();
        for (String s : WordLists.read(GivenNames.class, "given-names.txt")) {
            char g = s.charAt(0);
            if (s.length() < 3 || s.charAt(1) != ' ' || g != 'f' && g != 'm' && g != 'x') {
                throw new IllegalStateException("given-names.txt: not 'f|m|x Name': " + s);
            }
            String name = s.substring(2).strip();
            if (name.isEmpty() || !Character.isUpperCase(name.charAt(0))) {
                throw new IllegalStateException("given-names.txt: a name opens with a capital: " + s);
            }
            out.put(name, g);
        }
        return Map.copyOf(out);
    }
}
