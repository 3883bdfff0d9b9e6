package press.aurora.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import press.aurora.testing.CliRun;
import press.aurora.testing.SampleIssue;

/** Bad input: one line naming the file and line, a non-zero exit, and no PDF left behind. */
class BuildErrorsTest {

    @TempDir
    Path temp;

    private Path brokenIssue(String file, String from, String to) {
        Path issue = SampleIssue.copyTo(temp.resolve("issues"));
        SampleIssue.edit(issue, file, from, to);
        return issue;
    }

    private CliRun build(Path issue, String... more) {
        String[] args = new String[4 + more.length];
        args[0] = "build";
        args[1] = issue.toString();
        args[2] = "--out";
        args[3] = temp.resolve("out").toString();
        System.arraycopy(more, 0, args, 4, more.length);
        return CliRun.of(args);
    }

    private static void assertOneLineError(CliRun run, int exitCode, String... parts) {
        assertThat(run.exitCode()).as(run.err()).isEqualTo(exitCode);
        assertThat(run.err().strip().lines()).as(run.err()).hasSize(1);
        assertThat(run.err()).contains(parts).doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void unknownEditionIsAUsageErrorNamingTheEditionsFile() {
        CliRun run = CliRun.of("build", SampleIssue.ID, "--edition", "xx", "--out", temp.toString());
        assertOneLineError(run, ExitCodes.USAGE, "unknown edition 'xx'", "styles/editions.yaml", "uk, us, ca-en");
    }

    @Test
    void missingArticleFileNamesIssueYamlAndLine() {
        Path issue = brokenIssue("issue.yaml", "file: letters.md", "file: lettres.md");
        assertOneLineError(build(issue), ExitCodes.FAILED, "issue.yaml:9:", "article file not found: lettres.md");
    }

    @Test
    void malformedIssueYamlNamesTheLine() {
        Path issue = brokenIssue("issue.yaml", "number: 1", "number: [1");
        assertOneLineError(build(issue), ExitCodes.FAILED, "issue.yaml:4", "malformed YAML");
    }

    @Test
    void unknownKeyInIssueYamlListsTheAllowedKeys() {
        Path issue = brokenIssue("issue.yaml", "number: 1", "numbr: 1");
        assertOneLineError(build(issue), ExitCodes.FAILED, "issue.yaml:3:1", "unknown key 'numbr'",
                "allowed: articles, date, number, source-language");
    }

    @Test
    void malformedFrontMatterNamesTheArticleAndLine() {
        Path issue = brokenIssue("letters.md", "kicker: Readers write", "kicker: [Readers write");
        assertOneLineError(build(issue), ExitCodes.FAILED, "letters.md:4", "malformed YAML");
    }

    @Test
    void unknownFrontMatterKeyIsAnError() {
        Path issue = brokenIssue("about.md", "title: About Aurora", "titel: About Aurora");
        assertOneLineError(build(issue), ExitCodes.FAILED, "about.md:2:1", "unknown key 'titel'");
    }

    @Test
    void missingFrontMatterIsAnError() {
        Path issue = brokenIssue("about.md", "---\ntitle: About Aurora\n---\n", "# About Aurora\n");
        assertOneLineError(build(issue), ExitCodes.FAILED, "about.md:1", "missing front matter");
    }

    @Test
    void undefinedNoteReferenceNamesItsLine() {
        Path issue = brokenIssue("russian-revolution.md", "[^lenin]: Lenin", "[^lenine]: Lenin");
        assertOneLineError(build(issue), ExitCodes.FAILED, "russian-revolution.md:", "note [^lenin] is referenced but never defined");
    }

    @Test
    void failedBuildRemovesThePdfOfAnEarlierBuild() throws IOException {
        Path issue = SampleIssue.copyTo(temp.resolve("issues"));
        assertThat(build(issue, "-e", "uk").exitCode()).isZero();
        Path pdf = temp.resolve("out").resolve(SampleIssue.ID).resolve("uk.pdf");
        assertThat(pdf).exists();

        SampleIssue.edit(issue, "about.md", "title: About Aurora", "title: [About Aurora");
        assertThat(build(issue, "-e", "uk").exitCode()).isEqualTo(ExitCodes.FAILED);
        assertThat(pdf).doesNotExist();
    }

    @Test
    void aCharacterNoFontHasFailsTheEditionInsteadOfPrintingAPlaceholder() throws IOException {
        Path issue = brokenIssue("about.md", "Aurora is the broadsheet", "Aurora 中 is the broadsheet");
        CliRun run = build(issue, "-e", "uk", "-e", "fr");
        assertThat(run.exitCode()).isEqualTo(ExitCodes.FAILED);
        assertThat(run.out()).contains("uk     FAILED").contains("fr     FAILED");
        assertThat(run.err()).contains("中").contains("2 of 2 editions failed");
        try (var files = Files.list(temp.resolve("out").resolve(SampleIssue.ID))) {
            assertThat(files.toList()).isEmpty();
        }
    }
}
