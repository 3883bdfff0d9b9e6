package press.aurora.pipeline;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import press.aurora.config.Edition;
import press.aurora.model.Issue;
import press.aurora.pdf.Variant;

/**
 * Builds several editions of one issue in one process: the issue is parsed once, the shared
 * resources are loaded once, and editions render in parallel on a bounded pool. One edition's
 * failure does not stop the others.
 */
public final class IssueBuilder {

    private final EditionBuilder editions;
    private final int jobs;
    private final List<Variant> variants;
    private final Path outputRoot;
    private final BuildProgress progress;

    public IssueBuilder(BuildResources resources, BuildOptions options) {
        this.editions = new EditionBuilder(resources, options);
        this.jobs = options.jobs();
        this.variants = options.variants();
        this.outputRoot = options.outputRoot();
        this.progress = options.progress();
    }

    /**
     * Outcomes in the order of {@code selected}, each edition's variants together.
     *
     * @param fingerprints each edition's fingerprint of its first variant, under which its copyfit is remembered
     */
    public List<EditionOutcome> build(Issue issue, List<Edition> selected, Map<Edition, String> fingerprints) {
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(jobs, Math.max(1, selected.size())));
        try {
            Map<Edition, Future<List<EditionOutcome>>> futures = new HashMap<>();
            for (Edition edition : longestFirst(selected)) {
                futures.put(edition, pool.submit(() -> {
                    try {
                        return editions.build(issue, edition, fingerprints.get(edition));
                    } finally {
                        progress.finished(edition);
                    }
                }));
            }
            List<EditionOutcome> outcomes = new ArrayList<>();
            for (Edition edition : selected) {
                outcomes.addAll(await(futures.get(edition), issue, edition));
            }
            return outcomes;
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * The order editions start in: those with more pages first, as they take longest to render, so that
     * the pool does not end on one long edition while its other workers stand idle.
     */
    static List<Edition> longestFirst(List<Edition> selected) {
        return selected.stream().sorted(Comparator.comparingInt(Edition::pages).reversed()).toList();
    }

    /**
     * The edition's outcomes; when its build ended in an error the edition builder could not catch
     * (it catches exceptions, not {@link Error}s such as running out of memory), its variants fail
     * and their earlier PDFs are removed like any failed edition's.
     */
    private List<EditionOutcome> await(Future<List<EditionOutcome>> future, Issue issue, Edition edition) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return variants.stream().map(v -> withStaleRemoved(EditionOutcome.failed(edition, v, "interrupted"), issue)).toList();
        } catch (ExecutionException e) {
            return variants.stream().map(v -> withStaleRemoved(EditionOutcome.crashed(edition, v, e.getCause()), issue)).toList();
        }
    }

    private EditionOutcome withStaleRemoved(EditionOutcome failed, Issue issue) {
        Path pdf = outputRoot.resolve(issue.id()).resolve(failed.variant().fileName(failed.edition().id()));
        return StaleOutput.remove(pdf).map(failed::withFailureDetail).orElse(failed);
    }
}
