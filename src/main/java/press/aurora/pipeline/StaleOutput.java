package press.aurora.pipeline;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Optional;
import press.aurora.diag.SourcePosition;
import press.aurora.io.IoProblem;

/**
 * A failed edition leaves no PDF behind: its file from an earlier build would look current. This
 * removes it, and says so when it cannot (the failure then names the out-of-date file).
 */
public final class StaleOutput {

    private StaleOutput() {
    }

    /** Deletes {@code pdf} if it is there; what the editor must know when it cannot be deleted, else empty. */
    public static Optional<String> remove(Path pdf) {
        if (!Files.exists(pdf, LinkOption.NOFOLLOW_LINKS)) {
            return Optional.empty();
        }
        try {
            Files.delete(pdf);
            return Optional.empty();
        } catch (IOException e) {
            return Optional.of("the earlier " + SourcePosition.displayPath(pdf) + " could not be removed and is out of date ("
                    + IoProblem.describe(e) + ")");
        }
    }
}
