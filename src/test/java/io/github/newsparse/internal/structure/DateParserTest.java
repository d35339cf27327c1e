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

    @org.junit.jupiter.params.ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {
        "2025年1月14日 01時28分 (1月14日 01時40分更新)|2025-01-14T01:28",
        "2025年1月14日(火) 9:05|2025-01-14T09:05",
        "公開日：2024年12月3日|2024-12-03",
        "입력 2025년 6월 4일 14:30|2025-06-04T14:30",
        "2025 년 6 월 4 일|2025-06-04",
    })
    void chineseJapaneseAndKoreanDatesAreRead(String line, String expected) {
        DateParser.Found f = DateParser.find(line).orElseThrow();
        String got = f.date().date() + f.date().time().map(t -> "T" + t).orElse("");
        assertThat(got).isEqualTo(expected);
    }

    @Test
    void anIdeographicDateNeedsItsDay() {
        assertThat(DateParser.find("2025年1月")).isEmpty();
        assertThat(DateParser.find("2025年13月40日")).isEmpty();
    }
}
