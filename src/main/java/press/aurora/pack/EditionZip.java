package press.aurora.pack;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * {@code <edition-id>.zip}, for a printer who takes one edition: its PDF, and its own
 * {@code manifest.json}, {@code SHA256SUMS}, {@code preflight.txt} and {@code preflight.json} listing that edition only.
 *
 * <p>Every entry carries the build time (as UTC), so the same build gives the same bytes.
 */
final class EditionZip {

    private final LocalDateTime time;

    EditionZip(Instant buildTime) {
        this.time = LocalDateTime.ofInstant(buildTime, ZoneOffset.UTC).withNano(0);
    }

    void write(OutputStream out, Path pdf, String pdfName, String manifest, String checksums, String preflightText,
               String preflightJson) throws IOException {
        ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
        zip.putNextEntry(entry(pdfName));
        Files.copy(pdf, zip);
        zip.closeEntry();
        text(zip, Manifest.FILE, manifest);
        text(zip, Checksums.FILE, checksums);
        text(zip, PrintPackage.PREFLIGHT_TEXT, preflightText);
        text(zip, PrintPackage.PREFLIGHT_JSON, preflightJson);
        zip.finish();
    }

    private void text(ZipOutputStream zip, String name, String text) throws IOException {
        zip.putNextEntry(entry(name));
        zip.write(text.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    private ZipEntry entry(String name) {
        ZipEntry entry = new ZipEntry(name);
        entry.setTimeLocal(time);
        return entry;
    }
}
