package io.github.newsparse.internal.structure;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.newsparse.internal.html.PageMetadata;
import io.github.newsparse.internal.html.PageMetadata.Candidate;
import io.github.newsparse.internal.html.PageMetadata.Field;
import io.github.newsparse.internal.html.PageMetadata.Source;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How the headline is trimmed by what the page's markup states. */
class StatedMetadataTest {

    private static PageMetadata meta(Candidate... cs) {
        return new PageMetadata(List.of(cs));
    }

    @Test
    void aStatedTitleWithTheSiteNameAfterItConfirmsItsHeadBehindALabel() {
        PageMetadata m = meta(new Candidate(Field.TITLE, Source.OPEN_GRAPH, "Bridge works begin on Monday | Riverton Daily"),
                new Candidate(Field.SITE_NAME, Source.OPEN_GRAPH, "Riverton Daily"));
        assertThat(StatedMetadata.withoutSiteSuffix("Blog: Bridge works begin on Monday", m))
                .isEqualTo("Bridge works begin on Monday");
        // without the site's name the stated title confirms nothing but itself
        PageMetadata noSite = meta(new Candidate(Field.TITLE, Source.OPEN_GRAPH,
                "Bridge works begin on Monday | Riverton Daily"));
        assertThat(StatedMetadata.withoutSiteSuffix("Blog: Bridge works begin on Monday", noSite))
                .isEqualTo("Blog: Bridge works begin on Monday");
    }

    @Test
    void aSitePrefixIsCutWhenThePartAfterItIsTheStatedTitle() {
        PageMetadata m = meta(new Candidate(Field.TITLE, Source.OPEN_GRAPH, "Bridge works begin on Monday"));
        assertThat(StatedMetadata.withoutSiteSuffix("Riverton Daily - Bridge works begin on Monday", m))
                .isEqualTo("Bridge works begin on Monday");
        // a stated title that is the whole line keeps it whole
        PageMetadata whole = meta(new Candidate(Field.TITLE, Source.OPEN_GRAPH, "Riverton - A town and its river"),
                new Candidate(Field.TITLE, Source.JSON_LD, "A town and its river"));
        assertThat(StatedMetadata.withoutSiteSuffix("Riverton - A town and its river", whole))
                .isEqualTo("Riverton - A town and its river");
    }
}
