package press.aurora.pack;

import java.nio.file.Path;
import java.util.List;
import press.aurora.preflight.PreflightReport;

/**
 * What {@link PrintPackage} wrote.
 *
 * @param folder    {@code <out>/<issue-id>/print}
 * @param entries   one per requested edition, in the request's order, as in the manifest
 * @param preflight the preflight of every edition whose PDF was found, with files named as in the package
 */
public record PackageResult(Path folder, List<ManifestEntry> entries, PreflightReport preflight) {

    public PackageResult {
        entries = List.copyOf(entries);
    }

    public List<ManifestEntry.Failed> failed() {
        return entries.stream()
                .filter(ManifestEntry.Failed.class::isInstance)
                .map(ManifestEntry.Failed.class::cast)
                .toList();
    }

    /** True when an edition is missing from the package: the printer must not get it as complete. */
    public boolean hasFailures() {
        return !failed().isEmpty();
    }
}
