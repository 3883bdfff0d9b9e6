package press.aurora.pack;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import press.aurora.testing.FopPrintFile;
import press.aurora.testing.JsonQuery;

class PrintPackageTest {

    private static final Instant BUILT = Instant.parse("2017-11-07T09:00:00Z");
    private static final String ISSUE = "2017-11";

    @TempDir
    static Path rendered;
    private static Path a4;
    private static Path a3;

    @TempDir
    Path out;

    @BeforeAll
    static void renderWithFop() {
        a4 = FopPrintFile.a4(2).writeTo(rendered.resolve("a4.pdf"));
        a3 = FopPrintFile.a4(2).trim(297, 420).writeTo(rendered.resolve("a3.pdf"));
    }

    private static PackagedEdition uk() {
        return new PackagedEdition("uk", "en-GB", a3, 2, 297, 420, 3, "PDF/X-4");
    }

    private static PackagedEdition fr() {
        return new PackagedEdition("fr", "fr-FR", a4, 2, 210, 297, 3, "PDF/X-4");
    }

    private PackageResult pack(PackagedEdition... editions) throws IOException {
        return pack(BUILT, editions);
    }

    private PackageResult pack(Instant built, PackagedEdition... editions) throws IOException {
        return new PrintPackage().write(new PackageRequest(ISSUE, out, List.of(editions), built, "0.1.0"));
    }

    private Path print() {
        return out.resolve(ISSUE).resolve("print");
    }

    @Test
    void writesEachEditionsPdfAndZipWithTheManifestAndPreflightReports() throws IOException {
        PackageResult result = pack(uk(), fr());

        assertThat(result.hasFailures()).isFalse();
        assertThat(result.folder()).isEqualTo(print());
        assertThat(filesIn(print())).containsExactly(
                "SHA256SUMS", "fr.pdf", "fr.zip", "manifest.json", "preflight.json", "preflight.txt", "uk.pdf", "uk.zip");
        assertThat(Files.readAllBytes(print().resolve("uk.pdf"))).isEqualTo(Files.readAllBytes(a3));
        assertThat(Files.readAllBytes(print().resolve("fr.pdf"))).isEqualTo(Files.readAllBytes(a4));
    }

    @Test
    void manifestChecksumsAndSizesMatchTheFiles() throws IOException {
        pack(uk(), fr());

        String manifest = Files.readString(print().resolve("manifest.json"));
        assertThat(JsonQuery.count(manifest, "?editions?*")).isEqualTo(2);
        for (int i = 1; i <= 2; i++) {
            String entry = "?editions?" + i;
            Path pdf = print().resolve(JsonQuery.string(manifest, entry + "?file"));
            assertThat(JsonQuery.string(manifest, entry + "?status")).isEqualTo("packed");
            assertThat(JsonQuery.string(manifest, entry + "?sha256")).isEqualTo(sha256(Files.readAllBytes(pdf)));
            assertThat(JsonQuery.number(manifest, entry + "?bytes")).isEqualTo(Files.size(pdf));
            assertThat(print().resolve(JsonQuery.string(manifest, entry + "?zip"))).isRegularFile();
        }
    }

    @Test
    void manifestSaysWhatEachEditionIs() throws IOException {
        pack(uk(), fr());

        String manifest = Files.readString(print().resolve("manifest.json"));
        assertThat(JsonQuery.string(manifest, "?issue")).isEqualTo(ISSUE);
        assertThat(JsonQuery.string(manifest, "?editions?1?edition")).isEqualTo("uk");
        assertThat(JsonQuery.string(manifest, "?editions?1?language")).isEqualTo("en-GB");
        assertThat(JsonQuery.number(manifest, "?editions?1?pages")).isEqualTo(2);
        assertThat(JsonQuery.string(manifest, "?editions?1?trimWidthMm")).isEqualTo("297");
        assertThat(JsonQuery.string(manifest, "?editions?1?trimHeightMm")).isEqualTo("420");
        assertThat(JsonQuery.string(manifest, "?editions?1?bleedMm")).isEqualTo("3");
        assertThat(JsonQuery.string(manifest, "?editions?1?pdfStandard")).isEqualTo("PDF/X-4");
        assertThat(JsonQuery.string(manifest, "?editions?1?buildTime")).isEqualTo("2017-11-07T09:00:00Z");
        assertThat(JsonQuery.string(manifest, "?editions?1?programVersion")).isEqualTo("0.1.0");
        assertThat(JsonQuery.string(manifest, "?editions?2?edition")).isEqualTo("fr");
    }

