package press.aurora.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import press.aurora.config.Edition;
import press.aurora.config.EditionsLoader;
import press.aurora.pdf.Variant;

class EditionOutcomeTest {

    private final Edition uk = EditionsLoader.load(Path.of("styles/editions.yaml")).get(0);

    @Test
    void runningOutOfMemorySaysHowToGiveTheBuildMore() {
        EditionOutcome outcome = EditionOutcome.crashed(uk, Variant.PRINT, new OutOfMemoryError("Java heap space"));

        assertThat(outcome.failure()).startsWith("out of memory: building this edition needs more than the ")
                .contains(" MB of heap ").endsWith("e.g. AURORA_MAX_HEAP=1g ./aurora build");
    }

    @Test
    void anyOtherCrashIsAnInternalError() {
        EditionOutcome outcome = EditionOutcome.crashed(uk, Variant.PRINT, new IllegalStateException("a bug"));

        assertThat(outcome.failure()).isEqualTo("internal error: java.lang.IllegalStateException: a bug");
    }
}
