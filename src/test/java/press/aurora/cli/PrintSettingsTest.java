package press.aurora.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.pdmodel.graphics.color.PDColor;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import press.aurora.testing.CliRun;
import press.aurora.testing.PdfProbe;
import press.aurora.testing.SampleWorkspace;

/**
 * The print settings an edition can change in styles/editions.yaml (standard, bleed, crop marks, ICC
 * profile), what every print file must be (body text in pure black), and the build's own preflight
 * failing an edition whose file a printer would reject.
 */
class PrintSettingsTest {

    @TempDir
    Path root;

    @Test
    void anEditionCanAskForPdfX3AWiderBleedAndNoCropMarks() throws IOException {
        SampleWorkspace.copyTo(root);
        SampleWorkspace.edit(root, "styles/editions.yaml", "    paper: A3\n    pages: 2\n",
                "    paper: A3\n    pages: 2\n    pdf-standard: PDF/X-3\n    bleed: 5\n    crop-marks: false\n");
        CliRun run = SampleWorkspace.run(root, "build", "-e", "uk", "--out", root.resolve("out").toString());
        assertThat(run.exitCode()).as(run.err()).isZero();

        Path pdf = root.resolve("out/2017-11/uk.pdf");
        try (PdfProbe probe = PdfProbe.open(pdf)) {
            var document = probe.document();
            assertThat(document.getDocumentInformation().getCustomMetadataValue("GTS_PDFXVersion")).isEqualTo("PDF/X-3:2003");
            var trim = probe.trimBox(0);
            var bleed = probe.bleedBox(0);
            assertThat((trim.getLowerLeftX() - bleed.getLowerLeftX()) / PdfProbe.POINTS_PER_MM).isCloseTo(5, org.assertj.core.data.Offset.offset(0.05));
            assertThat(probe.mediaBox(0).getWidth()).as("no slug without crop marks").isCloseTo(bleed.getWidth(),
                    org.assertj.core.data.Offset.offset(0.01f));
            assertThat(probe.text()).doesNotContain("page 1 of 2");
        }
        assertThat(new String(Files.readAllBytes(pdf), 0, 8, java.nio.charset.StandardCharsets.ISO_8859_1))
                .as("PDF/X-3:2003 is PDF 1.4").isEqualTo("%PDF-1.4");
        CliRun preflight = SampleWorkspace.run(root, "preflight", pdf.toString());
        assertThat(preflight.exitCode()).as(preflight.out()).isZero();
        assertThat(preflight.out()).endsWith("0 errors, 0 warnings\n");
    }

