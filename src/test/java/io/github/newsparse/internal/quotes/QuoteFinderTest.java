package io.github.newsparse.internal.quotes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.newsparse.Article;
import io.github.newsparse.ArticleParser;
import io.github.newsparse.Quote;
import io.github.newsparse.QuoteKind;
import io.github.newsparse.Speaker;
import java.util.List;
import org.junit.jupiter.api.Test;

/** One behaviour per test, on short invented texts. */
class QuoteFinderTest {

    private static List<Quote> direct(String text) {
        return ArticleParser.parse(text).quotes().stream().filter(q -> q.kind() == QuoteKind.DIRECT).toList();
    }

    private static List<Quote> indirect(String text) {
        return ArticleParser.parse(text).quotes().stream().filter(q -> q.kind() == QuoteKind.INDIRECT).toList();
    }

    private static Quote only(List<Quote> quotes) {
        assertThat(quotes).hasSize(1);
        return quotes.get(0);
    }

    @Test
    void attributionAfterTheQuote() {
        Quote q = only(direct("“The bridge will open next week,” Ortega said."));
        assertThat(q.text()).isEqualTo("The bridge will open next week");
        assertThat(q.speaker()).contains("Ortega");
        assertThat(q.cue()).contains("said");
    }

    @Test
    void aParagraphOfQuotationGoesOnWithWhomTheParagraphBeforeReported() {
        Quote q = only(direct("Flood update\n\nAt the meeting, county engineer Dana Reyes said the crews had checked every"
                + " mile of the levee.\n\n\u201cWe found two weak spots, and both are fixed now. The rest will hold.\u201d\n"));
        assertThat(q.speaker()).contains("Dana Reyes");
        // a paragraph that reports a group names no speaker for the quotation after it
        Quote group = only(direct("Flood update\n\nAt the meeting, county engineers said the crews had checked every"
                + " mile of the levee.\n\n\u201cWe found two weak spots, and both are fixed now. The rest will hold.\u201d\n"));
        assertThat(group.speaker()).isEmpty();
    }

    @Test
    void aPronounAfterTheSubjectOfItsOwnSentenceIsThatPerson() {
        List<Quote> found = indirect("Flood update\n\nMayor Tom Ruiz toured the levee on Monday.\n\n\u201cThe levee is"
                + " old,\u201d said county engineer Dan Reyes.\n\n"
                + "Ruiz has criticised the repair plan, which he said would cost the town too much.\n");
        assertThat(found).filteredOn(q -> q.mention().filter(m -> m.equals("he")).isPresent())
                .singleElement().satisfies(q -> assertThat(q.speaker()).contains("Tom Ruiz"));
    }

    @Test
    void aSurnameThatEndsLikeAParticipleIsANameWhenThePageShowsIt() {
        String page = "Flood update\n\nThe levee plan drew criticism from Curt Schilling on Monday.\n\n";
        Quote before = only(direct(page + "Schilling told reporters: \u201cI read the plan. I did not write it.\u201d"));
        assertThat(before.text()).isEqualTo("I read the plan. I did not write it.");
        assertThat(before.speaker()).hasValueSatisfying(s -> assertThat(s).endsWith("Schilling"));
        Quote after = only(direct(page + "\u201cI read the plan,\u201d Schilling said."));
        assertThat(after.speaker()).hasValueSatisfying(s -> assertThat(s).endsWith("Schilling"));
        // a participle opening a clause stays one; a word the page writes in lower case is no name
        assertThat(only(indirect(page + "Speaking at the levee, Reyes said the plan would fail.")).speaker())
                .contains("Reyes");
        assertThat(indirect("Flood update\n\nPolling in the county shows that the levee is popular. The polling"
                + " firm Reyes Research found that support had grown.\n")).extracting(q -> q.speaker().orElse(""))
                .doesNotContain("Polling");
    }

    @Test
    void aQuantityOpeningASentenceIsNoNameAndTheNameAfterItSpeaks() {
        Quote named = only(indirect("Flood update\n\nOne of the authors of the 2013 report, Ari Fleischer, said the"
                + " levee will test their conclusions.\n"));
        assertThat(named.speaker()).contains("Ari Fleischer");
        Quote unnamed = only(direct("Flood update\n\nOne of the protesters said: \u201cWe are scared for our"
                + " children and the town.\u201d\n"));
        assertThat(unnamed.speaker()).isEmpty();
        assertThat(unnamed.mention()).contains("One of the protesters");
        // a member of a party, unnamed, may hold a stance as a named person does
        Quote member = only(indirect("Flood update\n\nOne Republican threatened to make the engineer testify in"
                + " public.\n"));
        assertThat(member.mention()).contains("One Republican");
        assertThat(member.speaker()).isEmpty();
    }

    @Test
    void aClosingToldNamesItsListenerWhateverItsCase() {
        Quote q = only(indirect("Flood update\n\nThe levee had held through every storm, a county spokesman told The"
                + " Riverton Gazette.\n"));
        assertThat(q.text()).isEqualTo("The levee had held through every storm");
        assertThat(q.mention()).contains("a county spokesman");
    }

    @Test
    void aNameDescribedBeforeItsCueKeepsItsQuote() {
        String page = "Flood update\n\nMayor Ana Ortega toured the levee on Monday.\n\n";
        Quote q = only(direct(page + "\u201cWe did not discuss the budget,\u201d warm-and-fuzzy Ortega said.\n"));
        assertThat(q.text()).isEqualTo("We did not discuss the budget");
        assertThat(q.speaker()).contains("Ana Ortega");
        Quote tired = only(direct(page + "\u201cWe did not discuss the budget,\u201d the tired Ortega said.\n"));
        assertThat(tired.speaker()).contains("Ana Ortega");
        // a phrase naming a thing is no person described
        assertThat(direct(page + "\u201cRead the plan before the vote,\u201d the pitch on Kickstarter says.\n"))
                .extracting(x -> x.speaker().orElse("")).doesNotContain("Kickstarter");
    }

    @Test
    void invertedAttributionWithTitleAndAffiliation() {
        Quote q = only(direct("“Drivers should slow down,” said Trooper First Class Dana Reyes, Vermont State Police."));
        assertThat(q.speaker()).contains("Dana Reyes");
        assertThat(q.title()).contains("Trooper First Class");
        assertThat(q.affiliation()).contains("Vermont State Police");
    }

    @Test
    void attributionBeforeTheQuote() {
        Quote q = only(direct("Councilwoman Mia Park said: “We heard the residents loud and clear.”"));
        assertThat(q.speaker()).contains("Mia Park");
        assertThat(q.title()).contains("Councilwoman");
    }

    @Test
    void dashAttribution() {
        Quote q = only(direct("“Public safety comes first.” — Commissioner Ray Olsen"));
        assertThat(q.speaker()).contains("Ray Olsen");
        assertThat(q.cue()).isEmpty();
    }

    @Test
    void cueWithAdjunctsAfterIt() {
        Quote q = only(direct("“We are grateful for the help,” Ortega said in a note posted on Facebook."));
        assertThat(q.speaker()).contains("Ortega");
    }

    @Test
    void splitQuoteGivesTwoQuotesWithOneSpeaker() {
        List<Quote> qs = direct("“The road is closed,” Mayor Lena Fox said. “It will reopen on Friday.”");
        assertThat(qs).extracting(Quote::text).containsExactly("The road is closed", "It will reopen on Friday.");
        assertThat(qs).allSatisfy(q -> assertThat(q.speaker()).contains("Lena Fox"));
    }

    @Test
    void quoteSpanningParagraphsKeepsItsSpeaker() {
        List<Quote> qs = direct("“The first part of what I have to say runs on,” Mayor Lena Fox said. “And it goes on here\n\n"
                + "“and it ends in this paragraph, many words later.”");
        assertThat(qs).hasSize(3);
        assertThat(qs.get(2).text()).startsWith("and it ends");
        assertThat(qs.get(2).speaker()).contains("Lena Fox");
    }

    @Test
    void missingCloserBeforeTheCueIsRepaired() {
        List<Quote> qs = direct("“I think the crews did a fine job out there, Tran said. “Nobody likes the detour.”");
        assertThat(qs).extracting(Quote::text).containsExactly("I think the crews did a fine job out there",
                "Nobody likes the detour.");
        assertThat(qs).allSatisfy(q -> assertThat(q.speaker()).contains("Tran"));
    }

    @Test
    void closingMarkUsedAsOpenerAndMixedMarks() {
        List<Quote> qs = direct("Mayor Lena Fox spoke on Monday.\n\n”We will publish the video soon,\" she said. \"People deserve to see it.”");
        assertThat(qs).extracting(Quote::text).containsExactly("We will publish the video soon", "People deserve to see it.");
        assertThat(qs).allSatisfy(q -> assertThat(q.speaker()).contains("Lena Fox"));
    }

    @Test
    void surnamePronounAndTitleResolveToTheFullName() {
        String text = "Springfield Mayor Lena Fox spoke to reporters on Monday.\n\n"
                + "“We have a plan,” Fox said.\n\n“It will work,” she said.\n\n“Trust us,” the mayor said.";
        List<Quote> qs = direct(text);
        assertThat(qs).hasSize(3);
        assertThat(qs).allSatisfy(q -> assertThat(q.speaker()).contains("Lena Fox"));
        assertThat(qs).extracting(q -> q.mention().orElseThrow()).containsExactly("Fox", "she", "the mayor");
    }

    @Test
    void affiliationFromWithAndFromModifierBeforeTheTitle() {
        Article a = ArticleParser.parse("Reporters spoke to Pastor Eli Stone with the Grace Harbor Church on Sunday.\n\n"
                + "“We pray for calm,” Stone said.\n\n"
                + "Springfield police Sgt. Ana Cruz said officers were at the scene.");
        Speaker stone = a.speakers().stream().filter(s -> s.name().equals("Eli Stone")).findFirst().orElseThrow();
        assertThat(stone.titles()).contains("Pastor");
        assertThat(stone.affiliations()).contains("Grace Harbor Church");
        Speaker cruz = a.speakers().stream().filter(s -> s.name().equals("Ana Cruz")).findFirst().orElseThrow();
        assertThat(cruz.titles()).contains("Sgt.");
        assertThat(cruz.affiliations()).contains("Springfield police");
    }

    @Test
    void anOfficerAcronymIsATitleAfterItsCompany() {
        Quote q = only(direct("Big data\n\n“We are entering a new era,” said Dun & Bradstreet CIO Walt Hauck."));
        assertThat(q.speaker()).contains("Walt Hauck");
        assertThat(q.title()).contains("CIO");
        assertThat(q.affiliation()).contains("Dun & Bradstreet");
        assertThat(only(direct("Big data\n\n“Ship it,” said Acme CTO Ana Ruiz.")).title()).contains("CTO");
    }

    @Test
    void capitalisedWordsBeforeAGivenNameDescribeThePerson() {
        Quote q = only(indirect("Blast update\n\nNiagara County Undersheriff Michael Filicetti said the injured suffered"
                + " burns."));
        assertThat(q.speaker()).contains("Michael Filicetti");
        assertThat(q.title()).contains("Undersheriff");
        assertThat(q.affiliation()).contains("Niagara County");
        // one word before the name describes only as a role
        assertThat(only(indirect("Books\n\nEconomist Paul Collier said the plan would fail.")).speaker())
                .contains("Paul Collier");
        // a given name the list lacks, initials: one name
        assertThat(only(indirect("Books\n\nOrson Scott Card said the plan would fail.")).speaker())
                .contains("Orson Scott Card");
        assertThat(only(indirect("Books\n\nJ. Gerald Hebert said the plan would fail.")).speaker())
                .contains("J. Gerald Hebert");
        // a middle initial shows an unlisted given name; a particle stays inside the name
        assertThat(only(indirect("Money\n\nCertified Financial Planner Marguerita M. Cheng said millennials plan"
                + " ahead.")).speaker()).contains("Marguerita M. Cheng");
        Quote vries = only(indirect("Energy\n\nData scientist Alex de Vries said the power use would double."));
        assertThat(vries.speaker()).contains("Alex de Vries");
        assertThat(vries.title()).contains("Data scientist");
    }

    @Test
    void theObjectOfACausativeVerbIsNoSource() {
        assertThat(indirect("Tools\n\nClipboard AI lets users highlight data from a form and paste it.")).isEmpty();
        assertThat(indirect("Tools\n\nThe dashboard helps brands understand what shoppers want.")).isEmpty();
        assertThat(indirect("Tools\n\nWrite a guide and make sure users know how to get it.")).isEmpty();
        // the subject itself still speaks
        assertThat(indirect("Tools\n\nThe company said users would get the update on Monday.")).hasSize(1);
    }

    @Test
    void aThousandsSeparatorIsNoCommaAfterAccordingTo() {
        Quote q = only(indirect("Food trends\n\nAccording to data from over 66,000 responses in the survey, energy and"
                + " focus were the top reasons people buy functional foods."));
        assertThat(q.mention()).contains("data from over 66,000 responses in the survey");
        assertThat(q.text()).startsWith("energy and focus");
    }

    @Test
    void aBaseFormInvertsOnlyWithAPlural() {
        assertThat(indirect("Apps\n\nTest your app on real devices. Publish to the store: Prepare assets, write a store"
                + " listing, and upload your file.")).isEmpty();
        Quote q = only(direct("Apps\n\n“The drug works in most patients,” say the researchers."));
        assertThat(q.mention()).contains("the researchers");
    }

    @Test
    void aTitleThatIsAlsoAGivenNameBeforeOneSurnameIsTheName() {
        Quote q = only(direct("Chips\n\n“Prices fell,” said Dean McCarron, principal analyst at Mercury Research."));
        assertThat(q.speaker()).contains("Dean McCarron");
        assertThat(q.title()).contains("principal analyst");
    }

    @Test
    void britishTitlesWithoutAFullStop() {
        List<Quote> qs = direct("Royals\n\nRoyal commentator Lee Cohen spoke on Monday.\n\nMr Cohen, who was an adviser"
                + " to the US Congress, told The Sun: “It all started to change.”\n\n“It will pass,” said Dr Ana Ruiz.");
        assertThat(qs).extracting(q -> q.speaker().orElse("")).containsExactly("Lee Cohen", "Ana Ruiz");
        assertThat(qs.get(1).title()).contains("Dr");
        Quote police = only(indirect("Police\n\nDet Chief Insp Ana Ruiz said officers were at the scene."));
        assertThat(police.speaker()).contains("Ana Ruiz");
        assertThat(police.title()).contains("Det Chief Insp");
        assertThat(only(direct("Police\n\n“Stay away,” Lt Col Jo Roe said.")).speaker()).contains("Jo Roe");
    }

    @Test
    void aNameAfterAPrepositionIsNoPersonDescribed() {
        Quote q = only(indirect("Polls\n\nThe latest survey by Greenberg Quinlan Rosner for Democracy Corps shows Democrats"
                + " with an advantage in the most vulnerable districts."));
        // the survey speaks, described; not the body named at its end
        assertThat(q.speaker()).contains("The latest survey by Greenberg Quinlan Rosner for Democracy Corps");
        assertThat(q.mention()).contains("The latest survey by Greenberg Quinlan Rosner for Democracy Corps");
    }

    @Test
    void aRoleOfANamedPlaceIsATitleReference() {
        Quote q = only(direct("Flood\n\n“The levee will hold,” said the mayor of Hartford."));
        assertThat(q.title()).contains("mayor");
        assertThat(q.affiliation()).contains("Hartford");
        // the lexicon's own "of", and a holder named after the place, are not this shape
        assertThat(only(indirect("Talks\n\nThe Secretary of State John Kerry said the talks would resume.")).speaker())
                .contains("John Kerry");
    }

    @Test
    void aPredicateIsNoSubject() {
        Quote q = only(indirect("Climate\n\nDavid Keith, who leads a climate initiative and is one of the most cited"
                + " researchers of the field, told me that the technology should not be used unilaterally."));
        assertThat(q.speaker()).contains("David Keith");
    }

