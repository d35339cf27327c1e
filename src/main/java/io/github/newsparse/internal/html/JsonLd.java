package io.github.newsparse.internal.html;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import io.github.newsparse.internal.html.PageMetadata.Field;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * Reads the article object of a page's JSON-LD ({@code NewsArticle}, {@code BlogPosting}, …,
 * also inside {@code @graph}): its headline, dates, authors (resolving {@code @id} references;
 * organisations are not authors) and publisher. Parsed with Jackson's streaming parser into a
 * tree cut at a fixed depth; a script that is not JSON is skipped.
 */
final class JsonLd {

    /** schema.org types of a news or blog story. */
    private static final Set<String> ARTICLE_TYPES = Set.of("article", "newsarticle", "reportagenewsarticle",
            "analysisnewsarticle", "opinionnewsarticle", "backgroundnewsarticle", "reviewnewsarticle",
            "askpublicnewsarticle", "satiricalarticle", "blogposting", "liveblogposting", "report",
            "scholarlyarticle", "techarticle", "socialmediaposting", "discussionforumposting");
    /** schema.org types of the page itself: its dates stand in when no story object is given. */
    private static final Set<String> PAGE_TYPES = Set.of("webpage", "itempage", "medicalwebpage");
    private static final Set<String> ORGANISATION_TYPES = Set.of("organization", "newsmediaorganization",
            "corporation", "localbusiness", "website", "brand", "governmentorganization");
    /** Deeper structure is skipped: an article's fields sit a few levels down at most. */
    private static final int MAX_DEPTH = 16;
    /** Objects looked at per page; a page listing thousands of items needs none past these. */
    private static final int MAX_OBJECTS = 5_000;

