package press.aurora.image;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import press.aurora.cli.ExitCodes;
import press.aurora.testing.CliRun;
import press.aurora.testing.PdfImages;
import press.aurora.testing.SampleIssue;
import press.aurora.testing.SampleWorkspace;

/** An edition printed with black ink only: its photo is grey, its red masthead a black tint, and preflight proves it. */
class BlackOnlyEditionTest {

    @TempDir
    Path temp;

    @Test
    void theSampleIssueBuildsForABlackOnlyPressAndPreflightProvesItUsesOnlyK() {
        Path black = SampleWorkspace.copyTo(temp.resolve("black"));
        SampleWorkspace.edit(black, "styles/editions.yaml", "    page-multiple: 2\n    price: free\n    contact:\n      - CWO",
                "    page-multiple: 2\n    price: free\n    ink: black\n    contact:\n      - CWO");
        CliRun build = SampleWorkspace.run(black, "build", "-e", "uk", "--out", black.resolve("out").toString());
        assertThat(build.exitCode()).as(build.out() + build.err()).isZero();
        Path pdf = black.resolve("out").resolve(SampleIssue.ID).resolve("uk.pdf");
        assertThat(PdfImages.list(pdf)).isNotEmpty().extracting(PdfImages.Row::color).containsOnly("gray");
        CliRun preflight = SampleWorkspace.run(black, "preflight", pdf.toString());
        assertThat(preflight.exitCode()).as(preflight.out()).isEqualTo(ExitCodes.OK);

        CliRun colour = CliRun.of("build", SampleIssue.ID, "-e", "uk", "--out", temp.resolve("colour").toString());
        assertThat(colour.exitCode()).as(colour.err()).isZero();
        Path colourPdf = temp.resolve("colour").resolve(SampleIssue.ID).resolve("uk.pdf");
        CliRun refused = SampleWorkspace.run(black, "preflight", colourPdf.toString(), "-e", "uk");
        assertThat(refused.exitCode()).isEqualTo(ExitCodes.FAILED);
        assertThat(refused.out()).contains("uses cyan, magenta or yellow in an edition printed with black ink only [not-black-only]");
    }
}
