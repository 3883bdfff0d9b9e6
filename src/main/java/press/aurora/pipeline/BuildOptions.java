package press.aurora.pipeline;

import java.nio.file.Path;
import java.time.Clock;

/** How to build: where output goes, whether to keep the FO, how many editions at once, and the clock for PDF dates. */
public record BuildOptions(Path outputRoot, boolean keepFo, int jobs, Clock clock) {

    public BuildOptions {
        if (jobs < 1) {
            throw new IllegalArgumentException("jobs must be at least 1");
        }
    }
}
