package io.github.newsparse.internal.boilerplate;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.newsparse.Article;
import io.github.newsparse.ArticleParser;
import io.github.newsparse.Block;
import io.github.newsparse.BlockRole;
import io.github.newsparse.BoilerplateCategory;
import io.github.newsparse.Paragraph;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** Each named category on an invented page: the line leaves the body with its label. */
class BoilerplateClassifierTest {

    private static final String STORY = "The county fair opened on Friday with a record crowd of families and farmers.\n"
            + "Organizers said the rodeo and the pie contest drew the longest lines of the day.\n"
            + "The fair runs through Sunday evening at the county grounds off Route 4.\n";

    private static Block blockOf(Article a, String input, String line) {
        int at = input.indexOf(line);
        return a.blocks().stream().filter(b -> b.span().start() <= at && at < b.span().end()).findFirst().orElseThrow();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Listen Live|PLAYER",
        "0:00 / 3:12|PLAYER",
        "KAAA · KBBB-FM · WCCC-TV|STATION_LIST",
        "FCC Public Inspection File|STATION_LIST",
        "Share on Facebook|SHARE",
        "Partager|SHARE",
        "Condividi l'articolo|SHARE",
        "Artikel teilen|SHARE",
        "Facebook Twitter Email|SHARE",
        "Sign up for our daily newsletter|NEWSLETTER",
        "Your gift today keeps our reporters on the beat for you.|DONATION",
        "You may also like|RELATED",
        "Advertisement|ADVERTISEMENT",
        "We use cookies to improve your experience on our site.|CONSENT",
        "These cookies are necessary for the website to function and cannot be switched off in our systems. They are usually only set in response to actions made by you which amount to a request for services.|CONSENT",
        "Under the state's consumer privacy act, you have the right to opt-out of the sale of your personal information to third parties.|CONSENT",
        "Leave a comment|COMMENTS",
        "Kommentare|COMMENTS",
        "Laisser un commentaire|COMMENTS",
        "12 Comentarios|COMMENTS",
        "Kommentar hinzufügen|COMMENTS",
        "Du musst angemeldet sein, um einen Kommentar abzugeben.|COMMENTS",
        "Vous devez être connecté pour publier un commentaire.|COMMENTS",
        "Lesen Sie auch|RELATED",
        "Leia também|RELATED",
        "Lees ook|RELATED",
        "Meistgelesen|RELATED",
        "Les plus lus|RELATED",
        "Últimas noticias|RELATED",
        "Weitere Themen|RELATED",
        "関連記事|RELATED",
        "【関連記事】|RELATED",
        "相关阅读|RELATED",
        "リンクをコピーする|SHARE",
        "Tags: fair, county, rodeo|TAGS",
        "Privacy Policy|LEGAL",
        "Skip to main content|NAVIGATION",
    })
    void namedCategoriesLeaveTheBody(String line, BoilerplateCategory category) {
        String input = "Menu\n" + line + "\n" + STORY + line + "\n";
        Article a = ArticleParser.parse(input);
        Block b = blockOf(a, input, line);
        assertThat(b.role()).isEqualTo(BlockRole.BOILERPLATE);
        assertThat(b.category()).contains(category);
        assertThat(a.paragraphs()).extracting(Paragraph::text).noneMatch(t -> t.equals(line));
    }

    @Test
    void teasersWhoseSummariesTrailOffAreRelatedLinksButOneSuchPairIsStory() {
        String input = "County fair draws a record crowd\nJune 6, 2031\n" + STORY + "Latest news\n"
                + "School board picks a new superintendent\n"
                + "The Riverton school board on Monday picked a longtime principal to lead the district after a search that...\n"
                + "June 5\n"
                + "Fire destroys barn on Route 9\n"
                + "A fire that broke out late Sunday destroyed a barn on Route 9 and killed two horses, the county fire…\n"
                + "June 5\n";
        Article a = ArticleParser.parse(input);
        assertThat(a.paragraphs()).extracting(Paragraph::text)
                .noneMatch(t -> t.contains("superintendent") || t.contains("barn") || t.contains("school board"));
        assertThat(blockOf(a, input, "Fire destroys barn").category()).contains(BoilerplateCategory.RELATED);
        assertThat(a.paragraphs()).hasSize(3);
        // a heading and a sentence that trails off, once, inside the story: the story's own
        String own = "County fair draws a record crowd\nJune 6, 2031\n" + STORY + "What comes next\n"
                + "The organizers will meet in the fall to choose the dates and, they hope, a bigger ground...\n"
                + "Tickets for next year go on sale in March at the county office on Main Street.\n";
        assertThat(ArticleParser.parse(own).paragraphs()).extracting(Paragraph::text)
                .anyMatch(t -> t.startsWith("The organizers will meet"));
    }

    @Test
    void copyrightNotesCaptionsAndCreditsGetTheirRoles() {
        String input = "Fair draws record crowd\n\n"
                + "Children ride the carousel at the county fair on Friday afternoon in the sun.\n"
                + "Jo Smith\n/\nValley News\n"
                + STORY
                + "Editor's note: An earlier version of this story misspelled a name.\n"
                + "© 2031 Valley News. All rights reserved.\n";
        Article a = ArticleParser.parse(input);
        assertThat(a.captions()).hasSize(1);
        assertThat(a.captions().get(0).credit()).contains("Jo Smith / Valley News");
        assertThat(a.notes()).hasSize(1);
        assertThat(a.copyright().orElseThrow().year()).hasValue(2031);
        assertThat(a.copyright().orElseThrow().holder()).contains("Valley News");
        assertThat(a.headline()).contains("Fair draws record crowd");
        assertThat(a.paragraphs()).hasSize(3);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "This entry was posted on Monday, October 15th, 2012 at 4:48 pm and is filed under Fairs. You can follow any"
            + " responses to this entry through the RSS 2.0 feed.",
        "Listed below are links to weblogs that reference Fair draws record crowd:",
    })
    void aBlogsLinesUnderThePostAreNotes(String line) {
        String input = "Fair draws record crowd\n\n" + STORY + line + "\n";
        Article a = ArticleParser.parse(input);
        assertThat(blockOf(a, input, line).role()).isEqualTo(BlockRole.NOTE);
        assertThat(a.paragraphs()).extracting(Paragraph::text).doesNotContain(line);
    }

    @Test
    void aQuotedStatementBeforeACreditIsStoryNotItsCaption() {
        String input = "Fair draws record crowd\n\n" + STORY
                + "\u201cIt was the best day we have had in years,\u201d organizer Dana Reyes said on Saturday.\n"
                + "Photo: Jo Smith / Valley News\n"
                + "The fair closes on Sunday evening after the tractor pull and the fireworks show.\n";
        Article a = ArticleParser.parse(input);
        assertThat(a.captions()).isEmpty();
        assertThat(a.paragraphs()).extracting(Paragraph::text).anyMatch(t -> t.contains("best day we have had"));
        assertThat(a.quotes()).anyMatch(q -> q.speaker().orElse("").equals("Dana Reyes"));
    }

    @Test
    void aLongParagraphBeforeACreditIsStoryButAShortLineIsItsCaption() {
        String paragraph = "Volunteers worked through the night to finish the new barn before the gates opened, "
                + "hauling lumber from the old mill on the river road and raising the frame by lantern light, "
                + "and by morning the animals had a dry place to rest while families lined up outside.";
        String caption = "Volunteers raise the frame of the new barn at the county grounds on Thursday night.";
        String input = "Fair draws record crowd\n\n" + STORY + paragraph + "\nPhoto: Jo Smith / Valley News\n"
                + caption + "\nPhoto: Jo Smith / Valley News\n"
                + "The fair closes on Sunday evening after the tractor pull and the fireworks show.\n";
        Article a = ArticleParser.parse(input);
        assertThat(a.paragraphs()).extracting(Paragraph::text).contains(paragraph);
        assertThat(a.captions()).extracting(c -> c.text()).containsExactly(caption);
    }

    @Test
    void aMultiParagraphAppealLeavesTheBodyWhole() {
        String input = STORY + "Support local news\n"
                + "This reporting is made possible by members like you who give what they can.\n"
                + "Your donation today keeps our newsroom independent. Become a member now.\n";
        Article a = ArticleParser.parse(input);
        assertThat(a.paragraphs()).extracting(Paragraph::text).noneMatch(t -> t.contains("donation") || t.contains("members"));
        assertThat(blockOf(a, input, "Support local news").category()).isEqualTo(Optional.of(BoilerplateCategory.DONATION));
    }

    @Test
    void storyThatMentionsADonationStaysInTheBody() {
        String input = STORY + "The Lions Club made a donation of $500 to the 4-H program, the club president said.\n";
        Article a = ArticleParser.parse(input);
        assertThat(a.paragraphs()).extracting(Paragraph::text).anyMatch(t -> t.contains("Lions Club"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "When you hire freelance crew members, ask whether they bring their own lights and cameras.",
        "Your gym membership fee expires after a year if you do not use it, so plan your visits.",
    })
    void aGuideThatAddressesTheReaderAboutMembersIsStory(String line) {
        // "members" and "membership" alone are no appeal: a guide speaks to its reader about them
        String input = STORY + line + "\nThe fair runs through Sunday evening at the county grounds off Route 4.\n";
        Article a = ArticleParser.parse(input);
        assertThat(a.paragraphs()).extracting(Paragraph::text).contains(line);
    }

    @Test
    void withoutCategoryKeepsThatCategoryInTheBody() {
        String input = STORY + "Listen Live\n";
        Article a = ArticleParser.parse(input, io.github.newsparse.ParserOptions.builder()
                .rules(io.github.newsparse.BoilerplateRules.standard().withoutCategory(BoilerplateCategory.PLAYER))
                .build());
        assertThat(blockOf(a, input, "Listen Live").category()).isNotEqualTo(Optional.of(BoilerplateCategory.PLAYER));
    }

    private static final String NAV = "Skip to main content\nHome\nNews\nSports\nWeather\n";
    /** Enough story (over 300 characters) for a closing heading to end it. */
    private static final String LONG_STORY = STORY
            + "Vendors said sales of lemonade and fried dough were up from last year, when rain kept many visitors home.\n";

    @Test
    void aListInsideTheStoryStaysInTheBody() {
        String input = NAV + STORY + "The fair returns next summer on these dates:\n"
                + "June 9 – Millbrook, NY @ County Grounds\n"
                + "June 10 – Dover, DE @ State Fairgrounds\n"
                + "June 14 – Salem, OR @ Expo Center\n"
                + "Share on Facebook\n";
        Article a = ArticleParser.parse(input);
        assertThat(a.paragraphs()).extracting(Paragraph::text)
                .contains("June 9 – Millbrook, NY @ County Grounds", "June 14 – Salem, OR @ Expo Center");
    }

    @Test
    void aMenuOfPlainWordsIsNotAList() {
        String input = NAV + STORY + "Share on Facebook\nWorld\nBusiness\nOpinion\nArts\nTravel\nFood\nVideo\n";
        Article a = ArticleParser.parse(input);
        assertThat(a.paragraphs()).extracting(Paragraph::text).noneMatch(t -> t.equals("Business") || t.equals("Food"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"Comments", "Tags"})
    void commentsAndTagsHeadingsEndTheStory(String heading) {
        String input = NAV + LONG_STORY + heading + "\n"
                + "I have been going to this fair for twenty years and it gets better every single time.\n"
                + "The parking was a mess on Saturday and nobody from the county was there to help us.\n";
        Article a = ArticleParser.parse(input);
        assertThat(a.paragraphs()).hasSize(4);
        assertThat(a.paragraphs()).extracting(Paragraph::text).noneMatch(t -> t.contains("parking"));
    }

    @Test
    void aTagsWidgetUnderTheFirstParagraphDoesNotEndAStoryFarLongerThanWhatCameBefore() {
        StringBuilder rest = new StringBuilder();
        for (int i = 1; i <= 14; i++) {
            rest.append("In part ").append(i).append(" of the day the fair board walked the grounds with the vendors, the")
                    .append(" rodeo crew and the 4-H leaders, and they wrote down what worked and what should change")
                    .append(" before the gates open again next summer on the county grounds off Route 4.\n");
        }
        // the story before the widget is long enough for a closing heading, the next few paragraphs are not
        // twice as long, but the story after it is many times longer
        String input = NAV + "Fair draws a record crowd\nBy Jo Smith\n" + LONG_STORY
                + "Judges handed out ribbons for the best pies, the largest pumpkins and the calmest calves, and the"
                + " crowd cheered loudest for a girl of nine whose goat would not leave the ring.\n"
                + "Tags\nFair\nRodeo\n" + rest;
        Article a = ArticleParser.parse(input);
        assertThat(a.paragraphs()).extracting(Paragraph::text)
                .anyMatch(t -> t.contains("record crowd of families"))
                .anyMatch(t -> t.startsWith("In part 1 of the day"))
                .anyMatch(t -> t.startsWith("In part 14 of the day"));
    }

    @Test
    void aCommentsLinkAboveTheStoryDoesNotEndIt() {
        String input = NAV + "Fair draws a record crowd\nJo Smith\n"
                + "Jo Smith covers farms, fairs and rural schools for the Valley News. She has written for papers across the"
                + " state and lives on a small farm outside Millbrook with two dogs, three goats and a great many chickens."
                + " Before that she taught history at the county high school for twelve years and coached its debate team."
                + " You can write to her about anything at all.\n"
                + "posted 2 hours ago\nComments\n"
                + LONG_STORY + "Next year the fair board plans to add a second stage for local bands and a larger barn for"
                + " the sheep and goat shows, which have outgrown the old one since the 4-H club doubled in size.\n"
                + "The board will meet in January to choose the bands and to set the price of tickets for the fair, which"
                + " has not changed in six years, and to hear from neighbors about the noise and the parking on Route 4.\n";
        Article a = ArticleParser.parse(input);
        assertThat(a.paragraphs()).extracting(Paragraph::text)
                .anyMatch(t -> t.contains("record crowd of families"))
                .anyMatch(t -> t.contains("second stage"));
    }

    @Test
    void aCommentsLinkInAToolRowInsideTheMarkedStoryDoesNotEndIt() {
        String html = "<html><body><nav><ul><li><a href=/>Home</a></li><li><a href=/news>News</a></li>"
                + "<li><a href=/sports>Sports</a></li></ul></nav><article><h1>Fair draws a record crowd</h1>"
                + "<p>The county fair opened on Friday with a record crowd of families and farmers, and organizers said"
                + " the gates had to be closed twice in the afternoon while the parking lots on Route 4 were cleared.</p>"
                + "<p>Organizers said the rodeo and the pie contest drew the longest lines of the day, with some visitors"
                + " waiting more than an hour in the sun for a seat in the grandstand or a slice of the winning pie.</p>"
                + "<ul class=\"tools\"><li><a href=\"#comments\">Comments</a></li><li><a href=\"#weigh\">Weigh In</a></li>"
                + "<li><a href=\"#fix\">Corrections?</a></li></ul>"
                + "<p>Vendors said sales of lemonade and fried dough were up from last year, when rain kept many away, and the"
                + " food trucks stayed open late.</p>"
                + "<p>The fair board said it would add a second stage for local bands next summer and a larger barn, if"
                + " the county agrees to pay.</p>"
                + "<p>The board will meet in January to choose the bands and to set the price of tickets for"
                + " the fair at its hall.</p>"
                + "<p>The fair runs through Sunday evening at the county grounds, with fireworks planned for 9 p.m."
                + " on the last night.</p>"
                + "</article><footer><p>Contact us</p></footer></body></html>";
        Article a = ArticleParser.parseHtml(html);
        assertThat(a.paragraphs()).extracting(Paragraph::text)
                .anyMatch(t -> t.startsWith("The county fair opened"))
                .anyMatch(t -> t.startsWith("The fair runs through Sunday"))
                .noneMatch(t -> t.equals("Comments"));
    }

    @Test
    void listItemsWrittenAsRunningTextStayBetweenStoryParagraphs() {
        String item = "Battery: removable lithium pack rated for roughly forty hours of mixed field use";
        String input = NAV + LONG_STORY + "Features\n" + item + "\n"
                + "Display: bright transflective screen readable in direct midday sunlight conditions\n"
                + "Storage: internal flash memory with room for several thousand detailed topographic maps\n"
                + "Pros\n"
                + "Rugged aluminium housing survives drops onto concrete from waist height easily\n"
                + "The fair board said it will rent two of the devices for its search and rescue volunteers next year.\n"
                + "Volunteers said the maps helped them find a lost hiker in the hills above the fairgrounds last summer.\n";
        Article a = ArticleParser.parse(input);
        assertThat(a.paragraphs()).extracting(Paragraph::text).contains(item, "Features")
                .anyMatch(t -> t.startsWith("Volunteers said"));
    }

    @Test
    void headingsRepeatedOverEachItemOfAListDoNotBreakIt() {
        String item = "Teams with complex schedules and many volunteers";
        String input = NAV + LONG_STORY
                + "Overview\nThe first tool keeps every shift of every volunteer in one calendar that all of them can see, and it"
                + " warns the board when a gate or a barn has nobody on it for more than an hour on any day.\n"
                + "Who it is for\n" + item + "\nFairs that run for more than a week\n"
                + "Overview\nThe second tool sends a text message to each volunteer the night before a shift starts, and it"
                + " asks them to confirm, so the board knows by morning which gates will need someone else.\n"
                + "Who it is for\nSmall fairs with a handful of regular helpers\nBoards that meet only a few times a year\n"
                + "Overview\nThe third tool prints a paper roster for each barn and each gate at the start of every day, which the"
                + " gate captains pin to a board so that every volunteer can check the day's plan on arrival.\n"
                + "Who it is for\nFairs with poor phone signal on their grounds\nVolunteers who would rather not use an app\n"
                + "The fair board said it would try both tools next summer and pick one before the following season.\n";
        Article a = ArticleParser.parse(input);
        assertThat(a.paragraphs()).extracting(Paragraph::text).contains(item)
                .anyMatch(t -> t.startsWith("The fair board said"));
    }

    @Test
    void aListIntroducedByAColonStaysBetweenStoryParagraphs() {
        StringBuilder input = new StringBuilder(NAV + "Five courses for new gardeners\n");
        String[] courses = {"Riverton Garden School", "Millbrook Extension Office", "Valley Seed Library"};
        for (String course : courses) {
            input.append(course).append("\n")
                    .append("The ").append(course).append(" has taught beginners for years, and its teachers walk each class")
                    .append(" through the basics of soil, seeds and watering before anyone is trusted with a spade or a")
                    .append(" hose, which most students say is the part they remember best. Classes meet on weekday evenings")
                    .append(" and on Saturday mornings, and each student leaves with a tray of seedlings to plant at home.\n")
                    .append("What you will learn:\n").append(course.split(" ")[0]).append(" soil basics\n")
                    .append("Seed starting in ").append(course.split(" ")[1].toLowerCase()).append(" beds\n")
                    .append("Watering schedules for ").append(course.split(" ")[0]).append(" summers\n")
                    .append("Composting at home\n");
        }
        input.append("Whichever course you choose, the county fair board said its own garden tent will show the students'")
                .append(" work every August, next to the pie contest and the rodeo grandstand.\n");
        Article a = ArticleParser.parse(input.toString());
        assertThat(a.paragraphs()).extracting(Paragraph::text)
                .anyMatch(t -> t.startsWith("The Riverton Garden School"))
                .anyMatch(t -> t.startsWith("The Valley Seed Library"))
                .contains("Millbrook soil basics", "Seed starting in seed beds")
                .anyMatch(t -> t.startsWith("Whichever course"));
    }

    @Test
    void aTableWhoseCellsBecameLinesStaysInTheStoryButTeaserCountsAfterItDoNot() {
        StringBuilder table = new StringBuilder("Rank\nFair\nVisitors\nChange\n");
        String[] fairs = {"Millbrook", "Dover", "Salem", "Riverton", "Valley", "Elm Grove", "Hale", "Oak Hill"};
        for (int k = 0; k < fairs.length; k++) {
            table.append(k + 1).append('\n').append(fairs[k]).append(" County Fair\n").append(90_000 - 7_000 * k)
                    .append('\n').append(k % 3 == 0 ? "-" : "").append(k + 2).append(".4%\n");
        }
        String input = NAV + "County fairs count their visitors\n"
                + "More people went to the county fairs of the valley this summer than in any year since the board began"
                + " to count them, and most fairs said the new bus line from the city brought families who had never come.\n"
                + "The board counted every paying visitor at the gates of the eight fairs, from the small one at Oak Hill"
                + " to the week-long fair in Millbrook, and it compared each with the year before.\n" + table
                + "The fair board said it would publish next year's figures in January, after the last of the county"
                + " fairs closes its gates and the ticket offices send in their counts of paying visitors.\n"
                + "Most read\nRodeo champion retires after a record season\n432\n11\n"
                + "Pie contest winner shares her recipe\n370\n7\nFair parking lot to be paved\n169\n25\n"
                + "Council weighs a budget for the fairgrounds\n143\n28\nPrivacy Policy\n";
        Article a = ArticleParser.parse(input);
        assertThat(a.paragraphs()).extracting(Paragraph::text)
                .contains("Millbrook County Fair", "Oak Hill County Fair", "90000")
                .anyMatch(t -> t.startsWith("The fair board said it would publish"))
                .doesNotContain("Pie contest winner shares her recipe", "370");
    }

    @Test
    void labelledListItemsStayBetweenStoryParagraphsButTeaserTitlesDoNot() {
        String item = "Native connector: logs calls, attaches recordings, surfaces lead details automatically";
        String input = NAV + LONG_STORY + item + "\n"
                + "Smart routing: sends qualified callers straight toward nearby sales representatives\n"
                + "Outcome tasks: maps booked, missed, voicemail outcomes onto pipeline stages\n"
                + "The fair board said it will try the tool next summer for the ticket line, which had the most calls.\n"
                + "Volunteers said the recordings helped them answer questions about parking and the rodeo schedule.\n"
                + "Fair Tech: Five Tools That Changed The County Fair Ticket Line Forever\n"
                + "Share on Facebook\n";
        Article a = ArticleParser.parse(input);
        assertThat(a.paragraphs()).extracting(Paragraph::text).contains(item)
                .anyMatch(t -> t.startsWith("Volunteers said"))
                .noneMatch(t -> t.startsWith("Fair Tech:"));
    }

    @Test
    void labelsWithTheirFiguresStayBetweenStoryParagraphsButOpeningHoursDoNot() {
        // lines of varied shapes, so that no three in a row make a list of one shape
        String prices = "Ticket prices\nAdult day pass: $12 – $15\nFamily pass (four people): $38 – $45\n"
                + "Child day pass: $6 – $8\nRodeo seats (covered): $20 – $35\nParking: $5 per car\n"
                + "Carnival wristband (all rides): $25\nSenior day pass: $9 – $11\n";
        String after = "The fair board said it would publish the full schedule of the rodeo and the livestock show next week.\n"
                + "Volunteers said the new ticket booths at the east gate should shorten the lines on the opening weekend.\n";
        Article a = ArticleParser.parse(NAV + LONG_STORY + prices + after + "Share on Facebook\n");
        assertThat(a.paragraphs()).extracting(Paragraph::text)
                .contains("Adult day pass: $12 – $15", "Carnival wristband (all rides): $25")
                .anyMatch(t -> t.startsWith("Volunteers said"));

        // a footer's contact details: opening hours are no figures of the story
        String hours = "Fair office\n12 Fairground Road\nMillbrook\nMon - Thu: 8:00am - 6:00pm\nFri: 8:00am - 4:00pm\n"
                + "Box office\nGate 3\nWrite to us\n";
        Article b = ArticleParser.parse(NAV + LONG_STORY + hours + after + "Share on Facebook\n");
        assertThat(b.paragraphs()).extracting(Paragraph::text).doesNotContain("Fri: 8:00am - 4:00pm");
    }

    @Test
    void aLongListWhoseItemsShareTheirMarksDoesNotCutTheStoryInTwo() {
        String[] names = {"Jane Roe", "Sam Ortiz", "Ana Silva", "Tom Reyes", "Lee Park", "Mia Chen", "Ben Okafor",
            "Eva Stone", "Raj Patel", "Kim Lund", "Ola Berg", "Noor Haddad", "Ivy Moss", "Dan Cole", "Zoe Hart"};
        StringBuilder winners = new StringBuilder("The winners\n");
        for (int k = 0; k < names.length; k++) {
            winners.append(names[k]).append(" – Project ").append((char) ('A' + k)).append(" (Instructor: Ann Lee)\n");
        }
        String opening = "The school's design students collected fifteen honors at this year's national awards, more than"
                + " any other school in the state, and their teachers said the work had never been stronger.\n";
        String closing = "The judges said the entries showed a rare mix of craft and ideas, and they singled out the"
                + " festival identities for the way they carried one idea from posters to tickets and signs.\n"
                + "The school will show the winning work in its gallery through the end of the spring term.\n";
        Article a = ArticleParser.parse(NAV + opening + winners + closing + "Share on Facebook\n");
        assertThat(a.paragraphs()).extracting(Paragraph::text)
                .anyMatch(t -> t.startsWith("The school's design students"))
                .contains("Lee Park – Project E (Instructor: Ann Lee)")
                .anyMatch(t -> t.startsWith("The judges said"));
    }

    /** Five paragraphs of a long story about the county's insurers, numbered from {@code first}. */
    private static String insurersStory(int first) {
        StringBuilder b = new StringBuilder();
        for (int k = first; k < first + 5; k++) {
            b.append("In part ").append(k).append(" of the report, the county's insurers said that claims from the spring"
                    + " floods had raised the cost of cover for homes near the river, and that the rise would reach most"
                    + " policies when they are renewed in the autumn, whatever the owners had done to protect them.\n");
        }
        return b.toString();
    }

    /** A table whose cells became lines with no period: a row here and there lacks a cell. */
    private static final String IRREGULAR_TABLE = "Indicators\n2024\nChange\nPremiums written\n4.1\nLosses\nExpenses\n"
            + "3.9\n-0.2\nSurplus\n17.4\nNet income\nCombined ratio\n96.6\n-5.8\nInvestment yield\n3.2\nReserves\n"
            + "Claims paid\n12.5\n1.1\nPolicies\n0.8\nAgents\nBranches\n-3\nStaff\n2.2\n";

    @Test
    void aStoryCutInTwoByALongBlockOfFiguresKeepsBothHalves() {
        String input = NAV + insurersStory(1) + IRREGULAR_TABLE + IRREGULAR_TABLE + insurersStory(6) + "Share on Facebook\n";
        Article a = ArticleParser.parse(input);
        assertThat(a.paragraphs()).extracting(Paragraph::text)
                .anyMatch(t -> t.startsWith("In part 1 of the report"))
                .anyMatch(t -> t.startsWith("In part 10 of the report"))
                .doesNotContain("Combined ratio");
    }

    @Test
    void aLongRunOfCommentsAfterTheStoryIsNoSecondHalf() {
        StringBuilder comments = new StringBuilder();
        for (int k = 1; k <= 5; k++) {
            comments.append("reader").append(k).append(" on July ").append(k).append(", 2012 at 10:0").append(k).append(" am\n")
                    .append("I have read comment number ").append(k).append(" of mine twice now and I still think the"
                            + " insurers are wrong about the river, because my street has not flooded in forty years.\n");
        }
        String settings = "Choose how the comments below are shown to you, then save your settings so that they stay.";
        String input = NAV + insurersStory(1) + IRREGULAR_TABLE + IRREGULAR_TABLE + settings + "\n" + comments
                + "Share on Facebook\n";
        Article a = ArticleParser.parse(input);
        assertThat(a.paragraphs()).extracting(Paragraph::text)
                .anyMatch(t -> t.startsWith("In part 1 of the report"))
                .doesNotContain(settings)
                .noneMatch(t -> t.startsWith("I have read comment number"));
    }

    @Test
    void aStoryPrintedTwiceKeepsItsShortLinesOnceToo() {
        String copy = "The fair board compared the ticket prices of the five largest fairs in the state this summer.\n"
                + "Ticket prices\nAdult pass: twelve dollars\nChild pass: six dollars\n"
                + "Organizers said the prices would stay the same next year, whatever the cost of the rodeo.\n"
                + "Parking\nThe county lot by the east gate will stay free for every visitor on all four days.\n";
        Article a = ArticleParser.parse(NAV + copy + "Share on Facebook\n" + copy + "Contact us\n");
        assertThat(a.paragraphs()).extracting(Paragraph::text)
                .containsOnlyOnce("Adult pass: twelve dollars", "Ticket prices", "Parking")
                .anyMatch(t -> t.startsWith("Organizers said"));
    }

    @Test
    void aTemplateTheStoryRepeatsKeepsItsShortLinesEachTime() {
        // a week's plan inside the article's markup: its lines recur three times, which no copy of a story does
        StringBuilder html = new StringBuilder("<html><body><nav><a href=/>Home</a> <a href=/news>News</a></nav><article>"
                + "<h1>A meal plan for the fair's volunteers</h1><p>The fair's nutritionist wrote a three-day meal plan for"
                + " the volunteers who work the gates from dawn to dusk, and the board printed it in the program.</p>");
        for (int day = 1; day <= 3; day++) {
            html.append("<h3>Day ").append(day).append("</h3><p>Meal 1</p><p>Eat every 2–3 hours</p>")
                    .append("<p>Drink a glass of water with each meal and keep the portions small through the long day.</p>");
        }
        html.append("<p>The board said the plan would be handed out again at next year's fair, with a fourth day"
                + " added.</p></article><footer>Contact us</footer></body></html>");
        Article a = ArticleParser.parseHtml(html.toString());
        assertThat(a.paragraphs()).extracting(Paragraph::text).filteredOn(t -> t.equals("Meal 1")).hasSize(3);
    }

    @Test
    void shortItemsInSentenceCaseGoWithTheRunningTextOfTheirList() {
        String item = "API-first design enables full automation";
        String input = NAV + LONG_STORY + "Pros\n"
                + "Rapid deployment of the ticket scanners at every gate\n" + item + "\n"
                + "Batteries last through a long fair day\nReaders work with paper and phone tickets\n"
                + "Cons\nCustom configurations can take up to three days\nLimited support on weekends\n"
                + "Scanners need a steady wireless signal\n"
                + "The fair board said it will try the scanners next summer at the two busiest gates first, and that it"
                + " would decide after the fair whether to buy more of them for the smaller gates by the barns.\n"
                + "Volunteers said the scanners cut the lines at the main gate to a few minutes on Saturday, when the"
                + " rodeo final and the fireworks brought the largest crowd of the week to the county grounds.\n";
        Article a = ArticleParser.parse(input);
        assertThat(a.paragraphs()).extracting(Paragraph::text).contains(item, "Limited support on weekends")
                .anyMatch(t -> t.startsWith("Volunteers said"));
    }

    /** Twelve items of a list written as running text, as product round-ups print them. */
    private static final String LONG_LIST = "Features\n"
            + "Battery: removable lithium pack rated for roughly forty hours of mixed field use\n"
            + "Display: bright transflective screen readable in direct midday sunlight conditions\n"
            + "Storage: internal flash memory with room for several thousand detailed topographic maps\n"
            + "Housing: rugged aluminium shell that survives drops onto concrete from waist height\n"
            + "Buttons: large rubber keys that work well with thick winter gloves on\n"
            + "Pros\nLight enough to carry on a long day of walking the fairgrounds\n"
            + "Maps load quickly even when there is no phone signal at all\n"
            + "The battery lasts through a whole weekend of search drills\n"
            + "Cons\nThe charger is slow and needs a wall socket near the barns\n"
            + "The screen is small for reading the detailed maps of the grounds\n"
            + "The price is high for a small volunteer group like the fair's\n";

    @Test
    void aLongListOfRunningTextDoesNotEndTheStory() {
        String input = NAV + LONG_STORY + LONG_LIST
                + "Volunteers said the devices helped them find a lost child near the rodeo grandstand last summer,"
                + " and the fair board said it would buy two more before the next fair opens in June.\n";
        Article a = ArticleParser.parse(input);
        assertThat(a.paragraphs()).extracting(Paragraph::text)
                .contains("The price is high for a small volunteer group like the fair's")
                .anyMatch(t -> t.startsWith("Volunteers said the devices"));
    }

    @Test
    void aGapWithDateStampsIsTeasersNotAList() {
        String input = NAV + LONG_STORY + "Around the grounds\n"
                + "Rodeo champion retires after a record season at the grounds\n2 hours ago\n"
                + "The pie contest winner shares the recipe she has kept for years\n5 hours ago\n"
                + "Council weighs the cost of paving the fair's parking lots\n1 day ago\n"
                + "A new barn for the goats opens in time for the spring show\n"
                + "I have been going to this fair for twenty years and it gets better every single time, but the"
                + " parking was a mess on Saturday and nobody from the county was there to help any of us.\n";
        Article a = ArticleParser.parse(input);
        assertThat(a.paragraphs()).extracting(Paragraph::text)
                .doesNotContain("Rodeo champion retires after a record season at the grounds", "2 hours ago");
    }

    @Test
    void theRepeatedLabelsOfARoundUpsItemsKeepTheirValuesInTheStory() {
        String[][] mice = {{"Riverton Swift Pro Ultra", "53g", "8,000Hz"}, {"Millbrook Glide Two Max", "61g", "4,000Hz"},
            {"Valley Feather Lite Wireless", "47g", "2,000Hz"}, {"Elm Grove Dart Pro Wired", "66g", "1,000Hz"}};
        StringBuilder page = new StringBuilder(NAV).append("The best light gaming mice\n").append(LONG_STORY);
        int k = 1;
        for (String[] m : mice) {
            page.append(k++).append(". ").append(m[0]).append('\n').append("Best Light Mouse For Long Matches\n")
                    .append("Product Specifications\nWeight\n").append(m[1]).append("\nPolling rate\n").append(m[2])
                    .append("\nPros\nWell balanced shell\nCons\nNo spare feet in the box\n")
                    .append("The ").append(m[0]).append(" felt steady in every test we ran at the fair's gaming tent, and")
                    .append(" players who tried it said they forgot they were holding a mouse after the first few rounds.\n")
                    .append("Its cable and its feet held up through a week of matches, though the scroll wheel was louder")
                    .append(" than most of the other mice the players tried during the tournament.\n");
        }
        Article a = ArticleParser.parse(page.toString());
        assertThat(a.paragraphs()).extracting(Paragraph::text).contains("53g", "2,000Hz", "3. Valley Feather Lite Wireless")
                .anyMatch(t -> t.startsWith("The Elm Grove Dart Pro Wired felt steady"));
    }

    @Test
    void runningTextAfterTheStoryIsNotKept() {
        String teaser = "Council weighs a new budget for the county fairgrounds after record turnout";
        String input = NAV + LONG_STORY + "More stories\n" + teaser + "\n"
                + "Rodeo champion retires after a record season at the county grounds in the valley\n"
                + "Share on Facebook\nPrivacy Policy\n";
        Article a = ArticleParser.parse(input);
        assertThat(a.paragraphs()).extracting(Paragraph::text).doesNotContain(teaser);
    }

    @Test
    void aRelatedBoxInsideTheStoryDoesNotEndIt() {
        String input = NAV + LONG_STORY + "Related\nFair board picks new director\nRodeo results\n"
                + "Next year the fair board plans to add a second stage for local bands and a larger barn.\n"
                + "The board will meet in January to choose the bands and to set the price of tickets for the fair.\n";
        Article a = ArticleParser.parse(input);
        assertThat(a.paragraphs()).extracting(Paragraph::text).anyMatch(t -> t.contains("second stage"));
    }

    @Test
    void slideshowCountersMarkCaptions() {
        String input = NAV + "1of3Children ride the carousel at the county fair on Friday afternoon.\n" + STORY;
        Article a = ArticleParser.parse(input);
        assertThat(a.captions()).extracting(c -> c.text())
                .containsExactly("Children ride the carousel at the county fair on Friday afternoon.");
        assertThat(blockOf(a, input, "1of3").role()).isEqualTo(BlockRole.CAPTION);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Children ride the carousel at the fair on Friday. (AP Photo/Jo Smith)|AP Photo/Jo Smith",
        "Children ride the carousel at the fair on Friday (Image: Valley News)|Image: Valley News",
        "Children ride the carousel at the fair on Friday. Photo by Jo Smith /AP|Photo by Jo Smith /AP",
        "Kinder fahren am Freitag Karussell auf dem Jahrmarkt, Foto: Jo Smith|Foto: Jo Smith",
        "Des enfants sur le manège de la foire vendredi. Photo : Jo Smith / AFP|Photo : Jo Smith / AFP",
    })
    void aCaptionThatEndsWithItsCreditIsACaptionWithThatCredit(String line, String credit) {
        String input = "Fair draws record crowd\n\n" + line + "\n" + STORY;
        Article a = ArticleParser.parse(input);
        assertThat(a.captions()).singleElement().satisfies(c -> {
            assertThat(c.credit()).contains(credit);
            assertThat(line).startsWith(c.text());
        });
        assertThat(blockOf(a, input, line).role()).isEqualTo(BlockRole.CAPTION);
        assertThat(a.paragraphs()).hasSize(3);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"Foto: Jo Smith", "Bild: Jo Smith", "Imagen: Jo Smith", "Photo : Jo Smith"})
    void creditLinesInOtherLanguagesAreCredits(String credit) {
        String caption = "Children ride the carousel at the county fair on Friday afternoon in the sun.";
        String input = "Fair draws record crowd\n\n" + caption + "\n" + credit + "\n" + STORY;
        Article a = ArticleParser.parse(input);
        assertThat(blockOf(a, input, credit).role()).isEqualTo(BlockRole.CREDIT);
        assertThat(a.captions()).singleElement().satisfies(c -> assertThat(c.credit()).contains(credit));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "She framed a photo by her sister of the lake at dawn.",
        "The exhibit opens Friday. Photo: the museum says it expects a crowd for the opening day.",
        "The mayor thanked the volunteers who built the new barn, Credit Union staff among them.",
    })
    void aStorySentenceThatMentionsAPhotoIsNoCaption(String line) {
        String input = "Fair draws record crowd\n\n" + STORY + line + "\n";
        Article a = ArticleParser.parse(input);
        assertThat(a.captions()).isEmpty();
        assertThat(a.paragraphs()).extracting(Paragraph::text).contains(line);
    }

    @Test
    void aSentenceThatStartsWithACountIsNoCaption() {
        String input = NAV + STORY + "1 of 4 families said they would come back next year for the rodeo.\n";
        Article a = ArticleParser.parse(input);
        assertThat(a.captions()).isEmpty();
    }

    @Test
    void storyCardsAfterTheStoryAreRelatedLinks() {
        String input = NAV + LONG_STORY
                + "Fair board picks a new director\nFair board picks a new director\n"
                + "The longtime treasurer takes over the board after a close vote on Tuesday night in the county hall.\n"
                + "Rodeo queen crowned at the grandstand\nRodeo queen crowned at the grandstand\n"
                + "A high school senior from Millbrook won the title on Saturday evening in front of a full grandstand.\n";
        Article a = ArticleParser.parse(input);
        assertThat(a.paragraphs()).extracting(Paragraph::text).noneMatch(t -> t.contains("treasurer"));
        assertThat(blockOf(a, input, "The longtime treasurer").category()).contains(BoilerplateCategory.RELATED);
    }

    @Test
    void theHeadlinePrintedTwiceIsNoCard() {
        String input = NAV + "Fair draws a record crowd\nFair draws a record crowd\n" + LONG_STORY;
        Article a = ArticleParser.parse(input);
        assertThat(a.headline()).contains("Fair draws a record crowd");
        assertThat(a.paragraphs()).hasSize(4);
    }

    @Test
    void aLinePrintedThreeTimesIsNoCard() {
        String input = NAV + LONG_STORY + "Photos from the county fair\nPhotos from the county fair\n"
                + "Photos from the county fair\n"
                + "The fair board thanked the volunteers who ran the parking lots and the ticket booths all week.\n"
                + "More than two hundred people gave their time this year, the most since the fair began in 1952.\n"
                + "Next year the board hopes to add a shuttle bus from the high school to the main gate of the fair.\n";
        Article a = ArticleParser.parse(input);
        assertThat(a.paragraphs()).extracting(Paragraph::text).anyMatch(t -> t.contains("volunteers"));
    }

    @Test
    void aWritersBioIsNotStory() {
        String input = NAV + LONG_STORY + "Jane Roe is a staff reporter for the Valley News.\n";
        Article a = ArticleParser.parse(input);
        assertThat(a.paragraphs()).extracting(Paragraph::text).noneMatch(t -> t.contains("Jane Roe"));
    }

    @Test
    void shortLinesOfChineseOrJapaneseAreStory() {
        // each line is under 70 characters, but as long as a paragraph of English prose
        String story = "市議会は火曜日、駅前に新しい図書館を建設する計画を全会一致で承認し、来月から工事に入ると発表した。\n"
                + "市長は記者会見で、図書館は二年後の春に開館する予定で、子ども向けの部屋も設けると述べた。\n"
                + "建設費は約十億円で、国の補助金が半分を占め、残りは市の基金から支出される見通しだ。\n"
                + "住民からは駐車場の不足を心配する声も上がっており、市は周辺の道路の整備も検討している。\n";
        String input = NAV + "Share on Facebook\n" + story + "Share on Facebook\nAbout us\nContact\n";
        Article a = ArticleParser.parse(input);
        assertThat(a.paragraphs()).extracting(Paragraph::text).containsExactly(story.strip().split("\n"));
    }

    @Test
    void hindiSentencesEndedByTheDandaAreStoryAndTheMenuIsNot() {
        String menu = "होम\nवीडियो\nदेश\nविदेश\nखेल\nमनोरंजन\nबिजनेस\nराशिफल\n";
        String story = "शहर में आज सुबह से भारी बारिश हुई और कई सड़कें पानी में डूब गईं। नगर निगम ने लोगों से घर में "
                + "रहने की अपील की है।\n"
                + "अधिकारियों ने बताया कि राहत कार्य जारी है और निचले इलाकों से परिवारों को सुरक्षित स्थानों पर "
                + "ले जाया गया है। स्कूल दो दिन बंद रहेंगे।\n"
                + "मौसम विभाग ने अगले दो दिनों तक और बारिश की चेतावनी दी है। नदी का जलस्तर खतरे के निशान के करीब "
                + "पहुंच गया है।\n";
        String input = menu + "Share on Facebook\n" + story + menu;
        Article a = ArticleParser.parse(input);
        assertThat(a.paragraphs()).extracting(Paragraph::text).containsExactly(story.strip().split("\n"));
    }

    @Test
    void aShortLineShapedLikeADatelineDoesNotAnchorTheStory() {
        String input = "Home\nNews\nTech\nRiverton council votes to close the bridge\n" + STORY
                + "More topics\nDIY - Do it yourself\nGadgets\nGames\n";
        Article a = ArticleParser.parse(input);
        assertThat(a.paragraphs()).extracting(Paragraph::text).anyMatch(t -> t.startsWith(STORY.substring(0, 30)));
        assertThat(a.paragraphs()).extracting(Paragraph::text).noneMatch(t -> t.startsWith("DIY"));
    }

    @Test
    void theTitleRepeatedInABoxBelowTheMarkedStoryDoesNotMoveTheStoryThere() {
        String p1 = "Everything gets dearer, except the bus. The regional transport authority alone has sold more than"
                + " a hundred thousand of the new monthly tickets since the first of April, it said on Friday.";
        String p2 = "The ticket, valid from Monday, will not be as popular as last summer's, but commuters will save"
                + " more than half of what they paid, and the railway expects six million new subscribers this year.";
        String p3 = "For the new offer to last, the authority's director said, the federal government and the states"
                + " must agree on who pays for it after the first year, which they have not done so far.";
        String html = "<html><head><title>Ticket: commuters pay 60 percent less</title></head><body>"
                + "<nav><a href='/'>Home</a> <a href='/news'>News</a> <a href='/city'>City</a></nav>"
                + "<article><h1>Commuters save 60 percent on bus and train</h1><p>" + p1 + "</p><p>" + p2 + "</p><p>"
                + p3 + "</p></article>"
                + "<div class='box'><p>Ticket: commuters pay 60 percent less</p><p>Commuters save 60 percent</p><p>"
                + p1 + "</p></div><footer><a href='/imprint'>Imprint</a></footer></body></html>";
        Article a = ArticleParser.parseHtml(html);
        assertThat(a.paragraphs()).extracting(Paragraph::text)
                .anyMatch(t -> t.startsWith("The ticket, valid from Monday"))
                .anyMatch(t -> t.startsWith("For the new offer to last"));
    }

    /** Paragraphs hard-wrapped at about 72 characters, as wire copy is, each different. */
    private static String wrapped(int paragraphs) {
        String[] topics = {"treadmills", "rowing machines", "kettlebells", "free weights", "cable stations",
            "exercise bikes", "resistance bands", "medicine balls", "battle ropes", "squat racks", "bench presses",
            "ellipticals"};
        StringBuilder out = new StringBuilder();
        for (int p = 0; p < paragraphs; p++) {
            String t = topics[p % topics.length];
            String text = "Members who are new to " + t + " often start with the lightest setting and"
                    + " a coach at their side, then add time or weight each week as their form improves and the"
                    + " movement feels natural; club number " + (p + 1) + " runs a short class on " + t
                    + " every morning, and the staff there will adjust the machine to each member before the"
                    + " first set, which is when most of the injuries in a gym happen to beginners.";
            StringBuilder line = new StringBuilder();
            for (String w : text.split(" ")) {
                if (line.length() + w.length() + 1 > 72) {
                    out.append(line).append('\n');
                    line.setLength(0);
                }
                line.append(line.length() == 0 ? "" : " ").append(w);
            }
            out.append(line).append("\n\n");
        }
        return out.toString();
    }

    @Test
    void hardWrappedCopyAfterAMenuIsAScrapedPage() {
        StringBuilder page = new StringBuilder();
        for (String m : new String[] {"Shop Apparel", "Member Portal", "Free Pass", "Our History", "Policies", "FAQ",
            "Testimonials", "Apparel", "Franchise", "Blog", "Amenities", "Recovery", "Tanning", "Locations", "Clubs",
            "Memberships", "Contact Us", "Careers", "Corporate", "Kids", "Training", "Classes", "Child Care"}) {
            page.append(m).append('\n');
        }
        page.append("The beginner's guide to gym equipment\n").append(wrapped(12));
        assertThat(ArticleParser.parse(page.toString()).paragraphs()).extracting(Paragraph::text)
                .anyMatch(t -> t.startsWith("Members who are new to treadmills"))
                .noneMatch(t -> t.equals("Memberships") || t.equals("Shop Apparel"));
    }

    @Test
    void hardWrappedCopyWithAShortHeadIsCopyWhole() {
        String copy = "Gyms\nOpening hours\nThe beginner's guide to gym equipment\n" + wrapped(12);
        Article a = ArticleParser.parse(copy);
        assertThat(a.paragraphs()).extracting(Paragraph::text).anyMatch(t -> t.startsWith("Members who are new to"));
        assertThat(a.blocks()).noneMatch(b -> b.role() == BlockRole.BOILERPLATE);
    }
}
