package press.aurora.pack;

import java.nio.file.Path;
import java.util.IllformedLocaleException;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One edition to package: its finished print PDF and what the printer is told about it.
 *
 * @param editionId    the edition's id, such as {@code uk}; names its files in the package
 * @param language     the BCP 47 language tag, such as {@code en-GB}
 * @param pdf          the print PDF as built (with printer marks)
 * @param pages        the pages the edition is printed on; the PDF must have exactly these
 * @param trimWidthMm  the trimmed page width in mm
 * @param trimHeightMm the trimmed page height in mm
 * @param bleedMm      the bleed beyond the trim on every side, in mm; preflight requires at least this
 * @param pdfStandard  the PDF standard the file claims, such as {@code PDF/X-4}
 */
public record PackagedEdition(String editionId, String language, Path pdf, int pages,
                              double trimWidthMm, double trimHeightMm, double bleedMm, String pdfStandard) {

    /** Safe as a file name on every system: a letter or digit, then letters, digits, - and _. */
    static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]*");

    public PackagedEdition {
        Objects.requireNonNull(editionId, "editionId");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(pdf, "pdf");
        Objects.requireNonNull(pdfStandard, "pdfStandard");
        if (!ID.matcher(editionId).matches()) {
            throw new IllegalArgumentException("edition id must be letters, digits, - and _, was '" + editionId + "'");
        }
        try {
            if (language.isBlank()) {
                throw new IllformedLocaleException("empty");
            }
            new Locale.Builder().setLanguageTag(language);
        } catch (IllformedLocaleException e) {
            throw new IllegalArgumentException("edition " + editionId + ": language must be a BCP 47 tag, was '"
                    + language + "'");
        }
        if (pages < 1) {
            throw new IllegalArgumentException("edition " + editionId + ": pages must be 1 or more, was " + pages);
        }
        if (!(trimWidthMm > 0) || !(trimHeightMm > 0) || Double.isInfinite(trimWidthMm)
                || Double.isInfinite(trimHeightMm)) {
            throw new IllegalArgumentException("edition " + editionId + ": trim size must be positive, was "
                    + trimWidthMm + " x " + trimHeightMm + " mm");
        }
        if (!(bleedMm >= 0) || Double.isInfinite(bleedMm)) {
            throw new IllegalArgumentException("edition " + editionId + ": bleed must be 0 mm or more, was " + bleedMm);
        }
        if (pdfStandard.isBlank()) {
            throw new IllegalArgumentException("edition " + editionId + ": PDF standard must be named, e.g. PDF/X-4");
        }
    }

    /** {@code uk.pdf}: the PDF's name in the package. */
    public String pdfName() {
        return editionId + ".pdf";
    }

    /** {@code uk.zip}: the edition's archive in the package. */
    public String zipName() {
        return editionId + ".zip";
    }
}
