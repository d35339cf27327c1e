package io.github.newsparse.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.TextNode;
import io.github.newsparse.Article;
import io.github.newsparse.ArticleParser;
import io.github.newsparse.ParserOptions;
import io.github.newsparse.internal.json.ContractWriter;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code newsparse}: parses news text or HTML files and prints one JSON object per document
 * (JSON Lines), as CONTRACT.md describes.
 */
@Command(name = "newsparse", mixinStandardHelpOptions = true, versionProvider = Version.class,
        sortOptions = false, usageHelpAutoWidth = true,
        description = {
            "Parses scraped news text (or HTML) into JSON: headline, byline, dateline, dates, "
                + "the cleaned body, quotes with their speakers, and every other line as a labelled "
                + "block. Prints one JSON object per document (JSON Lines) on standard output.",
            ""},
        footer = {"",
            "Examples:",
            "  newsparse story.txt other.txt    one JSON line per file; \"id\" is the path",
            "  newsparse - < story.txt          standard input as one document (\"id\": null)",
            "  newsparse --html page.html       an HTML page",
            "  newsparse --jsonl batch.jsonl    each line {\"id\":..., \"text\"|\"html\":...}",
            "  newsparse --text story.txt       the article for reading, with its quotes",
            "",
            "In --jsonl mode every input line gives exactly one output line, in order. A line that "
                + "cannot be parsed (not JSON, no \"text\" or \"html\", both, or an empty one) gives "
                + "{\"id\": ..., \"error\": \"...\"} and processing goes on. Compressed, UTF-16 or "
                + "binary files are refused with an error; invalid UTF-8 is replaced with U+FFFD and "
                + "a warning on standard error.",
            "",
            "Exit status: 0 if every document was parsed, 1 if any failed, 2 for a usage error."})
public final class Main implements Callable<Integer> {

    @Parameters(paramLabel = "FILE", arity = "0..*",
            description = "Input files; '-' reads standard input. With --jsonl, JSON Lines files.")
    private List<String> files = new ArrayList<>();

    @Option(names = "--jsonl", description = "Batch mode: each input line is a JSON object with \"id\" and "
            + "\"text\" or \"html\".")
    private boolean jsonl;

    @Option(names = "--html", description = "Treat input files as HTML.")
    private boolean html;

    @Option(names = "--text", description = "Print each article for reading (headline, byline, dates, "
            + "dateline, body, quotes with speakers) instead of JSON.")
    private boolean textOutput;

    @Option(names = "--include-text", description = "Add the parsed text as \"text\" to each JSON object "
            + "(the offsets index it).")
    private boolean includeText;

    @Option(names = "--max-length", paramLabel = "N", description = "Parse at most N characters (UTF-16 "
            + "units) of each document; the rest is kept as one \"unparsed\" block, with a warning. "
            + "Default: ${DEFAULT-VALUE}.")
    private int maxLength = ParserOptions.DEFAULT_MAX_INPUT_LENGTH;

    private final InputStream stdin;
    private final PrintStream stderr;
    private final Writer out;
    private final ObjectMapper mapper = new ObjectMapper();
    private final JsonGenerator json;
    private ParserOptions options;
    private int documents;