    @Test
    void preflightReportsNameTheFilesAsInThePackage() throws IOException {
        pack(uk(), fr());

        assertThat(Files.readString(print().resolve("preflight.txt")))
                .isEqualTo("preflight: 2 files, 0 errors, 0 warnings\n");
        String json = Files.readString(print().resolve("preflight.json"));
        assertThat(JsonQuery.string(json, "?files?1?file")).isEqualTo("uk.pdf");
        assertThat(JsonQuery.string(json, "?files?2?file")).isEqualTo("fr.pdf");
    }

    @Test
    void zipHoldsTheEditionsPdfWithItsOwnManifestAndPreflight() throws IOException {
        pack(uk(), fr());

        Map<String, byte[]> zip = unzip(print().resolve("uk.zip"));
        assertThat(zip.keySet()).containsExactly("uk.pdf", "manifest.json", "SHA256SUMS", "preflight.txt", "preflight.json");
        assertThat(zip.get("uk.pdf")).isEqualTo(Files.readAllBytes(print().resolve("uk.pdf")));
        String manifest = new String(zip.get("manifest.json"), StandardCharsets.UTF_8);
        assertThat(JsonQuery.count(manifest, "?editions?*")).isEqualTo(1);
        assertThat(JsonQuery.string(manifest, "?editions?1?sha256")).isEqualTo(sha256(zip.get("uk.pdf")));
        assertThat(new String(zip.get("preflight.txt"), StandardCharsets.UTF_8))
                .isEqualTo("preflight: 1 file, 0 errors, 0 warnings\n");
        String preflight = new String(zip.get("preflight.json"), StandardCharsets.UTF_8);
        assertThat(JsonQuery.count(preflight, "?files?*")).isEqualTo(1);
        assertThat(JsonQuery.string(preflight, "?files?1?file")).isEqualTo("uk.pdf");
    }

    @Test
    void listsAMissingEditionAsFailedAndRemovesItsFilesFromAnEarlierRun() throws IOException {
        pack(uk(), fr());
        Path missing = out.resolve("nowhere/fr.pdf");

        PackageResult result = pack(uk(), new PackagedEdition("fr", "fr-FR", missing, 2, 210, 297, 3, "PDF/X-4"));

        assertThat(result.failed()).extracting(ManifestEntry.Failed::reason)
                .containsExactly("no print PDF at " + missing);
        assertThat(filesIn(print())).containsExactly(
                "SHA256SUMS", "manifest.json", "preflight.json", "preflight.txt", "uk.pdf", "uk.zip");
        String manifest = Files.readString(print().resolve("manifest.json"));
        assertThat(JsonQuery.string(manifest, "?editions?2?edition")).isEqualTo("fr");
        assertThat(JsonQuery.string(manifest, "?editions?2?status")).isEqualTo("failed");
        assertThat(JsonQuery.string(manifest, "?editions?2?reason")).isEqualTo("no print PDF at " + missing);
        assertThat(JsonQuery.count(manifest, "?editions?2?sha256")).isZero();
    }

    @Test
    void failsAnEditionThatPreflightRejectsAndReportsWhy() throws IOException {
        PackagedEdition wrongSize = new PackagedEdition("uk", "en-GB", a4, 2, 297, 420, 3, "PDF/X-4");

        PackageResult result = pack(wrongSize, fr());

        assertThat(result.failed()).extracting(ManifestEntry.Failed::reason).containsExactly(
                "preflight found 2 errors, the first: page 1: the TrimBox is 210.0 x 297.0 mm,"
                        + " expected 297.0 x 420.0 mm [trimbox-size]");
        assertThat(filesIn(print())).containsExactly(
                "SHA256SUMS", "fr.pdf", "fr.zip", "manifest.json", "preflight.json", "preflight.txt");
        assertThat(Files.readString(print().resolve("preflight.txt"))).isEqualTo("""
                uk.pdf: page 1: error: the TrimBox is 210.0 x 297.0 mm, expected 297.0 x 420.0 mm [trimbox-size]
                uk.pdf: page 2: error: the TrimBox is 210.0 x 297.0 mm, expected 297.0 x 420.0 mm [trimbox-size]
                preflight: 2 files, 2 errors, 0 warnings
                """);
    }

    @Test
    void failsAnEditionWhosePdfHasOtherPagesThanItIsPrintedOn() throws IOException {
        PackagedEdition fourPages = new PackagedEdition("fr", "fr-FR", a4, 4, 210, 297, 3, "PDF/X-4");

        PackageResult result = pack(fourPages);

        assertThat(result.failed()).extracting(ManifestEntry.Failed::reason)
                .containsExactly("the PDF has 2 pages, the edition is printed on 4");
        assertThat(filesIn(print())).containsExactly("SHA256SUMS", "manifest.json", "preflight.json", "preflight.txt");
    }

