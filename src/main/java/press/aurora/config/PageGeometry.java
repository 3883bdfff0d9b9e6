package press.aurora.config;

/**
 * The page grid of an edition in millimetres, decided here once: the stylesheet receives it as
 * parameters, and the page-fit analysis measures the PDF with it.
 */
public record PageGeometry(double widthMm, double heightMm, double marginMm, double marginBottomMm,
                           double footerMm, int columns, double columnGapMm) {

    /**
     * Block quotes and lists indent their text at most this many levels: three indents of a quote (3 mm
     * each side) or a list (4 mm) still leave a column of about 35 mm on A4 for words of a dozen letters.
     * The reader prints deeper nesting flattened at this level, with a warning.
     */
    public static final int NESTING_LEVELS = 3;

    public static PageGeometry of(PaperSize paper) {
        boolean large = paper.isLargeFormat();
        return new PageGeometry(paper.widthMm(), paper.heightMm(),
                large ? 14 : 12, large ? 10 : 8, large ? 12 : 10, paper.columns(), large ? 5 : 4.5);
    }

    /** Height at the bottom of the page taken by the margin and the running footer. */
    public double footerZoneMm() {
        return marginBottomMm + footerMm;
    }

    /** Lines of body text a full page holds at {@code leadingPt}, over all its columns. */
    public double linesPerPage(double leadingPt) {
        return columns * bodyHeightMm() * 72 / 25.4 / leadingPt;
    }

    public double columnWidthMm() {
        return (bodyWidthMm() - (columns - 1) * columnGapMm) / columns;
    }

    /** The width between the side margins: what a full-width headline or figure spans. */
    public double bodyWidthMm() {
        return widthMm - 2 * marginMm;
    }

    /** The height of the body region: between the top margin and the running footer. */
    public double bodyHeightMm() {
        return heightMm - marginMm - footerZoneMm();
    }

    /** The width of {@code n} adjacent columns with the gaps between them (all columns at most). */
    public double spanWidthMm(int n) {
        int spanned = Math.max(1, Math.min(n, columns));
        return spanned * columnWidthMm() + (spanned - 1) * columnGapMm;
    }
}
