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
        "Last published Apr 8, 2024|2024-04-08|UPDATED",
        "Published Jan. 5, 2024 2:00 PM PT|2024-01-05T14:00-08:00|PUBLISHED",
        "Published July 5, 2024 2:00 PM PT|2024-07-05T14:00-07:00|PUBLISHED",
        "26 de abril de 2022|2022-04-26|BARE",
        "Publié le 19 février 2020|2020-02-19|PUBLISHED",
        "27.08.2024, 7.57 Uhr|2024-08-27T07:57|BARE",
        "Aktualisiert am 5. März 2024|2024-03-05|UPDATED",
        "Actualizado: 3 de septiembre de 2023|2023-09-03|UPDATED",
        "Pubblicato il 12 gennaio 2021|2021-01-12|PUBLISHED",
        "Publicado em 7 de dezembro de 2022|2022-12-07|PUBLISHED",
        "Gepubliceerd op 4 mei 2023|2023-05-04|PUBLISHED",
        "06.18.2025|2025-06-18|BARE",
        "2025•01•08|2025-01-08|BARE",
        "2024/11/30|2024-11-30|BARE",
        "Last update on: August 25, 2025|2025-08-25|UPDATED",
        "19-Dec-2025|2025-12-19|BARE",
        "August 16, 2019 - Updated July 9, 2025|2019-08-16|BARE",
        "Published on 25.Jun.2019|2019-06-25|PUBLISHED",
        "15/12/2025|2025-12-15|BARE",
        "Jane RoeNovember 20, 2007|2007-11-20|BARE",
        "October 17, 20236:01 PM ET|2023-10-17T18:01-04:00|BARE",
        "By Jane RoeJanuary 14, 202620 Mins Read|2026-01-14|BARE",
        "December 19. 2025|2025-12-19|BARE",
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
        "31.02.2024",
        "Order no. March 4, 202512345",
        "ABCMay 4, 2025",
    })
    void findsNoStampInProseOrImpossibleDates(String line) {
        assertThat(stamp(line)).isEmpty();
    }

    @Test
    void aLabelIsReadWhateverItsCaseAndScript() {
        assertThat(stamp("UPDATED: March 3, 2024").orElseThrow().kind()).isEqualTo(MetadataFinder.Kind.UPDATED);
        assertThat(stamp("Publié le 3 mars 2024").orElseThrow().kind()).isEqualTo(MetadataFinder.Kind.PUBLISHED);
        assertThat(stamp("Geändert am 3. März 2024").orElseThrow().kind()).isEqualTo(MetadataFinder.Kind.UPDATED);
        assertThat(stamp("Veröffentlicht am 3. März 2024").orElseThrow().kind())
                .isEqualTo(MetadataFinder.Kind.PUBLISHED);
    }

    @Test
    void aTrailingStampLabelIsCutFromANameWhateverItsCase() {
        assertThat(MetadataFinder.withoutTrailingLabel("Jane Roe Published:")).isEqualTo("Jane Roe");
        assertThat(MetadataFinder.withoutTrailingLabel("Jane Roe | Posted on")).isEqualTo("Jane Roe |");
        assertThat(MetadataFinder.withoutTrailingLabel("Jane RoeUPDATED")).isEqualTo("Jane Roe");
        assertThat(MetadataFinder.withoutTrailingLabel("Jane Roe")).isEqualTo("Jane Roe");
        // a letter whose lower case is longer ("İ" is two characters lower-cased) shifts nothing
        assertThat(MetadataFinder.withoutTrailingLabel("İİİ Haber Published:")).isEqualTo("İİİ Haber");
        // "dated" ends a word, not a label: "Outdated"
        assertThat(MetadataFinder.withoutTrailingLabel("Outdated")).isEqualTo("Outdated");
    }
}