    @Test
    void attributionsAfterAQuoteOfCommonShapes() {
        // a name that opens in lower case
        assertThat(only(direct("News\n\n\"The intent is to simplify things for everyone,\" eBay said in a statement."))
                .speaker()).contains("eBay");
        // "commented" after a quote, as "said"
        assertThat(only(direct("News\n\n“Gauss is a complex cyber-espionage toolkit,” Kaspersky commented.")).speaker())
                .contains("Kaspersky");
        // a product in camel case speaks for no one
        assertThat(indirect("Apps\n\nTo build an app for Android, iPhone, and Windows, you plan the features, select"
                + " the tools, write platform-specific code, and test the app.")).isEmpty();
        // a described surname that ends like a people's name, a number inside the description
        assertThat(only(direct("News\n\n\"I played one of the best matches of my life,\" the 14th-ranked Schwartzman"
                + " said.")).speaker()).contains("Schwartzman");
        // a long appositive between the name and the cue
        assertThat(only(direct("News\n\n“We will have to see what the court says,” Dr Atilla Kisla, the international"
                + " justice cluster lead for the Southern Africa Litigation Centre, told Daily Maverick.")).speaker())
                .contains("Atilla Kisla");
    }

    @Test
    void capitalsAroundAPreposition() {
        // one organisation's name
        assertThat(only(indirect("Taxes\n\nCitizens for Tax Justice said the new rules would end the deferral of foreign"
                + " income.")).speaker()).contains("Citizens for Tax Justice");
        // a person and whom they write for
        Quote q = only(direct("Polls\n\n“The impact of the debate is still small,” Cameron Easley for Morning Consult"
                + " wrote."));
        assertThat(q.speaker()).contains("Cameron Easley");
        assertThat(q.affiliation()).contains("Morning Consult");
        // a record described by its author, no person (an indefinite source has no speaker)
        Quote study = only(indirect("Health\n\nA study by Upgraded Points showed that most Americans tipped more when"
                + " paying by card."));
        assertThat(study.mention()).contains("A study by Upgraded Points");
        assertThat(study.speaker()).isEmpty();
    }

    @Test
    void aParagraphAboutTheSpeakerKeepsTheFloorForThem() {
        List<Quote> qs = direct("Mine\n\n“The cracks in my house widen with every blast,” Ms Molatjeng said.\n\nShe has"
                + " already been forced to sell her field.\n\n“It is heartbreaking. They put prices on our land.”");
        assertThat(qs).extracting(q -> q.speaker().orElse("")).containsExactly("Molatjeng", "Molatjeng");
        // a paragraph about something else ends the speaker's turn
        List<Quote> other = direct("Mine\n\n“The cracks in my house widen with every blast,” Ms Molatjeng said.\n\nThe"
                + " mine opened in 2014 and employs about 200 people.\n\n“It is heartbreaking. They put prices on our land.”");
        assertThat(other).extracting(q -> q.speaker().orElse("")).containsExactly("Molatjeng", "");
    }

    @Test
    void aCapitalisedPluralOfPeopleIsAGroupAndNoOneIsIt() {
        List<Quote> qs = indirect("Politics\n\nMr. Clinton spoke on Monday.\n\nAllies say that he does not see any need"
                + " to engage either man.\n\nAnd he wants to avoid giving any grist to her opponents, he said.");
        assertThat(qs).extracting(q -> q.speaker().orElse("")).startsWith("Allies").doesNotContainSequence("Allies", "Allies");
        // a group the page also names in lower case speaks; "it" is one body, never the users
        List<Quote> users = indirect("Apps\n\nMost users are impatient.\n\nUsers expect apps to load instantly.\n\nIt"
                + " will also save money, it said.");
        assertThat(users).extracting(q -> q.speaker().orElse("")).containsExactly("Users", "");
        // a surname the page writes inside a sentence stays a name
        Quote sanders = only(indirect("Politics\n\nVoters cheered Sanders on Monday.\n\nSanders said the plan would"
                + " work for everyone."));
        assertThat(sanders.speaker()).contains("Sanders");
    }

    @Test
    void aGroupPronounStandsForAGroupQuotedLatelyOnly() {
        String said = "Rates\n\nThe city council said that rates would rise in spring.\n\n";
        // two paragraphs on, "it" is still the council
        List<Quote> near = indirect(said + "Water is expensive.\n\nIt said the pipes are old.");
        assertThat(near).extracting(q -> q.speaker().orElse("")).containsExactly("The city council", "The city council");
        // after three paragraphs about other things, "it" is something else
        List<Quote> far = indirect(said + "Water is expensive.\n\nPipes are old.\n\nThe yearbook is cryptic.\n\n"
                + "It suggests that her memories were happy.");
        assertThat(far).extracting(q -> q.speaker().orElse("")).containsExactly("The city council", "");
    }

    @Test
    void anOfficeBeforeASurnameLetsTheTitleReferToThePerson() {
        Quote q = only(indirect("Fleet\n\nHarry Harris commands the fleet.\n\nAdmiral Harris spoke in Tokyo on Monday."
                + "\n\nThe admiral said the comments had two goals."));
        assertThat(q.speaker()).contains("Harry Harris");
        // a courtesy title names no office
        Quote mr = only(indirect("Fleet\n\nHarry Harris commands the fleet.\n\nMr Harris spoke in Tokyo on Monday."
                + "\n\nThe admiral said the comments had two goals."));
        assertThat(mr.speaker()).isEmpty();
    }

    @Test
    void aSurnameOpeningASentenceIsWhomAPronounAfterMayMean() {
        String intro = "Hearing\n\nTom Stafford flew on Apollo 10. Frank Lucas chaired the hearing. “We need a plan,” Lucas said.\n\n";
        List<Quote> qs = direct(intro + "Stafford, earlier in the hearing, was adamant about the booster. “Without a big"
                + " booster, you are not going to make it,” he said.");
        assertThat(qs).extracting(q -> q.speaker().orElse("")).containsExactly("Frank Lucas", "Tom Stafford");
        // not after a courtesy title, and not inside a quotation
        List<Quote> titled = direct(intro + "The hearing went on after Mr. Stafford spoke. “Without a big booster, you"
                + " are not going to make it,” he said.");
        assertThat(titled).extracting(q -> q.speaker().orElse("")).containsExactly("Frank Lucas", "Frank Lucas");
        List<Quote> quoted = direct(intro + "“The hearing was long. Stafford was right,” he said.");
        assertThat(quoted).extracting(q -> q.speaker().orElse("")).containsExactly("Frank Lucas", "Frank Lucas");
    }

    @Test
    void aPronounOfTheOtherGenderThanThePersonIntroducedGoesToThePersonJustQuoted() {
        String text = "Baseball\n\n“We lost the game,” Schilling said.\n\nMaria Mendoza replaced Schilling on the"
                + " broadcast after the season. Last month, he suggested that the network was unfair.";
        assertThat(indirect(text)).extracting(q -> q.speaker().orElse("")).containsExactly("Schilling");
        // not once the text has moved on for more than a paragraph
        String later = "Baseball\n\n“We lost the game,” Schilling said.\n\nThe season ended.\n\nMaria Mendoza replaced"
                + " Schilling on the broadcast after the season. Last month, he suggested that the network was unfair.";
        assertThat(indirect(later)).extracting(q -> q.speaker().orElse("")).containsExactly("");
    }

    @Test
    void anInvertedSpeakerWhoGoesOnToActSpeaks() {
        Quote q = only(direct("Levee\n\n“The levee will hold,” said Ruiz and pointed to the river."));
        assertThat(q.speaker()).contains("Ruiz");
        assertThat(only(direct("Deich\n\n„Der Deich hält“, sagte Anna Berger und zeigte auf den Fluss.")).speaker())
                .contains("Anna Berger");
        // a second speaker after "and" speaks too
        assertThat(only(direct("Levee\n\n“We will rebuild,” said Ruiz and the mayor.")).mention())
                .contains("Ruiz and the mayor");
    }

    @Test
    void whatASpeakerSpeaksOfIsNoEmployer() {
        Quote q = only(direct("Garden\n\n“I plant in drifts and let them seed,” explains Norris of his process."));
        assertThat(q.mention()).contains("Norris");
        assertThat(q.affiliation()).isEmpty();
        // an organisation after "of" is one
        assertThat(only(direct("Garden\n\n“I plant in drifts and let them seed,” said Ana Ruiz of the Garden Club."))
                .affiliation()).contains("Garden Club");
    }

    @Test
    void aNameInsideARelativeClauseIsNotTheSource() {
        Quote q = only(direct("Royals\n\nA pregnant Meghan Markle reportedly turned and hissed at a staffer, leaving"
                + " them in “tears” according to a royal correspondent who joined Meghan and Prince Harry on their tour."));
        assertThat(q.speaker()).isEmpty();
        assertThat(q.mention().orElse("")).startsWith("a royal correspondent");
    }

    @Test
    void aRoleThenOneNameIsThatPerson() {
        Quote q = only(direct("Football\n\n“I would be honoured to play for my country,” former CSKA Sofia midfielder"
                + " Marquinhos told Bulgarian media."));
        assertThat(q.speaker()).contains("Marquinhos");
        assertThat(q.title()).contains("former CSKA Sofia midfielder");
        // a body or a quantity before one capitalised word is no role of a person
        assertThat(only(indirect("Chips\n\nData center GPUs handle the computation demands of large models, the"
                + " report said.")).speaker().orElse("")).isNotEqualTo("GPUs");
    }

    @Test
    void apostrophesAreNotQuotes() {
        assertThat(direct("Don’t miss the ’90s show of rock ’n’ roll at O’Neill’s bar, organizers said.")).isEmpty();
    }

    @Test
    void shortQuotedTermsWithoutCueAreNotSpeech() {
        assertThat(direct("The so-called “fast lane” plan, nicknamed “the Zipper,” was approved in a vote.")).isEmpty();
    }

    @Test
    void quotedFragmentInsideReportedSpeechIsNotADirectQuote() {
        String text = "Spokeswoman Kim Lo said the company has “always run a lean operation and will continue to do so.”";
        assertThat(direct(text)).isEmpty();
        Quote q = only(indirect(text));
        assertThat(q.speaker()).contains("Kim Lo");
    }

    @Test
    void reportedSpeechShapes() {
        Quote a = only(indirect("Officials said that the water is safe to drink again."));
        assertThat(a.text()).isEqualTo("the water is safe to drink again");
        assertThat(a.speaker()).contains("Officials");
        Quote b = only(indirect("The water is safe to drink again, the utility director said."));
        assertThat(b.text()).isEqualTo("The water is safe to drink again");
        Quote c = only(indirect("According to police, the driver was not hurt in the crash."));
        assertThat(c.text()).isEqualTo("the driver was not hurt in the crash");
        assertThat(c.cue()).contains("according to");
        assertThat(c.speaker()).contains("police");
    }

    @Test
    void reportedClauseStartsAtItsSubjectNotAtALaterThat() {
        Quote q = only(indirect("Deputies said they are looking for the truck that left the scene."));
        assertThat(q.text()).isEqualTo("they are looking for the truck that left the scene");
        Quote r = only(indirect("The sheriff said Monday in a statement that the road will reopen soon."));
        assertThat(r.text()).isEqualTo("the road will reopen soon");
    }

    @Test
    void transcriptLinesNameTheirSpeaker() {
        List<Quote> qs = direct("Partial transcript:\n\nHOST: Let us start with the news of the day.\n\n"
                + "\"GUEST: Well, the campaign has been very clear about this.\"");
        assertThat(qs).extracting(q -> q.speaker().orElseThrow()).containsExactly("Host", "Guest");
        assertThat(qs.get(0).text()).isEqualTo("Let us start with the news of the day.");
    }

    @Test
    void aTableOfLabelledFieldsIsNotATranscript() {
        // one label on every row, or labels the text also writes in lower case: fields, not speakers
        assertThat(direct("Car care schedule\n\nINTERVAL: Every 5,000 miles for most cars.\n\n"
                + "INTERVAL: At least once per year for the brakes.\n\nINTERVAL: When one burns out.")).isEmpty();
        assertThat(direct("Our visit\n\nFAVORITE ITEMS: The cacao nibs and the flatbread were great.\n\n"
                + "PRICE RANGE: About twenty dollars for two people.\n\nWe liked these items best.")).isEmpty();
    }

    @Test
    void fullNamesWithGivenNamesLabelATranscriptOnce() {
        List<Quote> qs = direct("Video transcript:\n\nLINDA RUIZ: Why not debate in the spring?\n\n"
                + "DAVID LOPEZ: We will debate when the schedule allows it.");
        assertThat(qs).extracting(q -> q.speaker().orElseThrow()).containsExactly("Linda Ruiz", "David Lopez");
    }

    @Test
    void aTranscriptLineKeepsItsSpeakerWhenItReportsSomeoneElse() {
        List<Quote> qs = direct("Video transcript:\n\nLINDA RUIZ: Why not debate in the spring?\n\n"
                + "DAVID LOPEZ: The campaign has said it will debate when the schedule allows.");
        assertThat(qs).extracting(q -> q.speaker().orElseThrow()).containsExactly("Linda Ruiz", "David Lopez");
    }

    @Test
    void aSingleCapitalLabelIsNotATranscript() {
        assertThat(direct("UPDATE: The road is open again after the crash on Monday.")).isEmpty();
    }

    @Test
    void quoteSignedWithAHorizontalBar() {
        Quote q = only(direct("“The new park is the best thing to happen to this block.” ― Rosa Diaz"));
        assertThat(q.speaker()).contains("Rosa Diaz");
    }

    @Test
    void verbsThatAreNotSpeechNeedMoreThanASubject() {
        assertThat(indirect("Police responded to Main and Elm streets around noon for a report of a crash.")).isEmpty();
    }

    @Test
    void attributionInsideTheStatementReportsTheWholeSentence() {
        String s = "If the levee holds through Friday, Mayor Ana Ruiz said, the town will not need to evacuate.";
        Quote q = only(indirect("Flood update\n\n" + s));
        assertThat(q.text()).isEqualTo(s.substring(0, s.length() - 1));
        assertThat(q.speaker()).contains("Ana Ruiz");
    }

    @Test
    void aClauseAfterTheCueMakesTheAttributionLeadNotClose() {
        Quote q = only(indirect("Flood update\n\nAsked about the storm, Mayor Ana Ruiz said she expected the river to crest Friday."));
        assertThat(q.text()).isEqualTo("she expected the river to crest Friday");
        assertThat(q.speaker()).contains("Ana Ruiz");
    }

    @Test
    void aClauseAfterAClosingCueIsNoAttribution() {
        assertThat(indirect("Flood update\n\nBecause the river rose so fast, he found himself stuck on the roof.")).isEmpty();
    }

    @Test
    void subjectBeforeAnAppositive() {
        Quote q = only(indirect("Flood update\n\nRuiz, who has led the town since 2019, said the levee would be raised next year."));
        assertThat(q.text()).isEqualTo("the levee would be raised next year");
        assertThat(q.speaker()).contains("Ruiz");
    }

    @Test
    void aRoleThenTheNameBeforeTheCue() {
        Quote q = only(indirect("Flood update\n\nThe town's chief engineer, Ana Lopez, said the levee would be raised next year."));
        assertThat(q.text()).isEqualTo("the levee would be raised next year");
        assertThat(q.speaker()).contains("Ana Lopez");
        assertThat(q.mention()).contains("The town's chief engineer, Ana Lopez");
        // a clause before the name is no role: "… and Ruiz fired his engineer, Ana Lopez, acknowledging …"
        assertThat(indirect("Flood update\n\nThe river rose and Ruiz fired his engineer, Ana Lopez, acknowledging that"
                + " the levee had failed.")).extracting(x -> x.speaker().orElse("")).doesNotContain("Ana Lopez");
    }

    @Test
    void aNameAndItsAppositiveBeforeTheCueAreNoInvertedSpeaker() {
        // "…, said the staff member …" is the cue's clause, not "…, said Smith." closing a statement
        Quote q = only(indirect("Flood update\n\nAna Lopez, the town's chief engineer, said the contractor who built the"
                + " levee should be replaced."));
        assertThat(q.text()).isEqualTo("the contractor who built the levee should be replaced");
        assertThat(q.speaker()).contains("Ana Lopez");
    }

    @Test
    void aParticipleBetweenCommasIsNoAttribution() {
        assertThat(indirect("Flood update\n\nThe new plan, announced Friday, would raise the levee by two feet.")).isEmpty();
    }

    @Test
    void auxiliariesBelongToTheCue() {
        Quote q = only(indirect("Flood update\n\nThe mayor has repeatedly said the levee is safe."));
        assertThat(q.cue()).contains("has repeatedly said");
        assertThat(q.text()).isEqualTo("the levee is safe");
        Quote d = only(direct("Flood update\n\n“The levee is safe,” Ruiz has said."));
        assertThat(d.cue()).contains("has said");
        assertThat(d.speaker()).contains("Ruiz");
    }

