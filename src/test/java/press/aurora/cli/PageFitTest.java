package press.aurora.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import press.aurora.testing.CliRun;
import press.aurora.testing.PdfProbe;
import press.aurora.testing.SampleIssue;

/** Editions that do not fit their pages, short issues, figures and the preview sheet. */
class PageFitTest {

    @TempDir
    Path temp;

    private Path out() {
        return temp.resolve("out");
    }

    /** A copy of the sample issue in which every article's body is printed twice. */
    private Path doubledIssue() throws IOException {
        Path issue = SampleIssue.copyTo(temp.resolve("issues"));
        for (String file : new String[] {"russian-revolution.md", "letters.md"}) {
            Path path = issue.resolve(file);
            String text = Files.readString(path);
            int body = text.indexOf("\n---\n", 4) + 5;
            String notes = text.contains("\n[^") ? text.substring(text.indexOf("\n[^")) : "";
            String main = text.substring(body, text.length() - notes.length());
            Files.writeString(path, text.substring(0, body) + main + "\n" + main.replaceAll("\\[\\^\\w+\\]", "") + notes);
        }
        return issue;
    }

    @Test
    void strictBuildOfAnIssueTwiceTooLongFailsNamingEditionLimitPagesAndArticle() throws IOException {
        CliRun run = CliRun.of("build", doubledIssue().toString(), "-e", "uk", "--strict", "--out", out().toString());
        assertThat(run.exitCode()).isEqualTo(ExitCodes.FAILED);
        assertThat(run.out()).contains("uk     FAILED");
        Matcher message = Pattern.compile("edition uk overflows its 2-page limit: needs (\\d+) pages, about (\\d+) lines too many; "
                + "first article past the limit: letters \\(.*letters\\.md\\)").matcher(run.err());
        assertThat(message.find()).as(run.err()).isTrue();
        assertThat(Integer.parseInt(message.group(1))).isGreaterThanOrEqualTo(3);
        assertThat(Integer.parseInt(message.group(2))).isGreaterThan(100);
        assertThat(out().resolve(SampleIssue.ID).resolve("uk.pdf")).doesNotExist();
    }

    @Test
    void withoutStrictAnOverflowIsWrittenWithALoudWarning() throws IOException {
        CliRun run = CliRun.of("build", doubledIssue().toString(), "-e", "uk", "--out", out().toString());
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).containsPattern("uk +\\d of 2 pages +OVERFLOW");
        assertThat(run.err()).contains("warning: edition uk overflows its 2-page limit");
        assertThat(out().resolve(SampleIssue.ID).resolve("uk.pdf")).exists();
    }

    @Test
    void aShortIssueIsPaddedWithTheBackPageNotWithBlankPages() throws IOException {
        Path issue = SampleIssue.copyTo(temp.resolve("issues"));
        SampleIssue.edit(issue, "issue.yaml", "  - file: letters.md\n    role: letters\n", "");
        String article = Files.readString(issue.resolve("russian-revolution.md"));
        Files.writeString(issue.resolve("russian-revolution.md"), article.substring(0, article.indexOf("## The Establishment")));

        CliRun run = CliRun.of("build", issue.toString(), "-e", "uk", "--out", out().toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        try (PdfProbe pdf = PdfProbe.open(out().resolve(SampleIssue.ID).resolve("uk.pdf"))) {
            assertThat(pdf.pages()).isEqualTo(2);
            assertThat(pdf.pageText(1)).contains("there was little good").doesNotContain("About Aurora");
            assertThat(pdf.pageText(2)).contains("About Aurora").contains("uk@leftcom.org");
        }
    }

    @Test
    void aLettersHeadlineIsNeverStrandedAtTheFootOfAPage() throws IOException {
        CliRun run = CliRun.of("build", SampleIssue.ID, "-e", "co", "-e", "fr", "--out", out().toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        for (String[] edition : new String[][] {{"co", "Cartas"}, {"fr", "Courrier des lecteurs"}}) {
            try (PdfProbe pdf = PdfProbe.open(out().resolve(SampleIssue.ID).resolve(edition[0] + ".pdf"))) {
                boolean found = false;
                for (int page = 1; page <= pdf.pages(); page++) {
                    double height = pdf.mediaBox(page - 1).getHeight();
                    for (var headline : press.aurora.testing.TextRuns.of(pdf.document(), page)) {
                        if (headline.text().equals(edition[1]) && headline.size() > 15) {
                            found = true;
                            assertThat(headline.y() / height).as("%s headline on page %d", edition[0], page).isLessThan(0.8);
                        }
                    }
                }
                assertThat(found).as(edition[1]).isTrue();
            }
        }
    }

    @Test
    void aFigurePrintsItsImageCaptionAndCredit() throws IOException {
        Path issue = SampleIssue.copyTo(temp.resolve("issues"));
        BufferedImage image = new BufferedImage(600, 400, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D graphics = image.createGraphics();
        graphics.setColor(Color.LIGHT_GRAY);
        graphics.fillRect(0, 0, 600, 400);
        graphics.setColor(Color.DARK_GRAY);
        graphics.fillRect(50, 150, 500, 200);
        graphics.dispose();
        Files.createDirectories(issue.resolve("images"));
        ImageIO.write(image, "png", issue.resolve("images/petrograd.png").toFile());
        SampleIssue.edit(issue, "russian-revolution.md", "## Early Achievements\n",
                "![A crowd in a street](images/petrograd.png \"Demonstrators in Petrograd, 1917\")\nPhoto: test pattern\n\n## Early Achievements\n");

        CliRun run = CliRun.of("build", issue.toString(), "-e", "uk", "--out", out().toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        try (PdfProbe pdf = PdfProbe.open(out().resolve(SampleIssue.ID).resolve("uk.pdf"))) {
            assertThat(pdf.text()).contains("Demonstrators in Petrograd, 1917").contains("PHOTO: TEST PATTERN");
            boolean hasImage = false;
            for (var page : pdf.document().getPages()) {
                for (COSName name : page.getResources().getXObjectNames()) {
                    hasImage |= page.getResources().getXObject(name) instanceof PDImageXObject;
                }
            }
            assertThat(hasImage).isTrue();
        }
    }

    @Test
    void aMissingImageNamesTheArticleAndLine() {
        Path issue = SampleIssue.copyTo(temp.resolve("issues"));
        SampleIssue.edit(issue, "about.md", "## Subscriptions\n", "![Logo](logo.png)\n\n## Subscriptions\n");
        CliRun run = CliRun.of("build", issue.toString(), "-e", "uk", "--out", out().toString());
        assertThat(run.exitCode()).isEqualTo(ExitCodes.FAILED);
        assertThat(run.err()).containsPattern("about\\.md:\\d+:1: error: image not found: logo\\.png");
    }

    @Test
    void previewWritesOneContactSheetWithEveryPage() throws IOException {
        CliRun run = CliRun.of("preview", SampleIssue.ID, "-e", "it", "--out", out().toString(), "--dpi", "10");
        assertThat(run.exitCode()).as(run.err()).isZero();
        Path sheet = out().resolve(SampleIssue.ID).resolve("it.preview.png");
        assertThat(run.out()).contains("it     preview ").contains("it.preview.png");
        BufferedImage image = ImageIO.read(sheet.toFile());
        double pageWidth = 210 / 25.4 * 10;
        assertThat(image.getWidth()).isGreaterThan((int) (4 * pageWidth)).isLessThan((int) (5 * pageWidth));
    }
}
