package press.aurora.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import press.aurora.config.Edition;
import press.aurora.io.DigestCache;
import press.aurora.pdf.Variant;
import press.aurora.testing.SampleIssue;
import press.aurora.testing.SampleWorkspace;

/**
 * Which editions' fingerprints a change moves: exactly those whose PDF it can change (the CLI tests
 * rebuild a few of these for real; here every kind of input is covered without rendering).
 */
class FingerprintsTest {

    @TempDir
    Path root;
    Workspace workspace;
    Map<String, String> before;

    @BeforeEach
    void fingerprintTheSample() {
        SampleWorkspace.copyTo(root);
        workspace = new Workspace(root);
        before = fingerprints();
    }

    /** Every edition's print fingerprint, by id, as a new build computes them (a new cache, as in a new run). */
    private Map<String, String> fingerprints() {
        BuildOptions options = new BuildOptions(root.resolve("out"), List.of(Variant.PRINT), false, false, 1, Clock.systemUTC(),
                false, BuildProgress.NONE);
        Fingerprints fingerprints = new Fingerprints(workspace, SampleWorkspace.issue(root), options, "test",
                DigestCache.open(root.resolve("out").resolve(".aurora-digests"), Clock.systemUTC()));
        Map<String, String> prints = new TreeMap<>();
        for (Edition edition : BuildResources.loadEditions(workspace)) {
            prints.put(edition.id(), fingerprints.of(edition, Variant.PRINT));
        }
        return prints;
    }

    /** The ids of the editions whose fingerprint changed since {@link #before}. */
    private List<String> changed() {
        Map<String, String> after = fingerprints();
        return after.keySet().stream().filter(id -> !after.get(id).equals(before.get(id))).toList();
    }

    private void append(String file, String text) throws IOException {
        Path path = root.resolve(file);
        Files.writeString(path, Files.readString(path) + text);
    }

    private void flipAByte(String file) throws IOException {
        Path path = root.resolve(file);
        byte[] bytes = Files.readAllBytes(path);
        bytes[bytes.length / 2] ^= 1;
        Files.write(path, bytes);
    }

    @Test
    void nothingChangedMovesNothing() {
        assertThat(changed()).isEmpty();
    }

    @Test
    void anArticleOrAnImageMovesEveryEdition() throws IOException {
        append("issues/" + SampleIssue.ID + "/about.md", "\n");
        assertThat(changed()).containsExactlyInAnyOrderElementsOf(before.keySet());
        before = fingerprints();

        flipAByte("issues/" + SampleIssue.ID + "/images/hine-tobacco-workers-1917.jpg");
        assertThat(changed()).containsExactlyInAnyOrderElementsOf(before.keySet());
    }

    @Test
    void aFontTheStylesheetOrTheCopyfitLimitsMoveEveryEdition() throws IOException {
        flipAByte("styles/fonts/noto-serif/NotoSerif-Italic.ttf");
        assertThat(changed()).containsExactlyInAnyOrderElementsOf(before.keySet());
        before = fingerprints();

        append("styles/broadsheet.xsl", "\n");
        assertThat(changed()).containsExactlyInAnyOrderElementsOf(before.keySet());
        before = fingerprints();

        append("styles/copyfit.yaml", "\n");
        assertThat(changed()).containsExactlyInAnyOrderElementsOf(before.keySet());
    }

    @Test
    void aTranslationMovesTheEditionsInItsLanguageOnly() throws IOException {
        append("translations/fr/" + SampleIssue.ID + "/about.po", "\n");
        assertThat(changed()).containsExactlyInAnyOrder("fr", "ca-fr");
        before = fingerprints();

        append("translations/it/" + SampleIssue.ID + "/letters.po", "\n");
        assertThat(changed()).containsExactly("it");
    }

    @Test
    void anEditionsDefinitionMovesThatEditionOnly() throws IOException {
        SampleWorkspace.edit(root, "styles/editions.yaml", "es-CO", "es-419");
        assertThat(changed()).containsExactly("co");
        before = fingerprints();

        append("styles/editions.yaml", "# a comment\n");
        assertThat(changed()).isEmpty();
    }

    @Test
    void aNewFileInTheIssueMovesEveryEditionButAHiddenOneNone() throws IOException {
        Files.writeString(SampleWorkspace.issue(root).resolve(".about.md.swp"), "an editor's swap file");
        assertThat(changed()).isEmpty();

        Files.writeString(SampleWorkspace.issue(root).resolve("images").resolve("new.svg"), "<svg/>");
        assertThat(changed()).containsExactlyInAnyOrderElementsOf(before.keySet());
    }
}
