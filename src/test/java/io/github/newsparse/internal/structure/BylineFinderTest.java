package io.github.newsparse.internal.structure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class BylineFinderTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', value = {
        "By Jane Doe#Jane Doe",
        "Posted by Jane Doe at 11:05 AM#Jane Doe",
        "Posted by Jane Doe in News and Reviews#Jane Doe",
        "By Jane Doe on Monday 12th November 2012 3:08 pm in Gaming#Jane Doe",
        "Submitted by Jane Doe on Thu, 08/09/2012 - 3:04pm#Jane Doe",
        "Reported by Jane Doe#Jane Doe",
        "Von: Jana Dorn#Jana Dorn",
        "By Jane Doe (@janedoe)#Jane Doe",
        "Written by Jane Doe Topics: Schools, Roads#Jane Doe",
        "By Jane Doe Environment reporter, Riverton News#Jane Doe",
        "By Jane Doe RTN World Service#Jane Doe",
        "By Jane Doe RSS feed#Jane Doe",
        "by Jane Doe Discuss (0)#Jane Doe",
        "By Jane Doe/Statehouse Bureau#Jane Doe",
        "By Associated Press#Associated Press",
        "By The Canadian Press#Canadian Press",
        "By THE ASSOCIATED PRESS#Associated Press",
        "By RTN NEWS#RTN News",
        "By JANE DOE Associated Press#Jane Doe",
        "by Jane DoeOpinion#Jane Doe",
        "By Jane McDonald#Jane McDonald",
        "Guide by Jane Doe Former Deputy Tech Editor#Jane Doe",
        "Review by Jane Doe#Jane Doe",
        "Interview by Jane Doe#Jane Doe",
        "by janedoe on December 4, 2010#janedoe",
        "By jdoe - October 19, 2012#jdoe",
        "Von Anna Roth publiziert am 30. Juli 2018#Anna Roth",
        "By Jane Doe0#Jane Doe",
        "By Jane Doe1,2 and John Roe3#Jane Doe;John Roe",
        "By Jane Doe*#Jane Doe",
        "Written by:Elise Nass#Elise Nass",
        "Posted byDamien Walter#Damien Walter",
        "ByJane Doe#Jane Doe",
        "ByJ.R. Stone#J.R. Stone",
        "ByJ. R. Stone#J. R. Stone",
        "by Jane Doe—10 min read#Jane Doe",
        "Authored by: Dr. Jane Doe#Dr. Jane Doe",
        "By the Riverton Team#the Riverton Team",
        "written by Our Editors#Our Editors",
        "by EcoCult Staff#EcoCult Staff",
        "By Jane Doe and John Roe#Jane Doe;John Roe",
        "By Ann Lee, Bo Park and Cy Young#Ann Lee;Bo Park;Cy Young",
        "By Jane Doe | Staff Writer#Jane Doe",
        "By MARIA GARCIA#Maria Garcia",
        "Posted by Tom O'Neill#Tom O'Neill",
        "Written by Ludwig van Beethoven#Ludwig van Beethoven",
        "By Sam Wu For The Daily Example#Sam Wu",
        "By Jane Doe, Associated Press#Jane Doe",
        "By Jane Doe Updated Oct. 16, 2023#Jane Doe",
        "By Jane Doe December 2, 2025#Jane Doe",
        "Posted by Jane Doe at December 16, 2025 11:15 AM#Jane Doe",
        "by: Jane Doe#Jane Doe",
        "Por María López#María López",
        "Par Jean Dupont#Jean Dupont",
        "Von Anna Schmidt und Jonas Weber#Anna Schmidt;Jonas Weber",
        "Door Pieter de Vries#Pieter de Vries",
        "Written by Kristin#Kristin",
        "by Jane Doe ● December 23, 2025 ● 6 min read#Jane Doe",
        "Contributors: Jane Doe and John Roe#Jane Doe;John Roe",
        "By The Riverton editors#The Riverton editors",
        "by the CNN team#the CNN team",
        "By: JaneDoe | December 16, 2025#JaneDoe",
        "by Jane Doe, Senior Director, Content & Marketing, Riverton Weekly and Example Institute#Jane Doe",
        "Written by: Jane R Head Product Launches, Adoption#Jane R",
        "By Ann Lee and Bo Park The Associated Press#Ann Lee;Bo Park",
        "Written By: Jane Roe Executive Digital Editor and Master Gardener#Jane Roe",
        "By Jane Roe In#Jane Roe",
    })
    void readsNames(String line, String names) {
        List<String> expected = Arrays.asList(names.split(";"));
        assertThat(BylineFinder.isByline(line, line.split(" ").length)).isTrue();
        assertThat(BylineFinder.names(line)).containsExactlyElementsOf(expected);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"By Email the author", "By Staff", "By the time police arrived, the man had fled the area.",
        "By 5 p.m. the road was open", "Published Hours Ago", "By Tuesday", "By March",
        "Bystanders Ran", "BYSTANDERS RAN",
        "By the Team", "By our staff", "By HomeAdvisor", "By TurboTaxJane", "By NASA",
        "Door Straps", "Par Jean", "Di Maio", "Von Berlin Mitte aus", "by admin on December 4, 2010",
        "by janedoe"})
    void rejectsJunk(String line) {
        assertThat(BylineFinder.isByline(line, line.split(" ").length)).isFalse();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"By using this site, you agree to our Terms of Service and Privacy Policy.",
        "By clicking Join you are agreeing to our Terms of Service and Privacy Policy.",
        "By signing up, Jane Doe agrees to the terms."})
    void aSentenceThatOpensWithByAndAGerundNamesNobody(String line) {
        assertThat(BylineFinder.names(line)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', value = {
        "Colin Gray Colin Gray#Colin Gray",
        "Jane Roe December#Jane Roe",
        "Jeff Cobb. Last#Jeff Cobb",
        "Ana Ruiz Updated#Ana Ruiz",
        "John Q. Last#John Q.",
        "Jane Roe#Jane Roe",
        "Mary May#Mary May",
        "Dana Reyes Dana#Dana Reyes Dana",
        "Jane Roe.#Jane Roe",
        "John Roe Jr.#John Roe Jr.",
        "Jane R.#Jane R.",
    })
    void tidiesGluedNames(String name, String tidy) {
        assertThat(BylineFinder.tidy(name)).isEqualTo(tidy);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"infuy", "jane_roe42", "ibby"})
    void readsHandles(String handle) {
        assertThat(BylineFinder.isHandle(handle)).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"email", "staff", "admin's", "Jane", "march", "tuesday", "ab"})
    void rejectsWordsAsHandles(String word) {
        assertThat(BylineFinder.isHandle(word)).isFalse();
    }

    @Test
    void aFirmSignsItsDatedBlogPost() {
        assertThat(BylineFinder.names("Posted by IndustrySelect on Tuesday, August 29, 2023")).containsExactly("IndustrySelect");
        // without a date, or a word in capitals only or in lower case, it is no firm's signature
        assertThat(BylineFinder.names("Posted by IndustrySelect")).isEmpty();
        assertThat(BylineFinder.isBrandName("NASA")).isFalse();
        assertThat(BylineFinder.isBrandName("Staff")).isFalse();
        assertThat(BylineFinder.isBrandName("HomeAdvisor")).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', value = {"By A. J. Neal#A. J. Neal", "By A. Neal#A. Neal", "By Jane A. Roe#Jane A. Roe",
        "By A. J. Neal View In Digital Edition#A. J. Neal"})
    void initialsSpacedApartAreAName(String line, String name) {
        assertThat(BylineFinder.names(line)).containsExactly(name);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"A Neal", "Meet A Friend"})
    void aWordThatIsNoInitialStillIsNoName(String s) {
        assertThat(BylineFinder.isPersonName(s)).isFalse();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"Senior Analyst", "Product Manager", "Digital-Security Expert", "Sr. Director"})
    void aRolePrintedUnderANameIsNoName(String s) {
        assertThat(BylineFinder.isPersonName(s)).isFalse();
    }

    @Test
    void aRoleBeforeAGivenNameIsATitleOfAName() {
        assertThat(BylineFinder.isPersonName("Chef John")).isTrue();
        assertThat(BylineFinder.isPersonName("Tammy McLeod")).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"Released Wednesday", "Updated Friday", "South AfricaPREMIUM"})
    void aWeekdayOrAGluedLabelIsNoPartOfAName(String s) {
        assertThat(BylineFinder.isPersonName(s)).isFalse();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', value = {
        "Roe, Jane#Jane Roe",
        "Roe, Jane Q.#Jane Q. Roe",
        "By Roe, Jane#Jane Roe",
        "Jane Roe, Staff Writer#Jane Roe",
        "Jane Roe, John Doe#Jane Roe;John Doe",
        "Jane Roe and John Doe#Jane Roe;John Doe",
    })
    void statedNamesReadASurnameFirstAsCataloguesGiveIt(String value, String names) {
        assertThat(BylineFinder.statedNames(value)).containsExactlyElementsOf(Arrays.asList(names.split(";")));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', value = {
        "Mara Ellison, MS, RD, FAND#Mara Ellison",
        "Tove Lindqvar, Ph.D.#Tove Lindqvar",
        "Ruth Okafor, CEPF®#Ruth Okafor",
        "Abel T. Varga CPP, PSP#Abel T. Varga",
        "Nell Forde, Master Horticulturalist & Garden Educator#Nell Forde",
        "Wen Zhao, Dariel Fairweather#Wen Zhao;Dariel Fairweather",
        "Jane Roe, Jr.#Jane Roe",
        "Linny and Peter#Linny;Peter",
        "Jack Ma#Jack Ma",
        "Otto Lind III#Otto Lind III",
    })
    void credentialsAndRolesAfterAStatedNameAreNoCoAuthors(String value, String names) {
        assertThat(BylineFinder.statedNames(value)).containsExactlyElementsOf(Arrays.asList(names.split(";")));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', value = {
        "Spencer HendricksOpinion#Spencer Hendricks",
        "Emma MackenzieLifestyle#Emma Mackenzie",
        "Jane McDonald#Jane McDonald",
        "IndustrySelect#IndustrySelect",
        "Dan Jervis-BardyThe West Australian#Dan Jervis-Bardy",
        "Ana TheRoe#Ana TheRoe",
    })
    void aSectionGluedToTheSurnameIsNoPartOfIt(String name, String bare) {
        assertThat(BylineFinder.withoutGluedLabel(name)).isEqualTo(bare);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', value = {
        "Written by Ilse and Peter#Ilse;Peter",
        "Words by Maria, Katerina & Tom#Maria;Katerina;Tom",
    })
    void firstNamesAloneAfterAnOpenerAreNames(String line, String names) {
        assertThat(BylineFinder.names(line)).containsExactlyElementsOf(Arrays.asList(names.split(";")));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"By Apple and Google", "By Sales and Marketing", "By Tuesday and Wednesday"})
    void capitalisedWordsThatAreNoGivenNamesNameNobody(String line) {
        assertThat(BylineFinder.names(line)).isEmpty();
    }
}
