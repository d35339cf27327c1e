package io.github.newsparse.internal.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.newsparse.Article;
import io.github.newsparse.Block;
import io.github.newsparse.BoilerplateCategory;
import io.github.newsparse.Caption;
import io.github.newsparse.Dateline;
import io.github.newsparse.Note;
import io.github.newsparse.Paragraph;
import io.github.newsparse.PublicationDate;
import io.github.newsparse.Quote;
import io.github.newsparse.Speaker;
import io.github.newsparse.Span;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The one mapping from {@link Article} to the JSON object of CONTRACT.md. Field names, their
 * order, lower-case enum values and null-for-absent all live here.
 */
public final class ArticleJson {

    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    private ArticleJson() {
    }

    /**
     * The contract object for {@code a}.
     *
     * @param id          the document id to echo (null for none)
     * @param a           the article
     * @param includeText whether to add the parsed text as {@code "text"}
     */
    public static ObjectNode toJson(JsonNode id, Article a, boolean includeText) {
        ObjectNode o = F.objectNode();
        o.set("id", id == null ? NullNode.getInstance() : id);
        o.put("page", a.page().label());
        o.set("headline", text(a.headline()));
        ArrayNode authors = o.putArray("authors");
        a.authors().forEach(authors::add);
        o.set("published", text(a.published().map(PublicationDate::iso)));
        o.set("updated", text(a.updated().map(PublicationDate::iso)));
        o.set("dateline", a.dateline().<JsonNode>map(ArticleJson::dateline).orElse(NullNode.getInstance()));
        ArrayNode paragraphs = o.putArray("paragraphs");
        a.paragraphs().forEach(p -> paragraphs.add(paragraph(p)));
        ArrayNode quotes = o.putArray("quotes");
        a.quotes().forEach(q -> quotes.add(quote(q)));
        ArrayNode speakers = o.putArray("speakers");
        a.speakers().forEach(s -> speakers.add(speaker(s)));
        ArrayNode captions = o.putArray("captions");
        a.captions().forEach(c -> captions.add(caption(c)));
        o.set("copyright", a.copyright().<JsonNode>map(c -> {
            ObjectNode n = F.objectNode();
            n.put("text", c.text());
            n.set("year", c.year().isPresent() ? F.numberNode(c.year().getAsInt()) : NullNode.getInstance());
            n.set("holder", text(c.holder()));
            span(n, c.span());
            return n;
        }).orElse(NullNode.getInstance()));
        ArrayNode notes = o.putArray("notes");
        a.notes().stream().map(Note::text).forEach(notes::add);
        ArrayNode blocks = o.putArray("blocks");
        a.blocks().forEach(b -> blocks.add(block(b)));
        if (includeText) {
            o.put("text", a.text());
        }
        return o;
    }

    /** The contract's error object for a document that could not be parsed. */
    public static ObjectNode error(JsonNode id, String message) {
        ObjectNode o = F.objectNode();
        o.set("id", id == null ? NullNode.getInstance() : id);
        o.put("error", message);
        return o;
    }

    private static ObjectNode dateline(Dateline d) {
        ObjectNode n = F.objectNode();
        n.put("text", d.text());
        n.set("city", text(d.city()));
        n.set("region", text(d.region()));
        n.set("outlet", text(d.outlet()));
        n.set("date", text(d.date()));
        span(n, d.span());
        return n;
    }

    private static ObjectNode paragraph(Paragraph p) {
        ObjectNode n = F.objectNode();
        n.put("text", p.text());
        span(n, p.span());
        return n;
    }

    private static ObjectNode quote(Quote q) {
        ObjectNode n = F.objectNode();
        n.put("kind", q.kind().name().toLowerCase(Locale.ROOT));
        n.put("text", q.text());
        span(n, q.span());
        n.put("paragraph", q.paragraph());
        n.set("speaker", text(q.speaker()));
        n.set("mention", text(q.mention()));
        n.set("title", text(q.title()));
        n.set("affiliation", text(q.affiliation()));
        n.set("cue", text(q.cue()));
        return n;
    }

    private static ObjectNode speaker(Speaker s) {
        ObjectNode n = F.objectNode();
        n.put("name", s.name());
        strings(n.putArray("titles"), s.titles());
        strings(n.putArray("affiliations"), s.affiliations());
        n.put("quotes", s.quotes());
        return n;
    }

    private static ObjectNode caption(Caption c) {
        ObjectNode n = F.objectNode();
        n.put("text", c.text());
        n.set("credit", text(c.credit()));
        span(n, c.span());
        return n;
    }

    private static ObjectNode block(Block b) {
        ObjectNode n = F.objectNode();
        n.put("role", b.role().name().toLowerCase(Locale.ROOT));
        n.set("category", text(b.category().map(BoilerplateCategory::label)));
        span(n, b.span());
        return n;
    }

    private static void span(ObjectNode n, Span s) {
        n.put("start", s.start());
        n.put("end", s.end());
    }

    private static void strings(ArrayNode a, List<String> values) {
        values.forEach(a::add);
    }

    private static JsonNode text(Optional<String> s) {
        return s.filter(v -> !v.isEmpty()).<JsonNode>map(F::textNode).orElse(NullNode.getInstance());
    }
}
