package press.aurora.pipeline;

import java.nio.file.Path;
import java.time.Clock;

/**
 * How to build: where output goes, whether to keep the FO, how many editions at once, the clock for PDF dates,
 * and whether fuzzy translations may be printed (proofs only: every page is then marked PROOF).
 */
public record BuildOptions(Path outputRoot, boolean keepFo, int jobs, Clock clock, boolean allowFuzzy) {

    public BuildOptions {
        if (jobs < 1) {
            throw new IllegalArgumentException("jobs must be at least 1");
        }
    }

    /** A print build: fuzzy translations are never printed. */
    public BuildOptions(Path outputRoot, boolean keepFo, int jobs, Clock clock) {
        this(outputRoot, keepFo, jobs, clock, false);
    }
}
