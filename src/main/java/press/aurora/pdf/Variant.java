package press.aurora.pdf;

import java.util.Locale;

/** The two PDFs an edition can have: for the printer, and for reading on screen or archiving. */
public enum Variant {
    /** PDF/X, CMYK, bleed and crop marks, no links: {@code <edition>.pdf}. */
    PRINT(""),
    /** PDF/A, RGB, tagged, bookmarks and live links, trim size only: {@code <edition>.screen.pdf}. */
    SCREEN(".screen");

    private final String suffix;

    Variant(String suffix) {
        this.suffix = suffix;
    }

    public String fileName(String editionId) {
        return editionId + suffix + ".pdf";
    }

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
