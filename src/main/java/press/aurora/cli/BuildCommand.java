package press.aurora.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import press.aurora.pdf.Variant;
import press.aurora.pipeline.EditionOutcome;
import press.aurora.pipeline.StageTimings;

/** {@code aurora build}: one PDF per edition of an issue. */
@Command(name = "build", mixinStandardHelpOptions = true,
        description = "Build the PDF of every edition (or the chosen ones) of an issue.")
final class BuildCommand implements Callable<Integer> {

    @Mixin
    IssueTarget target;

    @Option(names = "--keep-fo", description = "Also write the intermediate XSL-FO as <edition-id>.fo, for designers.")
    boolean keepFo;

    @Option(names = "--variant", paramLabel = "print|screen|all",
            description = "print: PDF/X for the printer, <edition>.pdf (default); screen: tagged PDF/A with links, <edition>.screen.pdf; all: both.")
    String variant = "print";

    @Option(names = "--strict", description = "Fail an edition that does not fit its pages, leaves its last page under the copyfit target or has a line wider than its column (default: warn and write it).")
    boolean strict;

    @Option(names = "--allow-fuzzy", description = "Proofs only: print fuzzy translations too, and mark every page PROOF.")
    boolean allowFuzzy;

    @Mixin
    ReportOptions report;

    @Mixin
    DebugOption debug;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        StageTimings shared = new StageTimings();
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        List<EditionOutcome> outcomes = target.run(variants(variant), keepFo, strict, allowFuzzy)
                .run(shared, report.quiet ? null : out, err);
        return new BuildReport(out, err, report).print(outcomes, shared);
    }

    static List<Variant> variants(String name) {
        return switch (name) {
            case "print" -> List.of(Variant.PRINT);
            case "screen" -> List.of(Variant.SCREEN);
            case "all" -> List.of(Variant.PRINT, Variant.SCREEN);
            default -> throw new UsageException("--variant must be print, screen or all, not '" + name + "'");
        };
    }
}
