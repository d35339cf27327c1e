package io.github.newsparse.internal.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import io.github.newsparse.Article;
import io.github.newsparse.Block;
import io.github.newsparse.BlockRole;
import io.github.newsparse.BoilerplateCategory;
import io.github.newsparse.Caption;
import io.github.newsparse.Copyright;
import io.github.newsparse.Dateline;
import io.github.newsparse.Note;
import io.github.newsparse.PageKind;
import io.github.newsparse.Paragraph;
import io.github.newsparse.PublicationDate;
import io.github.newsparse.Quote;
import io.github.newsparse.QuoteKind;
import io.github.newsparse.Span;
import io.github.newsparse.Speaker;
import java.io.IOException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Function;

/**
 * Reads a contract object (as {@link ContractWriter} writes it, with {@code "text"}) back into an
 * {@link Article}. Strict: a missing field, a wrong type, an unknown enum label or a span outside
 * the text is an {@link IllegalArgumentException} that names the field.
 */
public final class ContractReader {

    /** The contract nests four levels deep; anything deeper is not a contract object. */
    private static final int MAX_DEPTH = 8;
    private static final Object NULL = new Object();
    private static final JsonFactory FACTORY = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxStringLength(Integer.MAX_VALUE).build())
            .build();

    private final String text;

    private ContractReader(String text) {
        this.text = text;
    }

    /**
     * The article a contract object describes.
     *
     * @param json one contract object, written with its {@code "text"}
     * @return the article
     * @throws IllegalArgumentException if {@code json} is not such an object
     */
    public static Article read(String json) {
        Map<String, Object> o = object(tree(json), "the JSON");
        Object t = o.get("text");
        if (!(t instanceof String s)) {
            throw new IllegalArgumentException("\"text\" is missing: an article is read back only from JSON"
                    + " written with its text (ArticleJson.toJson(article, id, true), CLI --include-text)");
        }
        return new ContractReader(s).article(o);
    }

    private Article article(Map<String, Object> o) {
        List<Block> blocks = list(o, "blocks", this::block);
        List<String> noteTexts = list(o, "notes", (v, where) -> string(v, where));
        return new Article(text,
                label(PageKind.values(), PageKind::label, string(o, "page"), "page"),
                optional(o, "headline"),
                list(o, "authors", (v, where) -> string(v, where)),
                optional(o, "published").map(s -> date(s, "published")),
                optional(o, "updated").map(s -> date(s, "updated")),
                nullable(o, "dateline").map(v -> dateline(object(v, "dateline"))),
                list(o, "paragraphs", (v, where) -> {
                    Map<String, Object> p = object(v, where);
                    return new Paragraph(string(p, "text"), span(p, where));
                }),
                list(o, "quotes", this::quote),
                list(o, "speakers", (v, where) -> {
                    Map<String, Object> s = object(v, where);
                    return new Speaker(string(s, "name"), list(s, "titles", (x, w) -> string(x, w)),
                            list(s, "affiliations", (x, w) -> string(x, w)), integer(s, "quotes"));
                }),
                list(o, "captions", (v, where) -> {
                    Map<String, Object> c = object(v, where);
                    return new Caption(string(c, "text"), optional(c, "credit"), span(c, where));
                }),
                nullable(o, "copyright").map(v -> copyright(object(v, "copyright"))),
                notes(noteTexts, blocks),
                blocks);
    }

    private Block block(Object v, String where) {
        Map<String, Object> b = object(v, where);
        return new Block(label(BlockRole.values(), r -> r.name().toLowerCase(Locale.ROOT), string(b, "role"), where + ".role"),
                optional(b, "category").map(c -> label(BoilerplateCategory.values(), BoilerplateCategory::label, c,
                        where + ".category")),
                span(b, where));
    }

    private Quote quote(Object v, String where) {
        Map<String, Object> q = object(v, where);
        return new Quote(label(QuoteKind.values(), k -> k.name().toLowerCase(Locale.ROOT), string(q, "kind"), where + ".kind"),
                string(q, "text"), span(q, where), integer(q, "paragraph"), optional(q, "speaker"),
                optional(q, "mention"), optional(q, "title"), optional(q, "affiliation"), optional(q, "cue"));
    }

    private Dateline dateline(Map<String, Object> d) {
        return new Dateline(string(d, "text"), span(d, "dateline"), optional(d, "city"), optional(d, "region"),
                optional(d, "outlet"), optional(d, "date"));
    }

    private Copyright copyright(Map<String, Object> c) {
        Object year = c.get("year");
        OptionalInt y = year == null || year == NULL ? OptionalInt.empty() : OptionalInt.of(integer(c, "year"));
        return new Copyright(string(c, "text"), y, optional(c, "holder"), span(c, "copyright"));
    }

    /**
     * The notes with their spans: the contract prints notes as strings, and the parser makes one
     * {@code note} block per note with the note's span, so the k-th note takes the k-th block's.
     */
    private static List<Note> notes(List<String> texts, List<Block> blocks) {
        List<Span> spans = new ArrayList<>();
        for (Block b : blocks) {
            if (b.role() == BlockRole.NOTE) {
                spans.add(b.span());
            }
        }
        if (spans.size() != texts.size()) {
            throw new IllegalArgumentException("\"notes\": " + texts.size() + " notes but " + spans.size()
                    + " note blocks");
        }
        List<Note> notes = new ArrayList<>(texts.size());
        for (int i = 0; i < texts.size(); i++) {
            notes.add(new Note(texts.get(i), spans.get(i)));
        }
        return notes;
    }

    private Span span(Map<String, Object> o, String where) {
        int start = integer(o, "start");
        int end = integer(o, "end");
        if (start < 0 || end < start || end > text.length()) {
            throw new IllegalArgumentException(where + ": span [" + start + ", " + end + ") is outside the text ("
                    + text.length() + " chars)");
        }
        return new Span(start, end);
    }

    private static PublicationDate date(String iso, String where) {
        try {
            int t = iso.indexOf('T');
            if (t < 0) {
                return PublicationDate.of(LocalDate.parse(iso));
            }
            String clock = iso.substring(t + 1);
            int sign = Math.max(clock.indexOf('+'), clock.indexOf('-'));
            if (clock.endsWith("Z")) {
                sign = clock.length() - 1;
            }
            Optional<ZoneOffset> offset = sign < 0 ? Optional.empty() : Optional.of(ZoneOffset.of(clock.substring(sign)));
            LocalTime time = LocalTime.parse(sign < 0 ? clock : clock.substring(0, sign));
            return new PublicationDate(LocalDate.parse(iso.substring(0, t)), Optional.of(time), offset);
        } catch (java.time.DateTimeException | StringIndexOutOfBoundsException e) {
            throw new IllegalArgumentException(where + ": not a contract date: " + iso, e);
        }
    }

    private static <E> E label(E[] values, Function<E, String> labelOf, String label, String where) {
        for (E e : values) {
            if (labelOf.apply(e).equals(label)) {
                return e;
            }
        }
        throw new IllegalArgumentException(where + ": unknown value \"" + label + "\"");
    }

    private interface Item<T> {
        T read(Object value, String where);
    }

    private static <T> List<T> list(Map<String, Object> o, String name, Item<T> item) {
        Object v = o.get(name);
        if (!(v instanceof List<?> l)) {
            throw new IllegalArgumentException("\"" + name + "\": expected an array");
        }
        List<T> out = new ArrayList<>(l.size());
        for (int i = 0; i < l.size(); i++) {
            out.add(item.read(l.get(i), name + "[" + i + "]"));
        }
        return out;
    }

    private static Optional<Object> nullable(Map<String, Object> o, String name) {
        if (!o.containsKey(name)) {
            throw new IllegalArgumentException("\"" + name + "\" is missing");
        }
        Object v = o.get(name);
        return v == NULL ? Optional.empty() : Optional.of(v);
    }

    private static Optional<String> optional(Map<String, Object> o, String name) {
        return nullable(o, name).map(v -> string(v, name));
    }

    private static String string(Map<String, Object> o, String name) {
        if (!o.containsKey(name)) {
            throw new IllegalArgumentException("\"" + name + "\" is missing");
        }
        return string(o.get(name), name);
    }

    private static String string(Object v, String where) {
        if (v instanceof String s) {
            return s;
        }
        throw new IllegalArgumentException(where + ": expected a string");
    }

    private static int integer(Map<String, Object> o, String name) {
        Object v = o.get(name);
        if (v instanceof Long n && n >= Integer.MIN_VALUE && n <= Integer.MAX_VALUE) {
            return (int) (long) n;
        }
        throw new IllegalArgumentException("\"" + name + "\": expected an integer");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> object(Object v, String where) {
        if (v instanceof Map<?, ?> m) {
            return (Map<String, Object>) m;
        }
        throw new IllegalArgumentException(where + ": expected an object");
    }

    private static Object tree(String json) {
        try (JsonParser p = FACTORY.createParser(json)) {
            JsonToken t = p.nextToken();
            if (t == null) {
                throw new IllegalArgumentException("empty JSON");
            }
            Object v = value(p, t, 0);
            if (p.nextToken() != null) {
                throw new IllegalArgumentException("more than one JSON value");
            }
            return v;
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not valid JSON: " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read the JSON: " + e.getMessage(), e);
        }
    }

    private static Object value(JsonParser p, JsonToken t, int depth) throws IOException {
        if ((t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) && depth >= MAX_DEPTH) {
            throw new IllegalArgumentException("nested deeper than a contract object");
        }
        switch (t) {
            case START_OBJECT -> {
                Map<String, Object> m = new HashMap<>();
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String name = p.currentName();
                    m.put(name, value(p, p.nextToken(), depth + 1));
                }
                return m;
            }
            case START_ARRAY -> {
                List<Object> l = new ArrayList<>();
                for (JsonToken n = p.nextToken(); n != JsonToken.END_ARRAY; n = p.nextToken()) {
                    l.add(value(p, n, depth + 1));
                }
                return l;
            }
            case VALUE_STRING -> {
                return p.getText();
            }
            case VALUE_NUMBER_INT -> {
                return p.getNumberType() == JsonParser.NumberType.BIG_INTEGER ? p.getText() : p.getLongValue();
            }
            case VALUE_NUMBER_FLOAT -> {
                return p.getDoubleValue();
            }
            case VALUE_TRUE, VALUE_FALSE -> {
                return p.getBooleanValue();
            }
            default -> {
                return NULL;
            }
        }
    }
}
