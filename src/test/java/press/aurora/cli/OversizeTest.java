package press.aurora.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import press.aurora.testing.CliRun;
import press.aurora.testing.SampleIssue;
import press.aurora.testing.SampleWorkspace;

/**
 * Grossly oversized content fails before rendering: a pasted 5 MB article in the 2-page uk edition
 * (rendering it took minutes before the estimate existed) is named with the pages it would need.
 */
class OversizeTest {

    @TempDir
    Path temp;

    /** About 5 MB of paragraphs, written at test time (not kept in the repository). */
    private static String pastedArticle() {
        String[] words = {"workers", "council", "strike", "bread", "peace", "land", "delegates", "committee", "history"};
        Random random = new Random(5);
        StringBuilder text = new StringBuilder("---\ntitle: A pasted article\n---\n");
        while (text.length() < 5_000_000) {
            text.append('\n');
            for (int i = 0; i < 150; i++) {
                text.append(i == 0 ? "The" : words[random.nextInt(words.length)]).append(i == 149 ? ".\n" : " ");
            }
        }
        return text.toString();
    }

    @Test
    void aFiveMegabyteArticleInATwoPageEditionFailsBeforeRenderingNamingPagesAndArticles() throws IOException {
        Path root = SampleWorkspace.copyTo(temp.resolve("ws"));
        Path issue = SampleWorkspace.issue(root);
        Files.writeString(issue.resolve("pasted.md"), pastedArticle(), StandardCharsets.UTF_8);
        SampleWorkspace.edit(root, "issues/" + SampleIssue.ID + "/issue.yaml", "  - file: letters.md",
                "  - file: pasted.md\n    role: article\n  - file: letters.md");

        CliRun run = SampleWorkspace.run(root, "build", SampleIssue.ID, "-e", "uk", "--out", root.resolve("out").toString());

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.FAILED);
        assertThat(run.out()).contains("uk     FAILED");
        assertThat(run.err()).containsPattern("pasted\\.md: error: edition uk needs about \\d{3} pages for its text and has 2 "
                + "\\(more than 2 times over, not rendered\\); longest articles: \\S*issues/2017-11/pasted\\.md \\(\\d+ characters, "
                + "about \\d{3} pages\\), \\S*russian-revolution\\.md \\(\\d+ characters, about 1 page\\)");
        assertThat(run.err()).contains("[oversized]").doesNotContain("page-count").doesNotContain("preflight");
        assertThat(root.resolve("out").resolve(SampleIssue.ID).resolve("uk.pdf")).doesNotExist();
    }
}
