package press.aurora.preflight;

import static org.assertj.core.api.Assertions.assertThat;
import static press.aurora.preflight.PrintPdf.A4_PRINT;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.DeflaterOutputStream;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.graphics.color.PDDeviceCMYK;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The ink limit over the pixels of CMYK images, with and without a cache of what was measured: a
 * cached figure is used only for the very same image, never for a changed one.
 */
class InkCheckTest {

    @TempDir
    Path dir;

    private static final PreflightExpectations LIMIT_300 = A4_PRINT.withMaxInk(300);

    /** Remembers in memory and counts the images it had to measure. */
    private static final class CountingCache implements ImageInkCache {
        final Map<String, ImageInk> known = new HashMap<>();
        final List<ImageInk> measured = new ArrayList<>();

        @Override
        public ImageInk inkOf(String key, Measure measure) throws IOException {
            ImageInk ink = known.get(key);
            if (ink == null) {
                ink = measure.measure();
                measured.add(ink);
                known.put(key, ink);
            }
            return ink;
        }
    }

    @Test
    void reportsAnImagePixelAboveTheLimit() throws IOException {
        Path file = pdfWithCmykImage("dark.pdf", 255, 255, 255, 128);

        assertThat(new Preflight().check(file, LIMIT_300)).containsExactly(new PreflightFinding(file, 1, Severity.ERROR,
                "ink-limit", "image Im2 (CMYK, 20 x 20 px, placed 1.4 x 1.4 mm) puts down 350% ink, above the limit of 300%"));
    }

    @Test
    void theSameImageIsMeasuredOnceAndFindsTheSameWithTheCache() throws IOException {
        Path first = pdfWithCmykImage("first.pdf", 255, 255, 255, 128);
        Path again = pdfWithCmykImage("again.pdf", 255, 255, 255, 128);
        CountingCache cache = new CountingCache();
        Preflight preflight = new Preflight(cache);

        List<PreflightFinding> firstFindings = preflight.check(first, LIMIT_300);
        List<PreflightFinding> againFindings = preflight.check(again, LIMIT_300);

        assertThat(cache.measured).containsExactly(new ImageInk(350.19607843137254, true));
        assertThat(firstFindings).extracting(PreflightFinding::message).containsExactly(
                "image Im2 (CMYK, 20 x 20 px, placed 1.4 x 1.4 mm) puts down 350% ink, above the limit of 300%");
        assertThat(againFindings).extracting(PreflightFinding::message).isEqualTo(
                new Preflight().check(again, LIMIT_300).stream().map(PreflightFinding::message).toList());
    }

    @Test
    void aChangedImageIsMeasuredAgainNotTakenFromTheCache() throws IOException {
        Path light = pdfWithCmykImage("light.pdf", 40, 40, 40, 100);
        Path dark = pdfWithCmykImage("dark.pdf", 255, 255, 255, 128);
        CountingCache cache = new CountingCache();
        Preflight preflight = new Preflight(cache);

        assertThat(preflight.check(light, LIMIT_300)).isEmpty();
        assertThat(preflight.check(dark, LIMIT_300)).extracting(PreflightFinding::check).containsExactly("ink-limit");
        assertThat(cache.measured).hasSize(2);
    }

    @Test
    void theSamePixelsWithAnotherDecodeArrayAreMeasuredAgain() throws IOException {
        Path plain = pdfWithCmykImage("plain.pdf", 255, 255, 255, 128);
        Path halved = pdfWithCmykImage("halved.pdf", 255, 255, 255, 128, 0, 0.5f, 0, 0.5f, 0, 0.5f, 0, 0.5f);
        CountingCache cache = new CountingCache();
        Preflight preflight = new Preflight(cache);

        assertThat(preflight.check(plain, LIMIT_300)).extracting(PreflightFinding::message).containsExactly(
                "image Im2 (CMYK, 20 x 20 px, placed 1.4 x 1.4 mm) puts down 350% ink, above the limit of 300%");
        assertThat(preflight.check(halved, LIMIT_300)).as("the Decode array halves every ink")
                .isEqualTo(new Preflight().check(halved, LIMIT_300)).isEmpty();
        assertThat(cache.measured).hasSize(2);
    }

    @Test
    void blackOnlyFindsColourInAnImageThroughTheCacheToo() throws IOException {
        Path file = pdfWithCmykImage("colour.pdf", 0, 10, 0, 200);
        CountingCache cache = new CountingCache();
        PreflightExpectations blackOnly = A4_PRINT.withBlackOnly(true);

        new Preflight(cache).check(file, blackOnly);
        List<PreflightFinding> cached = new Preflight(cache).check(file, blackOnly);

        assertThat(cache.measured).hasSize(1);
        assertThat(cached).extracting(PreflightFinding::message).filteredOn(m -> m.startsWith("image")).containsExactly(
                "image Im2 (CMYK, 20 x 20 px, placed 1.4 x 1.4 mm) uses cyan, magenta or yellow in an edition printed with black ink only");
    }

    /**
     * The valid A4 test file with, on page 1, a 20 x 20 pixel DeviceCMYK image (Flate) whose pixels
     * are plain paper but one, of the given inks (0-255); optionally a Decode array.
     */
    private Path pdfWithCmykImage(String name, int c, int m, int y, int k, float... decode) throws IOException {
        int size = 20;
        byte[] samples = new byte[size * size * 4];
        int dark = (size * size / 2 + size / 2) * 4;
        samples[dark] = (byte) c;
        samples[dark + 1] = (byte) m;
        samples[dark + 2] = (byte) y;
        samples[dark + 3] = (byte) k;
        ByteArrayOutputStream deflated = new ByteArrayOutputStream();
        try (DeflaterOutputStream out = new DeflaterOutputStream(deflated)) {
            out.write(samples);
        }
        try (PrintPdf pdf = PrintPdf.a4(4)) {
            PDImageXObject image = new PDImageXObject(pdf.document(), new ByteArrayInputStream(deflated.toByteArray()),
                    COSName.FLATE_DECODE, size, size, 8, PDDeviceCMYK.INSTANCE);
            if (decode.length > 0) {
                COSArray array = new COSArray();
                for (float value : decode) {
                    array.add(new org.apache.pdfbox.cos.COSFloat(value));
                }
                image.getCOSObject().setItem(COSName.DECODE, array);
            }
            try (PDPageContentStream content = pdf.append(1)) {
                content.drawImage(image, 200, 200, 4, 4); // 360 ppi: no resolution finding
            }
            return pdf.save(dir, name);
        }
    }
}
