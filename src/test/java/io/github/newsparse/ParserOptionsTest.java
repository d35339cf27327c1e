package io.github.newsparse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ParserOptionsTest {

    @Test
    void defaultsAreStandardRulesAndDefaultLimit() {
        ParserOptions o = ParserOptions.defaults();
        assertThat(o.rules()).isEqualTo(BoilerplateRules.standard());
        assertThat(o.maxInputLength()).isEqualTo(ParserOptions.DEFAULT_MAX_INPUT_LENGTH);
    }

    @Test
    void toBuilderRoundTrips() {
        ParserOptions o = ParserOptions.builder().maxInputLength(99).rules(BoilerplateRules.none()).build();
        assertThat(o.toBuilder().build()).isEqualTo(o).hasSameHashCodeAs(o);
        assertThat(o).isNotEqualTo(ParserOptions.defaults());
    }

    @Test
    void badLimitIsRejectedNamingTheValue() {
        assertThatThrownBy(() -> ParserOptions.builder().maxInputLength(0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("0");
        assertThatThrownBy(() -> ParserOptions.builder().maxInputLength(-5))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("-5");
    }

    @Test
    void nullRulesAreRejected() {
        assertThatThrownBy(() -> ParserOptions.builder().rules(null))
                .isInstanceOf(NullPointerException.class).hasMessage("rules must not be null");
    }

    @Test
    void theUrlIsOptionalCheckedAndPartOfEquality() {
        assertThat(ParserOptions.defaults().url()).isEmpty();
        ParserOptions o = ParserOptions.builder().url(" https://news.example/2025/12/18/bridge ").build();
        assertThat(o.url()).contains("https://news.example/2025/12/18/bridge");
        assertThat(o.toBuilder().build()).isEqualTo(o).hasSameHashCodeAs(o);
        assertThat(o).isNotEqualTo(ParserOptions.defaults());
        assertThat(o.toString()).contains("url=https://news.example/2025/12/18/bridge");
        assertThat(o.toBuilder().url(null).build()).isEqualTo(ParserOptions.defaults());
    }

    @Test
    void aUrlThatIsNotAnAbsoluteHttpUrlIsRejectedSayingWhy() {
        assertThatThrownBy(() -> ParserOptions.builder().url("news.example/story"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("absolute http or https URL");
        assertThatThrownBy(() -> ParserOptions.builder().url("ftp://news.example/story"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("ftp://news.example/story");
        assertThatThrownBy(() -> ParserOptions.builder().url("https://news.example/a story"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not a valid URL");
    }
}
