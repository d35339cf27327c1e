package io.github.newsparse.internal.structure;

import io.github.newsparse.internal.Page;

/** Finds headline, byline, dateline and dates, relabelling the parts that hold them. */
public final class StructureFinder {

    private StructureFinder() {
    }

    public static void apply(Page page) {
        // Filled in by the structure stage.
    }
}
