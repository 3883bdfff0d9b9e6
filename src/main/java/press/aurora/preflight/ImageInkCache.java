package press.aurora.preflight;

import java.io.IOException;

/**
 * Remembers what {@link InkCheck} measured of an image, so that the same image is decoded and
 * scanned pixel by pixel once, not once per edition and per build. The key is made from the image as
 * stored in the PDF ({@link ImageInkKey}: its bytes and every entry that decides its pixels), so a
 * changed image has another key and is measured again.
 */
public interface ImageInkCache {

    /** Measures an image. */
    @FunctionalInterface
    interface Measure {
        ImageInk measure() throws IOException;
    }

    /** Remembers nothing: every image is measured. */
    ImageInkCache NONE = (key, measure) -> measure.measure();

    /** What is known for {@code key}, or what {@code measure} finds (then remembered). */
    ImageInk inkOf(String key, Measure measure) throws IOException;
}
