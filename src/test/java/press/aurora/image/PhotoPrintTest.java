package press.aurora.image;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.awt.image.Raster;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import press.aurora.cli.ExitCodes;
import press.aurora.pipeline.EditionBuilder;
import press.aurora.testing.CliRun;
import press.aurora.testing.Ghostscript;
import press.aurora.testing.PdfImages;
import press.aurora.testing.PdfProbe;
import press.aurora.testing.PhotoIssue;
import press.aurora.testing.Qpdf;
import press.aurora.testing.TestImages;
import press.aurora.testing.Transicc;

/**
 * An issue with the pictures editors really send (RGB JPEG with an sRGB profile, untagged RGB PNG with
 * transparency, greyscale PNG, indexed GIF, CMYK JPEG): both English broadsheet editions (A3, tabloid) build and passes
 * preflight, poppler sees only CMYK and grey images, and the colours are the profile's.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PhotoPrintTest {

    private static final Path PROFILE = Path.of("styles/icc/ISOcoated_v2_300_bas.icc");

    private Path issue;
    private Path out;
    private CliRun build;

    @BeforeAll
    void buildTheEnglishEditions(@TempDir Path temp) {
        issue = PhotoIssue.writeTo(temp.resolve("issues"));
        out = temp.resolve("out");
        build = CliRun.of("build", issue.toString(), "-e", "uk", "-e", "us", "--out", out.toString());
    }

    private Path pdf(String edition) {
        return out.resolve(PhotoIssue.ID).resolve(edition + ".pdf");
    }

    @Test
    void everyEnglishPrintEditionBuildsAndPassesPreflight() {
        assertThat(build.exitCode()).as(build.out() + build.err()).isZero();
        for (String edition : List.of("uk", "us")) {
            CliRun preflight = CliRun.of("preflight", pdf(edition).toString());
            assertThat(preflight.exitCode()).as(preflight.out()).isEqualTo(ExitCodes.OK);
            assertThat(preflight.out()).doesNotContain("rgb-image").doesNotContain("ink-limit");
        }
    }

    @Test
    void popplerSeesOnlyCmykAndGreyImages() {
        for (String edition : List.of("uk", "us")) {
            List<PdfImages.Row> images = PdfImages.list(pdf(edition));
            assertThat(images).hasSize(6);
            assertThat(images).extracting(PdfImages.Row::color).allMatch(c -> c.equals("cmyk") || c.equals("gray"));
            assertThat(images).filteredOn(row -> row.color().equals("gray")).hasSize(1);
        }
    }

    @Test
    void aPhotoWithFarMorePixelsThanItsColumnNeedsIsMadeSmaller() {
        PdfImages.Row banner = PdfImages.list(pdf("uk")).stream().filter(row -> row.width() > 3 * row.height())
                .findFirst().orElseThrow();
        double columnMm = press.aurora.config.PageGeometry.of(press.aurora.config.PaperSize.parse("A3")).columnWidthMm();
        assertThat(banner.width()).isEqualTo((int) Math.ceil(columnMm / 25.4 * 300));
    }

    @Test
    void separatedColoursAreTheProfiles() throws Exception {
        try (PdfProbe probe = PdfProbe.open(pdf("uk"))) {
            PDImageXObject photo = largestImage(probe.document().getPage(0));
            Raster raster = photo.getRawRaster();
            int w = raster.getWidth();
            int h = raster.getHeight();
            double[] red = inkAt(raster, w / 3 + w / 8, h / 5 + h / 12);
            double[] grey = inkAt(raster, w * 2 / 3 + w / 12, h / 5 + h / 12);
            assertClose(red, Transicc.srgbToCmyk(PROFILE, 255, 0, 0));
            assertClose(grey, Transicc.srgbToCmyk(PROFILE, 128, 128, 128));
        }
    }

    /**
     * What the printer's own tools make of the files: qpdf finds the structure sound, and Ghostscript (a RIP) renders
     * every page in CMYK without a message, with no pixel over the ink limit (ISO Coated v2 300: 300%, plus one step
     * of rounding). Skipped, with the reason, where the tools are missing; .ci/run installs them.
     */
    @Test
    void qpdfAndGhostscriptReadEveryPageWithoutComplaintAndNoPixelIsOverTheInkLimit(@TempDir Path renderings) {
        org.junit.jupiter.api.Assumptions.assumeTrue(Qpdf.installed(), "qpdf is not installed (Debian package qpdf; .ci/run installs it)");
        org.junit.jupiter.api.Assumptions.assumeTrue(Ghostscript.installed(),
                "Ghostscript is not installed (Debian package ghostscript; .ci/run installs it)");
        for (String edition : List.of("uk", "us")) {
            Qpdf.Check check = Qpdf.check(pdf(edition));
            assertThat(check.exitCode()).as(edition + ": " + check.output()).isZero();
            Ghostscript.Rendering rendering = Ghostscript.renderCmyk(pdf(edition), 100, renderings.resolve(edition));
            assertThat(rendering.messages()).as(edition + ": what gs says").isEmpty();
            assertThat(rendering.pages()).isEqualTo(2);
            assertThat(rendering.maxTotalInkPercent()).as(edition + ": highest total ink").isLessThanOrEqualTo(300.5);
        }
    }

    @Test
    void aRebuildConvertsNothingAgain() throws Exception {
        Path cache = out.resolve(EditionBuilder.IMAGE_CACHE);
        Map<Path, FileTime> before = times(cache);
        assertThat(before).isNotEmpty();
        CliRun again = CliRun.of("build", issue.toString(), "-e", "uk", "--out", out.toString());
        assertThat(again.exitCode()).as(again.err()).isZero();
        assertThat(times(cache)).isEqualTo(before);
    }

    private static Map<Path, FileTime> times(Path folder) throws java.io.IOException {
        try (var files = Files.list(folder)) {
            return files.collect(Collectors.toMap(p -> p, p -> {
                try {
                    return Files.getLastModifiedTime(p);
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }));
        }
    }

    private static PDImageXObject largestImage(PDPage page) throws java.io.IOException {
        List<PDImageXObject> images = new ArrayList<>();
        for (COSName name : page.getResources().getXObjectNames()) {
            if (page.getResources().getXObject(name) instanceof PDImageXObject image) {
                images.add(image);
            }
        }
        return images.stream().max(Comparator.comparingInt(i -> i.getWidth() * i.getHeight())).orElseThrow();
    }

    /** The ink of the pixel at (x, y) in percent: raw samples, as stored (no Decode array in converted images). */
    private static double[] inkAt(Raster raster, int x, int y) {
        int[] pixel = raster.getPixel(x, y, (int[]) null);
        double[] ink = new double[4];
        for (int c = 0; c < 4; c++) {
            ink[c] = pixel[c] * 100.0 / 255;
        }
        return ink;
    }

    private static void assertClose(double[] actual, double[] expected) {
        for (int c = 0; c < 4; c++) {
            assertThat(actual[c]).as("ink %d: %s against LittleCMS %s", c, java.util.Arrays.toString(actual),
                    java.util.Arrays.toString(expected)).isCloseTo(expected[c], within(4.0));
        }
    }
}
