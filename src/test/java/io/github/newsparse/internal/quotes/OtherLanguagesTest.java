package io.github.newsparse.internal.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.newsparse.ArticleParser;
import io.github.newsparse.Quote;
import io.github.newsparse.QuoteKind;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Quotes in Spanish, French and German articles: their marks, cues and titles. One shape per test. */
class OtherLanguagesTest {

    private static List<Quote> quotes(String text) {
        return ArticleParser.parse("Crecida\n\n" + text).quotes();
    }

    private static Quote only(List<Quote> quotes) {
        assertThat(quotes).hasSize(1);
        return quotes.get(0);
    }

    @Test
    void spanishGuillemetsAndACueAfter() {
        Quote q = only(quotes("«El dique aguantará hasta la primavera», dijo la alcaldesa Ana Ruiz."));
        assertThat(q.kind()).isEqualTo(QuoteKind.DIRECT);
        assertThat(q.text()).isEqualTo("El dique aguantará hasta la primavera");
        assertThat(q.speaker()).contains("Ana Ruiz");
        assertThat(q.title()).contains("alcaldesa");
        assertThat(q.cue()).contains("dijo");
    }

    @Test
    void anAdverbAfterAnInvertedCueIsTheCuesNotTheSpeakers() {
        Quote q = only(quotes("„Der Damm wird bis zum Frühling halten“, sagte auch die Bürgermeisterin Anna Roth."));
        assertThat(q.speaker()).contains("Anna Roth");
        assertThat(q.mention()).contains("die Bürgermeisterin Anna Roth");
        assertThat(q.cue()).contains("sagte auch");
    }

    @Test
    void frenchCompoundPastCue() {
        Quote q = only(quotes("« La digue tiendra jusqu'au printemps », a déclaré la maire Anne Dubois."));
        assertThat(q.speaker()).contains("Anne Dubois");
        assertThat(q.cue()).contains("a déclaré");
    }

    @Test
    void germanCompoundRolesAndEmployersDescribeThePerson() {
        Quote q = only(quotes("„Wir hoffen, dass es nicht zu warm wird“, sagte Pressesprecher Reinald Achilles."));
        assertThat(q.speaker()).contains("Reinald Achilles");
        assertThat(q.title()).contains("Pressesprecher");
        Quote leyen = only(quotes("„Wir werden handeln“, sagte EU-Kommissionspräsidentin Ursula von der Leyen."));
        assertThat(leyen.speaker()).contains("Ursula von der Leyen");
        assertThat(leyen.title()).contains("EU-Kommissionspräsidentin");
        Quote ing = only(quotes("„Die Zinsen bleiben stabil“, erklärt Carsten Brzeski von der Direktbank ING."));
        assertThat(ing.speaker()).contains("Carsten Brzeski");
        assertThat(ing.affiliation()).contains("Direktbank ING");
    }

    @Test
    void spanishCompoundPastAndANameAfterDeIsNoPerson() {
        Quote q = only(quotes("“El fuego ha retornado y vuelve hacia el municipio”, ha advertido el alcalde Francisco"
                + " Reyes."));
        assertThat(q.speaker()).contains("Francisco Reyes");
        assertThat(q.cue()).contains("ha advertido");
        // "de la Comisión Europea" names whom the role serves, not the speaker
        Quote vdl = only(quotes("La presidenta de la Comisión Europea aseguró que sigue con tristeza las noticias que"
                + " llegan desde Almería."));
        assertThat(vdl.speaker().orElse("")).isNotEqualTo("Comisión Europea");
        assertThat(vdl.title()).contains("presidenta");
        assertThat(vdl.affiliation()).contains("Comisión Europea");
        // an acronym is no German "mit"
        assertThat(only(quotes("MIT researchers said the model learns from fewer examples than before.")).mention())
                .contains("MIT researchers");
    }

    @Test
    void aGermanGivenNameIntroducesTheFullName() {
        Quote q = only(quotes("Annalena Baerbock besuchte am Montag Damaskus.\n\n„Wir helfen, wo wir können“, sagte"
                + " Baerbock."));
        assertThat(q.speaker()).contains("Annalena Baerbock");
    }

    @Test
    void anAdjunctAfterAnInvertedSpeakerInOtherLanguages() {
        assertThat(only(quotes("“La política migratoria solo puede ser sostenible”, dice Von der Leyen en su carta."))
                .speaker()).contains("Von der Leyen");
        assertThat(only(quotes("« La situation est grave », explique Anne Dubois dans un entretien.")).speaker())
                .contains("Anne Dubois");
    }

