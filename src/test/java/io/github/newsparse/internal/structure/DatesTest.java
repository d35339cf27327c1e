package io.github.newsparse.internal.structure;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DatesTest {

    @ParameterizedTest(name = "[{index}] {0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "November 2012|true",
        "Nov 2012 (14)|true",
        "- März 2024|true",
        "November 9, 2012|false",
        "November 2012 archives|false",
        "May 12|false",
        "Mayor 2012|false",
        "2012 November|false",
    })
    void aLineOfOnlyAMonthAndAYearIsAnArchiveEntry(String line, boolean monthYear) {
        assertThat(Dates.isMonthYear(line)).isEqualTo(monthYear);
    }
}
