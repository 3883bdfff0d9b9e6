package press.aurora.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import press.aurora.config.Edition;
import press.aurora.diag.SourcePosition;
import press.aurora.pack.ManifestEntry;
import press.aurora.pack.PackageRequest;
import press.aurora.pack.PackageResult;
import press.aurora.pack.PackagedEdition;
import press.aurora.pack.PrintPackage;
import press.aurora.pdf.Variant;
import press.aurora.pipeline.EditionOutcome;

/** {@code aurora package}: builds the print PDFs strictly and writes the package for the printer. */
@Command(name = "package", mixinStandardHelpOptions = true,
        header = "Build the print PDFs and the files a printer receives (manifest, checksums, preflight report).",
        description = {"Build the print PDFs (an edition that overflows fails) and write out/<issue-id>/print/:",
                "each edition's PDF and zip, manifest.json (checksums, sizes, trim, bleed, standard) and the preflight report."})
final class PackageCommand implements Callable<Integer> {

    @Mixin
    IssueTarget target;

    @Mixin
    DebugOption debug;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        IssueBuildRun run = target.run(List.of(Variant.PRINT), false, true, false);
        List<EditionOutcome> outcomes = run.run(spec.commandLine().getErr());
        PrintWriter stdout = spec.commandLine().getOut();
        int code = IssueBuildRun.report(outcomes, stdout, spec.commandLine().getErr());
        Path issueFolder = outcomes.get(0).pdf() != null ? outcomes.get(0).pdf().getParent() : null;
        List<PackagedEdition> packed = new ArrayList<>();
        String issueId = null;
        for (EditionOutcome outcome : outcomes) {
            Edition edition = outcome.edition();
            Path pdf = outcome.pdf() != null ? outcome.pdf() : missingPdf(issueFolder, run, edition);
            issueId = pdf.getParent().getFileName().toString();
            int pages = outcome.succeeded() ? outcome.pages() : edition.pages();   // the count the build chose within the edition's range
            packed.add(new PackagedEdition(edition.id(), edition.languageTag(), pdf, pages,
                    edition.paper().widthMm(), edition.paper().heightMm(), edition.print().bleedMm(),
                    edition.print().standard().fopMode()));
        }
        Path outputRoot = pdfRoot(packed);
        PackageResult result = new PrintPackage().write(new PackageRequest(issueId, outputRoot, packed, SourceDateEpoch.now(),
                VersionProvider.version()));
        for (ManifestEntry entry : result.entries()) {
            if (entry instanceof ManifestEntry.Failed failed) {
                spec.commandLine().getErr().printf("%-6s not packaged: %s%n", failed.edition().editionId(), failed.reason());
            }
        }
        stdout.printf("package %s%n", SourcePosition.displayPath(result.folder().resolve(PrintPackage.MANIFEST)));
        return result.hasFailures() ? ExitCodes.FAILED : code;
    }

    /** Where a failed edition's PDF would have been: the package lists it as failed. */
    private static Path missingPdf(Path issueFolder, IssueBuildRun run, Edition edition) {
        Path folder = issueFolder != null ? issueFolder : run.outputFolder();
        return folder.resolve(Variant.PRINT.fileName(edition.id()));
    }

    private static Path pdfRoot(List<PackagedEdition> packed) {
        return packed.get(0).pdf().getParent().getParent();
    }
}