    @Test
    void aSourceNamedByWhatItIs() {
        Quote q = only(indirect("Flood update\n\nThe witness said the water rose two feet in an hour."));
        assertThat(q.mention()).contains("The witness");
        assertThat(indirect("Flood update\n\nThe other states voting Tuesday are Ohio and Illinois.")).isEmpty();
    }

    @Test
    void surnamesEndingInIngAfterAGivenName() {
        Quote q = only(indirect("Flood update\n\nSpokeswoman Hua Chunying said the country was watching the race closely."));
        assertThat(q.speaker()).contains("Hua Chunying");
    }

    @Test
    void aTitleCaseHeadlineIsNoReportedSpeech() {
        assertThat(indirect("Residents Will Say No to the New Levee Tax\n\nThe vote is on Tuesday.")).isEmpty();
    }

    @Test
    void aHeadlineThatQuotesItsSpeakerWithAColon() {
        Quote q = indirect("Ruiz: The levee will hold through the storm.\n\nThe vote is on Tuesday, Ruiz said.").get(0);
        assertThat(q.speaker()).contains("Ruiz");
        assertThat(q.cue()).contains(":");
        assertThat(q.text()).isEqualTo("The levee will hold through the storm");
        assertThat(indirect("Update: The levee will hold through the storm.\n\nThe vote is on Tuesday.")).isEmpty();
        assertThat(indirect("Mayor: The levee will hold through the storm.\n\nThe vote is on Tuesday.")).isEmpty();
        // a label the story never names again is a label, not a speaker
        assertThat(indirect("Ruiz: The levee will hold through the storm.\n\nThe vote is on Tuesday.")).isEmpty();
    }

    @Test
    void aParticipleReportsWhatTheSubjectSaid() {
        List<Quote> qs = indirect("Flood update\n\nIn May, the mayor rejected the plan, saying that it would cost too much money.");
        // the stance of the main verb is a statement too, before the participle's
        assertThat(qs).extracting(Quote::text, x -> x.cue().orElse(""))
                .containsExactly(tuple("the plan", "rejected"), tuple("it would cost too much money", "saying"));
        assertThat(qs.get(1).mention()).contains("the mayor");
    }

    @Test
    void anySourceAfterAccordingTo() {
        Quote q = only(indirect("Flood update\n\nThe river rose four feet overnight, according to a county flood gauge."));
        assertThat(q.mention()).contains("a county flood gauge");
        assertThat(q.speaker()).as("an unnamed source is no speaker").isEmpty();
        assertThat(q.text()).isEqualTo("The river rose four feet overnight");
    }

    @Test
    void twoAttributionsInOneSentence() {
        List<Quote> qs = indirect("Flood update\n\nThe mayor says the levee will hold, while another official says it will fail.");
        assertThat(qs).extracting(Quote::text).containsExactly("the levee will hold", "it will fail");
        assertThat(qs).extracting(q -> q.mention().orElseThrow()).containsExactly("The mayor", "another official");
    }

    @Test
    void anAttributionWithAdjunctsAfterAQuoteThatEndsItsSentence() {
        Quote q = only(direct("Flood update\n\n\"Save our town!\" the crowd shouted from the steps of the hall."));
        assertThat(q.mention()).contains("the crowd");
        assertThat(q.cue()).contains("shouted");
    }

    @Test
    void anAdverbBeforeTheCueBelongsToIt() {
        Quote q = only(indirect("Flood update\n\nThe mayor famously said the river would never flood the town."));
        assertThat(q.cue()).contains("famously said");
        assertThat(q.mention()).contains("The mayor");
    }

    @Test
    void aSpeakersLabelForSomething() {
        Quote q = only(indirect("Flood update\n\nOn Tuesday, Mayor Ana Ruiz called the levee plan “a waste of money” and left the meeting."));
        assertThat(q.text()).isEqualTo("the levee plan “a waste of money”");
        assertThat(q.speaker()).contains("Ana Ruiz");
        assertThat(q.cue()).contains("called");
        assertThat(indirect("Flood update\n\nThe town called a meeting for Tuesday night at the school.")).isEmpty();
    }

    @Test
    void aRelativeWhoStandsForTheNameBeforeIt() {
        List<Quote> qs = indirect("Flood update\n\nThe vote was delayed by Ana Ruiz, who said the town needed more time to study it.");
        Quote q = only(qs);
        assertThat(q.speaker()).contains("Ana Ruiz");
        assertThat(q.text()).isEqualTo("the town needed more time to study it");
    }

    @Test
    void aDescribedRoleIsATitleReference() {
        Quote q = only(indirect("Flood update\n\nThe independent Vermont senator said the plan would not pass."));
        assertThat(q.title()).contains("senator");
    }

    @Test
    void aClosingAttributionWithAnAppositiveName() {
        Quote q = only(indirect("Flood update\n\nThe plant is under pressure from imports, said the company's chief executive, Jo Roe."));
        assertThat(q.text()).isEqualTo("The plant is under pressure from imports");
        assertThat(q.cue()).contains("said");
    }

    @Test
    void aTitleCaseHeadlineThatReportsSpeech() {
        // ending in a period, the line is a paragraph (quotes are only looked for in paragraphs)
        Quote q = only(indirect("Mayor Ruiz Says the Levee Will Hold.\n\nThe vote is on Tuesday."));
        assertThat(q.speaker()).contains("Ruiz");
        assertThat(q.text()).isEqualTo("the Levee Will Hold");
    }

    @Test
    void aParticipleBetweenTwoQuotes() {
        List<Quote> qs = direct("Flood update\n\nRuiz called the delay a “breach of trust,” adding: “We will not wait any longer for the state.”");
        assertThat(qs).extracting(Quote::text).contains("We will not wait any longer for the state.");
        assertThat(qs.get(qs.size() - 1).speaker()).contains("Ruiz");
    }

    @Test
    void aSubjectWithItsAppositiveBeforeTheCue() {
        Quote q = only(direct("Flood update\n\n“We are on pace,” Jo Roe, the mayor’s campaign manager, said in a statement."));
        assertThat(q.speaker()).contains("Jo Roe");
        assertThat(q.title()).contains("campaign manager");
        Quote r = only(direct("Flood update\n\n“It is strategic,” said Al Diaz, an assistant professor at Valley State University."));
        assertThat(r.title()).contains("assistant professor");
        assertThat(r.affiliation()).contains("Valley State University");
    }

    @Test
    void aBracketedPartyAfterTheNameKeepsTheAttribution() {
        List<Quote> qs = direct("Flood update\n\n“The levee held,” Rep. Ana Ruiz (D-Wis.) said. “We built it right and"
                + " we will build the next one right.”");
        assertThat(qs).hasSize(2);
        assertThat(qs).extracting(q -> q.speaker().orElseThrow()).containsExactly("Ana Ruiz", "Ana Ruiz");
        // the mention is the speaker as the text writes her, party and all
        assertThat(qs.get(0).mention()).contains("Rep. Ana Ruiz (D-Wis.)");
    }

    @Test
    void aTitleAbbreviationThatIsAlsoAStateDoesNotEndTheSentence() {
        Quote q = only(direct("Flood update\n\n“The levee held,” said Del. Ana Ruiz of the Virgin Islands."));
        assertThat(q.speaker()).contains("Ana Ruiz");
    }

    @Test
    void aClauseAfterAFragmentIsNoAttribution() {
        // "…”, but he also warned …": the fragment stays inside the reported clause, whose "and" is its own
        List<Quote> qs = ArticleParser.parse("Flood update\n\nMayor Ana Ruiz said the town's approach remained “one of"
                + " patience, care and vigilance”, but she also warned residents against building near the river.").quotes();
        assertThat(qs).noneMatch(q -> q.kind() == QuoteKind.DIRECT);
        assertThat(qs.get(0).text()).isEqualTo("the town's approach remained “one of patience, care and vigilance”");
        assertThat(qs.get(0).speaker()).contains("Ana Ruiz");
    }

    @Test
    void aCapitalisedSubjectAfterAQuotedSentenceOpensTheNextSentence() {
        List<Quote> qs = ArticleParser.parse("Flood update\n\nAt the meeting, Ana Ruiz called the levee “the town’s best"
                + " defence.” Lopez also said, without evidence, that the river would rise again in the spring.").quotes();
        assertThat(qs).filteredOn(q -> q.text().contains("best defence")).allMatch(q -> !q.speaker().orElse("").equals("Lopez"));
        // a question or an exclamation is followed by its attribution as a rule
        Quote q = only(direct("Flood update\n\n“Why would we wait?” Lopez asked, turning to the council."));
        assertThat(q.speaker()).contains("Lopez");
    }

    @Test
    void aFragmentWithWordsOnBothSidesBelongsToTheClause() {
        List<Quote> qs = ArticleParser.parse("Flood update\n\nRuiz “felt an obligation to act on” the flooding, Lopez said.")
                .quotes();
        assertThat(qs).hasSize(1);
        assertThat(qs.get(0).kind()).isEqualTo(QuoteKind.INDIRECT);
        assertThat(qs.get(0).text()).isEqualTo("Ruiz “felt an obligation to act on” the flooding");
    }

    @Test
    void aQuotationIntroducedAfterACommaIsDirect() {
        Quote q = only(direct("Flood update\n\nMayor Ana Ruiz said at a news conference, “Given the damage, we will"
                + " rebuild the levee before the spring.”"));
        assertThat(q.text()).startsWith("Given the damage");
        assertThat(q.speaker()).contains("Ana Ruiz");
        // a lower-case predicate after the subject's comma stays a fragment of the statement
        assertThat(direct("Flood update\n\nTowns all along the river, and especially Riverton, “have and will"
                + " continue to build too close to the water,” Lopez said.")).isEmpty();
    }

    @Test
    void aCueAndItsObjectIntroduceTheQuoteAfterThem() {
        Quote q = only(direct("Flood update\n\nAna Ruiz, the acting chairwoman, told the county radio station simply,"
                + " “We lost.”"));
        assertThat(q.text()).isEqualTo("We lost.");
        assertThat(q.speaker()).contains("Ana Ruiz");
    }

    @Test
    void aQuotationSetAsideByDashesIsDirect() {
        List<Quote> qs = ArticleParser.parse("Flood update\n\nRuiz suggested that the plan was rushed - “Again, we need"
                + " to see the details first,” she said - and asked for a delay.").quotes();
        assertThat(qs).filteredOn(q -> q.kind() == QuoteKind.DIRECT).extracting(Quote::text)
                .containsExactly("Again, we need to see the details first");
    }

    @Test
    void aLongIntroductionWithAnAdjunctAfterItsCue() {
        Quote q = only(direct("Flood update\n\nSen. Ana Ruiz, D-Vt., said in an op-ed piece before the 2014 county budget"
                + " hearing, “The county not only failed to repair the levee, it cut its budget.”"));
        assertThat(q.speaker()).contains("Ana Ruiz");
        Quote r = only(direct("Flood update\n\nA Ruiz adviser, who spoke on the condition of anonymity to speak candidly,"
                + " said of the mayor, “She takes the threat of the river very seriously.”"));
        assertThat(r.mention()).contains("A Ruiz adviser");
    }

    @Test
    void describedSourcesWithCapitalisedModifiersSpeak() {
        Quote q = only(direct("Flood update\n\n“We have to raise the levee,” the presumptive Republican mayoral nominee"
                + " told reporters after the meeting."));
        assertThat(q.mention()).contains("the presumptive Republican mayoral nominee");
        Quote r = only(direct("Flood update\n\n“It wasn't a convincing argument,” said one Democrat familiar with the"
                + " discussion."));
        assertThat(r.mention()).contains("one Democrat familiar with the discussion");
        Quote s = only(direct("Flood update\n\n“The drop is directly attributable to the flood,” said a person close to"
                + " the Ruizes."));
        assertThat(s.mention()).contains("a person close to the Ruizes");
    }

    @Test
    void anInvertedRoleThenTheNameItBelongsTo() {
        Quote q = only(direct("Flood update\n\n“It is a disgrace,” said the Conservative MP for Bath, Jane Hill."));
        assertThat(q.speaker()).contains("Jane Hill");
        assertThat(q.mention()).contains("the Conservative MP for Bath, Jane Hill");
        // an organisation after the role is its affiliation, not a name
        Quote r = only(direct("Flood update\n\n“Slow down,” said a spokesman for the county, Vermont State Police."));
        assertThat(r.speaker().orElse("")).isNotEqualTo("Vermont State Police");
    }

    @Test
    void openingWordsAndLinkingAdverbsAroundTheSubject() {
        Quote q = only(indirect("Flood update\n\nOn Monday he said the town would raise the levee by two feet."));
        assertThat(q.mention()).contains("he");
        Quote r = only(indirect("Flood update\n\nRuiz however said the town would raise the levee by two feet."));
        assertThat(r.speaker()).contains("Ruiz");
        assertThat(r.text()).isEqualTo("the town would raise the levee by two feet");
        Quote s = only(indirect("Flood update\n\nEven the mayor said the levee would hold through the spring."));
        assertThat(s.mention()).contains("the mayor");
    }

    @Test
    void aQuotedFragmentMayOpenTheReportedClause() {
        Quote q = only(ArticleParser.parse("Flood update\n\nMayor Ana Ruiz said that “we need more information” about how"
                + " the levee failed on Tuesday.").quotes());
        assertThat(q.kind()).isEqualTo(QuoteKind.INDIRECT);
        assertThat(q.text()).isEqualTo("“we need more information” about how the levee failed on Tuesday");
    }

    @Test
    void aStanceEndsWhereTheSentencesOwnClauseBegins() {
        Quote q = only(indirect("Flood update\n\nRuiz fiercely opposed the new levee plan, the council has voted for it"
                + " twice."));
        assertThat(q.text()).isEqualTo("the new levee plan");
        // after a subordinator the main clause is the content itself
        assertThat(indirect("Flood update\n\nMany residents expect that if the river rises again, the council will"
                + " act.")).extracting(Quote::text).allMatch(t -> t.endsWith("the council will act"));
    }

    @Test
    void asSomeonePutIt() {
        Quote q = only(direct("Flood update\n\nAs Ana Ruiz, the town's engineer, put it: “The levee will not hold another"
                + " spring like this one.”"));
        assertThat(q.speaker()).contains("Ana Ruiz");
        assertThat(q.cue()).contains("put it");
    }

    @Test
    void aNamedPersonBeforeAColonIntroducesTheQuote() {
        Quote q = only(direct("Flood update\n\nThe timing of the flood does not surprise county engineer Ana Ruiz: “The"
                + " river has risen every spring for a decade.”"));
        assertThat(q.speaker()).contains("Ana Ruiz");
        Quote r = only(direct("Flood update\n\nThe timing does not surprise Republican pollster Ana Ruiz: “The river has"
                + " risen every spring for a decade.”"));
        assertThat(r.mention()).contains("Republican pollster Ana Ruiz");
    }

    @Test
    void aSecondCueOfTheSubjectIntroducesTheQuote() {
        List<Quote> qs = direct("Flood update\n\nMayor Ana Ruiz said the levee held and added, “We built it right.”");
        assertThat(qs).extracting(q -> q.speaker().orElseThrow()).containsExactly("Ana Ruiz");
    }

    @Test
    void aCueWithItsObjectClosesTheSentenceAfterAQuestion() {
        List<Quote> qs = direct("Flood update\n\n“Why are you still waiting?” Ruiz asked the county engineers. “The river"
                + " will not wait for us.”");
        assertThat(qs).extracting(q -> q.speaker().orElseThrow()).containsExactly("Ruiz", "Ruiz");
    }

    @Test
    void aSurnameNamesTheFullNameTheTextGaveWithoutATitle() {
        List<Quote> qs = direct("Flood update\n\nAna Ruiz owns the old mill by the river.\n\n“We cannot wait"
                + " another spring,” Ruiz said.");
        assertThat(qs).extracting(q -> q.speaker().orElseThrow()).containsExactly("Ana Ruiz");
        // two people of the text share the surname: it names neither alone
        List<Quote> shared = direct("Flood update\n\nAna Ruiz and her brother Carlos Ruiz own the mill.\n\n“We cannot"
                + " wait another spring,” Ruiz said.");
        assertThat(shared).extracting(q -> q.speaker().orElseThrow()).containsExactly("Ruiz");
    }

    @Test
    void aPronounFindsTheIntroducedPersonOfItsGender() {
        List<Quote> qs = direct("Flood update\n\nMayor John Smith met with Ana Ruiz on Tuesday.\n\n“We cannot wait"
                + " another spring,” Ruiz said.\n\n“The budget is tight,” he said.");
        assertThat(qs).extracting(q -> q.speaker().orElseThrow()).containsExactly("Ana Ruiz", "John Smith");
    }

