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

    private static Optional<String> fromInfo(PDDocument document) {
        PDDocumentInformation info = document.getDocumentInformation();
        return XmpProperty.nonBlank(info == null ? null : info.getCustomMetadataValue(KEY));
    }
}
