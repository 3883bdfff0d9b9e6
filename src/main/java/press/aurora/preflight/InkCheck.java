package press.aurora.preflight;

import java.awt.image.Raster;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSNumber;
import org.apache.pdfbox.pdmodel.graphics.color.PDColor;
import org.apache.pdfbox.pdmodel.graphics.color.PDColorSpace;
import org.apache.pdfbox.pdmodel.graphics.color.PDDeviceCMYK;
import org.apache.pdfbox.pdmodel.graphics.color.PDICCBased;
import org.apache.pdfbox.pdmodel.graphics.color.PDSeparation;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;

/**
 * The inks a print file puts down. The total of the four inks at any point (total area coverage)
 * must stay within the edition's limit, or the paper cannot take the ink and the sheets set off on
 * each other: checked for every vector colour painted and every pixel of every CMYK image. For an
 * edition printed with black ink only, nothing may use cyan, magenta, yellow or a spot colour.
 *
 * <p>Images are read as stored, with their Decode array applied (a CMYK JPEG in Adobe's inverted
 * convention has one); RGB colours and images are {@link ColourSpaceCheck}'s findings, not these.
 * What an image XObject puts down is measured once per {@link ImageInkCache} (the build keeps one
 * across editions and builds), by the image's content.
 */
final class InkCheck implements ContentCheck {

    static final String INK_LIMIT = "ink-limit";
    static final String NOT_BLACK_ONLY = "not-black-only";

    private final ImageInkCache cache;

    InkCheck() {
        this(ImageInkCache.NONE);
    }

    InkCheck(ImageInkCache cache) {
        this.cache = cache;
    }

    @Override
    public ContentWatcher watcher(CheckedPdf pdf) {
        PreflightExpectations expected = pdf.expectations();
        if (!expected.printFile() || expected.maxInkPercent() == 0 && !expected.blackOnly()) {
            return null;
        }
        return new InkWatcher(pdf, cache);
    }

    private static final class InkWatcher extends ContentWatcher {

        private final CheckedPdf pdf;
        /** What each image of the PDF puts down, measured once. */
        private final Map<Object, ImageInk> images = new HashMap<>();
        private final ImageInkCache cache;

        InkWatcher(CheckedPdf pdf, ImageInkCache cache) {
            this.pdf = pdf;
            this.cache = cache;
        }

        @Override
        void fill() {
            judge(graphicsState().getNonStrokingColor(), "fill");
        }

        @Override
        void stroke() {
            judge(graphicsState().getStrokingColor(), "stroke");
        }

        @Override
        void text(byte[] string) {
            RenderingMode mode = graphicsState().getTextState().getRenderingMode();
            if (mode.isFill()) {
                judge(graphicsState().getNonStrokingColor(), "text");
            }
            if (mode.isStroke()) {
                judge(graphicsState().getStrokingColor(), "text outline");
            }
        }

        @Override
        void image(PDImage image) throws IOException {
            if (image.isStencil()) {
                judge(graphicsState().getNonStrokingColor(), "image mask");
                return;
            }
            PDColorSpace space = image.getColorSpace();
            if (space instanceof PDSeparation) {
                spot(space, imageLabel());
                return;
            }
            if (!isCmyk(space)) {
                return;
            }
            Object key = image instanceof PDImageXObject xobject ? xobject.getCOSObject() : image;
            ImageInk coverage = images.get(key);
            if (coverage == null) {
                coverage = measure(image);
                images.put(key, coverage);
            }
            report(coverage, placedImageLabel(image, "CMYK"));
        }

        /** An image XObject through the cache, by its content; an inline image (or one without a key) measured. */
        private ImageInk measure(PDImage image) throws IOException {
            if (cache == ImageInkCache.NONE || !(image instanceof PDImageXObject xobject)) {
                return coverage(image);
            }
            String key;
            try {
                key = ImageInkKey.of(xobject);
            } catch (IOException e) {
                return coverage(image);
            }
            return cache.inkOf(key, () -> coverage(image));
        }

        private void judge(PDColor colour, String use) {
            PDColorSpace space = colour.getColorSpace();
            if (space == null) {
                return;
            }
            if (space instanceof PDSeparation) {
                spot(space, use);
            } else if (isCmyk(space)) {
                float[] ink = colour.getComponents();
                double total = 0;
                for (float value : ink) {
                    total += value * 100;
                }
                report(new ImageInk(total, ink[0] > 0 || ink[1] > 0 || ink[2] > 0),
                        "colour " + percent(ink[0]) + "/" + percent(ink[1]) + "/" + percent(ink[2]) + "/" + percent(ink[3])
                                + " (C/M/Y/K) used for " + use);
            }
        }

