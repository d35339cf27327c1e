package io.github.newsparse.internal.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.github.newsparse.Article;
import io.github.newsparse.BoilerplateCategory;
import io.github.newsparse.Block;
import io.github.newsparse.Caption;
import io.github.newsparse.Copyright;
import io.github.newsparse.Dateline;
import io.github.newsparse.Note;
import io.github.newsparse.Paragraph;
import io.github.newsparse.PublicationDate;
import io.github.newsparse.Quote;
import io.github.newsparse.Span;
import io.github.newsparse.Speaker;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The one mapping from {@link Article} to the JSON object of the contract, written with Jackson's
 * streaming generator. Field names, their order, lower-case enum values and null-for-absent all
 * live here; {@link ContractReader} reads the same names back.
 */
public final class ContractWriter {

    private static final JsonFactory FACTORY = new JsonFactory();

    private ContractWriter() {
    }

    /**
     * The contract object for {@code a} as one line of JSON (no line end).
     *
     * @param rawId       the id as JSON text, or null
     * @param a           the article
     * @param includeText whether to add the parsed text as {@code "text"}
     * @return the JSON
     */
    public static String line(String rawId, Article a, boolean includeText) {
        StringWriter w = new StringWriter(a.text().length() / 2 + 256);
        try (JsonGenerator g = FACTORY.createGenerator(w)) {
            write(g, rawId, a, includeText);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringWriter does not fail
        }
        return w.toString();
    }

    /**
     * The contract's error object as one line of JSON (no line end).
     *
     * @param rawId   the id as JSON text, or null
     * @param message what went wrong
     * @return the JSON
     */
    public static String errorLine(String rawId, String message) {
        StringWriter w = new StringWriter();
        try (JsonGenerator g = FACTORY.createGenerator(w)) {
            writeError(g, rawId, message);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringWriter does not fail
        }
        return w.toString();
    }

    /**
     * Writes the contract object for {@code a}.
     *
     * @param g           where to write
     * @param rawId       the id as JSON text (a string literal, a number, an object…), or null
     * @param a           the article
     * @param includeText whether to add the parsed text as {@code "text"}
     * @throws IOException if the generator's target fails
     */
    public static void write(JsonGenerator g, String rawId, Article a, boolean includeText) throws IOException {
        g.writeStartObject();
        id(g, rawId);
        g.writeStringField("page", a.page().label());
        text(g, "headline", a.headline());
        g.writeArrayFieldStart("authors");
        for (String s : a.authors()) {
            g.writeString(s);
        }
        g.writeEndArray();
        text(g, "published", a.published().map(PublicationDate::iso));
        text(g, "updated", a.updated().map(PublicationDate::iso));
        g.writeFieldName("dateline");
        if (a.dateline().isPresent()) {
            dateline(g, a.dateline().get());
        } else {
            g.writeNull();
        }
        g.writeArrayFieldStart("paragraphs");
        for (Paragraph p : a.paragraphs()) {
            g.writeStartObject();
            g.writeStringField("text", p.text());
            span(g, p.span());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("quotes");
        for (Quote q : a.quotes()) {
            quote(g, q);
        }
        g.writeEndArray();
        g.writeArrayFieldStart("speakers");
        for (Speaker s : a.speakers()) {
            speaker(g, s);
        }
        g.writeEndArray();
        g.writeArrayFieldStart("captions");
        for (Caption c : a.captions()) {
            g.writeStartObject();
            g.writeStringField("text", c.text());
            text(g, "credit", c.credit());
            span(g, c.span());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeFieldName("copyright");
        if (a.copyright().isPresent()) {
            copyright(g, a.copyright().get());
        } else {
            g.writeNull();
        }
        g.writeArrayFieldStart("notes");
        for (Note n : a.notes()) {
            g.writeString(n.text());
        }
        g.writeEndArray();
        g.writeArrayFieldStart("blocks");
        for (Block b : a.blocks()) {
            g.writeStartObject();
            g.writeStringField("role", b.role().name().toLowerCase(Locale.ROOT));
            text(g, "category", b.category().map(BoilerplateCategory::label));
            span(g, b.span());
            g.writeEndObject();
        }
        g.writeEndArray();
        if (includeText) {
            g.writeStringField("text", a.text());
        }
        g.writeEndObject();
    }

    /**
     * Writes the contract's error object for a document that could not be parsed.
     *
     * @param g       where to write
     * @param rawId   the id as JSON text, or null
     * @param message what went wrong
     * @throws IOException if the generator's target fails
     */
    public static void writeError(JsonGenerator g, String rawId, String message) throws IOException {
        g.writeStartObject();
        id(g, rawId);
        g.writeStringField("error", message);
        g.writeEndObject();
    }

    private static void id(JsonGenerator g, String rawId) throws IOException {
        g.writeFieldName("id");
        if (rawId == null) {
            g.writeNull();
        } else {
            g.writeRawValue(rawId);
        }
    }

    private static void dateline(JsonGenerator g, Dateline d) throws IOException {
        g.writeStartObject();
        g.writeStringField("text", d.text());
        text(g, "city", d.city());
        text(g, "region", d.region());
        text(g, "outlet", d.outlet());
        text(g, "date", d.date());
        span(g, d.span());
        g.writeEndObject();
    }

    private static void quote(JsonGenerator g, Quote q) throws IOException {
        g.writeStartObject();
        g.writeStringField("kind", q.kind().name().toLowerCase(Locale.ROOT));
        g.writeStringField("text", q.text());
        span(g, q.span());
        g.writeNumberField("paragraph", q.paragraph());
        text(g, "speaker", q.speaker());
        text(g, "mention", q.mention());
        text(g, "title", q.title());
        text(g, "affiliation", q.affiliation());
        text(g, "cue", q.cue());
        text(g, "cueType", q.cueType().map(t -> t.name().toLowerCase(Locale.ROOT)));
        g.writeEndObject();
    }

    private static void speaker(JsonGenerator g, Speaker s) throws IOException {
        g.writeStartObject();
        g.writeStringField("name", s.name());
        strings(g, "titles", s.titles());
        strings(g, "affiliations", s.affiliations());
        g.writeNumberField("quotes", s.quotes());
        g.writeEndObject();
    }

    private static void copyright(JsonGenerator g, Copyright c) throws IOException {
        g.writeStartObject();
        g.writeStringField("text", c.text());
        g.writeFieldName("year");
        if (c.year().isPresent()) {
            g.writeNumber(c.year().getAsInt());
        } else {
            g.writeNull();
        }
        text(g, "holder", c.holder());
        span(g, c.span());
        g.writeEndObject();
    }

    private static void span(JsonGenerator g, Span s) throws IOException {
        g.writeNumberField("start", s.start());
        g.writeNumberField("end", s.end());
    }

    private static void strings(JsonGenerator g, String name, List<String> values) throws IOException {
        g.writeArrayFieldStart(name);
        for (String v : values) {
            g.writeString(v);
        }
        g.writeEndArray();
    }

    private static void text(JsonGenerator g, String name, Optional<String> s) throws IOException {
        if (s.isPresent() && !s.get().isEmpty()) {
            g.writeStringField(name, s.get());
        } else {
            g.writeNullField(name);
        }
    }
}
