package io.github.newsparse.internal.structure;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.newsparse.ArticleParser;
import io.github.newsparse.ParserOptions;
import org.junit.jupiter.api.Test;

class SiteOwnerTest {

    private static final String STORY = "I spent the winter building a workbench out of the old oak beams from the barn.\n"
            + "The legs took a week each, because the beams were full of nails that I had to find and pull first.\n"
            + "Next I will try dovetails, which everyone says are where a beginner learns patience.\n";

    private static ParserOptions at(String url) {
        return ParserOptions.builder().url(url).build();
    }

    @Test
    void theAddressesFirstLabelIsTheHostsWithoutWww() {
        assertThat(SiteOwner.label("https://www.janeroe.com/blog/bench")).isEqualTo("janeroe");
        assertThat(SiteOwner.label("https://roe.dev/notes")).isEqualTo("roe");
        assertThat(SiteOwner.label("not a url")).isEmpty();
    }

    @Test
    void aNameIsTwoOrThreeCapitalisedWordsSpellingTheLabel() {
        assertThat(SiteOwner.matches("Jane Roe", "janeroe", false)).isTrue();
        assertThat(SiteOwner.matches("José Núñez", "josenunez", false)).isTrue();
        assertThat(SiteOwner.matches("jane roe", "janeroe", false)).isFalse();
        assertThat(SiteOwner.matches("Roe", "roe", false)).isFalse();
        // one word that is the label: only in the site name the title ends with
        assertThat(SiteOwner.matches("About Krioda", "krioda", false)).isFalse();
        assertThat(SiteOwner.matches("Jane Pierce", "pierce", true)).isTrue();
    }

    @Test
    void aPersonInsideALineOpensWithAGivenNameAndSpellsTheLabel() {
        assertThat(SiteOwner.personInLine("© 2025 Jane Hollis. All rights reserved.", "janehollis")).isEqualTo("Jane Hollis");
        assertThat(SiteOwner.personInLine("Notes by Jane Q Hollis, woodworker", "janeqhollis")).isEqualTo("Jane Q Hollis");
        assertThat(SiteOwner.personInLine("Jane Hollis's shop", "janehollis")).isEqualTo("Jane Hollis");
        assertThat(SiteOwner.personInLine("Jane Hollisworth", "janehollis")).isNull();
        assertThat(SiteOwner.personInLine("Jane Hollis Studio", "janehollisstudiox")).isNull();
        assertThat(SiteOwner.personInLine("jane hollis", "janehollis")).isNull();
        assertThat(SiteOwner.personInLine("Riverton Timber", "rivertontimber")).isNull();
    }

    @Test
    void aPersonalSiteThatNamesNobodyIsWrittenByItsOwner() {
        String page = "Building a workbench | Jane Hollis\nHome\nAbout\n" + STORY;
        assertThat(ArticleParser.parse(page, at("https://woodshop.example/x")).authors()).isEmpty();
        assertThat(ArticleParser.parse(page).authors()).isEmpty();
        assertThat(ArticleParser.parse(page, at("https://janehollis.com/workbench")).authors()).containsExactly("Jane Hollis");
        assertThat(ArticleParser.parse(page, at("https://hollis.dev/workbench")).authors()).containsExactly("Jane Hollis");
        // on a line of its own (a footer's), the name must spell the whole label
        String line = "Building a workbench\nHome\nAbout\n" + STORY + STORY.replace("I ", "We ") + "Contact\nJane Hollis\n";
        assertThat(ArticleParser.parse(line, at("https://janehollis.com/workbench")).authors()).containsExactly("Jane Hollis");
        assertThat(ArticleParser.parse(line, at("https://hollis.dev/workbench")).authors()).isEmpty();
        // inside a line (a footer's copyright, a bio), a given name and words that spell the whole label
        String footer = "Building a workbench\nHome\nAbout\n" + STORY + "© 2025 Jane Hollis. All rights reserved.\n";
        assertThat(ArticleParser.parse(footer, at("https://janehollis.com/workbench")).authors()).containsExactly("Jane Hollis");
        assertThat(ArticleParser.parse(footer, at("https://hollis.dev/workbench")).authors()).isEmpty();
        String bio = "Building a workbench\nHome\nAbout\n" + STORY + "Thanks for reading Jane Hollis’s notes from the shop.\n";
        assertThat(ArticleParser.parse(bio, at("https://janehollis.com/workbench")).authors()).containsExactly("Jane Hollis");
        // a business named in prose is no given name and a surname
        String prose = "Building a workbench\nHome\nAbout\n" + STORY + "We buy our oak at Riverton Timber on Main Street.\n";
        assertThat(ArticleParser.parse(prose, at("https://rivertontimber.com/workbench")).authors()).isEmpty();
        // a byline wins over the address
        String bylined = "Building a workbench | Jane Hollis\nBy Sam Ortiz\n" + STORY;
        assertThat(ArticleParser.parse(bylined, at("https://janehollis.com/workbench")).authors()).containsExactly("Sam Ortiz");
    }
}
