package press.aurora.image;

import java.nio.file.Path;
import java.util.Objects;

/**
 * What an edition's variant needs of its images: the press's CMYK (with its profile and ink limit),
 * grey for a black-only press, or sRGB for screen; and the widest the image need be, in pixels.
 */
public record ImageTarget(Output output, Path pressProfile, int maxInkPercent, int maxWidthPx) {

    public enum Output {
        /** Process colour: RGB separated with the press profile; grey and CMYK stay. */
        CMYK,
        /** Black ink only: everything becomes grey. */
        BLACK,
        /** Screen: sRGB and grey. */
        SCREEN
    }

    public ImageTarget {
        Objects.requireNonNull(output, "output");
        Objects.requireNonNull(pressProfile, "pressProfile"); // screen files need it to show CMYK images
        if (maxWidthPx < 1) {
            throw new IllegalArgumentException("an image needs at least one pixel, not " + maxWidthPx);
        }
    }

    public ImageTarget withMaxWidthPx(int widthPx) {
        return new ImageTarget(output, pressProfile, maxInkPercent, widthPx);
    }
}
