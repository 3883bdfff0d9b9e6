package press.aurora.pipeline;

import java.nio.file.Path;
import java.util.List;
import press.aurora.config.Edition;

/** The result of building one edition: its PDF and page count, or why it failed. */
public record EditionOutcome(Edition edition, Path pdf, int pages, List<String> warnings, String failure,
                             Throwable cause) {

    public EditionOutcome {
        warnings = List.copyOf(warnings);
    }

    public static EditionOutcome written(Edition edition, Path pdf, int pages, List<String> warnings) {
        return new EditionOutcome(edition, pdf, pages, warnings, null, null);
    }

    public static EditionOutcome failed(Edition edition, String failure) {
        return new EditionOutcome(edition, null, 0, List.of(), failure, null);
    }

    /** A failure that is a bug or an environment problem; the cause is printed with --debug. */
    public static EditionOutcome crashed(Edition edition, Throwable cause) {
        return new EditionOutcome(edition, null, 0, List.of(), "internal error: " + cause, cause);
    }

    public boolean succeeded() {
        return failure == null;
    }
}
