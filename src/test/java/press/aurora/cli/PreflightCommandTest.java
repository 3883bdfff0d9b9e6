package press.aurora.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import press.aurora.testing.CliRun;
import press.aurora.testing.SampleIssue;

/** aurora preflight on PDFs that break what a printer checks, and on a good print file. */
class PreflightCommandTest {

    @TempDir
    static Path temp;
    static Path goodPdf;

    @BeforeAll
    static void buildOneEdition() {
        CliRun build = CliRun.of("build", SampleIssue.ID, "-e", "uk", "--out", temp.resolve("out").toString());
        assertThat(build.exitCode()).as(build.err()).isZero();
        goodPdf = temp.resolve("out").resolve(SampleIssue.ID).resolve("uk.pdf");
    }

    /** A PDF of {@code pages} A3 pages with text in a standard font (not embedded) and, optionally, an RGB image. */
    private static Path makePdf(String name, int pages, boolean trimBox, boolean rgbImage) throws IOException {
        Path file = temp.resolve(name);
        try (PDDocument document = new PDDocument()) {
            for (int i = 0; i < pages; i++) {
                PDPage page = new PDPage(new PDRectangle(297 * 72 / 25.4f, 420 * 72 / 25.4f));
                if (trimBox) {
                    page.setTrimBox(page.getMediaBox());
                }
                document.addPage(page);
                try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                    content.beginText();
                    content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                    content.newLineAtOffset(72, 700);
                    content.showText("Aurora");
                    content.endText();
                    if (rgbImage) {
                        BufferedImage image = new BufferedImage(600, 600, BufferedImage.TYPE_INT_RGB);
                        image.setRGB(10, 10, 0xff0000);
                        content.drawImage(LosslessFactory.createFromImage(document, image), 72, 72, 144, 144);
                    }
                }
            }
            document.save(file.toFile());
        }
        return file;
    }

    @Test
    void aGoodPrintFilePassesWithExitZero() {
        CliRun run = CliRun.of("preflight", goodPdf.toString());
        assertThat(run.exitCode()).as(run.out()).isZero();
        assertThat(run.out()).isEqualTo("preflight: 1 file, 0 errors, 0 warnings\n");
    }

    @Test
    void anUnembeddedStandardFontIsAnError() throws IOException {
        Path pdf = makePdf("helvetica.pdf", 1, true, false);
        CliRun run = CliRun.of("preflight", pdf.toString());
        assertThat(run.exitCode()).isEqualTo(ExitCodes.FAILED);
        assertThat(run.out()).containsPattern("helvetica\\.pdf: page 1: error: .*Helvetica.* \\[font-not-embedded\\]");
    }

    @Test
    void anRgbImageInAPrintFileIsAnError() throws IOException {
        Path pdf = makePdf("rgb.pdf", 1, true, true);
        CliRun run = CliRun.of("preflight", pdf.toString());
        assertThat(run.exitCode()).isEqualTo(ExitCodes.FAILED);
        assertThat(run.out()).containsPattern("rgb\\.pdf: page 1: error: .*\\[rgb-image\\]");
    }

    @Test
    void aMissingTrimBoxIsAnError() throws IOException {
        Path pdf = makePdf("notrim.pdf", 1, false, false);
        CliRun run = CliRun.of("preflight", pdf.toString());
        assertThat(run.exitCode()).isEqualTo(ExitCodes.FAILED);
        assertThat(run.out()).containsPattern("notrim\\.pdf: page 1: error: .*\\[trimbox-missing\\]");
    }

    @Test
    void aPageCountThatIsNotTheEditionsMultipleIsAnError() throws IOException {
        Path folder = temp.resolve("wrong-count");
        java.nio.file.Files.createDirectories(folder);
        Path pdf = makePdf("wrong-count/uk.pdf", 3, true, false);
        CliRun run = CliRun.of("preflight", pdf.toString());
        assertThat(run.exitCode()).isEqualTo(ExitCodes.FAILED);
        assertThat(run.out()).containsPattern("uk\\.pdf: error: .*3.*\\[page-count\\]");
    }

    @Test
    void aBuiltFileWithoutTrappedWithTransparencyAndPdf16UnderAPdfX3ClaimFails() throws IOException {
        Path folder = java.nio.file.Files.createDirectories(temp.resolve("x3-transparency"));
        Path pdf = folder.resolve("uk.pdf");
        try (PDDocument document = org.apache.pdfbox.Loader.loadPDF(goodPdf.toFile())) {
            document.getDocumentInformation().getCOSObject().removeItem(org.apache.pdfbox.cos.COSName.TRAPPED);
            document.getDocumentCatalog().setMetadata(null);
            document.getDocumentInformation().setCustomMetadataValue("GTS_PDFXVersion", "PDF/X-3:2003");
            var half = new org.apache.pdfbox.pdmodel.graphics.state.PDExtendedGraphicsState();
            half.setNonStrokingAlphaConstant(0.4f);
            try (PDPageContentStream content = new PDPageContentStream(document, document.getPage(1),
                    PDPageContentStream.AppendMode.APPEND, true, true)) {
                content.setGraphicsStateParameters(half);
                content.setNonStrokingColor(0f, 0f, 0f, 1f);
                content.addRect(100, 100, 50, 50);
                content.fill();
            }
            document.save(pdf.toFile());
        }
        CliRun run = CliRun.of("preflight", pdf.toString());
        assertThat(run.exitCode()).isEqualTo(ExitCodes.FAILED);
        assertThat(run.out()).contains("uk.pdf: error: the document does not say whether it is trapped: PDF/X needs Trapped"
                        + " True or False (in the document info or as pdf:Trapped in the XMP) [trapped-missing]\n")
                .contains("uk.pdf: page 2: error: fill painted with opacity 40%: transparency, which PDF/X-3:2003 forbids;"
                        + " flatten it [transparency]\n")
                .contains("uk.pdf: error: the file is PDF 1.6 (its header is %PDF-1.6): PDF/X-3:2003 allows at most PDF 1.4;"
                        + " write it as PDF 1.4 [pdf-version]\n")
                .endsWith("preflight: 1 file, 3 errors, 0 warnings\n");
    }

    @Test
    void aFileWithMorePagesThanItsEditionIsPrintedOnIsAnError() throws IOException {
        Path folder = java.nio.file.Files.createDirectories(temp.resolve("too-many"));
        Path pdf = folder.resolve("uk.pdf");
        try (PDDocument document = org.apache.pdfbox.Loader.loadPDF(goodPdf.toFile())) {
            document.addPage(document.getPage(0));
            document.addPage(document.getPage(1));
            document.save(pdf.toFile());
        }
        CliRun run = CliRun.of("preflight", pdf.toString());
        assertThat(run.exitCode()).isEqualTo(ExitCodes.FAILED);
        assertThat(run.out()).isEqualTo(pdf + ": error: the document has 4 pages; the edition is printed on 2 pages [page-count]\n"
                + "preflight: 1 file, 1 error, 0 warnings\n");
    }

    @Test
    void jsonListsEachFileAndCountsErrors() throws IOException {
        Path pdf = makePdf("json.pdf", 1, false, false);
        CliRun run = CliRun.of("preflight", "--format", "json", goodPdf.toString(), pdf.toString());
        assertThat(run.exitCode()).isEqualTo(ExitCodes.FAILED);
        assertThat(run.out()).contains("\"files\"").contains("\"check\": \"trimbox-missing\"").contains("\"severity\": \"error\"");
    }

    @Test
    void aMissingFileIsAUsageError() {
        CliRun run = CliRun.of("preflight", temp.resolve("nothing.pdf").toString());
        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains("no such file").contains("nothing.pdf");
    }
}
