package press.aurora.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import press.aurora.testing.CliRun;
import press.aurora.testing.PdfProbe;
import press.aurora.testing.SampleIssue;
import press.aurora.testing.SampleWorkspace;

/** A build skips the editions whose inputs did not change, and rebuilds exactly those whose inputs did. */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class IncrementalBuildTest {

    @TempDir
    static Path root;
    static Path out;
    static CliRun first;

    @BeforeAll
    static void buildOnce() {
        SampleWorkspace.copyTo(root);
        out = root.resolve("out");
        first = build();
        assertThat(first.exitCode()).as(first.err()).isZero();
        assertThat(first.out()).doesNotContain("unchanged");
    }

    private static CliRun build(String... more) {
        String[] args = {"build", SampleIssue.ID, "-e", "uk", "-e", "fr", "-e", "ca-fr", "--out", out.toString()};
        String[] all = java.util.Arrays.copyOf(args, args.length + more.length);
        System.arraycopy(more, 0, all, args.length, more.length);
        return SampleWorkspace.run(root, all);
    }

    private static Path pdf(String edition) {
        return out.resolve(SampleIssue.ID).resolve(edition + ".pdf");
    }

    private static String textOf(Path pdf) throws IOException {
        try (PdfProbe probe = PdfProbe.open(pdf)) {
            return PdfProbe.words(probe.text());
        }
    }

    /** Each edition's line: "unchanged", "built" or "failed". */
    private static Map<String, String> states(CliRun run) {
        Map<String, String> states = new TreeMap<>();
        run.out().lines().forEach(line -> states.put(line.split(" ")[0],
                line.endsWith("unchanged") ? "unchanged" : line.contains("FAILED") ? "failed" : "built"));
        return states;
    }

    @Test
    @Order(1)
    void aSecondBuildWithoutChangesTouchesNoPdfAndSaysUnchanged() throws IOException {
        FileTime before = Files.getLastModifiedTime(pdf("fr"));
        byte[] bytes = Files.readAllBytes(pdf("fr"));
        CliRun again = build();
        assertThat(again.exitCode()).as(again.err()).isZero();
        assertThat(states(again)).containsOnly(Map.entry("uk", "unchanged"), Map.entry("fr", "unchanged"),
                Map.entry("ca-fr", "unchanged"));
        assertThat(again.out()).contains("fr     4 of 4 pages", "fr.pdf  body ", "  unchanged");
        assertThat(again.out().lines()).as("each line as built, copyfit included, then 'unchanged'")
                .containsExactlyElementsOf(first.out().lines().map(line -> line + "  unchanged").toList());
        assertThat(Files.getLastModifiedTime(pdf("fr"))).isEqualTo(before);
        assertThat(Files.readAllBytes(pdf("fr"))).isEqualTo(bytes);
    }

    @Test
    @Order(2)
    void changingOneFrenchParagraphRebuildsTheFrenchEditionsOnly() {
        SampleWorkspace.edit(root, "translations/fr/" + SampleIssue.ID + "/about.po",
                "Il est publié et diffusé dans plusieurs pays", "Il est publié et distribué dans plusieurs pays");
        CliRun again = build();
        assertThat(again.exitCode()).as(again.err()).isZero();
        assertThat(states(again)).containsOnly(Map.entry("uk", "unchanged"), Map.entry("fr", "built"),
                Map.entry("ca-fr", "built"));
        assertThat(states(build())).containsOnly(Map.entry("uk", "unchanged"), Map.entry("fr", "unchanged"),
                Map.entry("ca-fr", "unchanged"));
    }

    @Test
    @Order(3)
    void aDeletedOrEditedPdfIsBuiltAgain() throws IOException {
        Files.write(pdf("ca-fr"), new byte[] {'%', 'P', 'D', 'F'});
        Files.delete(pdf("uk"));
        assertThat(states(build())).containsOnly(Map.entry("uk", "built"), Map.entry("fr", "unchanged"),
                Map.entry("ca-fr", "built"));
        assertThat(Files.size(pdf("ca-fr"))).isGreaterThan(10_000);
    }

    @Test
    @Order(4)
    void forceBuildsEveryEdition() {
        assertThat(states(build("--force"))).containsOnly(Map.entry("uk", "built"), Map.entry("fr", "built"),
                Map.entry("ca-fr", "built"));
    }

    @Test
    @Order(5)
    void touchedButIdenticalInputsRebuildNothing() throws IOException {
        FileTime now = FileTime.from(Instant.now());
        for (String file : List.of("issues/" + SampleIssue.ID + "/about.md", "translations/fr/" + SampleIssue.ID + "/about.po",
                "styles/fonts/noto-serif/NotoSerif-Regular.ttf", "styles/editions.yaml", "styles/broadsheet.xsl")) {
            Files.setLastModifiedTime(root.resolve(file), now);
        }
        assertThat(states(build())).containsOnly(Map.entry("uk", "unchanged"), Map.entry("fr", "unchanged"),
                Map.entry("ca-fr", "unchanged"));
    }

    @Test
    @Order(6)
    void aTranslationRewrittenWithTheSameSizeAndTimeRebuildsItsLanguage() throws IOException {
        Path po = root.resolve("translations/fr/" + SampleIssue.ID + "/about.po");
        FileTime modified = Files.getLastModifiedTime(po);
        long size = Files.size(po);
        SampleWorkspace.edit(root, "translations/fr/" + SampleIssue.ID + "/about.po", "en France, en Italie", "en Suisse, en Italie");
        Files.setLastModifiedTime(po, modified);
        assertThat(Files.size(po)).isEqualTo(size);

        assertThat(states(build())).containsOnly(Map.entry("uk", "unchanged"), Map.entry("fr", "built"),
                Map.entry("ca-fr", "built"));
        assertThat(textOf(pdf("ca-fr"))).contains("en suisse en italie");
    }

    @Test
    @Order(7)
    void aChangedEditionDefinitionRebuildsThatEditionOnly() throws IOException {
        SampleWorkspace.edit(root, "styles/editions.yaml", "uk@leftcom.org", "britain@leftcom.org");

        assertThat(states(build())).containsOnly(Map.entry("uk", "built"), Map.entry("fr", "unchanged"),
                Map.entry("ca-fr", "unchanged"));
        assertThat(textOf(pdf("uk"))).contains("britain leftcom org");
    }

    @Test
    @Order(8)
    void aPdfEditedByHandWithoutChangingItsSizeOrTimeIsBuiltAgain() throws IOException {
        byte[] bytes = Files.readAllBytes(pdf("fr"));
        FileTime modified = Files.getLastModifiedTime(pdf("fr"));
        int at = bytes.length / 2;
        bytes[at] = (byte) (bytes[at] ^ 0x20);
        Files.write(pdf("fr"), bytes);
        Files.setLastModifiedTime(pdf("fr"), modified);

        assertThat(states(build())).containsOnly(Map.entry("uk", "unchanged"), Map.entry("fr", "built"),
                Map.entry("ca-fr", "unchanged"));
        assertThat(Files.readAllBytes(pdf("fr"))).isNotEqualTo(bytes);
    }

    @Test
    @Order(9)
    void aBuildRemovesWhatAKilledBuildLeftHalfWritten() throws IOException, InterruptedException {
        Process killed = new ProcessBuilder("true").start();
        killed.waitFor();
        Path left = Files.writeString(pdf("uk").resolveSibling(".uk.pdf-" + killed.pid() + "-5e1f00d2.part"), "%PDF-1.4 half");
        Path anotherBuilds = Files.writeString(pdf("uk").resolveSibling(".uk.pdf-" + ProcessHandle.current().parent().orElseThrow().pid()
                + "-5e1f00d2.part"), "%PDF-1.4 being written");

        assertThat(states(build())).containsOnly(Map.entry("uk", "unchanged"), Map.entry("fr", "unchanged"),
                Map.entry("ca-fr", "unchanged"));
        assertThat(left).doesNotExist();
        assertThat(anotherBuilds).exists();
    }

    @Test
    @Order(10)
    void aChangedArticleRebuildsEveryEdition() throws IOException {
        Path article = SampleWorkspace.issue(root).resolve("letters.md");
        Files.writeString(article, Files.readString(article) + "\n"); // a byte more, the same text in every language

        assertThat(states(build())).containsOnly(Map.entry("uk", "built"), Map.entry("fr", "built"),
                Map.entry("ca-fr", "built"));
    }
}