    private static final JsonFactory FACTORY = JsonFactory.builder()
            .enable(JsonReadFeature.ALLOW_TRAILING_COMMA)
            .enable(JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS)
            .enable(JsonReadFeature.ALLOW_SINGLE_QUOTES)
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(2_000).build())
            .build();

    private JsonLd() {
    }

    /** Adds the article's fields found in {@code scripts} (each one script's text) to {@code out}. */
    static void read(List<String> scripts, BiConsumer<Field, String> out) {
        List<Map<String, Object>> objects = new ArrayList<>();
        for (String script : scripts) {
            Object tree = parse(script);
            if (tree != null) {
                collect(tree, objects);
            }
        }
        Map<String, Map<String, Object>> byId = new HashMap<>();
        for (Map<String, Object> o : objects) {
            if (o.get("@id") instanceof String id && o.size() > 1) {
                byId.putIfAbsent(id, o);
            }
        }
        Map<String, Object> article = null;
        for (Map<String, Object> o : objects) {
            // the story's own object has a headline or a date; a bare one is a last resort
            if (hasType(o, ARTICLE_TYPES) && (article == null || !isDescribed(article) && isDescribed(o))) {
                article = o;
            }
        }
        if (article == null) {
            // no story object: the page's own object dates it (a guide, a documentation page)
            for (Map<String, Object> o : objects) {
                if (hasType(o, PAGE_TYPES) && o.containsKey("datePublished")) {
                    text(o.get("datePublished")).ifPresent(d -> out.accept(Field.PUBLISHED, d));
                    text(o.get("dateModified")).ifPresent(d -> out.accept(Field.MODIFIED, d));
                    // a dated page that names its author ("WebPage" with a Person): the author too
                    authors(o, byId, out);
                    break;
                }
            }
        }
        if (article != null) {
            text(article.get("headline")).ifPresent(h -> out.accept(Field.TITLE, h));
            text(article.get("datePublished")).ifPresent(d -> out.accept(Field.PUBLISHED, d));
            text(article.get("dateModified")).ifPresent(d -> out.accept(Field.MODIFIED, d));
            authors(article, byId, out);
            if (resolve(article.get("publisher"), byId) instanceof Map<?, ?> p) {
                text(p.get("name")).ifPresent(n -> out.accept(Field.SITE_NAME, n));
            }
        }
        for (Map<String, Object> o : objects) {
            if (hasType(o, Set.of("website"))) {
                text(o.get("name")).ifPresent(n -> out.accept(Field.SITE_NAME, n));
            }
        }
    }

    /** The names of {@code o}'s authors that are no organisation: strings, or objects' names. */
    private static void authors(Map<String, Object> o, Map<String, Map<String, Object>> byId,
                                BiConsumer<Field, String> out) {
        for (Object a : list(o.get("author"))) {
            Object author = resolve(a, byId);
            if (author instanceof String name) {
                out.accept(Field.AUTHOR, name);
            } else if (author instanceof Map<?, ?> m && !hasType(cast(m), ORGANISATION_TYPES)) {
                text(m.get("name")).ifPresent(n -> out.accept(Field.AUTHOR, n));
            }
        }
    }

    private static boolean isDescribed(Map<String, Object> o) {
        return o.containsKey("headline") || o.containsKey("datePublished");
    }

    /** A string value, or the first string of a list: the form authors and dates take. */
    private static java.util.Optional<String> text(Object v) {
        Object o = v instanceof List<?> l && !l.isEmpty() ? l.get(0) : v;
        return o instanceof String s && !s.isBlank() ? java.util.Optional.of(s) : java.util.Optional.empty();
    }

    private static List<?> list(Object v) {
        return v == null ? List.of() : v instanceof List<?> l ? l : List.of(v);
    }

    private static Object resolve(Object v, Map<String, Map<String, Object>> byId) {
        if (v instanceof Map<?, ?> m && m.size() == 1 && m.get("@id") instanceof String id && byId.containsKey(id)) {
            return byId.get(id);
        }
        return v;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> cast(Map<?, ?> m) {
        return (Map<String, Object>) m;
    }

    private static boolean hasType(Map<String, Object> o, Set<String> types) {
        for (Object t : list(o.get("@type"))) {
            if (t instanceof String s) {
                String name = s.substring(Math.max(s.lastIndexOf('/'), s.lastIndexOf(':')) + 1)
                        .toLowerCase(java.util.Locale.ROOT);
                if (types.contains(name)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Every object in the tree, outer before inner, up to {@link #MAX_OBJECTS}. */
    private static void collect(Object tree, List<Map<String, Object>> out) {
        Deque<Object> todo = new ArrayDeque<>();
        todo.add(tree);
        while (!todo.isEmpty() && out.size() < MAX_OBJECTS) {
            Object o = todo.poll();
            if (o instanceof Map<?, ?> m) {
                out.add(cast(m));
                for (Object v : m.values()) {
                    if (v instanceof Map || v instanceof List) {
                        todo.add(v);
                    }
                }
            } else if (o instanceof List<?> l) {
                todo.addAll(l);
            }
        }
    }

    /** The script as maps, lists and strings (numbers and booleans as their text); null if not JSON. */
    static Object parse(String script) {
        try (JsonParser p = FACTORY.createParser(script)) {
            JsonToken t = p.nextToken();
            return t == null ? null : value(p, t, 0);
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    private static Object value(JsonParser p, JsonToken t, int depth) throws IOException {
        switch (t) {
            case START_OBJECT -> {
                if (depth >= MAX_DEPTH) {
                    p.skipChildren();
                    return null;
                }
                Map<String, Object> m = new LinkedHashMap<>();
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String name = p.currentName();
                    Object v = value(p, p.nextToken(), depth + 1);
                    if (v != null) {
                        m.putIfAbsent(name, v);
                    }
                }
                return m;
            }
            case START_ARRAY -> {
                if (depth >= MAX_DEPTH) {
                    p.skipChildren();
                    return null;
                }
                List<Object> l = new ArrayList<>();
                JsonToken n;
                while ((n = p.nextToken()) != JsonToken.END_ARRAY && n != null) {
                    Object v = value(p, n, depth + 1);
                    if (v != null) {
                        l.add(v);
                    }
                }
                return l;
            }
            case VALUE_STRING, VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT, VALUE_TRUE, VALUE_FALSE -> {
                return p.getText();
            }
            default -> {
                return null;
            }
        }
    }
}
