package press.aurora.image;

import press.aurora.config.PageGeometry;
import press.aurora.model.FigureWidth;
import press.aurora.model.ImageFile;

/**
 * The one place that decides how big a figure prints: as wide as the columns it is given (the
 * whole body width for {@code full}), as tall as the image's proportions make it, but never taller
 * than {@link #MAX_HEIGHT_SHARE} of the page body, in which case it is narrower instead. The layout,
 * the resolution check and the downsampling all use this size.
 */
public final class FigureSizing {

    /** The tallest a figure may be, as a share of the page body's height. */
    public static final double MAX_HEIGHT_SHARE = 0.4;

    private FigureSizing() {
    }

    /** The printed size in mm; a vector image (no pixel size) has height 0: its own proportions decide. */
    public static PlacedSize of(FigureWidth width, ImageFile image, PageGeometry page) {
        double widthMm = width.full() ? page.bodyWidthMm() : page.spanWidthMm(width.columns());
        if (image.isVector()) {
            return new PlacedSize(widthMm, 0);
        }
        double heightMm = widthMm * image.heightPx() / image.widthPx();
        double maxHeightMm = page.bodyHeightMm() * MAX_HEIGHT_SHARE;
        if (heightMm > maxHeightMm) {
            widthMm *= maxHeightMm / heightMm;
            heightMm = maxHeightMm;
        }
        return new PlacedSize(widthMm, heightMm);
    }

    /** A figure's printed size. */
    public record PlacedSize(double widthMm, double heightMm) {

        /** The effective resolution of an image this many pixels wide at this size. */
        public int ppi(int widthPx) {
            return (int) Math.floor(widthPx / (widthMm / 25.4));
        }

        /** The pixels wide an image needs to print at {@code ppi}. */
        public int pixelsFor(int ppi) {
            return (int) Math.ceil(widthMm / 25.4 * ppi);
        }
    }
}
