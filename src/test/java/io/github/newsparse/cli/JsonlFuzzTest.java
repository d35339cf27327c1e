package io.github.newsparse.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/** The --jsonl reader gives exactly one entry per input line, whatever the bytes. */
class JsonlFuzzTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    @FuzzTest(maxDuration = "60s")
    void everyLineGivesOneEntry(FuzzedDataProvider data) throws IOException {
        String input = data.consumeRemainingAsString();
        JsonlReader reader = new JsonlReader(new LineReader(
                new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8))));
        int entries = 0;
        for (JsonlReader.Entry e = reader.next(MAPPER); e != null; e = reader.next(MAPPER)) {
            entries++;
            assertThat(e.lineNumber()).isEqualTo(entries);
            assertThat(e.error() == null).isEqualTo(e.content() != null);
        }
        long newlines = input.chars().filter(c -> c == '\n').count();
        long expected = input.isEmpty() ? 0 : (input.endsWith("\n") ? newlines : newlines + 1);
        assertThat(entries).isEqualTo(expected);
    }
}
