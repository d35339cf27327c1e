package io.github.newsparse.internal;

import io.github.newsparse.BlockRole;
import io.github.newsparse.Caption;
import io.github.newsparse.Copyright;
import io.github.newsparse.Dateline;
import io.github.newsparse.PublicationDate;
import io.github.newsparse.internal.text.Unit;
import io.github.newsparse.internal.html.DomEvidence;
import io.github.newsparse.internal.html.PageMetadata;
import java.util.ArrayList;
import java.util.List;

/**
 * The working state of one parse: the input, its parts in order, and what the stages found.
 * Each stage reads and relabels parts; only {@link Pipeline} turns the page into an Article.
 */
public final class Page {
    private final String input;
    private final List<Part> parts = new ArrayList<>();

    private String headline;
    private final List<String> authors = new ArrayList<>();
    private PublicationDate published;
    private PublicationDate updated;
    private Part publishedFrom;
    private Dateline dateline;
    private final List<Caption> captions = new ArrayList<>();
    private Copyright copyright;
    private boolean fromHtml;
    private PageMetadata metadata = PageMetadata.NONE;
    private DomEvidence dom = DomEvidence.NONE;
    private java.util.Optional<String> url = java.util.Optional.empty();

    Page(String input, List<Unit> units) {
        this.input = input;
        for (Unit u : units) {
            parts.add(new Part(u, 0, u.text().length(), BlockRole.BODY, null));
        }
    }

    public String input() {
        return input;
    }

    /** The parts in input order; relabel them through {@link Part#label}. */
    public List<Part> parts() {
        return parts;
    }

    /**
     * Splits {@code part} at {@code at} (an index into its unit's text): the prefix gets
     * {@code prefixRole}, the rest keeps the part's label. Returns the rest.
     */
    public Part splitPrefix(Part part, int at, BlockRole prefixRole) {
        int i = parts.indexOf(part);
        Part[] two = part.split(at, prefixRole);
        parts.set(i, two[1]);
        parts.add(i, two[0]);
        return two[1];
    }

    public void headline(String h) {
        this.headline = h;
    }

    public String headline() {
        return headline;
    }

    public List<String> authors() {
        return authors;
    }

    /** Dates the page by {@code d}, stated rather than read on a line of the text. */
    public void published(PublicationDate d) {
        published(d, null);
    }

    public PublicationDate published() {
        return published;
    }

    /** Dates the page by {@code d}, read on {@code from} (null when no line of the text shows it). */
    public void published(PublicationDate d, Part from) {
        this.published = d;
        this.publishedFrom = from;
    }

    /** The part the publication date was read on, or null when it came from elsewhere. */
    public Part publishedFrom() {
        return publishedFrom;
    }

    public void updated(PublicationDate d) {
        this.updated = d;
    }

    public PublicationDate updated() {
        return updated;
    }

    public void dateline(Dateline d) {
        this.dateline = d;
    }

    public Dateline dateline() {
        return dateline;
    }

    public List<Caption> captions() {
        return captions;
    }


    public void copyright(Copyright c) {
        this.copyright = c;
    }

    public Copyright copyright() {
        return copyright;
    }

    /** Whether the text is the visible text of an HTML page (its first line the page title). */
    public boolean fromHtml() {
        return fromHtml;
    }

    void fromHtml(boolean html) {
        this.fromHtml = html;
    }

    /** The page's address, when the caller gave it ({@code ParserOptions.url}). */
    public java.util.Optional<String> url() {
        return url;
    }

    void url(java.util.Optional<String> u) {
        this.url = u;
    }

    /** What the HTML page states about itself in its markup; none for plain text. */
    public PageMetadata metadata() {
        return metadata;
    }

    void metadata(PageMetadata m) {
        this.metadata = m;
    }

    /** What the HTML page's markup says of each line; none for plain text. */
    public DomEvidence dom() {
        return dom;
    }

    void dom(DomEvidence d) {
        this.dom = d;
    }
}