    @Test
    void czechAndPolishCuesAfterAQuote() {
        assertThat(only(quotes("„Nebudu se vyjadřovat k tomu, co se řešilo u soudu,“ řekl advokát Pavel Lízal."))
                .speaker()).contains("Pavel Lízal");
        assertThat(only(quotes("„Moi przedstawiciele udają się do Islamabadu” – napisał Donald Trump.")).speaker())
                .contains("Donald Trump");
    }

    @Test
    void aGermanCompoundTitleIsATitle() {
        // "Pressesprecher" was no title: the person it introduced was unknown, and the surname alone
        // after "so" had no speaker
        Quote q = only(quotes("Zum Marathon-Ende zog Pressesprecher Reinald Achilles eine erste Bilanz.\n\n"
                + "„Im Großen und Ganzen ist alles im Rahmen geblieben“, so Achilles. Dennoch reichte es nicht."));
        assertThat(q.speaker()).contains("Reinald Achilles");
        assertThat(q.title()).contains("Pressesprecher");
        // a short word before the head is no compound: "Administer" is no minister
        assertThat(only(quotes("“We will give the vaccine to every child,” said Administer Jones.")).title()).isEmpty();
    }

    @Test
    void swahiliCuesAfterAQuoteAndBeforeAClause() {
        // "amesema Magomi" and "alisema …" were no cues: the quote had no speaker, the clause was no statement
        assertThat(only(quotes("“Gobore hilo lilikuwa limepakizwa kwenye gari la mizigo,” amesema Ana Magomi."))
                .speaker()).contains("Ana Magomi");
        Quote reported = only(quotes("Ana Magomi alisema polisi walifanikiwa kukamata silaha katika kijiji cha Bugomba."));
        assertThat(reported.kind()).isEqualTo(QuoteKind.INDIRECT);
        assertThat(reported.speaker()).contains("Ana Magomi");
    }

    @Test
    void icelandicCuesAndAPlaceOrOccasionAfterTheSpeaker() {
        assertThat(only(quotes("„Við komum til Noregs til að styðja við þá,“ segir Eydís Mary Jónsdóttir í samtali við"
                + " mbl.is.")).speaker()).contains("Eydís Mary Jónsdóttir");
        assertThat(only(quotes("„Moi przedstawiciele udają się do Islamabadu” – napisał Donald Trump w mediach"
                + " społecznościowych.")).speaker()).contains("Donald Trump");
    }

    @Test
    void germanLowAndHighQuotes() {
        Quote q = only(quotes("„Der Deich wird bis zum Frühjahr halten“, sagte Bürgermeisterin Anna Berger."));
        assertThat(q.text()).isEqualTo("Der Deich wird bis zum Frühjahr halten");
        assertThat(q.speaker()).contains("Anna Berger");
        assertThat(q.title()).contains("Bürgermeisterin");
    }

    @Test
    void reportedSpeechWithQueAndDass() {
        Quote es = only(quotes("Ana Ruiz afirmó que el pueblo está preparado para la tormenta."));
        assertThat(es.kind()).isEqualTo(QuoteKind.INDIRECT);
        assertThat(es.text()).isEqualTo("el pueblo está preparado para la tormenta");
        Quote de = only(quotes("Anna Berger erklärte, die Stadt sei auf den Sturm vorbereitet."));
        assertThat(de.text()).isEqualTo("die Stadt sei auf den Sturm vorbereitet");
        assertThat(de.cue()).contains("erklärte");
    }

    @Test
    void segunAndSelonNameTheSource() {
        Quote es = only(quotes("La alcaldesa Ana Ruiz visitó el dique. Según la alcaldesa, las bombas están listas."));
        assertThat(es.cue()).contains("según");
        assertThat(es.speaker()).contains("Ana Ruiz");
        Quote fr = only(quotes("Les pompes sont prêtes pour la tempête, selon la préfecture."));
        assertThat(fr.text()).isEqualTo("Les pompes sont prêtes pour la tempête");
        assertThat(fr.cue()).contains("selon");
    }

    @Test
    void dialogueDashesAroundTheAside() {
        List<Quote> qs = quotes("La alcaldesa Ana Ruiz visitó el dique.\n\n—No sé qué pasará mañana —dijo Ruiz—. "
                + "Pero estamos listos para la tormenta.");
        assertThat(qs).hasSize(2);
        assertThat(qs).allMatch(q -> q.kind() == QuoteKind.DIRECT && q.speaker().orElse("").equals("Ana Ruiz"));
        assertThat(qs.get(0).text()).isEqualTo("No sé qué pasará mañana");
    }

