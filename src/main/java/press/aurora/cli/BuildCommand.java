package press.aurora.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import press.aurora.config.Edition;
import press.aurora.diag.ContentException;
import press.aurora.diag.SourcePosition;
import press.aurora.markdown.IssueReader;
import press.aurora.model.Issue;
import press.aurora.pipeline.BuildOptions;
import press.aurora.pipeline.BuildResources;
import press.aurora.pipeline.EditionOutcome;
import press.aurora.pipeline.IssueBuilder;
import press.aurora.pipeline.Workspace;

/** {@code aurora build}: one PDF per edition of an issue. */
@Command(name = "build", mixinStandardHelpOptions = true,
        description = "Build the PDF of every edition (or the chosen ones) of an issue.")
final class BuildCommand implements Callable<Integer> {

    @Parameters(index = "0", arity = "0..1", paramLabel = "ISSUE",
            description = "Issue id under issues/, or an issue folder; default: the newest issue.")
    String issue;

    @Mixin
    EditionSelection editions;

    @Option(names = {"-o", "--out"}, paramLabel = "DIR", description = "Output folder (default: out/). PDFs go to DIR/<issue-id>/<edition-id>.pdf.")
    Path out;

    @Option(names = "--keep-fo", description = "Also write the intermediate XSL-FO as <edition-id>.fo, for designers.")
    boolean keepFo;

    @Option(names = {"-j", "--jobs"}, paramLabel = "N", description = "Editions rendered at once (default: the number of cores).")
    int jobs = Runtime.getRuntime().availableProcessors();

    @Option(names = "--allow-fuzzy", description = "Proofs only: print fuzzy translations too, and mark every page PROOF.")
    boolean allowFuzzy;

    @Mixin
    DebugOption debug;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        if (jobs < 1) {
            throw new UsageException("--jobs must be at least 1");
        }
        Workspace workspace = Workspace.current();
        BuildResources resources = BuildResources.load(workspace);
        List<Edition> selected = editions.select(resources.editions());
        Path folder = workspace.issueFolder(issue);
        Path outputRoot = out == null ? workspace.defaultOutput() : out.toAbsolutePath();
        Issue parsed;
        try {
            parsed = IssueReader.read(folder);
        } catch (ContentException e) {
            removeStalePdfs(outputRoot.resolve(folder.getFileName().toString()), selected);
            throw e;
        }
        BuildOptions options = new BuildOptions(outputRoot, keepFo, jobs, clock(), allowFuzzy);
        List<EditionOutcome> outcomes = new IssueBuilder(resources, options).build(parsed, selected);
        return report(outcomes);
    }

    private int report(List<EditionOutcome> outcomes) {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        int failed = 0;
        for (EditionOutcome outcome : outcomes) {
            String id = outcome.edition().id();
            if (outcome.succeeded()) {
                out.printf("%-6s %2d pages  %s%n", id, outcome.pages(), SourcePosition.displayPath(outcome.pdf()));
                outcome.warnings().forEach(w -> err.printf("%-6s warning: %s%n", id, w));
            } else {
                failed++;
                out.printf("%-6s FAILED%n", id);
                err.printf("%-6s %s%n", id, outcome.failure());
                if (outcome.cause() != null && DebugOption.enabled) {
                    outcome.cause().printStackTrace(err);
                }
            }
        }
        out.flush();
        if (failed > 0) {
            err.printf("%d of %d editions failed%n", failed, outcomes.size());
            return ExitCodes.FAILED;
        }
        return ExitCodes.OK;
    }

    private static void removeStalePdfs(Path folder, List<Edition> selected) {
        for (Edition edition : selected) {
            try {
                Files.deleteIfExists(folder.resolve(edition.id() + ".pdf"));
            } catch (IOException ignored) {
                // the content error is what gets reported
            }
        }
    }

    /** SOURCE_DATE_EPOCH (seconds) fixes the PDF dates for reproducible builds; otherwise now. */
    private static Clock clock() {
        String epoch = System.getenv("SOURCE_DATE_EPOCH");
        if (epoch != null && epoch.matches("\\d+")) {
            return Clock.fixed(Instant.ofEpochSecond(Long.parseLong(epoch)), ZoneOffset.UTC);
        }
        return Clock.systemUTC();
    }
}
