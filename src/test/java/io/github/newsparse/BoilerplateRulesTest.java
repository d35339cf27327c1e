package io.github.newsparse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class BoilerplateRulesTest {

    @Test
    void withoutCategoryReturnsANewInstance() {
        BoilerplateRules std = BoilerplateRules.standard();
        BoilerplateRules less = std.withoutCategory(BoilerplateCategory.PLAYER);
        assertThat(less).isNotSameAs(std);
        assertThat(less.isEnabled(BoilerplateCategory.PLAYER)).isFalse();
        assertThat(std.isEnabled(BoilerplateCategory.PLAYER)).isTrue();
    }

    @Test
    void orderOfCallsDoesNotMatter() {
        BoilerplateRules a = BoilerplateRules.standard().withoutCategory(BoilerplateCategory.RELATED)
                .withPattern(BoilerplateCategory.ADVERTISEMENT, "^Sponsored");
        BoilerplateRules b = BoilerplateRules.standard().withPattern(BoilerplateCategory.ADVERTISEMENT, "^Sponsored")
                .withoutCategory(BoilerplateCategory.RELATED);
        assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
    }

    @Test
    void patternMatchingEmptyStringIsRejected() {
        assertThatThrownBy(() -> BoilerplateRules.standard().withPattern(BoilerplateCategory.ADVERTISEMENT, "x*"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("x*");
    }

    @Test
    void invalidPatternIsRejected() {
        assertThatThrownBy(() -> BoilerplateRules.standard().withPattern(BoilerplateCategory.ADVERTISEMENT, "(["))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("([");
    }

    @Test
    void userPatternMovesMatchingLineOutOfTheBody() {
        String input = "A first paragraph of the story, written as a full sentence.\n"
                + "Sponsored by Example Widgets Incorporated and friends of ours today.\n"
                + "A second paragraph of the story, also a full sentence here.";
        BoilerplateRules rules = BoilerplateRules.standard().withPattern(BoilerplateCategory.ADVERTISEMENT, "^Sponsored by");
        Article a = ArticleParser.parse(input, ParserOptions.builder().rules(rules).build());
        assertThat(a.paragraphs()).extracting(Paragraph::text).noneMatch(t -> t.startsWith("Sponsored"));
        assertThat(a.blocks()).anyMatch(b -> b.category().equals(java.util.Optional.of(BoilerplateCategory.ADVERTISEMENT)));
    }

    @Test
    void labelsAreLowerCaseWithHyphens() {
        assertThat(BoilerplateCategory.STATION_LIST.label()).isEqualTo("station-list");
        assertThat(BoilerplateCategory.PLAYER.label()).isEqualTo("player");
    }
}