    @Test
    void aDashWithoutASpeakingAsideIsNoDialogue() {
        assertThat(quotes("— Las bombas funcionan desde el lunes — y el dique también.")).isEmpty();
    }

    @Test
    void aThirdPersonPronounIsThePersonNamedBefore() {
        List<Quote> de = quotes("Bürgermeister Jan Roth besuchte am Montag den Deich.\n\n"
                + "Er sagte: „Der Deich hält bis zum Frühjahr.“");
        assertThat(only(de).speaker()).contains("Jan Roth");
        assertThat(only(de).mention()).contains("Er");
        List<Quote> fr = quotes("La maire Anne Dubois a visité la digue lundi.\n\n"
                + "Elle a déclaré : « La digue tiendra jusqu'au printemps. »");
        assertThat(only(fr).speaker()).contains("Anne Dubois");
    }

    @Test
    void aLinkWordOfTheOtherLanguagesIsNoSpeaker() {
        assertThat(quotes("Und mehr noch: „Der Bot erklärt jede Aufgabe noch einmal ganz genau.“"))
                .noneMatch(q -> q.speaker().orElse("").equals("Und"));
    }

    @Test
    void moreSpanishCuesAndNoCliticInTheSubject() {
        Quote q = only(quotes("«Avanzó quince kilómetros en dos horas», resumió el alcalde Juan Moreno."));
        assertThat(q.speaker()).contains("Juan Moreno");
        assertThat(q.cue()).contains("resumió");
        // "le" before the verb is its object, never part of the subject's name
        Quote r = only(quotes("Bruselas le ha recordado que debe cumplir la normativa europea."));
        assertThat(r.mention()).contains("Bruselas");
        assertThat(r.cue()).contains("ha recordado");
        // "resume" is an English word too: no cue
        assertThat(quotes("The talks resume in earnest next week after the break.")).isEmpty();
    }

    @Test
    void aRoleHeldElsewhereIsNotThePersonWhoHoldsItHere() {
        List<Quote> found = quotes("«Ha llegado al pueblo», dijo el alcalde de Lubrín, Juan Moreno.\n\n"
                + "«Fuimos puerta por puerta», asegura el alcalde de Bédar.");
        assertThat(found).extracting(x -> x.speaker().orElse("")).containsExactly("Juan Moreno", "");
    }

    @Test
    void aPrepositionOrADemonstrativeOfAnotherLanguageIsNoSpeaker() {
        // "Dies teilte das Kommando mit": the object before a verb-second verb was the speaker "Dies"
        assertThat(quotes("Die Stadt schließt den Hafen. Dies teilte das zuständige Kommando des Landes am Montag mit."))
                .extracting(x -> x.mention().orElse("")).doesNotContain("Dies");
        // "über die Aristoteles sprach": a relative clause's phrase, never a group
        assertThat(quotes("Das ist nicht die Art von Mut, über die Aristoteles sprach – die Art, die als Vermittler dient."))
                .extracting(x -> x.mention().orElse("")).noneMatch(m -> m.startsWith("über"));
    }

    @Test
    void aPronounAfterTheCueMayHaveAnAdjunctAfterIt() {
        // "sagt er im Gespräch mit …": the pronoun after the cue was read as a clause's subject, so the quote was lost
        List<Quote> qs = quotes("Ana Ruiz stand am Deich. „Wir haben alles getan, was wir konnten“, sagt sie im Gespräch mit unserer Redaktion.");
        Quote q = only(qs);
        assertThat(q.mention()).contains("sie");
        assertThat(q.cue()).contains("sagt");
    }

    @Test
    void afterAGermanOrFrenchClosingMarkTheVerbComesFirstWhateverItIs() {
        // each quote had no speaker, or was lost: "so" and verbs outside the lexicon name no cue
        assertThat(only(quotes("Der Deich hält. „Wir sind vorbereitet“, so Ana Ruiz.")).speaker()).contains("Ana Ruiz");
        assertThat(only(quotes("Der Deich hält. „Wir sind vorbereitet“, prognostizierte Ana Ruiz.")).cue())
                .contains("prognostizierte");
        assertThat(only(quotes("La digue tient. « Nous sommes prêts », estime Anne Dubois.")).speaker()).contains("Anne Dubois");
        // whom it was said to, and an adverb, around the speaker
        assertThat(only(quotes("Der Deich hält. „Wir sind vorbereitet“, sagte Ruiz dieser Redaktion.")).speaker())
                .contains("Ruiz");
        assertThat(only(quotes("Der Deich hält. „Wir sind vorbereitet“, kritisiert etwa Ana Ruiz.")).speaker())
                .contains("Ana Ruiz");
        Quote role = only(quotes("Der Deich hält. „Wir sind vorbereitet“, so der Feuerwehrsprecher weiter."));
        assertThat(role.mention()).contains("der Feuerwehrsprecher");
        assertThat(role.title()).contains("Feuerwehrsprecher");
        // a word after the comma that opens no speaker attributes nothing
        assertThat(quotes("Der Deich hält. „Wir sind vorbereitet“, in der Stadt bleibt es ruhig."))
                .allSatisfy(q -> assertThat(q.mention()).isEmpty());
    }

