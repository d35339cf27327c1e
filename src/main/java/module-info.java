/**
 * newsparse: turns scraped news text and HTML into typed, immutable article records.
 */
module io.github.newsparse {
    requires org.jsoup;
    requires com.fasterxml.jackson.core;
    requires static com.fasterxml.jackson.databind;
    requires static info.picocli;

    exports io.github.newsparse;

    opens io.github.newsparse.cli to info.picocli;
}
