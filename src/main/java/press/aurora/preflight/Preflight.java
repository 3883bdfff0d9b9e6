package press.aurora.preflight;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * Checks finished PDFs the way a printer's preflight does.
 *
 * <pre>{@code
 * List<PreflightFinding> findings = new Preflight().check(pdf, PreflightExpectations.printFile(297, 420));
 * }</pre>
 *
 * <p>Never throws for a bad PDF: an unreadable file gives one {@code unreadable-pdf} error and a
 * check that cannot finish gives a {@code check-failed} error, next to the other checks' findings.
 */
public final class Preflight {

    static final String UNREADABLE_PDF = "unreadable-pdf";
    static final String CHECK_FAILED = "check-failed";

    private final List<PreflightCheck> checks;

    /** A preflight running every printer check. */
    public Preflight() {
        this(ImageInkCache.NONE);
    }

    /**
     * A preflight running every printer check, measuring the ink of each image once per {@code inks}
     * (a build shares one between its editions and keeps it between builds).
     */
    public Preflight(ImageInkCache inks) {
        this(List.of(
                new PageCountCheck(),
                new PdfXIdentificationCheck(),
                new PdfVersionCheck(),
                new XmpDublinCoreCheck(),
                new PageBoxCheck(),
                new FontEmbeddingCheck(),
                new MissingGlyphCheck(),
                new HashMarkCheck(),
                new ColourSpaceCheck(),
                new TransparencyCheck(),
                new InkCheck(inks),
                new ImageResolutionCheck(),
                new EmptyPageCheck(),
                new AnnotationCheck()));
    }

    Preflight(List<PreflightCheck> checks) {
        this.checks = List.copyOf(checks);
    }

    /**
     * The findings for one PDF, sorted by page: document-level findings (page 0) first, then page
     * by page; within a page in the order the checks ran.
     */
    public List<PreflightFinding> check(Path pdf, PreflightExpectations expectations) {
        Objects.requireNonNull(pdf, "pdf");
        Objects.requireNonNull(expectations, "expectations");
        PDDocument document;
        try {
            document = Loader.loadPDF(pdf.toFile());
        } catch (IOException | RuntimeException e) {
            return List.of(new PreflightFinding(pdf, PreflightFinding.DOCUMENT, Severity.ERROR, UNREADABLE_PDF,
                    "cannot read the PDF: " + describe(e)));
        }
        try {
            return check(pdf, document, expectations);
        } finally {
            close(document);
        }
    }

    /**
     * The findings for a document already loaded (the build shares one loaded document between its
     * checks); {@code file} is the name the findings carry. The document is read, not closed.
     */
    public List<PreflightFinding> check(Path file, PDDocument document, PreflightExpectations expectations) {
        Objects.requireNonNull(document, "document");
        return check(file, document, expectations, PageTexts.extractedFrom(document));
    }

    /**
     * The same, with the text of the document's pages known already (the build extracted it to measure
     * the page fit): it is not extracted again.
     */
    public List<PreflightFinding> check(Path file, PDDocument document, PreflightExpectations expectations, PageTexts texts) {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(expectations, "expectations");
        return runChecks(new CheckedPdf(file, document, expectations, texts));
    }

    /** Checks several PDFs against the same expectations. */
    public PreflightReport checkAll(List<Path> pdfs, PreflightExpectations expectations) {
        return new PreflightReport(pdfs.stream()
                .map(pdf -> new PreflightReport.FileFindings(pdf, check(pdf, expectations)))
                .toList());
    }

    /** Runs each check in turn; those that read the pages' content share one run of it ({@link ContentScan}). */
    private List<PreflightFinding> runChecks(CheckedPdf pdf) {
        List<ContentCheck> content = checks.stream().filter(ContentCheck.class::isInstance).map(ContentCheck.class::cast).toList();
        List<ContentScan.Outcome> scanned = ContentScan.run(pdf, content);
        List<PreflightFinding> findings = new ArrayList<>();
        for (PreflightCheck check : checks) {
            try {
                findings.addAll(check instanceof ContentCheck contentCheck
                        ? scanned.get(content.indexOf(contentCheck)).findings() : check.check(pdf));
            } catch (IOException | RuntimeException e) {
                findings.add(pdf.error(PreflightFinding.DOCUMENT, CHECK_FAILED,
                        check.getClass().getSimpleName() + " could not finish: " + describe(e)));
            }
        }
        return findings.stream()
                .distinct()
                .sorted(Comparator.comparingInt(PreflightFinding::page))
                .toList();
    }

    private static void close(PDDocument document) {
        try {
            document.close();
        } catch (IOException ignored) {
            // The file was only read and every finding is in hand: a failure to release it changes no result.
        }
    }

    private static String describe(Exception e) {
        String message = e.getMessage();
        return message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
    }
}
