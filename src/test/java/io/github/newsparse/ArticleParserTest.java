package io.github.newsparse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ArticleParserTest {

    @Test
    void nullTextThrowsWithMessage() {
        assertThatThrownBy(() -> ArticleParser.parse(null)).isInstanceOf(NullPointerException.class)
                .hasMessage("text must not be null");
        assertThatThrownBy(() -> ArticleParser.parseHtml(null)).isInstanceOf(NullPointerException.class)
                .hasMessage("html must not be null");
    }

    @Test
    void nullOptionsThrowWithMessage() {
        assertThatThrownBy(() -> ArticleParser.parse("x", null)).isInstanceOf(NullPointerException.class)
                .hasMessage("options must not be null");
        assertThatThrownBy(() -> ArticleParser.parseHtml("x", null)).isInstanceOf(NullPointerException.class)
                .hasMessage("options must not be null");
    }

    @Test
    void emptyInputGivesEmptyArticle() {
        Article a = ArticleParser.parse("");
        assertThat(a.headline()).isEmpty();
        assertThat(a.paragraphs()).isEmpty();
        assertThat(a.blocks()).isEmpty();
        assertThat(a.quotes()).isEmpty();
    }

    @Test
    void whitespaceOnlyInputHasNoBlocks() {
        Article a = ArticleParser.parse(" \n\t\r\n\u00A0\u3000 ");
        assertThat(a.blocks()).isEmpty();
        assertThat(a.paragraphs()).isEmpty();
    }

    @Test
    void invisibleOnlyInputIsStillCovered() {
        String input = "\u200B\n\uFEFF";
        Article a = ArticleParser.parse(input);
        Invariants.check(input, a);
        assertThat(a.blocks()).hasSize(1);
        assertThat(a.paragraphs()).isEmpty();
    }

    @Test
    void paragraphSpansPointIntoTheInputAsGiven() {
        String input = "\uFEFFFirst line of the story, with enough words to be a paragraph.\r\n\r\n"
                + "Second line says Tom &amp; Jerry\u200B left.\r\n";
        Article a = ArticleParser.parse(input, ParserOptions.builder().rules(BoilerplateRules.none()).build());
        assertThat(a.paragraphs()).extracting(Paragraph::text)
                .containsExactly("First line of the story, with enough words to be a paragraph.",
                        "Second line says Tom & Jerry left.");
        Paragraph second = a.paragraphs().get(1);
        assertThat(second.span().of(input)).isEqualTo("Second line says Tom &amp; Jerry\u200B left.");
        Invariants.check(input, a);
    }

    @Test
    void textPastTheLimitIsKeptAsOneUnparsedBlock() {
        String input = "One short paragraph here.\nAnother paragraph that goes past the limit.";
        Article a = ArticleParser.parse(input, ParserOptions.builder().maxInputLength(30).build());
        Block last = a.blocks().get(a.blocks().size() - 1);
        assertThat(last.role()).isEqualTo(BlockRole.BOILERPLATE);
        assertThat(last.category()).contains(BoilerplateCategory.UNPARSED);
        assertThat(last.span().end()).isEqualTo(input.length());
        Invariants.check(input, a);
    }

    @Test
    void limitNeverSplitsASurrogatePair() {
        String input = "ab\uD83D\uDE00cd";
        Article a = ArticleParser.parse(input, ParserOptions.builder().maxInputLength(3).build());
        Invariants.check(input, a);
        assertThat(a.blocks()).allSatisfy(b -> assertThat(b.span().start()).isNotEqualTo(3));
    }

    @Test
    void htmlIsParsedFromItsVisibleText() {
        String html = "<html><head><title>A headline here</title><script>var x = 1;</script></head>"
                + "<body><p>The first paragraph of a story, long enough to count as real prose.</p>"
                + "<div>Second&nbsp;one, also a sentence of the article body.</div></body></html>";
        Article a = ArticleParser.parseHtml(html);
        assertThat(a.text()).doesNotContain("var x").contains("The first paragraph");
        assertThat(a.paragraphs()).extracting(Paragraph::text)
                .contains("Second one, also a sentence of the article body.");
        Invariants.check(a.text(), a);
    }

    @Test
    void numbersInNeighbouringInlineElementsStayApart() {
        String html = "<p>Published <time>Apr 28, 2023</time><span>2:23 PM</span> by <b>Dana</b><b>Reyes</b></p>";
        Article a = ArticleParser.parseHtml(html);
        assertThat(a.text()).contains("Apr 28, 2023 2:23 PM").contains("Dana Reyes");
    }

    @Test
    void aWordAndANumberInNeighbouringInlineElementsStayApartButAFootnoteMarkStaysOnItsWord() {
        String html = "<div><strong class=\"name\">Yucy</strong><span class=\"time\">3/4/2025</span></div>"
                + "<p>Set the camera to Single Shot<sup>1</sup> and water, H<sub>2</sub>O, beside the <b>tripod</b>"
                + "<i>2</i>.</p>";
        Article a = ArticleParser.parseHtml(html);
        assertThat(a.text()).contains("Yucy 3/4/2025").contains("Single Shot1 and").contains("H2O")
                .contains("tripod 2.");
        Invariants.check(a.text(), a);
    }

    @Test
    void aNoBreakSpaceBesideAnInlineElementIsASpace() {
        String html = "<p>The first <a href=\"/a\">set</a>&nbsp;of&nbsp;images from the new <b>lens</b>\u00a0I took "
                + "last week, here are a few more of them found on the site for everyone to see.</p>";
        Article a = ArticleParser.parseHtml(html);
        assertThat(a.text()).contains("first set of images").contains("new lens I took");
        Invariants.check(a.text(), a);
    }

    @Test
    void whiteSpaceAloneBetweenInlineElementsIsOneSpace() {
        String html = "<p>Most importantly, we arrive<strong> at the airport</strong> <strong>without stress</strong>,"
                + " and the business<b> </b>results follow from a calm start to every trip we plan.</p>";
        Article a = ArticleParser.parseHtml(html);
        assertThat(a.text()).contains("at the airport without stress").contains("business results");
        Invariants.check(a.text(), a);
    }

    @Test
    void anArchiveCalendarOfLinksIsNoListOfTheStory() {
        StringBuilder html = new StringBuilder("<html><body><h1>A free course on cryptography</h1>"
                + "<p>Dan Roe of Riverton University is offering a free online cryptography course. The course runs "
                + "for six weeks, and has five to seven hours of coursework per week.</p><div class=\"sidebar\">");
        for (int year = 2012; year >= 2004; year--) {
            html.append("<div>").append(year);
            for (String m : new String[] {"J", "F", "M", "A", "M", "J", "J", "A", "S", "O", "N", "D"}) {
                html.append(" <a href=\"/").append(year).append('/').append(m).append("\">").append(m).append("</a>");
            }
            html.append("</div>");
        }
        Article a = ArticleParser.parseHtml(html.append("</div></body></html>").toString());
        assertThat(a.paragraphs()).extracting(Paragraph::text)
                .anyMatch(t -> t.startsWith("Dan Roe of Riverton University"))
                .noneMatch(t -> t.startsWith("2012") || t.startsWith("2004"));
        Invariants.check(a.text(), a);
    }

    @Test
    void htmlHeadlineIsTheTitleThePageRepeats() {
        String html = "<html><head><title>Mill River bridge to close for repairs | Riverton Daily</title></head><body>"
                + "<nav><a>Home</a><a>News</a><a>Sports</a></nav><p>Trending: Best pizza in town ranked by readers</p>"
                + "<h1>Mill River bridge to close for repairs</h1><p>By Dana Reyes</p><p>March 4, 2025</p>"
                + "<p>The Riverton council voted on Tuesday to close the old bridge over the Mill River for six months "
                + "of repairs, after inspectors found cracks in two of its steel beams last spring.</p>"
                + "<p>Drivers will be sent over the Elm Street bridge, and the council said the detour would add "
                + "about ten minutes to a crossing at rush hour for most commuters in the county.</p></body></html>";
        Article a = ArticleParser.parseHtml(html);
        assertThat(a.headline()).contains("Mill River bridge to close for repairs");
        assertThat(a.authors()).containsExactly("Dana Reyes");
        Invariants.check(a.text(), a);
    }
}
