package io.github.newsparse.internal.quotes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.newsparse.ArticleParser;
import io.github.newsparse.CueType;
import io.github.newsparse.Quote;
import io.github.newsparse.QuoteKind;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The attribution shapes beyond verbs of saying: beliefs, intentions, stances and findings, and
 * where their content ends. One shape per test, on invented sentences.
 */
class AttributionShapesTest {

    private static List<Quote> quotes(String text) {
        return ArticleParser.parse("Flood update\n\n" + text).quotes();
    }

    private static List<Quote> indirect(String text) {
        return quotes(text).stream().filter(q -> q.kind() == QuoteKind.INDIRECT).toList();
    }

    private static Quote only(List<Quote> quotes) {
        assertThat(quotes).hasSize(1);
        return quotes.get(0);
    }

    @Test
    void aCueAfterAVerbOfHabitOrLikelihood() {
        Quote q = only(indirect("Farmers in the valley tended to support the new levee."));
        assertThat(q.text()).isEqualTo("the new levee");
        assertThat(q.speaker()).contains("Farmers in the valley");
        assertThat(q.cue()).contains("tended to support");
        Quote more = only(indirect("Renters were slightly more likely to say the rent was too high."));
        assertThat(more.text()).isEqualTo("the rent was too high");
        assertThat(more.cue()).contains("were slightly more likely to say");
        // going somewhere to do something reports nothing
        assertThat(indirect("Ruiz went to the bank to say hello.")).isEmpty();
    }

    @Test
    void aRestrictiveRelativeClauseBelongsToTheSubjectOfTheVerbAfterIt() {
        List<Quote> found = indirect("Critics who advocate free speech argue that the new ordinance is dangerous.");
        assertThat(found).extracting(Quote::text).contains("the new ordinance is dangerous");
        Quote main = found.stream().filter(q -> q.cue().orElse("").equals("argue")).findFirst().orElseThrow();
        assertThat(main.mention()).contains("Critics who advocate free speech");
        // the clause's own cue keeps only its object
        assertThat(found).extracting(Quote::text).doesNotContain("free speech argue that the new ordinance is dangerous");
        Quote group = only(indirect("Hawkins and others who live near the levee said the ruling will make the choice stark."));
        assertThat(group.text()).isEqualTo("the ruling will make the choice stark");
        assertThat(group.mention()).hasValueSatisfying(m -> assertThat(m).endsWith("others who live near the levee"));
        // "who" as the clause's object: the clause is no part of a subject
        assertThat(only(indirect("The mayor met a man who many believe betrayed the county.")).mention()).contains("many");
    }

    @Test
    void aQuantityOfPeopleAgreesWithThePeopleCounted() {
        Quote q = only(indirect("A majority of farmers support the new levee."));
        assertThat(q.text()).isEqualTo("the new levee");
        assertThat(q.cue()).contains("support");
        assertThat(only(indirect("Some 19 percent of renters say the rent is too high.")).text())
                .isEqualTo("the rent is too high");
        // a quantity of one body takes the singular
        assertThat(only(indirect("A majority of the council supports the new levee.")).text()).isEqualTo("the new levee");
    }

    @Test
    void yesNoOrSoIsAWholeAnswer() {
        Quote q = only(indirect("Asked about the levee, most farmers said yes."));
        assertThat(q.text()).isEqualTo("yes");
        assertThat(q.cue()).contains("said");
        assertThat(only(indirect("Ruiz does not think so.")).text()).isEqualTo("so");
        // any other one word is too little to be a statement
        assertThat(indirect("The engineer said nothing.")).isEmpty();
    }

    @Test
    void aBeliefOfAGroup() {
        Quote q = only(indirect("Forecasters expect the river to crest on Friday morning."));
        assertThat(q.text()).isEqualTo("the river to crest on Friday morning");
        assertThat(q.mention()).contains("Forecasters");
        assertThat(q.cue()).contains("expect");
        assertThat(q.cueType()).contains(CueType.BELIEF);
    }

    @Test
    void anIntentionTakesItsInfinitive() {
        Quote q = only(indirect("Ruiz wants to raise the levee by two feet."));
        assertThat(q.text()).isEqualTo("to raise the levee by two feet");
        assertThat(q.speaker()).contains("Ruiz");
        assertThat(q.cueType()).contains(CueType.INTENTION);
    }

    @Test
    void aStanceTakesItsObject() {
        Quote q = only(indirect("Mayor Ana Ruiz opposes the new levee tax."));
        assertThat(q.text()).isEqualTo("the new levee tax");
        assertThat(q.speaker()).contains("Ana Ruiz");
        assertThat(q.cueType()).contains(CueType.STANCE);
    }

    @Test
    void anIntentionOfSomeoneElsesActTakesItsObjectAndInfinitive() {
        Quote q = only(indirect("Ruiz wants the county to pay for the levee."));
        assertThat(q.text()).isEqualTo("the county to pay for the levee");
        assertThat(q.cueType()).contains(CueType.INTENTION);
    }

    @Test
    void aSingularNounInSShowsEvidence() {
        Quote q = only(indirect("The analysis shows the levee may fail in a flood of the century."));
        assertThat(q.mention()).contains("The analysis");
        assertThat(q.cueType()).contains(CueType.EVIDENCE);
    }

    @Test
    void whatSomeoneLearnedIsABeliefAndWhatTheyWonderedIsSaid() {
        Quote learned = only(indirect("Ruiz learned that the levee had leaked for years."));
        assertThat(learned.cueType()).contains(CueType.BELIEF);
        Quote wondered = only(indirect("Ruiz wondered whether the levee would hold through the spring."));
        assertThat(wondered.cueType()).contains(CueType.SPEECH);
        assertThat(wondered.text()).isEqualTo("whether the levee would hold through the spring");
    }

    @Test
    void aStanceWithItsParticle() {
        Quote q = only(indirect("The council has called for a second vote on the levee."));
        assertThat(q.text()).isEqualTo("a second vote on the levee");
        assertThat(q.cue()).contains("has called for");
        assertThat(q.cueType()).contains(CueType.STANCE);
    }

    @Test
    void whatASurveyShows() {
        Quote q = only(indirect("A survey of residents shows most of them support the levee."));
        assertThat(q.text()).isEqualTo("most of them support the levee");
        assertThat(q.mention()).contains("A survey of residents");
        assertThat(q.speaker()).isEmpty();
        assertThat(q.cueType()).contains(CueType.EVIDENCE);
    }

    @Test
    void aPersonFindingSomethingIsNoEvidence() {
        assertThat(indirect("The farmer found his boat stuck in the trees.")).isEmpty();
    }

    @Test
    void aPassiveHasNoSource() {
        assertThat(indirect("The new levee was expected to hold through the spring.")).isEmpty();
    }

    @Test
    void aPassiveParticipleIsNoVerb() {
        assertThat(indirect("A plan backed by the mayor would raise the levee.")).isEmpty();
    }

    @Test
    void aVerbThatDoesNotAgreeIsANoun() {
        // "plans" after a singular subject would agree; after "The" it is the noun
        assertThat(indirect("The plans to raise the levee were shelved in May.")).isEmpty();
    }

    @Test
    void aPrepositionalPhraseIsNoSubject() {
        assertThat(indirect("In the town, officials hope to reopen the bridge.")).extracting(Quote::mention)
                .containsExactly(java.util.Optional.of("officials"));
        assertThat(indirect("After the storm passed the river seemed calm again.")).isEmpty();
    }

    @Test
    void theContentEndsWhereTheSourceGoesOn() {
        Quote q = indirect("Ruiz said the levee would hold and criticized the state for its delays.").get(0);
        assertThat(q.text()).isEqualTo("the levee would hold");
    }

    @Test
    void theContentEndsBeforeAParticipleOfItsSource() {
        Quote q = indirect("Ruiz defended the levee plan, calling it the cheapest option.").get(0);
        assertThat(q.text()).isEqualTo("the levee plan");
    }

    @Test
    void aQuotedFragmentIsPartOfTheReportedStatement() {
        List<Quote> qs = quotes("The engineer said the old plan was “dead on arrival” after the vote.");
        Quote q = only(qs);
        assertThat(q.kind()).isEqualTo(QuoteKind.INDIRECT);
        assertThat(q.text()).isEqualTo("the old plan was “dead on arrival” after the vote");
    }

    @Test
    void aQuoteBesideTheClauseStaysDirect() {
        List<Quote> qs = quotes("“We will rebuild as fast as we can,” Ruiz said Monday at a briefing.");
        assertThat(only(qs).kind()).isEqualTo(QuoteKind.DIRECT);
    }

    @Test
    void aRelativePronounStandsForTheNameBeforeIt() {
        Quote q = only(indirect("The levee was designed by Ana Ruiz, who wants to raise it by two feet."));
        assertThat(q.mention()).contains("who");
        assertThat(q.speaker()).contains("Ana Ruiz");
    }

    @Test
    void cueTypesFromTheLexicon() {
        assertThat(CueTypes.of("has also said")).isEqualTo(CueType.SPEECH);
        assertThat(CueTypes.of("according to")).isEqualTo(CueType.SPEECH);
        assertThat(CueTypes.of("called")).isEqualTo(CueType.SPEECH);
        assertThat(CueTypes.of("called for")).isEqualTo(CueType.STANCE);
        assertThat(CueTypes.of("did not want")).isEqualTo(CueType.INTENTION);
        assertThat(CueTypes.of("believes")).isEqualTo(CueType.BELIEF);
        assertThat(CueTypes.of("showed")).isEqualTo(CueType.EVIDENCE);
    }

    @Test
    void aThingHoldsNoStatement() {
        assertThat(indirect("These new pumps promise to cut the town's flood risk in half.")).isEmpty();
        assertThat(indirect("The old levee still feels solid under the weight of the sandbags.")).isEmpty();
    }

    @Test
    void theWriterIsNoSpeaker() {
        Quote q = only(indirect("Ana Ruiz runs the pumps. I think the levee will hold this time."));
        assertThat(q.mention()).contains("I");
        assertThat(q.speaker()).isEmpty();
    }

    @Test
    void aWordCapitalisedOnlyWhereASentenceOpensIsNoName() {
        // "Cost" opens its sentence, and the text writes "cost" elsewhere: it names nobody
        assertThat(indirect("The cost of the pumps keeps rising. Cost estimates rise every single year.")).isEmpty();
        // a surname the text gives once, where a sentence opens, is still a name
        assertThat(indirect("The cost of the pumps keeps rising. Ruiz estimates the pumps will cost more."))
                .extracting(Quote::speaker).containsExactly(java.util.Optional.of("Ruiz"));
    }

    @Test
    void aRunOfLabelsIsAListNotHeadlines() {
        List<Quote> qs = quotes("Pumps compared\n\nCompatibility: Some pumps do not connect to the town grid at all.\n\n"
                + "Capacity: The larger pumps move two thousand gallons a minute.");
        assertThat(qs).isEmpty();
    }

    @Test
    void aHeadlineQuotingItsSpeakerWhoTheStoryNames() {
        List<Quote> qs = quotes("Ruiz: The levee will hold through the spring\n\nMayor Ana Ruiz spoke on Monday at the "
                + "town hall about the flood.");
        assertThat(qs).extracting(Quote::speaker).contains(java.util.Optional.of("Ana Ruiz"));
    }

    @Test
    void aPronounSkipsAPersonOfTheOtherGender() {
        List<Quote> qs = indirect("Ana Lopez, the town engineer, said the levee would hold. John Ruiz, the mayor, said "
                + "the vote was set for Tuesday. She said the pumps were ready for the spring.");
        assertThat(qs).hasSize(3);
        assertThat(qs.get(2).mention()).contains("She");
        assertThat(qs.get(2).speaker()).contains("Ana Lopez");
    }

    @Test
    void aPronounNamesNobodyRatherThanTheWrongPerson() {
        List<Quote> qs = indirect("Mr. Ruiz said the vote was set for Tuesday. She said the pumps were ready for the spring.");
        assertThat(qs).hasSize(2);
        assertThat(qs.get(1).speaker()).isEmpty();
    }

    @Test
    void aTitleOfAWorkIsNoQuote() {
        List<Quote> qs = quotes("Ruiz told “Good Morning America” that the levee would hold through May.");
        Quote q = only(qs);
        assertThat(q.kind()).isEqualTo(QuoteKind.INDIRECT);
        assertThat(q.text()).isEqualTo("the levee would hold through May");
        assertThat(quotes("Her new book, “The Long Road Home,” came out in May.")).isEmpty();
        // a capitalised answer of one word is still speech
        assertThat(quotes("“Yes,” Ruiz said.")).extracting(Quote::kind).containsExactly(QuoteKind.DIRECT);
    }

    @Test
    void aRoleInTheAppositiveIsTheTitle() {
        Quote q = only(indirect("Ana Lopez, the town engineer, said the levee would hold."));
        assertThat(q.title()).contains("town engineer");
        assertThat(q.speaker()).contains("Ana Lopez");
    }

    @Test
    void titlesOfSeveralWordsBeforeTheName() {
        Quote a = only(indirect("Chief Executive Satya Nadella said the plan would work."));
        assertThat(a.title()).contains("Chief Executive");
        Quote b = only(indirect("The Conservative MP Jane Hill said the vote was set for Tuesday."));
        assertThat(b.title()).contains("Conservative MP");
        assertThat(b.affiliation()).isEmpty();
    }

    @Test
    void aCapitalisedWordBeforeAColonIsNoCue() {
        // "Cruz called them on it: “…”" has the cue "called"; in "Ana Ruiz: “…”" "Ruiz" is no cue
        assertThat(quotes("The mayor spoke on Monday.\n\nAna Ruiz: “The levee will hold through the spring.”"))
                .noneMatch(q -> q.cue().orElse("").equals("Ruiz"));
        Quote q = only(quotes("Ana Ruiz called them on it: “The levee will hold through the spring.”"));
        assertThat(q.cue()).contains("called");
    }

    @Test
    void whatSomeoneCouldDoIsNoAttribution() {
        assertThat(indirect("Residents should plan to leave before the river crests on Friday.")).isEmpty();
        assertThat(indirect("Homeowners can also add sandbags to the low side of the levee.")).isEmpty();
    }

    @Test
    void theReaderIsNoSource() {
        assertThat(indirect("Before the storm, you know how to find the shelter on Main Street.")).isEmpty();
    }

    @Test
    void aRelativeClausesStatementEndsWhereTheMainPredicateResumesInAnIrregularPast() {
        Quote a = only(indirect("Mayor Ana Ruiz, who said she expects the levee deal to close this week, met the union"
                + " leaders on Friday."));
        assertThat(a.text()).isEqualTo("she expects the levee deal to close this week");
    }

    @Test
    void anInvertedSpeakerAndAppositiveInsideTheStatementLeaveTheWholeSentenceTheStatement() {
        Quote a = only(indirect("The trouble with the levee, says Ana Ruiz, an engineer at the county, is the sand beneath it."));
        assertThat(a.text()).isEqualTo("The trouble with the levee, says Ana Ruiz, an engineer at the county, is the sand beneath it");
        assertThat(a.speaker()).contains("Ana Ruiz");
        // "continued to …" after a comma is a predicate, not an inverted speaker
        assertThat(indirect("While many residents, like Mr. Ortiz, continued to fill sand bags for Mr. Reyes, others left the"
                + " town, driving north before the roads closed.")).isEmpty();
    }

    @Test
    void aGroupBeforeWhoGoesOnBeforeOnePrepositionOfAPlaceOrACount() {
        Quote a = only(indirect("Democrats in Riverton who watched the debate said they were unfazed by the flood."));
        assertThat(a.text()).isEqualTo("they were unfazed by the flood");
        assertThat(a.mention()).contains("Democrats in Riverton who watched the debate");
        Quote b = only(indirect("By Tuesday, 30 percent of voters who voted in the primary said they would pay the levee tax."));
        assertThat(b.text()).isEqualTo("they would pay the levee tax");
        assertThat(b.mention()).contains("30 percent of voters who voted in the primary");
    }

    @Test
    void whomTheSpeakerToldClosesTheSentenceAndWhatCameBeforeIsTheStatement() {
        Quote a = only(indirect("The levee needs two more feet of sand bags, Mayor Ana Ruiz told a council panel on Tuesday."));
        assertThat(a.text()).isEqualTo("The levee needs two more feet of sand bags");
        assertThat(a.speaker()).contains("Ana Ruiz");
        // a joke or a story told is the thing told: the sentence before it is the writer's
        assertThat(indirect("On the third day of her tour of the river towns, Mayor Ana Ruiz told a joke.")).isEmpty();
        // whom she told and when is no statement
        assertThat(indirect("Mayor Ana Ruiz told a council panel during the meeting on Tuesday.")).isEmpty();
    }

    @Test
    void aClauseAfterTheCueIsTheContentNotTheLeadingPhrase() {
        Quote a = only(indirect("As the water rose on Friday, Ruiz told reporters this was the worst flood in years."));
        assertThat(a.text()).isEqualTo("this was the worst flood in years");
        Quote b = only(indirect("Late on Friday, as the river rose, the station reported at least six roads were closed."));
        assertThat(b.text()).isEqualTo("at least six roads were closed");
        // a short adjunct after the cue still closes the sentence
        Quote c = only(indirect("The levee will hold through the spring, Ruiz said at a meeting on Friday."));
        assertThat(c.text()).isEqualTo("The levee will hold through the spring");
    }

    @Test
    void anInstitutionNamedWithItsArticleIsASource() {
        Quote q = only(indirect("The Vatican says the pope has no plans to visit the flooded towns."));
        assertThat(q.mention()).contains("The Vatican");
        assertThat(q.text()).isEqualTo("the pope has no plans to visit the flooded towns");
    }

    @Test
    void anAppositiveEndingInAQuotedTitleStillEndsWithItsComma() {
        Quote q = only(indirect("Ana Ruiz, host of the show “River Watch,” suggested the levee could fail in a storm."));
        assertThat(q.speaker()).contains("Ana Ruiz");
        assertThat(q.text()).isEqualTo("the levee could fail in a storm");
    }

    @Test
    void aCapitalisedCueWordInsideANameIsNoCue() {
        assertThat(indirect("Canada and its closest ally, the United States, are members of the river council.")).isEmpty();
    }

    @Test
    void aParticipleAfterAReportedClauseIsASecondStatementOfItsSource() {
        List<Quote> qs = indirect("Ana Ruiz said the levee held, adding that the pumps ran all night.");
        assertThat(qs).extracting(Quote::text).containsExactly("the levee held", "the pumps ran all night");
        assertThat(qs.get(1).speaker()).contains("Ana Ruiz");
        assertThat(qs.get(1).cue()).contains("adding");
    }

    @Test
    void aParticipleAfterAQuotesAttributionIsAStatementOfTheSpeaker() {
        Quote q = only(indirect("“It held,” Ana Ruiz said, referring to the old levee on Main Street."));
        assertThat(q.text()).isEqualTo("the old levee on Main Street");
        assertThat(q.speaker()).contains("Ana Ruiz");
        assertThat(q.cue()).contains("referring to");
        // a quoted fragment after "adding that" is part of the statement: never a clause cut short before it
        String mixed = "“It held,” Ana Ruiz said, adding that it would take “a week or two” to pump out.";
        Quote more = only(indirect(mixed));
        assertThat(more.text()).isEqualTo("it would take “a week or two” to pump out");
        assertThat(more.cue()).contains("adding");
        assertThat(quotes(mixed)).extracting(Quote::text).doesNotContain("a week or two");
        // a fragment that ends the sentence, closing mark and all
        assertThat(only(indirect("“It held,” Ana Ruiz said, adding that such talk “fans the flames.”")).text())
                .startsWith("such talk “fans the flames");
        // a quoted sentence after "adding:" stays a quote of its own
        assertThat(indirect("“It held,” Ana Ruiz said, adding: “We will pump it out in a week or two, and then we rebuild.”"))
                .isEmpty();
    }

    @Test
    void aSecondVerbOfTheSameSourceAfterAnd() {
        List<Quote> qs = indirect("Ana Ruiz criticized the levee plan and accused the council of wasting money.");
        assertThat(qs).extracting(Quote::text).containsExactly("the levee plan", "the council of wasting money");
        assertThat(qs.get(1).speaker()).contains("Ana Ruiz");
        assertThat(qs.get(1).cue()).contains("accused");
    }

    @Test
    void theSubjectOfTheSentenceGoesOnWithAParticiple() {
        Quote q = only(indirect("Ana Ruiz toured the flooded streets on Friday, promising that the pumps would run all week."));
        assertThat(q.text()).isEqualTo("the pumps would run all week");
        assertThat(q.speaker()).contains("Ana Ruiz");
        assertThat(q.cue()).contains("promising");
        // an opening phrase is no subject, nor a coordination's first name alone: both are its speakers
        assertThat(indirect("Worried by the rain, Ruiz toured the streets, promising that the pumps would run.")).isEmpty();
        assertThat(only(indirect("Ruiz and Lopez toured the streets, promising that the pumps would run.")).mention())
                .contains("Ruiz and Lopez");
    }

    @Test
    void aContractionOfIsOpensAClauseNotASource() {
        assertThat(indirect("It’s worth noting that the levee was raised by two feet last spring.")).isEmpty();
    }

    @Test
    void aPronounKeepsItsContractedAuxiliaryOutOfTheMention() {
        Quote q = only(indirect("Ruiz has run the pumps for years. I’ve found that they rarely fail in a storm."));
        assertThat(q.mention()).contains("I");
        assertThat(q.text()).isEqualTo("they rarely fail in a storm");
    }

    @Test
    void anyVerbOfSpeechInTheLexiconAttributesAQuote() {
        Quote q = only(quotes("“The pumps have not failed once this year,” Ruiz pointed out."));
        assertThat(q.kind()).isEqualTo(QuoteKind.DIRECT);
        assertThat(q.speaker()).contains("Ruiz");
        assertThat(q.cue()).hasValueSatisfying(c -> assertThat(c).startsWith("pointed"));
    }

    @Test
    void anOpeningPhraseIsNotTheSubject() {
        Quote a = only(quotes("Hours later, Ruiz thanked the crews, telling reporters, “The pumps never stopped.”"));
        assertThat(a.speaker()).contains("Ruiz");
        Quote b = only(indirect("In her first videos, Ruiz stands on the levee, pointing to the pumps that never stopped."));
        assertThat(b.speaker()).contains("Ruiz");
    }

    @Test
    void aMentionNeverOpensWithAVerb() {
        // "… criticized the plan and said allies wanted to know …": "said allies" is no source
        assertThat(MentionParser.parse("said allies")).isNull();
        assertThat(MentionParser.parse("told reporters")).isNull();
        // a plural of people alone is a group ("…, allies said."), but not after the verb
        assertThat(MentionParser.parse("allies").kind()).isEqualTo(Mention.Kind.GROUP);
        assertThat(MentionParser.parse("many allies")).isNotNull();
    }

