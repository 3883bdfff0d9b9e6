package press.aurora.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import press.aurora.testing.CliRun;
import press.aurora.testing.SampleIssue;

/** aurora package: what the printer receives, with checksums that hold, and nothing partial after a failure. */
class PackageCommandTest {

    @TempDir
    Path temp;

    private Path printFolder() {
        return temp.resolve("out").resolve(SampleIssue.ID).resolve("print");
    }

    @Test
    void manifestChecksumsAndSizesMatchTheFiles() throws Exception {
        CliRun run = CliRun.of("package", SampleIssue.ID, "-e", "uk", "-e", "it", "--out", temp.resolve("out").toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("package ").contains("manifest.json");
        String manifest = Files.readString(printFolder().resolve("manifest.json"));
        Matcher entry = Pattern.compile("\"file\": \"([a-z-]+\\.pdf)\".*?\"sha256\": \"([0-9a-f]{64})\",\\s*\"bytes\": (\\d+)",
                Pattern.DOTALL).matcher(manifest);
        int checked = 0;
        while (entry.find()) {
            Path pdf = printFolder().resolve(entry.group(1));
            assertThat(sha256(pdf)).as(pdf.toString()).isEqualTo(entry.group(2));
            assertThat(Files.size(pdf)).isEqualTo(Long.parseLong(entry.group(3)));
            checked++;
        }
        assertThat(checked).isEqualTo(2);
        assertThat(manifest).contains("\"pdfStandard\": \"PDF/X-4\"").contains("\"bleedMm\": 3").contains("\"language\": \"it-IT\"");
        try (ZipFile zip = new ZipFile(printFolder().resolve("uk.zip").toFile())) {
            assertThat(zip.stream().map(e -> e.getName()).toList()).contains("uk.pdf", "manifest.json", "preflight.txt");
        }
        assertThat(Files.readString(printFolder().resolve("preflight.txt"))).contains("0 errors");
    }

    @Test
    void anEditionThatFailsToRenderLeavesNoPartialOrStaleFile() throws IOException {
        Path issue = SampleIssue.copyTo(temp.resolve("issues"));
        CliRun good = CliRun.of("package", issue.toString(), "-e", "uk", "--out", temp.resolve("out").toString());
        assertThat(good.exitCode()).as(good.err()).isZero();
        assertThat(printFolder().resolve("uk.pdf")).exists();

        SampleIssue.edit(issue, "about.md", "Aurora is the broadsheet", "Aurora 中 is the broadsheet");
        CliRun broken = CliRun.of("package", issue.toString(), "-e", "uk", "--out", temp.resolve("out").toString());
        assertThat(broken.exitCode()).isEqualTo(ExitCodes.FAILED);
        assertThat(broken.err()).contains("中");
        try (Stream<Path> files = Files.walk(temp.resolve("out"))) {
            List<String> names = files.map(p -> p.getFileName().toString()).toList();
            assertThat(names).noneMatch(n -> n.endsWith(".part")).doesNotContain("uk.pdf", "uk.zip");
        }
        assertThat(Files.readString(printFolder().resolve("manifest.json"))).contains("\"status\": \"failed\"");
    }

    @Test
    void aPrinterChecksThePdfsWithSha256sumAndTheFilesCarrySourceDateEpoch() throws Exception {
        Path log = temp.resolve("package.log");
        Process run = press.aurora.testing.AuroraProcess.start(Path.of("").toAbsolutePath(), log,
                java.util.Map.of("SOURCE_DATE_EPOCH", "1700000000"),
                "package", SampleIssue.ID, "-e", "uk", "--out", temp.resolve("out").toString());
        assertThat(run.waitFor(180, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
        assertThat(run.exitValue()).as(Files.readString(log)).isZero();

        assertThat(Files.readString(printFolder().resolve("SHA256SUMS"))).isEqualTo(sha256(printFolder().resolve("uk.pdf")) + "  uk.pdf\n");
        assertThat(sha256sumCheck(printFolder())).isEqualTo("uk.pdf: OK\n");
        Path unzipped = Files.createDirectories(temp.resolve("unzipped"));
        try (ZipFile zip = new ZipFile(printFolder().resolve("uk.zip").toFile())) {
            for (var entry : java.util.Collections.list(zip.entries())) {
                Files.copy(zip.getInputStream(entry), unzipped.resolve(entry.getName()));
                assertThat(entry.getTimeLocal()).as(entry.getName()).isEqualTo(java.time.LocalDateTime.of(2023, 11, 14, 22, 13, 20));
            }
        }
        assertThat(sha256sumCheck(unzipped)).isEqualTo("uk.pdf: OK\n");
        assertThat(Files.readString(printFolder().resolve("manifest.json"))).contains("\"buildTime\": \"2023-11-14T22:13:20Z\"");
    }

    /** What GNU coreutils' {@code sha256sum -c SHA256SUMS} says in {@code folder}: a standard tool, not ours. */
    private static String sha256sumCheck(Path folder) throws IOException, InterruptedException {
        Process check = new ProcessBuilder("sha256sum", "-c", "SHA256SUMS").directory(folder.toFile()).redirectErrorStream(true).start();
        String out = new String(check.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(check.waitFor()).as(out).isZero();
        return out;
    }

    private static String sha256(Path file) throws IOException, NoSuchAlgorithmException {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }
}
