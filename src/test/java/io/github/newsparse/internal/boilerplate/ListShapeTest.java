package io.github.newsparse.internal.boilerplate;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ListShapeTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "June 9 – Tampa, FL @ Arena|a9–a",
        "12. Preheat the oven|9.a",
        "3a etapa: 22 de abril – Velopark|9a:9",
        "• Two cups of flour|•a",
    })
    void keysKeepTheOpeningShape(String line, String key) {
        assertThat(ListShape.key(line)).isEqualTo(key);
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(value = {"Business", "World News Today", "a", "''"}, emptyValue = "")
    void plainWordsHaveNoKey(String line) {
        assertThat(ListShape.key(line)).isNull();
    }

    @Test
    void threeLinesOfOneShapeMakeAList() {
        String[] texts = {"Home", "1. Flour", "2. Sugar", "3. Eggs", "Share", "4. Milk"};
        boolean[] fixed = new boolean[texts.length];
        assertThat(ListShape.lists(texts, fixed)).containsExactly(false, true, true, true, false, false);
        fixed[2] = true;
        assertThat(ListShape.lists(texts, fixed)).containsExactly(false, false, false, false, false, false);
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(value = {"November 2012", "Nov. 2012 (5)", "› Mai 2024", "Septiembre 2019"})
    void anArchivesMonthsAreNoList(String line) {
        assertThat(ListShape.key(line)).isNull();
    }

    @Test
    void aRunOfArchiveMonthsIsNoListButTourDatesAre() {
        String[] archive = {"November 2012", "October 2012", "September 2012", "August 2012"};
        assertThat(ListShape.lists(archive, new boolean[archive.length])).containsOnly(false);
        String[] tour = {"November 9, 2012 – Tampa", "October 2, 2012 – Austin", "September 5, 2012 – Reno"};
        assertThat(ListShape.lists(tour, new boolean[tour.length])).containsOnly(true);
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', value = {"Book music – a band or a disc jockey; discuss style and songs",
        "Focus: consumer electronics, smart devices and mobility", "Hire a florist - discuss vision and budget",
        "2. Celebrate — throw an engagement party if you like"})
    void aTermWithItsExplanationIsADefinition(String line) {
        assertThat(ListShape.isDefinition(line)).isTrue();
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', value = {"Focus: Consumer electronics and smart devices", "Tips: tips",
        "Our ten favourite trails in the hills around the city and the lakes – reviewed", "Home – Blog – Contact – About",
        "the city council met: members argued", "Wedding planning checklist for the year"})
    void aNameAShortLineOrALowerCaseOpeningIsNoDefinition(String line) {
        assertThat(ListShape.isDefinition(line)).isFalse();
    }

    @Test
    void fourDefinitionsInARowAreAList() {
        String[] texts = {"Checklist", "Book music – a band or a disc jockey; discuss style and songs",
            "Hire florist – discuss vision, favourite flowers and budget", "Book officiant – a civil or religious one, on the date",
            "Order cake – schedule a tasting and choose flavours", "Share"};
        assertThat(ListShape.lists(texts, new boolean[texts.length]))
                .containsExactly(false, true, true, true, true, false);
        String[] three = java.util.Arrays.copyOf(texts, 4);
        assertThat(ListShape.lists(three, new boolean[three.length])).containsOnly(false);
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', value = {"Robot Art (35)", "July (309)", "Communications (1,056)", "Blog [12]",
        "Mitt Romney would 'respect' a strike, aide says (3812)"})
    void aSidebarsCountedLabelsAreNoList(String line) {
        assertThat(ListShape.isCountedLabel(line)).isTrue();
        assertThat(ListShape.key(line)).isNull();
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', value = {"Median days on the market (2024)", "Gmail from Google ★★★★★(8)",
        "Step 2 (10)", "(12)", "Top speed (mph)"})
    void aYearARatingOrAnotherDigitIsNoCount(String line) {
        assertThat(ListShape.isCountedLabel(line)).isFalse();
    }

    @Test
    void aShortPostKeepsItsStoryOverItsSidebarsCountedCategories() {
        StringBuilder page = new StringBuilder("« Older post\nA robot plays the drums\nAugust 25th, 2012 by SB\n"
                + "Courtesy of a robotics club in Berlin, who are building a whole band to go with the drummer, here are a"
                + " few minutes of meditative rock and roll played at a fair.\nAlso note the tiny helicopter.\n"
                + "Thanks to a reader for the tip!\nLeave a Reply\nCategories\n");
        for (String c : new String[] {"Asia Kicks Our Ass", "Bill Joy Is Probably Wrong", "Bill Joy Might Be Right",
            "Cool Robot of the Week", "Daily photo", "Domestic Robots", "Greetings From the Future", "History of Robots",
            "Medical Robots", "Neat Stuff", "Robot Art", "Robot Combat", "Robot Comedy", "Robot Games",
            "Robot Overlords", "Robots in the News", "Robots at Work", "Toys and Kits"}) {
            page.append(c).append(" (").append(c.length() * 7).append(")\n");
        }
        assertThat(io.github.newsparse.ArticleParser.parse(page.toString()).paragraphs())
                .extracting(io.github.newsparse.Paragraph::text)
                .anyMatch(t -> t.startsWith("Courtesy of a robotics club"))
                .noneMatch(t -> t.startsWith("Robot Art"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Jane Roe – Second Stitch (Instructor: Ann Lee)|–(:",
        "Carafe style: glass or thermal?|:?",
        "Ana Ruiz / Lead vocals [2019]|/[",
    })
    void marksKeepAnItemsStructure(String line, String marks) {
        assertThat(ListShape.marks(line)).isEqualTo(marks);
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', value = {
        // one mark (a bracket pair is one), prose's own marks, too few or too many words
        "Share on Facebook (opens in a new window)",
        "The well-known mayor's plan, as drafted, failed.",
        "Roe – (Lee:)",
        "Home",
    })
    void linesWithoutAnItemsStructureHaveNoMarks(String line) {
        assertThat(ListShape.marks(line)).isNull();
    }

    @Test
    void fourItemsThatShareTheirMarksMakeAListButATableOfContentsDoesNot() {
        String[] winners = {"Winners", "Jane Roe – Second Stitch (Instructor: Ann Lee)",
            "Sam Ortiz – River Type (Instructor: Lee Park)", "Ana Silva – Night Market (Instructor: Ann Lee)",
            "Tom Reyes – Paper Birds (Instructor: Lee Park)", "Share"};
        assertThat(ListShape.lists(winners, new boolean[winners.length]))
                .containsExactly(false, true, true, true, true, false);
        String[] threeOnly = java.util.Arrays.copyOf(winners, 4);
        assertThat(ListShape.lists(threeOnly, new boolean[threeOnly.length])).containsOnly(false);
        // the entries repeat the story's headings printed above them
        String[] contents = {"Carafe style: glass or thermal?", "Filter style: flat or conical?", "Contents",
            "Carafe style: glass or thermal?", "Filter style: flat or conical?", "Timer: do you need one?",
            "Pause and serve: how fast is it?"};
        assertThat(ListShape.lists(contents, new boolean[contents.length])).containsOnly(false);
    }

    private static String[] rows(String... cells) {
        return cells;
    }

    @Test
    void cellsOfATableOnLinesOfTheirOwnAreFound() {
        String[] texts = rows("Top insurers", "1", "State Farm", "107,764,591", "16.4%", "2", "Berkshire Hathaway", "80,324,255",
                "4.1%", "3", "Progressive", "73,902,105", "21.2%", "4", "Allstate", "55,219,044", "-1.5%", "Share this");
        boolean[] found = ListShape.tables(texts, new boolean[texts.length]);
        assertThat(found[0]).isFalse();
        assertThat(found[1]).isTrue();
        assertThat(found[16]).isTrue();
        assertThat(found[17]).isFalse();
    }

    @Test
    void fewerRowsTwoColumnsOrWordsAloneAreNoTable() {
        String[] threeRows = rows("1", "State Farm", "107,764,591", "2", "Berkshire", "80,324,255", "3", "Progressive", "73,902,105");
        assertThat(ListShape.tables(threeRows, new boolean[threeRows.length])).containsOnly(false);
        // a numbered list of headlines: two columns, whatever period of two rows it also has
        String[] numbered = rows("1", "Fair opens", "2", "Rodeo results", "3", "Pie contest", "4", "Parade", "5", "Fireworks",
                "6", "Weather", "7", "Parking", "8", "Tickets");
        assertThat(ListShape.tables(numbered, new boolean[numbered.length])).containsOnly(false);
        String[] menu = rows("News", "Sports", "Weather", "Opinion", "News", "Sports", "Weather", "Opinion", "News", "Sports",
                "Weather", "Opinion", "News", "Sports", "Weather", "Opinion");
        assertThat(ListShape.tables(menu, new boolean[menu.length])).containsOnly(false);
    }

    @Test
    void aWideTableWithNotesInItsFiguresAndItsHeadingsIsFound() {
        // nine columns; figures with a note ("3 (tie)", "38% / 48%") or none ("N/A"); repeated figures the
        // repeat rule fixed; the headings above the first row
        String[] texts = rows("The ranking of the top programs is in the table below.",
                "Rank", "School", "Last year", "Women", "Accepted", "Yield", "GPA", "Test", "Salary",
                "1", "Booth", "1", "37% / 40%", "30%", "48%", "3.6", "729", "$175,000",
                "2", "Kellogg", "3 (tie)", "38% / 48%", "31%", "38%", "3.7", "729", "$165,000",
                "3", "Wharton", "1 (tie)", "35% / 50%", "23%", "62%", "3.6", "733", "$175,000",
                "4", "Sloan", "5 (tie)", "40% / 46%", "15%", "N/A", "3.6", "730", "$165,000",
                "Schools that rose the most are listed next.");
        boolean[] fixed = new boolean[texts.length];
        fixed[12] = true;
        fixed[17] = true;
        fixed[26] = true;
        boolean[] found = ListShape.tables(texts, fixed);
        assertThat(found[0]).isFalse();
        for (int i = 1; i < texts.length - 1; i++) {
            assertThat(found[i]).as(texts[i]).isTrue();
        }
        assertThat(found[texts.length - 1]).isFalse();
    }

    @Test
    void teasersDatedInIdeographsAreNoTable() {
        String[] texts = rows("地震で新幹線が停止", "宮崎県で震度５弱を観測した地震の影響で、新幹線は一時運転を見合わせた。", "1月13日",
                "神社で寒中みそぎ", "１９０年以上続く神事が行われた。", "1月13日", "スキーバス事故から９年", "犠牲者を悼み献花した。", "1月13日",
                "市長選の告示", "三人が立候補を届け出た。", "1月12日");
        assertThat(ListShape.tables(texts, new boolean[texts.length])).containsOnly(false);
    }
}