    @Test
    void aPronounAfterANameInItsParagraphShowsThePersonsGender() {
        // "he" right after Ruiz's name makes Ruiz a man: the later "she" is not his
        List<Quote> qs = direct("Flood update\n\n“We cannot wait another spring,” Ruiz said. “The river is rising,” he"
                + " said.\n\nFor the engineers, the answer is a new levee. “We have the plans,” she said.");
        assertThat(qs).hasSize(3);
        assertThat(qs.get(1).speaker()).contains("Ruiz");
        assertThat(qs.get(2).speaker()).isEmpty();
        // a pronoun that goes to a person only because the person came last teaches nothing
        List<Quote> guessed = direct("Flood update\n\n“We cannot wait another spring,” Ruiz said.\n\n“The river is"
                + " rising,” he said.\n\n“We have the plans,” she said.");
        assertThat(guessed).extracting(q -> q.speaker().orElse("")).containsExactly("Ruiz", "Ruiz", "Ruiz");
    }

    @Test
    void aOneWordTitleAfterAPossessiveIsNoQuote() {
        assertThat(direct("Flood update\n\nOn Wednesday, on the station’s “Riverwatch,” Mayor Ana Ruiz said the levee"
                + " would hold.")).isEmpty();
        // a one-word answer stays a quote
        assertThat(direct("Flood update\n\nAsked if the levee would hold, Ruiz paused. “Yes,” she said.")).hasSize(1);
    }

    @Test
    void accordingToAfterALinkWordOrBetweenCommas() {
        Quote q = only(indirect("Flood update\n\nBut according to the county's flood reports, the river rose six feet in"
                + " a night."));
        assertThat(q.text()).isEqualTo("the river rose six feet in a night");
        assertThat(q.mention()).contains("the county's flood reports");
        Quote r = only(indirect("Flood update\n\nFundraising, according to the campaign, has surged in the weeks since the flood."));
        assertThat(r.mention()).contains("the campaign");
    }

    @Test
    void aTimeBetweenTheSubjectAndTheCueBeforeAQuote() {
        Quote q = only(direct("Flood update\n\nRuiz later Thursday told the county radio station: “We built the levee"
                + " right, and it held.”"));
        assertThat(q.speaker()).contains("Ruiz");
    }

    @Test
    void aLabelBeforeAClauseOfTheSameSpeaker() {
        List<Quote> qs = indirect("Flood update\n\nRuiz called the county's levee plan “reckless” and said the town would"
                + " build its own.");
        assertThat(qs).extracting(Quote::text).containsExactly("the county's levee plan “reckless”",
                "the town would build its own");
        assertThat(qs).extracting(q -> q.speaker().orElseThrow()).containsOnly("Ruiz");
    }

    @Test
    void aQuestionAskedBesideAQuote() {
        List<Quote> qs = ArticleParser.parse("Flood update\n\n“You bet I would,” Ruiz said when asked whether she would"
                + " close the river road for the spring.").quotes();
        assertThat(qs).extracting(Quote::kind).containsExactly(QuoteKind.DIRECT, QuoteKind.INDIRECT);
        assertThat(qs.get(1).text()).isEqualTo("whether she would close the river road for the spring");
        assertThat(qs.get(1).speaker()).isEmpty();
    }

    @Test
    void aFragmentMayOpenAStatementClosedByItsAttribution() {
        Quote q = only(ArticleParser.parse("Flood update\n\n“I held and hugged” the grieving families before laying"
                + " flowers at the memorial for the victims of the flood, she said.").quotes());
        assertThat(q.kind()).isEqualTo(QuoteKind.INDIRECT);
        assertThat(q.text()).startsWith("“I held and hugged” the grieving families");
        assertThat(q.mention()).contains("she");
    }

    @Test
    void aSurnameThatIsAlsoAMonthAfterAGivenName() {
        Quote q = only(indirect("Flood update\n\nBritish Prime Minister Theresa May has said the levee fund would be"
                + " doubled."));
        assertThat(q.speaker()).contains("Theresa May");
    }

    @Test
    void aCapitalisedWordAndARoleBeforeTheName() {
        // "encouraged" attributes too: the encouragement, then the statement, both hers
        List<Quote> qs = indirect("Flood update\n\nDemocratic candidate Ana Ruiz, like the mayor, has encouraged towns to"
                + " bolster flood spending but has said she will hold firm to the budget.");
        assertThat(qs).extracting(Quote::text)
                .containsExactly("towns to bolster flood spending", "she will hold firm to the budget");
        assertThat(qs).allSatisfy(q -> {
            assertThat(q.speaker()).contains("Ana Ruiz");
            assertThat(q.mention()).contains("Democratic candidate Ana Ruiz");
        });
    }

    @Test
    void anInvertedCueOpensTheSentence() {
        Quote q = only(direct("Flood update\n\nSaid Ruiz, “The levee held because we built it right.”"));
        assertThat(q.speaker()).contains("Ruiz");
    }

    @Test
    void anAdverbialBeforeThePronounAfterTheQuote() {
        List<Quote> qs = direct("Flood update\n\nMayor Ana Ruiz spoke first.\n\n“People were celebrating” before the flood, she said.");
        assertThat(qs).extracting(q -> q.speaker().orElseThrow()).containsExactly("Ana Ruiz");
    }

    @Test
    void anOpeningPhraseIsNotPartOfTheMention() {
        Quote q = only(indirect("Flood update\n\nThe county closed the road, and on Monday, Mayor Ana Ruiz said it would reopen soon."));
        assertThat(q.mention()).contains("Mayor Ana Ruiz");
    }

    @Test
    void aCueWithAClauseOfItsOwnDoesNotAttributeTheQuoteBefore() {
        assertThat(direct("Flood update\n\nIn his memoir, “A Life on the River,” published in 2015, Ruiz described how he learned to swim.")).isEmpty();
    }

    @Test
    void describedGroupsAsSources() {
        Quote q = only(indirect("Flood update\n\nMany Riverside residents say the levee should have been raised years ago."));
        assertThat(q.mention()).contains("Many Riverside residents");
        Quote r = only(indirect("Flood update\n\n52 percent of registered voters say they would back the levee tax."));
        assertThat(r.mention()).contains("52 percent of registered voters");
        assertThat(indirect("Flood update\n\nThree city commissioners were absent when the board said nothing.")).isEmpty();
    }

    @Test
    void nounsThatLookLikeCuesAndListsOfNames() {
        assertThat(indirect("Flood update\n\nThe levee tax also fares well in several Western states, polls show.")).isEmpty();
        assertThat(indirect("Flood volunteers\n\nNevada: Adam Khan, Andres Ramirez, Bob Cavazos, Chip Evans.")).isEmpty();
    }

    @Test
    void aSecondCueOfTheSameSpeaker() {
        List<Quote> qs = indirect("Flood update\n\nMayor Ana Ruiz said the levee would hold and said the town would not evacuate.");
        assertThat(qs).extracting(Quote::text).containsExactly("the levee would hold", "the town would not evacuate");
        assertThat(qs).extracting(q -> q.speaker().orElseThrow()).containsExactly("Ana Ruiz", "Ana Ruiz");
    }

    @Test
    void anUnaskedQuestionThenItsAnswer() {
        List<Quote> qs = indirect("Flood update\n\nAsked whether the levee would hold, Mayor Ana Ruiz said she was confident it would.");
        assertThat(qs).extracting(Quote::text).containsExactly("whether the levee would hold", "she was confident it would");
        assertThat(qs.get(0).speaker()).as("the asker is not named").isEmpty();
        assertThat(qs.get(0).cue()).contains("asked");
        assertThat(qs.get(1).speaker()).contains("Ana Ruiz");
    }

    @Test
    void aStraightMarkSpacedAfterANestedQuoteClosesIt() {
        Quote q = only(direct("\"He called the plan 'a done deal,' \" said Ortega, the county engineer."));
        assertThat(q.text()).isEqualTo("He called the plan 'a done deal,'");
        assertThat(q.speaker()).contains("Ortega");
    }

    @Test
    void aClauseOfItsOwnAfterTheQuotesAttribution() {
        List<Quote> quotes = ArticleParser.parse("\"I never said that,\" Ortega said, after Mayor Ana Ruiz said the"
                + " engineer had called the levee unsafe.").quotes();
        assertThat(quotes).extracting(Quote::kind).containsExactly(QuoteKind.DIRECT, QuoteKind.INDIRECT);
        assertThat(quotes.get(1).text()).isEqualTo("the engineer had called the levee unsafe");
        assertThat(quotes.get(1).speaker()).contains("Ana Ruiz");
    }

    @Test
    void anAttributionClosesTheStatementBeforeAClauseAboutTheSpeaker() {
        Quote q = only(indirect("Flood update\n\nThe levee is an insult to every farmer, county leaders said Friday, as they"
                + " left the hall."));
        assertThat(q.text()).isEqualTo("The levee is an insult to every farmer");
        assertThat(q.mention()).contains("county leaders");
        List<Quote> qs = indirect("Flood update\n\nThe levee will hold, Ruiz said in a statement, adding that crews were ready.");
        assertThat(qs).extracting(Quote::text).containsExactly("The levee will hold", "crews were ready");
    }

    @Test
    void aClauseOfTheStatementGoesOnAfterTheAttribution() {
        Quote q = only(indirect("Flood update\n\nThe mill was a juggernaut, Ruiz said, until it went bankrupt in 1999."));
        assertThat(q.text()).isEqualTo("The mill was a juggernaut, Ruiz said, until it went bankrupt in 1999");
    }

    @Test
    void aFragmentOfOneStatementLeavesTheOtherStatementOfItsSentence() {
        List<Quote> qs = ArticleParser.parse("Flood update\n\nThe senator said it was “a mistake” to build the levee,"
                + " but she denied that she misled the county.").quotes();
        assertThat(qs).extracting(Quote::kind).containsExactly(QuoteKind.INDIRECT, QuoteKind.INDIRECT);
        assertThat(qs).extracting(Quote::text).containsExactly("it was “a mistake” to build the levee",
                "she misled the county");
    }

    @Test
    void aClauseAfterAQuoteWithAConjunctionIsNotItsAttribution() {
        assertThat(direct("Flood update\n\nIt was “a mistake” to build the levee, but she denied that she misled the county."))
                .isEmpty();
    }

    @Test
    void twoSpeakersJoinedByAnd() {
        Quote q = only(direct("Flood update\n\n“The levee will hold,” Ruiz and Ortega said."));
        assertThat(q.mention()).contains("Ruiz and Ortega");
        Quote r = only(indirect("Flood update\n\nThe county engineer and the mayor said the levee would hold."));
        assertThat(r.mention()).contains("The county engineer and the mayor");
        Quote t = only(indirect("Flood update\n\nThe former engineer and current county mayor said the levee would hold."));
        assertThat(t.mention()).as("one person, two roles").contains("The former engineer and current county mayor");
        assertThat(indirect("Flood update\n\nThe levee was a problem, and three-fourths said it would fail."))
                .as("', and' joins clauses").noneMatch(x -> x.mention().orElse("").contains("problem"));
    }

    @Test
    void aSemicolonEndsTheReportedClause() {
        Quote q = only(indirect("Flood update\n\nCounty leaders said the timing of the release was not intentional;"
                + " the engineers only learned of it on Friday."));
        assertThat(q.text()).isEqualTo("the timing of the release was not intentional");
    }

    @Test
    void aThatAfterAndOpensTheSecondOfTwoClauses() {
        Quote q = only(indirect("Flood update\n\nRuiz said witnesses saw the levee break and that one house was lost."));
        assertThat(q.text()).isEqualTo("witnesses saw the levee break and that one house was lost");
    }

    @Test
    void aQuestionAskedInsideTheSentenceAfterAFewWords() {
        Quote q = only(indirect("Flood update\n\nRuiz used the same words when asked in May if she would endorse Ortega."));
        assertThat(q.text()).isEqualTo("if she would endorse Ortega");
        assertThat(q.cue()).contains("asked");
        assertThat(q.speaker()).isEmpty();
        Quote r = only(indirect("Flood update\n\nRuiz was first asked whether the levee would hold - a question of money - on Monday."));
        assertThat(r.text()).isEqualTo("whether the levee would hold");
    }

    @Test
    void aQuestionAfterTheQuotesAttributionIsNotItsContent() {
        List<Quote> qs = ArticleParser.parse("Flood update\n\n“This is about the county,” she said, when asked whether"
                + " she wanted Ortega to campaign for her.").quotes();
        assertThat(qs).extracting(Quote::kind).containsExactly(QuoteKind.DIRECT, QuoteKind.INDIRECT);
        assertThat(qs.get(1).text()).isEqualTo("whether she wanted Ortega to campaign for her");
        assertThat(qs.get(1).cue()).contains("asked");
    }

    @Test
    void aQuestionWhoseCommaIsInsideAClosingMark() {
        List<Quote> qs = indirect("Flood update\n\nAsked why she had yet to endorse Ortega on “The Morning Show,” Ruiz said"
                + " she had not decided.");
        assertThat(qs).extracting(Quote::text).containsExactly("why she had yet to endorse Ortega on “The Morning Show",
                "she had not decided");
        assertThat(qs.get(1).mention()).contains("Ruiz");
    }

    @Test
    void aLabelGoesOnToTheEndOfItsClause() {
        Quote q = indirect("Flood update\n\nRuiz called the plan “a step forward” in the county’s efforts to curb floods,"
                + " praising the engineers.").get(0);
        assertThat(q.text()).isEqualTo("the plan “a step forward” in the county’s efforts to curb floods");
        Quote r = indirect("Flood update\n\nRuiz called the plan “a disgrace,” and threatened to sue the county.").get(0);
        assertThat(r.text()).isEqualTo("the plan “a disgrace,”");
        Quote l = only(indirect("Flood update\n\nRuiz called the engineer a “nasty guy,” an “amateur,” “unstable” and “sick.”"));
        assertThat(l.text()).isEqualTo("the engineer a “nasty guy,” an “amateur,” “unstable” and “sick");
        Quote t = only(indirect("Flood update\n\nRuiz called the plan a “new low” and a “bizarre attempt to hide the costs.”"));
        assertThat(t.text()).isEqualTo("the plan a “new low” and a “bizarre attempt to hide the costs");
    }

    @Test
    void speakersDescribedByAWhoClause() {
        Quote q = only(indirect("Flood update\n\nThe flood worries farmers who say the river is rising."));
        assertThat(q.mention()).contains("farmers");
        Quote r = only(indirect("Flood update\n\nResidents who have lived by the river for decades say the levee will hold."));
        assertThat(r.mention()).contains("Residents who have lived by the river for decades");
        assertThat(indirect("Flood update\n\nFriends in the county who know Ruiz say she will run."))
                .as("the group's words go on before 'in'").noneMatch(x -> x.mention().orElse("").startsWith("the county"));
    }

    @Test
    void aLowerCaseSpeakerAfterALeadingCueClosesTheStatement() {
        Quote q = only(indirect("Flood update\n\nThe fund for the levee is $9 million short, said former county engineer"
                + " Ana Ruiz, who leads the committee."));
        assertThat(q.text()).isEqualTo("The fund for the levee is $9 million short");
        assertThat(q.speaker()).contains("Ana Ruiz");
        Quote r = only(indirect("Flood update\n\nThe levee will hold, said county engineers."));
        assertThat(r.mention()).contains("county engineers");
        assertThat(indirect("Flood update\n\nBut Ana Ruiz, who leads the committee, said parents still want the levee."))
                .noneMatch(x -> x.mention().orElse("").startsWith("parents"));
    }

    @Test
    void aPronounSubjectsSecondVerbOfThoughtStaysInTheStatement() {
        Quote q = only(indirect("Flood update\n\nAna Ruiz said she was tired of the delays and wanted a new engineer for the levee."));
        assertThat(q.text()).isEqualTo("she was tired of the delays and wanted a new engineer for the levee");
        Quote r = only(indirect("Flood update\n\nAna Ruiz said she could not back the plan but understood why others did."));
        assertThat(r.text()).isEqualTo("she could not back the plan but understood why others did");
        List<Quote> two = indirect("Flood update\n\nAna Ruiz said the levee was too low and wanted a new engineer.");
        assertThat(two).as("a clause whose subject is no pronoun: the second verb is the speaker's")
                .anyMatch(x -> x.text().equals("the levee was too low"));
    }

