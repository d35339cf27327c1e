package io.github.newsparse.internal;

import io.github.newsparse.Article;
import io.github.newsparse.Block;
import io.github.newsparse.BlockRole;
import io.github.newsparse.BoilerplateCategory;
import io.github.newsparse.Paragraph;
import io.github.newsparse.Note;
import io.github.newsparse.PageKind;
import io.github.newsparse.ParserOptions;
import io.github.newsparse.Span;
import io.github.newsparse.internal.boilerplate.BoilerplateClassifier;
import io.github.newsparse.internal.html.DomEvidence;
import io.github.newsparse.internal.html.HtmlText;
import io.github.newsparse.internal.html.PageMetadata;
import io.github.newsparse.internal.quotes.QuoteFinder;
import io.github.newsparse.internal.structure.PageKindModel;
import io.github.newsparse.internal.structure.StructureFinder;
import io.github.newsparse.internal.text.LineSplitter;
import io.github.newsparse.internal.text.Segmenter;
import io.github.newsparse.internal.text.Unit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Runs the stages in order: segmentation, boilerplate classification, structure, quotes, and
 * the assembly of the {@link Article}. Stateless; each call works on its own {@link Page}.
 */
public final class Pipeline {

    private Pipeline() {
    }

    /** Set (to "true") in the project's own tests, so that a bug fails the test instead of degrading. */
    static final String FAIL_FAST_PROPERTY = "newsparse.failFast";

    /**
     * Parses {@code text}. A bug in a stage must never cost the caller the document: if one
     * throws, the whole input comes back as one unparsed block (tests run with
     * {@value #FAIL_FAST_PROPERTY} set, so there the bug fails the test instead).
     */
    public static Article run(String text, ParserOptions options) {
        return run(text, options, PageMetadata.NONE, DomEvidence.NONE, false);
    }

    /** Parses an HTML page: its visible text and what its markup states. */
    public static Article run(HtmlText.HtmlPage page, ParserOptions options) {
        return run(page.text(), withStatedAddress(options, page.metadata()), page.metadata(), page.dom(), true);
    }

    /**
     * {@code options} with the page's own address ({@code <link rel=canonical>}, then {@code
     * og:url}) when the caller gave none and the page states an absolute http(s) one.
     */
    static ParserOptions withStatedAddress(ParserOptions options, PageMetadata metadata) {
        if (options.url().isPresent()) {
            return options;
        }
        for (PageMetadata.Source source : List.of(PageMetadata.Source.META, PageMetadata.Source.OPEN_GRAPH)) {
            for (String address : metadata.values(PageMetadata.Field.ADDRESS, source)) {
                try {
                    return options.toBuilder().url(address).build();
                } catch (IllegalArgumentException e) {
                    // a relative or malformed address says nothing about the page: try the next
                }
            }
        }
        return options;
    }

    private static Article run(String text, ParserOptions options, PageMetadata metadata, DomEvidence dom,
                               boolean html) {
        try {
            return parse(text, options, metadata, dom, html);
        } catch (RuntimeException | StackOverflowError e) {
            if (Boolean.getBoolean(FAIL_FAST_PROPERTY)) {
                throw e;
            }
            List<Block> all = Coverage.close(text, List.of());
            List<Block> unparsed = all.stream().map(b -> new Block(BlockRole.BOILERPLATE,
                    Optional.of(BoilerplateCategory.UNPARSED), b.span())).toList();
            return new Article(text, PageKind.OTHER, Optional.empty(), List.of(), Optional.empty(), Optional.empty(),
                    Optional.empty(), List.of(), List.of(), List.of(), List.of(), Optional.empty(), List.of(), unparsed);
        }
    }

    /** What the stages found on one page, before it becomes an {@link Article}. */
    record Stages(Page page, int limit, List<Paragraph> paragraphs, QuoteFinder.Result quotes) {
    }