    @Test
    void aVerbThatTakesAThingQuotesNoStatement() {
        // "recommends “the X”", "describing … (“attorney,” “doctor”)": names of things, not speech
        assertThat(quotes("Restricted words include titles describing professionals (e.g., “attorney,” “doctor,”) "
                + "and schools.")).isEmpty();
        Quote q = only(indirect("The agency recommends that residents boil their water until Friday."));
        assertThat(q.text()).isEqualTo("that residents boil their water until Friday");
    }

    @Test
    void aQuoteOfASentenceAfterAnAttributedQuoteGoesOnWithItsSpeaker() {
        List<Quote> qs = quotes("“The levee held,” Ana Ruiz said Friday.\n\n“We will keep the pumps running all week.”");
        assertThat(qs).hasSize(2);
        assertThat(qs.get(1).speaker()).contains("Ana Ruiz");
        // a quoted word or two is no statement of hers
        assertThat(quotes("“The levee held,” Ana Ruiz said Friday.\n\n“Sandbags” were stacked on Main Street."))
                .hasSize(1);
    }

    @Test
    void aTimeOrAnAsideBetweenSubjectAndVerbIsNotTheSubject() {
        Quote a = only(indirect("The mayor on Tuesday said the levee would hold through the spring."));
        assertThat(a.mention()).contains("The mayor");
        Quote b = only(indirect("Ana Ruiz — a teacher from Hartford — says the levee will hold through the spring."));
        assertThat(b.speaker()).contains("Ana Ruiz");
        Quote c = only(indirect("City engineers last week warned that the levee could fail in a storm."));
        assertThat(c.mention()).contains("City engineers");
    }

    @Test
    void anArticleAndAnAdjectiveNameNobody() {
        // "the old thought process still holds", "the last confirmed sighting"
        assertThat(MentionParser.parse("the old")).isNull();
        assertThat(MentionParser.parse("the last")).isNull();
        assertThat(indirect("In the end the old thought process still holds for the pumps.")).isEmpty();
        // "the former", "the other" stand for people
        assertThat(MentionParser.parse("the former")).isNotNull();
        assertThat(MentionParser.parse("the other")).isNotNull();
    }

    @Test
    void aParticipleAfterBeforeOrBy() {
        Quote q = only(indirect("Ana Ruiz toured the levee on Friday before insisting that the pumps would hold."));
        assertThat(q.text()).isEqualTo("the pumps would hold");
        assertThat(q.speaker()).contains("Ana Ruiz");
        assertThat(q.cue()).contains("insisting");
    }

    @Test
    void aStatementInAnOpeningClauseEndsWithIt() {
        Quote q = only(indirect("While the mayor said the levee would hold through the spring, engineers found new cracks."));
        assertThat(q.text()).isEqualTo("the levee would hold through the spring");
        assertThat(q.mention()).contains("the mayor");
    }

    @Test
    void aBeliefInAnOpeningClauseEndsWithIt() {
        Quote q = only(indirect("And although forecasters expect the river to crest on Friday, the town kept its schools open."));
        assertThat(q.text()).isEqualTo("the river to crest on Friday");
        assertThat(q.cueType()).contains(CueType.BELIEF);
    }

    @Test
    void aShareOfPeopleIsASource() {
        Quote q = only(indirect("About three in 10 said they would rather see the levee rebuilt."));
        assertThat(q.text()).isEqualTo("they would rather see the levee rebuilt");
        assertThat(q.mention()).contains("About three in 10");
        assertThat(only(indirect("Nearly half say the levee tax is too high.")).mention()).contains("Nearly half");
        assertThat(only(indirect("About four in 10 South Carolina primary voters say the levee tax is too high."))
                .mention()).contains("About four in 10 South Carolina primary voters");
    }

    @Test
    void aShareOfAGroupIsNoPerson() {
        Quote q = only(indirect("Two-thirds of respondents said the levee tax was too high."));
        assertThat(q.mention()).contains("Two-thirds of respondents");
        assertThat(q.speaker()).contains("Two-thirds of respondents"); // the group, never a person "Two-thirds"
    }

    @Test
    void aClauseEndingWithAQuotedFragmentIsTheStatementBeforeItsAttribution() {
        List<Quote> qs = quotes("The levee's failure was “heartbreaking,” the mayor said.");
        Quote q = only(qs);
        assertThat(q.kind()).isEqualTo(QuoteKind.INDIRECT);
        assertThat(q.text()).isEqualTo("The levee's failure was “heartbreaking,”");
        assertThat(q.mention()).contains("the mayor");
    }

    @Test
    void anAttributionInsideAClauseAfterAQuotedFragmentTakesTheWholeSentence() {
        Quote q = only(quotes("Engineers have “a plan for every levee,” the mayor said, and will start on Monday."));
        assertThat(q.kind()).isEqualTo(QuoteKind.INDIRECT);
        assertThat(q.text()).isEqualTo("Engineers have “a plan for every levee,” the mayor said, and will start on Monday");
        assertThat(q.mention()).contains("the mayor");
    }

    @Test
    void aParticipleAfterAQuotedFragmentTakesNoSpeakerAfterIt() {
        // "…,” saying X …" opens a participle clause: X is its statement's subject, never a speaker
        List<Quote> qs = quotes("The mayor gave a defense of “river towns,” saying the levee embodied the “grit of the valley.”");
        assertThat(qs).noneMatch(q -> q.mention().filter(m -> m.startsWith("the levee")).isPresent());
        assertThat(qs).noneMatch(q -> q.text().startsWith("The mayor gave a defense"));
    }

    @Test
    void aSayingAfterAMessageOrByTakesTheSentencesSubject() {
        Quote q = only(indirect("The county released a statement Wednesday saying the levee will hold through the spring."));
        assertThat(q.text()).isEqualTo("the levee will hold through the spring");
        assertThat(q.mention()).contains("The county");
        assertThat(q.cue()).contains("saying");
        Quote by = only(indirect("The engineer answered by saying the levee will hold through the spring."));
        assertThat(by.mention()).contains("The engineer");
        // after a quoted fragment's comma
        Quote after = only(indirect("Ruiz gave a defense of “river towns,” saying the levee will hold through the spring."));
        assertThat(after.text()).isEqualTo("the levee will hold through the spring");
        assertThat(after.speaker()).contains("Ruiz");
        // "saying" after any other word opens no attribution: "a saying goes"
        assertThat(indirect("Engineers like repeating an old saying about levees and the spring floods.")).isEmpty();
    }

    @Test
    void aWordInLyAfterADeterminerIsANounNotAnAdverbOfTheCue() {
        Quote adverb = only(indirect("The mayor publicly said the levee will hold through the spring."));
        assertThat(adverb.cue()).contains("publicly said");
        assertThat(quotes("The organizer of the rally said the levee will hold through the spring."))
                .noneMatch(q -> q.cue().filter(c -> c.startsWith("rally")).isPresent())
                .noneMatch(q -> q.mention().filter(m -> m.endsWith(" the")).isPresent());
    }

    @Test
    void aWordInLyAfterAPossessiveIsANounThatHeadsTheSource() {
        Quote q = only(indirect("Jane Roe was hurt in the crash. Roe's family said the road had no lights."));
        assertThat(q.mention()).contains("Roe's family");
        assertThat(q.cue()).contains("said");
    }

    @Test
    void aLinkingWordThatOpensTheSentenceIsNoSpeaker() {
        Quote q = only(indirect("Moreover, Jane Roe, the county engineer, noted that the levee is too low."));
        assertThat(q.speaker()).contains("Jane Roe");
        assertThat(q.title()).contains("county engineer");
    }

    @Test
    void anAdverbBeforeAPrepositionOpensAPhraseOfTime() {
        Quote q = only(indirect("Shortly after the vote ended, Mayor Ana Ruiz issued a statement saying the levee"
                + " will hold."));
        assertThat(q.speaker()).contains("Ana Ruiz");
    }

    @Test
    void whoAfterAPlaceStandsForThePersonFromThere() {
        Quote q = only(indirect("The crowd cheered for Nicky Roe, 24, from Dover, who said the levee will hold."));
        assertThat(q.speaker()).contains("Nicky Roe");
    }

    @Test
    void aParticipleThatOpensTheSentenceIsNoSpeaker() {
        List<Quote> direct = quotes("Asked on Monday whether the levee would hold, Mayor Ana Ruiz shook her head and said,"
                + " \"Not this spring.\"").stream().filter(q -> q.kind() == QuoteKind.DIRECT).toList();
        assertThat(only(direct).speaker()).contains("Ana Ruiz");
    }

    @Test
    void theGroupOfAPossessiveSpeaksForIt() {
        Quote q = only(quotes("Ruiz's campaign sent out a text message to supporters saying: \"We won the county.\""));
        assertThat(q.mention()).contains("Ruiz's campaign");
    }

    @Test
    void aKinNounAfterAPossessiveAndItsAdjectiveSpeaks() {
        Quote q = only(indirect("Roe's younger sister went to school with the twins, and told reporters that the levee"
                + " had leaked for years."));
        assertThat(q.mention()).contains("Roe's younger sister");
    }

    @Test
    void aTimeWordInCapitalsBelongsToTheName() {
        Quote q = only(indirect("RIVER TODAY reported last month that the levee had leaked for years."));
        assertThat(q.mention()).contains("RIVER TODAY");
    }

    @Test
    void aPrepositionalPhraseIsNeverASpeaker() {
        assertThat(quotes("The appointment of Jane Roe, the head of the Levee Board, to the drafting committee suggests"
                + " that she wants the county to pay for the repairs."))
                .noneMatch(q -> q.mention().filter(m -> m.startsWith("to ")).isPresent());
    }

    @Test
    void aPrepositionThatOpensTheSentenceIsNoSpeaker() {
        assertThat(quotes("Despite their rivalry, they mocked each other at times, doing imitations of the mayor and the"
                + " way she says \u201chigh water.\u201d"))
                .noneMatch(q -> q.mention().filter(m -> m.equals("Despite")).isPresent());
    }

    @Test
    void aClaimOfAPronounWithItsContractedVerb() {
        Quote q = only(indirect("Ruiz claims she's the rightful owner of the old levee."));
        assertThat(q.text()).isEqualTo("she's the rightful owner of the old levee");
        assertThat(q.cue()).contains("claims");
    }

    @Test
    void aStanceInTheClauseThatOpensTheSentenceBeforeAStatement() {
        List<Quote> found = indirect("When Ruiz accused the board of wasting money, the chairman said the levee came first.");
        assertThat(found).extracting(q -> q.cue().orElse("")).containsExactly("accused", "said");
        assertThat(found.get(0).text()).isEqualTo("the board of wasting money");
        assertThat(indirect("If Ruiz opposes the plan, the chairman said the levee will wait.")).hasSize(1);
    }

    @Test
    void aNounPhraseNeverEndsWithAPreposition() {
        Quote q = only(indirect("The levee will hold for years, said Jane Roe, an early voice in urging the county to"
                + " raise it."));
        assertThat(q.speaker()).contains("Jane Roe");
        assertThat(q.cue()).contains("said");
    }

    @Test
    void anIndefiniteThingIsNoSpeaker() {
        assertThat(quotes("Critics accused the board of wasting money \u2014 something Mayor Ana Ruiz indicated earlier"
                + " this week."))
                .noneMatch(q -> q.mention().filter(m -> m.startsWith("something")).isPresent());
    }

    @Test
    void aStanceOnOneWordEndsWhereTheSecondPredicateSpeaks() {
        List<Quote> found = indirect("Ruiz thanked Dover and said the levee had held through the storm.");
        assertThat(found).extracting(Quote::text).containsExactly("Dover", "the levee had held through the storm");
    }

    @Test
    void theFirstPredicateOfASpeakerIsAStanceToo() {
        List<Quote> found = indirect("The mayor praised the crews and said the levee had held through the storm.");
        assertThat(found).extracting(q -> q.cue().orElse("")).containsExactly("praised", "said");
        assertThat(found.get(0).text()).isEqualTo("the crews");
    }

    @Test
    void aStatementEndsWhereTheWriterAddsAClauseWithANamedSubject() {
        Quote q = only(indirect("Ruiz said the levee would hold, and the county board has already approved the repairs."));
        assertThat(q.text()).isEqualTo("the levee would hold");
        // a list's last item is no clause of its own
        Quote list = only(indirect("Ruiz said crews from Dover, Salem, and Lewes officials had checked the levee."));
        assertThat(list.text()).isEqualTo("crews from Dover, Salem, and Lewes officials had checked the levee");
    }

    @Test
    void aStanceInTheClauseBeforeAnotherSubjectsStatement() {
        List<Quote> found = indirect("Ruiz accuses the board of wasting money and the chairman says the levee came first.");
        assertThat(found).extracting(q -> q.cue().orElse("")).containsExactly("accuses", "says");
        assertThat(found.get(0).text()).isEqualTo("the board of wasting money");
    }

    @Test
    void aShareThatOpensWithAboutHoldsAStance() {
        Quote q = only(indirect("Voters were divided. About three-quarters support a higher levee on the river."));
        assertThat(q.mention()).contains("About three-quarters");
        assertThat(q.text()).isEqualTo("a higher levee on the river");
    }

    @Test
    void aStatementEndsWhereAnAlthoughClauseAttributesAnother() {
        List<Quote> found = indirect("Ruiz said the levee would hold, although she wrote that the county must pay for it.");
        assertThat(found).extracting(Quote::text).containsExactly("the levee would hold",
                "the county must pay for it");
    }

    @Test
    void aNamerBeforeItsAppositiveSpeaks() {
        Quote q = only(indirect("Jane Roe, a speechwriter in Mayor Ana Ruiz's office, calls the levee \u201ca monument to"
                + " patience.\u201d"));
        assertThat(q.speaker()).contains("Jane Roe");
        assertThat(q.cue()).contains("calls");
    }

    @Test
    void aPossessiveIsNeverASubject() {
        assertThat(quotes("Ruiz's proposed budget cuts would not pay for the new levee on the river."))
                .noneMatch(q -> q.mention().filter(m -> m.endsWith("'s")).isPresent());
    }

    @Test
    void aDiplomatIsAPersonNounThatHeadsASource() {
        Quote q = only(indirect("A British diplomat said the levee will hold through the spring."));
        assertThat(q.mention()).contains("A British diplomat");
    }

    @Test
    void anInvertedSubjectEndsWhereItsModifierStarts() {
        Quote q = only(quotes("\"The levee will hold,\" said the county engineer known as Joe, speaking at the dam."));
        assertThat(q.kind()).isEqualTo(QuoteKind.DIRECT);
        assertThat(q.text()).isEqualTo("The levee will hold");
        assertThat(q.mention()).contains("the county engineer");
        assertThat(q.cue()).contains("said");
    }

    @Test
    void aRelativeClauseEndsWhereTheMainClauseResumes() {
        List<Quote> both = indirect("Mayor Ana Ruiz, who said on Monday that the levee would hold through the spring, "
                + "ordered an inspection.");
        // the main clause's own verb attributes after the relative clause's comma
        assertThat(both).extracting(Quote::text, Quote::cue).containsExactly(
                tuple("the levee would hold through the spring", java.util.Optional.of("said")),
                tuple("an inspection", java.util.Optional.of("ordered")));
        assertThat(both).allSatisfy(q -> assertThat(q.speaker()).contains("Ana Ruiz"));
    }

    @Test
    void aTitleWithOfBeforeTheName() {
        Quote q = only(indirect("Secretary of State Ana Ruiz said the levee talks would resume on Monday."));
        assertThat(q.speaker()).contains("Ana Ruiz");
        assertThat(q.title()).contains("Secretary of State");
        Quote c = only(indirect("Chief of Staff Dan Cole said the levee talks would resume on Monday."));
        assertThat(c.speaker()).contains("Dan Cole");
        assertThat(c.title()).contains("Chief of Staff");
    }

    @Test
    void aSubjectStartsAfterASubordinatingConjunction() {
        Quote q = only(indirect("The council delayed the vote after Mayor Ana Ruiz said the levee needed more study."));
        assertThat(q.mention()).contains("Mayor Ana Ruiz");
        assertThat(q.text()).isEqualTo("the levee needed more study");
    }

    @Test
    void aPrepositionalPhraseOrAPlacesTailNamesNobody() {
        assertThat(MentionParser.parse("Inside the hotel conference center")).isNull();
        assertThat(MentionParser.parse("In a statement")).isNull();
        assertThat(MentionParser.parse("South Carolina")).isNull();
        assertThat(MentionParser.parse("Va.")).isNull();
        // a state's one-word name may be its government, a poll's share its voters
        assertThat(MentionParser.parse("Texas")).isNotNull();
        assertThat(MentionParser.parse("About one in five")).isNotNull();
        Quote q = only(indirect("Flood update. Dana Reyes of Riverton, South Carolina, says the levee will hold this spring."));
        assertThat(q.speaker()).contains("Dana Reyes");
    }

    @Test
    void aCueThatIsAlsoAPluralNounIsTheNounAfterACount() {
        assertThat(indirect("Flood update. The three states hold their primaries on the first of March."))
                .as("'three states': a noun").isEmpty();
        Quote q = only(indirect("Flood update. The new survey of farmers in all 50 states revealed a sharp drop in crop prices."));
        assertThat(q.mention()).contains("The new survey of farmers in all 50 states");
        assertThat(q.cue()).contains("revealed");
        Quote r = only(indirect("Flood update. Their neighbor Tom Hart, 83, knows just what the county needs."));
        assertThat(r.speaker()).contains("Tom Hart");
        assertThat(r.cue()).contains("knows");
    }

    @Test
    void aNameAfterItsOutletsPossessiveIsThePersonWithThatAffiliation() {
        Mention m = MentionParser.parse("The Riverton Daily's Dana Reyes");
        assertThat(m.name()).isEqualTo("Dana Reyes");
        assertThat(m.affiliation()).isEqualTo("The Riverton Daily");
        assertThat(MentionParser.parse("WRVT's Tom Hart").affiliation()).isEqualTo("WRVT");
        assertThat(MentionParser.parse("The Levee Group's CEO").name()).as("a role, not a name").isNotEqualTo("CEO");
        // words split at every space: two spaces give an empty word, which must not break the reading
        assertThat(MentionParser.parse("WRVT's  Tom Hart")).isNotNull();
        assertThat(MentionParser.parse("WRVT  Tom Hart")).isNotNull();
        Quote q = only(quotes("Flood update\n\nAs the Riverton Daily's Dana Reyes puts it, “The levee is older than the town.”"));
        assertThat(q.kind()).isEqualTo(QuoteKind.DIRECT);
        assertThat(q.speaker()).contains("Dana Reyes");
    }

    @Test
    void aStatementBesideAQuoteWithItsOwnCueStandsBesideIt() {
        List<Quote> own = quotes("The mayor said she had not seen the report, and she said, “I hope it is wrong.”");
        assertThat(own).extracting(Quote::kind, Quote::text).containsExactly(
                tuple(QuoteKind.INDIRECT, "she had not seen the report"), tuple(QuoteKind.DIRECT, "I hope it is wrong."));
        List<Quote> asked = quotes("The mayor said she had not seen the report, and when asked about it,"
                + " she said, “I hope it is wrong.”");
        assertThat(asked).extracting(Quote::kind, Quote::text).contains(
                tuple(QuoteKind.INDIRECT, "she had not seen the report"), tuple(QuoteKind.DIRECT, "I hope it is wrong."));
        // a quotation that goes on into the statement is part of it
        Quote on = only(indirect("Flood update. In the lower parts of town, the mayor said, “we do not know” how high the river will rise."));
        assertThat(on.text()).startsWith("In the lower parts of town");
    }

    @Test
    void aSecondStatementAfterAnOpeningClauseLeavesNoCommaOnTheFirst() {
        List<Quote> qs = indirect("Flood update. The mayor said she had not seen the report, and when asked about it,"
                + " the engineer said the levee was fine.");
        assertThat(qs).extracting(Quote::text).containsExactly("she had not seen the report", "the levee was fine");
    }

    @Test
    void aMentionNeverEndsWithItsArticle() {
        assertThat(MentionParser.parse("the flood marked the")).isNull();
        Quote q = only(indirect("Flood update. Dana Reyes, a county engineer, said the flood marked the “worst week” for the town in years."));
        assertThat(q.speaker()).contains("Dana Reyes");
        assertThat(q.text()).startsWith("the flood marked");
    }

    @Test
    void aGroupNamedByAQuantifierOrAPluralWithItsDescription() {
        assertThat(MentionParser.parse("Each side")).isNotNull();
        assertThat(MentionParser.parse("Neither town")).isNotNull();
        assertThat(MentionParser.parse("People briefed on the plan")).isNotNull();
        assertThat(MentionParser.parse("Engineers involved in the repairs")).isNotNull();
        Quote q = only(indirect("Flood update. People briefed on the plan said the levee would be raised by two feet."));
        assertThat(q.mention()).contains("People briefed on the plan");
    }

    @Test
    void aQuotationAfterThatIsTheReportedClause() {
        Quote q = only(quotes("The mayor said that “the levee will hold through the spring.”"));
        assertThat(q.kind()).isEqualTo(QuoteKind.INDIRECT);
        assertThat(q.text()).isEqualTo("the levee will hold through the spring");
        assertThat(q.mention()).contains("The mayor");
        // without "that" it is a direct quote
        assertThat(only(quotes("The mayor said, “The levee will hold through the spring.”")).kind()).isEqualTo(QuoteKind.DIRECT);
    }

    @Test
    void aReportedClauseNeverEndsInsideItsQuotation() {
        Quote q = only(quotes("The mayor said that the levee “will hold through the spring, and we are ready.”"));
        assertThat(q.text()).endsWith("and we are ready");
    }

    @Test
    void aClosingAccordingToAfterADashOrBeforeTheWritersOwnClause() {
        Quote dash = only(indirect("Flood update. The river rose nine feet — the most since 1990 — according to the county's gauges."));
        assertThat(dash.text()).isEqualTo("The river rose nine feet — the most since 1990");
        assertThat(dash.mention()).contains("the county's gauges");
        Quote but = only(indirect("Flood update. The river rose nine feet overnight, according to the county's gauges, but the levee held."));
        assertThat(but.mention()).contains("the county's gauges");
    }