    @Test
    void theMainClauseAfterAnOpeningClauseWithItsOwnStatementIsAStatementToo() {
        List<Quote> qs = indirect("Flood update\n\nWhen the mayor pointed out that the levee was too low, Ana Ruiz said the county "
                + "would raise it by spring.");
        assertThat(qs).anyMatch(q -> q.text().equals("the levee was too low"));
        assertThat(qs).anyMatch(q -> q.text().equals("the county would raise it by spring") && q.speaker().orElse("").equals("Ana Ruiz"));
    }

    @Test
    void theSpeakerOfALongIntroductionIsTheNameRightBeforeTheCue() {
        Quote q = only(direct("Flood update\n\nBut six minutes into the meeting, when another man was led away, raising both fists "
                + "to the crowd in a show of defiance, Mayor Ana Ruiz yelled, “Out, out, out!”"));
        assertThat(q.text()).isEqualTo("Out, out, out!");
        assertThat(q.speaker()).contains("Ana Ruiz");
    }

    @Test
    void speakersWhoTakeTheFloorInTurnAreATranscriptNotAListOfLabels() {
        String transcript = "Flood panel\n\nAna Ruiz and Tom Hart spoke about the levee on the county's radio show.\n\n"
                + "Ruiz: The levee is too low for a spring like this one.\n\n"
                + "Hart: The county has no money to raise it this year.\n\n"
                + "Ruiz: Then the county should borrow the money before the river rises.\n\n"
                + "Hart: Borrowing now would cost the county far too much.\n";
        List<Quote> qs = indirect(transcript);
        assertThat(qs).anyMatch(q -> q.text().startsWith("The levee is too low") && q.speaker().orElse("").equals("Ana Ruiz"));
        assertThat(qs).anyMatch(q -> q.text().startsWith("Borrowing now") && q.speaker().orElse("").equals("Tom Hart"));
        String labels = "Pump review\n\nThe Ruiz pump and the Hart pump were tested by the county.\n\n"
                + "Ruiz: The pump moves more water than any other we tried.\n\n"
                + "Hart: The pump costs less than half as much to run each year.\n";
        assertThat(indirect(labels)).as("each label once: a list, not a transcript").isEmpty();
    }

    @Test
    void aLinkWordBeforeAnAttributionInTheMiddleIsNoPartOfTheStatement() {
        Quote q = only(indirect("Levee update\n\nBut, as the mayor said, the levee will hold through the storm this year."));
        assertThat(q.text()).isEqualTo("the levee will hold through the storm this year");
        q = only(indirect("Levee update\n\nStill, Ruiz said, the levee will hold through the storm this year."));
        assertThat(q.text()).isEqualTo("the levee will hold through the storm this year");
        // a clause before the attribution is part of the statement
        q = only(indirect("Levee update\n\nIf the river rises, Ruiz said, the town must leave before dark."));
        assertThat(q.text()).isEqualTo("If the river rises, Ruiz said, the town must leave before dark");
    }

    @Test
    void likeBeforeTheSpeakerIsNoPartOfIt() {
        Quote q = only(indirect("Levee update\n\nLike the mayor said, the levee will hold through the storm this year."));
        assertThat(q.mention()).contains("the mayor");
        assertThat(q.text()).isEqualTo("the levee will hold through the storm this year");
    }

    @Test
    void aRankOrAFieldBeforeATitleJoinsIt() {
        Quote q = only(indirect("Launch update\n\nChief Product Officer Jane Roe said the new app would launch in the spring."));
        assertThat(q.speaker()).contains("Jane Roe");
        assertThat(q.title()).contains("Chief Product Officer");
        q = only(indirect("Plant update\n\nSenior Vice President Ana Ruiz said the plant would close in May."));
        assertThat(q.speaker()).contains("Ana Ruiz");
        assertThat(q.title()).contains("Senior Vice President");
        assertThat(q.affiliation()).as("a rank is no organisation").isEmpty();
        // a given name ends the field: the title is the opener alone
        q = only(indirect("Fire update\n\nChief Jane Roe said the crews would stay on the ridge overnight."));
        assertThat(q.speaker()).contains("Jane Roe");
        assertThat(q.title()).contains("Chief");
    }

    @Test
    void theFieldsOfAReviewAreNotSpeakersThoughTheyRecur() {
        String review = "Pump review\n\nWe tested two pumps on the county's levee this spring.\n\n"
                + "Pros: Moves more water than any other pump we tried.\n\n"
                + "Cons: Costs more than twice as much to run each year.\n\n"
                + "Pros: Starts quickly even after a cold night by the river.\n\n"
                + "Cons: Needs a new filter after every heavy storm.\n";
        assertThat(indirect(review)).as("labels the text never writes inside a line, nor after a given name").isEmpty();
        // the same turns, by people the text names: a conversation
        String interview = "Flood panel\n\nWe spoke with Ana Ruiz, who runs the county's pumps.\n\n"
                + "Pumps: Which pump moves the most water?\n\n"
                + "Ruiz: The new one moves more water than any other we tried.\n\n"
                + "Pumps: And which one costs the least to run?\n\n"
                + "Ruiz: The old one costs less than half as much each year.\n";
        List<Quote> qs = indirect(interview);
        assertThat(qs).anyMatch(q -> q.text().startsWith("The new one") && q.speaker().orElse("").equals("Ana Ruiz"));
        assertThat(qs).noneMatch(q -> q.speaker().orElse("").equals("Pumps"));
    }

    @Test
    void aLongIntroductionsSpeakerStandsBeforeHisAppositive() {
        Quote q = only(direct("Flood update\n\nBut in a conference call with reporters on Dec. 2, Col. Dana Reyes, a county "
                + "spokeswoman in Riverton, said, “I mean, the levee is a public work. There is no way around that.”"));
        assertThat(q.speaker()).contains("Dana Reyes");
        assertThat(q.text()).startsWith("I mean, the levee");
        assertThat(MentionParser.parse("OH")).as("a postal code is a place").isNull();
    }

    @Test
    void whereTheSpeakerSpokeIsNoAffiliation() {
        Quote q = only(direct("Flood update\n\n“We have work to do,” said Chief Executive Dana Reyes at the company’s annual meeting."));
        assertThat(q.speaker()).contains("Dana Reyes");
        assertThat(q.mention()).contains("Chief Executive Dana Reyes");
        assertThat(q.affiliation()).isEmpty();
        Quote r = only(direct("Flood update\n\n“We have work to do,” said Dana Reyes of the Red Cross at a news conference."));
        assertThat(r.mention()).contains("Dana Reyes of the Red Cross");
        assertThat(r.affiliation()).contains("Red Cross");
        // a group's own words are kept whole: "people familiar with the talks"
        Quote s = only(indirect("Flood update\n\nA person familiar with the planning said the levee would be raised."));
        assertThat(s.mention()).contains("A person familiar with the planning");
    }

    @Test
    void aPronounMeansThePersonTheSentenceBeforeIntroduced() {
        Quote q = only(direct("Flood update\n\nAna Ruiz spoke to the council on Monday about the levee. “We cannot wait,” she said."));
        assertThat(q.mention()).contains("she");
        assertThat(q.speaker()).contains("Ana Ruiz");
        // a person named as an object is no subject a pronoun goes back to
        List<Quote> two = direct("Flood update\n\n“The levee is old,” Dana Reyes said.\n\nThe mayor later told Ana Ruiz about it."
                + " “We will fix it,” she said.");
        assertThat(two).hasSize(2);
        Quote r = two.get(1);
        assertThat(r.speaker()).contains("Dana Reyes");
    }

    @Test
    void aRelativeClauseThatNamesTheRoleGivesTheTitle() {
        Quote q = only(direct("Flood update\n\n“The budget is tight,” said Dana Reyes, who is the city manager."));
        assertThat(q.speaker()).contains("Dana Reyes");
        assertThat(q.title()).contains("city manager");
        Quote r = only(direct("Flood update\n\n“The budget is tight,” said Dana Reyes, who serves as treasurer of the Red Cross."));
        assertThat(r.title()).contains("treasurer");
        assertThat(r.affiliation()).contains("Red Cross");
        // a clause about something else names no role
        Quote s = only(direct("Flood update\n\n“The budget is tight,” said Dana Reyes, who was at the meeting."));
        assertThat(s.title()).isEmpty();
    }

    @Test
    void aNameWithAQuotationAfterTheCueOpensTheStatement() {
        Quote q = only(indirect("Flood update\n\nIn an interview, Dana Reyes, a former engineer of the county water board,"
                + " said Ortega \"was heavily involved in all that work\" and regretted it."));
        assertThat(q.speaker()).contains("Dana Reyes");
        assertThat(q.text()).startsWith("Ortega \"was heavily involved");
    }

    @Test
    void aCountedPluralIsNoCueAndAMajorityIsAGroup() {
        Quote q = only(indirect("Flood update\n\nMajorities of residents in five states along the river say the levees"
                + " should be raised."));
        assertThat(q.cue()).contains("say");
        assertThat(q.mention()).hasValueSatisfying(m -> assertThat(m).startsWith("Majorities of residents"));
        assertThat(MentionParser.parse("Majorities of residents").kind()).isEqualTo(Mention.Kind.GROUP);
    }

    @Test
    void anOwnersThingOfSomethingIsNoPersonOfAnAffiliation() {
        // "Riverlab’s Future" was a person of the affiliation "Flood Survey"
        Quote q = only(indirect("Flood update\n\nAccording to Riverlab’s Future of Flood Survey, most residents"
                + " want the levees raised."));
        assertThat(q.speaker()).contains("Riverlab’s Future of Flood Survey");
        assertThat(q.affiliation()).isEmpty();
        assertThat(MentionParser.parse("Riverlab’s Future of Flood Survey").kind()).isEqualTo(Mention.Kind.GROUP);
        // a role and a name after the possessive are a person's; a title in lower case is no name of a thing
        assertThat(MentionParser.parse("Ruiz’s campaign manager Tom Lee of Riverton").kind()).isEqualTo(Mention.Kind.PERSON);
        assertThat(MentionParser.parse("Riverton’s Levee Board of Works").kind()).isEqualTo(Mention.Kind.GROUP);
        assertThat(MentionParser.parse("Riverton’s chief of staff Tom Lee")).satisfiesAnyOf(
                m -> assertThat(m).isNull(), m -> assertThat(m.kind()).isEqualTo(Mention.Kind.PERSON));
        // a book's title after a person is no owner's thing: the person still speaks
        Quote book = only(direct("Flood update\n\n“The levee will fail,” writes Tom Lee in What's the Matter With Rivers."));
        assertThat(book.speaker()).contains("Tom Lee");
    }

    @Test
    void aTitleCaseListOfThingsSaidNamesNoSpeaker() {
        assertThat(indirect("Flood update\n\n7 Of The Most Powerful Things Residents Said In 2025 That Got Us Thinking."))
                .isEmpty();
        Quote q = only(indirect("Flood update\n\nReyes Says She Won't Rule Out A Run For Mayor."));
        assertThat(q.speaker()).contains("Reyes");
    }

    @Test
    void anIntensifierBetweenSubjectAndCue() {
        Quote q = only(indirect("Flood update\n\nThe county itself said the levee would hold for three more years."));
        assertThat(q.mention()).contains("The county");
        assertThat(q.text()).isEqualTo("the levee would hold for three more years");
    }

    @Test
    void aSubjectPronounAfterAnOpeningPhraseSpeaks() {
        List<Quote> found = indirect("Flood update\n\nMayor Ana Ruiz spoke on Monday.\n\nAlthough in March she said the"
                + " levee was safe, at the town hall this week she said the crews had found two weak spots.\n");
        assertThat(found).extracting(Quote::text).containsExactly("the levee was safe",
                "the crews had found two weak spots");
        assertThat(found).allSatisfy(q -> assertThat(q.speaker()).contains("Ana Ruiz"));
        // an object pronoun closes no phrase: "to her" is no speaker
        assertThat(indirect("Flood update\n\nThe letter to her said the levee was safe.\n"))
                .noneMatch(q -> q.mention().orElse("").equals("her"));
    }

    @Test
    void quotedAsSayingReportsThePersonQuoted() {
        Quote passive = only(indirect("Flood update\n\nCounty engineer Dana Reyes was quoted as saying the levee"
                + " would hold through the spring.\n"));
        assertThat(passive.text()).isEqualTo("the levee would hold through the spring");
        assertThat(passive.speaker()).contains("Dana Reyes");
        assertThat(passive.cue()).contains("was quoted as saying");
        Quote active = only(indirect("Flood update\n\nThe Courant quoted Mayor Ana Ruiz as saying that the crews"
                + " were ready.\n"));
        assertThat(active.text()).isEqualTo("the crews were ready");
        assertThat(active.speaker()).contains("Ana Ruiz");
        // the quoted words themselves are a direct quote, found with their marks
        assertThat(indirect("Flood update\n\nRuiz was quoted as saying, \u201cThe crews are ready.\u201d\n")).isEmpty();
    }

    @Test
    void aRoleHeldForSomeoneIsNotThatPerson() {
        Quote aide = only(direct("Flood update\n\n\u201cThe levee will hold,\u201d said the former top aide to"
                + " Mayor Ana Ruiz.\n"));
        assertThat(aide.speaker()).isEmpty();
        assertThat(aide.mention()).contains("the former top aide to Mayor Ana Ruiz");
        Quote adviser = only(direct("Flood update\n\n\u201cThe levee will hold,\u201d said a senior adviser to"
                + " Mayor Ana Ruiz.\n"));
        assertThat(adviser.speaker()).isEmpty();
        // a spokeswoman speaks for whom she serves, as a spokesman for the city does
        Quote spokeswoman = only(direct("Flood update\n\n\u201cThe levee will hold,\u201d said spokeswoman for"
                + " Mayor Ana Ruiz.\n"));
        assertThat(spokeswoman.title()).contains("spokeswoman");
    }

    @Test
    void aRoleWithOfBeforeANameIsItsTitle() {
        Quote q = only(direct("Flood update\n\n\u201cThanks, Riverside, for the sandbags,\u201d said master of"
                + " ceremonies Asab Al-Tabchi, a retired engineer.\n"));
        assertThat(q.text()).isEqualTo("Thanks, Riverside, for the sandbags");
        assertThat(q.speaker()).contains("Asab Al-Tabchi");
        assertThat(q.title()).contains("master of ceremonies");
    }

    @Test
    void accordingToAfterAQuoteNamesWhatFollowsTo() {
        Quote q = only(direct("Flood update\n\n\u201cThe levee will hold,\u201d according to Mayor Ana Ruiz.\n"));
        assertThat(q.speaker()).contains("Ana Ruiz");
        assertThat(q.cue()).contains("according to");
        // a record that gives the words names no speaker over the one who said them
        Quote said = only(direct("Flood update\n\nAsked about the levee, Ruiz said, \u201cIt will hold through the"
                + " spring,\u201d according to a transcript of the meeting.\n"));
        assertThat(said.speaker()).contains("Ruiz");
        // never "to a new report" as the source
        assertThat(ArticleParser.parse("Flood update\n\nThe levee was called \u201cweak,\u201d according to a new"
                + " report.\n").quotes()).noneMatch(x -> x.mention().orElse("").startsWith("to "));
    }

    @Test
    void aPhraseOpeningWithWithOrToIsNoSpeaker() {
        assertThat(ArticleParser.parse("Flood update\n\nPrices have been rising while concerns grow, with"
                + " the latest data pointing to a slowdown in the spring.\n").quotes())
                .noneMatch(x -> x.mention().orElse("").startsWith("with "));
    }

    @Test
    void aSubheadingOfAVerbAndItsObjectBelowAQuoteIsNoSignature() {
        String page = "Solar guide\n\nWhen you receive several offers, look at these factors:\n\n"
                + "“In my experience, a bigger system mostly benefits the utility, not you.”\n\n%s\n\n"
                + "Make sure the proposed system matches your needs.\n";
        // "Check the System Size" was the speaker "System Size" with the title "Check the"
        assertThat(only(direct(String.format(page, "Check the System Size"))).speaker()).isEmpty();
        assertThat(only(direct(String.format(page, "Jane Roe, Tucson"))).speaker()).contains("Jane Roe");
    }