    @Test
    void aCapitalisedWordBetweenAnArticleAndANameIsTheRole() {
        // "der Arzt Hilary Jones" had the name "Arzt Hilary Jones" and the title "der"
        Quote q = only(quotes("Der Deich hält. „Wir sind vorbereitet“, sagt der Arzt Hilary Jones."));
        assertThat(q.speaker()).contains("Hilary Jones");
        assertThat(q.title()).contains("Arzt");
    }

    @Test
    void aGermanSubjectAfterItsVerbWhenAnAdverbOrAPhraseComesFirst() {
        // the speaker was the first phrase: "Dazu", "Am Montag"
        assertThat(only(quotes("Die Stadt plant neue Deiche. Dazu sagte Bürgermeisterin Anna Ruiz: "
                + "„Wir tun alles, um die Stadt zu schützen.“")).speaker()).contains("Anna Ruiz");
        assertThat(only(quotes("Die Stadt plant neue Deiche. Am Montag erklärte Ruiz: "
                + "„Wir tun alles, um die Stadt zu schützen.“")).speaker()).contains("Ruiz");
        // a subject first keeps its place, whatever follows the verb
        assertThat(only(quotes("Die Stadt plant neue Deiche. Ruiz sagte am Montag: "
                + "„Wir tun alles, um die Stadt zu schützen.“")).speaker()).contains("Ruiz");
        // a clause that such a word opens names no speaker ("Wie die Zeitung damals" reported the statement)
        assertThat(quotes("Die Stadt plant neue Deiche. Wie die Zeitung damals berichtete, wies das Gericht den "
                + "Antrag der Stadt im Dezember als unzulässig zurück.")).allSatisfy(q -> assertThat(q.mention()).isEmpty());
    }

    @Test
    void moreGermanVerbsOfSaying() {
        // "schrieb" and "fragt" were no cues: no statement, and the speaker "Seine Augen"
        Quote wrote = only(quotes("Der Deich hält. Die Abgeordnete Anna Ruiz schrieb, das Wasser sei eine große Gefahr für die Stadt."));
        assertThat(wrote.kind()).isEqualTo(QuoteKind.INDIRECT);
        assertThat(wrote.speaker()).contains("Anna Ruiz");
        assertThat(wrote.text()).isEqualTo("das Wasser sei eine große Gefahr für die Stadt");
        assertThat(only(quotes("Der Deich hält. Seine Augen sind glasig, als die Reporterin Anna Ruiz fragt: "
                + "„Wann kommt das Wasser zurück?“")).speaker()).hasValueSatisfying(s -> assertThat(s).endsWith("Anna Ruiz"));
    }

    @Test
    void aGermanArticleAfterASurnameOpensTheObjectNotTheName() {
        // "Olaf Scholz der Zeitung" and "Nora Back den Demonstranten" were the speakers
        assertThat(only(quotes("„Wir sind bereit“, sagte Olaf Scholz der Zeitung.")).speaker())
                .contains("Olaf Scholz");
        assertThat(only(quotes("„Wir sind bereit“, ruft Nora Back den Demonstranten am Rathaus zu.")).speaker())
                .contains("Nora Back");
        // as a particle after the first name or another particle it is still the name's
        assertThat(only(quotes("„Wir sind bereit“, sagte Ursula von der Leyen.")).speaker())
                .contains("Ursula von der Leyen");
        assertThat(only(quotes("“We are ready,” said Joop den Uyl.")).speaker()).contains("Joop den Uyl");
        assertThat(only(quotes("“We will appeal,” said Judge Nigel Van der Bijl.")).speaker())
                .contains("Nigel Van der Bijl");
        // a titled name, then the article: the person, not the agency they spoke to
        assertThat(only(quotes("„Das ist ein Kampf“, sagt Experte Bernd Bönte der Deutschen Presse-Agentur."))
                .speaker()).contains("Bernd Bönte");
    }