    @Test
    void aClosingAttributionMayEndWithItsObjectOrThePlaceOfItsSpeaker() {
        Quote told = only(indirect("Flood update. The levee will hold through the spring, the mayor told her."));
        assertThat(told.mention()).contains("the mayor");
        Quote place = only(indirect("Flood update. The levee will hold through the spring, says county engineer Dana Reyes in Hartford."));
        assertThat(place.speaker()).contains("Dana Reyes");
        // after a noun that names no person, "in" opens a phrase of the clause, not an adjunct
        assertThat(indirect("Flood update. Earlier this week, the mayor conceded the situation in the county was “grim.”"))
                .extracting(Quote::mention).doesNotContain(java.util.Optional.of("the situation"));
    }

    @Test
    void aSpeakerNamedBeforeAnAdjunctAfterANestedQuote() {
        List<Quote> qs = quotes("\"Watch a swollen river on the road, its banks breaking, its water rising while someone says,"
                + " 'We have to keep it back,' \" said former county engineer Dana Reyes during the second debate,"
                + " suggesting that she had seen such a flood.");
        assertThat(qs).extracting(Quote::kind).containsExactly(QuoteKind.DIRECT, QuoteKind.INDIRECT);
        assertThat(qs).allSatisfy(q -> assertThat(q.speaker()).contains("Dana Reyes"));
    }

    @Test
    void anAttributionInsideAShortStatementReportsTheWholeSentence() {
        Quote q = only(indirect("Flood update. This levee, the mayor says, is different."));
        assertThat(q.text()).isEqualTo("This levee, the mayor says, is different");
        assertThat(q.mention()).contains("the mayor");
    }

    @Test
    void aSubjectStartsAfterADash() {
        Quote q = only(indirect("Flood update. The mayor is seen as more capable - 60 percent of residents said she would handle the flood better."));
        assertThat(q.mention()).contains("60 percent of residents");
    }

    @Test
    void aSubjectBeforeAPastVerbSpeaksInTheSecondClause() {
        Quote q = only(indirect("Flood update. The Hartford Republican survived three floods in the valley and says such levees are useless."));
        assertThat(q.mention()).contains("The Hartford Republican");
        Quote r = only(indirect("Flood update. Other engineers with no direct knowledge of the levee chafed at the delay and said the repairs were overdue."));
        assertThat(r.mention()).contains("Other engineers with no direct knowledge of the levee");
        // an opening phrase or a clause is no subject
        assertThat(AttributionFinder.subject("As the crowd cheered the mayor")).isNull();
    }

    @Test
    void aQuoteAfterAStatementAndAColonHasTheStatementsCue() {
        Quote q = only(quotes("But he said he was too busy to look at the levee: “I have a lot going on.”"));
        assertThat(q.kind()).isEqualTo(QuoteKind.DIRECT);
        assertThat(q.cue()).contains("said");
        assertThat(q.mention()).contains("he");
        Quote role = only(quotes("The mayor said she was too busy to look at the levee: “I have a lot going on.”"));
        assertThat(role.mention()).contains("The mayor");
    }

    @Test
    void aShareWrittenInWordsIsAGroup() {
        assertThat(MentionParser.parse("Thirty-one percent of those surveyed")).isNotNull();
        assertThat(MentionParser.parse("Thirty-one percent of those surveyed").kind()).isEqualTo(Mention.Kind.GROUP);
        assertThat(MentionParser.parse("Twenty percent").kind()).isEqualTo(Mention.Kind.GROUP);
    }

    @Test
    void aFiniteVerbAfterAndNeverContinuesAnInfinitive() {
        Quote q = only(indirect("Flood update. The mayor has vowed to keep the levee open and celebrated the ruling on Monday."));
        assertThat(q.text()).isEqualTo("to keep the levee open");
        // an adjective in -ed is no verb: "the undivided and recognized capital"
        Quote r = only(indirect("Flood update. The mayor refused to say that Hartford should be the undivided and recognized capital of the county."));
        assertThat(r.text()).endsWith("capital of the county");
    }

    @Test
    void anAsideClosedByTwoSingleQuotationMarksEndsWithItsComma() {
        Quote q = only(indirect("Flood update. Mr. Reyes, citing ''the strength of the old levee,'' said the town could wait another year."));
        assertThat(q.speaker()).contains("Reyes");
        assertThat(q.text()).isEqualTo("the town could wait another year");
    }

    @Test
    void aStanceOnAPersonNamedInOneWord() {
        Quote q = only(indirect("Flood update. The council praised Reyes for the new levee plan."));
        assertThat(q.text()).isEqualTo("Reyes for the new levee plan");
        Quote r = only(indirect("Flood update. The engineers supported her."));
        assertThat(r.text()).isEqualTo("her");
        // a one-word object that names nobody is no content
        assertThat(indirect("Flood update. The engineers supported reform.")).isEmpty();
    }

    @Test
    void aBaseFormAfterDidOrWillTakesASingularSubject() {
        Quote q = only(indirect("Flood update. The mayor did support the idea of a higher levee on Thursday."));
        assertThat(q.text()).isEqualTo("the idea of a higher levee on Thursday");
        assertThat(q.cue()).contains("did support");
        // without the auxiliary, a base form never follows a singular subject
        assertThat(indirect("Flood update. The mayor support the idea of a higher levee on Thursday.")).isEmpty();
    }

    @Test
    void aSecondPredicateOfTheSubjectAttributes() {
        // (a first predicate that attributes too, "thanked the volunteers", is theFirstPredicateOfASpeakerIsAStanceToo)
        Quote q = only(indirect("Flood update. Reyes toured the dam and said the levee would hold through the spring."));
        assertThat(q.text()).isEqualTo("the levee would hold through the spring");
        assertThat(q.speaker()).contains("Reyes");
        assertThat(q.cue()).contains("said");
        Quote r = only(indirect("Flood update. The mayor toured the levee on Monday, then praised the engineers for their work."));
        assertThat(r.text()).isEqualTo("the engineers for their work");
        assertThat(r.mention()).contains("The mayor");
    }

    @Test
    void anOpeningAdverbIsNeverTheSpeaker() {
        for (String adverb : List.of("Instead", "Indeed", "Separately", "Moreover")) {
            List<Quote> qs = indirect("Flood update. " + adverb
                    + ", he is stressing his work on the new levee, arguing that the town is safer.");
            assertThat(qs).extracting(q -> q.mention().orElse("")).containsOnly("he");
        }
    }

    @Test
    void irregularParticiplesAfterHave() {
        Quote q = only(indirect("Flood update. Reyes has spoken about the need for a higher levee."));
        assertThat(q.text()).isEqualTo("the need for a higher levee");
        assertThat(q.cue()).contains("has spoken about");
        Quote r = only(indirect("Flood update. The mayor has expressed concern about the cost of the levee."));
        assertThat(r.cue()).contains("has expressed");
    }

    @Test
    void anIndirectQuestionKeepsItsQuestionWord() {
        Quote q = only(indirect("Flood update. A reporter asked how the levee had held on Monday."));
        assertThat(q.text()).isEqualTo("how the levee had held on Monday");
        Quote r = only(indirect("Flood update. A reporter asked why the county had waited so long."));
        assertThat(r.text()).isEqualTo("why the county had waited so long");
        // an object before a clause is still skipped: "told the crowd the levee would hold"
        Quote s = only(indirect("Flood update. The mayor told the crowd the levee would hold."));
        assertThat(s.text()).isEqualTo("the levee would hold");
    }

    @Test
    void whomTheSpeakerUrgesBelongsToTheInfinitive() {
        Quote q = only(indirect("Flood update. The mayor urged residents to move their cars to higher ground."));
        assertThat(q.text()).isEqualTo("residents to move their cars to higher ground");
        Quote r = only(indirect("Flood update. The pastor asked the congregation to pray for the town."));
        assertThat(r.text()).isEqualTo("the congregation to pray for the town");
    }

    @Test
    void anInstitutionNamedWithItsArticleAsksForSomething() {
        Quote q = only(indirect("Flood update. The Riverton Levee Board has asked the county to pay for the repairs."));
        assertThat(q.mention()).contains("The Riverton Levee Board");
        assertThat(q.text()).isEqualTo("the county to pay for the repairs");
    }

    @Test
    void votesThanksAndEncouragementAreAttributions() {
        Quote q = only(indirect("Flood update. The council voted for the new levee tax on Monday."));
        assertThat(q.cue()).contains("voted for");
        assertThat(q.cueType()).contains(CueType.STANCE);
        Quote r = only(indirect("Flood update. The mayor encouraged residents to leave before the storm."));
        assertThat(r.text()).isEqualTo("residents to leave before the storm");
        assertThat(r.cueType()).contains(CueType.SPEECH);
        Quote s = only(indirect("Flood update. Reyes thanked the volunteers for their work on the levee."));
        assertThat(s.text()).isEqualTo("the volunteers for their work on the levee");
    }

    @Test
    void aViewOfSomethingAsSomethingElse() {
        Quote q = only(indirect("Flood update. The mayor views the levee tax as a mistake."));
        assertThat(q.text()).isEqualTo("the levee tax as a mistake");
        assertThat(q.cueType()).contains(CueType.BELIEF);
        Quote r = only(indirect("Flood update. Most residents see Reyes as the best engineer the county has had."));
        assertThat(r.text()).isEqualTo("Reyes as the best engineer the county has had");
        // seeing something is no view of it
        assertThat(indirect("Flood update. The engineers saw the water rise from the bridge.")).isEmpty();
    }

    @Test
    void madeItClearReportsAClauseButMadeAloneIsNoCue() {
        Quote q = only(indirect("Flood update. Reyes made it clear that the county would not pay for the levee."));
        assertThat(q.text()).isEqualTo("the county would not pay for the levee");
        assertThat(q.cue()).contains("made it clear");
        assertThat(AttributionVerbs.isSpeechForm("made")).isFalse();
        assertThat(AttributionVerbs.isSpeechForm("pointed")).isTrue();
        // a participle that only opens a multi-word cue ("making it clear") does not end a statement
        Quote r = only(indirect("Flood update. Reyes said the levee would hold, making the town safer for years."));
        assertThat(r.text()).isEqualTo("the levee would hold, making the town safer for years");
    }

    @Test
    void aRecordInTheOpeningPhraseIsTheSource() {
        Quote q = only(indirect("Flood update. In a county survey released Monday, two-thirds of residents live within a mile of the river."));
        assertThat(q.text()).isEqualTo("two-thirds of residents live within a mile of the river");
        assertThat(q.mention()).contains("a county survey released Monday");
        assertThat(q.cue()).contains("in");
        assertThat(q.cueType()).contains(CueType.EVIDENCE);
        // a speaker in the clause after the phrase speaks first; a phrase without a record names no source
        Quote r = only(indirect("Flood update. In a report to the council, Reyes wrote that the levee would not hold."));
        assertThat(r.mention()).contains("Reyes");
        assertThat(indirect("Flood update. In the video, the water rises over the old levee wall.")).isEmpty();
    }

    @Test
    void phrasalVerbsOfStanceAndSpeech() {
        Quote q = only(indirect("Flood update. The governor weighed in on the levee dispute on Tuesday."));
        assertThat(q.text()).isEqualTo("the levee dispute"); // "on Tuesday" is an adjunct, no part of the object
        assertThat(q.cue()).contains("weighed in on");
        Quote r = only(indirect("Flood update. Reyes took issue with the county's plan for the levee."));
        assertThat(r.cue()).contains("took issue with");
        assertThat(r.cueType()).contains(CueType.STANCE);
        Quote s = only(indirect("Flood update. Residents remembered the old mayor as a careful engineer."));
        assertThat(s.text()).isEqualTo("the old mayor as a careful engineer");
    }

    @Test
    void anAttemptIsNoAttribution() {
        // "tried to" measured 0.26 precision on PolNeAR: an effort, not an intention a source states
        assertThat(indirect("Flood update. The mayor is trying to rebound after a poor showing in the county vote.")).isEmpty();
    }

    @Test
    void aThingClaimedOrKeptIsNoStatement() {
        assertThat(indirect("Flood update. Reyes claimed the prize for the best levee design.")).isEmpty();
        assertThat(indirect("Flood update. The mayor maintained her lead over the county engineer.")).isEmpty();
        assertThat(indirect("Flood update. The club charged a fee of one hundred dollars.")).isEmpty();
        // with a clause, or after "that", they report
        assertThat(only(indirect("Flood update. Reyes claimed she had won the design prize.")).text())
                .isEqualTo("she had won the design prize");
        assertThat(only(indirect("Flood update. The county maintained that the levee is safe.")).text())
                .isEqualTo("the levee is safe");
    }

    @Test
    void aThingAddedIsNoStatementThoughAClauseFollows() {
        // a pronoun in a subordinate clause, or an object pronoun before a preposition, is no statement's subject
        assertThat(indirect("Flood update. We will be adding more photos of the levee as they arrive.")).isEmpty();
        assertThat(indirect("Flood update. The new county guidelines have added it to the list of repairs.")).isEmpty();
        // a clause, a directive to someone, or an embedded question reports
        assertThat(only(indirect("Flood update. Reyes added it was time to rebuild the levee.")).text())
                .isEqualTo("it was time to rebuild the levee");
        assertThat(only(indirect("Flood update. The engineer would tell me to step back when I stood too close."))
                .cue()).hasValueSatisfying(c -> assertThat(c).endsWith("tell"));
        assertThat(only(indirect("Flood update. Reyes told of how since the storm he had been stranded for days."))
                .mention()).contains("Reyes");
    }

    @Test
    void aWritersAppositiveAfterAnInterruptingAttributionIsNoPartOfTheStatement() {
        assertThat(only(indirect("Flood update. The levee will hold through the spring, Ruiz said, a claim the county"
                + " disputes.")).text()).isEqualTo("The levee will hold through the spring");
        // the statement goes on after the attribution when what came before is no whole clause
        assertThat(only(indirect("Flood update. The levee, Ruiz said, will hold through the spring.")).text())
                .isEqualTo("The levee, Ruiz said, will hold through the spring");
    }

    @Test
    void aPassiveAfterItsSubjectReportsNothing() {
        assertThat(indirect("Flood update. The damage must be confirmed by an engineer before the levee reopens.")).isEmpty();
        assertThat(indirect("Flood update. Others who live near the river are professionally charged with the repairs."))
                .isEmpty();
        // a progressive reports
        assertThat(only(indirect("Flood update. Some residents were reporting that the water had reached the road."))
                .cue()).contains("were reporting");
    }

    @Test
    void aParticipleInAListIsNoClause() {
        assertThat(quotes("Flood update. The portal is new. It supports data analysis with many options, allowing for"
                + " data preparation, reporting, and visualization. The county also offers maps."))
                .extracting(q -> q.cue().orElse("")).doesNotContain("reporting");
        // a participle before a quotation still introduces it
        assertThat(quotes("Flood update. Ruiz praised the new levee, saying, “It will hold through the spring.”"))
                .extracting(q -> q.cue().orElse("")).contains("saying");
    }

    @Test
    void aParticipleAfterAClosingAttributionGoesOnWithItsSpeaker() {
        // the quotation after "adding," is the attribution's speaker's, and the clause before it a statement
        List<Quote> qs = quotes("Flood update. The two crews will meet at the levee next week, Ruiz said, adding, "
                + "“They need to sit down and plan the repairs.”");
        assertThat(qs).extracting(Quote::kind, Quote::text, q -> q.mention().orElse(""), q -> q.cue().orElse(""))
                .containsExactly(
                        tuple(QuoteKind.INDIRECT, "The two crews will meet at the levee next week", "Ruiz", "said"),
                        tuple(QuoteKind.DIRECT, "They need to sit down and plan the repairs.", "Ruiz", "adding"));
        // any participle of an attribution verb ends the statement there
        assertThat(indirect("Flood update. The levee will hold through the spring, Ruiz said, citing the latest survey."))
                .extracting(Quote::text, q -> q.cue().orElse(""))
                .containsExactly(tuple("The levee will hold through the spring", "said"), tuple("the latest survey", "citing"));
        // after a quotation, the attribution's speaker goes on, not the subject of the quoted words
        Quote after = only(indirect("Flood update. “The county does not agree with the plan,” Ruiz said, suggesting a"
                + " second survey of the levee."));
        assertThat(after.mention()).contains("Ruiz");
        assertThat(after.cue()).contains("suggesting");
    }

    @Test
    void aParticipleAfterACueAndItsCommaAttributesWhatFollowsIt() {
        Quote q = only(indirect("Flood update. Ruiz agreed, adding that the levee will hold through the spring."));
        assertThat(q.text()).isEqualTo("the levee will hold through the spring");
        assertThat(q.cue()).contains("adding");
        // an opening participle's phrase is no statement, and the subject after it speaks
        Quote opened = only(indirect("Flood update. Standing on the old levee, Ruiz agreed, praising the county engineer as"
                + " a careful planner."));
        assertThat(opened.mention()).contains("Ruiz");
        assertThat(opened.cue()).contains("praising");
        assertThat(opened.text()).isEqualTo("the county engineer as a careful planner");
        // a participle set off by commas before "that" leaves the clause to the cue
        assertThat(only(indirect("Flood update. The Gazette reported, citing no sources, that two engineers had resigned."))
                .cue()).contains("reported");
    }

    @Test
    void aQuotationMarkIsNoPartOfASubject() {
        // a speech quoted paragraph by paragraph with single marks: its statements are the government's
        assertThat(only(indirect("Flood update. ‘My Government will seek to strengthen the levees along the river."))
                .mention()).contains("My Government");
        // words of a quotation inside a sentence are no subject of the writer's
        assertThat(quotes("Flood update. Ruiz agrees, noting that the only survey comes from one site, “but other "
                + "surveys have not shown the same damage.”")).extracting(q -> q.mention().orElse(""))
                .doesNotContain("“but other surveys");
    }

    @Test
    void anAsideInParenthesesIsNoPartOfTheSubject() {
        Quote q = only(indirect("Flood update. Ruiz (who has lived by the river for forty years) said the levee will hold."));
        assertThat(q.mention()).contains("Ruiz");
        assertThat(q.text()).isEqualTo("the levee will hold");
        // a short designation stays with the name
        assertThat(only(indirect("Flood update. Ruiz (D-Ohio) said the levee will hold.")).mention()).contains("Ruiz (D-Ohio)");
    }

    @Test
    void aPhraseOfTimeBetweenHaveAndItsParticipleBelongsToTheCue() {
        Quote q = only(indirect("Flood update. The county engineers have in the past said the levee would hold."));
        assertThat(q.cue()).contains("have in the past said");
        assertThat(q.text()).isEqualTo("the levee would hold");
    }

    @Test
    void aRelativeWhoAfterAPersonInAPhraseOrADescribedPersonSpeaks() {
        Quote named = only(indirect("Flood update. The last question came from Ana Ruiz, who said she drove to the meeting"
                + " from Dover."));
        assertThat(named.speaker()).contains("Ana Ruiz");
        Quote described = only(indirect("Flood update. The last question came from a farmer, who said he drove to the"
                + " meeting from Dover."));
        assertThat(described.mention()).contains("a farmer");
        // a thing is no one who speaks
        assertThat(indirect("Flood update. The plan came up in the discussion, who said the levee would hold.")).isEmpty();
        // a relative clause that tells of the source is no statement, and the sentence's own verb reports
        Quote main = only(indirect("Flood update. One engineer, who insisted on anonymity because of his job, lamented"
                + " that the levee was never finished."));
        assertThat(main.cue()).contains("lamented");
        assertThat(main.mention()).contains("One engineer");
    }

    @Test
    void goingOnToSayIsSaying() {
        Quote q = only(indirect("Flood update. Ruiz went on to say the levee would hold through the spring."));
        assertThat(q.cue()).contains("went on to say");
        assertThat(q.text()).isEqualTo("the levee would hold through the spring");
    }

    @Test
    void aContractedPronounOpensTheClauseBeforeALaterThat() {
        Quote q = only(indirect("Flood update. Ruiz said she’s “sure” that the levee will hold."));
        assertThat(q.text()).startsWith("she’s");
    }

    @Test
    void sharesOfAPollSpeakAsGroups() {
        for (String share : new String[] {"Just over a quarter", "Three-fourths", "Those surveyed"}) {
            Quote q = only(indirect("Flood update. " + share + " say the county should raise the levee."));
            assertThat(q.mention()).contains(share);
        }
        assertThat(only(indirect("Flood update. Most residents were worried, and three-fourths say the county should"
                + " raise the levee.")).mention()).contains("three-fourths");
    }

    @Test
    void theSubjectBeforeAParticipleIsTheWholeNounPhraseBeforeItsVerb() {
        Quote official = only(indirect("Flood update. A county press official walked back the remarks, saying that the"
                + " levee would hold."));
        assertThat(official.mention()).contains("A county press official");
        assertThat(official.cue()).contains("saying");
        // a plural name after "The" is the subject, not a modifier of the verb after it
        Quote group = only(indirect("Flood update. The Dutch have used the old dikes for years, saying the river is"
                + " calmer in the north."));
        assertThat(group.mention()).contains("The Dutch");
        // two participles joined by "and" are an activity, no statement
        assertThat(indirect("Flood update. The crews work in shifts, adding and removing sandbags as the river"
                + " rises.")).isEmpty();
    }

    @Test
    void anOccasionBetweenAPersonAndTheVerbIsNoPartOfTheSubject() {
        Quote q = only(indirect("Flood update. Ruiz in her speech on Friday called the levee “a marvel of engineering.”"));
        assertThat(q.mention()).contains("Ruiz");
        assertThat(q.cue()).contains("called");
        // a place of work stays with the person, and a group keeps its own description
        assertThat(only(indirect("Flood update. Dana Reyes at the Riverton Gazette agreed that the levee will hold."))
                .mention()).contains("Dana Reyes at the Riverton Gazette");
        assertThat(only(indirect("Flood update. Participants in the survey reported that the water reached the road."))
                .mention()).contains("Participants in the survey");
    }

    @Test
    void callingUponAndNamingInDoubledSingleMarks() {
        assertThat(only(indirect("Flood update. Ruiz called upon the county to raise the levee.")).cue())
                .contains("called upon");
        Quote named = only(indirect("Flood update. Ruiz called the repairs ''a disgrace'' on Friday."));
        assertThat(named.cue()).contains("called");
        assertThat(named.text()).startsWith("the repairs ''a disgrace''");
        // "called for" is a stance, not a name given
        assertThat(only(indirect("Flood update. Ruiz has called for taxing so-called ''flood zone'' homes at a lower"
                + " rate.")).cue()).contains("has called for");
    }

    @Test
    void aSecondAttributionVerbAfterAStanceIsTheSubjectsOwn() {
        List<Quote> qs = indirect("Flood update. Ruiz questioned the plan and called for the county to release the"
                + " survey.");
        assertThat(qs).extracting(q -> q.cue().orElse(""), Quote::text)
                .containsExactly(tuple("questioned", "the plan"), tuple("called for", "the county to release the survey"));
    }