    @Test
    void aSubheadingInCapitalsBelowAQuoteIsNoSignature() {
        String page = "Davis Cup: Argentina wins\n\nArgentina beat Chile 2-1 on Friday in the Davis Cup group stage in"
                + " Madrid.\n\n\"It is the end of the season but I think I played one of the best matches of the year.\"\n\n%s\n\n"
                + "Kazakhstan also needed the doubles match to beat the Netherlands.\n";
        assertThat(only(direct(String.format(page, "KAZAKHSTAN WINS AGAIN"))).speaker()).isEmpty();
        // a name in capitals still signs it: a given name first, or two words the text never writes in lower case
        assertThat(only(direct(String.format(page, "JANE ROE"))).speaker()).isPresent();
        assertThat(only(direct(String.format(page, "TARVEK OMUNDSEN"))).speaker()).isPresent();
    }

    @Test
    void aFieldTheTextWritesInLowerCaseIsNoSpeakerThoughAHeadingCapitalisesIt() {
        // "Desktop" is written inside a line in a heading in title case, and in lower case in the story
        String guide = "Layout guide\n\nWe compared desktop and mobile layouts for Dana Reyes,"
                + " who runs the county's website.\n\nHow Desktop and Mobile Differ\n\n"
                + "1. Size\n\nDesktop: Screens are wide, so a page can show a lot of information at once.\n\n"
                + "2. Input\n\nDesktop: A keyboard and a mouse are the most common ways in.\n\n"
                + "3. Place\n\nDesktop: Users sit at a desk and have more time to read.\n";
        assertThat(indirect(guide)).noneMatch(q -> q.speaker().orElse("").equals("Desktop"));
        // a given name is a person whatever the page writes in lower case ("Will: …" and "will")
        String talk = "Flood panel\n\nWe spoke with Will Ruiz, who will run the pumps, and Ana Lee.\n\n"
                + "Will: The new pump moves more water than any other we tried.\n\n"
                + "Ana: The old one costs less than half as much each year to run.\n\n"
                + "Will: We will keep both of them on the levee this spring.\n";
        assertThat(indirect(talk)).anyMatch(q -> q.text().startsWith("The new pump"));
    }

    @Test
    void aHeadingInTitleCaseShowsNoNames() {
        // "Mortgage" is capitalised inside a line only in a heading: no evidence of a name
        String page = "Housing outlook\n\nEconomists expect home sales to rise next year as payments shrink for"
                + " buyers across the country.\n\nAll Eyes on Mortgage Rates\n\nMortgage rates as a major unlock:"
                + " \u201cNationally, a one-point drop in mortgage rates can expand the pool of buyers by millions.\u201d\n";
        assertThat(only(direct(page)).speaker()).isEmpty();
    }

    @Test
    void sayingThatBeforeAQuotationReportsTheClause() {
        // "…, saying that “…”": the reported clause in the speaker's words, as after "said that “"
        Quote q = only(indirect("Flood update\n\nMayor Ana Ruiz addressed residents in a letter on Monday, saying that"
                + " \u201cthe levee will hold through the spring floods.\u201d\n"));
        assertThat(q.text()).isEqualTo("the levee will hold through the spring floods");
        assertThat(q.speaker()).contains("Ana Ruiz");
        assertThat(q.cue()).contains("saying");
        // right after "saying" the quotation is a direct quote, found with its marks
        assertThat(indirect("Flood update\n\nMayor Ana Ruiz addressed residents in a letter on Monday, saying"
                + " \u201cthe levee will hold through the spring floods.\u201d\n")).isEmpty();
    }

    @Test
    void aPartyMemberBeforeANameIsTheAffiliation() {
        Quote q = only(indirect("Flood update\n\nDemocrat Ana Ruiz said the levee would hold through the spring.\n"));
        assertThat(q.speaker()).contains("Ana Ruiz");
        assertThat(q.affiliation()).contains("Democrat");
        // an adjective that also names things stays in the name it opens
        Quote group = only(indirect("Flood update\n\nConservative Principles said the levee would hold through"
                + " the spring.\n"));
        assertThat(group.speaker().orElse("")).isNotEqualTo("Principles");
        assertThat(group.affiliation()).isEmpty();
    }

    @Test
    void aSentencesFirstThatBeforeANounIsTheSubjectsDeterminer() {
        Quote man = only(indirect("Flood update\n\nThat man said the levee would hold through the spring.\n"));
        assertThat(man.mention()).contains("That man");
        Quote report = only(indirect("Flood update\n\nThat report found the levee would hold through the spring.\n"));
        assertThat(report.mention()).contains("That report");
        // before a verb or a pronoun, "That" opens a clause of its own and is no part of the speaker
        Quote what = only(indirect("Flood update\n\nThat was what Ana Ruiz said about the levee in the spring.\n"));
        assertThat(what.mention().orElse("")).doesNotContain("That");
    }

    @Test
    void theSubjectBeforeAColonSpeaksThroughAVerbNotThroughAnAuxiliary() {
        // "he seems focused on …:" and "It will also save you from …:" say nothing
        assertThat(direct("Flood update\n\nOf late, Mayor Ana Ruiz seems focused on another plan for the river: "
                + "\u201cThe Green Levee.\u201d\n")).allSatisfy(q -> assertThat(q.cue()).isEmpty());
        assertThat(direct("Flood update\n\nA plan also spares families the question many dread after a long day: "
                + "\u201cwhat is for dinner tonight?\u201d\n")).allSatisfy(q -> assertThat(q.cue()).isEmpty());
        // with its verb of saying, the auxiliary is part of the cue
        Quote said = only(direct("Flood update\n\nMayor Ana Ruiz spoke on Tuesday. She has said: \u201cThe levee will"
                + " hold through the spring.\u201d\n"));
        assertThat(said.cue()).contains("has said");
        assertThat(said.speaker()).contains("Ana Ruiz");
    }

    @Test
    void theReaderTheTextAddressesIsNoSourceAndALabelIsNoSubject() {
        List<Quote> found = ArticleParser.parse("Bedtime tips\n\nEvery night you say the same thing to your child: "
                + "\u201cIt is bedtime.\u201d You thought about a new routine for the summer months.\n"
                + "Tip #2: Learn to Say \u201cNo\u201d\n").quotes();
        assertThat(found).allSatisfy(q -> assertThat(q.mention().orElse("").toLowerCase()).isNotIn("you", "tip"));
        assertThat(found).allSatisfy(q -> assertThat(q.speaker()).isEmpty());
        // nor are the reader's own people, and the last speaker does not speak for them
        List<Quote> yours = ArticleParser.parse("Travel notes\n\nMayor Ana Ruiz said the new bridge would open in"
                + " June.\n\nYour editors will add the audio later. When you booked the trip, your friends had joked,"
                + " \u201cIs that even a real country?\u201d\n").quotes();
        assertThat(yours).allSatisfy(q -> assertThat(q.mention().orElse("")).doesNotContainIgnoringCase("your"));
        assertThat(yours).filteredOn(q -> q.text().contains("real country")).allSatisfy(q -> assertThat(q.speaker()).isEmpty());
        // a title's capitalised "Your" names no reader
        Quote book = only(indirect("Money tips\n\nIn his book, \u201cMake Your Kid a Millionaire,\u201d Kevin Roe suggested"
                + " looking at the things on your debit card first.\n"));
        assertThat(book.speaker()).contains("Kevin Roe");
    }

    @Test
    void continuingToDoSomethingSaysNothingButContinuingAfterAQuoteDoes() {
        assertThat(ArticleParser.parse("Club news\n\nNow entering its fourth decade as the region's largest club, the"
                + " Riverton Rowing Club continues to grow its membership every year.\n").quotes()).isEmpty();
        Quote q = only(direct("Flood update\n\n\u201cWe will rebuild the levee before the spring rains come,\u201d"
                + " Mayor Ana Ruiz continued.\n"));
        assertThat(q.cue()).contains("continued");
        assertThat(q.speaker()).contains("Ana Ruiz");
    }

    @Test
    void addingAThingIsNoStatementButAddingAClauseIs() {
        assertThat(ArticleParser.parse("Hockey\n\nRookie Dana Reyes added a goal and an assist as the Riverton Hawks"
                + " beat the Mill City Owls on Tuesday night.\n").quotes()).isEmpty();
        assertThat(ArticleParser.parse("Shops\n\nThe bakery boasts sales of $4 million a year at its three shops in"
                + " the county.\n").quotes()).isEmpty();
        Quote clause = only(indirect("Flood update\n\nMayor Ana Ruiz added the levee would hold through the spring"
                + " rains.\n"));
        assertThat(clause.text()).startsWith("the levee would hold");
        Quote that = only(indirect("Flood update\n\nMayor Ana Ruiz added that crews had checked every mile.\n"));
        assertThat(that.speaker()).contains("Ana Ruiz");
    }

    @Test
    void aListsLabelsAreNoTranscriptButATranscriptsShortLinesAre() {
        List<Quote> list = ArticleParser.parse("Best streaming apps\n\nCreators have more places to stream live than ever,"
                + " and each platform suits a different kind of audience and work.\n"
                + "Twitch: Best for gamers, artists, and creative pros\n"
                + "Many gamers stream on Twitch every night, and the platform pays them through subscriptions and tips.\n"
                + "YouTube Live: Best for building an audience from scratch\n"
                + "Creators who want a big audience pick YouTube Live, since search brings new viewers to every stream.\n"
                + "Twitch: Subscriptions and virtual tips\n"
                + "Viewers on Twitch can subscribe to a channel for a monthly fee or send tips during a stream.\n"
                + "YouTube Live: Super Chat and Super Stickers during live streams\n"
                + "Viewers on YouTube Live pay to pin their messages during a stream with Super Chat.\n").quotes();
        assertThat(list).noneMatch(q -> q.cue().orElse("").equals(":"));
        List<Quote> talk = ArticleParser.parse("Interview\n\nSean Roe: My father ran the bakery on Main Street for"
                + " forty years.\nWill Park: I used to work there after school.\nSean Roe: That\u2019s the problem.\n"
                + "Will Park: What\u2019s next for the shop?\n").quotes();
        assertThat(talk).anyMatch(q -> q.text().startsWith("That\u2019s the problem") && q.speaker().orElse("").equals("Sean Roe"));
    }

    @Test
    void aLabelThatReadsAsANameAmongLabelsThatDoNotIsAListsEntry() {
        // "Levee data: …" and "Pump upgrades: …" read as no names, so "LDRs: …" was the page's only
        // label and its line the statement of a speaker "LDRs"
        String page = "How towns use river data\n\nTowns along the river collect more data than ever, and engineers"
                + " use it in many ways. LDRs in development can warn crews days before a flood.\n\n"
                + "Levee data: Sensors in the levee send readings to the town every hour of the day.\n\n"
                + "Pump upgrades: New pumps can move twice as much water during a storm as the old ones.\n\n"
                + "LDRs: Levee data records enhanced with forecasts can save crews time during a flood.\n\n"
                + "Flood maps: Maps drawn from the data show which streets flood first in a storm.\n";
        assertThat(ArticleParser.parse(page).quotes()).noneMatch(q -> q.cue().orElse("").equals(":"));
        // one line of a speaker the page names is still that speaker's
        String talk = "Flood update\n\nThe river rose again on Tuesday, and town engineer Ana Ruiz closed the bridge for"
                + " the night.\n\n"
                + "Ana Ruiz: We will keep the bridge closed until the river falls below the mark.\n\n"
                + "Crews will check the levee again on Wednesday morning, the town said.\n";
        assertThat(ArticleParser.parse(talk).quotes()).anyMatch(q -> q.speaker().orElse("").equals("Ana Ruiz"));
    }

    @Test
    void aListWhoseLabelsMostlyOpenOneLineIsNoConversationEvenWhereALabelComesTwice() {
        // "YouTube Live: If you have …, you can …" came twice with a clause, so it read as a speaker
        // taking the floor again, though most of the page's labels open one line only
        String page = "Levee streams\n\nThe town streams its council meetings on several sites, and each"
                + " site pays in its own way. Many viewers watch on Riverstream, and others pick Levee Live or Civic Cast.\n\n"
                + "Riverstream: If you stream the council for a year, you can sell a monthly pass to viewers.\n\n"
                + "Levee Live: If you have 500 followers, you can show ads before the meeting starts.\n\n"
                + "Townhall TV: If you are a registered group, you can accept tips during a meeting.\n\n"
                + "Civic Cast: If you stream twice a week, you can join the partner program.\n\n"
                + "Bayou Box: If you pay a small fee, you can stream without any ads.\n\n"
                + "Riverstream: If you have 1,000 followers, you can also sell clips of old meetings.\n\n"
                + "Levee Live: If you stream every week, you can earn a share of the ads.\n";
        assertThat(ArticleParser.parse(page).quotes()).noneMatch(q -> q.cue().orElse("").equals(":"));
    }

    @Test
    void aPluralNounBeforeAPrepositionOrADashIsNoCue() {
        // "Customizable" spoke "like net income", "Export" reported "for Taiwanese products fell …"
        assertThat(ArticleParser.parse("Levee software\n\nThe county picked new accounting software for the"
                + " levee district this spring.\n\nCustomizable reports like net income and cash flow help the board"
                + " plan repairs.\n\nExport orders for levee pumps fell 2 pct in March.\n\nWestern states — a"
                + " stronghold of old pumps — are buying new ones.\n").quotes()).isEmpty();
        // a subject the page shows to be a name keeps its verb
        assertThat(indirect("Levee software\n\nThe county picked new software, said Ana Ruiz, who runs"
                + " the district.\n\nRuiz reports in her memo that the pumps need repairs before spring.\n"))
                .filteredOn(q -> q.cue().equals(java.util.Optional.of("reports")))
                .extracting(q -> q.speaker().orElse(null)).containsExactly("Ana Ruiz");
    }

    @Test
    void aWordInEdAfterADeterminerAPrepositionOrANumberModifiesANounAndMakesNoClause() {
        // "dedicated" and "wasted" read as verbs in the past, so "maintain" and "add" seemed to report a clause
        assertThat(ArticleParser.parse("Levee shoes\n\nWe consistently maintain a database of over 300 dedicated"
                + " trail shoes for levee walks.\n\nLost permits also add to wasted labor time at the levee office.\n")
                .quotes()).isEmpty();
        // a verb in -ed after a noun still makes one
        assertThat(only(indirect("Levee shoes\n\nThe mayor maintains the county engineers checked every mile of the"
                + " levee.\n")).text()).isEqualTo("the county engineers checked every mile of the levee");
    }

    @Test
    void aNameAndToAfterTellAreADirective() {
        // without a verb in the past after it, "told Ana Ruiz to leave the room" held no clause
        Quote q = only(indirect("Levee vote\n\nMayor Sam Lau told Ana Ruiz to leave the council room at once.\n"));
        assertThat(q.text()).startsWith("Ana Ruiz to leave");
        assertThat(q.speaker()).contains("Sam Lau");
    }

    @Test
    void aStatementInsideBracketsEndsWhereTheyClose() {
        // "lawyer, attorney, credit union": a list read as a plural subject and its verb "credit",
        // whose content ran past the bracket ("union, etc.) may require …")
        assertThat(ArticleParser.parse("Levee permits\n\nCertain restricted words (bank, lawyer, attorney, credit"
                + " union, etc.) may require extra paperwork at the levee office.\n").quotes()).isEmpty();
        // "it is hard to tell the scale from this photo)"
        assertThat(only(indirect("Levee permits\n\nLevee vases (these are 12 inches high; I know it is hard to tell"
                + " the scale from this photo)\n")).text()).isEqualTo("it is hard to tell the scale from this photo");
        // brackets that open and close inside the content or before the cue are no list around the cue
        assertThat(only(indirect("Levee permits\n\nThe county said the office (on Main Street) will close in May.\n"))
                .text()).isEqualTo("the office (on Main Street) will close in May");
        assertThat(only(indirect("Levee permits\n\nMayor Ana Ruiz (who took office in May) said the levee will"
                + " hold.\n")).text()).isEqualTo("the levee will hold");
    }

    @Test
    void whatAThingSupportsIsNoStance() {
        // "It supports Bluetooth …" was a stance of an unnamed "it"
        assertThat(ArticleParser.parse("Levee pumps\n\nThe new pump controller is small and cheap.\n\nIt supports"
                + " Bluetooth, wired USB-C and wireless connections.\n").quotes()).isEmpty();
        // "it" that stands for a body the text quoted holds one
        assertThat(indirect("Levee pumps\n\nThe Levee Board said on Monday that the river is rising.\n\nIt supports"
                + " the new levee plan for the town.\n")).filteredOn(q -> q.cue().equals(java.util.Optional.of("supports")))
                .extracting(q -> q.speaker().orElse(null)).containsExactly("The Levee Board");
    }

