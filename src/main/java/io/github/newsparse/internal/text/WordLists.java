package io.github.newsparse.internal.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Reads the word lists kept as resources beside the classes that use them. */
public final class WordLists {

    private WordLists() {
    }

    /**
     * The lines of a list beside {@code owner}, stripped, without blank lines and {@code #}
     * comments.
     *
     * @param owner the class the resource lies beside
     * @param resource the resource's name
     * @return the list's entries, in order
     */
    public static List<String> read(Class<?> owner, String resource) {
        List<String> out = new ArrayList<>();
        for (String s : lines(owner, resource)) {
            if (!s.startsWith("#")) {
                out.add(s);
            }
        }
        return out;
    }

    /**
     * The entries of one section of a list beside {@code owner}: the lines after the comment line
     * {@code # heading} up to the next comment line that opens a section.
     *
     * @param owner the class the resource lies beside
     * @param resource the resource's name
     * @param heading the section's heading, as written after {@code #}
     * @return the section's entries, in order; empty when the list has no such section
     */
    public static List<String> readSection(Class<?> owner, String resource, String heading) {
        List<String> out = new ArrayList<>();
        boolean inside = false;
        for (String s : lines(owner, resource)) {
            if (s.startsWith("#")) {
                inside = s.substring(1).strip().equals(heading);
            } else if (inside) {
                out.add(s);
            }
        }
        return out;
    }

    /** The lines of a resource beside {@code owner}, stripped, without blank ones (comments kept). */
    private static List<String> lines(Class<?> owner, String resource) {
        try (InputStream in = owner.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<String> out = new ArrayList<>();
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                String s = line.strip();
                if (!s.isEmpty()) {
                    out.add(s);
                }
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
