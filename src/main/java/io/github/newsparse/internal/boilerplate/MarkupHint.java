package io.github.newsparse.internal.boilerplate;

import io.github.newsparse.internal.Page;
import io.github.newsparse.internal.Part;
import io.github.newsparse.internal.html.DomEvidence;
import java.util.List;

/**
 * What an HTML page's markup says of one line, as the general classifier reads it: a line in page
 * chrome or made of link text is not story; a line in the story's container is, whatever its
 * length (the story's headings, list items and table cells), unless a named rule labels it or it
 * falls outside the densest run of story.
 */
enum MarkupHint {
    CHROME, LINKS, STORY;

    /** Most of a line's characters in links: a menu entry, a teaser, a tag. */
    private static final double LINK_SHARE = 0.5;

    /** Each part's line evidence (null where there is none), all null for plain text: looked up once. */
    static DomEvidence.Line[] lines(Page page) {
        List<Part> parts = page.parts();
        DomEvidence.Line[] lines = new DomEvidence.Line[parts.size()];
        if (!page.dom().isEmpty()) {
            for (int i = 0; i < lines.length; i++) {
                lines[i] = page.dom().at(parts.get(i).unit().start());
            }
        }
        return lines;
    }

    /** Each line's hint, null where the markup says nothing. */
    static MarkupHint[] of(DomEvidence.Line[] lines) {
        MarkupHint[] hints = new MarkupHint[lines.length];
        for (int i = 0; i < lines.length; i++) {
            hints[i] = of(lines[i]);
        }
        return hints;
    }

    /**
     * Which lines the markup holds for captions ({@code figcaption}, a caption or credit class).
     * None when the caption lines hold more of the page's text than all its other lines outside
     * chrome and links: then the page is told in captions (a photo blog's post, a gallery), and
     * they are its story.
     */
    static boolean[] captions(DomEvidence.Line[] lines) {
        boolean[] marked = new boolean[lines.length];
        long captionChars = 0;
        long otherChars = 0;
        for (int i = 0; i < lines.length; i++) {
            DomEvidence.Line l = lines[i];
            marked[i] = l != null && l.inCaption();
            if (marked[i]) {
                captionChars += l.chars();
            } else if (l != null && of(l) != CHROME && of(l) != LINKS) {
                otherChars += l.chars();
            }
        }
        return captionChars > otherChars ? new boolean[lines.length] : marked;
    }

    /** Which lines have one of {@code kinds}, or are already set in {@code also}. */
    static boolean[] marked(MarkupHint[] hints, boolean[] also, MarkupHint... kinds) {
        boolean[] out = also.clone();
        for (int i = 0; i < hints.length; i++) {
            for (MarkupHint k : kinds) {
                out[i] |= hints[i] == k;
            }
        }
        return out;
    }

    /** Whether the markup shows page chrome or link lists around the text: then it is a web page. */
    static boolean showsChrome(MarkupHint[] hints) {
        for (MarkupHint h : hints) {
            if (h == CHROME || h == LINKS) {
                return true;
            }
        }
        return false;
    }

    /** The hint of a line, or null when the markup says nothing of it. */
    static MarkupHint of(DomEvidence.Line line) {
        if (line == null) {
            return null;
        }
        if (line.inChrome()) {
            return CHROME;
        }
        if (line.linkShare() >= LINK_SHARE) {
            return LINKS;
        }
        if (line.inStory()) {
            return STORY;
        }
        return null;
    }

    GeneralClassifier.Cls revise(GeneralClassifier.Cls cls) {
        return switch (this) {
            case CHROME, LINKS -> GeneralClassifier.Cls.BAD;
            case STORY -> GeneralClassifier.Cls.GOOD;
        };
    }
}