    @Test
    void aCueThatAConjunctionAndAVerbFollowTookNoObject() {
        // "called" and "announced" reported "and told her …" and "and released …"
        assertThat(ArticleParser.parse("Levee news\n\nTwo months after the flood, the county called and told her the"
                + " levee would hold.\n\nWe announced and released a free version of the levee app.\n").quotes())
                .isEmpty();
        // a name that holds "and" goes on with the object
        assertThat(only(indirect("Levee news\n\nLevee Corp told the Securities and Exchange Commission it sold its"
                + " stake in the levee fund.\n")).speaker()).contains("Levee Corp");
    }

    @Test
    void theNameOfABodyWhomACueTellsHoldsItsLinkingWords() {
        // the content opened at "and Exchange Commission it sold …"
        assertThat(only(indirect("Levee news\n\nLevee Corp told the Securities and Exchange Commission it sold its"
                + " stake in the levee fund.\n")).text()).isEqualTo("it sold its stake in the levee fund");
        assertThat(only(indirect("Levee news\n\nAna Ruiz told the Department of Justice the levee would hold.\n"))
                .text()).isEqualTo("the levee would hold");
    }

    @Test
    void aCompanyIsNamedInFullThoughItsNameOpensWithATitleOrHoldsAnAbbreviation() {
        // "General" and "MP" read as titles of a person named "Corp" or "Co"
        assertThat(only(indirect("Levee news\n\nLevee General Corp said the outlook for the company shows little"
                + " improvement.\n")).speaker()).contains("Levee General Corp");
        assertThat(only(indirect("Levee news\n\nMP Co, a New York partnership, said it bought a stake in the levee"
                + " fund.\n")).speaker()).contains("MP Co");
        // "U.S.A." ended the sentence, and "Inc" spoke
        assertThat(only(indirect("Levee news\n\nLevee Pumps U.S.A. Inc said it will raise the price of its pumps.\n"))
                .speaker()).contains("Levee Pumps U.S.A. Inc");
    }

    @Test
    void showAndSendOpenInstructions() {
        // "Show" spoke through "brands", a plural noun read as its verb
        assertThat(ArticleParser.parse("Levee recycling\n\nShow brands that recycled content matters by buying goods"
                + " made from it.\n").quotes()).isEmpty();
    }

    @Test
    void aSubjectThatHoldsAQuestionWordIsAClauseNotASource() {
        assertThat(ArticleParser.parse("Training tips\n\nEducate clients on how these movements support daily activities"
                + " like lifting and carrying heavy bags.\nThink about why an admissions official would ask this"
                + " question of every applicant.\n").quotes()).isEmpty();
        // a relative "who" is no question word: "Engineers who inspected the levee say …" still report
        assertThat(only(indirect("Flood update\n\nEngineers who inspected the levee say it will not hold this"
                + " spring.\n")).mention()).contains("Engineers who inspected the levee");
    }

    @Test
    void theSubjectBeforeAnIntroducingCommaIsAWholeWord() {
        // "If I were …": the pronoun is "I", not the capital of "If"; its verb is "would", never "f"
        List<Quote> found = direct("Dentist pages\n\nIf I were a dentist, I would create a page on my site called, "
                + "\u201cBest Dentists in Riverton.\u201d I would gather the reviews from every site.\n");
        assertThat(found).allSatisfy(q -> assertThat(q.cue().orElse("")).isNotEqualTo("f"));
    }

    @Test
    void aNameOrRoleClosesAnOpeningPhraseWithoutAComma() {
        Quote name = only(indirect("Flood update\n\nAt the county fair Mayor Ana Ruiz said the levee would hold"
                + " through the spring.\n"));
        assertThat(name.speaker()).contains("Ana Ruiz");
        assertThat(name.title()).contains("Mayor");
        Quote day = only(indirect("Flood update\n\nSaturday at the county fair Ruiz said the levee would hold"
                + " through the spring.\n"));
        assertThat(day.mention()).contains("Ruiz");
        Quote role = only(indirect("Flood update\n\nIn a speech Tuesday the mayor said the levee would hold"
                + " through the spring.\n"));
        assertThat(role.mention()).contains("the mayor");
        // a day's name belongs to the phrase, never to the speaker's name
        Quote onDay = only(indirect("Flood update\n\nOn Tuesday Ruiz said the levee would hold through the spring.\n"));
        assertThat(onDay.mention()).contains("Ruiz");
        // another language's phrase, whose nouns are capitalised, names nobody
        assertThat(indirect("Akkus\n\nIn der Realit\u00e4t kann nicht einmal mit Sicherheit gesagt werden, dass"
                + " die Zellen geliefert wurden.\n")).noneMatch(q -> q.mention().orElse("").contains("Sicherheit"));
    }

    @Test
    void rolesJoinedByAndBeforeANameAreOneTitle() {
        Quote q = only(direct("Parties\n\n“Guests want ease,” says Holloway Events Founder and Lead Designer Cathleen Holloway."));
        assertThat(q.speaker()).contains("Cathleen Holloway");
        assertThat(q.title()).contains("Founder and Lead Designer");
        assertThat(q.affiliation()).contains("Holloway Events");
        Quote ceo = only(direct("Parties\n\n“Guests want ease,” said Co-founder and CEO Jane Roe."));
        assertThat(ceo.speaker()).contains("Jane Roe");
        assertThat(ceo.title()).contains("Co-founder and CEO");
        // a role word after a rank goes on with the title, not the name
        Quote editor = only(direct("Parties\n\n“Guests want ease,” says Deputy Editor Katie Bandurski."));
        assertThat(editor.speaker()).contains("Katie Bandurski");
        assertThat(editor.title()).contains("Deputy Editor");
        // a word the page writes in lower case is no role: "Financial" stays with "Certified … Planner"
        Quote planner = only(direct("Money\n\nYour financial plan matters. “Save early,” says Certified Financial Planner Ana Ruiz."));
        assertThat(planner.speaker()).contains("Ana Ruiz");
    }

    @Test
    void aRecordBeforeARoleIsNoVerb() {
        // "report" is also a verb of saying; before a role noun it is the record the person wrote
        Quote q = only(direct("Famine\n\n“People adopt coping strategies,” explained report author Rob Bailey."));
        assertThat(q.speaker()).contains("Rob Bailey");
        assertThat(q.title()).contains("report author");
    }

    @Test
    void aFullNameThatEndsItsSentenceIsLearned() {
        Quote q = only(direct("Worms\n\nThe tail intrigues biologist Michael Levin. “Cells are smart,” Levin said."));
        assertThat(q.speaker()).contains("Michael Levin");
    }

    @Test
    void aSharedSurnameIsThePersonTheTextNamesMostByThen() {
        String text = "Practice\n\nAna Fisher watched the drills. Ana Fisher liked the pace.\n\n"
                + "“We were sharp,” Fisher said.\n\nCorrespondent Eric Fisher filed this report.";
        assertThat(only(direct(text)).speaker()).contains("Ana Fisher");
        // two people named as often: the surname stays as written
        String tie = "Practice\n\nAna Fisher watched the drills. Eric Fisher filed this report.\n\n"
                + "“We were sharp,” Fisher said.";
        assertThat(only(direct(tie)).speaker()).contains("Fisher");
    }

    @Test
    void aPossessorBeforeAKnownSurnameIsNoPartOfTheName() {
        Quote q = only(direct("Robots\n\nRoboticists such as Josh Bongard agree. As Vermont's Bongard told the Times, “We are machines.”"));
        assertThat(q.speaker()).contains("Josh Bongard");
    }

    @Test
    void aRoleOfAnOrganisationWithoutANameIsNoSpeakersName() {
        Quote q = only(direct("Jobs\n\n“We need workers,” said CEO of Washington Restaurant Association."));
        assertThat(q.speaker()).isEmpty();
        assertThat(q.title()).contains("CEO");
        assertThat(q.affiliation()).contains("Washington Restaurant Association");
        // one word alone may be a surname: "Dean said" keeps its speaker
        assertThat(only(direct("Jobs\n\n“We need workers,” Dean said.")).speaker()).contains("Dean");
    }

    @Test
    void aQuotationSignedAfterADashWithWhatThePersonIs() {
        Quote q = only(direct("Reviews\n\n“The pumps saved our street.” — Ana Ruiz, county engineer"));
        assertThat(q.speaker()).contains("Ana Ruiz");
    }

    @Test
    void aHeaderLineNamesTheQuotationsBelowIt() {
        String text = "Housing in 2026\n\nEconomists weigh in on the year ahead for buyers and sellers across the country.\n\n"
                + "Ana Ruiz, county chief economist\n\n“Home sales will rise by about a tenth next year.”\n\n"
                + "Prices moderate: “They will grow about as fast as wages do.”\n\nSupply\n\n"
                + "Juan Lopez, builders' chief economist\n\n“Building will pick up as rates come down.”";
        assertThat(direct(text)).extracting(q -> q.speaker().orElse(""))
                .containsExactly("Ana Ruiz", "Ana Ruiz", "Juan Lopez");
        // a bare name may be a commenter's above a quotation of someone else: no header
        String bare = "Comments\n\nThe thread went on for days about the new ordinance and its fees.\n\n"
                + "Ana Ruiz\n\n“Geoffrey, we already have too many options in that box.”";
        assertThat(only(direct(bare)).speaker()).isEmpty();
    }

    @Test
    void aQuotationSignedAfterADashWithADescriptionHasItAsTheMention() {
        Quote q = only(direct("Survey\n\n\"Rust gave me the way into embedded work at last.\" -- Software engineer with production Rust experience"));
        assertThat(q.mention()).contains("Software engineer with production Rust experience");
        assertThat(q.speaker()).isEmpty();
        // words after the dash that hold no role describe nobody
        assertThat(only(direct("Survey\n\n“The levee held through the whole of the long and wet storm season.” — All of us, 2024"))
                .mention()).isEmpty();
    }

    @Test
    void aSpeakerAfterADashSetAsideClauseIntroducesTheQuote() {
        // the quote had no speaker, and the statement before ran on over "Ruiz boasted"
        String text = "Levee\n\nWhen Hale charged that the county had paid nothing for the pumps ― as was true for"
                + " years ― Ana Ruiz boasted, “That makes us thrifty.” The council moved on.";
        Quote q = only(direct(text));
        assertThat(q.speaker()).contains("Ana Ruiz");
        assertThat(q.cue()).contains("boasted");
        assertThat(only(indirect(text)).text()).isEqualTo("the county had paid nothing for the pumps ― as was true for years");
    }

    @Test
    void aQuoteGoesOnAfterItsAttributionAndAConjunctionOrAPlace() {
        // the second part was a fragment ("but") or had no speaker ("in Dover, Del.,")
        assertThat(direct("Levee\n\n“I love the pumps,” Ruiz said, but “when it comes to the levee, the county has waited too long.”"))
                .extracting(q -> q.speaker().orElse("")).containsExactly("Ruiz", "Ruiz");
        assertThat(direct("Levee\n\n“The levee will hold,” Ruiz said during a meeting in Dover, Del., “but the pumps are old and"
                + " need to be replaced.”")).extracting(q -> q.speaker().orElse("")).containsExactly("Ruiz", "Ruiz");
        // a quoted phrase after a conjunction that follows no attribution stays a fragment
        assertThat(direct("Levee\n\nRuiz said the county wanted a “hard stand” against the river, and “by next year the"
                + " levee will be ready.”")).hasSizeLessThan(2);
    }

    @Test
    void aQuestionsAttributionEndsWithAnAdjunctAfterItsObject() {
        // "asked reporters rhetorically during …" was no attribution: the quote was lost
        Quote q = only(direct("Levee\n\n“You think I am going to change?” Ruiz asked reporters rhetorically during a news"
                + " conference on Monday."));
        assertThat(q.speaker()).contains("Ruiz");
        assertThat(q.cue()).contains("asked");
    }

    @Test
    void aParticipleOfShoutingSpeaksForItsOwnSubject() {
        // chanting and shouting were no cues, and the sentence's first word spoke ("Small")
        assertThat(only(direct("Levee\n\nSmall groups of farmers marched around the levee for an hour, chanting,"
                + " “Fix the pumps now.”")).mention()).contains("Small groups of farmers");
        assertThat(only(direct("Levee\n\n“Let me help you out - the answer is no,” the county engineer riffed on the"
                + " question.")).mention()).contains("the county engineer");
        // the subject of an absolute clause, past its adverb
        assertThat(only(direct("Levee\n\nSome of the farmers pushed a county clerk out of the hall, with Ruiz reportedly"
                + " yelling: “Get him out of here!”")).speaker()).contains("Ruiz");
        // the subject of the clause the participle ends, not the sentence's
        assertThat(only(direct("Levee\n\nThe first incident came during a speech at the county fair, when angry farmers"
                + " interrupted her speech, shouting “Fix the pumps!”")).mention()).contains("angry farmers");
        // a place before the subject is no subject; "Outside" before a noun is its adjective
        assertThat(only(direct("Levee\n\nOutside the hall, about 200 farmers gathered in three groups, holding signs and"
                + " chanting “Fix the pumps.”")).mention()).contains("about 200 farmers");
        assertThat(only(indirect("Levee\n\nOutside experts also say the pumps are far from enough to keep the river out."))
                .mention()).contains("Outside experts");
    }

    @Test
    void aSurnameBeforeAColonLabelsTheQuotationAfterIt() {
        // "Ruiz: “…”" was a reported statement holding the quotation marks
        List<Quote> q = direct("Levee\n\nAna Ruiz and Juan Hale disagree about what the county should do with the levee.\n\n"
                + "Ruiz: “The levee will hold through the spring floods.” Hale: “The levee will fail before May.”");
        assertThat(q).extracting(x -> x.speaker().orElse("")).containsExactly("Ana Ruiz", "Juan Hale");
        // a word the page never writes after a given name labels nothing
        assertThat(direct("Levee\n\nThe county met on Monday.\n\nWarning: “The levee will fail before May.”")).isEmpty();
    }

    @Test
    void aShortQuoteThatOpensALongerReportedClauseIsPartOfIt() {
        // the quote alone was the statement: "“local pumps”", not what was said of them
        Quote q = only(indirect("Levee\n\nRuiz said “local pumps” must carry the town through the spring floods."));
        assertThat(q.text()).isEqualTo("“local pumps” must carry the town through the spring floods");
        assertThat(direct("Levee\n\nRuiz said “local pumps” must carry the town through the spring floods.")).isEmpty();
        // a quote that says more than the words after it stays a direct quote
        assertThat(only(direct("Levee\n\nRuiz said “the pumps will carry the town through the spring” this year."))
                .text()).isEqualTo("the pumps will carry the town through the spring");
    }

    @Test
    void aCapitalisedWordBeforeAPluralNounIsNoSpeaker() {
        // "Personal" was the speaker of "attacks, insults and all-purpose nastiness will be removed"
        assertThat(ArticleParser.parse("Comment policy\n\nPersonal attacks, insults and rudeness will be removed from the"
                + " thread.").quotes()).extracting(q -> q.speaker().orElse("")).doesNotContain("Personal");
        assertThat(ArticleParser.parse("Orders\n\nUnfilled orders fell 0.6 pct to a total of 363 billion dlrs in March.")
                .quotes()).extracting(q -> q.speaker().orElse("")).doesNotContain("Unfilled");
        // a name before its verb in -s still speaks
        assertThat(only(indirect("Thermostats\n\nEcobee reports its users save up to a quarter on heating.")).speaker())
                .contains("Ecobee");
    }

    @Test
    void aQuoteGoesOnAfterAnAttributionWithAnAside() {
        // the second part was taken for a fragment after "politicians,"
        assertThat(direct("Levee\n\n“These engineers know how to build,” said Ruiz, speaking of the county crews, “and leave"
                + " themselves room to fix what breaks.”")).extracting(q -> q.speaker().orElse("")).containsExactly("Ruiz", "Ruiz");
        // a quoted phrase after a comma that follows no attribution stays a fragment
        assertThat(direct("Levee\n\nThe county called the levee “sturdy,” the pumps old, “and the budget a disgrace to"
                + " every farmer in the valley.”")).hasSizeLessThan(2);
    }

    @Test
    void anAttributionClosesTheSentenceAfterTheWritersWords() {
        // the quote had no speaker: the writer's words go on after it before ", said Ruiz"
        Quote q = only(direct("Levee\n\n“The county can patch it, but it seems extremely unlikely” that the levee will hold,"
                + " said Ana Ruiz, an engineer with the state."));
        assertThat(q.speaker()).contains("Ana Ruiz");
        // a record's "according to" keeps the sentence as its statement
        assertThat(direct("Levee\n\n“Access to finance” was the most pressing problem for farmers, according to the survey."))
                .isEmpty();
    }

