package press.aurora.image;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import press.aurora.testing.CliRun;
import press.aurora.testing.PdfImages;
import press.aurora.testing.TestImages;

/**
 * A photo from a phone held upright: stored on its side (1200 x 800) with EXIF orientation 6, as phones write it.
 * Every viewer turns it; the printed page must too, so the PDF holds it upright, 800 x 1200, with the corner the
 * phone stored at the bottom left now at the top left.
 */
class PhoneOrientationTest {

    @Test
    void aPhotoStoredOnItsSideIsPrintedUpright(@TempDir Path temp) throws IOException {
        Path issue = temp.resolve("issues").resolve("2026-phone");
        TestImages.sidewaysPhoneJpeg(issue.resolve("photos").resolve("upright.jpg"), 1200, 800);
        Files.writeString(issue.resolve("issue.yaml"), """
                number: 4
                date: 2026-06-01
                source-language: en
                articles:
                  - file: march.md
                    role: lead
                  - file: about.md
                    role: about
                """);
        Files.writeString(issue.resolve("march.md"), """
                ---
                title: The march reaches the square
                ---

                A reader held her phone upright to take the picture.

                ![The head of the march](photos/upright.jpg "The head of the march at noon")
                """);
        Files.writeString(issue.resolve("about.md"), """
                ---
                title: About this paper
                ---

                Written and printed by its readers.
                """);
        Path out = temp.resolve("out");

        CliRun build = CliRun.of("build", issue.toString(), "-e", "uk", "--variant", "all", "--out", out.toString());

        assertThat(build.exitCode()).as(build.err()).isZero();
        for (String file : new String[] {"uk.pdf", "uk.screen.pdf"}) {
            Path pdf = out.resolve("2026-phone").resolve(file);
            PdfImages.Row row = PdfImages.list(pdf).get(0);
            assertThat(row.width()).as(file + ": poppler sees the picture upright").isEqualTo(800);
            assertThat(row.height()).isEqualTo(1200);
            BufferedImage printed = onlyImage(pdf);
            assertThat(isRed(printed.getRGB(40, 40))).as(file + ": the stored bottom-left corner is at the top left").isTrue();
            assertThat(isRed(printed.getRGB(760, 1160))).as(file + ": the bottom right is not").isFalse();
        }
    }

    private static BufferedImage onlyImage(Path pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            PDResources resources = document.getPage(0).getResources();
            for (COSName name : resources.getXObjectNames()) {
                if (resources.getXObject(name) instanceof PDImageXObject image) {
                    return image.getImage();
                }
            }
        }
        throw new AssertionError("no image on page 1 of " + pdf);
    }

    private static boolean isRed(int rgb) {
        int red = rgb >> 16 & 0xff;
        int green = rgb >> 8 & 0xff;
        return red > 150 && green < 110;
    }
}
