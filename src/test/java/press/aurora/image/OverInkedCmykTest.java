package press.aurora.image;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import press.aurora.cli.ExitCodes;
import press.aurora.testing.CliRun;
import press.aurora.testing.PdfImages;
import press.aurora.testing.TestImages;

/**
 * A CMYK JPEG separated for another press (a rich black of 90/90/90/90, 360% ink) is placed small enough to
 * keep all its pixels, where a CMYK image used to pass unchanged: it is ink-limited for the edition's press
 * like a separated RGB photo, so the edition builds and passes preflight instead of failing on
 * {@code ink-limit} with an image named only by its PDF resource.
 */
class OverInkedCmykTest {

    @Test
    void aCmykJpegAboveTheInkLimitIsLimitedAndTheEditionPassesPreflight(@TempDir Path temp) throws IOException {
        Path issue = temp.resolve("issues").resolve("2026-ink");
        TestImages.cmykJpeg(issue.resolve("photos").resolve("rich-black.jpg"), 500, 400, 90, 90, 90, 90);
        Files.writeString(issue.resolve("issue.yaml"), """
                number: 3
                date: 2026-05-01
                source-language: en
                articles:
                  - file: poster.md
                    role: lead
                  - file: about.md
                    role: about
                """);
        Files.writeString(issue.resolve("poster.md"), """
                ---
                title: A poster printed in rich black
                ---

                The print shop sent the poster separated for its own sheet-fed press.

                ![A poster in rich black](photos/rich-black.jpg "The poster, separated for another press")
                """);
        Files.writeString(issue.resolve("about.md"), """
                ---
                title: About this paper
                ---

                Written and printed by its readers.
                """);
        Path out = temp.resolve("out");

        CliRun build = CliRun.of("build", issue.toString(), "-e", "uk", "--out", out.toString());

        assertThat(build.exitCode()).as(build.err()).isZero();
        assertThat(build.err()).doesNotContain("ink-limit");
        Path pdf = out.resolve("2026-ink").resolve("uk.pdf");
        CliRun preflight = CliRun.of("preflight", pdf.toString());
        assertThat(preflight.exitCode()).as(preflight.out()).isEqualTo(ExitCodes.OK);
        assertThat(PdfImages.list(pdf)).extracting(PdfImages.Row::color).containsExactly("cmyk");
    }
}
