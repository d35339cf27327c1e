package io.github.newsparse.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * The progress line and the closing summary on standard error: documents, documents per
 * second, MB per second, and the share done with an ETA when the input's size is known. Shown
 * when standard error is a terminal or on {@code --progress}; silent otherwise. Used by the
 * writer thread only.
 */
final class Progress {

    private static final long INTERVAL_NANOS = 500_000_000L;

    private final PrintStream err;
    private final boolean on;
    private final long totalBytes;
    private final long start = System.nanoTime();
    private long lastShown;
    private long documents;
    private long errors;
    private boolean lineShown;

    Progress(PrintStream err, boolean on, long totalBytes) {
        this.err = err;
        this.on = on;
        this.totalBytes = totalBytes;
    }

    /** Whether standard error is a terminal: on Linux read from /proc, elsewhere the console. */
    static boolean stderrIsTerminal() {
        try {
            Path fd = Path.of("/proc/self/fd/2");
            if (Files.exists(fd)) {
                String target = Files.readSymbolicLink(fd).toString();
                return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
            }
        } catch (Exception e) {
            // fall through
        }
        return System.console() != null;
    }

    /** Counts one document (ok or not) and redraws the line at most twice a second. */
    void document(boolean ok, long bytesRead) {
        documents++;
        if (!ok) {
            errors++;
        }
        long now = System.nanoTime();
        if (on && now - lastShown >= INTERVAL_NANOS) {
            lastShown = now;
            err.print("\r" + line(now, bytesRead) + "\u001b[K");
            err.flush();
            lineShown = true;
        }
    }

    /** Clears the progress line before a message is printed on standard error. */
    void clear() {
        if (on && lineShown) {
            err.print("\r\u001b[K");
            lineShown = false;
        }
    }

    /** The closing summary, when progress is shown. */
    void finish(long bytesRead) {
        if (!on) {
            return;
        }
        clear();
        double seconds = Math.max(1e-9, (System.nanoTime() - start) / 1e9);
        err.println(String.format(Locale.ROOT, "newsparse: %,d documents, %,d errors, %.1f s, %.1f docs/s, %.2f MB/s",
                documents, errors, seconds, documents / seconds, bytesRead / 1e6 / seconds));
        err.flush();
    }

    private String line(long now, long bytesRead) {
        double seconds = Math.max(1e-9, (now - start) / 1e9);
        double rate = bytesRead / seconds;
        StringBuilder sb = new StringBuilder(String.format(Locale.ROOT, "newsparse: %,d docs  %.1f docs/s  %.2f MB/s",
                documents, documents / seconds, rate / 1e6));
        if (totalBytes > 0) {
            double done = Math.min(1.0, (double) bytesRead / totalBytes);
            long eta = rate > 0 ? (long) ((totalBytes - bytesRead) / rate) : 0;
            sb.append(String.format(Locale.ROOT, "  %.0f%%  ETA %d:%02d", done * 100, eta / 60, eta % 60));
        }
        return sb.toString();
    }
}
