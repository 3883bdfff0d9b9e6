package press.aurora.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/** qpdf's structural check of a PDF ({@code qpdf --check}): exit 0 when it finds neither errors nor warnings. */
public final class Qpdf {

    /** What {@code qpdf --check} said, and its exit code (0 sound, 2 errors, 3 warnings). */
    public record Check(int exitCode, String output) {
    }

    private Qpdf() {
    }

    /** Whether {@code qpdf} can be run; .ci/run installs it (Debian package qpdf). */
    public static boolean installed() {
        try {
            Process process = new ProcessBuilder("qpdf", "--version").redirectErrorStream(true).start();
            process.getInputStream().readAllBytes();
            return process.waitFor() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    public static Check check(Path pdf) {
        try {
            Process process = new ProcessBuilder("qpdf", "--check", pdf.toString()).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            return new Check(process.waitFor(), output);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
