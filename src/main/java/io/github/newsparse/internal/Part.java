package io.github.newsparse.internal;

import io.github.newsparse.BlockRole;
import io.github.newsparse.BoilerplateCategory;
import io.github.newsparse.Span;
import io.github.newsparse.internal.text.Unit;
import io.github.newsparse.internal.text.Words;

/**
 * A labelled piece of a unit: the whole unit, or a prefix the structure stage split off (a date
 * stamp, a dateline). {@code [from, to)} indexes the unit's normalised text. Mutable working state
 * of one parse; never shared.
 */
public final class Part {
    private final Unit unit;
    private final int from;
    private final int to;
    private BlockRole role;
    private BoilerplateCategory category;
    /** {@link #text()}, computed once: every stage reads it. */
    private String text;
    /** {@link #wordCount()}, computed once; -1 until then. */
    private int wordCount = -1;

    Part(Unit unit, int from, int to, BlockRole role, BoilerplateCategory category) {
        this.unit = unit;
        this.from = from;
        this.to = to;
        this.role = role;
        this.category = category;
    }

    public Unit unit() {
        return unit;
    }

    public int from() {
        return from;
    }

    public int to() {
        return to;
    }

    public BlockRole role() {
        return role;
    }

    /** The boilerplate category, or null for content. */
    public BoilerplateCategory category() {
        return category;
    }

    /** The normalised text of this part, trimmed. */
    public String text() {
        if (text == null) {
            text = unit.string().substring(from, to).strip();
        }
        return text;
    }

    /**
     * How many words {@link #text()} has, computed once: its space-separated words, with Chinese
     * and Japanese written without spaces counted by characters ({@link Words#readingCount}).
     */
    public int wordCount() {
        if (wordCount < 0) {
            wordCount = Words.readingCount(text());
        }
        return wordCount;
    }

    /** Where {@link #text()} starts in the unit's normalised text (past leading spaces). */
    public int textStart() {
        int s = from;
        String t = unit.string();
        while (s < to && t.charAt(s) == ' ') {
            s++;
        }
        return s;
    }

    /** The input span of {@code [from, to)} of the unit's normalised text. */
    public Span inputSpan(int start, int end) {
        return unit.text().toInput(start, end);
    }

    /** The input span of this part, trimmed of spaces. */
    public Span span() {
        int s = from;
        int e = to;
        String t = unit.string();
        while (s < e && t.charAt(s) == ' ') {
            s++;
        }
        while (e > s && t.charAt(e - 1) == ' ') {
            e--;
        }
        return unit.text().toInput(s, e);
    }

    public boolean isBody() {
        return role == BlockRole.BODY;
    }

    public void label(BlockRole newRole, BoilerplateCategory newCategory) {
        this.role = newRole;
        this.category = newRole == BlockRole.BOILERPLATE ? newCategory : null;
    }

    /** Splits off {@code [from, at)} as a new part with {@code prefixRole}; returns the rest. */
    Part[] split(int at, BlockRole prefixRole) {
        Part head = new Part(unit, from, at, prefixRole, null);
        Part rest = new Part(unit, at, to, role, category);
        return new Part[] {head, rest};
    }

    @Override
    public String toString() {
        return role + (category == null ? "" : "/" + category) + ": " + text();
    }
}
