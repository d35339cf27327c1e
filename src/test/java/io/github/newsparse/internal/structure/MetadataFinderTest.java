package io.github.newsparse.internal.structure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class MetadataFinderTest {

    private static Optional<MetadataFinder.Stamp> stamp(String line) {
        return MetadataFinder.find(line, line.split(" ").length);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "date 2019-05-06|2019-05-06|PUBLISHED",
        "Published: Oct. 16, 2023 4:05 PM EDT|2023-10-16T16:05-04:00|PUBLISHED",
        "Published 9:30 a.m. CST Jan 3, 2022|2022-01-03T09:30-06:00|PUBLISHED",
        "Updated: Sept. 5, 2021 at 11:15 p.m. ET|2021-09-05T23:15-04:00|UPDATED",
        "Posted on March 3, 2020|2020-03-03|PUBLISHED",
        "Monday, October 16, 2023|2023-10-16|BARE",
        "2023-10-16T16:05:00-04:00|2023-10-16T16:05-04:00|BARE",
        "16 October 2023|2023-10-16|BARE",
        "October 9, 2018 at 4:02 pm|2018-10-09T16:02|BARE",
        "Last updated 12/24/2021|2021-12-24|UPDATED",
        "Published Jan. 5, 2024 2:00 PM PT|2024-01-05T14:00-08:00|PUBLISHED",
        "Published July 5, 2024 2:00 PM PT|2024-07-05T14:00-07:00|PUBLISHED",
    })
    void readsStamps(String line, String iso, String kind) {
        MetadataFinder.Stamp s = stamp(line).orElseThrow();
        assertThat(s.date().iso()).isEqualTo(iso);
        assertThat(s.kind().name()).isEqualTo(kind);
    }

    @Test
    void labelledStampOpeningAParagraphIsAPrefix() {
        String line = "date 2019-05-06 SPRINGFIELD (WXYZ) - The council met on Monday night to vote on the budget.";
        MetadataFinder.Stamp s = stamp(line).orElseThrow();
        assertThat(s.wholeLine()).isFalse();
        assertThat(line.substring(0, s.end())).isEqualTo("date 2019-05-06");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "The council will meet again on March 3, 2020, to vote on the plan, the mayor said on Tuesday.",
        "Copyright 2018 Example Media",
        "Feb 26",
        "February 30, 2021",
        "He was born in 1950 and moved to the city in 1972 after serving in the army.",
    })
    void findsNoStampInProseOrImpossibleDates(String line) {
        assertThat(stamp(line)).isEmpty();
    }
}
