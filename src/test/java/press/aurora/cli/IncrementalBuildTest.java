package press.aurora.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import press.aurora.testing.CliRun;
import press.aurora.testing.SampleIssue;
import press.aurora.testing.SampleWorkspace;

/** A build skips the editions whose inputs did not change, and rebuilds exactly those whose inputs did. */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class IncrementalBuildTest {

    @TempDir
    static Path root;
    static Path out;

    @BeforeAll
    static void buildOnce() {
        SampleWorkspace.copyTo(root);
        out = root.resolve("out");
        CliRun first = build();
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

    /** Each edition's line: "unchanged" or "built". */
    private static Map<String, String> states(CliRun run) {
        Map<String, String> states = new TreeMap<>();
        run.out().lines().forEach(line -> states.put(line.split(" ")[0], line.endsWith("unchanged") ? "unchanged" : "built"));
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
        assertThat(again.out()).contains("fr     4 of 4 pages", "fr.pdf  unchanged");
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
}
