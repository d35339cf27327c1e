package io.github.newsparse;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.github.newsparse.internal.json.ContractReader;
import io.github.newsparse.internal.json.ContractWriter;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Objects;

/**
 * The JSON of the contract (the object the command-line tool prints for each document), from Java
 * and back. Field names, lower-case enum values and {@code null} for absent values are exactly the
 * CLI's, so a Java pipeline and a shell pipeline produce the same records.
 *
 * <pre>{@code
 * String json = ArticleJson.toJson(article, "doc-17", true);   // one JSON Lines record
 * Article again = ArticleJson.fromJson(json);                  // equal to article
 * }</pre>
 *
 * <p>Only {@code jackson-core} (a dependency of the library) is used; no {@code ObjectMapper} is
 * needed. Stateless and thread-safe.
 */
public final class ArticleJson {

    private static final JsonFactory FACTORY = new JsonFactory();

    private ArticleJson() {
    }

    /**
     * The contract object for {@code article}, with {@code "id": null} and without its text.
     *
     * @param article the article
     * @return one line of JSON
     * @throws NullPointerException if {@code article} is null
     */
    public static String toJson(Article article) {
        return toJson(article, null, false);
    }

    /**
     * The contract object for {@code article}.
     *
     * @param article     the article
     * @param id          the document's id, written as a JSON string; null writes {@code null}
     * @param includeText whether to add {@link Article#text()} as {@code "text"} (needed to read the
     *                    article back, and for HTML, whose offsets index that text)
     * @return one line of JSON
     * @throws NullPointerException if {@code article} is null
     */
    public static String toJson(Article article, String id, boolean includeText) {
        Objects.requireNonNull(article, "article must not be null");
        try {
            return ContractWriter.line(id == null ? null : quoted(id), article, includeText);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringWriter does not fail
        }
    }

    /**
     * Writes the contract object for {@code article} to {@code out} (no line end).
     *
     * @param article     the article
     * @param id          the document's id, written as a JSON string; null writes {@code null}
     * @param includeText whether to add {@link Article#text()} as {@code "text"}
     * @param out         where to write; not closed
     * @throws IOException          if {@code out} fails
     * @throws NullPointerException if {@code article} or {@code out} is null
     */
    public static void write(Article article, String id, boolean includeText, Writer out) throws IOException {
        Objects.requireNonNull(article, "article must not be null");
        Objects.requireNonNull(out, "out must not be null");
        try (JsonGenerator g = FACTORY.createGenerator(out)) {
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            ContractWriter.write(g, id == null ? null : quoted(id), article, includeText);
        }
    }

    /**
     * Reads a contract object back into the {@link Article} it describes. The object must hold
     * {@code "text"} ({@link #toJson(Article, String, boolean)} with {@code includeText}, or the
     * CLI's {@code --include-text}): the spans index it. Other fields (such as {@code "id"}) are
     * ignored.
     *
     * @param json one contract object
     * @return the article; {@code fromJson(toJson(a, id, true)).equals(a)}
     * @throws IllegalArgumentException if {@code json} is not valid JSON, has no {@code "text"}, or
     *                                  a field is missing, of the wrong type or out of the text
     * @throws NullPointerException     if {@code json} is null
     */
    public static Article fromJson(String json) {
        Objects.requireNonNull(json, "json must not be null");
        return ContractReader.read(json);
    }

    private static String quoted(String s) throws IOException {
        StringWriter w = new StringWriter(s.length() + 2);
        try (JsonGenerator g = FACTORY.createGenerator(w)) {
            g.writeString(s);
        }
        return w.toString();
    }
}
