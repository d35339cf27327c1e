package io.github.newsparse.internal.quotes;

import io.github.newsparse.Quote;
import io.github.newsparse.Speaker;
import io.github.newsparse.internal.Page;
import io.github.newsparse.internal.Part;
import java.util.List;

/** Finds direct quotes and reported speech in the body, and who said them. */
public final class QuoteFinder {

    private QuoteFinder() {
    }

    /** The quotes in text order and the speakers in order of first quote. */
    public record Result(List<Quote> quotes, List<Speaker> speakers) {
    }

    public static Result find(String input, List<Part> body, Page page) {
        return new Result(List.of(), List.of());
    }
}
