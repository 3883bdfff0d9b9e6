package press.aurora.preflight;

import static org.assertj.core.api.Assertions.assertThat;
import static press.aurora.preflight.PrintPdf.A4_PRINT;

import java.io.IOException;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class XmpDublinCoreCheckTest {

    private static final String DC = " xmlns:dc=\"http://purl.org/dc/elements/1.1/\"";

    @TempDir
    Path dir;

    private final Preflight preflight = new Preflight();

    @Test
    void queriesDublinCoreWrittenAsPlainTextAsFopWritesIt() throws IOException {
        try (PrintPdf pdf = PrintPdf.a4(4)) {
            PrintPdf.setXmp(pdf.document(), "<pdfxid:GTS_PDFXVersion>PDF/X-4</pdfxid:GTS_PDFXVersion>"
                    + "<dc:title" + DC + ">Harbour News 3</dc:title><dc:creator" + DC + ">The Tide Clock Collective</dc:creator>"
                    + "<dc:format" + DC + ">application/pdf</dc:format>");
            Path file = pdf.save(dir, "plain-dc.pdf", 1.6f);

            assertThat(preflight.check(file, A4_PRINT)).containsExactly(
                    new PreflightFinding(file, 0, Severity.WARNING, "xmp-value-type", "the XMP metadata's dc:title is plain"
                            + " text, where XMP wants a language alternative (rdf:Alt): not valid XMP, which a PDF/X-4 preflight"
                            + " that validates metadata refuses"),
                    new PreflightFinding(file, 0, Severity.WARNING, "xmp-value-type", "the XMP metadata's dc:creator is plain"
                            + " text, where XMP wants an ordered array (rdf:Seq): not valid XMP, which a PDF/X-4 preflight"
                            + " that validates metadata refuses"));
        }
    }

    @Test
    void queriesTheWrongKindOfArrayAndAnAttribute() throws IOException {
        try (PrintPdf pdf = PrintPdf.a4(4)) {
            PrintPdf.setXmp(pdf.document(), "pdfxid:GTS_PDFXVersion=\"PDF/X-4\" dc:language=\"cy\"" + DC);
            Path attribute = pdf.save(dir, "attribute-dc.pdf", 1.6f);
            PrintPdf.setXmp(pdf.document(), "<pdfxid:GTS_PDFXVersion>PDF/X-4</pdfxid:GTS_PDFXVersion>"
                    + "<dc:subject" + DC + "><rdf:Seq><rdf:li>ferries</rdf:li></rdf:Seq></dc:subject>");
            Path wrongArray = pdf.save(dir, "seq-subject.pdf", 1.6f);

            assertThat(preflight.check(attribute, A4_PRINT)).extracting(PreflightFinding::message).containsExactly(
                    "the XMP metadata's dc:language is plain text, where XMP wants an unordered array (rdf:Bag): not valid"
                            + " XMP, which a PDF/X-4 preflight that validates metadata refuses");
            assertThat(preflight.check(wrongArray, A4_PRINT)).extracting(PreflightFinding::message).containsExactly(
                    "the XMP metadata's dc:subject is an rdf:Seq, where XMP wants an unordered array (rdf:Bag): not valid"
                            + " XMP, which a PDF/X-4 preflight that validates metadata refuses");
        }
    }

    @Test
    void acceptsTheArraysXmpDefines() throws IOException {
        try (PrintPdf pdf = PrintPdf.a4(4)) {
            PrintPdf.setXmp(pdf.document(), "<pdfxid:GTS_PDFXVersion>PDF/X-4</pdfxid:GTS_PDFXVersion>"
                    + "<dc:title" + DC + "><rdf:Alt><rdf:li xml:lang=\"x-default\">Harbour News 3</rdf:li></rdf:Alt></dc:title>"
                    + "<dc:date" + DC + "><rdf:Seq><rdf:li>2031-04-18</rdf:li></rdf:Seq></dc:date>"
                    + "<dc:language" + DC + "><rdf:Bag><rdf:li>cy</rdf:li></rdf:Bag></dc:language>");
            Path file = pdf.save(dir, "arrays-dc.pdf", 1.6f);

            assertThat(preflight.check(file, A4_PRINT)).isEmpty();
            assertThat(preflight.check(file, PreflightExpectations.proof())).isEmpty();
        }
    }
}
