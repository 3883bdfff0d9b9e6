package press.aurora.image;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.awt.image.BufferedImage;
import java.awt.image.Raster;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import javax.imageio.ImageIO;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import press.aurora.testing.CliRun;
import press.aurora.testing.PdfProbe;
import press.aurora.testing.TestImages;
import press.aurora.testing.Transicc;

/**
 * A TIFF carrying its own ICC profile is separated through that profile, not taken as sRGB: the same
 * samples (128 in each channel) print as a light grey when tagged linear RGB (sRGB 188) and as a mid grey
 * when untagged (sRGB 128).
 */
class TaggedTiffTest {

    private static final Path PROFILE = Path.of("styles/icc/ISOcoated_v2_300_bas.icc");

    @Test
    void aTiffsEmbeddedProfileDecidesItsInk(@TempDir Path temp) throws IOException {
        Path issue = temp.resolve("issues/2026-tiff");
        TestImages.linearRgbTiff(issue.resolve("scans/tagged.tif"), 300, 200, 128);
        BufferedImage untagged = new BufferedImage(320, 200, BufferedImage.TYPE_3BYTE_BGR);
        for (int y = 0; y < 200; y++) {
            for (int x = 0; x < 320; x++) {
                untagged.setRGB(x, y, 0x808080);
            }
        }
        ImageIO.write(untagged, "tiff", issue.resolve("scans/untagged.tif").toFile());
        Files.writeString(issue.resolve("issue.yaml"), """
                number: 9
                date: 2026-05-01
                source-language: en
                articles:
                  - file: scans.md
                    role: lead
                  - file: about.md
                    role: about
                """);
        Files.writeString(issue.resolve("scans.md"), """
                ---
                title: Two scans of the same grey card
                ---

                ![A grey card scanned with a linear profile](scans/tagged.tif "Scanned in linear light")

                ![The same card, untagged](scans/untagged.tif "Scanned without a profile")

                The scanner wrote the same numbers twice; only the profile says what they mean.
                """);
        Files.writeString(issue.resolve("about.md"), """
                ---
                title: About this paper
                ---

                Written and printed by its readers.
                """);
        Path out = temp.resolve("out");

        CliRun build = CliRun.of("build", issue.toString(), "-e", "uk", "--out", out.toString());

        assertThat(build.exitCode()).as(build.out() + build.err()).isZero();
        Map<Integer, double[]> inkByWidth = new HashMap<>();
        try (PdfProbe probe = PdfProbe.open(out.resolve("2026-tiff/uk.pdf"))) {
            PDResources resources = probe.document().getPage(0).getResources();
            for (COSName name : resources.getXObjectNames()) {
                if (resources.getXObject(name) instanceof PDImageXObject image) {
                    Raster raster = image.getRawRaster();
                    inkByWidth.put(image.getWidth(), inkAt(raster, raster.getWidth() / 2, raster.getHeight() / 2));
                }
            }
        }
        assertThat(inkByWidth).containsOnlyKeys(300, 320);
        assertClose(inkByWidth.get(300), Transicc.srgbToCmyk(PROFILE, 188, 188, 188));
        assertClose(inkByWidth.get(320), Transicc.srgbToCmyk(PROFILE, 128, 128, 128));
    }

    private static double[] inkAt(Raster raster, int x, int y) {
        int[] pixel = raster.getPixel(x, y, (int[]) null);
        double[] ink = new double[pixel.length];
        for (int c = 0; c < pixel.length; c++) {
            ink[c] = pixel[c] * 100.0 / 255;
        }
        return ink;
    }

    private static void assertClose(double[] actual, double[] expected) {
        assertThat(actual).hasSize(4);
        for (int c = 0; c < 4; c++) {
            assertThat(actual[c]).as("ink %d of %s, expected %s", c, java.util.Arrays.toString(actual),
                    java.util.Arrays.toString(expected)).isCloseTo(expected[c], within(3.0));
        }
    }
}
