package press.aurora.preflight;

import java.util.OptionalDouble;

/**
 * What an edition expects of its PDF.
 *
 * @param trimWidthMm   the trimmed page width in mm, or {@code null} when unknown (the TrimBox size
 *                      is then not compared); known or unknown together with the height
 * @param trimHeightMm  the trimmed page height in mm, or {@code null} when unknown
 * @param minBleedMm    the bleed the printer needs beyond the trim on every side, in mm
 * @param pageMultiple  the page count must be a multiple of this (4 for folded sheets; 1 = any count)
 * @param printFile     true when PDF/X print-file rules apply: CMYK only, a PDF/X output intent and
 *                      version, no annotations
 * @param warningPpi    an image below this effective resolution is a warning
 * @param errorPpi      an image below this effective resolution is an error
 * @param maxInkPercent the highest total ink (C+M+Y+K, percent) a print file may put down anywhere,
 *                      in images and in vector colours; 0 = not checked
 * @param blackOnly     the press prints with black ink only: only the K channel may be used
 * @param minPages      the fewest pages the edition is printed on, or 0 when unknown (any count)
 * @param maxPages      the most pages the edition is printed on, or 0 when unknown
 */
public record PreflightExpectations(
        Double trimWidthMm,
        Double trimHeightMm,
        double minBleedMm,
        int pageMultiple,
        boolean printFile,
        int warningPpi,
        int errorPpi,
        int maxInkPercent,
        boolean blackOnly,
        int minPages,
        int maxPages) {

    public static final double DEFAULT_MIN_BLEED_MM = 3;
    public static final int DEFAULT_PAGE_MULTIPLE = 4;
    public static final int DEFAULT_WARNING_PPI = 200;
    public static final int DEFAULT_ERROR_PPI = 120;

    public PreflightExpectations {
        if ((trimWidthMm == null) != (trimHeightMm == null)) {
            throw new IllegalArgumentException("trim width and height must be both known or both unknown");
        }
        if (trimWidthMm != null && (!(trimWidthMm > 0) || !(trimHeightMm > 0))) {
            throw new IllegalArgumentException(
                    "trim size must be positive, was " + trimWidthMm + " x " + trimHeightMm + " mm");
        }
        if (!(minBleedMm >= 0)) {
            throw new IllegalArgumentException("minimum bleed must be 0 mm or more, was " + minBleedMm);
        }
        if (pageMultiple < 1) {
            throw new IllegalArgumentException("page multiple must be 1 or more, was " + pageMultiple);
        }
        if (errorPpi < 1 || warningPpi < errorPpi) {
            throw new IllegalArgumentException("image ppi limits must satisfy 1 <= error <= warning, were error "
                    + errorPpi + ", warning " + warningPpi);
        }
        if (minPages < 0 || maxPages < minPages || minPages == 0 && maxPages != 0) {
            throw new IllegalArgumentException("page range must be 0-0 (any) or 1 <= fewest <= most, was "
                    + minPages + "-" + maxPages);
        }
        if (maxInkPercent != 0 && (maxInkPercent < 100 || maxInkPercent > 400)) {
            throw new IllegalArgumentException("maximum ink must be 0 (unchecked) or 100 to 400 percent, was " + maxInkPercent);
        }
    }

    /**
     * A PDF/X print file of the given trim size, with the defaults: 3 mm bleed, a page count that is
     * a multiple of 4, images warned below 200 ppi and rejected below 120 ppi.
     */
    public static PreflightExpectations printFile(double trimWidthMm, double trimHeightMm) {
        return new PreflightExpectations(trimWidthMm, trimHeightMm, DEFAULT_MIN_BLEED_MM,
                DEFAULT_PAGE_MULTIPLE, true, DEFAULT_WARNING_PPI, DEFAULT_ERROR_PPI, 0, false, 0, 0);
    }

    /**
     * A PDF that is not a print file (a proof, a web edition): trim size unknown, no bleed needed,
     * any page count, no PDF/X rules. Fonts, the TrimBox, image resolution, glyphs and empty pages
     * are still checked.
     */
    public static PreflightExpectations proof() {
        return new PreflightExpectations(null, null, 0, 1, false,
                DEFAULT_WARNING_PPI, DEFAULT_ERROR_PPI, 0, false, 0, 0);
    }

    public OptionalDouble trimWidth() {
        return trimWidthMm == null ? OptionalDouble.empty() : OptionalDouble.of(trimWidthMm);
    }

    public OptionalDouble trimHeight() {
        return trimHeightMm == null ? OptionalDouble.empty() : OptionalDouble.of(trimHeightMm);
    }

    public boolean knowsTrimSize() {
        return trimWidthMm != null;
    }

    public PreflightExpectations withTrimSize(double widthMm, double heightMm) {
        return new PreflightExpectations(widthMm, heightMm, minBleedMm, pageMultiple, printFile, warningPpi, errorPpi, maxInkPercent, blackOnly, minPages, maxPages);
    }

    public PreflightExpectations withoutTrimSize() {
        return new PreflightExpectations(null, null, minBleedMm, pageMultiple, printFile, warningPpi, errorPpi, maxInkPercent, blackOnly, minPages, maxPages);
    }

    public PreflightExpectations withMinBleedMm(double bleedMm) {
        return new PreflightExpectations(trimWidthMm, trimHeightMm, bleedMm,
                pageMultiple, printFile, warningPpi, errorPpi, maxInkPercent, blackOnly, minPages, maxPages);
    }

    public PreflightExpectations withPageMultiple(int multiple) {
        return new PreflightExpectations(trimWidthMm, trimHeightMm, minBleedMm,
                multiple, printFile, warningPpi, errorPpi, maxInkPercent, blackOnly, minPages, maxPages);
    }

    public PreflightExpectations withImagePpi(int warning, int error) {
        return new PreflightExpectations(trimWidthMm, trimHeightMm, minBleedMm,
                pageMultiple, printFile, warning, error, maxInkPercent, blackOnly, minPages, maxPages);
    }

    /** The total ink limit, in percent (0 = not checked). */
    public PreflightExpectations withMaxInk(int percent) {
        return new PreflightExpectations(trimWidthMm, trimHeightMm, minBleedMm,
                pageMultiple, printFile, warningPpi, errorPpi, percent, blackOnly, minPages, maxPages);
    }

    /** Printed on {@code fewest} to {@code most} pages (the same number for a fixed count). */
    public PreflightExpectations withPages(int fewest, int most) {
        return new PreflightExpectations(trimWidthMm, trimHeightMm, minBleedMm,
                pageMultiple, printFile, warningPpi, errorPpi, maxInkPercent, blackOnly, fewest, most);
    }

    /** Printed with black ink only. */
    public PreflightExpectations withBlackOnly(boolean black) {
        return new PreflightExpectations(trimWidthMm, trimHeightMm, minBleedMm,
                pageMultiple, printFile, warningPpi, errorPpi, maxInkPercent, black, minPages, maxPages);
    }
}
