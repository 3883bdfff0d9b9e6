package press.aurora.config;

import java.nio.file.Path;
import java.util.Objects;

/**
 * What the printer of an edition asks for: bleed around the trim, crop marks in the slug, the
 * PDF/X standard and the CMYK profile of the output intent (a newspaper printer often supplies
 * its own newsprint profile).
 */
public record PrintSettings(double bleedMm, boolean cropMarks, PdfStandard standard, Path iccProfile) {

    public static final double DEFAULT_BLEED_MM = 3;
    public static final String DEFAULT_PROFILE = "icc/ISOcoated_v2_300_bas.icc";
    /** Room around the bleed for the crop marks. */
    public static final double SLUG_MM = 7;

    public PrintSettings {
        Objects.requireNonNull(standard, "standard");
        Objects.requireNonNull(iccProfile, "iccProfile");
        if (bleedMm < 0 || bleedMm > 20) {
            throw new IllegalArgumentException("bleed must be between 0 and 20 mm");
        }
    }

    /** How far the media box reaches beyond the trim on each side: the bleed, plus a slug for marks. */
    public double cropOffsetMm() {
        return cropMarks ? bleedMm + SLUG_MM : bleedMm;
    }
}
