package io.github.newsparse.cli;

import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.TextNode;
import io.github.newsparse.Article;
import io.github.newsparse.ArticleParser;
import io.github.newsparse.ParserOptions;
import io.github.newsparse.internal.json.ContractWriter;
import java.io.BufferedInputStream;
import java.io.BufferedWriter;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
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
            "  newsparse --jsonl --threads 8 --progress crawl.jsonl > out.jsonl",
            "",
            "In --jsonl mode every input line gives exactly one output line, in order. A line that "
                + "cannot be parsed (not JSON, no \"text\" or \"html\", both, or an empty one) gives "
                + "{\"id\": ..., \"error\": \"...\"} and processing goes on. Compressed, UTF-16 or "
                + "binary files are refused with an error; invalid UTF-8 is replaced with U+FFFD and "
                + "a warning on standard error. Input is read as it comes (a batch of any size needs the "
                + "memory of a few documents) and parsed on --threads threads; the output keeps the "
                + "input's order.",
            "",
            "Exit status: 0 if every document was parsed, 1 if any failed, 2 for a usage error."})
public final class Main implements Callable<Integer> {

    @Parameters(paramLabel = "FILE", arity = "0..*",
            description = "Input files; '-' reads standard input. With --jsonl, JSON Lines files.")
    private List<String> files = new ArrayList<>();

    @Option(names = "--jsonl", description = "Batch mode: each input line is a JSON object with \"id\" and "
            + "\"text\" or \"html\", and optionally the page's \"url\".")
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

    @Option(names = "--url", paramLabel = "URL", description = "The address of the page given as FILE (an "
            + "absolute http or https URL): a date in its path (/2025/12/18/) dates the page. In --jsonl mode "
            + "each line gives its own \"url\".")
    private String url;

