package press.aurora.image;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.CRC32;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import press.aurora.cli.ExitCodes;
import press.aurora.testing.CliRun;
import press.aurora.testing.ListeningSocket;
import press.aurora.testing.SampleIssue;
import press.aurora.testing.TestImages;

/** An article cannot make the program read anything outside its issue, and every bad image is named at its line. */
class ImageInputTest {

    @TempDir
    Path temp;

    private Path issue;

    private CliRun buildWithFigure(String figure) {
        issue = issue == null ? SampleIssue.copyTo(temp.resolve("issues")) : issue;
        SampleIssue.edit(issue, "about.md", "## Subscriptions\n", figure + "\n\n## Subscriptions\n");
        return CliRun.of("build", issue.toString(), "-e", "uk", "--out", temp.resolve("out").toString());
    }

    private int figureLine() throws IOException {
        return Files.readAllLines(issue.resolve("about.md")).indexOf("## Subscriptions") - 1;
    }

    private void assertRefused(CliRun run, String message) throws IOException {
        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.FAILED);
        assertThat(run.err()).contains("about.md:" + figureLine() + ":1: error: ").contains(message);
        assertThat(run.err()).doesNotContain("Exception").doesNotContain("ImagePreloader").doesNotContain("\tat ");
        assertThat(temp.resolve("out").resolve(SampleIssue.ID).resolve("uk.pdf")).doesNotExist();
    }

    @Test
    void aPathLeadingOutOfTheIssueIsRefusedAtItsLine() throws IOException {
        Files.writeString(temp.resolve("secret.png"), "not for print");
        assertRefused(buildWithFigure("![x](../../secret.png)"), "'../../secret.png' leads outside the issue folder: copy the image into the issue folder [image-path]");
    }

    @Test
    void anAbsolutePathIsRefused() throws IOException {
        Path outside = TestImages.greyPng(temp.resolve("outside.png"), 300, 200);
        assertRefused(buildWithFigure("![x](" + outside + ")"), "is an absolute path");
    }

    @ParameterizedTest
    @ValueSource(strings = {"file:///etc/passwd", "jar:file:/tmp/x.jar!/a.png", "data:image/png;base64,iVBORw0KGgo=",
            "https://example.org/photo.jpg"})
    void everyUrlSchemeIsRefused(String url) throws IOException {
        String scheme = url.substring(0, url.indexOf(':'));
        assertRefused(buildWithFigure("![x](" + url + ")"), "is a URL ('" + scheme + ":')");
    }

    @Test
    void anHttpImageIsNeverFetched() throws IOException {
        try (ListeningSocket socket = new ListeningSocket()) {
            assertRefused(buildWithFigure("![x](" + socket.url("photo.jpg") + ")"), "is a URL ('http:')");
            assertThat(socket.connections()).isZero();
        }
    }

    @Test
    void aSymbolicLinkPointingOutOfTheIssueIsRefused() throws IOException {
        Path outside = TestImages.greyPng(temp.resolve("elsewhere/photo.png"), 300, 200);
        issue = SampleIssue.copyTo(temp.resolve("issues"));
        Files.createSymbolicLink(issue.resolve("photo.png"), outside);
        Files.createSymbolicLink(issue.resolve("pictures"), outside.getParent());
        assertRefused(buildWithFigure("![x](photo.png)"), "is a symbolic link to a file outside the issue folder");
        issue = SampleIssue.copyTo(temp.resolve("issues2"));
        Files.createSymbolicLink(issue.resolve("pictures"), outside.getParent());
        assertRefused(buildWithFigure("![x](pictures/photo.png)"), "is a symbolic link to a file outside the issue folder");
    }

    @Test
    void aFileThatIsNoImageIsNamedAtItsLine() throws IOException {
        issue = SampleIssue.copyTo(temp.resolve("issues"));
        Files.writeString(issue.resolve("photo.jpg"), "<html>a web page saved as .jpg</html>");
        assertRefused(buildWithFigure("![x](photo.jpg)"), "photo.jpg is not an image the press can print: send JPEG, PNG, TIFF, GIF or SVG [image]");
    }

    @Test
    void aTruncatedImageIsNamedAtItsLine() throws IOException {
        issue = SampleIssue.copyTo(temp.resolve("issues"));
        byte[] jpeg = Files.readAllBytes(TestImages.srgbJpeg(temp.resolve("whole.jpg"), 600, 400));
        Files.write(issue.resolve("photo.jpg"), java.util.Arrays.copyOf(jpeg, 300));
        CliRun run = buildWithFigure("![x](photo.jpg)");
        assertRefused(run, "photo.jpg: cannot read the image");
    }

    @Test
    void aPhotoCutShortInItsPixelsIsAnErrorNotAPictureHalfGrey() throws IOException {
        // the header is whole, so the photo is identified; the decoder would fill the missing rows with grey
        issue = SampleIssue.copyTo(temp.resolve("issues"));
        byte[] jpeg = Files.readAllBytes(TestImages.srgbJpeg(temp.resolve("whole.jpg"), 900, 600));
        Files.write(issue.resolve("photo.jpg"), java.util.Arrays.copyOf(jpeg, jpeg.length * 2 / 3));
        CliRun run = buildWithFigure("![x](photo.jpg)");
        assertRefused(run, "cannot prepare image");
        assertThat(run.err()).contains("photo.jpg for print: the file ends before the picture does", "send the whole file again [image]");
    }

    @Test
    void aDecompressionBombIsRefusedBeforeItIsDecoded() throws IOException {
        issue = SampleIssue.copyTo(temp.resolve("issues"));
        Files.write(issue.resolve("bomb.png"), pngHeader(40_000, 40_000));
        assertRefused(buildWithFigure("![x](bomb.png)"), "bomb.png has 40000 x 40000 pixels (1600 megapixels), more than the limit of 100");
    }

    @Test
    void anSvgThatLinksElsewhereIsRefused() throws IOException {
        try (ListeningSocket socket = new ListeningSocket()) {
            issue = SampleIssue.copyTo(temp.resolve("issues"));
            Files.writeString(issue.resolve("drawing.svg"), "<svg xmlns='http://www.w3.org/2000/svg' "
                    + "xmlns:xlink='http://www.w3.org/1999/xlink' width='100' height='100'>"
                    + "<image xlink:href='" + socket.url("x.png") + "' width='100' height='100'/></svg>");
            assertRefused(buildWithFigure("![x](drawing.svg)"), "the drawing links to '" + socket.url("x.png") + "'");
            assertThat(socket.connections()).isZero();
        }
    }

    /** A PNG signature and an IHDR chunk claiming the given size, and no pixels. */
    private static byte[] pngHeader(int width, int height) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(bytes);
        out.write(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'});
        ByteArrayOutputStream chunk = new ByteArrayOutputStream();
        DataOutputStream data = new DataOutputStream(chunk);
        data.writeBytes("IHDR");
        data.writeInt(width);
        data.writeInt(height);
        data.write(new byte[] {8, 0, 0, 0, 0});
        out.writeInt(13);
        out.write(chunk.toByteArray());
        CRC32 crc = new CRC32();
        crc.update(chunk.toByteArray());
        out.writeInt((int) crc.getValue());
        return bytes.toByteArray();
    }
}
