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

    @Test
    void aDropCapOnItsOwnLineOpensTheWordBelowIt() {
        String text = "Council votes\nT\nhe Riverton council voted on Tuesday to close the old bridge for repairs.\nMore.";
        List<Unit> units = Segmenter.segment(text, LineSplitter.split(text, text.length()));
        assertThat(units).extracting(Unit::string).containsExactly("Council votes",
                "The Riverton council voted on Tuesday to close the old bridge for repairs.", "More.");
        Unit joined = units.get(1);
        // the unit spans both lines, and each character maps back to where it was
        assertThat(text.substring(joined.start(), joined.end())).startsWith("T\nhe Riverton");
        assertThat(joined.text().toInput(0, 3)).isEqualTo(new io.github.newsparse.Span(14, 18));
        // a blank line between the letter and its paragraph is the page's spacing
        assertThat(units("T\n\nhe Riverton council voted on Tuesday to close the old bridge for repairs."))
                .containsExactly("The Riverton council voted on Tuesday to close the old bridge for repairs.");
    }

    @Test
    void aLetterAboveAShortLineIsNoDropCap() {
        // a menu's icon letter above a link, a list's letter above a word
        assertThat(units("X\nlinkedin\nX\ninstagram")).containsExactly("X", "linkedin", "X", "instagram");
        assertThat(units("A\nanchovies, capers and olives")).containsExactly("A", "anchovies, capers and olives");
        // nor a capital above a line that opens with a capital
        assertThat(units("T\nThe Riverton council voted on Tuesday to close the old bridge for repairs."))
                .containsExactly("T", "The Riverton council voted on Tuesday to close the old bridge for repairs.");
    }
}
