package press.aurora.image;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import press.aurora.testing.CliRun;
import press.aurora.testing.PdfProbe;
import press.aurora.testing.SampleIssue;
import press.aurora.testing.TestImages;

/**
 * A photo as a phone sends it: stored on its side with an EXIF orientation, in a folder and under a name
 * with spaces and accents. It is printed standing up, as every viewer shows it.
 */
class PhonePhotoTest {

    @TempDir
    Path temp;

    @Test
    void aPortraitPhonePhotoStoredOnItsSideIsPrintedStandingUp() throws IOException {
        Path issue = SampleIssue.copyTo(temp.resolve("issues"));
        // stored 1200 x 900 (landscape), red block in the stored top-left corner; orientation 6: turn a quarter clockwise
        TestImages.phonePhoto(issue.resolve("Fotos Märzstreik/IMG 2041.JPG"), 1200, 900, 6);
        SampleIssue.edit(issue, "about.md", "## Subscriptions\n",
                "![A picket at the gates](Fotos Märzstreik/IMG 2041.JPG \"The picket at dawn\")\nPhoto: a reader\n\n## Subscriptions\n");

        CliRun run = CliRun.of("build", issue.toString(), "-e", "uk", "--out", temp.resolve("out").toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        try (PdfProbe probe = PdfProbe.open(temp.resolve("out").resolve(SampleIssue.ID).resolve("uk.pdf"))) {
            assertThat(PdfProbe.words(probe.text())).contains(PdfProbe.words("The picket at dawn"));
            BufferedImage photo = portraitImages(probe).stream().findFirst().orElseThrow(
                    () -> new AssertionError("no portrait image in the PDF: the photo was printed on its side"));
            assertThat(photo.getHeight() * 3).isEqualTo(photo.getWidth() * 4);
            int w = photo.getWidth();
            assertThat(redness(photo, w - 1 - w / 10, w / 10)).as("the red corner is at the top right").isGreaterThan(100);
            assertThat(redness(photo, w / 10, w / 10)).as("and not at the top left").isLessThan(40);
        }
    }

    private static List<BufferedImage> portraitImages(PdfProbe probe) throws IOException {
        List<BufferedImage> images = new ArrayList<>();
        for (PDPage page : probe.document().getPages()) {
            PDResources resources = page.getResources();
            for (COSName name : resources.getXObjectNames()) {
                if (resources.getXObject(name) instanceof PDImageXObject image && image.getHeight() > image.getWidth()) {
                    images.add(image.getImage());
                }
            }
        }
        return images;
    }

    private static int redness(BufferedImage image, int x, int y) {
        int rgb = image.getRGB(x, y);
        return (rgb >> 16 & 0xff) - (rgb & 0xff);
    }
}
