package press.aurora.markdown;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import press.aurora.diag.ContentException;
import press.aurora.diag.Diagnostic;
import press.aurora.model.Article;
import press.aurora.model.Issue;

/** The articles are read at once, but what the reader reports comes in print order, as if read one by one. */
class IssueReaderTest {

    /** Five levels of block quote: printed flattened, with one warning at the article's line 5. */
    private static final String DEEP = "\n> > > > > Five levels down.\n";

    @TempDir
    Path folder;

    private Path issue(String... articles) throws IOException {
        StringBuilder yaml = new StringBuilder("number: 7\ndate: 2031-05-01\nsource-language: en\narticles:\n");
        for (int i = 0; i < articles.length; i++) {
            String name = "n" + i + ".md";
            Files.writeString(folder.resolve(name), articles[i]);
            yaml.append("  - file: ").append(name).append("\n    role: ").append(i == 0 ? "lead" : "article").append('\n');
        }
        Files.writeString(folder.resolve("issue.yaml"), yaml.toString());
        return folder;
    }

    private static String article(String title, String body) {
        return "---\ntitle: " + title + "\n---\n" + body;
    }

    @Test
    void articlesComeInPrintOrderAndTheirWarningsToo() throws IOException {
        List<String> bodies = new ArrayList<>();
        for (int i = 0; i < 24; i++) {
            bodies.add(article("Number " + i, i % 5 == 1 ? DEEP : "\nPlain paragraph " + i + ".\n"));
        }
        List<Diagnostic> warnings = new ArrayList<>();

        Issue issue = IssueReader.read(issue(bodies.toArray(String[]::new)), warnings::add);

        assertThat(issue.articles()).extracting(Article::id).containsExactly(
                java.util.stream.IntStream.range(0, 24).mapToObj(i -> "n" + i).toArray(String[]::new));
        assertThat(warnings).extracting(d -> d.position().file().getFileName().toString())
                .containsExactly("n1.md", "n6.md", "n11.md", "n16.md", "n21.md");
    }

    @Test
    void theFirstBrokenArticleInPrintOrderStopsTheIssueAfterTheWarningsBeforeIt() throws IOException {
        List<String> bodies = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            bodies.add(article("Number " + i, DEEP));
        }
        bodies.set(4, "---\nkicker: no title\n---\n\nText.\n");
        bodies.set(9, "---\ntitle: [^x]\n---\n\nText.\n\n[^y]: never referenced\n");
        List<Diagnostic> warnings = new ArrayList<>();

        assertThatThrownBy(() -> IssueReader.read(issue(bodies.toArray(String[]::new)), warnings::add))
                .isInstanceOf(ContentException.class)
                .hasMessageContaining("n4.md").hasMessageContaining("missing key 'title'");
        assertThat(warnings).extracting(d -> d.position().file().getFileName().toString())
                .containsExactly("n0.md", "n1.md", "n2.md", "n3.md");
    }
}
