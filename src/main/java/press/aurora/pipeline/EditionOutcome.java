package press.aurora.pipeline;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import press.aurora.config.Edition;
import press.aurora.pdf.PageFit;
import press.aurora.pdf.Variant;

/**
 * The result of building one edition: its PDF and page count, or why it failed. An {@code unchanged}
 * outcome was not built: its inputs have the fingerprint of the PDF already there (see {@link BuildRecord}).
 * {@code timings} says where the build's time went; {@code fitting} how the edition was fitted to its
 * pages (null when it was not built); {@code recordedFit} what the build record of an unchanged edition
 * says of it (null when there is none).
 */
public record EditionOutcome(Edition edition, Variant variant, Path pdf, PageFit fit, Fitting fitting, List<String> warnings,
                             String failure, Throwable cause, boolean unchanged, StageTimings timings, FitSummary recordedFit) {

    public EditionOutcome {
        warnings = List.copyOf(warnings);
    }

    public static EditionOutcome written(Edition edition, Variant variant, Path pdf, PageFit fit, Fitting fitting,
                                         List<String> warnings) {
        return new EditionOutcome(edition, variant, pdf, fit, fitting, warnings, null, null, false, new StageTimings(), null);
    }

    /** The PDF already there is what a build would write: nothing was done. */
    public static EditionOutcome unchanged(Edition edition, Variant variant, Path pdf, BuildRecord record) {
        return new EditionOutcome(edition, variant, pdf, record.fit(), null, record.warnings(), null, null, true, new StageTimings(),
                record.summary());
    }

    public static EditionOutcome failed(Edition edition, Variant variant, String failure) {
        return new EditionOutcome(edition, variant, null, null, null, List.of(), failure, null, false, new StageTimings(), null);
    }

    /** A failure that is a bug or an environment problem; the cause is printed with --debug. */
    public static EditionOutcome crashed(Edition edition, Variant variant, Throwable cause) {
        return new EditionOutcome(edition, variant, null, null, null, List.of(), whatWentWrong(cause), cause, false,
                new StageTimings(), null);
    }

    private static String whatWentWrong(Throwable cause) {
        if (cause instanceof OutOfMemoryError) {
            return "out of memory: building this edition needs more than the " + Runtime.getRuntime().maxMemory() / (1024 * 1024)
                    + " MB of heap the program was given; build it again with more, e.g. AURORA_MAX_HEAP=1g ./aurora build";
        }
        return "internal error: " + cause;
    }

    /** The same failure with one more thing the editor must know (e.g. an out-of-date file left behind). */
    public EditionOutcome withFailureDetail(String detail) {
        return new EditionOutcome(edition, variant, pdf, fit, fitting, warnings, failure + "; " + detail, cause, unchanged, timings, recordedFit);
    }

    public EditionOutcome withMoreWarnings(List<String> more) {
        if (more.isEmpty() || !succeeded()) {
            return this;
        }
        List<String> all = new ArrayList<>(warnings);
        all.addAll(more);
        return new EditionOutcome(edition, variant, pdf, fit, fitting, all, failure, cause, unchanged, timings, recordedFit);
    }

    /** The same outcome, with where its time went. */
    public EditionOutcome withTimings(StageTimings stageTimings) {
        return new EditionOutcome(edition, variant, pdf, fit, fitting, warnings, failure, cause, unchanged, stageTimings, recordedFit);
    }

    /** The pages allowed and the copyfit, from this build or from the one that wrote the unchanged PDF; null when unknown. */
    public FitSummary fitSummary() {
        return fitting != null ? fitting.summary() : recordedFit;
    }

    public int pages() {
        return fit == null ? 0 : fit.pagesUsed();
    }

    public boolean succeeded() {
        return failure == null;
    }
}
