package press.aurora.preflight;

import static org.assertj.core.api.Assertions.assertThat;
import static press.aurora.preflight.PrintPdf.A4_PRINT;

import java.io.IOException;
import java.nio.file.Path;

import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AnnotationCheckTest {

    @TempDir
    Path dir;

    private final Preflight preflight = new Preflight();

    @Test
    void reportsLinkAnnotationInAPrintFile() throws IOException {
        try (PrintPdf pdf = PrintPdf.a4(4)) {
            pdf.page(2).getAnnotations().add(PreflightTest.link());
            Path file = pdf.save(dir, "link.pdf");

            assertThat(preflight.check(file, A4_PRINT)).containsExactly(new PreflightFinding(file, 2, Severity.ERROR,
                    "annotation", "1 Link annotation in a print file (only printer's marks are allowed)"));
        }
    }

    @Test
    void countsAnnotationsOfOneKindInOneFinding() throws IOException {
        try (PrintPdf pdf = PrintPdf.a4(4)) {
            pdf.page(2).getAnnotations().add(PreflightTest.link());
            pdf.page(2).getAnnotations().add(PreflightTest.link());
            Path file = pdf.save(dir, "links.pdf");

            assertThat(preflight.check(file, A4_PRINT)).containsExactly(new PreflightFinding(file, 2, Severity.ERROR,
                    "annotation", "2 Link annotations in a print file (only printer's marks are allowed)"));
        }
    }

    @Test
    void ignoresPrinterMarkAnnotations() throws IOException {
        try (PrintPdf pdf = PrintPdf.a4(4)) {
            COSDictionary mark = new COSDictionary();
            mark.setItem(COSName.TYPE, COSName.ANNOT);
            mark.setName(COSName.SUBTYPE, "PrinterMark");
            PDAnnotation annotation = PDAnnotation.createAnnotation(mark);
            annotation.setRectangle(PrintPdf.mm(0, 0, 3, 3));
            pdf.page(1).getAnnotations().add(annotation);
            Path file = pdf.save(dir, "printer-mark.pdf");

            assertThat(preflight.check(file, A4_PRINT)).isEmpty();
        }
    }
}
