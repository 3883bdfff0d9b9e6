package press.aurora.preflight;

import static org.assertj.core.api.Assertions.assertThat;
import static press.aurora.preflight.PrintPdf.A4_PRINT;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdfwriter.compress.CompressParameters;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PdfVersionCheckTest {

    @TempDir
    Path dir;

    private final Preflight preflight = new Preflight();

    @Test
    void acceptsPdfX4HeadedPdf16() throws IOException {
        try (PrintPdf pdf = PrintPdf.a4(4)) {
            Path file = pdf.save(dir, "x4-16.pdf", 1.6f);

            assertThat(header(file)).isEqualTo("%PDF-1.6");
            assertThat(preflight.check(file, A4_PRINT)).isEmpty();
        }
    }

    @Test
    void refusesPdfX4HeadedPdf17() throws IOException {
        try (PrintPdf pdf = PrintPdf.a4(4)) {
            Path file = pdf.save(dir, "x4-17.pdf", 1.7f);

            assertThat(preflight.check(file, A4_PRINT)).containsExactly(new PreflightFinding(file, 0, Severity.ERROR,
                    "pdf-version", "the file is PDF 1.7 (its header is %PDF-1.7): PDF/X-4 allows at most PDF 1.6;"
                            + " write it as PDF 1.6"));
        }
    }

    @Test
    void queriesPdfX4HeadedPdf14() throws IOException {
        try (PrintPdf pdf = PrintPdf.a4(4)) {
            Path file = pdf.save(dir, "x4-14.pdf", 1.4f);

            assertThat(preflight.check(file, A4_PRINT)).containsExactly(new PreflightFinding(file, 0, Severity.WARNING,
                    "pdf-version", "the file is PDF 1.4 (its header is %PDF-1.4), older than the PDF 1.6 that PDF/X-4 is"
                            + " built on: preflight profiles that hold PDF/X-4 to PDF 1.6 refuse it; write it as PDF 1.6"));
        }
    }

    @Test
    void takesTheCatalogVersionWhenItIsHigherThanTheHeader() throws IOException {
        try (PrintPdf pdf = PrintPdf.a4(4)) {
            pdf.document().getDocument().setVersion(1.6f);
            pdf.document().getDocumentCatalog().getCOSObject().setItem(COSName.VERSION, COSName.getPDFName("1.7"));
            Path file = dir.resolve("x4-catalog-17.pdf");
            pdf.document().save(file.toFile(), CompressParameters.NO_COMPRESSION);

            assertThat(preflight.check(file, A4_PRINT)).extracting(PreflightFinding::message).containsExactly(
                    "the file is PDF 1.7 (its header is %PDF-1.6 and its catalog's /Version 1.7): PDF/X-4 allows at most"
                            + " PDF 1.6; write it as PDF 1.6");
        }
    }

    @Test
    void holdsPdfX3To14() throws IOException {
        try (PrintPdf pdf = PrintPdf.a4(4)) {
            PrintPdf.setXmp(pdf.document(), "<pdfxid:GTS_PDFXVersion>PDF/X-3:2003</pdfxid:GTS_PDFXVersion>");
            Path right = pdf.save(dir, "x3-14.pdf", 1.4f);
            Path wrong = pdf.save(dir, "x3-16.pdf", 1.6f);

            assertThat(preflight.check(right, A4_PRINT)).isEmpty();
            assertThat(preflight.check(wrong, A4_PRINT)).extracting(PreflightFinding::message).containsExactly(
                    "the file is PDF 1.6 (its header is %PDF-1.6): PDF/X-3:2003 allows at most PDF 1.4; write it as PDF 1.4");
        }
    }

    @Test
    void leavesScreenFilesAndUnknownClaimsAlone() throws IOException {
        try (PrintPdf pdf = PrintPdf.a4(4)) {
            Path screen = pdf.save(dir, "screen-17.pdf", 1.7f);
            PrintPdf.setXmp(pdf.document(), "<pdfxid:GTS_PDFXVersion>PDF/X-9</pdfxid:GTS_PDFXVersion>");
            Path unknown = pdf.save(dir, "x9-17.pdf", 1.7f);

            assertThat(preflight.check(screen, PreflightExpectations.proof())).extracting(PreflightFinding::check)
                    .doesNotContain("pdf-version");
            assertThat(preflight.check(unknown, A4_PRINT)).extracting(PreflightFinding::check).doesNotContain("pdf-version");
        }
    }

    private static String header(Path file) throws IOException {
        return new String(Files.readAllBytes(file), 0, 8, StandardCharsets.ISO_8859_1);
    }
}
