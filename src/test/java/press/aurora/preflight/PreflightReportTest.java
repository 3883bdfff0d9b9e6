package press.aurora.preflight;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class PreflightReportTest {

    private static final Path UK = Path.of("uk.pdf");

    @Test
    void hasErrorsOnlyWhenSomeFindingIsAnError() {
        PreflightReport warnings = report(new PreflightFinding(UK, 1, Severity.WARNING, "spot-colour", "spot"));
        PreflightReport errors = report(new PreflightFinding(UK, 1, Severity.ERROR, "empty-page", "empty"));

        assertThat(warnings.hasErrors()).isFalse();
        assertThat(warnings.warningCount()).isEqualTo(1);
        assertThat(errors.hasErrors()).isTrue();
        assertThat(errors.errorCount()).isEqualTo(1);
    }

    @Test
    void keepsItsOwnCopyOfTheFindings() {
        List<PreflightFinding> findings = new ArrayList<>();
        PreflightReport.FileFindings file = new PreflightReport.FileFindings(UK, findings);
        findings.add(new PreflightFinding(UK, 1, Severity.ERROR, "empty-page", "empty"));

        assertThat(file.findings()).isEmpty();
    }

    @Test
    void refusesAFindingFiledUnderAnotherFile() {
        PreflightFinding other = new PreflightFinding(Path.of("fr.pdf"), 1, Severity.ERROR, "empty-page", "empty");

        assertThatThrownBy(() -> new PreflightReport.FileFindings(UK, List.of(other)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("finding for fr.pdf filed under uk.pdf");
    }

    private static PreflightReport report(PreflightFinding finding) {
        return new PreflightReport(List.of(new PreflightReport.FileFindings(UK, List.of(finding))));
    }
}
