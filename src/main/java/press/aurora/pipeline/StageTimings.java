package press.aurora.pipeline;

import java.util.EnumMap;
import java.util.Map;

/**
 * Where one edition's build time went: the time spent in each stage and how many times the stage ran
 * (a second FOP pass, a corrective re-render, shows as a count above one: start the stage again for each pass). Time a stage with
 * <pre>{@code
 * try (StageTimings.Span span = timings.start(Stage.FOP)) {
 *     ...
 * }
 * }</pre>
 * Safe to share between threads; a listener hears each stage as it starts (the live progress line).
 */
public final class StageTimings {

    /** The stages of a build, in the order they run, with the words the report uses; set-up and reading are shared by the editions. */
    public enum Stage {
        SETUP("set-up"), READING("reading"), TRANSLATING("translating"), XML("XML"), XSLT("XSLT"), FOP("FOP"),
        PDF_CHECKS("PDF checks"), PREFLIGHT("preflight"), WRITING("writing");

        private final String label;

        Stage(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** One running stage; closing it records its time. */
    public final class Span implements AutoCloseable {
        private final Stage stage;
        private final long start = System.nanoTime();

        private Span(Stage stage) {
            this.stage = stage;
        }

        @Override
        public void close() {
            record(stage, System.nanoTime() - start);
        }
    }

    /** Hears each stage of an edition as it starts. */
    public interface Listener {
        void started(Stage stage);
    }

    private static final Listener SILENT = stage -> { };

    private final Map<Stage, Long> nanos = new EnumMap<>(Stage.class);
    private final Map<Stage, Integer> runs = new EnumMap<>(Stage.class);
    private final Listener listener;

    public StageTimings() {
        this(SILENT);
    }

    public StageTimings(Listener listener) {
        this.listener = listener;
    }

    /** Starts timing {@code stage}; close the span when the stage is done. */
    public Span start(Stage stage) {
        listener.started(stage);
        return new Span(stage);
    }

    /** Adds one run of {@code stage} that took {@code elapsedNanos}. */
    public synchronized void record(Stage stage, long elapsedNanos) {
        nanos.merge(stage, elapsedNanos, Long::sum);
        runs.merge(stage, 1, Integer::sum);
    }

    /** Total time of {@code stage} in milliseconds (0 when it did not run). */
    public synchronized long millis(Stage stage) {
        return nanos.getOrDefault(stage, 0L) / 1_000_000;
    }

    /** The time of every stage together, in milliseconds. */
    public synchronized long totalMillis() {
        return nanos.values().stream().mapToLong(Long::longValue).sum() / 1_000_000;
    }

    /** How many times {@code stage} ran. */
    public synchronized int runs(Stage stage) {
        return runs.getOrDefault(stage, 0);
    }

    /** For example {@code translating 12 ms, XSLT 210 ms (2 passes), FOP 1480 ms (2 passes)}. */
    @Override
    public synchronized String toString() {
        StringBuilder text = new StringBuilder();
        nanos.forEach((stage, total) -> {
            if (!text.isEmpty()) {
                text.append(", ");
            }
            text.append(stage.label()).append(' ').append(total / 1_000_000).append(" ms");
            int count = runs.get(stage);
            if (count > 1 && (stage == Stage.FOP || stage == Stage.XSLT)) {
                text.append(" (").append(count).append(" passes)");
            }
        });
        return text.toString();
    }
}
