package press.aurora.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.function.BiFunction;
import press.aurora.config.Edition;
import press.aurora.pdf.Variant;
import press.aurora.pipeline.BuildOptions;
import press.aurora.pipeline.BuildProgress;
import press.aurora.pipeline.BuildResources;
import press.aurora.pipeline.EditionOutcome;
import press.aurora.pipeline.IncrementalBuild;
import press.aurora.pipeline.StageTimings;
import press.aurora.pipeline.Workspace;

/** One build of the chosen editions of an issue, as the build and preview commands run it, and its report. */
record IssueBuildRun(String issue, EditionSelection editions, Path out, List<Variant> variants, boolean keepFo,
                     boolean strict, int jobs, boolean allowFuzzy, boolean force) {

    /** Builds what changed (everything with {@code force}); {@code err} hears the warnings about the issue's text, once for all editions. */
    List<EditionOutcome> run(PrintWriter err) {
        return run(new StageTimings(), null, err);
    }

    /**
     * The same; {@code shared} gets the set-up and reading times, and with a {@code terminal} the editions'
     * progress is shown live on it while they build.
     */
    List<EditionOutcome> run(StageTimings shared, PrintWriter terminal, PrintWriter err) {
        Workspace workspace = Workspace.current();
        return run(workspace, BuildResources.loadEditions(workspace), InProcessRun.resources(), shared, terminal, err);
    }

    /** The same, with the editions read already and the shared resources from {@code resources} (a warm process keeps them). */
    List<EditionOutcome> run(Workspace workspace, List<Edition> all, BiFunction<Workspace, List<Edition>, BuildResources> resources,
                             StageTimings shared, PrintWriter terminal, PrintWriter err) {
        List<Edition> selected = editions.select(all);
        Path folder = workspace.issueFolder(issue);
        Path outputRoot = outputFolder().getParent();
        BuildProgress progress = terminal == null ? BuildProgress.NONE : TerminalProgress.forTerminal(terminal, selected);
        try {
            BuildOptions options = new BuildOptions(outputRoot, variants, keepFo, strict, jobs, clock(), allowFuzzy, progress);
            return new IncrementalBuild(workspace, options, force, ProgramStamp.current())
                    .build(folder, selected, () -> resources.apply(workspace, all), shared, warning -> err.println(warning));
        } finally {
            TerminalProgress.end(progress);
        }
    }

    /** The folder this run writes its PDFs to: {@code <out>/<issue-id>}. */
    Path outputFolder() {
        Workspace workspace = Workspace.current();
        Path outputRoot = out == null ? workspace.defaultOutput() : out.toAbsolutePath();
        return outputRoot.resolve(workspace.issueFolder(issue).getFileName().toString());
    }

    /** Prints one line per edition on {@code out}, warnings and failures on {@code err}; returns the exit code. */
    static int report(List<EditionOutcome> outcomes, PrintWriter out, PrintWriter err) {
        return new BuildReport(out, err, new ReportOptions()).print(outcomes, new StageTimings());
    }

    /** SOURCE_DATE_EPOCH (seconds) fixes the PDF dates for reproducible builds; otherwise now. */
    private static Clock clock() {
        String epoch = System.getenv(SourceDateEpoch.VARIABLE);
        return epoch == null || epoch.isEmpty() ? Clock.systemUTC()
                : Clock.fixed(SourceDateEpoch.parse(epoch, Instant.now()), ZoneOffset.UTC);
    }
}
