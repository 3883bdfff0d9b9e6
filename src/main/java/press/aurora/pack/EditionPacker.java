package press.aurora.pack;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import press.aurora.preflight.Preflight;
import press.aurora.preflight.PreflightExpectations;
import press.aurora.preflight.PreflightFinding;
import press.aurora.preflight.PreflightReport;
import press.aurora.preflight.PreflightReportFormatter;
import press.aurora.io.PartialFile;

/**
 * Packs one edition: copies its PDF in under a temporary name, preflights and checksums the copy
 * (so the bytes checked are the bytes shipped), renames it into place and writes its zip.
 *
 * <p>An edition fails when its PDF is missing, preflight finds an error, its page count is not
 * the edition's, or a file cannot be written. A failed edition leaves nothing in the folder: no
 * temporary file, and not its PDF or zip from an earlier run, which would look current.
 */
final class EditionPacker {

    /** One edition's outcome, and its preflight findings when its PDF was there to check. */
    record Packing(ManifestEntry entry, Optional<PreflightReport.FileFindings> findings) {
    }

    private final PackageFolder folder;
    private final Preflight preflight;
    private final PackageRequest request;

    EditionPacker(PackageFolder folder, Preflight preflight, PackageRequest request) {
        this.folder = folder;
        this.preflight = preflight;
        this.request = request;
    }

    Packing pack(PackagedEdition edition) {
        if (!Files.isRegularFile(edition.pdf())) {
            return failed(edition, "no print PDF at " + edition.pdf(), Optional.empty());
        }
        PartialFile partial;
        try {
            partial = PartialFile.create(folder.resolve(edition.pdfName()));
        } catch (IOException e) {
            return failed(edition, "cannot package edition " + edition.editionId() + ": " + describe(e), Optional.empty());
        }
        Path copy = partial.path();
        Optional<PreflightReport.FileFindings> findings = Optional.empty();
        try {
            String sha256 = copy(edition.pdf(), copy);
            long bytes = Files.size(copy);
            findings = Optional.of(preflight(edition, copy));
            Optional<String> problem = problem(edition, findings.get(), copy);
            if (problem.isPresent()) {
                return failed(edition, problem.get(), findings);
            }
            ManifestEntry.Packed packed = new ManifestEntry.Packed(edition, sha256, bytes);
            PreflightReport own = new PreflightReport(List.of(findings.get()));
            folder.write(edition.zipName(), out -> new EditionZip(request.buildTime()).write(out, copy,
                    edition.pdfName(), Manifest.json(request, List.of(packed)), Checksums.of(List.of(packed)),
                    PreflightReportFormatter.text(own), PreflightReportFormatter.json(own)));
            partial.commit();
            return new Packing(packed, findings);
        } catch (IOException e) {
            return failed(edition, "cannot package edition " + edition.editionId() + ": " + describe(e), findings);
        } finally {
            discardQuietly(partial);
        }
    }

    /** Copies {@code source} to the new file {@code target}; returns the SHA-256 of the bytes copied. */
    private static String copy(Path source, Path target) throws IOException {
        MessageDigest sha256 = sha256();
        try (InputStream in = new DigestInputStream(Files.newInputStream(source), sha256);
             OutputStream out = Files.newOutputStream(target, StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE)) {
            in.transferTo(out);
        }
        return HexFormat.of().formatHex(sha256.digest());
    }

    private PreflightReport.FileFindings preflight(PackagedEdition edition, Path copy) {
        PreflightExpectations expectations = PreflightExpectations
                .printFile(edition.trimWidthMm(), edition.trimHeightMm())
                .withMinBleedMm(edition.bleedMm())
                .withPageMultiple(1);
        Path name = Path.of(edition.pdfName());
        List<PreflightFinding> findings = preflight.check(copy, expectations).stream()
                .map(f -> new PreflightFinding(name, f.page(), f.severity(), f.check(), f.message()))
                .toList();
        return new PreflightReport.FileFindings(name, findings);
    }

    /** Why the checked copy must not go to the printer, if it must not. */
    private static Optional<String> problem(PackagedEdition edition, PreflightReport.FileFindings findings, Path copy)
            throws IOException {
        List<PreflightFinding> errors = findings.findings().stream().filter(PreflightFinding::isError).toList();
        if (!errors.isEmpty()) {
            PreflightFinding first = errors.get(0);
            return Optional.of("preflight found " + errors.size() + (errors.size() == 1 ? " error" : " errors")
                    + (errors.size() == 1 ? ": " : ", the first: ")
                    + (first.isDocumentLevel() ? "" : "page " + first.page() + ": ")
                    + first.message() + " [" + first.check() + "]");
        }
        int pages;
        try (PDDocument document = Loader.loadPDF(copy.toFile())) {
            pages = document.getNumberOfPages();
        }
        if (pages != edition.pages()) {
            return Optional.of("the PDF has " + pages + " pages, the edition is printed on " + edition.pages());
        }
        return Optional.empty();
    }

    /** Removes the edition's files from any earlier run, so nothing of it looks current. */
    private Packing failed(PackagedEdition edition, String reason, Optional<PreflightReport.FileFindings> findings) {
        StringBuilder why = new StringBuilder(reason);
        for (String name : List.of(edition.pdfName(), edition.zipName())) {
            try {
                folder.delete(name);
            } catch (IOException e) {
                why.append("; the old ").append(name).append(" could not be removed: ").append(describe(e));
            }
        }
        return new Packing(new ManifestEntry.Failed(edition, why.toString()), findings);
    }

    private static void discardQuietly(PartialFile partial) {
        try {
            partial.discard();
        } catch (IOException ignored) {
            // removeLeftovers clears it on the next run; the edition's own outcome is already decided
        }
    }

    /**
     * {@code /out/2017-11/print/uk.zip: Is a directory}, {@code directory not empty: /out/…}: a
     * file-system exception's message is only its path, so its reason or kind is added. For a
     * failed rename the path named is the destination, not the temporary file.
     */
    static String describe(IOException e) {
        if (e instanceof FileSystemException fs) {
            String path = fs.getOtherFile() != null ? fs.getOtherFile() : fs.getFile();
            if (fs.getReason() != null) {
                return path + ": " + fs.getReason();
            }
            String kind = e.getClass().getSimpleName().replaceAll("Exception$", "")
                    .replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
            return kind + ": " + path;
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
