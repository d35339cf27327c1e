package io.github.newsparse.internal.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** How the registry of a page's people maps what the text calls them to whom. One shape per test. */
class SpeakerRegistryTest {

    @Test
    void aGivenNameAndItsShortFormWithOneSurnameAreOnePerson() {
        SpeakerRegistry registry = new SpeakerRegistry();
        registry.resolve(MentionParser.parse("Ken Roe"), 0);
        registry.resolve(MentionParser.parse("Kenneth Roe"), 1);
        // the surname names the person, not a choice between two
        SpeakerRegistry.Entity e = registry.resolve(MentionParser.parse("Roe"), 2);
        assertThat(e).isNotNull();
        assertThat(e.name).endsWith(" Roe");
        // two people whose given names differ share the surname: it names neither
        SpeakerRegistry other = new SpeakerRegistry();
        other.resolve(MentionParser.parse("Ken Roe"), 0);
        other.resolve(MentionParser.parse("Kevin Roe"), 1);
        SpeakerRegistry.Entity either = other.resolve(MentionParser.parse("Roe"), 2);
        assertThat(either == null ? "Roe" : either.name).isEqualTo("Roe");
    }

    @Test
    void aFullNameTakesOverOnlyAPersonSeenByTheSurnameAlone() {
        SpeakerRegistry registry = new SpeakerRegistry();
        // "Scott" alone, then "Bobby Scott", who takes the surname's entry over
        registry.resolve(MentionParser.parse("Scott"), 0);
        registry.resolve(MentionParser.parse("Bobby Scott"), 1);
        // "Tim Scott" took that entry over in turn, and with it the name "Bobby Scott"
        registry.resolve(MentionParser.parse("Tim Scott"), 2);
        assertThat(registry.resolve(MentionParser.parse("Bobby Scott"), 3).name).isEqualTo("Bobby Scott");
        assertThat(registry.resolve(MentionParser.parse("Tim Scott"), 4).name).isEqualTo("Tim Scott");
    }

    @Test
    void aGroupWhoseHeadBeforeAPrepositionIsPluralIsNoIt() {
        SpeakerRegistry registry = new SpeakerRegistry();
        // "it" went to "Researchers at Harvard and all around the world": the last word is no plural
        assertThat(registry.resolve(MentionParser.parse("Researchers at Harvard and all around the world"), 0)).isNotNull();
        assertThat(registry.resolve(MentionParser.parse("it"), 0)).isNull();
        // a body named in capitals is one, whatever its last word
        SpeakerRegistry other = new SpeakerRegistry();
        other.resolve(MentionParser.parse("The Ministry of Foreign Affairs"), 0);
        assertThat(other.resolve(MentionParser.parse("it"), 0).name).isEqualTo("The Ministry of Foreign Affairs");
    }

    @Test
    void iIsTheWriterNeverThePersonNamedBefore() {
        SpeakerRegistry registry = new SpeakerRegistry();
        // "“…,” I said" went to the lawyer the writer had named
        registry.resolve(MentionParser.parse("Ben Brafman"), 0);
        assertThat(registry.resolve(MentionParser.parse("I"), 1)).isNull();
        assertThat(registry.resolve(MentionParser.parse("he"), 1).name).isEqualTo("Ben Brafman");
    }

    @Test
    void theWordsBeforeACompanysLegalFormNameTheCompany() {
        SpeakerRegistry registry = new SpeakerRegistry();
        // "Dow said" and "Dow Chemical said" were speakers of their own after "Dow Chemical Co"
        SpeakerRegistry.Entity company = registry.resolve(MentionParser.parse("Dow Chemical Co"), 0);
        assertThat(registry.resolve(MentionParser.parse("Dow"), 1)).isSameAs(company);
        assertThat(registry.resolve(MentionParser.parse("Dow Chemical"), 2)).isSameAs(company);
        // a name with no legal form lends none of its words
        SpeakerRegistry other = new SpeakerRegistry();
        SpeakerRegistry.Entity ministry = other.resolve(MentionParser.parse("The Ministry of Foreign Affairs"), 0);
        assertThat(other.resolve(MentionParser.parse("Ministry"), 1)).isNotSameAs(ministry);
    }

    @Test
    void theCompanyIsTheCompanyTheStoryQuotesFirst() {
        SpeakerRegistry registry = new SpeakerRegistry();
        // "The company said" was a speaker of its own, named "The company"
        SpeakerRegistry.Entity chevron = registry.resolve(MentionParser.parse("Chevron Corp"), 0);
        registry.resolve(MentionParser.parse("Nippon Oil Co Ltd"), 1);
        assertThat(registry.resolve(MentionParser.parse("The company"), 2)).isSameAs(chevron);
        assertThat(registry.resolve(MentionParser.parse("the firm"), 3)).isSameAs(chevron);
        assertThat(registry.resolve(MentionParser.parse("The San Ramon-based company"), 4)).isSameAs(chevron);
        // with no company named with its legal form, "the company" is what the text calls it
        SpeakerRegistry other = new SpeakerRegistry();
        other.resolve(MentionParser.parse("Ana Ruiz"), 0);
        assertThat(other.resolve(MentionParser.parse("The company"), 1).name).isEqualTo("The company");
    }

    @Test
    void theDefiniteHeadNounOfAQuotedBodyIsThatBody() {
        SpeakerRegistry registry = new SpeakerRegistry();
        // "The department said" and "The bank said" were speakers of their own
        SpeakerRegistry.Entity department = registry.resolve(MentionParser.parse("The U.S. Agriculture Department"), 0);
        SpeakerRegistry.Entity bank = registry.resolve(MentionParser.parse("the Bank of England"), 1);
        assertThat(registry.resolve(MentionParser.parse("The department"), 2)).isSameAs(department);
        assertThat(registry.resolve(MentionParser.parse("the bank"), 3)).isSameAs(bank);
        // a word of the name that is not its head is no description of it
        SpeakerRegistry other = new SpeakerRegistry();
        SpeakerRegistry.Entity state = other.resolve(MentionParser.parse("The State Department"), 0);
        assertThat(other.resolve(MentionParser.parse("The state"), 1)).isNotSameAs(state);
    }
}
