package press.aurora.pack;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import press.aurora.preflight.Preflight;
import press.aurora.preflight.PreflightReport;
import press.aurora.preflight.PreflightReportFormatter;

/**
 * Writes the print package of one issue to {@code <out>/<issue-id>/print/}:
 * <ul>
 *   <li>{@code <edition-id>.pdf}, each edition's print PDF, copied in and preflighted;</li>
 *   <li>{@code <edition-id>.zip}, that PDF with its own manifest and preflight report;</li>
 *   <li>{@code preflight.txt} and {@code preflight.json}, the preflight of every edition;</li>
 *   <li>{@code SHA256SUMS}, each PDF's checksum for {@code sha256sum -c} (see {@link Checksums});</li>
 *   <li>{@code manifest.json}, written last: per edition its checksum, size, pages, trim, bleed and
 *       PDF standard, or why it failed (see {@link Manifest}).</li>
 * </ul>
 *
 * <p>A failed edition is listed in the manifest as {@code "failed"} with its reason, and none of
 * its files stays in the folder, not even from an earlier run. PDFs and zips of editions not in
 * the request are removed too, so the folder always holds exactly what its manifest lists. Running
 * twice on the same input writes the same bytes; only the build time changes the manifests.
 *
 * <pre>{@code
 * PackageResult result = new PrintPackage().write(new PackageRequest("2017-11", out, editions, clock.instant(), version));
 * if (result.hasFailures()) { ... }
 * }</pre>
 */
public final class PrintPackage {

    public static final String PREFLIGHT_TEXT = "preflight.txt";
    public static final String PREFLIGHT_JSON = "preflight.json";
    public static final String MANIFEST = Manifest.FILE;
    public static final String CHECKSUMS = Checksums.FILE;

    private final Preflight preflight;

    public PrintPackage() {
        this(new Preflight());
    }

    PrintPackage(Preflight preflight) {
        this.preflight = preflight;
    }

    /**
     * Packs every edition of the request. An edition that fails is reported in the result and the
     * manifest, never thrown.
     *
     * @throws IOException when the folder or the package-wide files cannot be written
     */
    public PackageResult write(PackageRequest request) throws IOException {
        PackageFolder folder = PackageFolder.open(request.folder());
        // Until the new manifest is in place, none: a folder without one is an unfinished run.
        for (String file : List.of(MANIFEST, CHECKSUMS, PREFLIGHT_TEXT, PREFLIGHT_JSON)) {
            folder.delete(file);
        }
        folder.removeLeftovers(request.editions().stream()
                .flatMap(edition -> Set.of(edition.pdfName(), edition.zipName()).stream())
                .collect(Collectors.toSet()));
        EditionPacker packer = new EditionPacker(folder, preflight, request);
        List<ManifestEntry> entries = new ArrayList<>();
        List<PreflightReport.FileFindings> findings = new ArrayList<>();
        for (PackagedEdition edition : request.editions()) {
            EditionPacker.Packing packing = packer.pack(edition);
            entries.add(packing.entry());
            packing.findings().ifPresent(findings::add);
        }
        PreflightReport report = new PreflightReport(findings);
        folder.writeString(PREFLIGHT_TEXT, PreflightReportFormatter.text(report));
        folder.writeString(PREFLIGHT_JSON, PreflightReportFormatter.json(report));
        folder.writeString(CHECKSUMS, Checksums.of(entries));
        folder.writeString(MANIFEST, Manifest.json(request, entries));
        return new PackageResult(folder.path(), entries, report);
    }
}
