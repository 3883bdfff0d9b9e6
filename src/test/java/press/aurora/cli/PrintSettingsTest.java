package press.aurora.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import press.aurora.testing.CliRun;
import press.aurora.testing.PdfProbe;
import press.aurora.testing.SampleWorkspace;

/** The print settings an edition can change in styles/editions.yaml: standard, bleed, crop marks. */
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
        CliRun preflight = SampleWorkspace.run(root, "preflight", pdf.toString());
        assertThat(preflight.exitCode()).as(preflight.out()).isZero();
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
}
