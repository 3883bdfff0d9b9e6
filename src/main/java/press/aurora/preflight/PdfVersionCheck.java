package press.aurora.preflight;

import java.util.List;
import java.util.Optional;

/**
 * A print file is no newer PDF than its PDF/X version is built on ({@link PdfXVersion#basePdfVersion}): a PDF/X-4
 * file declares at most PDF 1.6, a PDF/X-3:2003 file at most 1.4. The file's version is its header's, or the
 * catalog's {@code /Version} when that is higher (as PDF readers take it). A file that declares an older
 * version than its standard is built on is a warning: a PDF/X-4 file headed {@code %PDF-1.4} is valid PDF, but
 * preflight profiles that hold PDF/X-4 to PDF 1.6 refuse it.
 */
final class PdfVersionCheck implements PreflightCheck {

    static final String ID = "pdf-version";

    @Override
    public List<PreflightFinding> check(CheckedPdf pdf) {
        Optional<String> claim = PdfXVersion.of(pdf.document());
        if (!pdf.expectations().printFile() || claim.isEmpty()) {
            return List.of(); // a missing claim is PdfXIdentificationCheck's
        }
        Optional<PdfVersionNumber> base = PdfXVersion.basePdfVersion(claim.get());
        if (base.isEmpty()) {
            return List.of();
        }
        PdfVersionNumber header = PdfVersionNumber.of(pdf.document().getDocument().getVersion());
        Optional<PdfVersionNumber> catalog = PdfVersionNumber.parse(pdf.document().getDocumentCatalog().getVersion());
        PdfVersionNumber declared = catalog.filter(version -> version.compareTo(header) > 0).orElse(header);
        String how = declared.equals(header) ? "its header is %PDF-" + header
                : "its header is %PDF-" + header + " and its catalog's /Version " + declared;
        if (declared.compareTo(base.get()) > 0) {
            return List.of(pdf.error(PreflightFinding.DOCUMENT, ID, "the file is PDF " + declared + " (" + how + "): "
                    + claim.get() + " allows at most PDF " + base.get() + "; write it as PDF " + base.get()));
        }
        if (declared.compareTo(base.get()) < 0) {
            return List.of(pdf.warning(PreflightFinding.DOCUMENT, ID, "the file is PDF " + declared + " (" + how + "), "
                    + "older than the PDF " + base.get() + " that " + claim.get() + " is built on: preflight profiles that "
                    + "hold " + claim.get() + " to PDF " + base.get() + " refuse it; write it as PDF " + base.get()));
        }
        return List.of();
    }
}
