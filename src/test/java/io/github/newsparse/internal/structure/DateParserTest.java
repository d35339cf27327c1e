package io.github.newsparse.internal.structure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DateParserTest {

    @Test
    void aLineAskedAgainGetsTheSameAnswerAsAFreshCopy() {
        // far more lines than the per-thread memory holds, asked in turns: no answer may leak to
        // another line that shares its memory slot
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < 500; i++) {
            lines.add("Posted " + (1 + i % 28) + " March " + (1990 + i % 30) + " by Jo Roe " + i);
        }
        for (int round = 0; round < 3; round++) {
            for (String line : lines) {
                Optional<DateParser.Found> fresh = DateParser.find(new String(line));
                assertThat(DateParser.find(line)).as(line).isEqualTo(fresh);
                assertThat(fresh).as(line).isPresent();
            }
        }
        String dated = lines.get(17);
        assertThat(DateParser.find(dated).orElseThrow().date().date().getYear()).isEqualTo(2007);
        assertThat(DateParser.find(dated).orElseThrow().date().date().getDayOfMonth()).isEqualTo(18);
    }
}