    /** Runs the stages on {@code text}. */
    static Stages stages(String text, ParserOptions options, PageMetadata metadata, DomEvidence dom, boolean html) {
        int limit = limit(text, options.maxInputLength());
        Page page = classified(text, limit, options, metadata, dom, html);
        StructureFinder.apply(page);
        io.github.newsparse.internal.structure.UrlDate.apply(page, options.url());
        io.github.newsparse.internal.structure.SiteOwner.apply(page, options.url());
        List<Paragraph> paragraphs = new ArrayList<>();
        List<Part> bodyParts = new ArrayList<>();
        for (Part p : page.parts()) {
            if (p.isBody() && !p.text().isEmpty()) {
                paragraphs.add(new Paragraph(p.text(), p.span()));
                bodyParts.add(p);
            }
        }
        QuoteFinder.Result quotes = QuoteFinder.find(text, bodyParts, page);
        return new Stages(page, limit, paragraphs, quotes);
    }

    /** The page with its parts segmented and classified: the ground the later stages work on. */
    static Page classified(String text, int limit, ParserOptions options, PageMetadata metadata, DomEvidence dom,
                           boolean html) {
        List<Unit> units = Segmenter.segment(text, LineSplitter.split(text, limit));
        Page page = new Page(text, units);
        page.fromHtml(html);
        page.url(options.url());
        page.metadata(metadata);
        page.dom(dom);
        BoilerplateClassifier.classify(page, options.rules());
        return page;
    }

    /**
     * The page-kind model's features of {@code text} and the page's word counts: for the
     * training script's dump tool.
     */
    static double[] pageFeatures(String text, ParserOptions options, PageKindModel.WordSink words) {
        Stages s = stages(text, options, PageMetadata.NONE, DomEvidence.NONE, false);
        PageKindModel.countWords(s.page(), options.url(), words);
        return PageKindModel.features(s.page(), s.paragraphs(), s.quotes().quotes().size(), options.url());
    }

    private static Article parse(String text, ParserOptions options, PageMetadata metadata, DomEvidence dom,
                                 boolean html) {
        Stages s = stages(text, options, metadata, dom, html);
        Page page = s.page();
        List<Paragraph> paragraphs = s.paragraphs();
        QuoteFinder.Result quotes = s.quotes();
        List<Block> blocks = BlockAssembler.assemble(text, page.parts(), s.limit());
        PageKind kind = PageKindModel.classify(page, paragraphs, quotes.quotes().size(), options.url());
        return new Article(text, kind, Optional.ofNullable(page.headline()), page.authors(),
                Optional.ofNullable(page.published()), Optional.ofNullable(page.updated()),
                Optional.ofNullable(page.dateline()), paragraphs, quotes.quotes(), quotes.speakers(),
                page.captions(), Optional.ofNullable(page.copyright()), notes(page.parts(), blocks), blocks);
    }

    /**
     * One note per {@code note} block, with the block's span: the contract prints notes as
     * strings, so a reader of the JSON finds each note's span in its block.
     */
    private static List<Note> notes(List<Part> parts, List<Block> blocks) {
        List<Note> notes = new ArrayList<>();
        int b = 0;
        for (Part p : parts) {
            if (p.span().length() == 0) {
                continue; // no block for it (BlockAssembler)
            }
            if (p.role() == BlockRole.NOTE && !p.text().isEmpty()) {
                notes.add(new Note(p.text(), blocks.get(b).span()));
            }
            b++;
        }
        return notes;
    }

    /** Where parsing stops: the input length, or the limit moved off a surrogate pair's middle. */
    static int limit(String text, int max) {
        if (text.length() <= max) {
            return text.length();
        }
        int at = max;
        if (Character.isLowSurrogate(text.charAt(at)) && Character.isHighSurrogate(text.charAt(at - 1))) {
            at--;
        }
        return at;
    }

    /** Turns parts into blocks that cover every non-whitespace input character exactly once. */
    static final class BlockAssembler {
        private BlockAssembler() {
        }

        static List<Block> assemble(String text, List<Part> parts, int limit) {
            List<Block> raw = new ArrayList<>(parts.size() + 1);
            for (Part p : parts) {
                Span s = p.span();
                if (s.length() > 0) {
                    raw.add(new Block(p.role(), Optional.ofNullable(p.category()), s));
                }
            }
            if (limit < text.length()) {
                raw.add(new Block(BlockRole.BOILERPLATE, Optional.of(BoilerplateCategory.UNPARSED),
                        new Span(limit, text.length())));
            }
            return Coverage.close(text, raw);
        }
    }
}
