package io.github.newsparse;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.newsparse.internal.text.Chars;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The promises every parse keeps, whatever the input: offsets in bounds, blocks in order covering
 * every non-whitespace character exactly once, quote texts equal to their spans, speakers listed.
 */
public final class Invariants {

    private Invariants() {
    }

    public static void check(String input, Article a) {
        String text = a.text();
        assertThat(text).isNotNull();
        int n = text.length();
        assertThat(ArticleJson.fromJson(ArticleJson.toJson(a, "id", true))).as("JSON round trip").isEqualTo(a);
        checkBlocks(text, a.blocks());
        for (Paragraph p : a.paragraphs()) {
            assertThat(p.span().end()).as("paragraph end").isLessThanOrEqualTo(n);
            assertThat(p.text()).isNotBlank();
        }
        Set<String> names = new HashSet<>();
        for (Speaker s : a.speakers()) {
            assertThat(names.add(s.name())).as("speaker listed once: %s", s.name()).isTrue();
        }
        Set<Span> quoteSpans = new HashSet<>();
        for (Quote q : a.quotes()) {
            assertThat(quoteSpans.add(q.span())).as("one quote per span: %s", q.text()).isTrue();
            assertThat(q.span().end()).as("quote end").isLessThanOrEqualTo(n);
            assertThat(q.span().of(text)).as("quote text is its span").isEqualTo(q.text());
            assertThat(q.paragraph()).as("quote paragraph index").isLessThan(Math.max(1, a.paragraphs().size()));
            q.speaker().ifPresent(s -> assertThat(names.contains(s)).as("quote speaker %s in speakers", s).isTrue());
        }
        for (Caption c : a.captions()) {
            assertThat(c.span().end()).isLessThanOrEqualTo(n);
        }
        for (Note note : a.notes()) {
            assertThat(note.span().end()).isLessThanOrEqualTo(n);
        }
        a.copyright().ifPresent(c -> assertThat(c.span().end()).isLessThanOrEqualTo(n));
        a.dateline().ifPresent(d -> {
            assertThat(d.span().end()).isLessThanOrEqualTo(n);
            assertThat(d.span().of(text)).isEqualTo(d.text());
        });
    }

    static void checkBlocks(String text, List<Block> blocks) {
        int[] owners = new int[text.length()];
        int previousEnd = 0;
        for (Block b : blocks) {
            assertThat(b.span().start()).as("blocks in order, no overlap: %s", b).isGreaterThanOrEqualTo(previousEnd);
            assertThat(b.span().end()).as("block end in bounds").isLessThanOrEqualTo(text.length());
            assertThat(b.span().length()).as("block not empty").isPositive();
            assertThat(b.category().isPresent()).as("a boilerplate block, and only one, has a category: %s", b)
                    .isEqualTo(b.role() == io.github.newsparse.BlockRole.BOILERPLATE);
            for (int i = b.span().start(); i < b.span().end(); i++) {
                owners[i]++;
            }
            previousEnd = b.span().end();
        }
        // a plain loop with an assertion only where a character breaks the rule: one assertion
        // object per character took 20 s on the 50 MB pathological input
        for (int i = 0; i < text.length(); i++) {
            if (owners[i] != 1 && !Chars.isSpace(text.charAt(i))) {
                assertThat(owners[i]).as("character %d (U+%04X) lies in exactly one block", i, (int) text.charAt(i))
                        .isEqualTo(1);
            }
        }
    }
}
