package press.aurora.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import press.aurora.config.Edition;
import press.aurora.pdf.Variant;
import press.aurora.testing.SampleIssue;

/**
 * A process that stays up (watch) renders edition after edition with the same FOP: what it rendered
 * before must not change the next PDF, and a copyfit plan it remembers for the same inputs must give the
 * PDF a fresh search gives.
 */
class RenderHistoryTest {

    private static final Clock FIXED = Clock.fixed(Instant.ofEpochSecond(1_700_000_000L), ZoneOffset.UTC);

    @TempDir
    Path temp;

    private final Workspace workspace = Workspace.current();
    private final Path issue = workspace.issues().resolve(SampleIssue.ID);

    @Test
    void aBritishEditionBreaksItsLinesAlikeWhateverWasRenderedBefore() throws IOException {
        BuildResources fresh = BuildResources.load(workspace);
        byte[] alone = Files.readAllBytes(build(fresh, temp.resolve("alone"), "uk"));

        BuildResources used = BuildResources.load(workspace);
        build(used, temp.resolve("after"), "us"); // plain English hyphenation patterns, as FOP falls back for en-US
        byte[] afterUs = Files.readAllBytes(build(used, temp.resolve("after"), "uk"));

        assertThat(Arrays.mismatch(afterUs, alone)).as("first byte where uk after us in one process differs from uk alone").isEqualTo(-1);
    }

    @Test
    void aRememberedCopyfitRendersOnceAndWritesTheSameBytesAsTheSearch() throws IOException {
        BuildResources resources = BuildResources.load(workspace);
        Path out = temp.resolve("out");
        List<EditionOutcome> searched = build(resources, out, List.of("fr"));
        byte[] first = Files.readAllBytes(out.resolve(SampleIssue.ID).resolve("fr.pdf"));
        assertThat(searched.get(0).fitting().renderings()).as("fr needs copyfitting: the search renders it more than once")
                .isGreaterThan(1);
        assertThat(out.resolve(CopyfitMemory.FOLDER).resolve(SampleIssue.ID).resolve("fr.plan")).isRegularFile();

        List<EditionOutcome> recalled = build(resources, out, List.of("fr"));

        assertThat(recalled.get(0).fitting().renderings()).isEqualTo(1);
        assertThat(Arrays.mismatch(Files.readAllBytes(out.resolve(SampleIssue.ID).resolve("fr.pdf")), first)).as("first differing byte").isEqualTo(-1);
        assertThat(recalled.get(0).fitting().describe()).isEqualTo(searched.get(0).fitting().describe());
    }

    private Path build(BuildResources resources, Path out, String edition) {
        build(resources, out, List.of(edition));
        return out.resolve(SampleIssue.ID).resolve(edition + ".pdf");
    }

    private List<EditionOutcome> build(BuildResources resources, Path out, List<String> ids) {
        BuildOptions options = new BuildOptions(out, List.of(Variant.PRINT), false, false, 1, FIXED, false, BuildProgress.NONE);
        List<Edition> editions = resources.editions().stream().filter(e -> ids.contains(e.id())).toList();
        List<EditionOutcome> outcomes = new IncrementalBuild(workspace, options, true, "test")
                .build(issue, editions, () -> resources, new StageTimings(), warning -> { });
        assertThat(outcomes).allMatch(EditionOutcome::succeeded);
        return outcomes;
    }
}
