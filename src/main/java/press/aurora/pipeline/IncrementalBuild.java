package press.aurora.pipeline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Consumer;
import java.util.function.Supplier;
import press.aurora.config.Edition;
import press.aurora.diag.ContentException;
import press.aurora.diag.Diagnostic;
import press.aurora.io.DigestCache;
import press.aurora.io.PartialFile;
import press.aurora.markdown.IssueReader;
import press.aurora.model.Issue;
import press.aurora.pdf.Variant;
import press.aurora.pipeline.StageTimings.Stage;

/**
 * A build that does only what changed: an edition whose outputs all carry the fingerprint of their
 * inputs ({@link Fingerprints}, {@link BuildRecord}) is reported {@code unchanged} and nothing is
 * parsed, translated or rendered for it; when every edition is unchanged, neither Saxon, FOP nor
 * PDFBox is even loaded. The others are built as usual, the shared resources loading in the
 * background while the issue is read, and each written output gets its record.
 */
public final class IncrementalBuild {

    /** The digests of the inputs and outputs of an issue's last build ({@link DigestCache}), kept in its output folder. */
    public static final String DIGESTS_FILE = ".aurora-digests";

    private final Workspace workspace;
    private final BuildOptions options;
    private final boolean force;
    private final String program;

    /**
     * @param force   build every edition, whatever its fingerprint
     * @param program what identifies the program that builds (a new program may write other PDFs)
     */
    public IncrementalBuild(Workspace workspace, BuildOptions options, boolean force, String program) {
        this.workspace = workspace;
        this.options = options;
        this.force = force;
        this.program = program;
    }

    /**
     * Builds the {@code selected} editions of the issue in {@code issueFolder} that changed; outcomes in the
     * order of {@code selected}, each edition's variants together. {@code shared} receives the time of the
     * set-up and of reading the issue, which every built edition shares; {@code issueWarnings} what reading the
     * issue says about its text (only when some edition is built: an unchanged issue is not read).
     */
    public List<EditionOutcome> build(Path issueFolder, List<Edition> selected, Supplier<BuildResources> resources,
                                      StageTimings shared, Consumer<Diagnostic> issueWarnings) {
        Path folder = options.outputRoot().resolve(issueFolder.getFileName().toString());
        PartialFile.removeStale(outputs(folder, selected));
        DigestCache digests = DigestCache.open(folder.resolve(DIGESTS_FILE), Clock.systemUTC());
        Fingerprints fingerprints = new Fingerprints(workspace, issueFolder, options, program, digests);
        Map<Edition, List<EditionOutcome>> unchanged = new LinkedHashMap<>();
        Map<Edition, Map<Variant, String>> stale = new LinkedHashMap<>();
        for (Edition edition : selected) {
            Map<Variant, String> prints = new LinkedHashMap<>();
            options.variants().forEach(v -> prints.put(v, fingerprints.of(edition, v)));
            List<EditionOutcome> same = unchangedOutcomes(edition, prints, folder, digests);
            if (same.size() == prints.size()) {
                unchanged.put(edition, same);
                options.progress().finished(edition);
            } else {
                stale.put(edition, prints);
            }
        }
        List<EditionOutcome> built = stale.isEmpty() ? List.of()
                : buildStale(issueFolder, folder, stale, resources, shared, issueWarnings);
        recordWritten(built, stale, folder, digests);
        if (!unchanged.isEmpty() || built.stream().anyMatch(EditionOutcome::succeeded)) { // else no record to check
            try {
                digests.save();
            } catch (IOException e) {
                // the cache only saves reading the files again
            }
        }
        List<EditionOutcome> outcomes = new ArrayList<>();
        for (Edition edition : selected) {
            if (unchanged.containsKey(edition)) {
                outcomes.addAll(unchanged.get(edition));
            } else {
                built.stream().filter(o -> o.edition().equals(edition)).forEach(outcomes::add);
            }
        }
        return outcomes;
    }

    private List<EditionOutcome> unchangedOutcomes(Edition edition, Map<Variant, String> prints, Path folder, DigestCache digests) {
        List<EditionOutcome> same = new ArrayList<>();
        if (force) {
            return same;
        }
        prints.forEach((variant, fingerprint) -> {
            Path pdf = folder.resolve(variant.fileName(edition.id()));
            Optional<BuildRecord> record = BuildRecord.read(pdf).filter(r -> r.fingerprint().equals(fingerprint));
            if (record.isPresent() && (!options.keepFo() || Files.isRegularFile(foFile(folder, edition, variant)))
                    && digestMatches(pdf, record.get(), digests)) {
                same.add(EditionOutcome.unchanged(edition, variant, pdf, record.get()));
            }
        });
        return same;
    }

