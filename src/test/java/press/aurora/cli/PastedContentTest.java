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
 * Text as editors paste it from chats, e-mails and web pages: direction controls around names, inline HTML. The articles
 * (in {@code src/test/resources/press/aurora/cli/pasted}) replace the sample's letters and are built once, on
 * the real command line, into the uk edition; each test reads what the editor sees: the warnings and the PDF.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PastedContentTest {

    private static final Path ARTICLES = Path.of("src/test/resources/press/aurora/cli/pasted");
    private static final List<String> FILES = List.of("direction.md", "html.md");

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

    @Test
    void inlineHtmlIsPrintedAsItsFormattingAndLineBreaks() {
        assertThat(run.err()).doesNotContain("[html]").doesNotContain("[text-lost]");
        assertThat(words).contains(PdfProbe.words("The strike began on the 19th of March,"),
                PdfProbe.words("and the committee met daily. Its minutes1 survive."),
                PdfProbe.words("Emissions of CO2 fell by a third, a real fall, said the union and the council."),
                PdfProbe.words("A note with Markdown inside, nested bold and italic too."))
                .doesNotContain("note to editor");
        assertThat(text).doesNotContain("<sup").doesNotContain("<br").doesNotContain("<b>").doesNotContain("&nbsp;").contains("Line one of the statement\nline two of the statement\nline three of the statement.");
        assertThat(text).as("<br> ends the line").contains("March,\nand the committee met daily.");
    }

    @Test
    void anHtmlTagThatIsNotPrintedIsAnErrorAtItsLineNamingTheTagsThatAre(@TempDir Path temp) throws IOException {
        Path issue = SampleIssue.copyTo(temp.resolve("issues"));
        Files.writeString(issue.resolve("letters.md"), "---\ntitle: Letters\n---\n\nA <span style=\"color:red\">red</span> word.\n\n"
                + "Unclosed <sup>1 here.\n");
        CliRun span = CliRun.of("build", issue.toString(), "-e", "uk", "--out", temp.resolve("out").toString());
        assertThat(span.exitCode()).isEqualTo(ExitCodes.FAILED);
        assertThat(span.err().strip()).isEqualTo(issue.resolve("letters.md") + ":5:3: error: cannot print the HTML "
                + "'<span style=\"color:red\">': write it in Markdown or remove it (the HTML tags printed are <br>, <em>, <i>, <strong>, "
                + "<b>, <sup>, <sub>) [html]");
        SampleIssue.edit(issue, "letters.md", "A <span style=\"color:red\">red</span> word.", "A red word.");
        CliRun unclosed = CliRun.of("build", issue.toString(), "-e", "uk", "--out", temp.resolve("out").toString());
        assertThat(unclosed.exitCode()).isEqualTo(ExitCodes.FAILED);
        assertThat(unclosed.err().strip()).startsWith(issue.resolve("letters.md") + ":7:10: error: '<sup>' is not closed: add </sup>");
        assertThat(temp.resolve("out").resolve(SampleIssue.ID).resolve("uk.pdf")).doesNotExist();
    }
}