    @Test
    void theMainVerbBeforeAParticipleAttributesToo() {
        List<Quote> qs = indirect("Flood update. Ruiz on Saturday criticized the county's new flood plan, saying the"
                + " levee is too low.");
        assertThat(qs).extracting(q -> q.cue().orElse(""), Quote::text).containsExactly(
                tuple("criticized", "the county's new flood plan"), tuple("saying", "the levee is too low"));
    }

    @Test
    void anOfPhraseBelongsToTheNounOfTheSubject() {
        Quote q = only(indirect("Flood update. After the vote, the families of the town's farmers had mobilized,"
                + " warning that the levee would fail."));
        assertThat(q.mention()).contains("the families of the town's farmers");
        assertThat(q.cue()).contains("warning");
    }

    @Test
    void aParticipleThatOpensTheSentenceIsTheSubjectsStatement() {
        List<Quote> qs = indirect("Flood update. Claiming the levee is too low, Ruiz told the council that the county must"
                + " act.");
        assertThat(qs).extracting(q -> q.cue().orElse(""), Quote::text, q -> q.mention().orElse("")).containsExactly(
                tuple("Claiming", "the levee is too low", "Ruiz"), tuple("told", "the county must act", "Ruiz"));
        // a condition or a reason is no statement, nor is a verb of saying without its clause
        assertThat(indirect("Flood update. Assuming the levee holds, the engineers expect a dry spring."))
                .extracting(q -> q.cue().orElse("")).doesNotContain("Assuming");
        assertThat(indirect("Flood update. Boasting a new pump station, the county reopened the road on Friday."))
                .isEmpty();
    }

    @Test
    void aStateDesignationWithFullStopsEndsNoSentence() {
        Quote q = only(quotes("Flood update. “The levee has nothing to worry about,” Sen. Ana Ruiz (D-N.Y.) said Tuesday."));
        assertThat(q.kind()).isEqualTo(QuoteKind.DIRECT);
        assertThat(q.mention()).contains("Sen. Ana Ruiz (D-N.Y.)");
    }

    @Test
    void aParticipleBeforeAQuotationGoesOnWithTheSubjectOfTheClauseBeforeIt() {
        Quote q = only(quotes("Flood update. And although she thanked the crews for their work, she sounded a note of"
                + " caution, saying, “I am not sure the levee will hold.”").stream()
                .filter(x -> x.kind() == QuoteKind.DIRECT).toList());
        assertThat(q.mention()).contains("she");
        assertThat(q.cue()).contains("saying");
        Quote named = only(quotes("Flood update. On Thursday, after weeks of silence, the county engineers appeared on"
                + " television, saying, “The levee will hold through the spring.”"));
        assertThat(named.mention()).contains("the county engineers");
    }

    @Test
    void aPerfectBeforeAColonIntroducesItsSubjectsQuotation() {
        Quote q = only(quotes("Flood update. Ruiz has since apologized for the delay: “I should have called the crews"
                + " sooner.”"));
        assertThat(q.mention()).contains("Ruiz");
        // a passive does not: the quotation is what was put to the subject
        assertThat(quotes("Flood update. Ruiz was asked about the delay: “Why did it take so long?”"))
                .extracting(x -> x.mention().orElse("")).doesNotContain("Ruiz");
    }

    @Test
    void aCapitalisedWordBeforeAPluralNounIsNoSubject() {
        // "Luxury brands like …": the word modifies the plural noun after it
        assertThat(indirect("Flood update. Riverside towns like Dover and Milton have begun raising their levees,"
                + " highlighting how quickly the river is rising.")).extracting(q -> q.mention().orElse(""))
                .doesNotContain("Riverside");
        // a name before its verb in -s still speaks
        assertThat(only(indirect("Flood update. Ruiz hopes that the county will help, pointing to the new pumps."))
                .mention()).contains("Ruiz");
    }

    @Test
    void thoseDescribedSpeakAsAGroup() {
        Quote q = only(indirect("Flood update. Those close to the mayor say that she will run again."));
        assertThat(q.mention()).contains("Those close to the mayor");
        assertThat(q.text()).isEqualTo("she will run again");
    }

    @Test
    void aSpanOfTimeOpeningTheSentenceIsNoSubject() {
        Quote q = only(indirect("Flood update. A few minutes later they closed the road, moved the crews and said the"
                + " levee would hold."));
        assertThat(q.mention()).contains("they");
        // "after" opens a clause, whose subject is its own
        assertThat(indirect("Flood update. Two days after she toured the levee, the county called and said the pumps"
                + " had failed.")).extracting(x -> x.mention().orElse("")).doesNotContain("Two days");
    }

    @Test
    void linkWordsBeforeTheSubjectOfAParticiple() {
        Quote q = only(quotes("Flood update. And then Ruiz went on the attack, saying, “The county should have acted"
                + " months ago.”"));
        assertThat(q.mention()).contains("Ruiz");
        assertThat(q.cue()).contains("saying");
    }

    @Test
    void opinedAndRemarkedReportSpeech() {
        Quote q = only(quotes("Flood update. “Residents should leave their cars at home,” opined the Riverside Gazette."));
        assertThat(q.mention()).contains("the Riverside Gazette");
        assertThat(q.cue()).contains("opined");
        Quote r = only(indirect("Flood update. Ruiz remarked that the levee had never looked stronger."));
        assertThat(r.mention()).contains("Ruiz");
        assertThat(r.text()).isEqualTo("the levee had never looked stronger");
        // the plural noun "remarks" is no verb
        assertThat(indirect("Flood update. Ruiz’s own remarks suggest the levee will hold.")).extracting(
                x -> x.cue().orElse("")).doesNotContain("remarks");
    }

    @Test
    void theSubjectOfTheSubordinateClauseSaysWhatItsParticipleIntroduces() {
        Quote q = only(quotes("Flood update. The meeting was so calm that Mayor Ana Ruiz was prompted to say, “I have"
                + " never seen this council agree on anything.”"));
        assertThat(q.mention()).contains("Mayor Ana Ruiz");
        Quote r = only(quotes("Flood update. When she returned she began by saying, “The levee held through the"
                + " night.”"));
        assertThat(r.mention()).contains("she");
    }

    @Test
    void anOpeningCueNamesItsSpeakerUpToTheFirstComma() {
        Quote q = only(quotes("Flood update. Said Ana Ruiz, who grew up on the river, “We have never seen water"
                + " this high.”"));
        assertThat(q.mention()).contains("Ana Ruiz");
        assertThat(q.cue()).contains("Said");
        // a question's phrase opening the sentence is no speaker: the subject after it is
        Quote r = only(quotes("Flood update. Asked whether the crews would stay, she went on: “They will stay as long"
                + " as the river is rising.”").stream().filter(x -> x.kind() == QuoteKind.DIRECT).toList());
        assertThat(r.mention()).contains("she");
    }

    @Test
    void spokesmenAndParticipantsAreSources() {
        assertThat(only(indirect("Flood update. County spokesmen said the levee would hold.")).mention())
                .contains("County spokesmen");
        assertThat(only(indirect("Flood update. Participants said the drill was too short.")).mention())
                .contains("Participants");
    }

    @Test
    void aCueInsideTheStatementMayAddressSomeone() {
        Quote q = only(indirect("Flood update. The solution, the engineer told them, was simple."));
        assertThat(q.mention()).contains("the engineer");
        assertThat(q.cue()).contains("told");
    }

    @Test
    void aSemicolonEndsAStatementWhenTheNextClauseHasItsOwnAttribution() {
        List<Quote> found = indirect("Flood update. The levee, Ruiz said, would cost two million dollars; Johnson"
                + " estimated that it would cost far more.");
        assertThat(found).extracting(q -> q.mention().orElse(""), Quote::text).containsExactly(
                tuple("Ruiz", "The levee, Ruiz said, would cost two million dollars"),
                tuple("Johnson", "it would cost far more"));
    }

    @Test
    void aDescribedGroupHoldsNoVerbBeforeItsRelativeClause() {
        // "Residents in the flooded area had …" is a clause, not a source ("stress" is a noun here)
        assertThat(indirect("Flood update. Residents in the flooded area had a large reduction in perceived stress"
                + " compared with the others.")).isEmpty();
        assertThat(indirect("Flood update. Voters in the county are watching an accomplished mayor argue that the"
                + " levee will hold.")).extracting(x -> x.mention().orElse(""))
                .noneMatch(m -> m.startsWith("Voters in the county are"));
        // a relative clause may hold one: "Residents who have lived here for decades say …"
        assertThat(only(indirect("Flood update. Residents who have lived here for decades say the river has never"
                + " been this high.")).mention()).contains("Residents who have lived here for decades");
    }

    @Test
    void aLongOpeningPhraseBeforeTheSubjectOfAParticiple() {
        Quote q = only(indirect("Flood update. In a speech at the county fairground in Riverside on Tuesday night, Ruiz"
                + " struck a hopeful tone, saying the levee would hold."));
        assertThat(q.mention()).contains("Ruiz");
        assertThat(q.text()).isEqualTo("the levee would hold");
    }

    @Test
    void aPlacesRegionIsNoSubject() {
        List<Quote> found = indirect("Flood update. At a town meeting in Milford, Ohio, Ana Ruiz railed against the"
                + " county and explained how much the delay had cost.");
        assertThat(found).extracting(q -> q.mention().orElse("")).isNotEmpty().allMatch(m -> m.equals("Ana Ruiz"));
    }

    @Test
    void aVerbOfSayingWithAThingForItsObjectGoingOnSaysNothing() {
        // "adding a new line", "maintains a customer base": the thing's sense of the verb
        assertThat(indirect("Flood update. Ruiz reopened the plant, adding a second line of pumps.")).isEmpty();
        assertThat(indirect("Flood update. Since 2010 the county supports over 60% of the farms and maintains a"
                + " wide network of levees.")).extracting(q -> q.cue().orElse("")).doesNotContain("maintains");
        // with a clause, they go on saying
        assertThat(only(indirect("Flood update. Ruiz reopened the plant, adding that a second line would follow."))
                .cue()).contains("adding");
    }

    @Test
    void aPluralRecordOpeningTheSentenceIsEvidenceNotAName() {
        Quote q = only(indirect("Flood update. Studies show that levees of earth fail more often than walls."));
        assertThat(q.mention()).contains("Studies");
        assertThat(q.speaker()).isEmpty();
        assertThat(q.cueType()).contains(CueType.EVIDENCE);
    }

    @Test
    void aParticipleAfterATitleAndAnAdjunctIntroducesTheSubjectsQuotation() {
        List<Quote> found = quotes("Flood update. Later on Sunday, Ruiz shared a map called “Safe Routes” on her county"
                + " page, writing “Please stay off the river road until the water goes down.”");
        assertThat(found).extracting(q -> q.mention().orElse(""), q -> q.cue().orElse(""))
                .contains(tuple("Ruiz", "writing"));
    }

    @Test
    void aCueAfterAndInALongIntroductionGoesOnWithTheSpeakerBefore() {
        Quote q = only(quotes("Flood update. In a long, late-night interview with the county radio station last week,"
                + " Ruiz said she welcomed the inquiry and added, “We have nothing to hide.”").stream()
                .filter(x -> x.kind() == QuoteKind.DIRECT).toList());
        assertThat(q.mention()).contains("Ruiz");
        assertThat(q.cue()).contains("added");
    }

    @Test
    void linkingAdverbsEllipsesAndSpansOfTimeAreNoPartOfTheSpeaker() {
        assertThat(only(indirect("Flood update. However Riverside Water denies that the pumps failed.")).mention())
                .contains("Riverside Water");
        assertThat(only(indirect("Flood update. I know, I know . . . some people think that the levee is too low."))
                .mention()).contains("some people");
        assertThat(only(indirect("Flood update. But this year polls suggest that the levee is popular.")).mention())
                .contains("polls");
    }

    @Test
    void aSubordinateClauseIsNoSpeaker() {
        // "Whether you're …, write down …": an imperative after the clause
        assertThat(indirect("Flood update. Whether you’re moving sandbags, changing pumps, or making any other little"
                + " changes, write down the time of each delivery and what changed.")).isEmpty();
    }

    @Test
    void aStatementNeverOpensWithAConjunction() {
        // "Common challenges and solutions": a heading, "challenges" a noun
        assertThat(indirect("Flood update. Common challenges and solutions")).isEmpty();
    }

    @Test
    void thatBeforeAVerbIsTheClausesSubject() {
        assertThat(only(indirect("Flood update. Ruiz said that was the worst flood in a century.")).text())
                .isEqualTo("that was the worst flood in a century");
        // before a noun it is the conjunction
        assertThat(only(indirect("Flood update. Ruiz said that the levee would hold.")).text())
                .isEqualTo("the levee would hold");
    }

    @Test
    void aThatAfterASecondSubjectAndVerbIsThatVerbs() {
        // "said the county requested that …": what Ruiz said is the whole clause
        assertThat(only(indirect("Flood update. Ruiz said the county requested that the pumps be moved upstream."))
                .text()).isEqualTo("the county requested that the pumps be moved upstream");
        // an adjunct between the cue and "that" is still the cue's
        assertThat(only(indirect("Flood update. Ruiz said Monday in a statement that the pumps would be moved."))
                .text()).isEqualTo("the pumps would be moved");
    }

    @Test
    void aRecordOfOneWordNamesNoSpeakerNorDoesAContractedPronoun() {
        Quote q = only(indirect("Flood update. Research shows that earthen levees fail more often than walls."));
        assertThat(q.mention()).contains("Research");
        assertThat(q.speaker()).isEmpty();
        // "I'm reminded that …": a pronoun and its auxiliary, never a speaker's name
        assertThat(indirect("Flood update. Every time I walk the levee, I’m reminded that the river decides."))
                .extracting(x -> x.mention().orElse("")).doesNotContain("I’m");
    }

    @Test
    void aVerbInSAfterIOrWeIsNoSecondPredicateOfTheirs() {
        assertThat(indirect("Flood update. If not, I totally understand, and thanks for reading this much.")).isEmpty();
        // a verb that agrees goes on
        assertThat(only(indirect("Flood update. Ruiz toured the levee and says it will hold.")).mention())
                .contains("Ruiz");
    }

    @Test
    void theAdjunctOfAVerbOfSayingIsNoStatement() {
        // "Sam Lau said in a statement.": where it was said, not what
        assertThat(indirect("Flood update. Ana Ruiz, the county engineer, said in a statement.")).isEmpty();
        // a belief keeps its phrase
        assertThat(only(indirect("Flood update. Ruiz believes in the careful approach.")).text())
                .isEqualTo("in the careful approach");
    }

    @Test
    void peopleDescribedByAPhraseOfOfAreAGroupNotAPersonNamedByTheNoun() {
        // "Indeed, residents of the valley say": no subject was found after the opening adverb
        Quote q = only(indirect("Flood update. Indeed, residents of the valley say the levee will hold."));
        assertThat(q.text()).isEqualTo("the levee will hold");
        assertThat(q.mention()).contains("residents of the valley");
        // capitalised at the sentence's start, the noun was read as a person "Supporters" of "the levee"
        Quote c = only(indirect("Flood update. Supporters of the levee say it will hold."));
        assertThat(c.speaker()).isNotEqualTo(java.util.Optional.of("Supporters"));
        assertThat(c.mention()).contains("Supporters of the levee");
    }

    @Test
    void aWholeQuotationAfterAParticipleAndThatIsReported() {
        Quote q = only(indirect("Flood update. Ruiz said the levee was new, adding that “we have been raising it for years.”")
                .stream().filter(x -> x.cue().orElse("").equals("adding")).toList());
        assertThat(q.text()).isEqualTo("we have been raising it for years");
        assertThat(q.speaker()).contains("Ruiz");
        // after a direct quote's attribution, the quotation that follows "adding that" is reported too
        List<Quote> both = quotes("Flood update. “It is not new,” Ruiz said, adding that “we have been raising it for years.”");
        assertThat(both).extracting(Quote::kind, Quote::text, x -> x.speaker().orElse(""))
                .containsExactly(tuple(QuoteKind.DIRECT, "It is not new", "Ruiz"),
                        tuple(QuoteKind.INDIRECT, "we have been raising it for years", "Ruiz"));
    }

    @Test
    void aRelativeClausesContentEndsWhereAPresentPredicateResumes() {
        List<Quote> both = indirect("Flood update. Ruiz, who announced a new levee plan on Monday, plans to focus on the pumps.");
        assertThat(both).extracting(Quote::text).containsExactly("a new levee plan on Monday", "to focus on the pumps");
        // a plural in a list goes on with the content
        assertThat(only(indirect("Flood update. Ruiz, who said the plan would cost taxes, jobs and wages, was right.")).text())
                .isEqualTo("the plan would cost taxes, jobs and wages");
    }

    @Test
    void aPluralVerbAgreesWithBothSidesOfAnAnd() {
        Quote q = only(indirect("Flood update. Jane Roe and John Doe warn that the levee will fail."));
        assertThat(q.mention()).contains("Jane Roe and John Doe");
        // a one-word name the page shows as a name elsewhere
        assertThat(only(indirect("Flood update. The flood reached Ana Ruiz. Ruiz and his aides believe the levee will hold."))
                .mention()).contains("Ruiz and his aides");
        // things hold no view, however they are joined
        assertThat(indirect("Flood update. Detox diets and fad diets promise to cleanse your body of toxins.")).isEmpty();
        // a side that is no source leaves the verb to the other: "Her father and I think …" is mine
        assertThat(only(indirect("Flood update. Her father and I think that the plan may be a bit extreme.")).mention())
                .contains("I");
    }

    @Test
    void anAndInsideTheSubjectsPrepositionalPhraseJoinsItsObjects() {
        // the "and" joins what the experts know about, not two speakers
        assertThat(only(indirect("Flood update. Experts in river control and flood insurance said the levee would fail.")).mention())
                .contains("Experts in river control and flood insurance");
        // without a preposition the "and" joins two subjects, and a thing is no source
        assertThat(indirect("Flood update. Engineers and flood insurance said the levee would fail.")).isEmpty();
        // a long second object reads as another subject, not the preposition's
        assertThat(indirect("Flood update. Experts in river control and the old customs of the town said the levee would fail."))
                .isEmpty();
    }

    @Test
    void theParticleOfATwoWordCueIsTheCues() {
        Quote leading = only(indirect("Flood update. As the engineers have pointed out, the levee would not hold in a flood."));
        assertThat(leading.cue()).contains("have pointed out");
        assertThat(leading.text()).isEqualTo("the levee would not hold in a flood");
        Quote middle = only(indirect("Flood update. The levee, as Ruiz pointed out, was never built for such a flood."));
        assertThat(middle.cue()).contains("pointed out");
        assertThat(middle.text()).isEqualTo("The levee, as Ruiz pointed out, was never built for such a flood");
        Quote closing = only(quotes("Flood update. “The levee will not hold,” Ruiz pointed out."));
        assertThat(closing.cue()).contains("pointed out");
        // a participle's phrase is no speaker
        assertThat(indirect("Flood update. One thing worth pointing out is that the levee is very old."))
                .extracting(x -> x.mention().orElse("")).doesNotContain("One thing worth");
    }

    @Test
    void aNamingVerbNamesABareNounButNoCallAtATime() {
        Quote q = only(indirect("Flood update. Ruiz has called river dredging a waste of county money."));
        assertThat(q.text()).isEqualTo("river dredging a waste of county money");
        assertThat(q.cue()).contains("has called");
        // a call made at a time names nothing
        assertThat(indirect("Flood update. Ruiz called her mother a day after the storm.")).isEmpty();
        assertThat(indirect("Flood update. Ruiz called the county office an hour later.")).isEmpty();
        assertThat(indirect("Flood update. Ruiz called home a lot during the flood.")).isEmpty();
    }

    @Test
    void anAdverbMayStandInsideACueOfSeveralWords() {
        Quote spoke = only(indirect("Flood update. Ruiz spoke warmly of the old levee keepers."));
        assertThat(spoke.cue()).contains("spoke warmly of");
        assertThat(spoke.text()).isEqualTo("the old levee keepers");
        Quote warned = only(indirect("Flood update. Ruiz warned repeatedly of a flood in the valley."));
        assertThat(warned.cue()).contains("warned repeatedly of");
        assertThat(warned.text()).isEqualTo("a flood in the valley");
        assertThat(only(indirect("Flood update. Ruiz called Tuesday for a new levee in the valley.")).text())
                .isEqualTo("a new levee in the valley");
    }

    @Test
    void anOpeningAsXPutItReportsTheClauseAfterIt() {
        Quote q = only(indirect("Flood update. As Ruiz put it in a letter to the council in May, the levee will not hold."));
        assertThat(q.mention()).contains("Ruiz");
        assertThat(q.cue()).contains("put it");
        assertThat(q.text()).isEqualTo("the levee will not hold");
        // a quotation after it is a direct quote, found as such
        assertThat(indirect("Flood update. As Ruiz put it, “the levee will not hold.”")).isEmpty();
        // a clause after "put it" is no phrase of where or when
        assertThat(indirect("Flood update. As Ruiz put it because she was angry, the levee will not hold.")).isEmpty();
    }

    @Test
    void anOpeningAsXNotedWithAPhraseReportsTheClauseAfterIt() {
        assertThat(only(indirect("Flood update. As Ruiz noted with a chart, the levee will not hold in a flood.")).text())
                .isEqualTo("the levee will not hold in a flood");
    }

    @Test
    void aMonthOrAnAdverbOfTimeBetweenSubjectAndVerb() {
        assertThat(only(indirect("Flood update. County engineers in April said the levee would not hold.")).mention())
                .contains("County engineers");
        assertThat(only(indirect("Flood update. The county just this month announced it would rebuild the levee.")).mention())
                .contains("The county");
        assertThat(only(indirect("Flood update. Ruiz is once again questioning the safety of the old levee.")).cue())
                .contains("is once again questioning");
        assertThat(only(indirect("Flood update. The engineer then urges the county to rebuild the levee.")).text())
                .isEqualTo("the county to rebuild the levee");
        // a month's name is no time without its lead: "Theresa May said"
        assertThat(only(indirect("Flood update. Prime Minister Theresa May said the levee would hold.")).mention())
                .contains("Prime Minister Theresa May");
        // a time inside a participle's phrase is the phrase's
        assertThat(only(indirect("Flood update. Engineers trying to finish the levee in April say it will hold.")).mention())
                .contains("Engineers trying to finish the levee in April");
    }