    @Test
    void danishPronounsAfterTheCueAreTheSpeaker() {
        // "siger hun" and "fortæller hun" named no one: "hun" was no pronoun, "fortæller" no cue
        List<Quote> qs = ArticleParser.parse("Restaurant i Aarhus\n\nMette Hansen driver en lille restaurant "
                + "i centrum af Aarhus sammen med sin mand.\n\n»Vi var ikke bange for folk,« siger hun.\n\n"
                + "»Hipsterhøjen var vores legeplads,« fortæller hun.").quotes();
        assertThat(qs).extracting(q -> q.speaker().orElse(null)).containsExactly("Mette Hansen", "Mette Hansen");
        assertThat(qs).extracting(q -> q.cue().orElse(null)).containsExactly("siger", "fortæller");
        // capitalised, the same word is a name: "Han" said it, no "he"
        assertThat(only(quotes("“We will build more schools,” Han said.")).speaker()).contains("Han");
    }

    @Test
    void anAdverbBeforeTheVerbOfAVerbSecondLanguageIsNoSpeaker() {
        // "Videre" ("further") spoke: in Norwegian the verb comes second, after any opening word
        String page = "Fødsel i Oslo\n\nJordmor Kari Damli har jobbet på sykehuset i tjue år.\n\n"
                + "Videre forteller Damli lattermildt at Eriksen måtte ha et planleggingsmøte med henne.\n\n"
                + "Damli forteller at hun har jobbet som jordmor i tjue år.";
        List<Quote> qs = ArticleParser.parse(page).quotes();
        assertThat(qs).noneMatch(q -> q.mention().equals(java.util.Optional.of("Videre")));
        assertThat(qs).anyMatch(q -> q.mention().equals(java.util.Optional.of("Damli")));
    }

    @Test
    void aVerbAfterSegunIsNoPartOfTheSource() {
        // "según explicó la ministra" had the speaker "explicó la ministra"
        List<Quote> qs = ArticleParser.parse("El dique\n\nEl pleno aprobó ayer el plan del dique.\n\nSegún explicó la"
                + " ministra, el plan costará dos millones de euros.\n\nLa obra, según alertó el Consejo de Europa,"
                + " vulnera las normas de la cuenca.\n").quotes();
        assertThat(qs).extracting(q -> q.mention().orElse(null)).containsExactly("la ministra", "el Consejo de Europa");
    }

    @Test
    void aGermanClauseOpensAfterTheCommaThatEndsTheCuesAdjuncts() {
        // the statements opened with "auf Anfrage mit, …", "daraufhin, …" and "am Montag in Berlin, …"
        assertThat(only(quotes("Die Armee teilte auf Anfrage mit, die Berichte würden geprüft.")).text())
                .isEqualTo("die Berichte würden geprüft");
        assertThat(only(quotes("Der Trainer erklärte daraufhin, der Spieler leide seit einem Sturz unter Schmerzen.")).text())
                .isEqualTo("der Spieler leide seit einem Sturz unter Schmerzen");
        assertThat(only(quotes("Der Sprecher sagte am Abend, dass die Lage ernst sei und sich nicht bessern werde.")).text())
                .isEqualTo("die Lage ernst sei und sich nicht bessern werde");
        // a determiner before the comma opens the verb's object, which stays its content
        assertThat(only(quotes("Die Ministerin betonte die Bedeutung der Arbeit, die seit Jahren geleistet werde.")).text())
                .isEqualTo("die Bedeutung der Arbeit, die seit Jahren geleistet werde");
    }

    @Test
    void wordsBeforeAGermanArticleAndABodysNameAreNoTitle() {
        // the speaker was a person "Berliner Polizei" titled "eines Sprechers der"
        Quote q = only(quotes("Laut eines Sprechers der Berliner Polizei wurde bei dem Brand niemand verletzt."));
        assertThat(q.speaker()).contains("eines Sprechers der Berliner Polizei");
        assertThat(q.title()).isEmpty();
        // a person's name after the article keeps its person
        Quote person = only(quotes("„Wie würden Sie das nennen?“, fragt als die Interviewerin Roni Aviram."));
        assertThat(person.speaker()).hasValueSatisfying(s -> assertThat(s).endsWith("Roni Aviram"));
    }

    @Test
    void theLinkBeforeAnotherLanguagesClosingSpeakerIsNoPartOfIt() {
        // the speaker was "wie Mitarbeiter des Spitals": "as staff of the hospital said"
        Quote q = only(quotes("Neun Personen wurden bei dem Hochwasser verletzt, wie Mitarbeiter des Spitals sagten."));
        assertThat(q.speaker()).contains("Mitarbeiter des Spitals");
        assertThat(q.cue()).contains("sagten");
    }
}
