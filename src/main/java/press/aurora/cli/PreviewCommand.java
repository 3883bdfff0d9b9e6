package press.aurora.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import press.aurora.diag.SourcePosition;
import press.aurora.pdf.ContactSheet;
import press.aurora.pdf.Variant;
import press.aurora.pipeline.EditionOutcome;

/** {@code aurora preview}: builds the editions and writes one PNG contact sheet per edition. */
@Command(name = "preview", mixinStandardHelpOptions = true,
        description = "Build the editions and write a PNG contact sheet of each (all pages side by side).")
final class PreviewCommand implements Callable<Integer> {

    @Mixin
    IssueTarget target;

    @Option(names = "--dpi", paramLabel = "N", description = "Resolution of the page images (default: ${DEFAULT-VALUE}).")
    float dpi = 36;

    @Mixin
    DebugOption debug;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        if (dpi < 5 || dpi > 300) {
            throw new UsageException("--dpi must be between 5 and 300");
        }
        List<EditionOutcome> outcomes = target.run(List.of(Variant.PRINT), false, false, false).run(spec.commandLine().getErr());
        PrintWriter stdout = spec.commandLine().getOut();
        int code = IssueBuildRun.report(outcomes, stdout, spec.commandLine().getErr());
        ContactSheet sheet = new ContactSheet(dpi);
        for (EditionOutcome outcome : outcomes) {
            if (outcome.succeeded()) {
                Path png = outcome.pdf().resolveSibling(outcome.edition().id() + ".preview.png");
                sheet.write(outcome.pdf(), png);
                stdout.printf("%-6s preview %s%n", outcome.edition().id(), SourcePosition.displayPath(png));
            }
        }
        return code;
    }
}
