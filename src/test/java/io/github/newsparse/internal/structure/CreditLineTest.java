package io.github.newsparse.internal.structure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CreditLineTest {

    private static final Set<String> ROLES = Set.of("reporter", "writer", "editor");

    private static String unglue(String line) {
        return CreditLine.unglue(line, ROLES);
    }

    @Test
    void aTimeAgoGluedToTheNameIsSetApart() {
        assertThat(unglue("Tarvek Omundsen2 minutes ago")).isEqualTo("Tarvek Omundsen | 2 minutes ago");
        assertThat(unglue("Tarvek Omundsen3/4/2025")).isEqualTo("Tarvek Omundsen | 3/4/2025");
        assertThat(unglue("covid19 cases")).as("a digit after letters that opens no date").isEqualTo("covid19 cases");
    }

    @Test
    void aHandleIsTakenOutGluedOrSpaced() {
        assertThat(unglue("Tarvek Omundsen@tomundsen")).isEqualTo("Tarvek Omundsen");
        assertThat(unglue("by Tarvek Omundsen @tomundsen May 2, 2024")).isEqualTo("by Tarvek Omundsen | May 2, 2024");
    }

    @Test
    void anEmailAddressIsNoHandle() {
        assertThat(unglue("By Tarvek Omundsen tom@riverton-news.com")).isEqualTo("By Tarvek Omundsen tom@riverton-news.com");
    }

    @Test
    void aRoleGluedToTheSurnameIsSetApart() {
        assertThat(unglue("Tarvek OmundsenNews Reporter")).isEqualTo("Tarvek Omundsen | News Reporter");
    }

    @Test
    void aNamesOwnCapitalIsNoGlue() {
        assertThat(unglue("Jane McDonald")).isEqualTo("Jane McDonald");
        assertThat(unglue("Jane MacWriter")).isEqualTo("Jane MacWriter");
        // a capital that opens no role is left alone
        assertThat(unglue("Tom DiChristopher")).isEqualTo("Tom DiChristopher");
    }

    @Test
    void aSlashBeforeADateSetsItApart() {
        assertThat(unglue("Tarvek Omundsen/November 18, 2016")).isEqualTo("Tarvek Omundsen | November 18, 2016");
        assertThat(unglue("News/Politics")).isEqualTo("News/Politics");
    }

    @Test
    void theLeadingNameNeedsOnlyCreditPiecesAfterIt() {
        assertThat(CreditLine.leadingName("Tarvek Omundsen | Published 4 months ago", ROLES)).isEqualTo("Tarvek Omundsen");
        assertThat(CreditLine.leadingName("Tarvek Omundsen | Staff Writer", ROLES)).isEqualTo("Tarvek Omundsen");
        assertThat(CreditLine.leadingName("Tarvek Omundsen | 5 min read", ROLES)).isEqualTo("Tarvek Omundsen");
        assertThat(CreditLine.leadingName("Tarvek Omundsen | Politics | World", ROLES)).isNull();
        assertThat(CreditLine.leadingName("Tarvek Omundsen", ROLES)).isNull();
    }

    @Test
    void anyLineIsReadWithoutError() {
        String alphabet = "aZ9 @/|.:'’\u200b-_Ü";
        Random random = new Random(7);
        for (int n = 0; n < 20_000; n++) {
            StringBuilder sb = new StringBuilder();
            int len = random.nextInt(24);
            for (int k = 0; k < len; k++) {
                sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String line = sb.toString();
            assertThatCode(() -> {
                String u = unglue(line);
                CreditLine.leadingName(u, ROLES);
                BylineFinder.names(u);
            }).as(line).doesNotThrowAnyException();
        }
    }
}
