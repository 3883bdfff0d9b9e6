package press.aurora.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import press.aurora.config.Edition;
import press.aurora.diag.ContentException;
import press.aurora.diag.SourcePosition;
import press.aurora.pdf.ContactSheet;
import press.aurora.pipeline.BuildResources;
import press.aurora.pipeline.EditionOutcome;
import press.aurora.pipeline.StageTimings;
import press.aurora.pipeline.WarmResources;
import press.aurora.pipeline.Workspace;
import press.aurora.translate.TranslationsLayout;
import press.aurora.watch.InputWatcher;
import press.aurora.watch.PreviewServer;

/**
 * The loop of {@code aurora watch}: build, then after each saved change build again what the change
 * affects (the fingerprints decide, see {@code IncrementalBuild}), print those editions' lines, refresh
 * their contact sheets and tell the preview page. The stylesheet and FOP stay loaded between rounds and
 * are loaded again only when something in styles/ changed. A problem in the content is printed and the
 * loop waits for the next change.
 */
final class WatchSession {

    private final IssueBuildRun run;
    private final ReportOptions report;
    private final ContactSheet sheets;
    private final PrintWriter out;
    private final PrintWriter err;
    /** The stylesheet, FOP and editions, kept from round to round and loaded again when a file under styles/ changed. */
    private final WarmResources resources = new WarmResources();
    private PreviewServer server;

    WatchSession(IssueBuildRun run, ReportOptions report, float dpi, PrintWriter out, PrintWriter err) {
        this.run = run;
        this.report = report;
        this.sheets = new ContactSheet(dpi);
        this.out = out;
        this.err = err;
    }

    /** Runs until interrupted; serves the preview page on {@code port} unless it is null. */
    int run(Integer port) throws IOException {
        Workspace workspace = Workspace.current();
        Path issueFolder = workspace.issueFolder(run.issue());
        Path translations = TranslationsLayout.forIssue(issueFolder, workspace.translations()).root();
        try (InputWatcher watcher = new InputWatcher(List.of(issueFolder, translations, workspace.styles()))) {
            if (port != null) {
                server = PreviewServer.start(port, "Aurora " + issueFolder.getFileName());
                out.printf("serving http://127.0.0.1:%d/%n", server.port());
            }
            round(workspace, true);
            while (!Thread.currentThread().isInterrupted()) {
                Set<Path> changed = watcher.awaitChange();
                out.println("changed: " + changed.stream().map(SourcePosition::displayPath).collect(Collectors.joining(", ")));
                round(workspace, false);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            if (server != null) {
                server.close();
            }
        }
        return ExitCodes.OK;
    }

    private void round(Workspace workspace, boolean first) {
        long start = System.nanoTime();
        StageTimings shared = new StageTimings();
        try {
            List<Edition> all = BuildResources.loadEditions(workspace);
            List<EditionOutcome> outcomes = run.run(workspace, all, resources, shared, report.quiet ? null : out, err);
            List<EditionOutcome> built = outcomes.stream().filter(o -> !o.unchanged()).toList();
            new BuildReport(out, err, report).print(first ? outcomes : built, shared);
            out.printf("%s %d of %d editions in %.2f s; watching for changes (Ctrl-C stops)%n", first ? "built" : "rebuilt",
                    built.size(), outcomes.size(), (System.nanoTime() - start) / 1e9);
            out.flush();
            refreshSheets(outcomes);
        } catch (ContentException | UsageException e) {
            err.println(e.getMessage());
            err.flush();
            out.println("not built; watching for changes (Ctrl-C stops)");
            out.flush();
        }
    }

    /** Contact sheets of the editions just built (and of those whose sheet is missing), then the page reloads. */
    private void refreshSheets(List<EditionOutcome> outcomes) {
        List<PreviewServer.EditionView> views = new ArrayList<>();
        for (EditionOutcome outcome : outcomes) {
            String id = outcome.edition().id();
            String text = BuildReport.line(outcome) + (outcome.succeeded()
                    ? outcome.warnings().stream().map(w -> "\nwarning: " + w).collect(Collectors.joining())
                    : "\n" + outcome.failure());
            Path sheet = null;
            if (outcome.succeeded()) {
                sheet = outcome.pdf().resolveSibling(id + ".preview.png");
                try {
                    if (!outcome.unchanged() || !Files.isRegularFile(sheet)) {
                        sheets.write(outcome.pdf(), sheet);
                    }
                } catch (IOException e) {
                    err.printf("%-6s cannot write the contact sheet: %s%n", id, e.getMessage());
                    sheet = null;
                }
            }
            views.add(new PreviewServer.EditionView(id, text, sheet));
        }
        if (server != null) {
            server.update(views);
        }
    }
}