    /** Every file a build of {@code editions} may write in {@code folder}. */
    private static List<Path> outputs(Path folder, List<Edition> editions) {
        List<Path> outputs = new ArrayList<>(List.of(folder.resolve(DIGESTS_FILE)));
        for (Edition edition : editions) {
            for (Variant variant : Variant.values()) {
                Path pdf = folder.resolve(variant.fileName(edition.id()));
                outputs.addAll(List.of(pdf, BuildRecord.fileFor(pdf), foFile(folder, edition, variant)));
            }
        }
        return outputs;
    }

    private static Path foFile(Path folder, Edition edition, Variant variant) {
        return folder.resolve(edition.id() + (variant == Variant.PRINT ? "" : ".screen") + ".fo");
    }

    private static boolean digestMatches(Path pdf, BuildRecord record, DigestCache digests) {
        try {
            return Files.isRegularFile(pdf) && digests.digest(pdf).equals(record.pdfDigest());
        } catch (IOException e) {
            return false;
        }
    }

    private List<EditionOutcome> buildStale(Path issueFolder, Path folder, Map<Edition, Map<Variant, String>> prints,
                                            Supplier<BuildResources> resources, StageTimings shared,
                                            Consumer<Diagnostic> issueWarnings) {
        List<Edition> stale = new ArrayList<>(prints.keySet());
        Map<Edition, String> fingerprints = new LinkedHashMap<>();
        prints.forEach((edition, byVariant) -> fingerprints.put(edition, byVariant.get(options.variants().get(0))));
        StageTimings.Span setup = shared.start(Stage.SETUP);
        CompletableFuture<BuildResources> loading = CompletableFuture.supplyAsync(() -> {
            try (setup) {
                return resources.get();
            }
        });
        Issue issue;
        try (StageTimings.Span reading = shared.start(Stage.READING)) {
            issue = IssueReader.read(issueFolder, issueWarnings);
        } catch (ContentException e) {
            List<String> left = removeOutputs(folder, stale);
            loading.cancel(false);
            if (left.isEmpty()) {
                throw e;
            }
            Diagnostic diagnostic = e.diagnostic();
            throw new ContentException(new Diagnostic(diagnostic.severity(), diagnostic.code(), diagnostic.position(),
                    diagnostic.message() + "; " + String.join("; ", left)), e);
        }
        BuildResources loaded;
        try {
            loaded = loading.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
        List<EditionOutcome> built = new IssueBuilder(loaded, options).build(issue, stale, fingerprints);
        loaded.awaitLoaded(); // a stylesheet that does not compile fails the build, as when set-up waited for it
        return built;
    }

    /** Each written output gets its record; a failed one loses it. */
    private static void recordWritten(List<EditionOutcome> built, Map<Edition, Map<Variant, String>> stale, Path folder,
                                      DigestCache digests) {
        for (EditionOutcome outcome : built) {
            Path pdf = folder.resolve(outcome.variant().fileName(outcome.edition().id()));
            try {
                if (outcome.succeeded()) {
                    String fingerprint = stale.get(outcome.edition()).get(outcome.variant());
                    new BuildRecord(fingerprint, digests.digestWritten(pdf), outcome.fit(), outcome.fitSummary(), outcome.warnings())
                            .writeFor(pdf);
                } else {
                    BuildRecord.deleteFor(pdf);
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot record the build of " + pdf, e);
            }
        }
    }

    /** An issue that cannot be read leaves none of its editions' outputs behind, not even older ones; what could not be removed. */
    private static List<String> removeOutputs(Path folder, List<Edition> editions) {
        List<String> left = new ArrayList<>();
        for (Edition edition : editions) {
            for (Variant variant : Variant.values()) {
                Path pdf = folder.resolve(variant.fileName(edition.id()));
                StaleOutput.remove(pdf).ifPresent(left::add);
                try {
                    BuildRecord.deleteFor(pdf);
                } catch (IOException e) {
                    left.add("the build record of " + pdf + " could not be removed (" + press.aurora.io.IoProblem.describe(e) + ")");
                }
            }
        }
        return left;
    }
}
