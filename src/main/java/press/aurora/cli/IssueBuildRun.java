package press.aurora.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import press.aurora.config.Edition;
import press.aurora.diag.ContentException;
import press.aurora.diag.SourcePosition;
import press.aurora.markdown.IssueReader;
import press.aurora.model.Issue;
import press.aurora.pdf.PageFit;
import press.aurora.pdf.Variant;
import press.aurora.pipeline.BuildOptions;
import press.aurora.pipeline.BuildResources;
import press.aurora.pipeline.EditionOutcome;
import press.aurora.pipeline.IssueBuilder;
import press.aurora.pipeline.Workspace;

/** One build of the chosen editions of an issue, as the build and preview commands run it, and its report. */
record IssueBuildRun(String issue, EditionSelection editions, Path out, List<Variant> variants, boolean keepFo,
                     boolean strict, int jobs, boolean allowFuzzy) {

    /** Builds; {@code err} hears the warnings about the issue's text, once for all editions. */
    List<EditionOutcome> run(PrintWriter err) {
        Workspace workspace = Workspace.current();
        BuildResources resources = BuildResources.load(workspace);
        List<Edition> selected = editions.select(resources.editions());
        Path folder = workspace.issueFolder(issue);
        Path outputRoot = outputFolder().getParent();
        Issue parsed;
        try {
            parsed = IssueReader.read(folder, warning -> err.println(warning));
        } catch (ContentException e) {
            removeStalePdfs(outputRoot.resolve(folder.getFileName().toString()), selected);
            throw e;
        }
        BuildOptions options = new BuildOptions(outputRoot, variants, keepFo, strict, jobs, clock(), allowFuzzy);
        return new IssueBuilder(resources, options).build(parsed, selected);
    }

    /** The folder this run writes its PDFs to: {@code <out>/<issue-id>}. */
    Path outputFolder() {
        Workspace workspace = Workspace.current();
        Path outputRoot = out == null ? workspace.defaultOutput() : out.toAbsolutePath();
        return outputRoot.resolve(workspace.issueFolder(issue).getFileName().toString());
    }

    /** Prints one line per edition on {@code out}, warnings and failures on {@code err}; returns the exit code. */
    static int report(List<EditionOutcome> outcomes, PrintWriter out, PrintWriter err) {
        int failed = 0;
        for (EditionOutcome outcome : outcomes) {
            String id = outcome.edition().id();
            if (outcome.succeeded()) {
                PageFit fit = outcome.fit();
                out.printf("%-6s %2d of %d pages  %-22s %s%n", id, fit.pagesUsed(), fit.pagesAllowed(),
                        fit.overflows() ? "OVERFLOW" : "last page " + fit.lastPageFillPercent() + "% full",
                        SourcePosition.displayPath(outcome.pdf()));
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
                for (Variant variant : Variant.values()) {
                    Files.deleteIfExists(folder.resolve(variant.fileName(edition.id())));
                }
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
