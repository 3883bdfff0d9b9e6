package press.aurora.config;

import java.nio.file.Path;
import java.util.Objects;

/**
 * What the printer of an edition asks for: bleed around the trim, crop marks in the slug, the
 * PDF/X standard and the CMYK profile of the output intent (a newspaper printer often supplies
 * its own newsprint profile), the inks (process colours or black only), the maximum total ink
 * ({@code maxInkPercent}, 0 = the profile's own limit) and the image resolution the press wants
 * ({@code targetPpi}) and accepts ({@code minPpi}; below {@link #errorPpi()} an image fails the edition).
 */
public record PrintSettings(double bleedMm, boolean cropMarks, PdfStandard standard, Path iccProfile,
                            Ink ink, int maxInkPercent, int targetPpi, int minPpi) {

    public static final double DEFAULT_BLEED_MM = 3;
    public static final String DEFAULT_PROFILE = "icc/ISOcoated_v2_300_bas.icc";
    public static final int DEFAULT_TARGET_PPI = 300;
    public static final int DEFAULT_MIN_PPI = 200;
    /** Below this share of the minimum resolution an image is an error, not a warning. */
    public static final double ERROR_SHARE_OF_MIN = 0.6;
    /** Room around the bleed for the crop marks. */
    public static final double SLUG_MM = 7;

    public PrintSettings {
        Objects.requireNonNull(standard, "standard");
        Objects.requireNonNull(iccProfile, "iccProfile");
        Objects.requireNonNull(ink, "ink");
        if (bleedMm < 0 || bleedMm > 20) {
            throw new IllegalArgumentException("bleed must be between 0 and 20 mm");
        }
        if (maxInkPercent != 0 && (maxInkPercent < 100 || maxInkPercent > 400)) {
            throw new IllegalArgumentException("max-ink must be between 100 and 400 percent");
        }
        if (minPpi < 1 || targetPpi < minPpi) {
            throw new IllegalArgumentException("image resolution must satisfy 1 <= min-ppi <= target-ppi");
        }
    }

    /** Below this effective resolution an image fails the edition. */
    public int errorPpi() {
        return (int) Math.round(minPpi * ERROR_SHARE_OF_MIN);
    }

    /** How far the media box reaches beyond the trim on each side: the bleed, plus a slug for marks. */
    public double cropOffsetMm() {
        return cropMarks ? bleedMm + SLUG_MM : bleedMm;
    }
}