    @Test
    void noStatementWhereTheVerbDescribesANounOrHasNoSubject() {
        // a participle and a pointing adverb describe the noun; the sentence's verb follows
        assertThat(indirect("Flood update. All of the pumps discussed here are rated for a major flood.")).isEmpty();
        // a passive with "get"
        assertThat(indirect("Flood update. The pump got told to always start at noon, and that was the end of it."))
                .isEmpty();
        // a form in -s after "and" that "we" cannot take is a noun
        assertThat(indirect("Flood update. We compared the plans, their costs, reimbursement and claims processes, and other "
                + "factors that matter to owners.")).isEmpty();
        // a predicate is no subject
        assertThat(indirect("Flood update. The flood has forced several business people to flee due to possible federal "
                + "vs. state regulation; however, it has made the town a hub of new building.")).isEmpty();
        // "there" opens a clause
        assertThat(only(indirect("Flood update. Ruiz said there are too few pumps in the valley.")).text())
                .isEqualTo("there are too few pumps in the valley");
    }

    @Test
    void asTheySayQuotesASayingNotAStatement() {
        assertThat(indirect("Flood update. The levee, as they say, is a gift that keeps on giving.")).isEmpty();
        Quote direct = only(quotes("Flood update. “The levee is a gift that keeps on giving,” as they say in the valley."));
        assertThat(direct.mention()).isEmpty();
        // what people said, in the past, is theirs
        assertThat(only(indirect("Flood update. The engineers were angry. As they said, the levee would fail in a flood."))
                .mention()).contains("they");
    }

    @Test
    void asTheNameSuggestsReadsANameAndAThingCalledSomethingSaysNothing() {
        assertThat(indirect("Flood update. As the name suggests, the levee keeps the river out of the town.")).isEmpty();
        assertThat(indirect("Flood update. In particular, the pumping method called “Dry Feet” is wonderful.")).isEmpty();
        // a person calls things names
        assertThat(only(indirect("Flood update. The mayor called the old levee “a disgrace” on Monday.")).mention())
                .contains("The mayor");
    }

    @Test
    void whomAVerbAddressesBeforeItsAboutIsTheCues() {
        Quote q = only(indirect("Flood update. Reporters asked the mayor about the levee plan on Monday."));
        assertThat(q.cue()).contains("asked the mayor about");
        assertThat(q.text()).isEqualTo("the levee plan on Monday");
        // the topic ends before a clause of its own; a list's last item stays
        assertThat(indirect("Flood update. Ruiz asked him about the pumps, and he said they were broken.")).extracting(Quote::text)
                .contains("the pumps").doesNotContain("the pumps, and he said they were broken");
        assertThat(only(indirect("Flood update. Engineers ask me about pumps, gates, and the like.")).text())
                .isEqualTo("pumps, gates, and the like");
        // a question is no topic
        assertThat(indirect("Flood update. Ruiz asked the mayor whether questions about the levee were fair."))
                .extracting(x -> x.cue().orElse("")).doesNotContain("asked the mayor whether questions about");
    }

    @Test
    void anApproximateShareOfAGroupIsASubject() {
        assertThat(only(indirect("Flood update. About two-thirds of county residents described the levee as a danger.")).mention())
                .contains("About two-thirds of county residents");
        // a phrase that opens with "about" is none
        assertThat(indirect("Flood update. About the levee plan of the county described in the letter as a danger.")).isEmpty();
    }

    @Test
    void aTimeNamedByItsUnitOpensNoSubject() {
        List<Quote> found = indirect("Flood update. Last week, the county called for a review and said the state should act.");
        assertThat(found).extracting(x -> x.mention().orElse("")).doesNotContain("Last").contains("the county");
        assertThat(only(indirect("Flood update. This spring the mayor said the levee would hold.")).mention())
                .contains("the mayor");
    }

    @Test
    void pleaseOpensARequestNotASubject() {
        assertThat(indirect("Flood update. Please give the gauge a try and tell us what you think of it."))
                .extracting(x -> x.mention().orElse("")).doesNotContain("Please");
    }

    @Test
    void aGerundWithItsObjectIsNoSourceNorIsOneDay() {
        // "Becoming a certified consultant shows …": an activity holds no view
        assertThat(indirect("Flood update. Becoming a certified engineer shows that you take the levee seriously.")).isEmpty();
        // "One day the student asked …": the time, then the subject
        assertThat(only(indirect("Flood update. One day the engineer asked the county for a new pump.")).mention())
                .contains("the engineer");
    }

    @Test
    void aGroupWithARestrictiveRelativeClauseIsTheSubjectNotTheClausesPredicate() {
        // the predicate of the relative clause was the mention: "lost their seats"
        assertThat(only(indirect("Flood update. The engineers who lost their jobs say the levee will fail.")).mention())
                .contains("The engineers who lost their jobs");
        assertThat(only(indirect("Flood update. The residents whose homes were flooded say the levee will fail.")).mention())
                .contains("The residents whose homes were flooded");
        // "At least": the quantity, not a preposition
        assertThat(only(indirect("Flood update. At least two engineers who saw the levee said it will fail.")).mention())
                .contains("At least two engineers who saw the levee");
    }

    @Test
    void aGroupWithAParticiplePhraseIsTheSubject() {
        assertThat(only(indirect("Flood update. Engineers studying the levee say it will fail.")).mention())
                .contains("Engineers studying the levee");
        assertThat(only(indirect("Flood update. Democrats trying to win the county in November say the levee will fail."))
                .mention()).contains("Democrats trying to win the county in November");
        // a phrase with a finite verb, a passive, or a cue after "to" is no subject's
        assertThat(indirect("Flood update. Engineers studying the levee should tell the county about the pumps.")).isEmpty();
        assertThat(indirect("Flood update. Then I’m going to tell you why the levee works.")).isEmpty();
        assertThat(indirect("Flood update. Predictive drying enables the machine to make more accurate cycle time estimates.")).isEmpty();
    }

    @Test
    void aParticiplePhraseAfterAThingOrAnAimIsNoPartOfTheStatement() {
        assertThat(only(indirect("Flood update. Ruiz wants to raise the levee, drawing a sharp reply from the mayor.")).text())
                .isEqualTo("to raise the levee");
        assertThat(only(indirect("Flood update. The county has backed a new levee, making the valley safer for farms.")).text())
                .isEqualTo("a new levee");
        // after a clause, the phrase goes on with the clause's own subject
        assertThat(only(indirect("Flood update. Ruiz said the levee has been tested, coming through three floods.")).text())
                .isEqualTo("the levee has been tested, coming through three floods");
        // an item of a list of activities
        assertThat(only(indirect("Flood update. Ruiz recommended a walk on the levee, standing for ten minutes and stretching."))
                .text()).isEqualTo("a walk on the levee, standing for ten minutes and stretching");
    }

    @Test
    void aRelativeClauseBeforeADirectQuoteNamesThePersonBeforeWho() {
        // "…, Bob Bowman, who has acknowledged, “…”": the quotation had no speaker at all
        assertThat(only(quotes("Flood update. The plan was drawn up by the county engineer, Ana Ruiz, who said, “The levee will hold.”"))
                .speaker()).contains("Ana Ruiz");
        // in a long introduction too
        assertThat(only(quotes("Flood update. Her plan, a mostly solitary one, was drawn up over many months by the county "
                + "engineer, Ana Ruiz, who has acknowledged, “The levee is a trade-off.”")).speaker()).contains("Ana Ruiz");
    }

    @Test
    void anEmDashBetweenTwoWordsEndsThePhraseBeforeTheSubject() {
        assertThat(only(indirect("Flood update. The levee shows who we are as a town—county engineers want to see it raised by a foot."))
                .mention()).contains("county engineers");
    }

    @Test
    void aCourtesyTitleOpeningASentenceIntroducesThePersonForAPronounAfter() {
        // "Mr. Hurt is eager …. “…,” he said": the pronoun went to the man quoted before
        List<Quote> qs = quotes("Flood update. Harry Hurt toured the levee in 1993.\n\n“It was never in doubt,” said Mayor "
                + "Donald Roe.\n\nMr. Hurt is eager to see the levee again. “Time is wasting,” he said.");
        assertThat(qs).filteredOn(q -> q.mention().orElse("").equals("he")).extracting(q -> q.speaker().orElse(""))
                .containsExactly("Harry Hurt");
    }

    @Test
    void wordsOfAClauseOrAnAdjunctBeforeOrAfterANameAreNoTitle() {
        // "Randolph, during one exchange with Rybicki, questioned …" had the title "during one exchange"
        List<Quote> adjunct = indirect("Flood update. Judge Raymond Randolph heard the case. Randolph, during one exchange "
                + "with the engineer, questioned whether the levee would hold.");
        assertThat(adjunct).extracting(q -> q.title().orElse("")).doesNotContain("during one exchange");
        // the person before a clause about someone else: the speaker was "Ana Ruiz"
        Quote q = only(quotes("Flood update. “The levee will hold,” said county resident Dan Golvach when asked about Ana Ruiz."));
        assertThat(q.speaker()).contains("Dan Golvach");
        assertThat(q.mention()).contains("county resident Dan Golvach");
        // the person after a clause's opening words: the title was "(To which"
        Quote added = only(quotes("Flood update. (To which Dan Golvach added, “It will hold.”)"));
        assertThat(added.speaker()).contains("Dan Golvach");
        assertThat(added.title()).isEmpty();
    }

    @Test
    void aNameEndsAtItsPossessive() {
        // "Marie Kondo's Tidying Up" was learned as a person of four words, whom "Marie" then named
        Quote q = only(indirect("Flood update. The trend grew with the launch of Ana Ruiz's Levee Watch on Netflix. "
                + "Ana, a county engineer, says the levee will hold."));
        assertThat(q.speaker()).contains("Ana Ruiz");
    }

    @Test
    void thatAfterAnIndefinitePronounOfThingsOpensNoStatement() {
        // the statement was "does not spark joy"
        assertThat(only(indirect("Flood update. Ana Ruiz emphasizes living a life by discarding everything that does not "
                + "spark joy.")).text()).isEqualTo("living a life by discarding everything that does not spark joy");
        // people the cue tells are no such pronoun
        assertThat(only(indirect("Flood update. Since she was a child, Ana Ruiz has told everyone that she is really an engineer."))
                .text()).isEqualTo("she is really an engineer");
    }

    @Test
    void twoPeopleIntroducedTogetherAreWhomTheyMeans() {
        // "they" went to the organisation quoted before
        List<Quote> qs = quotes("Flood update. The county council said the levee was safe.\n\nEngineers Ana Ruiz and Jane "
                + "Roe looked at it in a recent report. “The levee could fail,” they write.");
        assertThat(qs).filteredOn(q -> q.mention().orElse("").equals("they")).extracting(q -> q.speaker().orElse(""))
                .containsExactly("Ana Ruiz and Jane Roe");
        // the end of a list names no pair
        List<Quote> listed = quotes("Flood update. The county council said the levee was safe.\n\nMary Lee, Ana Ruiz and "
                + "Jane Roe looked at it in a recent report. “The levee could fail,” they write.");
        assertThat(listed).extracting(q -> q.speaker().orElse("")).doesNotContain("Ana Ruiz and Jane Roe");
    }

    @Test
    void aSurnameInLyIsNoAdverbOfTheCue() {
        // "Ana Kelly defended" had the mention "Ana" and the cue "Kelly defended"
        Quote q = only(indirect("Flood update. Ana Kelly defended the levee plan in 2016."));
        assertThat(q.mention()).contains("Ana Kelly");
        assertThat(q.cue()).contains("defended");
        assertThat(only(indirect("Flood update. Ruiz openly defended the levee plan.")).cue()).contains("openly defended");
    }

    @Test
    void aSentenceInBracketsHasItsSubjectAndStatementInsideThem() {
        List<Quote> qs = indirect("Flood update. The plan passed. (Ana Ruiz defended the plan in 2016, saying the levee was safe.)");
        assertThat(qs).extracting(q -> q.mention().orElse("")).containsOnly("Ana Ruiz");
        assertThat(qs).extracting(Quote::text).contains("the levee was safe");
    }

    @Test
    void aRoleThenItsNameOpeningTheSentenceSpeaksThroughALaterParticiple() {
        // the mention was "The county"
        Quote q = only(indirect("Flood update. The county chief engineer, Ana Ruiz, voiced support for the plan on Wednesday, "
                + "saying the levee would hold."));
        assertThat(q.speaker()).contains("Ana Ruiz");
        assertThat(q.mention()).contains("The county chief engineer, Ana Ruiz");
    }

    @Test
    void theSubjectOfARelativeClauseThatHoldsTheCueSpeaks() {
        // "…, in which Adelson said: “…”" was the sentence's subject's quotation
        Quote q = only(quotes("Flood update. A blogger, Ana Ruiz, reported this week that she had found a video of Omar Lee at a "
                + "fundraiser in Las Vegas on Feb. 27, in which Lee said: \"The levee is a business. I am a businessman.\""));
        assertThat(q.mention()).contains("Lee");
    }

    @Test
    void aCapitalisedModifierInsideADescribedSubjectStaysInIt() {
        // the mention was "The former"
        Quote q = only(quotes("Flood update. “The levee is fine,” the mayor said.\n\nThe former Republican county engineer "
                + "continued, saying, “You need somebody who understands levees.”").subList(1, 2));
        assertThat(q.mention()).contains("The former Republican county engineer");
    }

    @Test
    void aCueThatIsAlsoAPluralNounBeforeAVerbIsTheSubjectsNoun() {
        // "Initial estimates showed …" had the mention "Initial" and the cue "estimates"
        Quote q = only(indirect("Flood update. Initial estimates showed the levee would cost more."));
        assertThat(q.mention()).contains("Initial estimates");
        assertThat(q.cue()).contains("showed");
        // after a pronoun the word is the verb
        assertThat(only(indirect("Flood update. The deals, which he estimates will not expire for four years, are costly."))
                .cue()).contains("estimates");
    }

    @Test
    void aShareAfterAnApproximatingPrepositionIsTheSubject() {
        // "about" and "over" before a share read as a preposition opening a phrase
        Quote q = only(indirect("Flood update. In each of the five towns, about half of residents say they want a higher levee."));
        assertThat(q.mention()).contains("about half of residents");
        assertThat(q.text()).isEqualTo("they want a higher levee");
        assertThat(only(indirect("Flood update. Over 60 percent of residents say the levee is too low.")).mention())
                .contains("Over 60 percent of residents");
        // a preposition before anything else still opens a phrase, never a speaker
        assertThat(indirect("Flood update. Over the river, the residents of the valley say nothing.")).isEmpty();
    }

    @Test
    void aRelativeClauseEndsBeforeANegatedAuxiliary() {
        // the statement ran on to the sentence's end: "…, doesn't pretend …"
        Quote q = only(indirect("Flood update. Ruiz, who says she has walked every mile of the levee, doesn't pretend that it "
                + "is safe."));
        assertThat(q.text()).isEqualTo("she has walked every mile of the levee");
        assertThat(q.speaker()).contains("Ruiz");
    }

    @Test
    void bragIsAVerbOfSaying() {
        Quote q = only(indirect("Flood update. Ruiz brags she has walked every mile of the levee."));
        assertThat(q.text()).isEqualTo("she has walked every mile of the levee");
        assertThat(q.cue()).contains("brags");
        Quote about = only(indirect("Flood update. Ruiz often bragged about the new levee."));
        assertThat(about.text()).isEqualTo("the new levee");
        assertThat(about.cue()).contains("often bragged about");
    }

    @Test
    void whenAndWhereSomethingWasSaidIsNoStatement() {
        // "as she launched the process", "on Facebook on Friday" were statements of the cue before them
        assertThat(indirect("Flood update. “We are proud to cast our votes!” Senator Ana Ruiz said as she launched the vote."))
                .isEmpty();
        assertThat(indirect("Flood update. Ruiz declared on Facebook on Friday.")).isEmpty();
        // a clause after the phrase is the statement; so is what follows a colon
        assertThat(only(indirect("Flood update. Ruiz said in a statement released by the county the levee plan needs review."))
                .text()).endsWith("the levee plan needs review");
        assertThat(only(indirect("Flood update. As Ruiz says in her guide to levees: high water plus old levees means trouble."))
                .text()).isEqualTo("high water plus old levees means trouble");
    }

    @Test
    void aClosingAttributionMayEndWithWhenTheSpeakerSpoke() {
        // the statement was "as she turned around and waved"
        Quote q = only(indirect("Flood update. The levee plan is dead, Ruiz said as she turned around and waved."));
        assertThat(q.text()).isEqualTo("The levee plan is dead");
        assertThat(q.speaker()).contains("Ruiz");
    }

    @Test
    void namingTakesAThingAndWhatItIsCalled() {
        // "a program called Levee Watch" was the program's statement "Levee Watch"
        assertThat(indirect("Flood update. Ruiz now helps lead a program called Levee Watch.")).isEmpty();
        assertThat(indirect("Flood update. The mayor called Ruiz on Monday.")).isEmpty();
        assertThat(only(indirect("Flood update. The mayor called Ruiz a hero.")).text()).isEqualTo("Ruiz a hero");
    }

    @Test
    void aSecondVerbAfterAndClosesNoAttribution() {
        // "a process that began in May and" was the speaker of "concluded"
        assertThat(indirect("Flood update. The county has been reviewing the levee plans, a process that began in May and "
                + "concluded Monday.")).isEmpty();
    }

    @Test
    void aCueWordBetweenAQuantifierAndAPluralNounModifiesTheNoun() {
        // "most state parties release …" had the mention "most" and the cue "state"
        assertThat(indirect("Flood update. However, most state parties release their delegates if the levee fails.")).isEmpty();
        Quote q = only(indirect("Flood update. Some state officials praised the levee plan."));
        assertThat(q.mention()).contains("Some state officials");
        assertThat(q.cue()).contains("praised");
    }

    @Test
    void aPersonNamedAfterAPronounInItsOwnSentenceIsNotWhomItMeans() {
        // "He" was the mayor named after the cue
        Quote q = only(indirect("Flood update. Omar Ruiz spoke in Hartford on Monday. He praised the efforts of Mayor John Lee "
                + "to fix the levee."));
        assertThat(q.mention()).contains("He");
        assertThat(q.speaker()).contains("Omar Ruiz");
    }

    @Test
    void aWordInSAfterAnAuxiliaryIsANoun() {
        // "have notes" was the cue of "of black pepper or tropical fruit"
        assertThat(indirect("Flood update. Does it have notes of black pepper or tropical fruit?")).isEmpty();
        assertThat(only(indirect("Flood update. Ruiz also says the levee will hold.")).cue()).contains("also says");
    }

    @Test
    void showOffIsNoFinding() {
        // "the record shows off …" was what the record showed
        assertThat(indirect("Flood update. The record shows off her strong songwriting over eleven songs.")).isEmpty();
        assertThat(only(indirect("Flood update. The record shows the levee was built in 1950.")).cue()).contains("shows");
    }

    @Test
    void aRelativeClauseThatNamesNoRoleGivesNoTitle() {
        // the title was "who represents some", the affiliation "Omar Lee’s neighbours"
        Quote q = only(indirect("Flood update. Ana Ruiz, who represents some of Omar Lee’s neighbours, said she is pleased "
                + "to see the county act."));
        assertThat(q.speaker()).contains("Ana Ruiz");
        assertThat(q.title()).isEmpty();
        assertThat(q.affiliation()).isEmpty();
        // a relative clause that only names the role still gives it
        assertThat(only(indirect("Flood update. Ana Ruiz, who is the county engineer, said the levee will hold.")).title())
                .contains("county engineer");
    }

    @Test
    void aDeterminerBeforeOfNamesNoOne() {
        // the speaker was "Another", with the affiliation "engineers"
        Quote q = only(indirect("Flood update. Another of the engineers told me the levee was unclear about its own age."));
        assertThat(q.mention()).contains("Another of the engineers");
        assertThat(q.speaker()).isEmpty();
        assertThat(q.affiliation()).isEmpty();
    }

    @Test
    void aClosingAccordingToEndsTheStatementBeforeTheSourcesDescription() {
        // the statement ran over the source and its relative clause to the sentence's end
        Quote q = only(indirect("Flood update. The levee is older than the town, according to Ana Ruiz, a county engineer "
                + "who measured it last year."));
        assertThat(q.text()).isEqualTo("The levee is older than the town");
        assertThat(q.speaker()).contains("Ana Ruiz");
        Quote group = only(indirect("Flood update. The levee is older than the town, according to its neighbours, who are "
                + "offering candid assessments."));
        assertThat(group.text()).isEqualTo("The levee is older than the town");
        // the sentence around a source still reports as a whole
        assertThat(only(indirect("Flood update. Fundraising, according to the campaign, has surged in the past month."))
                .text()).contains("has surged");
    }

    @Test
    void aPastParticipleBeforeByIsAPassive() {
        // "reported" was the cue of "by the county shows …", with the mention "Recent data"
        assertThat(indirect("Flood update. Recent data reported by the county shows the levee has been sinking for years."))
                .extracting(q -> q.cue().orElse("")).doesNotContain("reported");
        // "by" that is how something was said keeps the statement
        assertThat(only(indirect("Flood update. Ruiz reported by phone that the levee held.")).text())
                .isEqualTo("the levee held");
    }

    @Test
    void aSubjectGoesOnWithAParticiplePastAnAsideABracketOrAnOpeningConjunction() {
        // each had no statement: the word after the subject was a comma, a bracket or "And"
        Quote aside = only(indirect("Flood update. Ruiz, the county engineer since 2014, has toured the levee, warning that it will fail."));
        assertThat(aside.speaker()).contains("Ruiz");
        assertThat(aside.cue()).contains("warning");
        assertThat(aside.text()).isEqualTo("it will fail");
        assertThat(only(indirect("Flood update. Ruiz, meanwhile, was touring the levee, warning that it will fail.")).speaker())
                .contains("Ruiz");
        assertThat(only(indirect("Flood update. Sen. Ana Ruiz (D-Mont.) toured the levee, warning that it will fail.")).speaker())
                .contains("Ana Ruiz");
        assertThat(only(indirect("Flood update. And Ruiz toured the levee, warning that it will fail.")).speaker())
                .contains("Ruiz");
        // after a comma, a word in -s is a list's next item, not the verb
        assertThat(indirect("Flood update. Likes, comments, saves, and replies all count toward reach.")).isEmpty();
    }

    @Test
    void aParticipleAsideAfterTheSubjectEndsWhereThePredicateResumes() {
        // the statement ran on over ", was on the levee …"
        Quote q = only(indirect("Flood update. Ana Ruiz, insisting that the levee will hold, was on the levee at dawn."));
        assertThat(q.text()).isEqualTo("the levee will hold");
        assertThat(q.speaker()).contains("Ana Ruiz");
    }

