package press.aurora.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import press.aurora.config.Edition;
import press.aurora.pdf.Variant;
import press.aurora.pipeline.BuildResources;
import press.aurora.pipeline.PrintExpectations;
import press.aurora.pipeline.Workspace;
import press.aurora.preflight.Preflight;
import press.aurora.preflight.PreflightExpectations;
import press.aurora.preflight.PreflightReport;
import press.aurora.preflight.PreflightReportFormatter;

/** {@code aurora preflight}: checks PDFs as a newspaper printer does. */
@Command(name = "preflight", mixinStandardHelpOptions = true,
        header = "Check PDFs as a newspaper printer does, and report what would stop the print.",
        description = {"Check PDFs as a newspaper printer does: fonts, page boxes and bleed, PDF/X output intent,",
                "colours, image resolution, page count, missing glyphs, empty pages, annotations.",
                "A file named <edition-id>.pdf is checked against that edition of styles/editions.yaml."})
final class PreflightCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "FILE.pdf", description = "The PDFs to check.")
    List<Path> files = new ArrayList<>();

    @Option(names = {"-e", "--edition"}, paramLabel = "ID",
            description = "Check every file against this edition (default: the edition the file is named after).")
    String edition;

    @Option(names = "--format", paramLabel = "text|json", description = "Output format (default: ${DEFAULT-VALUE}).")
    String format = "text";

    @Mixin
    DebugOption debug;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        if (!format.equals("text") && !format.equals("json")) {
            throw new UsageException("--format must be text or json, not '" + format + "'");
        }
        List<Edition> editions = BuildResources.loadEditions(Workspace.current());
        if (edition != null && editions.stream().noneMatch(e -> e.id().equals(edition))) {
            throw new UsageException("unknown edition '" + edition + "' (see 'aurora editions')");
        }
        Preflight preflight = new Preflight();
        List<PreflightReport.FileFindings> results = new ArrayList<>();
        for (Path file : files) {
            if (!Files.isRegularFile(file)) {
                throw new UsageException("no such file: " + file);
            }
            results.add(new PreflightReport.FileFindings(file, preflight.check(file, expectations(file, editions))));
        }
        PreflightReport report = new PreflightReport(results);
        var out = spec.commandLine().getOut();
        if (format.equals("json")) {
            out.println(PreflightReportFormatter.json(report));
        } else {
            out.print(PreflightReportFormatter.text(report));
        }
        out.flush();
        return report.hasErrors() ? ExitCodes.FAILED : ExitCodes.OK;
    }

    /**
     * The named edition's expectations, else those of the edition the file is named after
     * ({@code uk.pdf}, also checked against the pages it is printed on; {@code uk.screen.pdf} is a screen file:
     * its trim size only, no print rules),
     * else a print file of unknown size.
     */
    private PreflightExpectations expectations(Path file, List<Edition> editions) {
        String name = file.getFileName().toString();
        boolean screen = name.endsWith(Variant.SCREEN.fileName(""));
        String id = edition != null ? edition : name.replaceFirst("(\\.screen)?\\.pdf$", "");
        Optional<Edition> match = editions.stream().filter(e -> e.id().equals(id)).findFirst();
        if (screen) {
            return match.map(e -> PreflightExpectations.proof().withTrimSize(e.paper().widthMm(), e.paper().heightMm()))
                    .orElse(PreflightExpectations.proof());
        }
        return match.map(e -> PrintExpectations.of(e).withPages(e.minPages(), e.pages()))
                .orElse(PreflightExpectations.printFile(1, 1).withoutTrimSize().withPageMultiple(1));
    }
}
