package press.aurora.preflight;

import static org.assertj.core.api.Assertions.assertThat;
import static press.aurora.preflight.PrintPdf.A4_PRINT;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSFloat;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDFormContentStream;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.function.PDFunctionType2;
import org.apache.pdfbox.pdmodel.graphics.color.PDColor;
import org.apache.pdfbox.pdmodel.graphics.color.PDDeviceCMYK;
import org.apache.pdfbox.pdmodel.graphics.color.PDSeparation;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ColourSpaceCheckTest {

    @TempDir
    Path dir;

    private final Preflight preflight = new Preflight();

    @Test
    void reportsRgbFillColour() throws IOException {
        try (PrintPdf pdf = PrintPdf.a4(4)) {
            try (PDPageContentStream content = pdf.append(1)) {
                content.setNonStrokingColor(0.8f, 0.1f, 0.1f);
                content.addRect(60, 60, 100, 20);
                content.fill();
            }
            Path file = pdf.save(dir, "rgb-fill.pdf");

            assertThat(preflight.check(file, A4_PRINT)).containsExactly(new PreflightFinding(file, 1, Severity.ERROR,
                    "rgb-colour", "RGB colour (DeviceRGB) used for fill"));
        }
    }

    @Test
    void reportsRgbTextColour() throws IOException {
        try (PrintPdf pdf = PrintPdf.a4(4)) {
            try (PDPageContentStream content = pdf.append(2)) {
                content.setNonStrokingColor(0.1f, 0.1f, 0.8f);
                content.beginText();
                content.setFont(pdf.serif(), 9);
                content.newLineAtOffset(60, 60);
                content.showText("blue words");
                content.endText();
            }
            Path file = pdf.save(dir, "rgb-text.pdf");

            assertThat(preflight.check(file, A4_PRINT)).containsExactly(new PreflightFinding(file, 2, Severity.ERROR,
                    "rgb-colour", "RGB colour (DeviceRGB) used for text"));
        }
    }

    @Test
    void reportsRgbImage() throws IOException {
        try (PrintPdf pdf = PrintPdf.a4(4)) {
            PDImageXObject photo = LosslessFactory.createFromImage(pdf.document(),
                    PrintPdf.image(300, 300, BufferedImage.TYPE_INT_RGB));
            try (PDPageContentStream content = pdf.append(3)) {
                content.drawImage(photo, 200, 200, 72, 72);
            }
            Path file = pdf.save(dir, "rgb-image.pdf");

            assertThat(preflight.check(file, A4_PRINT)).containsExactly(new PreflightFinding(file, 3, Severity.ERROR,
                    "rgb-image", "image Im2 (300 x 300 px, placed 25.4 x 25.4 mm) is RGB (DeviceRGB)"));
        }
    }

    @Test
    void findsRgbInsideAFormXObject() throws IOException {
        try (PrintPdf pdf = PrintPdf.a4(4)) {
            PDFormXObject form = new PDFormXObject(pdf.document());
            form.setBBox(new PDRectangle(100, 100));
            form.setResources(new PDResources());
            try (PDFormContentStream content = new PDFormContentStream(form)) {
                content.setStrokingColor(0f, 0.5f, 0f);
                content.moveTo(0, 0);
                content.lineTo(100, 100);
                content.stroke();
            }
            try (PDPageContentStream content = pdf.append(4)) {
                content.drawForm(form);
            }
            Path file = pdf.save(dir, "rgb-form.pdf");

            assertThat(preflight.check(file, A4_PRINT)).containsExactly(new PreflightFinding(file, 4, Severity.ERROR,
                    "rgb-colour", "RGB colour (DeviceRGB) used for stroke"));
        }
    }

    @Test
    void ignoresRgbColourThatIsSetButNeverPainted() throws IOException {
        try (PrintPdf pdf = PrintPdf.a4(4)) {
            try (PDPageContentStream content = pdf.append(1)) {
                content.setNonStrokingColor(0.8f, 0.1f, 0.1f);
            }
            Path file = pdf.save(dir, "rgb-unused.pdf");

            assertThat(preflight.check(file, A4_PRINT)).isEmpty();
        }
    }

    @Test
    void warnsAboutSpotColour() throws IOException {
        try (PrintPdf pdf = PrintPdf.a4(4)) {
            fillWithSeparation(pdf, "PANTONE 185 C");
            Path file = pdf.save(dir, "spot.pdf");

            assertThat(preflight.check(file, A4_PRINT)).containsExactly(new PreflightFinding(file, 1,
                    Severity.WARNING, "spot-colour", "spot colour \"PANTONE 185 C\" (Separation) used for fill"));
        }
    }

    @Test
    void acceptsTheRegistrationColourAll() throws IOException {
        try (PrintPdf pdf = PrintPdf.a4(4)) {
            fillWithSeparation(pdf, "All");
            Path file = pdf.save(dir, "registration.pdf");

            assertThat(preflight.check(file, A4_PRINT)).isEmpty();
        }
    }

    private static void fillWithSeparation(PrintPdf pdf, String colorant) throws IOException {
        PDSeparation separation = new PDSeparation();
        separation.setColorantName(colorant);
        separation.setAlternateColorSpace(PDDeviceCMYK.INSTANCE);
        separation.setTintTransform(new PDFunctionType2(tint()));
        try (PDPageContentStream content = pdf.append(1)) {
            content.setNonStrokingColor(new PDColor(new float[] {1f}, separation));
            content.addRect(60, 60, 100, 20);
            content.fill();
        }
    }

    /** A type 2 function from tint 0..1 to CMYK 0 0 0 0 .. 0 0.9 0.8 0. */
    private static COSDictionary tint() {
        COSDictionary function = new COSDictionary();
        function.setInt(COSName.FUNCTION_TYPE, 2);
        function.setItem(COSName.DOMAIN, floats(0, 1));
        function.setItem(COSName.C0, floats(0, 0, 0, 0));
        function.setItem(COSName.C1, floats(0, 0.9f, 0.8f, 0));
        function.setInt(COSName.N, 1);
        return function;
    }

    private static COSArray floats(float... values) {
        COSArray array = new COSArray();
        for (float value : values) {
            array.add(new COSFloat(value));
        }
        return array;
    }
}