    @Test
    void aFailureHalfwayLeavesNoPartialFileAndNoStaleEditionFile() throws IOException {
        pack(uk(), fr());
        // The zip cannot be renamed into place: uk.pdf is already copied, checked and about to be moved.
        Files.delete(print().resolve("uk.zip"));
        Files.createDirectories(print().resolve("uk.zip"));
        Files.writeString(print().resolve("uk.zip/in-the-way"), "");

        PackageResult result = pack(uk(), fr());

        assertThat(result.failed()).singleElement().satisfies(failed -> {
            assertThat(failed.edition().editionId()).isEqualTo("uk");
            assertThat(failed.reason()).isEqualTo("cannot package edition uk: " + print().resolve("uk.zip")
                    + ": Is a directory; the old uk.zip could not be removed: directory not empty: "
                    + print().resolve("uk.zip"));
        });
        assertThat(filesIn(print())).containsExactly(
                "SHA256SUMS", "fr.pdf", "fr.zip", "manifest.json", "preflight.json", "preflight.txt", "uk.zip");
        assertThat(print().resolve("uk.zip")).isDirectory();
        String manifest = Files.readString(print().resolve("manifest.json"));
        assertThat(JsonQuery.string(manifest, "?editions?1?status")).isEqualTo("failed");
    }

    @Test
    void removesTemporaryFilesOfAKilledRun() throws IOException {
        Files.createDirectories(print());
        Files.writeString(print().resolve(".uk.pdf-0badcafe.part"), "half a PDF");

        pack(uk());

        assertThat(filesIn(print())).containsExactly(
                "SHA256SUMS", "manifest.json", "preflight.json", "preflight.txt", "uk.pdf", "uk.zip");
    }

    @Test
    void removesFilesOfEditionsNoLongerPackaged() throws IOException {
        pack(uk(), fr());
        Files.writeString(print().resolve("README.txt"), "for the printer");

        pack(uk());

        assertThat(filesIn(print())).containsExactly(
                "README.txt", "SHA256SUMS", "manifest.json", "preflight.json", "preflight.txt", "uk.pdf", "uk.zip");
        assertThat(JsonQuery.count(Files.readString(print().resolve("manifest.json")), "?editions?*")).isEqualTo(1);
    }

    @Test
    void runningTwiceWritesTheSameBytes() throws IOException {
        pack(uk(), fr());
        Map<String, byte[]> first = contents(print());

        pack(uk(), fr());

        Map<String, byte[]> second = contents(print());
        assertThat(second.keySet()).isEqualTo(first.keySet());
        for (String name : first.keySet()) {
            assertThat(second.get(name)).as(name).isEqualTo(first.get(name));
        }
    }

    @Test
    void aLaterBuildChangesOnlyTheBuildTime() throws IOException {
        pack(uk(), fr());
        Map<String, byte[]> first = contents(print());

        pack(BUILT.plusSeconds(3600), uk(), fr());

        Map<String, byte[]> second = contents(print());
        for (String name : List.of("uk.pdf", "fr.pdf", "preflight.txt", "preflight.json")) {
            assertThat(second.get(name)).as(name).isEqualTo(first.get(name));
        }
        String before = new String(first.get("manifest.json"), StandardCharsets.UTF_8);
        String after = new String(second.get("manifest.json"), StandardCharsets.UTF_8);
        assertThat(after).isNotEqualTo(before)
                .isEqualTo(before.replace("2017-11-07T09:00:00Z", "2017-11-07T10:00:00Z"));
        assertThat(unzip(print().resolve("uk.zip")).get("uk.pdf")).isEqualTo(first.get("uk.pdf"));
    }

    private static List<String> filesIn(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(file -> file.getFileName().toString()).sorted().toList();
        }
    }

    private static Map<String, byte[]> contents(Path folder) throws IOException {
        Map<String, byte[]> contents = new LinkedHashMap<>();
        for (String name : filesIn(folder)) {
            contents.put(name, Files.readAllBytes(folder.resolve(name)));
        }
        return contents;
    }

    private static Map<String, byte[]> unzip(Path zip) throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (InputStream file = Files.newInputStream(zip); ZipInputStream in = new ZipInputStream(file)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                entries.put(entry.getName(), in.readAllBytes());
            }
        }
        return entries;
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new AssertionError(e);
        }
    }
}
