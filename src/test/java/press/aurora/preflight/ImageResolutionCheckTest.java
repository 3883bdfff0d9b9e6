package press.aurora.preflight;

import static org.assertj.core.api.Assertions.assertThat;
import static press.aurora.preflight.PrintPdf.A4_PRINT;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;

import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.util.Matrix;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImageResolutionCheckTest {

    @TempDir
    Path dir;

    private final Preflight preflight = new Preflight();

    @Test
    void reportsLowResolutionImageStretchedLargeAsError() throws IOException {
        try (PrintPdf pdf = PrintPdf.a4(4)) {
            PDImageXObject thumbnail = greyImage(pdf, 100, 100);
            try (PDPageContentStream content = pdf.append(1)) {
                content.drawImage(thumbnail, 300, 300, 144, 144);
            }
            Path file = pdf.save(dir, "stretched.pdf");

            assertThat(preflight.check(file, A4_PRINT)).containsExactly(new PreflightFinding(file, 1, Severity.ERROR,
                    "image-resolution-low",
                    "image Im2 (100 x 100 px, placed 50.8 x 50.8 mm) has 50 ppi, below the minimum of 120 ppi"));
        }
    }

    @Test
    void warnsAboutMidResolutionImage() throws IOException {
        try (PrintPdf pdf = PrintPdf.a4(4)) {
            PDImageXObject thumbnail = greyImage(pdf, 100, 100);
            try (PDPageContentStream content = pdf.append(2)) {
                content.drawImage(thumbnail, 300, 300, 45, 45);
            }
            Path file = pdf.save(dir, "soft.pdf");

            assertThat(preflight.check(file, A4_PRINT)).containsExactly(new PreflightFinding(file, 2,
                    Severity.WARNING, "image-resolution-low",
                    "image Im2 (100 x 100 px, placed 15.9 x 15.9 mm) has 160 ppi, below the recommended 200 ppi"));
        }
    }

    @Test
    void measuresThePlacedSizeThroughTheTransformationMatrix() throws IOException {
        try (PrintPdf pdf = PrintPdf.a4(4)) {
            PDImageXObject image = greyImage(pdf, 300, 300);
            try (PDPageContentStream content = pdf.append(3)) {
                content.transform(new Matrix(0, 2, -2, 0, 400, 100)); // a quarter turn, twice the size
                content.drawImage(image, 0, 0, 72, 72);
            }
            Path file = pdf.save(dir, "turned.pdf");

            assertThat(preflight.check(file, A4_PRINT)).containsExactly(new PreflightFinding(file, 3,
                    Severity.WARNING, "image-resolution-low",
                    "image Im2 (300 x 300 px, placed 50.8 x 50.8 mm) has 150 ppi, below the recommended 200 ppi"));
        }
    }

    @Test
    void judgesByTheLowerOfTheTwoResolutions() throws IOException {
        try (PrintPdf pdf = PrintPdf.a4(4)) {
            PDImageXObject banner = greyImage(pdf, 600, 100);
            try (PDPageContentStream content = pdf.append(4)) {
                content.drawImage(banner, 100, 100, 144, 72);
            }
            Path file = pdf.save(dir, "squashed.pdf");

            assertThat(preflight.check(file, A4_PRINT)).containsExactly(new PreflightFinding(file, 4, Severity.ERROR,
                    "image-resolution-low",
                    "image Im2 (600 x 100 px, placed 50.8 x 25.4 mm) has 100 ppi, below the minimum of 120 ppi"));
        }
    }

    @Test
    void usesTheEditionsResolutionLimits() throws IOException {
        try (PrintPdf pdf = PrintPdf.a4(4)) {
            PDImageXObject thumbnail = greyImage(pdf, 100, 100);
            try (PDPageContentStream content = pdf.append(1)) {
                content.drawImage(thumbnail, 300, 300, 144, 144);
            }
            Path file = pdf.save(dir, "coarse-ok.pdf");

            assertThat(preflight.check(file, A4_PRINT.withImagePpi(50, 40))).isEmpty();
        }
    }

    private static PDImageXObject greyImage(PrintPdf pdf, int width, int height) throws IOException {
        return LosslessFactory.createFromImage(pdf.document(),
                PrintPdf.image(width, height, BufferedImage.TYPE_BYTE_GRAY));
    }
}
