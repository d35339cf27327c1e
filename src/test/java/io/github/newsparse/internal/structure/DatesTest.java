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

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', value = {
        "2 hours ago#true", "a day ago#true", "vor 22 Stunden#true", "vor einem Tag#true", "il y a 3 heures#true",
        "hace 2 horas#true", "há 5 dias#true", "2 ore fa#true", "3 uur geleden#true",
        "vor dem Haus#false", "hace frío hoy#false", "2 people ago#false", "the day ago#false", "ago#false",
        "Posted 2 hours ago by Jane Roe in news#false",
        // words apart by runs of spaces and tabs, the line padded; five words at most
        "'  2   hours\tago '#true", "'il  y\ta 3 heures'#true", "il y a 3 heures de route#false",
    })
    void aLineThatOnlySaysHowLongAgoIsATimeAgo(String line, boolean ago) {
        assertThat(Dates.isTimeAgo(line)).isEqualTo(ago);
    }
}
