package io.github.newsparse.internal.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SegmenterTest {

    private static List<String> units(String s) {
        return Segmenter.segment(s, LineSplitter.split(s, s.length())).stream().map(Unit::string).toList();
    }

    @Test
    void splitsAtEveryKindOfLineBreak() {
        assertThat(LineSplitter.split("a\nb\r\nc\rd\u2028e", 10)).hasSize(5);
        assertThat(units("one\r\ntwo\rthree\n\nfour")).containsExactly("one", "two", "three", "four");
    }

    @Test
    void scrapedTextKeepsOneUnitPerLine() {
        assertThat(units("Short line.\nAnother one.\n\nThird.")).containsExactly("Short line.", "Another one.", "Third.");
    }

    @Test
    void rejoinsHardWrappedParagraphsMarkedByIndentation() {
        String text = """
                WHEAT PRICES RISE IN CHICAGO TRADE

                CHICAGO, March 2 - Wheat futures rose sharply on the Chicago
                Board of Trade today as dealers reacted to reports of frost in
                the southern plains, traders said on the floor.
                    The rise was the largest in three weeks and came after a
                government report showed lower stocks than expected at the end
                of the quarter, analysts said.
                    Corn and soybeans were mixed in quiet dealings.
                """;
        assertThat(units(text)).containsExactly(
                "WHEAT PRICES RISE IN CHICAGO TRADE",
                "CHICAGO, March 2 - Wheat futures rose sharply on the Chicago Board of Trade today as dealers"
                        + " reacted to reports of frost in the southern plains, traders said on the floor.",
                "The rise was the largest in three weeks and came after a government report showed lower stocks"
                        + " than expected at the end of the quarter, analysts said.",
                "Corn and soybeans were mixed in quiet dealings.");
    }

    @Test
    void oneSentencePerLineIsNotWrapping() {
        String text = """
                The county fair opened on Friday with a record crowd of families.
                Organizers said the rodeo and the pie contest drew the longest lines.
                The fair runs through Sunday evening at the county grounds off Route 4.
                Parking is free at the north lot, and shuttles run every ten minutes.
                Tickets cost five dollars for adults and nothing for children under 12.
                Support local news
                """;
        assertThat(units(text)).hasSize(6);
    }

    @Test
    void recordsBlankLinesAroundUnits() {
        List<Unit> u = Segmenter.segment("a\n\nb\nc", LineSplitter.split("a\n\nb\nc", 6));
        assertThat(u.get(1).blankBefore()).isTrue();
        assertThat(u.get(1).blankAfter()).isFalse();
        assertThat(u.get(2).blankAfter()).isTrue();
    }
}
