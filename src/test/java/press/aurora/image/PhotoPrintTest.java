package press.aurora.image;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import press.aurora.testing.CliRun;
import press.aurora.testing.PhotoIssue;

class PhotoPrintTest {

    @TempDir
    Path temp;

    @Test
    void everyKindOfPhotoPrintsInCmykOrGrey() throws Exception {
        Path issue = PhotoIssue.writeTo(temp.resolve("issues"));
        CliRun run = CliRun.of("build", issue.toString(), "-e", "uk", "--out", temp.resolve("out").toString());
        System.out.println(run.out() + run.err());
        assertThat(run.exitCode()).as(run.err()).isZero();
    }
}
