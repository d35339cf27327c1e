package io.github.newsparse.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.newsparse.ParserOptions;
import io.github.newsparse.internal.html.DomEvidence;
import io.github.newsparse.internal.html.PageMetadata;
import io.github.newsparse.internal.structure.HeadlineModel;
import io.github.newsparse.internal.structure.StructureFinder;
import org.junit.jupiter.api.Test;

/** The headline model's features that read a line's neighbours, on invented pages. */
class HeadlineFeaturesTest {

    private static final String STORY = "The Mill River bridge will close for repairs in May, the town said, and the bridge "
            + "repairs will take six months while crews replace two cracked steel beams under the deck.\n"
            + "Drivers who cross the bridge every day will use the Elm Street bridge, and the town said "
            + "the repairs were planned after inspectors found the cracks in the bridge last spring.\n";

    /** The features of the first line whose text is {@code line}. */
    private static double feature(String page, String line, String name) {
        Page p = Pipeline.classified(page, page.length(), ParserOptions.defaults(), PageMetadata.NONE, DomEvidence.NONE,
                false);
        HeadlineModel.PageView view = StructureFinder.frame(p).view();
        for (int i = 0; i < p.parts().size(); i++) {
            if (p.parts().get(i).text().equals(line)) {
                return HeadlineModel.features(view, i)[HeadlineModel.FEATURES.indexOf(name)];
            }
        }
        throw new AssertionError("no line " + line);
    }

    @Test
    void aCreditLineByItsShapeCountsWhateverTheClassifierMadeOfIt() {
        String page = "Home\nMill River bridge to close\nby Dana Reyes \u25cf March 4, 2025 \u25cf 6 min read\n"
                + "Give today\nGive monthly\nShop\nOur newsletter\n" + STORY;
        assertThat(feature(page, "Mill River bridge to close", "credit_shape_next")).isEqualTo(1.0);
        assertThat(feature(page, "Mill River bridge to close", "credit_shape_after")).isEqualTo(1.0);
        assertThat(feature(page, "Give monthly", "credit_shape_after")).isEqualTo(0.0);
    }

    @Test
    void aDateAfterAFewWordsIsACreditLineButASentenceWithADateIsNot() {
        String page = "Home\nMill River bridge to close\nDana Reyes | Mar 4, 2025\nShop\n"
                + "Bridge work set for spring\nThe town first said on March 4, 2025 that the old bridge over the "
                + "river would have to close.\n" + STORY;
        assertThat(feature(page, "Mill River bridge to close", "credit_shape_next")).isEqualTo(1.0);
        assertThat(feature(page, "Bridge work set for spring", "credit_shape_next")).isEqualTo(0.0);
    }

    @Test
    void theStorysRecurringWordsMakeTheTopic() {
        String page = "Menu\nMill River bridge repairs\nAcme Deluxe Toolkit Offer\n" + STORY;
        assertThat(feature(page, "Mill River bridge repairs", "topic"))
                .isGreaterThan(0.4)
                .isGreaterThan(feature(page, "Acme Deluxe Toolkit Offer", "topic"));
        assertThat(feature(page, "Acme Deluxe Toolkit Offer", "topic")).isEqualTo(0.0);
    }

    @Test
    void theGapToTheNextProseLineIsCounted() {
        String page = "Menu\nMill River bridge repairs\nShop\nMore\nBridge work set for spring\n" + STORY;
        assertThat(feature(page, "Bridge work set for spring", "prose_next")).isEqualTo(1.0);
        assertThat(feature(page, "Mill River bridge repairs", "prose_next")).isEqualTo(0.0);
        assertThat(feature(page, "Mill River bridge repairs", "prose_gap"))
                .isGreaterThan(feature(page, "Bridge work set for spring", "prose_gap"));
    }
}
