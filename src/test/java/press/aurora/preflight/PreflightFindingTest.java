package press.aurora.preflight;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;

class PreflightFindingTest {

    private static final Path FILE = Path.of("out", "uk.pdf");

    @Test
    void formatsAPageFindingWithItsPage() {
        PreflightFinding finding = new PreflightFinding(FILE, 2, Severity.ERROR, "font-not-embedded",
                "standard font \"Helvetica\" is not embedded");

        assertThat(finding.format()).isEqualTo(
                "out/uk.pdf: page 2: error: standard font \"Helvetica\" is not embedded [font-not-embedded]");
        assertThat(finding).hasToString(finding.format());
    }

    @Test
    void formatsADocumentFindingWithoutAPage() {
        PreflightFinding finding = new PreflightFinding(FILE, 0, Severity.WARNING, "page-count", "odd pages");

        assertThat(finding.format()).isEqualTo("out/uk.pdf: warning: odd pages [page-count]");
        assertThat(finding.isDocumentLevel()).isTrue();
    }

    @Test
    void rejectsACheckIdThatIsNotKebabCase() {
        assertThatThrownBy(() -> new PreflightFinding(FILE, 1, Severity.ERROR, "FontNotEmbedded", "x"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("check id must be kebab-case, was 'FontNotEmbedded'");
    }

    @Test
    void rejectsANegativePage() {
        assertThatThrownBy(() -> new PreflightFinding(FILE, -1, Severity.ERROR, "empty-page", "x"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("page must be 0 (document) or a page number, was -1");
    }
}
