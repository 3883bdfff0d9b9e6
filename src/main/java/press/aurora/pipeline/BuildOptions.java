package press.aurora.pipeline;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import press.aurora.pdf.Variant;

/** How to build: where output goes, whether to keep the FO, how many editions at once, and the clock for PDF dates. */
/** {@code strict}: an edition that overflows its pages fails instead of being written with a warning. */
public record BuildOptions(Path outputRoot, List<Variant> variants, boolean keepFo, boolean strict, int jobs, Clock clock) {

    public BuildOptions {
        variants = List.copyOf(variants);
        if (variants.isEmpty()) {
            throw new IllegalArgumentException("no variant to build");
        }
        if (jobs < 1) {
            throw new IllegalArgumentException("jobs must be at least 1");
        }
    }
}
