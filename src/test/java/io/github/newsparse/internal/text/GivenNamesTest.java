package io.github.newsparse.internal.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class GivenNamesTest {

    @Test
    void namesAreKnownAsWrittenWithTheirGender() {
        assertThat(GivenNames.contains("Lisa")).isTrue();
        assertThat(GivenNames.contains("lisa")).isFalse();
        assertThat(GivenNames.contains("Child")).isFalse();
        assertThat(GivenNames.gender("Lisa")).isEqualTo('f');
        assertThat(GivenNames.gender("Jacques")).isEqualTo('m');
        assertThat(GivenNames.gender("Jordan")).isEqualTo((char) 0);
        assertThat(GivenNames.contains("Jordan")).isTrue();
        assertThat(GivenNames.gender("Clinton")).isEqualTo((char) 0);
    }

    @Test
    void everyEntryIsOneNameWithOneGender() {
        Map<String, String> seen = new HashMap<>();
        for (String line : WordLists.read(GivenNames.class, "given-names.txt")) {
            assertThat(line).matches("[fmx] \\p{Lu}[\\p{L}'-]+");
            String name = line.substring(2);
            assertThat(seen.put(name, line.substring(0, 1))).as(name).isNull();
        }
        assertThat(seen).hasSizeGreaterThan(1000);
    }
}
