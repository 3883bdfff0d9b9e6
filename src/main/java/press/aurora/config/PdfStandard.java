package press.aurora.config;

/**
 * The PDF/X standard of a print file: FOP 2.11 writes PDF/X-4 and PDF/X-3:2003 (not X-1a). Each is built on one
 * PDF version, written in the file's header: PDF/X-4 (ISO 15930-7) on PDF 1.6, PDF/X-3:2003 (ISO 15930-6) on PDF 1.4.
 */
public enum PdfStandard {
    PDF_X_4("PDF/X-4", "1.6"),
    PDF_X_3("PDF/X-3:2003", "1.4");

    private final String fopMode;
    private final String pdfVersion;

    PdfStandard(String fopMode, String pdfVersion) {
        this.fopMode = fopMode;
        this.pdfVersion = pdfVersion;
    }

    /**
     * The PDF version of the file's header, as FOP's {@code version} option spells it. FOP would write 1.4 for
     * either; a PDF/X-4 file headed 1.4 is refused by preflight profiles that hold it to its PDF 1.6.
     */
    public String pdfVersion() {
        return pdfVersion;
    }

    /** The name as FOP's {@code pdf-x-mode} option and the GTS_PDFXVersion entry spell it. */
    public String fopMode() {
        return fopMode;
    }

    public static PdfStandard parse(String text) {
        return switch (text.strip().toUpperCase(java.util.Locale.ROOT)) {
            case "PDF/X-4" -> PDF_X_4;
            case "PDF/X-3", "PDF/X-3:2003" -> PDF_X_3;
            default -> null;
        };
    }
}
