package press.aurora.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import press.aurora.diag.ContentException;

class CopyfitLimitsLoaderTest {

    @TempDir
    Path styles;

    private static final Path REPOSITORY = Path.of("styles", CopyfitLimitsLoader.FILE_NAME);

    private Path write(String from, String to) throws IOException {
        String text = Files.readString(REPOSITORY);
        assertThat(text).contains(from);
        Path file = styles.resolve(CopyfitLimitsLoader.FILE_NAME);
        Files.writeString(file, text.replace(from, to));
        return file;
    }

    private static Edition edition(String id) {
        return EditionsLoader.load(Path.of("styles/editions.yaml")).stream().filter(e -> e.id().equals(id)).findFirst()
                .orElseThrow();
    }

    @Test
    void theDesignIsLevelZeroAndEveryValueMovesInStepsToItsLimits() {
        CopyfitLimits limits = CopyfitLimitsLoader.load(REPOSITORY).limitsFor(edition("uk"));
        assertThat(limits.targetFillPercent()).isEqualTo(85);
        assertThat(limits.design().describe()).isEqualTo("body 8.8/11.2 pt as designed");
        assertThat(limits.at(limits.steps()).describe()).isEqualTo("body 9.1/11.7 pt, paragraph space 0.5 mm, heading space 4.5 mm");
        assertThat(limits.at(-limits.steps()).bodySizePt()).isEqualTo(8.5);
        assertThat(limits.at(-99).level()).isEqualTo(-limits.steps());
        double previous = 0;
        for (int level = -limits.steps(); level <= limits.steps(); level++) {
            assertThat(limits.at(level).bodyLeadingPt()).isGreaterThanOrEqualTo(previous);
            previous = limits.at(level).bodyLeadingPt();
        }
        CopyfitLimits small = CopyfitLimitsLoader.load(REPOSITORY).limitsFor(edition("fr"));
        assertThat(small.design().describe()).isEqualTo("body 8.5/10.8 pt as designed");
    }

    @Test
    void anEditionMayHaveItsOwnRanges() throws IOException {
        Path file = write("target-fill: 85", "target-fill: 90\neditions:\n  it:\n    body-size: [8, 8.5, 8.6]");
        CopyfitLimitsLoader loader = CopyfitLimitsLoader.load(file).requireKnownEditions(Set.of("it", "fr"));
        assertThat(loader.limitsFor(edition("it")).at(5).bodySizePt()).isEqualTo(8.6);
        assertThat(loader.limitsFor(edition("fr")).at(5).bodySizePt()).isEqualTo(8.8);
        assertThat(loader.limitsFor(edition("fr")).targetFillPercent()).isEqualTo(90);
    }

    @Test
    void editionsWrittenInAScriptTakeItsRangesUnderTheirOwn() throws IOException {
        CopyfitLimitsLoader repository = CopyfitLimitsLoader.load(REPOSITORY);
        assertThat(repository.limitsFor(edition("fa")).design().bodyLeadingPt()).isEqualTo(12.8);
        assertThat(repository.limitsFor(edition("fa")).design().bodySizePt()).isEqualTo(8.5);
        assertThat(repository.limitsFor(edition("fr")).design().bodyLeadingPt()).isEqualTo(10.8);

        Path file = write("target-fill: 85", "target-fill: 85\neditions:\n  fa:\n    body-leading: [11, 11.5, 12]");
        CopyfitLimitsLoader loader = CopyfitLimitsLoader.load(file).requireKnownEditions(Set.of("fa"));
        assertThat(loader.limitsFor(edition("fa")).design().bodyLeadingPt()).isEqualTo(11.5);
    }

    @Test
    void mistakesNameTheirLine() throws IOException {
        assertThatThrownBy(() -> CopyfitLimitsLoader.load(write("  body-size: [8.5, 8.8, 9.1]", "  body-size: [9.1, 8.8, 8.5]")))
                .isInstanceOf(ContentException.class)
                .hasMessageContaining("copyfit.yaml:25:3: error: 'body-size' must be [smallest, design, largest] in that order, not 9.1, 8.8, 8.5");
        assertThatThrownBy(() -> CopyfitLimitsLoader.load(write("  figure-width: [80, 100, 100]\nother", "  letter-spacing: [0, 0, 1]\nother")))
                .hasMessageContaining("unknown key 'letter-spacing' (allowed: article-space, body-leading, body-size,");
        assertThatThrownBy(() -> CopyfitLimitsLoader.load(write("target-fill: 85", "target-fill: 85\neditions:\n  xx: {}"))
                .requireKnownEditions(Set.of("uk")))
                .hasMessageContaining("unknown edition 'xx'");
        assertThatThrownBy(() -> CopyfitLimitsLoader.load(write("  Arab:", "  Arabic:")))
                .hasMessageContaining("copyfit.yaml:43:3: error: unknown script 'Arabic': give an ISO 15924 code such as Arab, Hebr, Cyrl");
    }
}
