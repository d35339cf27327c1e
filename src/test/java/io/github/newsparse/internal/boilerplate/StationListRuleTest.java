package io.github.newsparse.internal.boilerplate;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class StationListRuleTest {

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"KAAA · KBBB-FM · WCCC · WDDD-TV", "WXXX | WYYY-FM | KZZZ", "KQQQ, KRRR-LD, WSSS-AM"})
    void callSignListsAreStationLists(String line) {
        assertThat(StationListRule.matches(line)).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"WASHINGTON KEEPS WATCH", "The KXYZ station said it would air the game.", "WHO"})
    void proseAndSingleSignsAreNot(String line) {
        assertThat(StationListRule.matches(line)).isFalse();
    }
}
