package press.aurora.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import press.aurora.testing.CliRun;
import press.aurora.testing.SampleIssue;
import press.aurora.testing.SampleWorkspace;

/**
 * The build proves that every printed message is in the PDF. A stylesheet that drops the pull
 * quotes (as a layout bug would) makes the text disappear; the build must fail the edition, naming
 * the Markdown line, and must write no PDF.
 */
class NothingLostTest {

    @TempDir
    Path temp;

    /** The sample workspace with a stylesheet whose pull-quote template prints nothing. */
    private Path workspaceDroppingPullQuotes() {
        Path root = SampleWorkspace.copyTo(temp.resolve("ws"));
        SampleWorkspace.edit(root, "styles/broadsheet.xsl", "<xsl:template match=\"pullquote\">",
                "<xsl:template match=\"pullquote\"/>\n  <xsl:template match=\"pullquote\" mode=\"dropped\">");
        return root;
    }

    /** The line of the pull quote's text in the sample article, where a lost pull quote is reported. */
    private static int pullQuoteLine() throws IOException {
        List<String> lines = Files.readAllLines(SampleIssue.FOLDER.resolve("russian-revolution.md"));
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith("> The party can lead")) {
                return i + 1;
            }
        }
        throw new AssertionError("the sample has no pull quote");
    }

    private static Path pdf(Path root, String name) {
        return root.resolve("out").resolve(SampleIssue.ID).resolve(name);
    }

    @Test
    void aPullQuoteTheLayoutDropsFailsTheEditionWithItsSourceLine() throws IOException {
        Path root = workspaceDroppingPullQuotes();
        Path uk = pdf(root, "uk.pdf");
        Files.createDirectories(uk.getParent());
        Files.writeString(uk, "an older build");

        CliRun run = SampleWorkspace.run(root, "build", SampleIssue.ID, "-e", "uk", "--out", root.resolve("out").toString());

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.FAILED);
        assertThat(run.out()).contains("uk     FAILED");
        assertThat(run.err()).contains("issues/2017-11/russian-revolution.md:" + pullQuoteLine() + ":1: error: text lost in edition uk: "
                + "\"The party can lead but it cannot make a revolution. This is…\" [text-lost]");
        assertThat(uk).doesNotExist();
    }

    @Test
    void aLostTranslatedMessageNamesTheArticleLineAndWhereItsTranslationIs() throws IOException {
        Path root = workspaceDroppingPullQuotes();

        CliRun run = SampleWorkspace.run(root, "build", SampleIssue.ID, "-e", "fr", "--out", root.resolve("out").toString());

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.FAILED);
        assertThat(run.err()).containsPattern("issues/2017-11/russian-revolution.md:" + pullQuoteLine() + ":1: error: text lost in edition fr: "
                + "\"Le parti peut diriger[^\"]*\" \\(translated at \\S*translations/fr/2017-11/russian-revolution.po:\\d+\\) \\[text-lost]");
        assertThat(pdf(root, "fr.pdf")).doesNotExist();
    }

    @Test
    void thePrintPackageChecksToo() throws IOException {
        Path root = workspaceDroppingPullQuotes();

        CliRun run = SampleWorkspace.run(root, "package", SampleIssue.ID, "-e", "us", "--out", root.resolve("out").toString());

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.FAILED);
        assertThat(run.err()).contains("russian-revolution.md:" + pullQuoteLine() + ":1: error: text lost in edition us:");
        assertThat(pdf(root, "print/us.pdf")).doesNotExist();
    }
}
