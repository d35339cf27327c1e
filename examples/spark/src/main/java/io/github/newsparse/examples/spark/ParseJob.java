package io.github.newsparse.examples.spark;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.github.newsparse.Article;
import io.github.newsparse.ArticleJson;
import io.github.newsparse.ArticleParser;
import io.github.newsparse.Paragraph;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * Parses JSON Lines of {@code {"id": ..., "text": ...}} or {@code {"id": ..., "html": ...}} with
 * newsparse inside a Spark job, and writes two outputs under the output folder:
 * <ul>
 *   <li>{@code json/}: the contract's JSON, one line per input line, exactly what the
 *       {@code newsparse --jsonl} CLI prints for it (ids are read as strings);</li>
 *   <li>{@code parquet/}: one row per document with the fields a data team filters on (id, error,
 *       page, headline, authors, published, body, quote count) and the JSON.</li>
 * </ul>
 *
 * <pre>
 * spark-submit --class io.github.newsparse.examples.spark.ParseJob \
 *     newsparse-spark-0.1.0-SNAPSHOT-job.jar INPUT.jsonl OUTPUT_DIR
 * </pre>
 */
public final class ParseJob {

    /** What each input line may hold; anything else on the line is ignored. */
    static final StructType INPUT = new StructType()
            .add("id", DataTypes.StringType)
            .add("text", DataTypes.StringType)
            .add("html", DataTypes.StringType)
            .add("_corrupt_record", DataTypes.StringType);

    /** One row per document. */
    static final StructType OUTPUT = new StructType()
            .add("id", DataTypes.StringType)
            .add("error", DataTypes.StringType)
            .add("page", DataTypes.StringType)
            .add("headline", DataTypes.StringType)
            .add("authors", DataTypes.createArrayType(DataTypes.StringType, false))
            .add("published", DataTypes.StringType)
            .add("body", DataTypes.StringType)
            .add("quotes", DataTypes.IntegerType)
            .add("json", DataTypes.StringType);

    private static final JsonFactory JSON = new JsonFactory();

    private ParseJob() {
    }

    /**
     * {@code ParseJob INPUT OUTPUT}: the Spark master and other settings come from spark-submit.
     *
     * @param args the input JSON Lines (a file, folder or glob Spark can read) and the output folder
     */
    public static void main(String[] args) {
        if (args.length != 2) {
            System.err.println("usage: ParseJob INPUT.jsonl OUTPUT_DIR");
            System.exit(2);
        }
        SparkSession spark = SparkSession.builder().appName("newsparse").getOrCreate();
        try {
            run(spark, args[0], args[1]);
        } finally {
            spark.stop();
        }
    }

    /**
     * Parses every input line and writes {@code OUTPUT/json} and {@code OUTPUT/parquet}.
     *
     * @param spark  the session
     * @param input  JSON Lines to read
     * @param output the folder to write (replaced if it exists)
     */
    public static void run(SparkSession spark, String input, String output) {
        Dataset<Row> docs = spark.read().schema(INPUT)
                .option("mode", "PERMISSIVE")
                .option("columnNameOfCorruptRecord", "_corrupt_record")
                .json(input);
        Dataset<Row> parsed = docs.mapPartitions((MapPartitionsFunction<Row, Row>) ParseJob::parseAll,
                Encoders.row(OUTPUT)).cache();
        parsed.select("json").write().mode(SaveMode.Overwrite).text(output + "/json");
        parsed.write().mode(SaveMode.Overwrite).parquet(output + "/parquet");
        parsed.unpersist();
    }

    private static Iterator<Row> parseAll(Iterator<Row> rows) {
        List<Row> out = new ArrayList<>();
        while (rows.hasNext()) {
            out.add(parse(rows.next()));
        }
        return out.iterator();
    }

    /** One document: the same checks and output as the CLI's --jsonl mode. */
    static Row parse(Row in) {
        String id = in.getString(0);
        String text = in.getString(1);
        String html = in.getString(2);
        if (in.getString(3) != null) {
            return error(id, "not valid JSON");
        }
        if (text != null && html != null) {
            return error(id, "both \"text\" and \"html\": give one of them");
        }
        String content = text != null ? text : html;
        if (content == null) {
            return error(id, "no \"text\" or \"html\" string");
        }
        if (content.isBlank()) {
            return error(id, "\"" + (text != null ? "text" : "html") + "\" is empty: nothing to parse");
        }
        Article a = text != null ? ArticleParser.parse(text) : ArticleParser.parseHtml(html);
        String body = a.paragraphs().stream().map(Paragraph::text).collect(Collectors.joining("\n\n"));
        return RowFactory.create(id, null, a.page().label(), a.headline().orElse(null),
                a.authors().toArray(new String[0]), a.published().map(p -> p.iso()).orElse(null), body,
                a.quotes().size(), ArticleJson.toJson(a, id, false));
    }

    private static Row error(String id, String message) {
        StringWriter w = new StringWriter();
        try (JsonGenerator g = JSON.createGenerator(w)) {
            g.writeStartObject();
            if (id == null) {
                g.writeNullField("id");
            } else {
                g.writeStringField("id", id);
            }
            g.writeStringField("error", message);
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return RowFactory.create(id, message, null, null, new String[0], null, null, 0, w.toString());
    }
}