    Main(InputStream stdin, OutputStream stdout, PrintStream stderr) {
        this.stdin = stdin;
        this.stderr = stderr;
        this.out = new BufferedWriter(new OutputStreamWriter(stdout, StandardCharsets.UTF_8), 1 << 16);
        mapper.getFactory().setStreamReadConstraints(StreamReadConstraints.builder()
                .maxStringLength(Integer.MAX_VALUE).build());
        try {
            json = mapper.getFactory().createGenerator(out).disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
                    .disable(JsonGenerator.Feature.FLUSH_PASSED_TO_STREAM).setRootValueSeparator(null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Runs the tool and exits with its status.
     *
     * @param args the command line
     */
    public static void main(String[] args) {
        System.exit(run(args, System.in, System.out, System.err));
    }

    /** Runs the tool; returns the exit status. */
    static int run(String[] args, InputStream stdin, OutputStream stdout, PrintStream stderr) {
        Main main = new Main(stdin, stdout, stderr);
        CommandLine cmd = new CommandLine(main);
        cmd.setOut(new java.io.PrintWriter(new OutputStreamWriter(stdout, StandardCharsets.UTF_8), true));
        cmd.setErr(new java.io.PrintWriter(new OutputStreamWriter(stderr, StandardCharsets.UTF_8), true));
        return cmd.execute(args);
    }

    @Override
    public Integer call() throws IOException {
        if (files.isEmpty()) {
            stderr.println("newsparse: no input: give FILE arguments or '-' for standard input (see --help)");
            return 2;
        }
        if (maxLength < 1) {
            stderr.println("newsparse: --max-length must be at least 1: " + maxLength);
            return 2;
        }
        options = ParserOptions.builder().maxInputLength(maxLength).build();
        boolean ok = true;
        try {
            for (String f : files) {
                ok &= jsonl ? batch(f) : single(f);
            }
        } finally {
            json.flush();
            out.flush();
        }
        return ok ? 0 : 1;
    }

    private boolean single(String name) throws IOException {
        JsonNode id = name.equals("-") ? null : TextNode.valueOf(name);
        String content;
        try {
            byte[] bytes = Input.read(name, stdin);
            String notText = Input.notText(bytes);
            if (notText != null) {
                return fail(id, display(name) + ": " + notText);
            }
            content = Input.decode(bytes, name, stderr);
        } catch (NoSuchFileException e) {
            return fail(id, name + ": no such file");
        } catch (IOException e) {
            return fail(id, name + ": cannot read: " + describe(e));
        }
        return emit(id, content, html);
    }

    private boolean batch(String name) throws IOException {
        JsonlReader reader;
        try {
            byte[] bytes = Input.read(name, stdin);
            String notText = Input.notText(bytes);
            if (notText != null) {
                return fail(null, display(name) + ": " + notText);
            }
            reader = new JsonlReader(Input.decode(bytes, name, stderr));
        } catch (NoSuchFileException e) {
            return fail(null, name + ": no such file");
        } catch (IOException e) {
            return fail(null, name + ": cannot read: " + describe(e));
        }
        boolean ok = true;
        for (JsonlReader.Entry entry = reader.next(mapper); entry != null; entry = reader.next(mapper)) {
            if (entry.error() != null) {
                ok &= fail(entry.id(), name + ":" + entry.lineNumber() + ": " + entry.error());
            } else {
                ok &= emit(entry.id(), entry.content(), entry.isHtml());
            }
        }
        return ok;
    }

    private boolean emit(JsonNode id, String content, boolean isHtml) throws IOException {
        Article a;
        try {
            a = isHtml ? ArticleParser.parseHtml(content, options) : ArticleParser.parse(content, options);
        } catch (RuntimeException | StackOverflowError e) {
            // parse never throws by design; if it ever does, report the document and go on.
            return fail(id, "internal error: " + e);
        }
        if (a.text().length() > maxLength) {
            stderr.println("newsparse: warning: " + label(id) + ": " + a.text().length() + " characters; only the first "
                    + maxLength + " are parsed, the rest is one \"unparsed\" block (raise it with --max-length)");
        }
        if (textOutput) {
            if (files.size() > 1 || jsonl) {
                out.write((documents > 0 ? "\n" : "") + "==> " + label(id) + " <==\n");
            }
            out.write(TextReport.of(a));
        } else {
            ContractWriter.write(json, rawId(id), a, includeText);
            json.flush();
            out.write("\n");
        }
        documents++;
        return true;
    }

    private boolean fail(JsonNode id, String message) throws IOException {
        stderr.println("newsparse: " + message);
        if (textOutput) {
            return false;
        }
        ContractWriter.writeError(json, rawId(id), message);
        json.flush();
        out.write("\n");
        out.flush();
        return false;
    }

    private String rawId(JsonNode id) throws IOException {
        return id == null ? null : mapper.writeValueAsString(id);
    }

    private static String label(JsonNode id) {
        return id == null ? "-" : id.isTextual() ? id.asText() : id.toString();
    }

    private static String display(String name) {
        return name.equals("-") ? "standard input" : name;
    }

    private static String describe(IOException e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
