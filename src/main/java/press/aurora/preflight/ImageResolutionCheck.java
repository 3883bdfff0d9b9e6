package press.aurora.preflight;


import org.apache.pdfbox.pdmodel.graphics.image.PDImage;

/**
 * Images have enough pixels for the size they are printed at. The effective resolution is the
 * image's pixel size over its placed size, which the current transformation matrix gives when the
 * image is drawn (the image fills the unit square of that matrix), forms and scaling included. The
 * lower of the horizontal and vertical resolution counts. Image masks (1-bit stencils) are line art
 * with their own, much higher, needs and are not judged here.
 */
final class ImageResolutionCheck implements ContentCheck {

    static final String ID = "image-resolution-low";

    private static final double POINTS_PER_INCH = 72;
    /** Below this placed size in points an image is a hairline or invisible, not a picture. */
    private static final double SMALLEST_PLACED_POINTS = 0.01;

    @Override
    public ContentWatcher watcher(CheckedPdf pdf) {
        return new ImageMeter(pdf);
    }

    private static final class ImageMeter extends ContentWatcher {

        private final CheckedPdf pdf;

        ImageMeter(CheckedPdf pdf) {
            this.pdf = pdf;
        }

        @Override
        void image(PDImage image) {
            if (image.isStencil()) {
                return;
            }
            double widthPoints = placedWidthPoints();
            double heightPoints = placedHeightPoints();
            if (widthPoints < SMALLEST_PLACED_POINTS || heightPoints < SMALLEST_PLACED_POINTS) {
                return;
            }
            double ppi = Math.min(
                    image.getWidth() * POINTS_PER_INCH / widthPoints,
                    image.getHeight() * POINTS_PER_INCH / heightPoints);
            PreflightExpectations expected = pdf.expectations();
            String placed = placedImageLabel(image, "") + " has " + (int) Math.floor(ppi) + " ppi";
            if (ppi < expected.errorPpi()) {
                report(pdf.error(page(), ID, placed + ", below the minimum of " + expected.errorPpi() + " ppi"));
            } else if (ppi < expected.warningPpi()) {
                report(pdf.warning(page(), ID,
                        placed + ", below the recommended " + expected.warningPpi() + " ppi"));
            }
        }
    }
}
