package press.aurora.cli;

import java.io.PrintWriter;
import java.util.List;
import press.aurora.diag.SourcePosition;
import press.aurora.pdf.PageFit;
import press.aurora.pipeline.EditionOutcome;
import press.aurora.pipeline.FitSummary;
import press.aurora.pipeline.StageTimings;

/**
 * What a build prints: one line per edition on standard output (pages used, how full the last page is,
 * the PDF, and {@code unchanged} when it was not built), warnings and failures on standard error, then the
 * exit code. {@code --quiet} leaves out the lines of editions without problems; {@code --timings} adds
 * where each built edition's time went.
 */
final class BuildReport {

    private final PrintWriter out;
    private final PrintWriter err;
    private final ReportOptions options;

    BuildReport(PrintWriter out, PrintWriter err, ReportOptions options) {
        this.out = out;
        this.err = err;
        this.options = options;
    }

    /** Prints the outcomes; {@code shared} holds the set-up and reading time. Returns the exit code. */
    int print(List<EditionOutcome> outcomes, StageTimings shared) {
        int failed = 0;
        boolean internal = false;
        for (EditionOutcome outcome : outcomes) {
            String id = outcome.edition().id();
            if (outcome.succeeded()) {
                if (!options.quiet) {
                    out.println(line(outcome));
                }
                outcome.warnings().forEach(w -> err.printf("%-6s warning: %s%n", id, w));
            } else {
                failed++;
                out.println(line(outcome));
                err.printf("%-6s %s%n", id, outcome.failure());
                if (outcome.cause() != null) {
                    internal = true;
                    if (DebugOption.enabled) {
                        outcome.cause().printStackTrace(err);
                    }
                }
            }
        }
        if (options.timings) {
            printTimings(outcomes, shared);
        }
        out.flush();
        if (failed > 0) {
            err.printf("%d of %d editions failed%s%n", failed, outcomes.size(),
                    internal && !DebugOption.enabled ? " (an internal error: run with --debug for details)" : "");
            err.flush();
            return internal ? ExitCodes.INTERNAL : ExitCodes.FAILED;
        }
        err.flush();
        return ExitCodes.OK;
    }

    private void printTimings(List<EditionOutcome> outcomes, StageTimings shared) {
        if (shared.totalMillis() > 0) {
            out.printf("%-6s timings: %s (shared by the editions built)%n", "all", shared);
        }
        for (EditionOutcome outcome : outcomes) {
            if (!outcome.unchanged() && outcome.timings().totalMillis() > 0) {
                out.printf("%-6s timings: %s; %d ms in all%n", outcome.edition().id(), outcome.timings(),
                        outcome.timings().totalMillis());
            }
        }
    }

    /** The edition's line, e.g. {@code uk     2 of 2 pages    last page 90% full     out/2017-11/uk.pdf  body 8.8/11.2 pt as designed}. */
    static String line(EditionOutcome outcome) {
        String id = outcome.edition().id();
        if (!outcome.succeeded()) {
            return String.format("%-6s FAILED", id);
        }
        PageFit fit = outcome.fit();
        FitSummary summary = outcome.fitSummary();
        String allowed = summary != null ? summary.pagesAllowed() : String.valueOf(fit.pagesAllowed());
        String copyfit = summary != null ? "  " + summary.copyfit() : "";
        return String.format("%-6s %-14s  %-22s %s%s%s", id, fit.pagesUsed() + " of " + allowed + " pages",
                fit.overflows() ? "OVERFLOW" : "last page " + fit.lastPageFillPercent() + "% full",
                SourcePosition.displayPath(outcome.pdf()), copyfit, outcome.unchanged() ? "  unchanged" : "");
    }
}
