package press.aurora.preflight;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/**
 * The page boxes a printer cuts and images by: a TrimBox of the expected size, a BleedBox giving
 * at least the required bleed on every side, and a MediaBox that holds the BleedBox.
 *
 * <p>TrimBox and BleedBox are read from the page itself, not through PDFBox's getters, which fall
 * back to the CropBox and clip to the MediaBox and so would hide exactly what is checked here.
 */
final class PageBoxCheck implements PreflightCheck {

    static final String TRIMBOX_MISSING = "trimbox-missing";
    static final String TRIMBOX_SIZE = "trimbox-size";
    static final String BLEEDBOX_MISSING = "bleedbox-missing";
    static final String BLEED_TOO_SMALL = "bleed-too-small";
    static final String BLEEDBOX_OUTSIDE_MEDIABOX = "bleedbox-outside-mediabox";

    /** How far the TrimBox may differ from the expected trim size. */
    static final double TRIM_TOLERANCE_MM = 0.1;
    /** Rounding slack when comparing bleed and box edges, far below what a printer can see. */
    private static final double EDGE_TOLERANCE_MM = 0.01;

    @Override
    public List<PreflightFinding> check(CheckedPdf pdf) {
        List<PreflightFinding> findings = new ArrayList<>();
        PreflightExpectations expected = pdf.expectations();
        for (CheckedPdf.NumberedPage numbered : pdf.pages()) {
            int page = numbered.number();
            PDRectangle trim = ownBox(numbered.page(), COSName.TRIM_BOX);
            PDRectangle bleed = ownBox(numbered.page(), COSName.BLEED_BOX);
            if (trim == null) {
                findings.add(pdf.error(page, TRIMBOX_MISSING, "the page has no TrimBox"));
            } else if (expected.knowsTrimSize()) {
                trimSize(trim, numbered.page(), expected)
                        .ifPresent(message -> findings.add(pdf.error(page, TRIMBOX_SIZE, message)));
            }
            if (bleed == null) {
                if (expected.minBleedMm() > 0) {
                    findings.add(pdf.error(page, BLEEDBOX_MISSING, "the page has no BleedBox ("
                            + Millimetres.format(expected.minBleedMm()) + " mm bleed required)"));
                }
                continue;
            }
            if (trim != null) {
                bleedShortfall(trim, bleed, expected.minBleedMm())
                        .ifPresent(message -> findings.add(pdf.error(page, BLEED_TOO_SMALL, message)));
            }
            if (!contains(numbered.page().getMediaBox(), bleed)) {
                findings.add(pdf.error(page, BLEEDBOX_OUTSIDE_MEDIABOX, "the BleedBox extends beyond the MediaBox"));
            }
        }
        return findings;
    }

    private static PDRectangle ownBox(PDPage page, COSName box) {
        COSArray array = page.getCOSObject().getCOSArray(box);
        return array == null || array.size() != 4 ? null : new PDRectangle(array);
    }

    private static Optional<String> trimSize(PDRectangle trim, PDPage page, PreflightExpectations expected) {
        double width = Millimetres.of(trim.getWidth());
        double height = Millimetres.of(trim.getHeight());
        boolean quarterTurned = page.getRotation() % 180 != 0;
        double expectedWidth = quarterTurned ? expected.trimHeightMm() : expected.trimWidthMm();
        double expectedHeight = quarterTurned ? expected.trimWidthMm() : expected.trimHeightMm();
        if (Math.abs(width - expectedWidth) <= TRIM_TOLERANCE_MM
                && Math.abs(height - expectedHeight) <= TRIM_TOLERANCE_MM) {
            return Optional.empty();
        }
        return Optional.of("the TrimBox is " + Millimetres.format(width) + " x " + Millimetres.format(height)
                + " mm, expected " + Millimetres.format(expectedWidth) + " x " + Millimetres.format(expectedHeight)
                + " mm");
    }

    private static Optional<String> bleedShortfall(PDRectangle trim, PDRectangle bleed, double minimumMm) {
        double[] sides = {
            Millimetres.of(trim.getLowerLeftX() - bleed.getLowerLeftX()),
            Millimetres.of(bleed.getUpperRightX() - trim.getUpperRightX()),
            Millimetres.of(bleed.getUpperRightY() - trim.getUpperRightY()),
            Millimetres.of(trim.getLowerLeftY() - bleed.getLowerLeftY()),
        };
        String[] names = {"left", "right", "top", "bottom"};
        List<String> shortSides = new ArrayList<>();
        for (int i = 0; i < sides.length; i++) {
            if (sides[i] < minimumMm - EDGE_TOLERANCE_MM) {
                shortSides.add(names[i] + " " + Millimetres.format(sides[i]) + " mm");
            }
        }
        if (shortSides.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of("the BleedBox leaves too little bleed: " + String.join(", ", shortSides)
                + " (at least " + Millimetres.format(minimumMm) + " mm required)");
    }

    private static boolean contains(PDRectangle outer, PDRectangle inner) {
        double slack = EDGE_TOLERANCE_MM / Millimetres.PER_POINT;
        return inner.getLowerLeftX() >= outer.getLowerLeftX() - slack
                && inner.getLowerLeftY() >= outer.getLowerLeftY() - slack
                && inner.getUpperRightX() <= outer.getUpperRightX() + slack
                && inner.getUpperRightY() <= outer.getUpperRightY() + slack;
    }
}
