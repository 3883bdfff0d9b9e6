package press.aurora.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import press.aurora.testing.CliRun;
import press.aurora.testing.PdfProbe;
import press.aurora.testing.SampleIssue;

/**
 * Text as editors paste it from chats, e-mails and web pages: direction controls around names. The articles
 * (in {@code src/test/resources/press/aurora/cli/pasted}) replace the sample's letters and are built once, on
 * the real command line, into the uk edition; each test reads what the editor sees: the warnings and the PDF.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PastedContentTest {

    private static final Path ARTICLES = Path.of("src/test/resources/press/aurora/cli/pasted");
    private static final List<String> FILES = List.of("direction.md");

    private CliRun run;
    private String text;
    private String words;

    @BeforeAll
    void buildOnce(@TempDir Path temp) throws IOException {
        Path issue = SampleIssue.copyTo(temp.resolve("issues"));
        StringBuilder articles = new StringBuilder();
        for (String name : FILES) {
            Files.copy(ARTICLES.resolve(name), issue.resolve(name));
            articles.append(articles.isEmpty() ? "" : "\n  - ").append("file: ").append(name).append("\n    role: article");
        }
        SampleIssue.edit(issue, "issue.yaml", "file: letters.md\n    role: letters", articles.toString());
        run = CliRun.of("build", issue.toString(), "-e", "uk", "--out", temp.resolve("out").toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        try (PdfProbe probe = PdfProbe.open(temp.resolve("out").resolve(SampleIssue.ID).resolve("uk.pdf"))) {
            text = probe.text();
        }
        words = PdfProbe.words(text);
    }

    private List<String> warnings(String code) {
        return run.err().lines().filter(l -> l.contains("[" + code + "]")).toList();
    }

    @Test
    void aDirectionControlIsLeftOutWithOneWarningPerLineAndTheTextPrintedAsTyped() {
        assertThat(run.err()).doesNotContain("[text-lost]");
        assertThat(warnings("direction-control")).hasSize(2);
        assertThat(warnings("direction-control").get(0)).contains("direction.md:5:26: warning: direction controls "
                + "U+202E RIGHT-TO-LEFT OVERRIDE, U+202C POP DIRECTIONAL FORMATTING left out of print", "(\"fdp.exe by its sender");
        assertThat(warnings("direction-control").get(1)).contains("direction.md:7:5: warning: ", "U+2068 FIRST STRONG ISOLATE",
                "and 2 more");
        assertThat(words).contains(PdfProbe.words("The attachment was named fdp.exe by its sender"),
                PdfProbe.words("Ask @maria or @jo in the group, as the organisers wrote."));
        assertThat(text).doesNotContain("\u202E").doesNotContain("\u2068").doesNotContain("\u202A");
    }
}
