package press.aurora.pipeline;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import press.aurora.pdf.Variant;

/**
 * How to build: where output goes, which variants, whether to keep the FO, whether an overflow
 * fails the edition ({@code strict}), how many editions at once, the clock for PDF dates, and
 * whether fuzzy translations may be printed (proofs only: every page is then marked PROOF), and who hears
 * how the editions advance.
 */
public record BuildOptions(Path outputRoot, List<Variant> variants, boolean keepFo, boolean strict, int jobs,
                           Clock clock, boolean allowFuzzy, BuildProgress progress) {

    public BuildOptions {
        variants = List.copyOf(variants);
        Objects.requireNonNull(progress, "progress");
        if (variants.isEmpty()) {
            throw new IllegalArgumentException("no variant to build");
        }
        if (jobs < 1) {
            throw new IllegalArgumentException("jobs must be at least 1");
        }
    }
}
