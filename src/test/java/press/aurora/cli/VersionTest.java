package press.aurora.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import press.aurora.testing.CliRun;

/** What `aurora --version` says, and that a build's fingerprint changes with the Java runtime. */
class VersionTest {

    @Test
    void versionNamesTheProgramAndTheJavaRuntime() {
        CliRun run = CliRun.of("--version");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).isEqualTo("aurora development\nJava " + Runtime.version() + " ("
                + System.getProperty("java.vendor") + ")\n");
    }

    @Test
    void theProgramStampOfAFingerprintNamesTheJavaRuntime() {
        // Debian's JDK 17 and Temurin's JDK 25 write other bytes for the same PDF (the ICC profile headers).
        assertThat(ProgramStamp.current()).contains("development on Java " + Runtime.version());
    }
}
