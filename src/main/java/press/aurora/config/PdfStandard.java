package press.aurora.config;

/** The PDF/X standard of a print file: FOP 2.11 writes PDF/X-4 and PDF/X-3:2003 (not X-1a). */
public enum PdfStandard {
    PDF_X_4("PDF/X-4"),
    PDF_X_3("PDF/X-3:2003");

    private final String fopMode;

    PdfStandard(String fopMode) {
        this.fopMode = fopMode;
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
