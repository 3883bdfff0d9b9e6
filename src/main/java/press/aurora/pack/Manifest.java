package press.aurora.pack;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import press.aurora.io.Json;

/**
 * {@code manifest.json}: the issue, when and by which version it was built, and one entry per
 * edition. A packed edition:
 * <pre>{@code
 * {"edition": "uk", "status": "packed", "language": "en-GB", "file": "uk.pdf", "zip": "uk.zip",
 *  "pages": 2, "trimWidthMm": 297, "trimHeightMm": 420, "bleedMm": 3, "pdfStandard": "PDF/X-4",
 *  "sha256": "9f86…", "bytes": 81234, "buildTime": "2017-11-07T09:00:00Z", "programVersion": "0.1.0"}
 * }</pre>
 * A failed edition is listed, so that its absence is never silent:
 * {@code {"edition": "fr", "status": "failed", "language": "fr-FR", "reason": "…"}}.
 * Lengths are millimetres; times ISO-8601 UTC to the second.
 */
final class Manifest {

    static final String FILE = "manifest.json";

    private Manifest() {
    }

    static String json(PackageRequest request, List<ManifestEntry> entries) {
        String buildTime = time(request.buildTime());
        Map<String, Object> manifest = new LinkedHashMap<>();
        manifest.put("issue", request.issueId());
        manifest.put("buildTime", buildTime);
        manifest.put("programVersion", request.programVersion());
        manifest.put("editions", entries.stream().map(entry -> entry(entry, buildTime, request.programVersion())).toList());
        return Json.write(manifest);
    }

    private static Map<String, Object> entry(ManifestEntry entry, String buildTime, String programVersion) {
        PackagedEdition edition = entry.edition();
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("edition", edition.editionId());
        if (entry instanceof ManifestEntry.Packed packed) {
            json.put("status", "packed");
            json.put("language", edition.language());
            json.put("file", edition.pdfName());
            json.put("zip", edition.zipName());
            json.put("pages", edition.pages());
            json.put("trimWidthMm", millimetres(edition.trimWidthMm()));
            json.put("trimHeightMm", millimetres(edition.trimHeightMm()));
            json.put("bleedMm", millimetres(edition.bleedMm()));
            json.put("pdfStandard", edition.pdfStandard());
            json.put("sha256", packed.sha256());
            json.put("bytes", packed.bytes());
            json.put("buildTime", buildTime);
            json.put("programVersion", programVersion);
        } else if (entry instanceof ManifestEntry.Failed failed) {
            json.put("status", "failed");
            json.put("language", edition.language());
            json.put("reason", failed.reason());
        }
        return json;
    }

    /** {@code 297}, {@code 279.4}: a length as written in the manifest, without trailing zeros. */
    private static BigDecimal millimetres(double value) {
        return BigDecimal.valueOf(value).stripTrailingZeros();
    }

    private static String time(Instant instant) {
        return DateTimeFormatter.ISO_INSTANT.format(instant.truncatedTo(ChronoUnit.SECONDS));
    }
}
