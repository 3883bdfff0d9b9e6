package press.aurora.pipeline;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import press.aurora.config.Edition;
import press.aurora.model.Issue;
import press.aurora.pdf.PrinterMarks;
import press.aurora.pdf.RenderedPdf;
import press.aurora.pdf.Variant;
import press.aurora.preflight.Preflight;
import press.aurora.preflight.PreflightFinding;

/**
 * The checks of one rendered variant, all on its one loaded document, in order: printer marks
 * (print, when the edition wants crop marks) and the printer's preflight (print). One stage, so that
 * it can be timed as one (marks count as PDF checks, preflight as preflight).
 */
final class PdfChecks {

    /** A check failed the edition; the message says which and why. */
    static final class Failure extends Exception {
        Failure(String message) {
            super(message);
        }
    }

    private final BuildResources resources;

    PdfChecks(BuildResources resources) {
        this.resources = resources;
    }

    /**
     * Runs the checks on {@code pdf}, which is written later as {@code target}.
     *
     * @return the warnings to show with the edition
     * @throws Failure when a check fails the edition
     */
    List<String> check(RenderedPdf pdf, Issue issue, Edition edition, Variant variant, Path target, StageTimings timings)
            throws IOException, Failure {
        List<String> warnings = new ArrayList<>();
        if (variant == Variant.PRINT) {
            if (edition.print().cropMarks()) {
                try (StageTimings.Span span = timings.start(StageTimings.Stage.PDF_CHECKS)) {
                    PrinterMarks.cropMarks()
                            .withSlugLine(resources.workspace().styles().resolve(PrinterMarks.SLUG_FONT),
                                    "Aurora " + issue.config().number() + " · " + edition.printerName() + " (" + edition.id() + ")")
                            .addTo(pdf);
                }
            }
            List<PreflightFinding> findings;
            try (StageTimings.Span span = timings.start(StageTimings.Stage.PREFLIGHT)) {
                findings = new Preflight().check(target, pdf.document(), PrintExpectations.of(edition));
            }
            List<String> errors = findings.stream().filter(PreflightFinding::isError).map(PdfChecks::describe).toList();
            if (!errors.isEmpty()) {
                throw new Failure("preflight failed: " + String.join("; ", errors));
            }
            findings.forEach(f -> warnings.add("preflight: " + describe(f)));
        }
        return warnings;
    }

    private static String describe(PreflightFinding finding) {
        String where = finding.isDocumentLevel() ? "" : "page " + finding.page() + ": ";
        return where + finding.message() + " [" + finding.check() + "]";
    }
}