    @Test
    void aClauseAfterThatMayOpenWithAPhraseAndItsComma() {
        // "that with …" had no statement: a preposition cannot open a verb's content, but after "that" it opens the clause
        assertThat(only(indirect("Flood update. Ruiz argued that with enough sandbags the levee will hold.")).text())
                .isEqualTo("with enough sandbags the levee will hold");
        // the phrase's comma is followed by the clause's subject, not a clause of the writer's
        assertThat(only(indirect("Flood update. Engineers argue that by the end of the month, the levee will have sunk a foot.")).text())
                .isEqualTo("by the end of the month, the levee will have sunk a foot");
        // a verb after "that" shows it was the clause's subject
        assertThat(only(indirect("Flood update. We knew that would help the town.")).text()).isEqualTo("that would help the town");
    }

    @Test
    void twoSpeakersJoinedByAndGoOnWithAParticiple() {
        // each had no statement: the word after the first speaker was "and", not a verb
        Quote q = only(indirect("Flood update. Ana Ruiz and her engineers toured the levee on Monday, warning that it will fail."));
        assertThat(q.mention()).contains("Ana Ruiz and her engineers");
        assertThat(q.text()).isEqualTo("it will fail");
        // a quantifier after them counts them and is no part of their mention
        assertThat(only(indirect("Flood update. Ana Ruiz and Omar Diaz both toured the levee, warning that it will fail.")).mention())
                .contains("Ana Ruiz and Omar Diaz");
    }

    @Test
    void aQuotedSentenceAfterAReportedStatementIsThatSpeakers() {
        // the quotation was dropped: no attribution next to it, and not the paragraph's first words
        List<Quote> qs = quotes("Flood update. Ana Ruiz said the levee would hold through the spring. "
                + "“We have done everything we can for this town.” The river rose overnight.");
        Quote direct = only(qs.stream().filter(q -> q.kind() == QuoteKind.DIRECT).toList());
        assertThat(direct.text()).isEqualTo("We have done everything we can for this town.");
        assertThat(direct.speaker()).contains("Ana Ruiz");
        // a pronoun's statement gives its person the quotation too
        List<Quote> after = quotes("Flood update. Ana Ruiz toured the levee. Later she said the pumps had held. "
                + "“We have done everything we can for this town.” The river rose overnight.");
        assertThat(only(after.stream().filter(q -> q.kind() == QuoteKind.DIRECT).toList()).speaker()).contains("Ana Ruiz");
        // after a sentence that reports no one, a quotation still names no speaker
        assertThat(quotes("Flood update. The river rose overnight. “We have done everything we can for this town.” "
                + "The water fell by noon.")).isEmpty();
    }

    @Test
    void thatAndAVerbAfterAThingAreARelativeClauseOfIt() {
        // the statement was "is good for the town": "that" read as the clause's conjunction
        Quote q = only(indirect("Flood update. Ruiz wrote about the new levee – that is good for the town."));
        // ("wrote about" takes its object after the particle)
        assertThat(q.text()).isEqualTo("the new levee – that is good for the town");
        assertThat(q.cue()).contains("wrote about");
        assertThat(q.speaker()).contains("Ruiz");
        // right after the verb, "that" and a verb are the clause's subject and verb
        assertThat(only(indirect("Flood update. Ruiz said that is good for the town.")).text()).isEqualTo("that is good for the town");
    }

    @Test
    void aClosingCueWithAnInfinitiveOfItsOwnClosesNoStatement() {
        // the statement was "As for the sandbags": the verb's infinitive is what was said
        Quote q = only(indirect("Flood update. As for the sandbags, Ruiz says to stack them before dawn."));
        assertThat(q.text()).isEqualTo("to stack them before dawn");
        assertThat(q.speaker()).contains("Ruiz");
        // whom it was said to is no infinitive: the words before the comma are the statement
        assertThat(only(indirect("Flood update. The levee will hold through the spring, Ruiz said to local media.")).text())
                .isEqualTo("The levee will hold through the spring");
        assertThat(only(indirect("Flood update. The levee will hold through the spring, Ruiz said to police.")).text())
                .isEqualTo("The levee will hold through the spring");
    }

    @Test
    void aHeadingThatAsksNamesNoSpeaker() {
        // each was a statement of "How Levees Work" and "What Science Really"
        assertThat(quotes("How Levees Work: Sand, Clay, and the Pressure of Water\n\n"
                + "What Science Really Says About Levees and Floods\n\nThe river rose overnight.")).isEmpty();
        // a name before the colon or the cue still speaks
        assertThat(quotes("Ana Ruiz: We will hold the levee through the spring\n\n"
                + "Ana Ruiz Says Levee Will Hold Through Spring\n\nThe river rose overnight."))
                .extracting(q -> q.speaker().orElse(null), q -> q.cue().orElse(null))
                .containsExactly(tuple("Ana Ruiz", ":"), tuple("Ana Ruiz", "Says"));
    }

    @Test
    void aWordThatWeighsTheSpeakerIsNoPartOfTheMention() {
        // "even" was the speaker's affiliation, "than" its title
        Quote even = only(indirect("Flood update. Even the engineers doubted it, and even Mr. Ruiz said the levee might fail."));
        assertThat(even.mention()).contains("Mr. Ruiz");
        assertThat(even.affiliation()).isEmpty();
        Quote than = only(indirect("What better way to celebrate -- aside from a parade -- than Ana Ruiz announcing that the levee held."));
        assertThat(than.mention()).contains("Ana Ruiz");
        assertThat(than.title()).isEmpty();
    }

    @Test
    void assumeIsABeliefOnlyWithItsClause() {
        // "the role of chief engineer in June" was a belief of hers
        assertThat(quotes("Flood update. Ana Ruiz assumed the role of chief engineer in June.")).isEmpty();
        assertThat(only(indirect("Flood update. Ana Ruiz assumed the levee would hold.")).text()).isEqualTo("the levee would hold");
    }

    @Test
    void aCapitalisedModalInsideTheContentIsAMonthOrAName() {
        // "in May" read as the modal "may", so "the prize in May" was a clause of a claim
        assertThat(quotes("Flood update. Ana Ruiz claimed the prize in May.")).isEmpty();
        assertThat(quotes("Flood update. Ana Ruiz claimed the prize with Will Ortiz.")).isEmpty();
        // in lower case it is the modal
        assertThat(only(indirect("Flood update. Ana Ruiz claimed the levee may fail.")).text()).isEqualTo("the levee may fail");
    }

    @Test
    void anAdverbOfFrequencyOrCertaintyBeforeTheSubjectIsNoPartOfIt() {
        // the speaker was "Sometimes residents", then "Occasionally Ana Ruiz"
        assertThat(only(indirect("Flood update. Sometimes residents say the levee is too low.")).speaker()).contains("residents");
        assertThat(only(indirect("Flood update. Occasionally Ana Ruiz says the levee is too low.")).speaker()).contains("Ana Ruiz");
    }

    @Test
    void itFeelsLikeIsAnImpressionNotABelief() {
        // "like there should be plenty of room" was a belief of "it"
        assertThat(quotes("Flood update. The shelter is large, so it feels like there should be plenty of room.")).isEmpty();
        // a person who feels something holds a view
        assertThat(only(indirect("Flood update. Ana Ruiz feels like the levee will hold.")).speaker()).contains("Ana Ruiz");
    }

    @Test
    void aPronounAndItsVerbAfterANounAreARelativeClause() {
        // "exports the flood maps" was something "we" wrote, "is too low" something "she" suggested
        assertThat(quotes("Flood update. A mapping tool we wrote exports the flood maps every hour.")).isEmpty();
        assertThat(quotes("Flood update. But everything she suggested is too low for the river.")).isEmpty();
        assertThat(quotes("Flood update. It is a levee they believe is too low for the river.")).isEmpty();
        // a phrase of place or time before the pronoun opens the sentence; the pronoun is its subject
        assertThat(only(indirect("Flood update. At the hearing she said the levee is too low.")).text()).isEqualTo("the levee is too low");
        assertThat(only(indirect("Flood update. One day I realized the levee is too low.")).text()).isEqualTo("the levee is too low");
        assertThat(only(indirect("Flood update. A day later he said the levee is too low.")).text()).isEqualTo("the levee is too low");
    }

    @Test
    void theInfinitiveAfterThePassiveUsedToIsAUseNotAHabit() {
        // "the water level" was observed by "It"
        assertThat(quotes("Flood update. It is used to observe the water level of the river.")).isEmpty();
        assertThat(quotes("Flood update. The gauges were also used to argue that the levee is low.")).isEmpty();
        // without "be" it is a habit of the subject's
        assertThat(only(indirect("Flood update. Ana Ruiz also used to argue that the levee is low.")).speaker()).contains("Ana Ruiz");
    }

    @Test
    void aPersonIntroducedByALowerCaseRoleIsWhomALaterPronounMeans() {
        // "he" went back to the engineer quoted before, past the executive the text had introduced
        List<Quote> qs = quotes("Town engineer Tomas Ferreira said the levee would be raised by 2030.\n\n"
                + "However, Riverton executive Russell Okafor has reservations about the plan.\n\n"
                + "“It is an option. I have a lot of concerns,” he said.");
        assertThat(qs).filteredOn(q -> q.kind() == QuoteKind.DIRECT).singleElement()
                .satisfies(q -> assertThat(q.speaker()).contains("Russell Okafor"));
    }

    @Test
    void aGivenNameAloneOpeningASentenceIsTheKnownPersonAPronounThenMeans() {
        // "he" went back to the man quoted before, past the one the sentence before the quotation names
        List<Quote> qs = quotes("Tomas Ferreira is a levee engineer. Russell Okafor is a river pilot.\n\n"
                + "“Raise the levee first,” Tomas says.\n\n"
                + "Russell seconds the plan. “It is worth the money for the whole town,” he says.");
        assertThat(qs).filteredOn(q -> q.text().startsWith("It is worth")).singleElement()
                .satisfies(q -> assertThat(q.speaker()).contains("Russell Okafor"));
        // with its possessive too
        List<Quote> possessive = quotes("Tomas Ferreira is a levee engineer. Russell Okafor is a river pilot.\n\n"
                + "“Raise the levee first,” Tomas says.\n\n"
                + "Russell’s choice is the gauge. “It is the best one for the whole town,” he says.");
        assertThat(possessive).filteredOn(q -> q.text().startsWith("It is the best")).singleElement()
                .satisfies(q -> assertThat(q.speaker()).contains("Russell Okafor"));
    }

    @Test
    void aVerbInThePastAgreesWithBothSubjectsJoinedByAnd() {
        // the source was "her engineers", the last of the two
        assertThat(only(quotes("During the spring, Ana Ruiz and her engineers decided to raise the levee by two feet."))
                .mention()).contains("Ana Ruiz and her engineers");
        // a body's name that holds "and" is no pair of subjects
        assertThat(only(quotes("Office of Management and Budget chief Sam Lau defended the plan to sell the levee"
                + " land.")).speaker()).contains("Sam Lau");
    }

    @Test
    void anInvertedSpeakerEndsWhereAnAdjunctOpensThoughANameFollowsIt() {
        // the speaker was "Ana Ruiz in an interview with Fox News", and "Truth Social" after the adjunct
        assertThat(only(quotes("Levee vote. “The levee will hold,” said Ana Ruiz in an interview with Fox News."))
                .speaker()).contains("Ana Ruiz");
        assertThat(only(quotes("Levee vote. “The levee will hold,” wrote Ana Ruiz overnight on her network Truth"
                + " Social.")).speaker()).contains("Ana Ruiz");
        assertThat(only(quotes("Deichstreit. „Der Deich wird halten“, schrieb Ana Ruiz am Mittwoch in ihrem"
                + " Netzwerk Truth Social.")).speaker()).contains("Ana Ruiz");
        // an affiliation is no adjunct
        assertThat(only(quotes("Levee vote. “The levee will hold,” said Ana Ruiz of the Levee Board in Hartford."))
                .mention()).contains("Ana Ruiz of the Levee Board");
    }

    @Test
    void aPronounNoOneElseCanMeanIsThePersonTheWriterMetTheAgentOrAnUnlistedSubject() {
        // the writer met her: "she" had no antecedent, the name being no sentence's subject
        Quote met = only(quotes("I spoke to a tired but delighted Ana Ruiz, head of the levee board. “It took us ten"
                + " years to get here,” she says."));
        assertThat(met.speaker()).contains("Ana Ruiz");
        // the agent of a passive
        Quote agent = only(quotes("The plan is best summed up in a pithy quote provided by Sam Lau, a county engineer."
                + " “It will hold if the rain stops,” he said."));
        assertThat(agent.speaker()).contains("Sam Lau");
        // a subject whose given name the list lacks
        Quote unlisted = only(quotes("Talvar Okonkwo spent months building the levee model. “It was hard work,” he"
                + " said."));
        assertThat(unlisted.speaker()).contains("Talvar Okonkwo");
        // a name after another subject's verb is that subject's object, not whom the pronoun means
        Quote object = only(quotes("The council paid Sam Lau for his work on the levee. “It was hard work,” he said."));
        assertThat(object.speaker()).isEmpty();
    }

    @Test
    void aFullNameThatIsAVerbsSubjectInsideASentenceIsWhomALaterPronounMeans() {
        // "he" had no antecedent: the name opened no sentence
        Quote q = only(quotes("At the age of seventeen, Peter Miller was a victim of the flood. His parents feared the worst.\n\n"
                + "In the morning he shouted: “Mother, I am still alive!”"));
        assertThat(q.speaker()).contains("Peter Miller");
        // a name after a comma is no subject of the word after it
        Quote after = only(quotes("The levee failed after the storm hit Peter Miller, flooded the town and closed the roads.\n\n"
                + "In the morning he shouted: “Mother, I am still alive!”"));
        assertThat(after.speaker()).isEmpty();
        // nor is a name after a preposition
        Quote object = only(quotes("At the rally, voters with Peter Miller shirts stood near the stage.\n\n"
                + "In the morning he shouted: “Mother, I am still alive!”"));
        assertThat(object.speaker()).isEmpty();
        // nor one with a possessive: the -ed word after it is no verb of the name's
        Quote owner = only(quotes("The river rose. The flood tested Peter Miller’s continued patience.\n\n"
                + "In the morning he shouted: “Mother, I am still alive!”"));
        assertThat(owner.speaker()).isEmpty();
    }

    @Test
    void aGivenNameAloneAsASubjectIsAPersonAPronounMeans() {
        // "she" had no antecedent: the text names Sarah by her given name only
        Quote q = only(quotes("Flood diary\n\nSarah has a great post about her move to the levee office.\n\n"
                + "“I feel awkward in that role,” she says."));
        assertThat(q.speaker()).contains("Sarah");
        // a given name the page also writes in lower case is a word, and a man's name is no "she"
        assertThat(only(quotes("Flood diary\n\nThe bill passed on Monday. Bill has seen many votes in the council.\n\n"
                + "“I feel awkward in that role,” she says.")).speaker()).isEmpty();
        assertThat(only(quotes("Flood diary\n\nTom has seen many votes in the council.\n\n"
                + "“I feel awkward in that role,” she says.")).speaker()).isEmpty();
    }

    @Test
    void aSurnameThePageShowsOpeningASentenceAsItsSubjectIsWhomAPronounMeans() {
        // "he" went to the president introduced before: "Romney", shown by "Mr. Romney", was no one yet
        List<Quote> qs = quotes("“We will win the county,” Mr. Romney said on Monday in Ohio.\n\n"
                + "President Barack Obama spoke in Chicago on the same day to a large crowd.\n\n"
                + "Romney voted at a community center near his home. “I feel great about Ohio,” he said.");
        assertThat(qs).filteredOn(q -> q.text().startsWith("I feel great")).singleElement()
                .satisfies(q -> assertThat(q.speaker()).contains("Romney"));
        // named in full only later, the person is the full name's ("Ruffo" had no one, then only "Ruffo")
        Quote later = only(quotes("The judge thanked Mr. Ruffo for the long hearing on the levee.\n\n"
                + "Ruffo walked to the bench at noon. “The county knew the levee was too low,” he said.\n\n"
                + "Tom Ruffo is a lawyer in Riverton who has taken many such cases.").stream()
                .filter(q -> q.kind() == QuoteKind.DIRECT).toList());
        assertThat(later.speaker()).contains("Tom Ruffo");
    }

    @Test
    void theFirstOfTwoSurnamesAloneNamesThePerson() {
        // "Martinez" stayed as written: only the last word and the given name named the person
        Quote q = only(indirect("Central bank president Alejandro Martinez Cuenca spoke in London on Monday.\n\n"
                + "Martinez told reporters the price fall had disastrous results."));
        assertThat(q.speaker()).contains("Alejandro Martinez Cuenca");
        // a middle given name does not: "Paul" is no John Paul Jones
        assertThat(only(indirect("Levee engineer John Paul Jones spoke on Monday.\n\n"
                + "Paul told reporters the levee had held.")).speaker()).contains("Paul");
    }

    @Test
    void aVicePremierIsATitle() {
        // the name was "Vice-Premier Tian Jiyun", title and all
        for (String title : List.of("Vice-Premier", "Vice Premier")) {
            Quote q = only(quotes(title + " Tian Jiyun said the debt of the county was too high."));
            assertThat(q.speaker()).contains("Tian Jiyun");
            assertThat(q.title()).contains(title);
        }
    }

    @Test
    void theStopAfterASurnameOfTwoLettersIsNoPartOfTheName() {
        // the speaker was "Ana Wu." with the sentence's stop
        assertThat(only(indirect("Meet Riverton engineer Ana Wu. She believes the levee is too low.")).speaker()).contains("Ana Wu");
        // an initial keeps its point
        assertThat(only(indirect("Ana S. said the levee is too low.")).speaker()).contains("Ana S.");
    }

    @Test
    void anyVerbAfterAQuotationsCommaAndANameAttributesIt() {
        // the quotation had no speaker and, short, was dropped; the next one had no speaker either
        List<Quote> qs = quotes("How long does it take? “You can see it at once,” Ruiz shares. “But eight weeks of daily "
                + "practice gives the levee crew lasting results.”");
        assertThat(qs).hasSize(2).allSatisfy(q -> assertThat(q.speaker()).contains("Ruiz"));
        assertThat(qs.get(0).cue()).contains("shares");
        // a thing is no speaker, whatever its verb
        assertThat(quotes("Prices fell. “The pumps are cheap,” the store sells. Nothing else changed.")).isEmpty();
    }

    @Test
    void anInvertedSpeakerMayBeFollowedByWhenOrWhereItWasSaid() {
        // "before the vote" after the name left the quotation without a speaker
        assertThat(only(quotes("“That is why we vote,” said Ruiz before the final vote.")).speaker()).contains("Ruiz");
        assertThat(only(quotes("“That is why we vote,” said Ruiz at the county fair.")).speaker()).contains("Ruiz");
    }

    @Test
    void aWhipIsATitleAndAVeteranOrAConfidantASource() {
        Quote whip = only(quotes("“That is why we vote,” said Senate Minority Whip Ana Ruiz (D-Ill.) in an interview."));
        assertThat(whip.speaker()).contains("Ana Ruiz");
        assertThat(whip.title()).contains("Senate Minority Whip");
        assertThat(only(quotes("“That is why we vote,” said a 2008 Ruiz veteran.")).mention()).contains("a 2008 Ruiz veteran");
        assertThat(only(quotes("“That is why we vote,” said one Ruiz confidant.")).mention()).contains("one Ruiz confidant");
    }

    @Test
    void aShortSentenceOfASpeakerAndACueIntroducesTheQuotationAfterIt() {
        // the quotation had no attribution of its own and was dropped
        assertThat(only(quotes("The council met on Monday. Ruiz agreed. “The levee will not hold through the spring.”"))
                .speaker()).contains("Ruiz");
        // a sentence with no verb of saying is no introduction
        assertThat(quotes("The council met on Monday. Ruiz walked the levee. “The levee will not hold through the spring.”"))
                .isEmpty();
    }

    @Test
    void aStatementInAClauseThatOpensTheSentenceEndsAtItsComma() {
        // the statement ran on into the main clause: "for help, too many calls …", "above, the levee …"
        // ("ask for" takes its object: the statement is "help", not "for help")
        Quote ask = only(indirect("When residents ask for help, too many calls go unanswered."));
        assertThat(ask.text()).isEqualTo("help");
        assertThat(ask.cue()).contains("ask for");
        assertThat(only(indirect("As we mentioned above, these prices can and do rise all the time.")).text()).isEqualTo("above");
    }

    @Test
    void thatAndAPluralVerbAfterAThingAreARelativeClauseOfIt() {
        // the statement was "are built for the spring floods": "that" read as the clause's conjunction
        Quote q = only(indirect("Flood update. The report found a dozen pumps that are built for the spring floods."));
        assertThat(q.text()).isEqualTo("a dozen pumps that are built for the spring floods");
        assertThat(q.speaker()).contains("The report");
        assertThat(only(indirect("Flood update. Ruiz described levees that were built in 1950.")).text())
                .isEqualTo("levees that were built in 1950");
        // after a thing and a noun, "that" still opens the clause
        assertThat(only(indirect("Flood update. The county found evidence that pumps had failed.")).text())
                .isEqualTo("pumps had failed");
    }

    @Test
    void aBlogsLinksToOtherPostsAreNoQuotations() {
        // each line was a direct quote without a speaker
        assertThat(quotes("The levee held.\n\n« Pumps fail in the spring flood | Main | The county buys new pumps »")).isEmpty();
        assertThat(quotes("The levee held.\n\n« Pumps fail in the spring flood again this year")).isEmpty();
        // a French quotation closes its marks, with a space inside them
        assertThat(only(quotes("« La digue tiendra jusqu'au printemps », a déclaré la maire Anne Dubois.")).speaker())
                .contains("Anne Dubois");
    }

    @Test
    void aParagraphOfQuotationGoesOnWithThePronounThatSaidTheSentenceBefore() {
        // the quotation had no speaker: only a name before it passed the floor on
        List<Quote> qs = quotes("Ana Ruiz lives near the river.\n\nThe water shortages, she said, are unbearable.\n\n"
                + "“If I do not collect enough water before noon, I must walk to the well down the valley.”");
        Quote direct = only(qs.stream().filter(q -> q.kind() == QuoteKind.DIRECT).toList());
        assertThat(direct.speaker()).contains("Ana Ruiz");
        // a pronoun with a verb of thought passes nothing on
        List<Quote> thought = quotes("Give the puppy a treat. He does not know yet what you have in mind.\n\n"
                + "“Shaping can take time and can be frustrating for trainers and puppies alike.”");
        assertThat(thought.stream().filter(q -> q.kind() == QuoteKind.DIRECT)).allSatisfy(q -> assertThat(q.mention()).isEmpty());
    }

