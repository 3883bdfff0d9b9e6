package press.aurora.preflight;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static press.aurora.preflight.PrintPdf.A4_PRINT;

import java.io.IOException;
import java.nio.file.Path;

import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmptyPageCheckTest {

    @TempDir
    Path dir;

    private final Preflight preflight = new Preflight();

    @Test
    void reportsAnEmptyPage() throws IOException {
        try (PrintPdf pdf = PrintPdf.a4(4)) {
            pdf.page(3).getCOSObject().removeItem(COSName.CONTENTS);
            Path file = pdf.save(dir, "empty.pdf");

            assertThat(preflight.check(file, A4_PRINT)).containsExactly(new PreflightFinding(file, 3, Severity.ERROR,
                    "empty-page", "the page is empty: no text, images or drawings"));
        }
    }

    @Test
    void takesAPageWithOnlyInvisibleTextForEmpty() throws IOException {
        try (PrintPdf pdf = PrintPdf.a4(4)) {
            pdf.page(2).getCOSObject().removeItem(COSName.CONTENTS);
            try (PDPageContentStream content = pdf.append(2)) {
                content.beginText();
                content.setFont(pdf.serif(), 9);
                content.setRenderingMode(RenderingMode.NEITHER);
                content.showText("recognised text under a scan");
                content.endText();
            }
            Path file = pdf.save(dir, "invisible.pdf");

            assertThat(preflight.check(file, A4_PRINT)).extracting(PreflightFinding::page, PreflightFinding::check)
                    .containsExactly(tuple(2, "empty-page"));
        }
    }

    @Test
    void takesAPageWithOnlyARuleForPrinted() throws IOException {
        try (PrintPdf pdf = PrintPdf.a4(4)) {
            pdf.page(2).getCOSObject().removeItem(COSName.CONTENTS);
            try (PDPageContentStream content = pdf.append(2)) {
                content.setStrokingColor(0f, 0f, 0f, 1f);
                content.moveTo(100, 400);
                content.lineTo(400, 400);
                content.stroke();
            }
            Path file = pdf.save(dir, "rule.pdf");

            assertThat(preflight.check(file, A4_PRINT)).isEmpty();
        }
    }
}
