package press.aurora.preflight;

import java.io.IOException;
import java.util.List;

/**
 * One printer rule. Each implementation checks one thing and reports under its own check ids;
 * a rule that only concerns PDF/X print files returns no findings when
 * {@link PreflightExpectations#printFile()} is false.
 */
interface PreflightCheck {

    /**
     * The findings for one open PDF, in page order. Problems in the PDF are findings; an exception
     * means the check could not finish, and {@link Preflight} reports it as {@code check-failed}.
     */
    List<PreflightFinding> check(CheckedPdf pdf) throws IOException;
}
