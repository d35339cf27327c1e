package io.github.newsparse.internal.boilerplate;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.newsparse.Copyright;
import io.github.newsparse.Span;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CopyrightRuleTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Copyright 2019 KXYZ (Example Broadcasting Inc.). All rights reserved.|2019|KXYZ (Example Broadcasting Inc.)",
        "© 2030 Valley Public Media|2030|Valley Public Media",
        "Copyright © 2001-2022 The Example Times, all rights reserved|2022|The Example Times",
        "(c) 2015 Example News Co.|2015|Example News Co",
    })
    void parsesYearAndHolder(String line, int year, String holder) {
        assertThat(CopyrightRule.matches(line, line.split(" ").length)).isTrue();
        Copyright c = CopyrightRule.parse(line, new Span(0, line.length()));
        assertThat(c.year()).hasValue(year);
        assertThat(c.holder()).contains(holder);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"The band sued over copyright infringement in 2019, the lawyer said.",
        "Copyright law is complicated and changes often, experts said on Monday in a long interview."})
    void proseAboutCopyrightIsNotACopyrightLine(String line) {
        assertThat(CopyrightRule.matches(line, line.split(" ").length)).isFalse();
    }
}
