package io.github.newsparse.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;

/**
 * Reads JSON Lines input one line at a time and reads each line as one document request. Every
 * line, empty or broken ones included, yields exactly one {@link Entry}, so the output has as
 * many lines as the input.
 */
final class JsonlReader {

    /** One input line: a document to parse, or an error to report with the line's id. */
    record Entry(int lineNumber, JsonNode id, String content, boolean isHtml, String url, String error) {
    }

    private final LineReader lines;
    private int lineNumber;

    JsonlReader(LineReader lines) {
        this.lines = lines;
    }

    /** The next line's entry, or null at the end. */
    Entry next(ObjectMapper mapper) throws IOException {
        String line = lines.next();
        if (line == null) {
            return null;
        }
        lineNumber++;
        return parse(mapper, line);
    }

    private Entry parse(ObjectMapper mapper, String line) {
        if (line.isBlank()) {
            return error(null, "empty line");
        }
        JsonNode node;
        try {
            node = mapper.readTree(line);
        } catch (JsonProcessingException e) {
            return error(null, "not valid JSON: " + e.getOriginalMessage());
        }
        if (node == null || !node.isObject()) {
            return error(null, "not a JSON object");
        }
        JsonNode id = node.get("id");
        JsonNode text = node.get("text");
        JsonNode html = node.get("html");
        boolean hasText = text != null && !text.isNull();
        boolean hasHtml = html != null && !html.isNull();
        if (hasText && hasHtml) {
            return error(id, "both \"text\" and \"html\": give one of them");
        }
        JsonNode content = hasText ? text : html;
        if (content == null || !content.isTextual()) {
            return error(id, "no \"text\" or \"html\" string");
        }
        if (content.asText().isBlank()) {
            return error(id, "\"" + (hasText ? "text" : "html") + "\" is empty: nothing to parse");
        }
        JsonNode url = node.get("url");
        if (url != null && !url.isNull() && !url.isTextual()) {
            return error(id, "\"url\" is not a string");
        }
        String u = url == null || url.isNull() || url.asText().isBlank() ? null : url.asText();
        return new Entry(lineNumber, id, content.asText(), hasHtml, u, null);
    }

    private Entry error(JsonNode id, String message) {
        return new Entry(lineNumber, id, null, false, null, message);
    }
}
