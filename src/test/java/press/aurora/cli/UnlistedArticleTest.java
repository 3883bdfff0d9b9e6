package press.aurora.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import press.aurora.testing.CliRun;
import press.aurora.testing.PdfProbe;
import press.aurora.testing.SampleWorkspace;

/** An article file the editor added but forgot to list in issue.yaml is not printed, and the build says so. */
class UnlistedArticleTest {

    @TempDir
    Path root;

    @Test
    void aMarkdownFileNotListedInIssueYamlIsNamedInAWarningUntilItIsListed() throws IOException {
        SampleWorkspace.copyTo(root);
        Path issue = SampleWorkspace.issue(root);
        Path interview = issue.resolve("interview.md");
        Files.writeString(interview, "---\ntitle: Strike at the docks\n---\n\nDockers walked out on Monday morning.\n");
        Files.writeString(issue.resolve(".interview.md.swp"), "an editor's swap file");

        CliRun unlisted = SampleWorkspace.run(root, "build", "-e", "uk", "--out", root.resolve("out").toString());

        assertThat(unlisted.exitCode()).as(unlisted.err()).isZero();
        assertThat(unlisted.err()).contains(interview + ": warning: this article is not listed under 'articles' in issue.yaml,"
                + " so it is not printed; list it with a role (lead, article, letters, about or reserve), or move it out of the"
                + " issue folder [unlisted]\n").doesNotContain(".swp");
        assertThat(pdfText()).doesNotContain("Dockers walked out");

        Files.writeString(issue.resolve("issue.yaml"), Files.readString(issue.resolve("issue.yaml"))
                + "  - file: interview.md\n    role: reserve\n");
        CliRun listed = SampleWorkspace.run(root, "build", "-e", "uk", "--out", root.resolve("out").toString());

        assertThat(listed.exitCode()).as(listed.err()).isZero();
        assertThat(listed.err()).doesNotContain("[unlisted]");
    }

    private String pdfText() throws IOException {
        try (PdfProbe pdf = PdfProbe.open(root.resolve("out/2017-11/uk.pdf"))) {
            return pdf.text();
        }
    }
}