    @Test
    void cropMarksAndTheSlugLineAreOutsideTheTrim() throws IOException {
        CliRun run = CliRun.of("build", "2017-11", "-e", "it", "--out", root.resolve("out").toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        try (PdfProbe probe = PdfProbe.open(root.resolve("out/2017-11/it.pdf"))) {
            assertThat(probe.mediaBox(0).getWidth()).isGreaterThan(probe.bleedBox(0).getWidth());
            assertThat(probe.text()).contains("page 1 of 4");
            assertThat(probe.bodyText(0)).doesNotContain("page 1 of 4");
        }
    }

    /** A CMYK profile that is not the default one: the default under another description. */
    private static byte[] anotherCmykProfile() throws IOException {
        byte[] profile = Files.readAllBytes(Path.of("styles/icc/ISOcoated_v2_300_bas.icc"));
        String text = new String(profile, java.nio.charset.StandardCharsets.ISO_8859_1);
        int at = text.indexOf("(basICColor)");
        assertThat(at).isPositive();
        byte[] description = "(newsprint!)".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        System.arraycopy(description, 0, profile, at, description.length);
        return profile;
    }

    /** The profile's tags and data, without the 128-byte header (FOP's colour library rewrites the header's CMM fields). */
    private static byte[] tags(byte[] profile) {
        return java.util.Arrays.copyOfRange(profile, 128, profile.length);
    }

    private static byte[] outputIntentProfile(Path pdf) throws IOException {
        try (PdfProbe probe = PdfProbe.open(pdf)) {
            var intents = probe.document().getDocumentCatalog().getOutputIntents();
            assertThat(intents).hasSize(1);
            try (var in = intents.get(0).getDestOutputIntent().createInputStream()) {
                return in.readAllBytes();
            }
        }
    }

    @Test
    void anEditionsOwnIccProfileIsTheOutputIntentOfItsPdf() throws IOException {
        SampleWorkspace.copyTo(root);
        byte[] newsprint = anotherCmykProfile();
        Files.write(root.resolve("styles/icc/newsprint-test.icc"), newsprint);
        SampleWorkspace.edit(root, "styles/editions.yaml", "    paper: A3\n    pages: 2\n",
                "    paper: A3\n    pages: 2\n    icc-profile: icc/newsprint-test.icc\n");

        CliRun run = SampleWorkspace.run(root, "build", "-e", "uk", "-e", "us", "--out", root.resolve("out").toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        byte[] standard = Files.readAllBytes(root.resolve("styles/icc/ISOcoated_v2_300_bas.icc"));
        assertThat(tags(outputIntentProfile(root.resolve("out/2017-11/uk.pdf")))).isEqualTo(tags(newsprint)).isNotEqualTo(tags(standard));
        assertThat(tags(outputIntentProfile(root.resolve("out/2017-11/us.pdf")))).isEqualTo(tags(standard));
    }

    /** The colour of every glyph set in the body face, read from the content stream as it is drawn. */
    private static final class BodyGlyphColours extends PDFTextStripper {
        final java.util.Map<String, Integer> colours = new java.util.TreeMap<>();

        BodyGlyphColours() throws IOException {
        }

        @Override
        protected void processTextPosition(TextPosition text) {
            if (text.getFont().getName().endsWith("+NotoSerif-Regular") && !text.getUnicode().isBlank()) {
                PDColor colour = getGraphicsState().getNonStrokingColor();
                String key = colour.getColorSpace().getName() + " " + java.util.Arrays.toString(colour.getComponents());
                colours.merge(key, 1, Integer::sum);
            }
            super.processTextPosition(text);
        }
    }

    @Test
    void bodyTextIsBlackOnTheBlackPlateAloneInThePrintFile() throws IOException {
        CliRun run = CliRun.of("build", "2017-11", "-e", "uk", "--out", root.resolve("out").toString());
        assertThat(run.exitCode()).as(run.err()).isZero();

        BodyGlyphColours glyphs = new BodyGlyphColours();
        try (PdfProbe probe = PdfProbe.open(root.resolve("out/2017-11/uk.pdf"))) {
            glyphs.getText(probe.document());
        }

        // FOP writes cmyk(0,0,0,1) as DeviceGray 0, which a PDF/X file prints on the black plate alone: 0/0/0/100
        assertThat(glyphs.colours).hasSize(1);
        assertThat(glyphs.colours.keySet().iterator().next()).isIn("DeviceGray [0.0]", "DeviceCMYK [0.0, 0.0, 0.0, 1.0]");
        assertThat(glyphs.colours.values().iterator().next()).as("body glyphs").isGreaterThan(10_000);
    }

    @Test
    void theBuildsOwnPreflightFailsAnEditionWithRgbColourAndWritesNoPdf() {
        SampleWorkspace.copyTo(root);
        SampleWorkspace.edit(root, "styles/broadsheet.xsl", "then 'cmyk(0,0.95,0.85,0.05)' else '#d4202b'",
                "then '#d4202b' else '#d4202b'");

        CliRun run = SampleWorkspace.run(root, "build", "-e", "uk", "--out", root.resolve("out").toString());

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.FAILED);
        assertThat(run.out()).contains("uk     FAILED");
        assertThat(run.err()).containsPattern("uk     preflight failed: page 1: .*\\[rgb-colour]");
        assertThat(root.resolve("out/2017-11/uk.pdf")).doesNotExist();
    }
}
