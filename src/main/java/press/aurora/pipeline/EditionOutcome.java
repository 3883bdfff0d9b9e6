package press.aurora.pipeline;

import java.nio.file.Path;
import java.util.List;
import press.aurora.config.Edition;
import press.aurora.pdf.PageFit;
import press.aurora.pdf.Variant;

/** The result of building one edition: its PDF, page count and how it was fitted, or why it failed. */
public record EditionOutcome(Edition edition, Variant variant, Path pdf, PageFit fit, Fitting fitting, List<String> warnings,
                             String failure, Throwable cause) {

    public EditionOutcome {
        warnings = List.copyOf(warnings);
    }

    public static EditionOutcome written(Edition edition, Variant variant, Path pdf, PageFit fit, Fitting fitting,
                                         List<String> warnings) {
        return new EditionOutcome(edition, variant, pdf, fit, fitting, warnings, null, null);
    }

    public static EditionOutcome failed(Edition edition, Variant variant, String failure) {
        return new EditionOutcome(edition, variant, null, null, null, List.of(), failure, null);
    }

    /** A failure that is a bug or an environment problem; the cause is printed with --debug. */
    public static EditionOutcome crashed(Edition edition, Variant variant, Throwable cause) {
        return new EditionOutcome(edition, variant, null, null, null, List.of(), "internal error: " + cause, cause);
    }

    public EditionOutcome withMoreWarnings(List<String> more) {
        if (more.isEmpty() || !succeeded()) {
            return this;
        }
        List<String> all = new java.util.ArrayList<>(warnings);
        all.addAll(more);
        return new EditionOutcome(edition, variant, pdf, fit, fitting, all, failure, cause);
    }

    public int pages() {
        return fit == null ? 0 : fit.pagesUsed();
    }

    public boolean succeeded() {
        return failure == null;
    }
}