    @Test
    void aVerbOfInstructionOpeningASentenceIsNoSpeaker() {
        // "Stay" informed and "Write" posts: imperatives read as one-word names before a cue
        String page = "Levee works\n\nThe county will close the river road for a month while crews rebuild the levee.\n\n"
                + "Stay informed about the levee works on the county website.\n\n"
                + "Write posts that tell your neighbours where the detour runs.";
        assertThat(indirect(page)).isEmpty();
        // with a comma after it too ("Remember" spoke with the cue "saying")
        assertThat(only(direct("Levee works\n\nThe county will close the river road for a month.\n\n"
                + "Remember, saying “not now” to a crew at the levee is a good way to keep your weekend.")).speaker()).isEmpty();
        // the same word is a name where the page shows it is one
        String named = "Levee works\n\nCounty engineer Tom Stay spoke on Monday about the levee works.\n\n"
                + "Stay said the levee would hold through the spring floods.";
        assertThat(only(indirect(named)).speaker()).contains("Tom Stay");
    }

    @Test
    void aNegativeInstructionOpeningASentenceIsNoSpeaker() {
        // "Don’t" spoke with the cue "tell"
        String page = "Levee works\n\nThe county will close the river road for a month while crews rebuild the levee.\n\n"
                + "Skip the long speeches, too. Don’t tell the council, “Now I know the levee will hold for good.”";
        Quote q = only(direct(page));
        assertThat(q.speaker()).isEmpty();
        assertThat(q.cue()).isEmpty();
    }

    @Test
    void aCommonNounOrAnIndefinitePronounAsSpeakerIsNoOneAPronounMeans() {
        // "he" went to "Movement", a speaker the page also writes in lower case
        String page = "Back care\n\nTom Okafor is a physiotherapist at the river clinic in Riverton.\n\n"
                + "“Stand up every hour,” Okafor said.\n\n"
                + "Gentle movement helps the spine. Movement supports the claim that sitting harms the back.\n\n"
                + "“Even the best chair cannot replace the benefits of a walk,” he notes.";
        assertThat(direct(page)).filteredOn(q -> q.text().startsWith("Even the best")).singleElement()
                .satisfies(q -> assertThat(q.speaker()).contains("Tom Okafor"));
        // "Nobody" is no one either
        String nobody = "Back care\n\nTom Okafor is a physiotherapist at the river clinic in Riverton.\n\n"
                + "“Stand up every hour,” Okafor said.\n\n"
                + "Nobody expects the patients to stop sitting at their desks altogether.\n\n"
                + "“Even the best chair cannot replace the benefits of a walk,” he notes.";
        assertThat(direct(nobody)).filteredOn(q -> q.text().startsWith("Even the best")).singleElement()
                .satisfies(q -> assertThat(q.speaker()).contains("Tom Okafor"));
        // nor whom a later "they" means
        String they = "Back care\n\nThe river clinic opened a new ward in Riverton this spring.\n\n"
                + "Nobody expects the patients to stop sitting at their desks altogether.\n\n"
                + "“Walk every hour,” they said.";
        assertThat(direct(they)).singleElement().satisfies(q -> assertThat(q.speaker()).isEmpty());
    }

    @Test
    void aClauseReadAsTheSourceNamesNoSpeaker() {
        // "Certifications are documents" spoke: the clause before the participle is no source
        Quote q = only(indirect("Levee permits\n\nThe river rose two feet overnight on Monday.\n\n"
                + "Certifications are documents indicating that the builder passed the levee safety course."));
        assertThat(q.text()).isEqualTo("the builder passed the levee safety course");
        assertThat(q.mention()).isEmpty();
        assertThat(q.speaker()).isEmpty();
        assertThat(q.cue()).contains("indicating");
        // a subject and its auxiliary, with an adverb, is still the source
        Quote both = only(indirect("Ana Ruiz and Tom Lee have both argued that the levee is too low."));
        assertThat(both.mention()).hasValueSatisfying(m -> assertThat(m).startsWith("Ana Ruiz and Tom Lee"));
    }

    @Test
    void aWordThatCannotBeAVerbNamesNoSpeakerBeforeAColon() {
        // "Should" spoke with the cue "you": the word after a one-word "subject" is no verb
        String page = "Old songs\n\nThe river town held a concert of old songs on Saturday night.\n\n"
                + "Should you not remember this classic song, it begins: “Down by the levee the water ran high.”";
        Quote q = only(ArticleParser.parse(page).quotes());
        assertThat(q.text()).isEqualTo("Down by the levee the water ran high.");
        assertThat(q.speaker()).isEmpty();
        assertThat(q.cue()).isEmpty();
    }

    @Test
    void aContractedVerbInsideAMentionMakesItAClause() {
        // "Didn't Ana Ruiz" was the speaker: a verb with its negation opens a question, no source
        Quote q = only(indirect("Levee notes\n\nThe river rose two feet overnight on Monday.\n\n"
                + "Didn't Ana Ruiz once famously quip that the levee was proof that the town is lucky?"));
        assertThat(q.text()).isEqualTo("the levee was proof that the town is lucky");
        assertThat(q.mention()).isEmpty();
        // a name after a dash in the words before the cue still speaks
        Quote dashed = only(indirect("It wasn't a one-off or an accident — Tom Lee told reporters that the levee held."));
        assertThat(dashed.speaker()).contains("Tom Lee");
    }

    @Test
    void aSurnameThatIsAlsoAnOrganisationWordAfterAGivenNameIsAPerson() {
        // "Peter White" read as an organisation (White House): the appositive's "SVP" spoke
        Quote q = only(ArticleParser.parse("Levee software\n\nThe county bought new software for the levee.\n\n"
                + "“We trained the models on our own data,” Peter White, SVP of engineering at Acme, said.").quotes());
        assertThat(q.speaker()).contains("Peter White");
        // the same word after no given name stays an organisation's
        Quote house = only(ArticleParser.parse("Levee funds\n\nThe river rose two feet overnight on Monday.\n\n"
                + "The White House said the money would come in the spring.").quotes());
        assertThat(house.mention()).contains("The White House");
    }

    @Test
    void aTitleAloneBeforeTheNameAfterAnInvertedCueIsTheNamesTitle() {
        // "says Co-Founder, Stephanie Ozcan": "Co-Founder" was the speaker
        Quote q = only(ArticleParser.parse("Levee catering\n\nThe river town held a dinner on the levee.\n\n"
                + "“Our goal is to listen first,” says Co-Founder, Stephanie Ozcan.").quotes());
        assertThat(q.speaker()).contains("Stephanie Ozcan");
    }

    @Test
    void aQuotedWordAfterAColonThatTheSentenceReadsOnPastIsATerm() {
        // “old” and “new” were direct quotes with the speaker "Talk" and the cue "in"
        assertThat(direct("Levee vote\n\nThe river rose two feet overnight on Monday.\n\n"
                + "Talk in the town is about which Riverton will win on Election Day: “old” Riverton, which is "
                + "rural and religious; or “new” Riverton, which is urban.")).isEmpty();
        // a verb of saying before the colon still introduces a word of speech, and a word that ends
        // its sentence is still a quote
        assertThat(only(direct("Levee vote\n\nThe river rose two feet overnight on Monday.\n\n"
                + "The mayor said: “Enough” and left the room.")).mention()).contains("The mayor");
        assertThat(only(direct("Levee vote\n\nThe river rose two feet overnight on Monday.\n\n"
                + "Her answer was simple: “Never,” she said.")).text()).isEqualTo("Never");
    }

    @Test
    void aTranscriptSpeakerNamedInFullThenBySurnameHasTheFloorTwice() {
        // "Luciana Lopez:" and "Lopez:" counted as two speakers of one line each, so both lines
        // read as a list's labels and were dropped
        String page = "Levee panel\n\nA panel led by Chris Matthews agreed on Saturday that the levee plan was "
                + "childish. Matthews and Luciana Lopez argued that the plan is a fantasy.\n\n"
                + "Luciana Lopez: Everyone has a different image of what the levee should be.\n\n"
                + "Matthews: Well, the levee is too low.\n\n"
                + "Lopez: Nobody thinks the river will stay this high all year.\n\n"
                + "Matthews: The town will have to pay for it anyway.";
        assertThat(ArticleParser.parse(page).quotes()).filteredOn(q -> q.cue().equals(java.util.Optional.of(":")))
                .extracting(q -> q.speaker().orElse(null))
                .containsExactly("Luciana Lopez", "Chris Matthews", "Luciana Lopez", "Chris Matthews");
        // the labels of a list that share a last word are still two labels
        String list = "Levee plants\n\nThe town planted the levee with hardy plants this spring.\n\n"
                + "Snake Plant: It thrives in low light and is nearly indestructible on the levee.\n\n"
                + "ZZ Plant: It tolerates very low light and dry soil on the levee.";
        assertThat(ArticleParser.parse(list).quotes()).isEmpty();
    }

    @Test
    void theFocusOfACleftSentenceIsWhomSheMeans() {
        // "she" went to Lily Miyazaki, the subject of the opening clause
        Quote q = only(direct("Levee open\n\nAfter Lily Miyazaki won her first match on Monday, it was Katie "
                + "Boulter who got the ball rolling on Tuesday with a convincing victory.\n\n"
                + "“Hopefully I have started everyone off well today,” she told reporters."));
        assertThat(q.speaker()).contains("Katie Boulter");
    }

    @Test
    void aNameWrittenWithItsSIsWholeBeforeItsVerb() {
        // "Lloyd's agreed …" and "Farrow's said …" had the speakers "Lloyd" and "Farrow"
        Quote agreed = only(indirect("Harbour report\n\nLloyd's agreed to review the rules of the market by June."));
        assertThat(agreed.speaker()).contains("Lloyd's");
        List<Quote> said = indirect("Harbour report\n\nFarrow's Freight Services Ltd said it would close two depots.\n\n"
                + "Farrow's said the depots had lost money for three years.");
        assertThat(said).extracting(q -> q.speaker().orElse("")).containsExactly("Farrow's Freight Services Ltd",
                "Farrow's Freight Services Ltd");
        // so after the quotation it closes
        List<Quote> closing = direct("Harbour report\n\nFarrow's Freight Services Ltd said it would close two depots.\n\n"
                + "“The depots lost money for three years,” Farrow's added.");
        assertThat(closing).extracting(q -> q.speaker().orElse("")).containsExactly("Farrow's Freight Services Ltd");
        // a possessive before a noun names its possessor
        Quote noun = only(indirect("Harbour report\n\nDean Farrow spoke on Monday. Farrow's warning that the depots would close "
                + "came late."));
        assertThat(noun.speaker()).contains("Dean Farrow");
    }

    @Test
    void anAdverbAloneNamesNoSpeaker() {
        // "Ever thought about monetizing YouTube?" had the speaker "Ever"
        assertThat(ArticleParser.parse("Harbour report\n\nEver thought about monetizing your harbour videos on YouTube?")
                .quotes()).isEmpty();
    }

    @Test
    void aPossessiveShowsTheGenderOfANameTheListLacks() {
        // "she" three paragraphs on had no speaker: the given name is not in the list
        String text = "Harbour report\n\nTendai Moyo-Banda will face the board for her role in the harbour deal.\n\n"
                + "The hearing opened on Monday before a full gallery of dockworkers and reporters.\n\n"
                + "The board will rule on the deal by the end of the month, its chair said.\n\n"
                + "“I did nothing wrong,” she said.";
        assertThat(only(direct(text)).speaker()).contains("Tendai Moyo-Banda");
        // "her" as an object shows nothing of the subject's gender
        String object = text.replace("will face the board for her role in the harbour deal", "met her in Durban on Monday");
        assertThat(only(direct(object)).speaker()).isEmpty();
        // a name the text gave in full before is that person, no new one
        String known = "Harbour report\n\nEmma Tendai Moyo struggled with the harbour deal for years.\n\n"
                + "Tendai Moyo left the board in 2023, and her work on the deal ended.\n\n“I did nothing wrong,” she said.";
        assertThat(only(direct(known)).speaker()).contains("Emma Tendai Moyo");
    }

    @Test
    void aPartyMemberNamedWithAPlaceIsAPersonOrNoOne() {
        // "Iowa Republican Joni Ernst" was a person of that whole name; "a New Hampshire Republican"
        // a person named "New Hampshire Republican" with the title "a"
        Quote named = only(indirect("Harbour report\n\nIowa Republican Joni Ernst said the harbour bill would fail."));
        assertThat(named.speaker()).contains("Joni Ernst");
        assertThat(named.affiliation()).contains("Iowa Republican");
        Quote unnamed = only(direct("Harbour report\n\n“The harbour bill will fail,” said a New Hampshire Republican."));
        assertThat(unnamed.speaker()).isEmpty();
        assertThat(unnamed.title()).isEmpty();
        assertThat(only(direct("Harbour report\n\n“The harbour bill will fail,” said an influential Iowa Democrat."))
                .speaker()).isEmpty();
        // a place that is also a given name
        assertThat(only(direct("Harbour report\n\n“The harbour bill will fail,” said a Virginia Republican."))
                .speaker()).isEmpty();
        // a body whose name opens with a title is that body, no person named "Department"
        Quote body = only(indirect("Harbour report\n\nThe Justice Department said the harbour inquiry would go on."));
        assertThat(body.speaker()).contains("The Justice Department");
    }

    @Test
    void wordsThatHoldNoRoleMakeNoTitle() {
        // the speakers were "North America Rental Car Satisfaction Study" with the title "the J.D.
        // Power 2025", and "Water Watch" with the title "a 2014 report by Food and"
        Quote study = only(indirect("Harbour report\n\nAccording to the J.D. Power 2025 North America Harbour Study, "
                + "Enterprise topped the charts for the year."));
        assertThat(study.speaker()).contains("the J.D. Power 2025 North America Harbour Study");
        assertThat(study.title()).isEmpty();
        Quote report = only(indirect("Harbour report\n\nAccording to a 2014 report by Food and Water Watch, most "
                + "bottled water is tap water in a package."));
        assertThat(report.title()).isEmpty();
        assertThat(report.speaker()).isEmpty();
        Quote titled = only(indirect("Harbour report\n\nAccording to a study by Clutch titled “2022 Harbour Survey,” most "
                + "ships spent over $100,000 on repairs."));
        assertThat(titled.title()).isEmpty();
        // an age is a person's
        Quote aged = only(indirect("Harbour report\n\n81-year-old Parker Eaton said the harbour bill would fail in the fall."));
        assertThat(aged.speaker()).contains("Parker Eaton");
    }

    @Test
    void anOccasionAnAdverbOrAnOpeningParticipleIsNoPartOfTheSpeaker() {
        // the speakers were "The harbour board in a statement", "opponents of the bill immediately"
        assertThat(only(indirect("Harbour report\n\nThe harbour board in a statement said the pier would reopen in May."))
                .speaker()).contains("The harbour board");
        assertThat(only(indirect("Harbour report\n\nOpponents of the bill immediately declared the costs too high for the port."))
                .speaker()).contains("Opponents of the bill");
        // a phrase that opens with a participle is the subject's, never the subject
        assertThat(indirect("Harbour report\n\nAppearing before the harbour court, the port delegation said the board "
                + "acted with impunity, arguing that it does not care to fulfil its duties."))
                .extracting(q -> q.speaker().orElse("")).containsOnly("the port delegation");
        Quote moth = only(direct("Harbour report\n\nAnswering a question about the pier Microsoft’s Daniel Moth explained:\n\n"
                + "“The pier is part of the harbour, just like the dock was part of the old port.”"));
        assertThat(moth.speaker()).contains("Daniel Moth");
        assertThat(moth.mention()).contains("Daniel Moth");
    }

    @Test
    void aRelationSetOffByCommasIntroducesThePersonAndTheGender() {
        // "she" had no speaker: a wife named in an appositive was no one the text introduced
        String text = "Harbour report\n\nEoin Walsh and his wife, Ann Marie, split their vote this year.\n\n"
                + "“I backed the harbour plan from the start,” she said.";
        assertThat(only(direct(text)).speaker()).contains("Ann Marie");
        // without the commas the name is no appositive of the relation
        String bare = text.replace("his wife, Ann Marie, split", "his wife Ann Marie split");
        assertThat(only(direct(bare)).speaker()).isNotEqualTo(java.util.Optional.of("Ann Marie"));
    }
}
