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
        assertThat(dayAndTime(line)).isEqualTo(expected);
    }

    @Test
    void aNumericDateGluedToTheNameBeforeItIsRead() {
        // scraped text glues a comment's or a byline's name to its date
        assertThat(dayAndTime("Dan Renae7/10/2012 I've recently started")).isEqualTo("2012-07-10");
        assertThat(dayAndTime("Yucy3/4/2025")).isEqualTo("2025-03-04");
        // a digit before it makes another number, and a capital a code
        assertThat(DateParser.find("item 13/4/20255")).isEmpty();
        assertThat(DateParser.find("ref A3/4/2025")).isEmpty();
    }

    /** The day and, when read, the time of the line's date: "2025-01-14T01:28". */
    private static String dayAndTime(String line) {
        DateParser.Found f = DateParser.find(line).orElseThrow();
        return f.date().date() + f.date().time().map(t -> "T" + t).orElse("");
    }

    @org.junit.jupiter.params.ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {
        "'27.08.2024, 7.57 Uhr'|2024-08-27T07:57",
        "Aktualisiert am 07.01.2026 - 18:50 Uhr|2026-01-07T18:50",
        "'4. März 2025, 14:30 Uhr'|2025-03-04T14:30",
        "Publié le 30 août 2023 à 14h52|2023-08-30T14:52",
        "26 de abril de 2022 a las 14:30|2022-04-26T14:30",
        "16.10.2023 18.00 uur|2023-10-16T18:00",
        "Posted: 08/09/2012 4:03 pm|2012-08-09T16:03",
        "Posted: 08/09/2012 at 4:03 p.m. in News|2012-08-09T16:03",
        "Posted: 08/09/2012 12:10 a.m.|2012-08-09T00:10",
        "2025/01/08 09:15|2025-01-08T09:15",
        // a dotted number after the date is no clock without its word; nor are 25:00 or 13 pm
        "'27.08.2024, 3.000 Besucher'|2024-08-27",
        "16 October 2023 12.5 million|2023-10-16",
        "16 October 2023 25:00|2023-10-16",
        "Posted: 08/09/2012 13:05 pm|2012-08-09",
    })
    void aClockAfterADayFirstOrNumericDateIsItsTime(String line, String expected) {
        assertThat(dayAndTime(line)).isEqualTo(expected);
        assertThat(DateParser.find(line).orElseThrow().date().offset()).isEmpty();
    }

    @Test
    void anIdeographicDateNeedsItsDay() {
        assertThat(DateParser.find("2025年1月")).isEmpty();
        assertThat(DateParser.find("2025年13月40日")).isEmpty();
    }
}