    @Test
    void anIntroductionNamesItsSpeakerInAFixedPhraseBeforeItsColon() {
        String quotation = "\n\n“We have done everything we can for this town and its people.”";
        // each quotation had no speaker, or the speaker "Here"
        Quote shared = only(quotes("The river rose. Ana Ruiz had this to share about the levee:" + quotation));
        assertThat(shared.speaker()).contains("Ana Ruiz");
        assertThat(shared.cue()).contains("had this to share");
        assertThat(only(quotes("The river rose. Here is what Ana Ruiz had to say:" + quotation)).speaker()).contains("Ana Ruiz");
        assertThat(only(quotes("Ana Ruiz spoke on Monday. In her words:" + quotation)).speaker()).contains("Ana Ruiz");
        // "had to" and a verb that is no cue obliges: no one is introduced
        assertThat(only(quotes("The river rose. Ana Ruiz had to leave:" + quotation)).speaker()).isEmpty();
    }

    @Test
    void aNameAfterAPrepositionOfPlaceOrTimeBeforeAColonIsNoSpeaker() {
        String quotation = "\n\n“We have done everything we can for this town and its people.”";
        // "Election Day" and "High Line" spoke: where and when, not who
        assertThat(only(quotes("The river rose. Much will turn on what happens on Election Day:" + quotation)).speaker())
                .isEmpty();
        assertThat(only(quotes("The river rose. Ana Ruiz, director of gardens at the High Line:" + quotation)).speaker())
                .isEmpty();
        // "of" and "by" still name the speaker
        assertThat(only(quotes("The river rose. In the words of Ana Ruiz:" + quotation)).speaker()).contains("Ana Ruiz");
        assertThat(only(quotes("The river rose. The county engineer Ana Ruiz:" + quotation)).speaker()).contains("Ana Ruiz");
    }

    @Test
    void aPluralNounThatIsAVerbsFirstWordIsNoCue() {
        // "points" of "points out" ended the sentence: the statement had the speaker "an essential tool …"
        assertThat(quotes("The dashboard is central to these metrics, an essential tool for joining data across "
                + "many data points.")).isEmpty();
        assertThat(only(quotes("“The levee will hold,” the engineer points out.")).speaker()).contains("the engineer");
    }

    @Test
    void aCueInAListBeforeOrIsANoun() {
        // the speaker was "or delivery apps" (after the cue "counters,"), then "accurate service through lanes"
        assertThat(quotes("Customers want fast, accurate service through drive-thru lanes, counters, or delivery apps."))
                .allSatisfy(q -> assertThat(q.cue()).isNotEqualTo(java.util.Optional.of("counters")));
        assertThat(only(quotes("“The levee will hold,” counters Ana Ruiz.")).speaker()).contains("Ana Ruiz");
    }

    @Test
    void aShortStatementInARelativeClauseEndsAtItsComma() {
        // the statement ran on into the main clause: "the levee, voted against it"
        assertThat(indirect("Ana Ruiz, who opposes the levee, voted against it on Monday.")).extracting(Quote::text)
                .containsExactly("the levee", "it"); // "on Monday" is an adjunct, no part of the object
    }

    @Test
    void aNamingVerbWithAThingAloneNamesNothing() {
        // "calling the police" reported the statement "the police"
        assertThat(quotes("Ana Ruiz spots a boat in the canal and sketches the scene before calling the police.")).isEmpty();
        assertThat(only(indirect("The mayor called the plan a disaster.")).text()).isEqualTo("the plan a disaster");
    }

    @Test
    void aParticipleAfterANounPhraseIsNoAttributionsVerb() {
        // the speaker was "journalists who understand the web spend most of their time", cue "writing"
        assertThat(quotes("Driven by editors who fear for their jobs, even reporters who know the web spend their "
                + "days writing about celebrities.")).isEmpty();
    }

    @Test
    void anOpeningAsClauseEndsAfterThePhraseThatTellsWhereItWasSaid() {
        // the statement was "in response, the levee will hold …"
        assertThat(only(indirect("As Ana Ruiz argued in response, the levee will hold through the spring.")).text())
                .isEqualTo("the levee will hold through the spring");
    }

    @Test
    void soOpensAClauseWithItsOwnSubject() {
        // the speaker was "A clear procedure should be documented so employees"
        assertThat(only(indirect("A clear procedure should be documented so employees understand how to ask for leave."))
                .mention()).contains("employees");
        // "so many" tells how many: "many" is no subject of "repeat"
        assertThat(quotes("With so many repeat visits to the city, we have eaten at most of these places.")).isEmpty();
    }

    @Test
    void whomSomethingWasSaidToIsNoStatement() {
        // the statement was "to her followers"
        assertThat(quotes("Ana Ruiz tweeted to her followers on Monday.")).isEmpty();
        assertThat(only(indirect("Ana Ruiz tweeted to her followers that the levee would hold.")).text())
                .isEqualTo("the levee would hold");
        assertThat(only(indirect("Ana Ruiz vowed to fight the levee tax.")).text()).isEqualTo("to fight the levee tax");
        // nor where it was said from: a reporter's credit
        assertThat(quotes("Ana Ruiz reported from Midway Atoll, and Jo Roe from Kaneohe Bay, Hawaii.")).isEmpty();
        assertThat(only(indirect("Ana Ruiz reported from Kabul that the city was calm.")).text()).isEqualTo("the city was calm");
    }

    @Test
    void aParticipleOfEvidenceWithoutAuxiliaryModifiesItsNoun() {
        // the statement was "represent past performance", shown by "the performance data"
        assertThat(quotes("Note that the performance data shown represent past results and are no guarantee.")).isEmpty();
        assertThat(only(indirect("The data have shown that the levee will fail.")).text()).isEqualTo("the levee will fail");
    }

    @Test
    void aVerbOfSpeechWithItsPrepositionTakesAnObject() {
        // each reported nothing
        assertThat(only(indirect("Ana Ruiz asked about the levee on Monday.")).cue()).contains("asked about");
        assertThat(only(indirect("The mayor spoke of the legacy of the flood.")).text()).isEqualTo("the legacy of the flood");
        assertThat(only(indirect("The group advocated for stronger levee laws.")).cue()).contains("advocated for");
    }

    @Test
    void respondingAttributesOnlyToAMessage() {
        // "did not respond to a request for comment" reported nothing
        Quote q = only(indirect("The county did not respond to a request for comment."));
        assertThat(q.text()).isEqualTo("a request for comment");
        assertThat(q.cue()).contains("did not respond to");
        // a thing that reacts answers no one
        assertThat(quotes("The new pumps respond to voice commands almost instantly.")).isEmpty();
        assertThat(quotes("Police responded to Main and Elm streets around noon.")).isEmpty();
        assertThat(only(indirect("Ana Ruiz responded to Trump's remarks on Monday.")).text()).startsWith("Trump's remarks");
    }

    @Test
    void speakingOfThatOpensASentenceTurnsToATopic() {
        // with "spoke of" a cue, "Speaking of" opened a statement of the page's author
        assertThat(quotes("Ana Ruiz wrote this post. Speaking of fruit and herbs, the table at the fair looked great."))
                .isEmpty();
        assertThat(only(indirect("“These are people as well,” Ruiz added, speaking of the detained families.")).text())
                .isEqualTo("the detained families");
    }

    @Test
    void aConjunctionThatOpensAClauseIsNoSpeaker() {
        // the speaker was "Whenever"
        assertThat(quotes("Democrats seemed pleased. Whenever asked whether the levee would hold, they changed the topic."))
                .allSatisfy(q -> assertThat(q.mention()).isEmpty());
    }

    @Test
    void moreVerbsOfSpeechAndBeliefTakeTheirComplement() {
        // each reported nothing
        assertThat(only(indirect("Ana Ruiz has cast the council as part of the problem.")).text())
                .isEqualTo("the council as part of the problem");
        assertThat(only(indirect("Ana Ruiz likened the levee to a sieve.")).cue()).contains("likened");
        assertThat(only(indirect("Ana Ruiz laid out her plan for the levee.")).cue()).contains("laid out");
        assertThat(only(indirect("Ana Ruiz made the case for a new levee.")).text()).isEqualTo("a new levee");
        assertThat(only(indirect("The court ruled that the levee tax was unlawful.")).text()).isEqualTo("the levee tax was unlawful");
        assertThat(only(indirect("Ana Ruiz worried about the spring floods.")).cue()).contains("worried about");
        // a party that rules a city states nothing
        assertThat(quotes("The party has ruled the city for decades.")).isEmpty();
    }

    @Test
    void issuingOrReleasingAMessageAttributesIt() {
        // each reported nothing
        assertThat(only(indirect("The county issued a statement condemning the levee tax.")).cue()).contains("issued");
        assertThat(only(indirect("The agency released a report on the spring floods.")).cue()).contains("released");
        assertThat(only(indirect("Ana Ruiz asked for a recount of the vote.")).cue()).contains("asked for");
        assertThat(only(indirect("The mayor lauded the engineers in her address.")).cue()).contains("lauded");
        // a product released is no message, nor one whose message noun is in a phrase after its own
        // noun, and a statement after a colon is the quotation's
        assertThat(quotes("Acme released a new pump on Monday.")).isEmpty();
        assertThat(quotes("Acme has released a firmware update in response to the complaints.")).isEmpty();
        assertThat(quotes("The mayor has issued the following statement:\n\n“We will rebuild the levee before spring.”"))
                .allSatisfy(q -> assertThat(q.kind()).isEqualTo(QuoteKind.DIRECT));
    }

    @Test
    void namesAfterMyOrOurAreSpeakersAsAfterHisOrHer() {
        // "my father" was no speaker, so the quotation had none
        Quote q = only(quotes("“We live on borrowed time,” my father often said."));
        assertThat(q.mention()).contains("my father");
        assertThat(only(indirect("Our research found that the levee leaks in spring.")).mention()).contains("Our research");
        // an adjective before the verb heads nothing
        assertThat(quotes("So my next thought was to build a second levee upstream.")).isEmpty();
    }

    @Test
    void anOpeningPhraseWithoutItsCommaBeforeASpeakerAndAQuotation() {
        // the quotation had no speaker
        Quote q = only(quotes("In a radio interview Ruiz declared “The levee will hold until spring.”"));
        assertThat(q.kind()).isEqualTo(QuoteKind.DIRECT);
        assertThat(q.mention()).contains("Ruiz");
        assertThat(only(quotes("On Monday she said “The levee will hold until spring.”")).mention()).contains("she");
    }

    @Test
    void aConditionOrPurposeAloneBeforeAnImperativeIsNoStatement() {
        // "our review" read "If you want to learn more about the pump"
        assertThat(quotes("If you want to learn more about the pump, read our review.")).isEmpty();
        assertThat(quotes("To learn more about how we test pumps, read the full methodology.")).isEmpty();
        // a past after the condition still reports it
        assertThat(only(indirect("If the levee breaks the town will flood, said Ana Ruiz.")).mention()).contains("Ana Ruiz");
    }

    @Test
    void aPluralOfPeopleAloneOrWithModifiersIsASpeaker() {
        // each reported nothing
        assertThat(only(indirect("The levee has helped the town, donors said.")).mention()).contains("donors");
        assertThat(only(indirect("Federal officials familiar with the levee said the repairs were late.")).mention())
                .contains("Federal officials familiar with the levee");
        assertThat(only(indirect("Six county newspapers in the valley said the mayor should resign.")).mention())
                .contains("Six county newspapers in the valley");
        // a participle before the plural opens no speaker
        assertThat(quotes("The bill passed, uniting voters who decried the levee tax in state elections."))
                .noneSatisfy(q -> assertThat(q.mention().orElse("")).startsWith("uniting"));
    }

    @Test
    void theMainVerbAfterANonRestrictiveRelativeClause() {
        // only the relative clause's statement was found
        List<Quote> q = indirect("Ana Ruiz, who says the levee is failing, said the town should build a second one.");
        assertThat(q).extracting(Quote::text, Quote::cue)
                .containsExactly(tuple("the levee is failing", java.util.Optional.of("says")),
                        tuple("the town should build a second one", java.util.Optional.of("said")));
        assertThat(q).allSatisfy(x -> assertThat(x.mention()).contains("Ana Ruiz"));
    }

    @Test
    void theMainVerbAfterARelativeClauseComesBeforeASecondClauseFurtherOn() {
        // "and wrote" was taken as the second statement, and "said the town …" was lost
        List<Quote> q = indirect("Ana Ruiz, who estimated that the levee was failing, said the town paid for it in 2008 "
                + "and wrote to the governor in 2012.");
        assertThat(q).extracting(Quote::cue).contains(java.util.Optional.of("estimated"), java.util.Optional.of("said"));
        assertThat(q).filteredOn(x -> x.cue().equals(java.util.Optional.of("said"))).singleElement()
                .satisfies(x -> assertThat(x.text()).startsWith("the town paid for it in 2008"))
                .satisfies(x -> assertThat(x.mention()).contains("Ana Ruiz"));
    }

    @Test
    void asTheSpeakerPutItWithAnAdverbOrALongAppositive() {
        // "recently" and an appositive of many words hid the speaker, and the appositive was part of it
        Quote q = only(quotes("As Ana Ruiz recently put it, “The levee will not hold another spring.”"));
        assertThat(q.kind()).isEqualTo(QuoteKind.DIRECT);
        assertThat(q.mention()).contains("Ana Ruiz");
        Quote longer = only(quotes("As Ana Ruiz, an engineer and senior fellow at the Regional Flood Control Institute "
                + "of the State University, recently put it, “The levee will not hold another spring.”"));
        assertThat(longer.mention()).contains("Ana Ruiz");
        assertThat(only(quotes("As Ana Ruiz, an engineer, put it, “The levee will not hold another spring.”")).mention())
                .contains("Ana Ruiz");
    }

    @Test
    void anAdjunctOfTimeOrOccasionEndsTheObjectOfAStance() {
        // the object went on to the sentence's end ("Ruiz last week and has appeared …")
        assertThat(only(indirect("The mayor endorsed Ana Ruiz last week and has appeared at her side since then.")).text())
                .isEqualTo("Ana Ruiz");
        assertThat(only(indirect("The mayor defended the levee plan in a recent interview with the Gazette.")).text())
                .isEqualTo("the levee plan");
        assertThat(only(indirect("The mayor blasted the engineers during a campaign rally.")).text())
                .isEqualTo("the engineers");
        assertThat(only(indirect("The mayor has not mentioned the levee since the Monday night debate.")).text())
                .isEqualTo("the levee");
        // a complement of the object, an action's own adjunct and a reason go on
        assertThat(only(indirect("The mayor accused the engineers of lying during the hearing.")).text())
                .isEqualTo("the engineers of lying during the hearing");
        assertThat(only(indirect("The mayor recommends staying on the hill while the river is high.")).text())
                .isEqualTo("staying on the hill while the river is high");
        assertThat(only(indirect("The mayor opposed the levee plan since it is too costly.")).text())
                .isEqualTo("the levee plan since it is too costly");
    }

    @Test
    void aReportedClauseGoesOnAfterAndWithAPronounAndNoVerbOfAttribution() {
        // the clause ended at "and he", and "he can win the vote" was lost
        assertThat(only(indirect("Ana Ruiz said the levee is complex and she can win the vote.")).text())
                .isEqualTo("the levee is complex and she can win the vote");
        // a verb of attribution after the pronoun is the source's own statement
        assertThat(indirect("Ana Ruiz said the levee is complex and she also said the county failed."))
                .extracting(Quote::text).containsExactly("the levee is complex", "the county failed");
        // after an object, the pronoun's clause is the writer's
        assertThat(only(indirect("I asked about adding a second levee to the plan and he let me know it would hold."))
                .text()).isEqualTo("adding a second levee to the plan");
    }

    @Test
    void aVerbWithItsObjectInsideASubjectMakesItAClause() {
        // the speaker was "many of these towns send their engineers to Ruiz"
        assertThat(quotes("Of course, some of this has to do with the fact that many of these towns send their "
                + "engineers to Wroclaw (this year boasted crews from Venice and Locarno), but that alone is no proof."))
                .noneSatisfy(q -> assertThat(q.mention().orElse("")).contains("send their"));
        assertThat(MentionParser.parse("many of these towns send their engineers to Hartford")).isNull();
        assertThat(MentionParser.parse("people who know the mayor")).isNotNull();
        // a past form after an adverb is a verb too
        assertThat(quotes("The town built an app that completely changed the way residents request transportation "
                + "services."))
                .noneSatisfy(q -> assertThat(q.mention().orElse("")).contains("changed the way"));
        // an infinitive with its object describes the subject
        assertThat(only(indirect("The last engineer to inspect the levee says the town should build a second one."))
                .mention()).contains("The last engineer to inspect the levee");
    }

    @Test
    void germanLautTakesItsSourceToTheVerb() {
        // the source ran on to the next comma ("Messdaten hat der Deich nachweislich Risse") or nothing was found
        Quote q = only(indirect("Laut Messdaten hat der Deich nachweislich Risse, Lecks und Senken bekommen."));
        assertThat(q.mention()).contains("Messdaten");
        assertThat(q.cue()).contains("laut");
        assertThat(q.text()).isEqualTo("hat der Deich nachweislich Risse, Lecks und Senken bekommen");
        assertThat(only(indirect("Laut einem kürzlich ergangenen Urteil des höchsten Gerichts muss die Stadt den Deich "
                + "erhöhen.")).mention()).contains("einem kürzlich ergangenen Urteil des höchsten Gerichts");
        // inside the sentence, the whole sentence; a preposition after the source is the clause's
        Quote inside = only(indirect("Die Pumpen sind laut Polizei von dem Stromausfall betroffen."));
        assertThat(inside.mention()).contains("Polizei");
        assertThat(inside.text()).isEqualTo("Die Pumpen sind laut Polizei von dem Stromausfall betroffen");
        // "laut" before no capitalised word is the adjective
        assertThat(quotes("Wenn man mit den Organisatorinnen spricht, lachen sie laut auf.")).isEmpty();
    }

    @Test
    void theBaseFormOfAVerbOfSayingAfterAQuotationWithAPluralSpeaker() {
        // "the authors conclude" named nobody
        Quote q = only(quotes("“Since the flood of 2022, many towns have rushed to raise their levees,” the authors conclude."));
        assertThat(q.mention()).contains("the authors");
        assertThat(q.cue()).contains("conclude");
        assertThat(only(quotes("“The levee will hold through the spring,” engineers warn.")).mention()).contains("engineers");
        // a singular speaker takes no base form
        assertThat(quotes("“The levee will hold through the spring,” Ruiz warn."))
                .noneSatisfy(x -> assertThat(x.mention()).contains("Ruiz"));
    }

    @Test
    void anArabicArticleJoinedToASurnameIsPartOfTheName() {
        // "Mr. Nur el-Din" was no name, so the quotation had no speaker
        Quote q = only(quotes("“We should not rush to judgment,” said Mr. Nur el-Din, the antiquities professor."));
        assertThat(q.speaker()).contains("Nur el-Din");
        assertThat(only(quotes("“The levee will hold through the spring,” Omar al-Bashir said.")).speaker())
                .contains("Omar al-Bashir");
    }

    @Test
    void anInvertedSpeakerWithAnAppositiveOfThreeCommas() {
        // the fourth comma from the end was not tried
        Quote q = only(indirect("The levee will hold, said Ana Ruiz, director of the flood project at the "
                + "University of California, Davis, Center for Regional Change."));
        assertThat(q.text()).isEqualTo("The levee will hold");
        assertThat(q.mention()).contains("Ana Ruiz");
    }

    @Test
    void listsAndImperativesAreNoInvertedAttributions() {
        // "a weekly column and" wrote; "customers" estimated; "potato flakes" added
        assertThat(quotes("He also hosts a talk show, writes a weekly column and, since 2013, leads a levee fund.")).isEmpty();
        assertThat(quotes("The plan allows unlimited invoices, customers, estimates, products, and vendors.")).isEmpty();
        assertThat(quotes("Use more whole grain flours, add potato flakes, use a stiff starter, and rest the dough.")).isEmpty();
        // a base form before people still attributes
        assertThat(only(indirect("The levee will hold until spring, say engineers.")).mention()).contains("engineers");
    }

    @Test
    void aClauseEndsAtItsQuotationsCommaBeforeTheSpeakerGoesOn() {
        // the statement ran on over ", adding, “…”" and was dropped for the quotation it held
        List<Quote> q = quotes("Ruiz told reporters that the levee “had a crack in its northern wall,” adding, "
                + "“We will fix it before spring.”");
        assertThat(q).extracting(Quote::kind, Quote::text).containsExactly(
                tuple(QuoteKind.INDIRECT, "the levee “had a crack in its northern wall,”"),
                tuple(QuoteKind.DIRECT, "We will fix it before spring."));
    }

    @Test
    void moreSharesAndDescriptionsOfSources() {
        // each reported nothing
        assertThat(only(indirect("Nearly nine out of 10 say they will rebuild after the flood.")).mention())
                .contains("Nearly nine out of 10");
        assertThat(only(indirect("Sources privy to the talks say the levee deal is close.")).mention())
                .contains("Sources privy to the talks");
    }

    @Test
    void aPrepositionAfterAnObjectVerbIsNoObject() {
        // "thanks to its new valves" reported the stance "to its new valves, …" of Acme
        assertThat(quotes("Acme did include the same pumps but thanks to its new valves, it is able to pump faster.")).isEmpty();
        assertThat(only(indirect("Ana Ruiz thanks the engineers for their work on the levee.")).text())
                .isEqualTo("the engineers for their work on the levee");
    }

    @Test
    void whoAfterAVerbOfKnowingOrItsObjectOpensAQuestion() {
        // the speaker was "tell you"
        assertThat(quotes("Good artists borrow. I am not going to tell you who said it, but I agree."))
                .noneSatisfy(q -> assertThat(q.mention()).contains("tell you"));
        assertThat(only(indirect("The mayor thanked Ana Ruiz, who said the levee would hold.")).mention()).contains("Ana Ruiz");
    }

    @Test
    void aSpanOfTimeEndsAnIntroductionBeforeAQuotation() {
        // "just a few years earlier" was reported as what Ruiz wrote, and the quotation had no speaker
        Quote q = only(quotes("As Ruiz wrote just a few years earlier, “We could never have built the levee without him.”"));
        assertThat(q.kind()).isEqualTo(QuoteKind.DIRECT);
        assertThat(q.mention()).contains("Ruiz");
        assertThat(q.cue()).contains("wrote");
    }

