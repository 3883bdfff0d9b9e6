package press.aurora.preflight;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static press.aurora.preflight.PrintPdf.A4_PRINT;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDFormContentStream;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FontEmbeddingCheckTest {

    @TempDir
    Path dir;

    private final Preflight preflight = new Preflight();

    @Test
    void reportsUnembeddedStandardFont() throws IOException {
        try (PrintPdf pdf = PrintPdf.a4(4)) {
            showText(pdf, 2, new PDType1Font(Standard14Fonts.FontName.HELVETICA));
            Path file = pdf.save(dir, "helvetica.pdf");

            assertThat(preflight.check(file, A4_PRINT)).containsExactly(new PreflightFinding(file, 2,
                    Severity.ERROR, "font-not-embedded", "standard font \"Helvetica\" is not embedded"));
        }
    }

    @Test
    void reportsEachUnembeddedFontOnlyOnTheFirstPageUsingIt() throws IOException {
        try (PrintPdf pdf = PrintPdf.a4(4)) {
            PDType1Font helvetica = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            showText(pdf, 2, helvetica);
            showText(pdf, 3, helvetica);
            Path file = pdf.save(dir, "helvetica-twice.pdf");

            assertThat(preflight.check(file, A4_PRINT))
                    .extracting(PreflightFinding::page, PreflightFinding::check)
                    .containsExactly(tuple(2, "font-not-embedded"));
        }
    }

    @Test
    void reportsUnembeddedFontUsedInsideAFormXObject() throws IOException {
        try (PrintPdf pdf = PrintPdf.a4(4)) {
            PDFormXObject form = new PDFormXObject(pdf.document());
            form.setBBox(new PDRectangle(200, 50));
            form.setResources(new PDResources());
            try (PDFormContentStream content = new PDFormContentStream(form)) {
                content.setNonStrokingColor(0f, 0f, 0f, 1f);
                content.beginText();
                content.setFont(new PDType1Font(Standard14Fonts.FontName.COURIER), 9);
                content.showText("boxed");
                content.endText();
            }
            try (PDPageContentStream content = pdf.append(4)) {
                content.drawForm(form);
            }
            Path file = pdf.save(dir, "form-font.pdf");

            assertThat(preflight.check(file, A4_PRINT)).containsExactly(new PreflightFinding(file, 4,
                    Severity.ERROR, "font-not-embedded", "standard font \"Courier\" is not embedded"));
        }
    }

    @Test
    void looksThroughAType0FontToItsDescendantFont() throws IOException {
        try (PrintPdf pdf = PrintPdf.a4(4); InputStream ttf = Files.newInputStream(PrintPdf.NOTO_SERIF)) {
            PDType0Font full = PDType0Font.load(pdf.document(), ttf, false);
            showText(pdf, 1, full);
            full.getDescendantFont().getFontDescriptor().getCOSObject().removeItem(COSName.FONT_FILE2);
            Path file = pdf.save(dir, "type0-unembedded.pdf");

            assertThat(preflight.check(file, A4_PRINT)).containsExactly(new PreflightFinding(file, 1,
                    Severity.ERROR, "font-not-embedded",
                    "font \"NotoSerif-Regular\" (Type0/CIDFontType2) is not embedded"));
        }
    }

    private static void showText(PrintPdf pdf, int page, PDFont font) throws IOException {
        try (PDPageContentStream content = pdf.append(page)) {
            content.setNonStrokingColor(0f, 0f, 0f, 1f);
            content.beginText();
            content.setFont(font, 9);
            content.newLineAtOffset(70, 120);
            content.showText("Caption");
            content.endText();
        }
    }
}
