package press.aurora.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import press.aurora.testing.CliRun;
import press.aurora.testing.PersianWorkspace;
import press.aurora.testing.SampleWorkspace;

/** aurora check on the Persian translation of the right-to-left test issue. */
class PersianCheckTest {

    @TempDir
    Path root;

    @Test
    void persianTranslationPassesWithItsNumbersInPersianDigitsAndLatinNamesInPlace() {
        Path workspace = PersianWorkspace.copyTo(root);
        CliRun run = SampleWorkspace.run(workspace, "check", PersianWorkspace.ISSUE, "-l", "fa");
        assertThat(run.exitCode()).as(run.out() + run.err()).isZero();
        assertThat(run.out())
                .contains("fa: 100% translated (29 of 29 messages")
                .contains("0 errors")
                .doesNotContain("number 1200").doesNotContain("number 2026").doesNotContain("number 64")
                .doesNotContain("[placeholder-kept]").doesNotContain("[markdown-parity]").doesNotContain("[po-header]");
    }

    @Test
    void aNumberLostInThePersianTranslationIsNamedWithItsLine() {
        Path workspace = PersianWorkspace.copyTo(root);
        SampleWorkspace.edit(workspace, "translations/fa/2026-03/strike.po", "هیچ اخراجی برای ۱٬۲۰۰ اعتصابی",
                "هیچ اخراجی برای اعتصابیون");
        CliRun run = SampleWorkspace.run(workspace, "check", PersianWorkspace.ISSUE, "-l", "fa");
        assertThat(run.out()).contains("translations/fa/2026-03/strike.po:86: warning: number 1200 of the source is missing [placeholder-kept]");
    }
}