    @Test
    void conjunctionsAndAnInfinitivesToAreNoSpeakers() {
        // the speakers were "When deciding between pumps", "What I'd", "some should be", "To"
        assertThat(quotes("When deciding between pumps, consider your budget, the flow rate and the noise.")).isEmpty();
        assertThat(quotes("What I’d say is, being the standard, there are many good pumps.")).isEmpty();
        assertThat(quotes("Many pumps are loud, while some should be avoided.")).isEmpty();
        assertThat(quotes("To see that people read my book is nice, but when I get an email saying that it changed "
                + "a life, that is priceless.")).noneSatisfy(q -> assertThat(q.mention()).contains("To"));
        // the clause's subject after "While" still speaks
        assertThat(only(indirect("While many trial lawyers fiercely opposed those decisions, the court ruled.")).mention())
                .contains("many trial lawyers");
    }

    @Test
    void aVerbBeforeAThingIsNoInvertedAttribution() {
        // "online traces" observed, "Trump's plan in terms of cost" described, "including strong jobs" reported
        assertThat(quotes("I have talked with engineers and farmers, observed online traces, and read the reports.")).isEmpty();
        assertThat(only(indirect("Ana Ruiz, a professor of engineering at the state university, described the mayor's plan "
                + "in terms of cost.")).mention()).hasValueSatisfying(m -> assertThat(m).contains("Ana Ruiz"));
        assertThat(quotes("The past month brought good news for the town, including strong jobs reports in October."))
                .isEmpty();
        // a source after the verb still speaks
        assertThat(only(indirect("The levee will hold through the spring, says the report.")).mention()).contains("the report");
    }

    @Test
    void aReflexivePronounThatStressesTheSpeakerIsNoPartOfIt() {
        // "Mrs. Ruiz herself" was no speaker
        assertThat(only(indirect("Mrs. Ruiz herself has always maintained that the levee was secure.")).speaker())
                .contains("Ruiz");
        assertThat(only(quotes("“The levee will hold,” the mayor herself said.")).mention()).contains("the mayor");
    }

    @Test
    void sinceBetweenTheAuxiliaryAndTheCue() {
        // "has since said" attributed nothing
        Quote q = only(indirect("Mrs. Ruiz has since said she would support a second levee."));
        assertThat(q.cue()).contains("has since said");
        assertThat(q.text()).isEqualTo("she would support a second levee");
    }

    @Test
    void anAbsoluteClauseOfWithHasItsOwnSource() {
        // "with polls showing …" and "with Senator Ruiz saying …" attributed nothing
        Quote polls = only(indirect("The levee vote tightened, with polls showing the mayor had lost her lead."));
        assertThat(polls.mention()).contains("polls");
        assertThat(polls.cue()).contains("showing");
        assertThat(polls.text()).isEqualTo("the mayor had lost her lead");
        Quote named = only(indirect("The debate grew sharper, with Senator Ana Ruiz saying the levee was doomed and "
                + "the farmers demanding a second vote."));
        assertThat(named.speaker()).contains("Ana Ruiz");
        assertThat(named.text()).isEqualTo("the levee was doomed");
        // no clause after a verb of saying: "adding" a sum says nothing
        assertThat(quotes("Prices rose, with the average water bill adding another ten dollars to the total.")).isEmpty();
    }

    @Test
    void aSourceOfSomeoneIsNoTitleOfThem() {
        // "The campaign of the former senator" was the former senator, resolved to Ana Ruiz
        List<Quote> found = indirect("Senator Ana Ruiz spoke on Friday.\n\nThe campaign of the former senator said "
                + "the levee was doomed.");
        assertThat(only(found).mention()).contains("The campaign of the former senator");
        assertThat(only(found).speaker()).isNotEqualTo(java.util.Optional.of("Ana Ruiz"));
    }

    @Test
    void aRoleThatSpeaksForSomeoneDescribedIsNoNamedSpeaker() {
        // the speakers were "senator" and "company"
        List<Quote> found = indirect("Senator Ana Ruiz spoke on Friday.\n\nA spokesman for the senator said the levee "
                + "would hold.\n\nA spokeswoman for the company said the plant would close.");
        assertThat(found).extracting(q -> q.speaker().orElse(null)).containsExactly("Ana Ruiz", null);
        // a name stays the speaker, even in lower case
        assertThat(only(indirect("A spokeswoman for flydubai said the plane landed safely.")).speaker()).contains("flydubai");
    }

    @Test
    void aBeliefOrStanceAfterAConjunctionHasItsOwnStatement() {
        // "but she knows that …" and "and Cruz opposed …" ran on inside the first statement
        List<Quote> found = indirect("Ruiz says she hopes to rebuild the levee, but she knows that the river will rise again.");
        assertThat(found).extracting(Quote::text).containsExactly("she hopes to rebuild the levee", "the river will rise again");
        assertThat(found.get(1).cue()).contains("knows");
        List<Quote> votes = indirect("Senator Ana Ruiz supported the levee bill and Senator Bo Hale opposed the measure.");
        assertThat(votes).extracting(q -> q.speaker().orElse(null)).containsExactly("Ana Ruiz", "Bo Hale");
        // a second "that" clause, a first person in a third person's words and a bare "and" inside a
        // noun phrase go on with the first statement
        assertThat(only(indirect("Ruiz said she backed the levee and that she wanted a second vote.")).text())
                .isEqualTo("she backed the levee and that she wanted a second vote");
        assertThat(only(indirect("Ruiz added few can afford a car these days, and I don’t think people want more traffic."))
                .text()).isEqualTo("few can afford a car these days, and I don’t think people want more traffic");
        assertThat(only(indirect("A survey revealed that most UK and US farmers considered the levee unsafe.")).text())
                .isEqualTo("most UK and US farmers considered the levee unsafe");
    }

    @Test
    void thisWeekEndsAnObjectAndMajoritiesSpeak() {
        // "his endorsement this week on the radio" was the object; "majorities" were no source
        assertThat(only(indirect("Ruiz defended his endorsement this week on the radio.")).text()).isEqualTo("his endorsement");
        assertThat(only(indirect("Majorities in all five towns say they want a second levee.")).mention())
                .contains("Majorities in all five towns");
    }

    @Test
    void aVerbWithItsParticleTakesAnObject() {
        // "complained | about the pumps", and "apologized for" attributed nothing
        Quote complained = only(indirect("Ruiz complained about the noisy pumps at the levee."));
        assertThat(complained.cue()).contains("complained about");
        assertThat(complained.text()).isEqualTo("the noisy pumps at the levee");
        Quote apologized = only(indirect("The mayor apologized for the flooded basements."));
        assertThat(apologized.cue()).contains("apologized for");
        assertThat(apologized.text()).isEqualTo("the flooded basements");
        // a form that takes a clause keeps it
        assertThat(only(indirect("Ruiz pointed out that the pumps were noisy.")).text()).isEqualTo("the pumps were noisy");
    }

    @Test
    void anAttributionAfterALabelThatIsNoNameSpeaksFirst() {
        // the speaker was "Frustration with levee", read as a person
        Quote q = only(indirect("Frustration with levee: Local farmers say the pumps have failed for years."));
        assertThat(q.mention()).contains("Local farmers");
        assertThat(q.text()).isEqualTo("the pumps have failed for years");
        // a name before the colon stays the speaker of what follows
        String named = "Ana Ruiz: Local farmers say the pumps have failed for years.";
        assertThat(ReportedSpeech.find(named, 0, named.length(), true).attribution().mention().text()).isEqualTo("Ana Ruiz");
        // "only" before the cue belongs to it
        assertThat(only(indirect("The mayor would only say that the pumps were old.")).cue()).contains("would only say");
    }

    @Test
    void peopleWhoWorkForSomeoneSpeakAfterTheirAppositive() {
        // "Lawyers for Acme, who …, said" was missed: "Lawyers for Acme" was no mention
        Quote q = only(indirect("Lawyers for Acme, who filed the motion on Friday, said the levee suit had no merit."));
        assertThat(q.mention()).contains("Lawyers for Acme");
        assertThat(q.text()).isEqualTo("the levee suit had no merit");
    }

    @Test
    void staffersOperativesAndTheMediaAreSources() {
        // "Some staffers" was no described source: "staffers" named no one who can say anything
        assertThat(only(indirect("Some staffers described how the pumps failed during the storm.")).mention())
                .contains("Some staffers");
        assertThat(only(indirect("Local media outlets estimate the levee will cost twice as much.")).mention())
                .contains("Local media outlets");
    }

    @Test
    void aDashEndsTheSourceOfAClosingAccordingTo() {
        // the source ran on past the dash: "the county engineer - half of what the state pays"
        Quote q = only(indirect("The levee will cost $2 million, according to the county engineer - half of what the"
                + " state pays for one."));
        assertThat(q.mention()).contains("the county engineer");
        assertThat(q.text()).isEqualTo("The levee will cost $2 million");
    }

    @Test
    void anAsideBetweenSpacedHyphensIsNoSubject() {
        // "his girlfriend" was the speaker: a hyphen between spaces sets an aside off as a dash does
        Quote q = only(indirect("Ana Ruiz - the county engineer and a farmer - told reporters that the levee was old."));
        assertThat(q.mention()).contains("Ana Ruiz");
        assertThat(q.text()).isEqualTo("the levee was old");
    }

    @Test
    void aBaseFormAfterItAndAndIsNoPredicateOfIt() {
        // "It" said that the levee is old: "say" is the infinitive's second verb
        assertThat(indirect("It is fine to rest on the levee and say that the levee is old.")).isEmpty();
        // a subject that takes the base form still speaks
        assertThat(only(indirect("They marched to the levee and say that the levee is old.")).mention()).contains("They");
    }

    @Test
    void aParticipleAfterACommaInsideClosingMarksGoesOn() {
        // the comma inside the quotation's marks hid "adding": the second statement was lost
        List<Quote> qs = indirect("Ana Ruiz said the levee was “sound,” adding that the pumps ran all night.");
        assertThat(qs).extracting(Quote::text).containsExactly("the levee was “sound,”", "the pumps ran all night");
        assertThat(qs.get(1).speaker()).contains("Ana Ruiz");
        assertThat(qs.get(1).cue()).contains("adding");
        // after a quotation and its attribution too
        Quote after = only(indirect("In a statement, Ana Ruiz said: “The levee held all night,” noting that the pumps ran."));
        assertThat(after.text()).isEqualTo("the pumps ran");
        assertThat(after.cue()).contains("noting");
    }

    @Test
    void didNotAndABaseFormOfSayingEndTheStatement() {
        // the content ran on over the source's own second verb
        Quote q = only(indirect("Ana Ruiz said the levee held through the night, but did not say when the road would open."));
        assertThat(q.text()).isEqualTo("the levee held through the night");
        // "did not" and a verb that reports nothing stay in the statement
        assertThat(only(indirect("Ana Ruiz said the levee held through the night, but did not flood the road.")).text())
                .isEqualTo("the levee held through the night, but did not flood the road");
    }

    @Test
    void anOpeningSubordinateClauseIsNoStatementOfTheMainClauseAfterIt() {
        // "As …" was reported as what Ruiz wrote: the main clause is no closing attribution
        assertThat(indirect("As the river was rising, Ana Ruiz wrote to investors.")).isEmpty();
        assertThat(indirect("On Tuesday, even as the river was rising, Ana Ruiz wrote to investors.")).isEmpty();
        // a main clause after the subordinate one, with or without its comma, is the statement
        assertThat(only(indirect("When the levee broke, the town flooded, Ana Ruiz said.")).text())
                .isEqualTo("When the levee broke, the town flooded");
        assertThat(only(indirect("When the company was formed in 1986 it had two million customers, Ana Ruiz said.")).text())
                .isEqualTo("When the company was formed in 1986 it had two million customers");
    }

    @Test
    void aReflexiveOrAFreeRelativeIsWhatANamingVerbNames() {
        // "himself" and "what …" opened no object of "calls"/"called": nothing was reported
        Quote self = only(indirect("Ana Ruiz calls herself a proud engineer of the old school."));
        assertThat(self.text()).isEqualTo("herself a proud engineer of the old school");
        assertThat(self.cue()).contains("calls");
        Quote what = only(indirect("Ana Ruiz, who saw the flood on Saturday, called what she witnessed “terrible.”"));
        assertThat(what.text()).startsWith("what she witnessed “terrible");
        assertThat(what.mention()).contains("Ana Ruiz");
    }

    @Test
    void aNameAfterAnObjectPronounOpensTheReportedClause() {
        // "Lee" was read as whom Ruiz told, after "them": the clause lost its subject
        assertThat(only(indirect("Ana Ruiz told them Lee has a plan for the levee.")).text())
                .isEqualTo("Lee has a plan for the levee");
        // a name right after the cue is still whom she told
        assertThat(only(indirect("Ana Ruiz told Tom Lee the levee was old.")).text()).isEqualTo("the levee was old");
    }

    @Test
    void aWordInIngAfterAnotherItemInIngIsTheNextOfAList() {
        // "adding a few new pumps" was a statement of Ruiz's: it is the next of the actions listed
        assertThat(indirect("Ana Ruiz specializes in building levees that fit each town, honoring old traditions,"
                + " adding a few new pumps, or designing a spillway that keeps the road dry.")).isEmpty();
        // after a clause, the participle goes on with the source
        assertThat(indirect("Ana Ruiz said the levee held through the night, adding that the pumps ran all night."))
                .extracting(Quote::text).containsExactly("the levee held through the night", "the pumps ran all night");
    }

    @Test
    void aVerbJoinedInsideARelativeClauseOfAThingIsNotTheSubjects() {
        // "considered" was the mayor's: the relative clause's second predicate, a passive
        assertThat(quotes("The mayor toured the new levee, which is ten feet high and considered a marvel by "
                + "engineers.")).isEmpty();
        // once a comma closes the relative clause, "and" joins the subject's own predicates
        Quote praised = only(quotes("The mayor toured the levee, which cost ten million dollars, and praised the "
                + "engineers who built it."));
        assertThat(praised.mention()).contains("The mayor");
        assertThat(praised.cue()).contains("praised");
        // a relative clause of the subject itself goes on with the subject's own predicates
        Quote found = only(quotes("The report, which came out on Monday and found that the levee was too low, "
                + "worried the town."));
        assertThat(found.mention()).contains("The report");
        assertThat(found.cue()).contains("found");
    }

    @Test
    void aClauseAndItsPronounAfterAClosedQuotationIsAStatementOfItsOwn() {
        // "Police arrived shortly afterward, he" was the speaker of the quotation before it
        List<Quote> qs = quotes("He said he grabbed his family, and “we ran to the nearby fields and lay down.” "
                + "Police and ambulances arrived shortly afterward, he added.");
        assertThat(qs).noneMatch(q -> q.mention().filter(m -> m.startsWith("Police")).isPresent());
        assertThat(qs).anyMatch(q -> q.text().equals("Police and ambulances arrived shortly afterward")
                && q.mention().equals(java.util.Optional.of("he")) && q.cue().equals(java.util.Optional.of("added")));
    }

    @Test
    void thatAndAVerbAfterAThingOpenARelativeClauseNoStatement() {
        // the statements were "flooded the valley may have …", "covered me for two months …" and
        // "inspired the documentary …": the relative clause's predicate
        Quote say = only(indirect("Officials say a storm that flooded the valley may have damaged the levee."));
        assertThat(say.text()).isEqualTo("a storm that flooded the valley may have damaged the levee");
        assertThat(indirect("I found a plan that covered me for two months in Spain for only 60 dollars.")).isEmpty();
        assertThat(only(indirect("Ruiz wrote a book that inspired the documentary about the valley.")).text())
                .isEqualTo("a book that inspired the documentary about the valley");
        // after the time of saying, "that" opens the statement, whatever its subject
        assertThat(only(indirect("The mayor said on Tuesday that officials will reopen the bridge.")).text())
                .isEqualTo("officials will reopen the bridge");
    }

    @Test
    void aPluralNounBeforeAVerbOrAParticipleIsNoCue() {
        // "challenges" and "reports" read as stances and findings of "the leadership" and "coding"
        assertThat(indirect("The harbour's coding challenges make learning the new tools slow and costly.")).isEmpty();
        assertThat(indirect("The leadership challenges shaping the harbour today are hard to meet.")).isEmpty();
        assertThat(indirect("The board wants quarterly reports specifying the actions taken to secure the harbour.")).isEmpty();
        // the verb still reports what its subject holds
        assertThat(only(indirect("Ruiz challenges the ruling that closed the harbour to fishing boats.")).text())
                .isEqualTo("the ruling that closed the harbour to fishing boats");
    }

    @Test
    void aRecordNamedWithOfIsNoPersonOfAnAffiliation() {
        // the speaker was "Harbour Watch Future" of the affiliation "Fishing Report 2025"
        Quote q = only(indirect("The Harbour Watch Future of Fishing Report 2025 reveals that catches fell by a third."));
        assertThat(q.text()).isEqualTo("catches fell by a third");
        assertThat(q.speaker()).contains("The Harbour Watch Future of Fishing Report 2025");
        assertThat(q.affiliation()).isEmpty();
        // a person of a record's publisher stays that person
        Quote person = only(indirect("Ana Ruiz of the Harbour Fishing Report said that catches fell by a third."));
        assertThat(person.speaker()).contains("Ana Ruiz");
        assertThat(person.affiliation()).contains("Harbour Fishing Report");
    }

    @Test
    void aRecordAndWhereItComesFromIsNoPersonOfAnAffiliation() {
        // the speaker was a person "Research" of the affiliation "the Harbour Institute …"
        Quote q = only(indirect("Research from the Harbour Institute at Brown University points to a steady fall in catches."));
        assertThat(q.speaker()).contains("Research from the Harbour Institute at Brown University");
        assertThat(q.affiliation()).isEmpty();
        assertThat(only(indirect("Data from the harbour office found that catches fell by a third.")).speaker())
                .contains("Data from the harbour office");
    }

    @Test
    void aRecordsTitleInQuotationMarksEndsBeforeTheStatement() {
        // the statement opened with the title's closing mark: "” catches fell …"
        Quote q = only(indirect("According to a study by Harbour Data titled \u201cState of the River 2023,\u201d catches fell"
                + " by a third last year."));
        assertThat(q.text()).isEqualTo("catches fell by a third last year");
        assertThat(q.cue()).contains("according to");
    }

    @Test
    void thatAndAPastNotInEdAfterAThingOpenARelativeClause() {
        // the statement began at "brought" and "made": the relative clause's predicate
        Quote q = only(indirect("Ruiz said warm weather in February that brought the crop out of dormancy early was"
                + " followed by three weeks of cold."));
        assertThat(q.text()).startsWith("warm weather in February that brought the crop");
        assertThat(indirect("We found this to be true for every carrier that made our list.")).extracting(Quote::text)
                .doesNotContain("made our list");
    }

    @Test
    void aSubjectCutOffBeforeItsAuxiliariesIsNoSource() {
        // "majority of … might not" was a source, and "It tells …" in the next paragraph named it
        List<Quote> found = quotes("Surviving a flood might be nothing new to farmers, but majority of town dwellers relying"
                + " largely on the bridge might not have thought about things like storing drinking water.\n\n"
                + "It tells people to keep enough water for at least one week in different containers.");
        assertThat(found).noneMatch(q -> q.speaker().orElse("").endsWith("might not")
                || q.mention().orElse("").endsWith("might not"));
    }

    @Test
    void aPronounAndTheSayingsAdjunctIsNoStatement() {
        // the statements were "this after analyzing the readings …" and "it in a speech on Monday"
        assertThat(indirect("Engineers concluded this after analyzing the readings of 1,200 river gauges.")).isEmpty();
        assertThat(indirect("The mayor said it in a speech on Monday.")).isEmpty();
        // a pronoun that opens a clause, or that is called something, stays a statement
        assertThat(only(indirect("Ruiz said this in turn will raise the cost of the levee.")).text())
                .isEqualTo("this in turn will raise the cost of the levee");
        assertThat(only(indirect("Farmers call it the wall of the valley.")).text()).isEqualTo("it the wall of the valley");
    }

    @Test
    void aThingAndItsRelativeClauseWithThatIsTheSubject() {
        // the source was "appeared in the journal": the relative clause's predicate
        Quote q = only(indirect("The study that appeared in the journal found that the levee did not hold the flood."));
        assertThat(q.mention()).contains("The study that appeared in the journal");
        assertThat(q.text()).isEqualTo("the levee did not hold the flood");
        // "that" after a verb opens its clause, whatever follows it
        assertThat(only(indirect("Officials said that appeared to end the dispute over the levee.")).mention())
                .contains("Officials");
    }

    @Test
    void aRelativeClausesPredicateIsNoSource() {
        // "passed through the House" was the source of the quotation, and of "it" after it
        List<Quote> found = quotes("The budget plan that passed through the House last month aimed to cut funding for"
                + " the flood warning center that issued warnings before the storm.");
        assertThat(found).noneMatch(q -> q.speaker().orElse("").startsWith("passed")
                || q.mention().orElse("").startsWith("passed"));
    }

    @Test
    void aParticleAfterAVerbOfStanceMakesAnotherVerb() {
        // "off buying parts" and "away from a suggestion" were stances of "backed"
        assertThat(indirect("Key pump makers backed off buying steel parts, with overall orders declining.")).isEmpty();
        assertThat(indirect("The mayor backed away from a suggestion that the town would pay for the levee.")).isEmpty();
        assertThat(only(indirect("The mayor backed the new levee plan on Monday.")).text()).isEqualTo("the new levee plan");
    }

    @Test
    void firstMinisterIsOneTitle() {
        // "First" was the affiliation and "Minister" the title
        Quote q = only(indirect("First Minister Ana Ruiz said the review would deliver radical change for rural areas."));
        assertThat(q.title()).contains("First Minister");
        assertThat(q.affiliation()).isEmpty();
    }

    @Test
    void aListsPluralNounIsNoCueInsideTheSentence() {
        // "the wacky jokes" and "emails tweets" read as a speaker and a cue inside the statement
        assertThat(quotes("The new season doubled down on the love of boats, the wacky jokes, and the long river"
                + " scenes.")).isEmpty();
        assertThat(quotes("Think through all the comments, interactions, emails, tweets, etc. you have received in the"
                + " past 30 days.")).isEmpty();
        // a pronoun that speaks inside the sentence still does
        assertThat(only(indirect("You can wait for the flood, he continues, or you can build the levee now.")).mention())
                .contains("he");
    }

    @Test
    void aStatementEndsBeforeTheCommaThatEndsIt() {
        // the statement was "record rainfall and a rise in the river," with the comma that ends it
        assertThat(indirect("Together, the findings suggest the importance of checking the levee often, and making sure"
                + " crews have time to repair it, Ruiz said.")).extracting(Quote::text)
                .contains("the importance of checking the levee often").noneMatch(t -> t.endsWith(","));
    }
}
