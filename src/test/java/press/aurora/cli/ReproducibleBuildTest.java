package press.aurora.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import press.aurora.testing.SampleIssue;

/**
 * Two builds of the same inputs with the same SOURCE_DATE_EPOCH write byte-identical PDFs (print and
 * screen), so a printer's checksums change only when the pages do. Each build is a process of its own,
 * as an editor runs it.
 */
class ReproducibleBuildTest {

    @TempDir
    Path out;

    @Test
    void sameInputsAndSourceDateEpochGiveTheSameBytes() throws Exception {
        Path first = build("first");
        Path second = build("second");
        for (String file : List.of("uk.pdf", "uk.screen.pdf")) {
            byte[] a = Files.readAllBytes(first.resolve(file));
            byte[] b = Files.readAllBytes(second.resolve(file));
            assertThat(Arrays.equals(a, b)).as(file + " is the same, byte for byte").isTrue();
            String text = new String(a, StandardCharsets.ISO_8859_1);
            assertThat(text).as("the metadata date is the fixed date")
                    .contains("<xmp:MetadataDate>2023-11-14T22:13:20Z</xmp:MetadataDate>");
        }
        assertThat(Files.mismatch(first.resolve("uk.pdf"), first.resolve("uk.screen.pdf"))).isNotEqualTo(-1L);
    }

    private Path build(String name) throws IOException, InterruptedException {
        Path folder = out.resolve(name);
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-Xss4m", "-Djava.awt.headless=true", "-cp", System.getProperty("java.class.path"),
                "-Daurora.home=" + Path.of("").toAbsolutePath(), Main.class.getName(),
                "build", SampleIssue.ID, "-e", "uk", "--variant", "all", "--out", folder.toString());
        builder.environment().put("SOURCE_DATE_EPOCH", "1700000000");
        builder.redirectErrorStream(true);
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(output).isZero();
        return folder.resolve(SampleIssue.ID);
    }
}
