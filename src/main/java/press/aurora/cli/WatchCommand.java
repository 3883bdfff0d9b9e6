package press.aurora.cli;

import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import press.aurora.pdf.Variant;

/** {@code aurora watch}: one warm process that rebuilds the editions a saved change affects. */
@Command(name = "watch", mixinStandardHelpOptions = true,
        description = {"Build, then rebuild the editions each saved change affects, until stopped with Ctrl-C.",
                "Watches the issue, its translations and styles/; prints the lines of the editions it rebuilt and",
                "refreshes their contact sheets (<edition-id>.preview.png). --serve shows them on a page that reloads itself."})
final class WatchCommand implements Callable<Integer> {

    /** The port of --serve without a number. */
    static final int DEFAULT_PORT = 8017;

    @Mixin
    IssueTarget target;

    @Option(names = "--serve", arity = "0..1", paramLabel = "PORT", fallbackValue = "" + DEFAULT_PORT,
            description = "Also serve a page with every edition's contact sheet and page fit on http://127.0.0.1:PORT/ (default port: "
                    + DEFAULT_PORT + "; 0: any free port).")
    Integer serve;

    @Option(names = "--dpi", paramLabel = "N", description = "Resolution of the contact sheets (default: ${DEFAULT-VALUE}).")
    float dpi = 36;

    @Mixin
    ReportOptions report;

    @Mixin
    DebugOption debug;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (dpi < 5 || dpi > 300) {
            throw new UsageException("--dpi must be between 5 and 300");
        }
        if (serve != null && (serve < 0 || serve > 65535)) {
            throw new UsageException("--serve PORT must be between 0 and 65535");
        }
        IssueBuildRun run = target.run(List.of(Variant.PRINT), false, false, false);
        return new WatchSession(run, report, dpi, spec.commandLine().getOut(), spec.commandLine().getErr()).run(serve);
    }
}
