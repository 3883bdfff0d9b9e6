package press.aurora.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import press.aurora.io.PartialFile;
import press.aurora.testing.AuroraProcess;
import press.aurora.testing.CliRun;
import press.aurora.testing.SampleIssue;
import press.aurora.testing.SampleWorkspace;

/**
 * Faults of the machine, not of the content: an output folder that cannot be written, and a build
 * stopped in the middle (kill -9, or Ctrl-C / kill). Each leaves the previous complete PDF or none,
 * never a truncated one, and says what happened when it can. (A full disk is simulated in
 * {@code PartialFileTest}: a stream that fails half-way.)
 */
class FaultsTest {

    @TempDir
    Path temp;

    private Path root() {
        return SampleWorkspace.copyTo(temp.resolve("ws"));
    }

    private static Path ukPdf(Path out) {
        return out.resolve(SampleIssue.ID).resolve("uk.pdf");
    }

    private static List<Path> partialFiles(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.getFileName().toString().endsWith(PartialFile.SUFFIX)).toList();
        }
    }

    /** A complete PDF of the uk edition: PDFBox reads it whole, two pages, ending with %%EOF. */
    private static void assertCompleteUkPdf(Path pdf) throws IOException {
        byte[] bytes = Files.readAllBytes(pdf);
        String tail = new String(bytes, Math.max(0, bytes.length - 32), Math.min(32, bytes.length), StandardCharsets.ISO_8859_1);
        assertThat(tail).contains("%%EOF");
        try (PDDocument document = Loader.loadPDF(bytes)) {
            assertThat(document.getNumberOfPages()).isEqualTo(2);
        }
    }

    /** Builds uk once, then starts a second build and stops it with {@code signal} as soon as it writes the PDF. */
    private Path stopSecondBuild(boolean sigkill) throws Exception {
        Path root = root();
        Path out = root.resolve("out");
        CliRun first = SampleWorkspace.run(root, "build", SampleIssue.ID, "-e", "uk", "--out", out.toString());
        assertThat(first.exitCode()).as(first.err()).isZero();

        Process build = AuroraProcess.start(root, temp.resolve("build.log"), Map.of(),
                "build", SampleIssue.ID, "-e", "uk", "--out", out.toString(), "--force");
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
        while (build.isAlive() && partialFiles(ukPdf(out).getParent()).isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(1);
        }
        if (sigkill) {
            build.destroyForcibly();
        } else {
            build.destroy();
        }
        build.waitFor(1, TimeUnit.MINUTES);

        // the previous PDF, or the second build's if it finished its file before the signal: complete either way
        assertCompleteUkPdf(ukPdf(out));
        return root;
    }

    @Test
    void aBuildKilledWithSigkillLeavesThePreviousCompletePdfAndTheNextBuildWorks() throws Exception {
        Path root = stopSecondBuild(true);
        Path out = root.resolve("out");

        CliRun again = SampleWorkspace.run(root, "build", SampleIssue.ID, "-e", "uk", "--out", out.toString());
        assertThat(again.exitCode()).as(again.err()).isZero();
        assertCompleteUkPdf(ukPdf(out));
    }

    @Test
    void aBuildStoppedWithSigtermLeavesNoPartialFile() throws Exception {
        Path root = stopSecondBuild(false);

        assertThat(partialFiles(ukPdf(root.resolve("out")).getParent())).isEmpty();
    }

    @Test
    void anOutputFolderThatIsAFileFailsEveryEditionWithOneClearLine() throws IOException {
        Path root = root();
        Path file = root.resolve("out");
        Files.writeString(file, "not a folder");

        CliRun run = SampleWorkspace.run(root, "build", SampleIssue.ID, "-e", "uk", "--out", file.resolve("pdfs").toString());

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.FAILED);
        assertThat(run.err()).contains("uk     cannot create the output folder").contains("is a file, not a folder")
                .doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void aReadOnlyOutputFolderKeepsThePreviousPdfAndSaysWhy() throws IOException {
        Path root = root();
        Path out = root.resolve("out");
        CliRun first = SampleWorkspace.run(root, "build", SampleIssue.ID, "-e", "uk", "--out", out.toString());
        assertThat(first.exitCode()).as(first.err()).isZero();
        byte[] previous = Files.readAllBytes(ukPdf(out));
        Path folder = ukPdf(out).getParent();
        Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            assumeTrue(!Files.isWritable(folder), "this user (root?) can write a read-only folder");

            CliRun run = SampleWorkspace.run(root, "build", SampleIssue.ID, "-e", "uk", "--out", out.toString(), "--force");

            assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.FAILED);
            assertThat(run.err()).contains("uk     cannot write").contains("permission denied")
                    .contains("could not be removed and is out of date").doesNotContain("\tat ");
            assertThat(Files.readAllBytes(ukPdf(out))).isEqualTo(previous);
            assertThat(partialFiles(folder)).isEmpty();
        } finally {
            Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    @Test
    void anOutputFolderNobodyMayWriteFailsWithPermissionDenied() {
        Path unwritable = Path.of("/sys/kernel"); // sysfs: not even root may create files here
        assumeTrue(Files.isDirectory(unwritable), "no /sys/kernel on this machine");

        CliRun run = SampleWorkspace.run(root(), "build", SampleIssue.ID, "-e", "uk", "--out", unwritable.toString());

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.FAILED);
        assertThat(run.err()).contains("uk     cannot create the output folder /sys/kernel/2017-11")
                .containsPattern("permission denied|not a folder|read-only").doesNotContain("\tat ");
    }

    @Test
    void aFailedRemovalOfTheEarlierPdfIsReported() throws IOException {
        Path root = root();
        Path out = root.resolve("out");
        Files.createDirectories(ukPdf(out));
        Files.writeString(ukPdf(out).resolve("keep"), "makes uk.pdf a folder that cannot be deleted");
        SampleWorkspace.edit(root, "styles/broadsheet.xsl", "<xsl:template match=\"pullquote\">",
                "<xsl:template match=\"pullquote\"/>\n  <xsl:template match=\"pullquote\" mode=\"dropped\">");

        CliRun run = SampleWorkspace.run(root, "build", SampleIssue.ID, "-e", "uk", "--out", out.toString());

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.FAILED);
        assertThat(run.err()).contains("[text-lost]; the earlier ").contains("uk.pdf could not be removed and is out of date")
                .contains("is a folder, not a file");
    }

    @Test
    void anInternalErrorInAnEditionRemovesItsEarlierPdfExitsWith3AndShowsTheTraceUnderDebug() throws IOException {
        Path root = root();
        Path out = root.resolve("out");
        CliRun first = SampleWorkspace.run(root, "build", SampleIssue.ID, "-e", "uk", "--out", out.toString());
        assertThat(first.exitCode()).as(first.err()).isZero();
        SampleWorkspace.edit(root, "styles/broadsheet.xsl", "<xsl:template match=\"pullquote\">",
                "<xsl:template match=\"pullquote\"><xsl:sequence select=\"error(QName('', 'broken'), 'a broken template')\"/>"
                        + "</xsl:template>\n  <xsl:template match=\"pullquote\" mode=\"dropped\">");

        CliRun run = SampleWorkspace.run(root, "build", SampleIssue.ID, "-e", "uk", "--out", out.toString());
        CliRun debug = SampleWorkspace.run(root, "build", SampleIssue.ID, "-e", "uk", "--out", out.toString(), "--debug");

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.INTERNAL);
        assertThat(run.err()).contains("uk     internal error:").contains("a broken template")
                .contains("run with --debug for details").doesNotContain("\tat ");
        assertThat(debug.exitCode()).isEqualTo(ExitCodes.INTERNAL);
        assertThat(debug.err()).contains("\tat press.aurora.");
        assertThat(ukPdf(out)).doesNotExist();
        assertThat(partialFiles(ukPdf(out).getParent())).isEmpty();
    }

    @Test
    void aMalformedSourceDateEpochIsAUsageError() throws Exception {
        Path root = root();
        Path log = temp.resolve("epoch.log");

        Process build = AuroraProcess.start(root, log, Map.of("SOURCE_DATE_EPOCH", "yesterday"),
                "build", SampleIssue.ID, "-e", "uk", "--out", root.resolve("out").toString());
        assertThat(build.waitFor(3, TimeUnit.MINUTES)).isTrue();

        assertThat(build.exitValue()).isEqualTo(ExitCodes.USAGE);
        assertThat(Files.readString(log)).contains("SOURCE_DATE_EPOCH must be a whole number of seconds since 1970-01-01 UTC")
                .contains("not 'yesterday'");
        assertThat(ukPdf(root.resolve("out"))).doesNotExist();
    }
}
