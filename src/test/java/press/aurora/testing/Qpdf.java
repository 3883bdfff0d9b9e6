package press.aurora.testing;

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
        return ExternalTool.installed("qpdf", "--version");
    }

    public static Check check(Path pdf) {
        ExternalTool.Output output = ExternalTool.run("qpdf", "--check", pdf.toString());
        return new Check(output.exitCode(), output.text());
    }
}
