package press.aurora.pipeline;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import press.aurora.config.Edition;
import press.aurora.diag.Diagnostic;
import press.aurora.model.Issue;
import press.aurora.pdf.ExpectedText;
import press.aurora.pdf.LostText;
import press.aurora.pdf.NothingLostCheck;
import press.aurora.pdf.PrinterMarks;
import press.aurora.pdf.RenderedPdf;
import press.aurora.pdf.Variant;
import press.aurora.preflight.ImageInkCache;
import press.aurora.preflight.Preflight;
import press.aurora.preflight.PreflightFinding;

/**
 * The checks of one rendered variant, all on its one loaded document, in order: nothing lost (every
 * printed message is in the PDF's text), printer marks (print, when the edition wants crop marks) and
 * the printer's preflight (print). One stage, so that it can be timed as one (nothing lost and marks
 * count as PDF checks, preflight as preflight).
 */
final class PdfChecks {

    /** A check failed the edition; the message says which and why. */
    static final class Failure extends Exception {
        Failure(String message) {
            super(message);
        }
    }

    /** Lost messages named in a failure; more are counted. */
    static final int LOST_SHOWN = 10;

    private final BuildResources resources;
    private final Preflight preflight;

    /** @param inks the ink of each image, measured once (see {@link ImageInkFiles}) */
    PdfChecks(BuildResources resources, ImageInkCache inks) {
        this.resources = resources;
        this.preflight = new Preflight(inks);
    }

    /**
     * Runs the checks on {@code pdf}, which is written later as {@code target}.
     *
     * @return the warnings to show with the edition
     * @throws Failure when a check fails the edition
     */
    List<String> check(RenderedPdf pdf, List<ExpectedText> messages, Issue issue, Edition edition, Variant variant,
                       Path target, StageTimings timings) throws IOException, Failure {
        List<String> warnings = new ArrayList<>();
        List<LostText> lost;
        try (StageTimings.Span span = timings.start(StageTimings.Stage.PDF_CHECKS)) {
            lost = NothingLostCheck.check(pdf.layout().lines(), messages);
        }
        if (!lost.isEmpty()) {
            throw new Failure(lostMessage(lost, edition));
        }
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
                findings = preflight.check(target, pdf.document(), PrintExpectations.of(edition), pdf::pageText);
            }
            List<String> errors = findings.stream().filter(PreflightFinding::isError).map(PdfChecks::describe).toList();
            if (!errors.isEmpty()) {
                throw new Failure("preflight failed: " + String.join("; ", errors));
            }
            findings.forEach(f -> warnings.add("preflight: " + describe(f)));
        }
        return warnings;
    }

    /** One located line per lost message, at most {@link #LOST_SHOWN}. */
    static String lostMessage(List<LostText> lost, Edition edition) {
        List<String> lines = new ArrayList<>();
        for (LostText text : lost.subList(0, Math.min(LOST_SHOWN, lost.size()))) {
            String detail = text.expected().detail().isEmpty() ? "" : " (" + text.expected().detail() + ")";
            lines.add(Diagnostic.error("text-lost", text.expected().position(),
                    "text lost in edition " + edition.id() + ": \"" + text.missingFrom() + "\"" + detail).toString());
        }
        if (lost.size() > LOST_SHOWN) {
            lines.add("… and " + (lost.size() - LOST_SHOWN) + " more messages not printed whole");
        }
        return String.join("\n", lines);
    }

    private static String describe(PreflightFinding finding) {
        String where = finding.isDocumentLevel() ? "" : "page " + finding.page() + ": ";
        return where + finding.message() + " [" + finding.check() + "]";
    }
}