        private void spot(PDColorSpace space, String use) {
            if (pdf.expectations().blackOnly() && space instanceof PDSeparation separation
                    && !separation.getColorantName().equals("Black")) {
                report(pdf.error(page(), NOT_BLACK_ONLY, "spot colour \"" + separation.getColorantName() + "\" used for "
                        + use + " in an edition printed with black ink only"));
            }
        }

        private void report(ImageInk coverage, String what) {
            PreflightExpectations expected = pdf.expectations();
            if (expected.blackOnly() && coverage.usesColourInks()) {
                report(pdf.error(page(), NOT_BLACK_ONLY, what + " uses cyan, magenta or yellow in an edition printed "
                        + "with black ink only"));
            }
            int limit = expected.maxInkPercent();
            if (limit > 0 && coverage.maxTotalPercent() > limit + 0.5) {
                report(pdf.error(page(), INK_LIMIT, what + " puts down " + Math.round(coverage.maxTotalPercent())
                        + "% ink, above the limit of " + limit + "%"));
            }
        }

        private static String percent(float ink) {
            return String.valueOf(Math.round(ink * 100));
        }
    }

    static boolean isCmyk(PDColorSpace space) {
        return space instanceof PDDeviceCMYK
                || space instanceof PDICCBased icc && icc.getNumberOfComponents() == 4;
    }

    /**
     * A CMYK JPEG with Adobe's marker stores its channels inverted, and its producer adds a Decode array that
     * inverts them back for readers whose JPEG decoder does not; PDFBox's decoder already does, so that Decode
     * array must not be applied a second time.
     */
    private static boolean adobeJpegDecodedInverted(PDImage image) throws IOException {
        if (!(image instanceof PDImageXObject xobject) || !xobject.getStream().getFilters().contains(COSName.DCT_DECODE)) {
            return false;
        }
        try (java.io.InputStream in = xobject.getCOSObject().createRawInputStream()) {
            byte[] start = in.readNBytes(64 * 1024);
            for (int i = 0; i + 10 < start.length; i++) {
                if ((start[i] & 0xff) == 0xFF && (start[i + 1] & 0xff) == 0xEE
                        && new String(start, i + 4, 5, java.nio.charset.StandardCharsets.US_ASCII).equals("Adobe")) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The coverage of a CMYK image, read pixel by pixel with its Decode array applied. */
    static ImageInk coverage(PDImage image) throws IOException {
        Raster raster = image.getRawRaster();
        int bits = image.getBitsPerComponent();
        double max = (1 << bits) - 1;
        double[] low = {0, 0, 0, 0};
        double[] high = {1, 1, 1, 1};
        COSArray decode = image.getDecode();
        if (decode != null && decode.size() >= 8 && !adobeJpegDecodedInverted(image)) {
            for (int c = 0; c < 4; c++) {
                low[c] = ((COSNumber) decode.getObject(2 * c)).floatValue();
                high[c] = ((COSNumber) decode.getObject(2 * c + 1)).floatValue();
            }
        }
        double maxTotal = 0;
        boolean colour = false;
        int width = raster.getWidth();
        int[] row = new int[width * 4];
        double[][] table = new double[4][(int) max + 1];
        for (int c = 0; c < 4; c++) {
            for (int v = 0; v <= max; v++) {
                table[c][v] = low[c] + v / max * (high[c] - low[c]);
            }
        }
        for (int y = 0; y < raster.getHeight(); y++) {
            raster.getPixels(raster.getMinX(), raster.getMinY() + y, width, 1, row);
            for (int x = 0; x < width; x++) {
                double cyan = table[0][row[x * 4]];
                double magenta = table[1][row[x * 4 + 1]];
                double yellow = table[2][row[x * 4 + 2]];
                double black = table[3][row[x * 4 + 3]];
                maxTotal = Math.max(maxTotal, cyan + magenta + yellow + black);
                colour |= cyan > 0 || magenta > 0 || yellow > 0;
            }
        }
        return new ImageInk(maxTotal * 100, colour);
    }
}
