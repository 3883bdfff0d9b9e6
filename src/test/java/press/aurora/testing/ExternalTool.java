package press.aurora.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Runs an independent command-line tool (qpdf, Ghostscript...) the way the tests judge the program's output. */
public final class ExternalTool {

    /** What a command said on standard output and error together, and its exit code. */
    public record Output(int exitCode, String text) {
    }

    private ExternalTool() {
    }

    /** Whether {@code command} (such as {@code qpdf --version}) runs and exits 0. */
    public static boolean installed(String... command) {
        try {
            return run(command).exitCode() == 0;
        } catch (UncheckedIOException e) {
            return false;
        }
    }

    /** Runs {@code command} to its end. */
    public static Output run(String... command) {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            String text = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            return new Output(process.waitFor(), text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
