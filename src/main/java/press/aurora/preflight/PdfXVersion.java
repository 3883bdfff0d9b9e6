package press.aurora.preflight;

import java.util.Optional;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;

/**
 * Reads the PDF/X version a file claims: {@code pdfxid:GTS_PDFXVersion} in the XMP metadata (as
 * an element or as an attribute of {@code rdf:Description}), else {@code GTS_PDFXVersion} in the
 * document information dictionary.
 */
final class PdfXVersion {

    static final String PDFXID_NAMESPACE = "http://www.npes.org/pdfx/ns/id/";
    static final String KEY = "GTS_PDFXVersion";

    private PdfXVersion() {
    }

    static Optional<String> of(PDDocument document) {
        return XmpProperty.of(document, PDFXID_NAMESPACE, KEY).or(() -> fromInfo(document));
    }

    /**
     * Whether the file claims a PDF/X version that forbids transparency: PDF/X-1a and PDF/X-3 are
     * made for PDF 1.3 and 1.4 workflows without it; PDF/X-4 allows it.
     */
    static boolean forbidsTransparency(PDDocument document) {
        return of(document).map(version -> version.startsWith("PDF/X-1") || version.startsWith("PDF/X-3")
                || version.startsWith("PDF/X-2")).orElse(false);
    }

    /**
     * The PDF version a claimed PDF/X version is built on, the highest a file of it may declare: PDF 1.3 for
     * PDF/X-1a:2001 and PDF/X-3:2002 (ISO 15930-1, -3), 1.4 for the 2003 editions (ISO 15930-4, -5, -6), 1.6 for
     * PDF/X-4 and PDF/X-5 (ISO 15930-7, -8), 2.0 for PDF/X-6 (ISO 15930-9). Empty for a claim not listed here.
     */
    static Optional<PdfVersionNumber> basePdfVersion(String claim) {
        if (claim.startsWith("PDF/X-1:2001") || claim.startsWith("PDF/X-1a:2001") || claim.startsWith("PDF/X-3:2002")) {
            return Optional.of(PdfVersionNumber.of(1, 3));
        }
        if (claim.startsWith("PDF/X-1a:2003") || claim.startsWith("PDF/X-2") || claim.startsWith("PDF/X-3:2003")) {
            return Optional.of(PdfVersionNumber.of(1, 4));
        }
        if (claim.startsWith("PDF/X-4") || claim.startsWith("PDF/X-5")) {
            return Optional.of(PdfVersionNumber.of(1, 6));
        }
        if (claim.startsWith("PDF/X-6")) {
            return Optional.of(PdfVersionNumber.of(2, 0));
        }
        return Optional.empty();
    }

    private static Optional<String> fromInfo(PDDocument document) {
        PDDocumentInformation info = document.getDocumentInformation();
        return XmpProperty.nonBlank(info == null ? null : info.getCustomMetadataValue(KEY));
    }
}