    @Option(names = "--threads", paramLabel = "N", description = "Parse on N threads; the output keeps the "
            + "input's order. Default: the number of processors (${DEFAULT-VALUE}).")
    private int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--progress", description = "Show progress (documents, docs/s, MB/s, ETA) and a closing "
            + "summary on standard error. On by default when standard error is a terminal.")
    private boolean progress;

    /** The most documents in flight per thread: bounds memory whatever the input's size. */
    private static final int IN_FLIGHT_PER_THREAD = 4;
    /** Bytes that tell compressed or UTF-16 input: the longest magic number checked. */
    private static final int MAGIC_BYTES = 8;

    /** One document's outcome, written in input order by the writer thread. */
    private record Result(String label, String output, String message, String warning, boolean ok,
                          boolean document) {
        static Result warning(String warning) {
            return new Result(null, null, null, warning, true, false);
        }
    }

    private static final Future<Result> END = CompletableFuture.completedFuture(null);

    private final InputStream stdin;
    private final PrintStream stderr;
    private final Writer out;
    private final boolean terminal;
    private final ObjectMapper mapper = new ObjectMapper();
    private final AtomicLong bytesRead = new AtomicLong();
    private ParserOptions options;

    Main(InputStream stdin, OutputStream stdout, PrintStream stderr, boolean terminal) {
        this.stdin = stdin;
        this.stderr = stderr;
        this.terminal = terminal;
        this.out = new BufferedWriter(new OutputStreamWriter(stdout, StandardCharsets.UTF_8), 1 << 16);
        mapper.getFactory().setStreamReadConstraints(StreamReadConstraints.builder()
                .maxStringLength(Integer.MAX_VALUE).build());
    }

    /**
     * Runs the tool and exits with its status.
     *
     * @param args the command line
     */
    public static void main(String[] args) {
        System.exit(run(args, System.in, System.out, System.err, Progress.stderrIsTerminal()));
    }

    /** Runs the tool; returns the exit status. Progress only with {@code --progress}. */
    static int run(String[] args, InputStream stdin, OutputStream stdout, PrintStream stderr) {
        return run(args, stdin, stdout, stderr, false);
    }

    private static int run(String[] args, InputStream stdin, OutputStream stdout, PrintStream stderr,
                           boolean terminal) {
        Main main = new Main(stdin, stdout, stderr, terminal);
        CommandLine cmd = new CommandLine(main);
        cmd.setOut(new java.io.PrintWriter(new OutputStreamWriter(stdout, StandardCharsets.UTF_8), true));
        cmd.setErr(new java.io.PrintWriter(new OutputStreamWriter(stderr, StandardCharsets.UTF_8), true));
        return cmd.execute(args);
    }

    @Override
    public Integer call() throws IOException, InterruptedException {
        if (files.isEmpty()) {
            stderr.println("newsparse: no input: give FILE arguments or '-' for standard input (see --help)");
            return 2;
        }
        if (maxLength < 1) {
            stderr.println("newsparse: --max-length must be at least 1: " + maxLength);
            return 2;
        }
        if (threads < 1 || threads > 1024) {
            stderr.println("newsparse: --threads must be between 1 and 1024: " + threads);
            return 2;
        }
        if (url != null && jsonl) {
            stderr.println("newsparse: --url is for a single page; in --jsonl mode give each line a \"url\"");
            return 2;
        }
        try {
            options = ParserOptions.builder().maxInputLength(maxLength).url(url).build();
        } catch (IllegalArgumentException e) {
            stderr.println("newsparse: --url: " + e.getMessage());
            return 2;
        }
        long total = 0;
        for (String f : files) {
            long size = Input.size(f);
            total = size < 0 || total < 0 ? -1 : total + size;
        }
        Progress shown = new Progress(stderr, progress || terminal, total);
        AtomicInteger counter = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "newsparse-parse-" + counter.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        BlockingQueue<Future<Result>> queue = new ArrayBlockingQueue<>(threads * IN_FLIGHT_PER_THREAD);
        Thread reader = new Thread(() -> produce(pool, queue), "newsparse-read");
        reader.setDaemon(true);
        reader.start();
        boolean ok = true;
        int written = 0;
        try {
            while (true) {
                Future<Result> next = queue.poll();
                if (next == null) {
                    out.flush(); // nothing ready: let what is done reach the reader of our output
                    next = queue.take();
                }
                if (next == END) {
                    break;
                }
                Result r = outcome(next);
                if (r.warning() != null) {
                    shown.clear();
                    stderr.println("newsparse: warning: " + r.warning());
                }
                if (r.message() != null) {
                    shown.clear();
                    stderr.println("newsparse: " + r.message());
                }
                if (r.output() != null) {
                    if (textOutput && (files.size() > 1 || jsonl)) {
                        out.write((written > 0 ? "\n" : "") + "==> " + r.label() + " <==\n");
                    }
                    out.write(r.output());
                    written++;
                }
                ok &= r.ok();
                if (r.document()) {
                    shown.document(r.ok(), bytesRead.get());
                }
            }
        } finally {
            out.flush();
            pool.shutdownNow();
        }
        shown.finish(bytesRead.get());
        return ok ? 0 : 1;
    }

    private static Result outcome(Future<Result> f) throws InterruptedException {
        try {
            return f.get();
        } catch (ExecutionException e) {
            // tasks catch everything themselves; this is a bug, reported as one document's error
            return new Result("-", null, "internal error: " + e.getCause(), null, false, true);
        }
    }

    /** The reader thread: turns every input into tasks, in order, then ends the queue. */
    private void produce(ExecutorService pool, BlockingQueue<Future<Result>> queue) {
        try {
            for (String f : files) {
                if (jsonl) {
                    batch(f, pool, queue);
                } else {
                    queue.put(pool.submit(() -> single(f)));
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException | Error e) {
            done(queue, new Result("-", null, "internal error: " + e, null, false, true));
        } finally {
            done(queue, null);
        }
    }

    private static void done(BlockingQueue<Future<Result>> queue, Result last) {
        try {
            queue.put(last == null ? END : CompletableFuture.completedFuture(last));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** One file (or standard input) as one document; runs on a parse thread. */
    private Result single(String name) {
        JsonNode id = name.equals("-") ? null : TextNode.valueOf(name);
        byte[] bytes;
        try {
            bytes = Input.read(name, stdin);
        } catch (NoSuchFileException e) {
            return failure(id, name + ": no such file");
        } catch (IOException | InvalidPathException e) {
            return failure(id, name + ": cannot read: " + describe(e));
        }
        bytesRead.addAndGet(bytes.length);
        String notText = Input.notText(bytes);
        if (notText != null) {
            return failure(id, Input.display(name) + ": " + notText);
        }
        Input.Decoded decoded = Input.decode(bytes);
        String warning = decoded.invalid() ? Input.display(name) + ": invalid UTF-8 replaced with U+FFFD" : null;
        return parse(id, decoded.text(), html, null, warning);
    }

    /** A JSON Lines input, read line by line on the reader thread; each line a task. */
    private void batch(String name, ExecutorService pool, BlockingQueue<Future<Result>> queue)
            throws InterruptedException {
        InputStream raw;
        try {
            raw = Input.open(name, stdin);
        } catch (NoSuchFileException e) {
            queue.put(CompletableFuture.completedFuture(failure(null, name + ": no such file")));
            return;
        } catch (IOException | InvalidPathException e) {
            queue.put(CompletableFuture.completedFuture(failure(null, name + ": cannot read: " + describe(e))));
            return;
        }
        long before = 0;
        // standard input is not ours to close
        InputStream source = raw == stdin ? new FilterInputStream(raw) {
            @Override
            public void close() {
            }
        } : raw;
        try (InputStream in = new BufferedInputStream(source, 1 << 16)) {
            // the first bytes (enough for any magic number), then only what has already arrived:
            // a slow pipe's first line must not wait for 64 KB
            in.mark(Input.SNIFF_BYTES + 1);
            byte[] head = new byte[Input.SNIFF_BYTES];
            int n = in.readNBytes(head, 0, MAGIC_BYTES);
            if (n == MAGIC_BYTES && in.available() > 0) {
                n += Math.max(0, in.read(head, n, Math.min(in.available(), head.length - n)));
            }
            in.reset();
            String notText = Input.notText(java.util.Arrays.copyOf(head, n));
            if (notText != null) {
                queue.put(CompletableFuture.completedFuture(failure(null, Input.display(name) + ": " + notText)));
                return;
            }
            LineReader lines = new LineReader(in);
            JsonlReader reader = new JsonlReader(lines);
            for (JsonlReader.Entry entry = reader.next(mapper); entry != null; entry = reader.next(mapper)) {
                bytesRead.addAndGet(lines.bytesRead() - before);
                before = lines.bytesRead();
                JsonlReader.Entry e = entry;
                if (e.error() != null) {
                    queue.put(CompletableFuture.completedFuture(
                            failure(e.id(), name + ":" + e.lineNumber() + ": " + e.error())));
                } else {
                    queue.put(pool.submit(() -> parse(e.id(), e.content(), e.isHtml(), e.url(), null)));
                }
            }
            if (lines.sawInvalidUtf8()) {
                queue.put(CompletableFuture.completedFuture(
                        Result.warning(Input.display(name) + ": invalid UTF-8 replaced with U+FFFD")));
            }
        } catch (IOException e) {
            queue.put(CompletableFuture.completedFuture(failure(null, name + ": cannot read: " + describe(e))));
        }
    }

    /** Parses one document and renders it; runs on a parse thread, never throws. */
    private Result parse(JsonNode id, String content, boolean isHtml, String url, String warning) {
        try {
            ParserOptions o = options;
            if (url != null) {
                try {
                    o = options.toBuilder().url(url).build();
                } catch (IllegalArgumentException e) {
                    // the page is parsed all the same: the address is optional evidence
                    String bad = label(id) + ": \"url\" ignored: " + e.getMessage();
                    warning = warning == null ? bad : warning + "\nnewsparse: warning: " + bad;
                }
            }
            Article a = isHtml ? ArticleParser.parseHtml(content, o) : ArticleParser.parse(content, o);
            if (a.text().length() > maxLength) {
                String cut = label(id) + ": " + a.text().length() + " characters; only the first " + maxLength
                        + " are parsed, the rest is one \"unparsed\" block (raise it with --max-length)";
                warning = warning == null ? cut : warning + "\nnewsparse: warning: " + cut;
            }
            String output;
            if (textOutput) {
                output = TextReport.of(a);
            } else {
                output = ContractWriter.line(rawId(id), a, includeText) + "\n";
            }
            return new Result(label(id), output, null, warning, true, true);
        } catch (RuntimeException | StackOverflowError | IOException e) {
            // parse never throws by design; if it ever does, report the document and go on.
            return failure(id, "internal error: " + e);
        }
    }

    private Result failure(JsonNode id, String message) {
        String output = null;
        if (!textOutput) {
            try {
                output = ContractWriter.errorLine(rawId(id), message) + "\n";
            } catch (IOException e) {
                throw new UncheckedIOException(e); // an id node always serialises
            }
        }
        return new Result(label(id), output, message, null, false, true);
    }

    private String rawId(JsonNode id) throws IOException {
        return id == null ? null : mapper.writeValueAsString(id);
    }

    private static String label(JsonNode id) {
        return id == null ? "-" : id.isTextual() ? id.asText() : id.toString();
    }

    private static String describe(Exception e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
