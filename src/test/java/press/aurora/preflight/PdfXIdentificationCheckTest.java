package press.aurora.preflight;

import static org.assertj.core.api.Assertions.assertThat;
import static press.aurora.preflight.PrintPdf.A4_PRINT;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;

import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.graphics.color.PDOutputIntent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PdfXIdentificationCheckTest {

    @TempDir
    Path dir;

    private final Preflight preflight = new Preflight();

    @Test
    void reportsMissingOutputIntent() throws IOException {
        try (PrintPdf pdf = PrintPdf.a4(4)) {
            catalog(pdf).getCOSObject().removeItem(COSName.OUTPUT_INTENTS);
            Path file = pdf.save(dir, "no-intent.pdf");

            assertThat(preflight.check(file, A4_PRINT)).containsExactly(new PreflightFinding(file, 0, Severity.ERROR,
                    "output-intent-missing", "no PDF/X output intent (OutputIntent with /S /GTS_PDFX)"));
        }
    }

    @Test
    void takesAPdfAOutputIntentForNoPdfXOutputIntent() throws IOException {
        try (PrintPdf pdf = PrintPdf.a4(4)) {
            catalog(pdf).getOutputIntents().get(0).getCOSObject().setItem(COSName.S, COSName.GTS_PDFA1);
            Path file = pdf.save(dir, "pdfa-intent.pdf");

            assertThat(preflight.check(file, A4_PRINT)).extracting(PreflightFinding::check)
                    .containsExactly("output-intent-missing");
        }
    }

    @Test
    void reportsOutputIntentWithoutProfile() throws IOException {
        try (PrintPdf pdf = PrintPdf.a4(4)) {
            catalog(pdf).getOutputIntents().get(0).getCOSObject().removeItem(COSName.DEST_OUTPUT_PROFILE);
            Path file = pdf.save(dir, "no-profile.pdf");

            assertThat(preflight.check(file, A4_PRINT)).containsExactly(new PreflightFinding(file, 0, Severity.ERROR,
                    "output-intent-profile-missing", "the PDF/X output intent has no DestOutputProfile"));
        }
    }

    @Test
    void reportsRgbOutputProfile() throws IOException {
        try (PrintPdf pdf = PrintPdf.a4(4)) {
            catalog(pdf).getCOSObject().removeItem(COSName.OUTPUT_INTENTS);
            byte[] srgb = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();
            PDOutputIntent rgb = PrintPdf.pdfxOutputIntent(pdf.document(), new ByteArrayInputStream(srgb), 3);
            catalog(pdf).addOutputIntent(rgb);
            Path file = pdf.save(dir, "rgb-intent.pdf");

            assertThat(preflight.check(file, A4_PRINT)).containsExactly(new PreflightFinding(file, 0, Severity.ERROR,
                    "output-intent-not-cmyk", "the output intent's ICC profile is RGB, not CMYK"));
        }
    }

    @Test
    void reportsMissingPdfXVersion() throws IOException {
        try (PrintPdf pdf = PrintPdf.a4(4)) {
            catalog(pdf).setMetadata(null);
            Path file = pdf.save(dir, "no-version.pdf");

            assertThat(preflight.check(file, A4_PRINT)).containsExactly(new PreflightFinding(file, 0, Severity.ERROR,
                    "pdfx-version-missing",
                    "no PDF/X version: neither the XMP metadata nor the document info has GTS_PDFXVersion"));
        }
    }

    @Test
    void reportsXmpWithoutPdfXVersion() throws IOException {
        try (PrintPdf pdf = PrintPdf.a4(4)) {
            PrintPdf.setXmp(pdf.document(), "<pdfxid:SomethingElse>PDF/X-4</pdfxid:SomethingElse>");
            Path file = pdf.save(dir, "other-xmp.pdf");

            assertThat(preflight.check(file, A4_PRINT)).extracting(PreflightFinding::check)
                    .containsExactly("pdfx-version-missing");
        }
    }

    @Test
    void acceptsPdfXVersionWrittenAsAnXmpAttribute() throws IOException {
        try (PrintPdf pdf = PrintPdf.a4(4)) {
            PrintPdf.setXmp(pdf.document(), "pdfxid:GTS_PDFXVersion=\"PDF/X-4\"");
            Path file = pdf.save(dir, "xmp-attribute.pdf");

            assertThat(preflight.check(file, A4_PRINT)).isEmpty();
        }
    }

    @Test
    void acceptsPdfXVersionFromTheDocumentInfo() throws IOException {
        try (PrintPdf pdf = PrintPdf.a4(4)) {
            catalog(pdf).setMetadata(null);
            pdf.document().getDocumentInformation().setCustomMetadataValue("GTS_PDFXVersion", "PDF/X-1a:2001");
            Path file = pdf.save(dir, "info-version.pdf", 1.3f);

            assertThat(preflight.check(file, A4_PRINT)).isEmpty();
        }
    }

    @Test
    void reportsMissingTrappedKey() throws IOException {
        try (PrintPdf pdf = PrintPdf.a4(4)) {
            pdf.document().getDocumentInformation().getCOSObject().removeItem(COSName.TRAPPED);
            Path file = pdf.save(dir, "no-trapped.pdf");

            assertThat(preflight.check(file, A4_PRINT)).containsExactly(new PreflightFinding(file, 0, Severity.ERROR,
                    "trapped-missing", "the document does not say whether it is trapped: PDF/X needs Trapped True or False"
                            + " (in the document info or as pdf:Trapped in the XMP)"));
        }
    }

    @Test
    void reportsTrappedUnknown() throws IOException {
        try (PrintPdf pdf = PrintPdf.a4(4)) {
            pdf.document().getDocumentInformation().setTrapped("Unknown");
            Path file = pdf.save(dir, "trapped-unknown.pdf");

            assertThat(preflight.check(file, A4_PRINT)).containsExactly(new PreflightFinding(file, 0, Severity.ERROR,
                    "trapped-missing", "the document's Trapped is Unknown: PDF/X allows only True or False"));
        }
    }

    @Test
    void acceptsTrappedFromTheXmp() throws IOException {
        try (PrintPdf pdf = PrintPdf.a4(4)) {
            pdf.document().getDocumentInformation().getCOSObject().removeItem(COSName.TRAPPED);
            PrintPdf.setXmp(pdf.document(), "<pdfxid:GTS_PDFXVersion>PDF/X-4</pdfxid:GTS_PDFXVersion>"
                    + "<pdf:Trapped xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\">False</pdf:Trapped>");
            Path file = pdf.save(dir, "xmp-trapped.pdf");

            assertThat(preflight.check(file, A4_PRINT)).isEmpty();
        }
    }

    private static PDDocumentCatalog catalog(PrintPdf pdf) {
        return pdf.document().getDocumentCatalog();
    }
}
