package press.aurora.pack;

import java.util.List;

/**
 * {@code SHA256SUMS}: one line per packed PDF, {@code <sha-256>  <file>}, as GNU {@code sha256sum} writes
 * them, so that a printer checks what arrived with {@code sha256sum -c SHA256SUMS} (or {@code shasum -a 256 -c}
 * on a Mac), without reading the manifest's JSON.
 */
final class Checksums {

    static final String FILE = "SHA256SUMS";

    private Checksums() {
    }

    static String of(List<ManifestEntry> entries) {
        StringBuilder lines = new StringBuilder();
        for (ManifestEntry entry : entries) {
            if (entry instanceof ManifestEntry.Packed packed) {
                lines.append(packed.sha256()).append("  ").append(packed.edition().pdfName()).append('\n');
            }
        }
        return lines.toString();
    }
}
