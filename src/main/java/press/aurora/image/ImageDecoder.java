package press.aurora.image;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_ColorSpace;
import java.awt.color.ICC_Profile;
import java.awt.image.BufferedImage;
import java.awt.image.ColorModel;
import java.awt.image.ComponentColorModel;
import java.awt.image.IndexColorModel;
import java.awt.image.Raster;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.regex.Pattern;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageInputStream;
import org.w3c.dom.Node;

/**
 * Decodes an identified raster image into {@link Pixels}: with its embedded ICC profile (JPEG APP2,
 * PNG iCCP) when it has one, transparency flattened onto white, turned upright as the camera's EXIF
 * orientation says ({@link ExifOrientation}), and, when asked, only every n-th pixel in each direction (a
 * 40-megapixel photo need not be held whole to print a column wide).
 */
final class ImageDecoder {

    private static final String JPEG_METADATA = "javax_imageio_jpeg_image_1.0";
    private static final String PNG_METADATA = "javax_imageio_png_1.0";
    /**
     * What Java's JPEG reader warns when the data stops early ("Premature end of JPEG file", "Corrupt JPEG data:
     * premature end of data segment", "Truncated File - Missing EOI marker"); it then fills the rest with grey.
     * Other warnings (extraneous bytes between markers, which some cameras write) leave the picture whole.
     */
    private static final Pattern TRUNCATED = Pattern.compile("(?i)premature end|truncated");

    private ImageDecoder() {
    }

    static Pixels decode(Path file, int subsampling) throws IOException {
        return ExifOrientation.upright(decodeAsStored(file, subsampling), ExifOrientation.of(file));
    }

    private static Pixels decodeAsStored(Path file, int subsampling) throws IOException {
        try (ImageInputStream input = ImageIO.createImageInputStream(file.toFile())) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(input);
            if (!readers.hasNext()) {
                throw new IOException("not an image");
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(input, true, false);
                List<String> warnings = new ArrayList<>();
                reader.addIIOReadWarningListener((source, warning) -> warnings.add(warning));
                ImageReadParam param = reader.getDefaultReadParam();
                if (subsampling > 1) {
                    param.setSourceSubsampling(subsampling, subsampling, 0, 0);
                }
                IIOMetadata metadata = metadata(reader);
                Node jpeg = tree(metadata, JPEG_METADATA);
                Pixels pixels = jpeg != null && frameComponents(jpeg) == 4
                        ? cmyk(reader.readRaster(0, param), adobeTransform(jpeg))
                        : fromImage(reader.read(0, param), pngProfile(tree(metadata, PNG_METADATA)));
                for (String warning : warnings) {
                    if (TRUNCATED.matcher(warning).find()) {
                        throw new TruncatedImageException(warning);
                    }
                }
                return pixels;
            } finally {
                reader.dispose();
            }
        }
    }

    /**
     * The image's metadata, or none when Java's reader refuses it: a camera that writes its EXIF block before the
     * JFIF marker makes it fail ("JFIF APP0 must be first marker after SOI") though the pixels read well.
     */
    private static IIOMetadata metadata(ImageReader reader) {
        try {
            return reader.getImageMetadata(0);
        } catch (IOException e) {
            return null;
        }
    }

    /** The ink of a CMYK JPEG this program wrote (no Adobe marker), to check it. */
    static Pixels decodeCmykJpeg(byte[] jpeg) throws IOException {
        try (ImageInputStream input = ImageIO.createImageInputStream(new java.io.ByteArrayInputStream(jpeg))) {
            ImageReader reader = ImageIO.getImageReadersByFormatName("jpeg").next();
            try {
                reader.setInput(input, true, true);
                return cmyk(reader.readRaster(0, null), -1);
            } finally {
                reader.dispose();
            }
        }
    }

    private static Pixels fromImage(BufferedImage image, ICC_Profile pngProfile) {
        ColorModel model = image.getColorModel();
        ColorSpace space = model.getColorSpace();
        if (space.getType() == ColorSpace.TYPE_GRAY && !(model instanceof IndexColorModel)) {
            return grey(image);
        }
        if (model instanceof IndexColorModel palette && isGreyPalette(palette)) {
            return toGrey(rgb(image, null));
        }
        if (space.getType() == ColorSpace.TYPE_CMYK) {
            throw new IllegalStateException("CMYK image in an unexpected format");
        }
        ICC_Profile embedded = space instanceof ICC_ColorSpace icc && !space.isCS_sRGB() ? icc.getProfile() : null;
        if (embedded != null && model instanceof ComponentColorModel && model.getComponentSize(0) == 8
                && image.getRaster().getNumBands() >= 3) {
            return rawRgb(image, embedded);
        }
        return rgb(image, pngProfile);
    }

    /** Raw 8-bit samples in the image's own (embedded) colour space, alpha flattened onto white. */
    private static Pixels rawRgb(BufferedImage image, ICC_Profile profile) {
        Raster raster = image.getRaster();
        int width = image.getWidth();
        int height = image.getHeight();
        boolean alpha = image.getColorModel().hasAlpha();
        byte[] samples = new byte[width * height * 3];
        int[] row = new int[width * raster.getNumBands()];
        for (int y = 0; y < height; y++) {
            raster.getPixels(0, y, width, 1, row);
            for (int x = 0; x < width; x++) {
                int bands = raster.getNumBands();
                int a = alpha ? row[x * bands + 3] : 255;
                for (int c = 0; c < 3; c++) {
                    samples[(y * width + x) * 3 + c] = (byte) flatten(row[x * bands + c], a);
                }
            }
        }
        return new Pixels(Pixels.Channels.RGB, width, height, samples, profile);
    }

    /** sRGB values as Java gives them (palette, 16-bit and packed images), alpha flattened onto white. */
    private static Pixels rgb(BufferedImage image, ICC_Profile profile) {
        int width = image.getWidth();
        int height = image.getHeight();
        byte[] samples = new byte[width * height * 3];
        int[] row = new int[width];
        for (int y = 0; y < height; y++) {
            image.getRGB(0, y, width, 1, row, 0, width);
            for (int x = 0; x < width; x++) {
                int argb = row[x];
                int a = argb >>> 24;
                int i = (y * width + x) * 3;
                samples[i] = (byte) flatten(argb >> 16 & 0xff, a);
                samples[i + 1] = (byte) flatten(argb >> 8 & 0xff, a);
                samples[i + 2] = (byte) flatten(argb & 0xff, a);
            }
        }
        return new Pixels(Pixels.Channels.RGB, width, height, samples, profile);
    }

    /** Grey values as stored (not through Java's linear grey space), alpha flattened onto white. */
    private static Pixels grey(BufferedImage image) {
        Raster raster = image.getRaster();
        int width = image.getWidth();
        int height = image.getHeight();
        int bands = raster.getNumBands();
        int max = (1 << image.getColorModel().getComponentSize(0)) - 1;
        boolean alpha = image.getColorModel().hasAlpha() && bands > 1;
        int alphaMax = alpha ? (1 << image.getColorModel().getComponentSize(1)) - 1 : 1;
        byte[] samples = new byte[width * height];
        int[] row = new int[width * bands];
        for (int y = 0; y < height; y++) {
            raster.getPixels(0, y, width, 1, row);
            for (int x = 0; x < width; x++) {
                int value = Math.round(row[x * bands] * 255f / max);
                int a = alpha ? Math.round(row[x * bands + 1] * 255f / alphaMax) : 255;
                samples[y * width + x] = (byte) flatten(value, a);
            }
        }
        return new Pixels(Pixels.Channels.GREY, width, height, samples, null);
    }

    /** A palette of greys only (a greyscale GIF): the red channel is the grey. */
    private static Pixels toGrey(Pixels rgb) {
        byte[] grey = new byte[rgb.width() * rgb.height()];
        for (int i = 0; i < grey.length; i++) {
            grey[i] = rgb.samples()[i * 3];
        }
        return rgb.with(Pixels.Channels.GREY, grey, null);
    }

    private static boolean isGreyPalette(IndexColorModel palette) {
        for (int i = 0; i < palette.getMapSize(); i++) {
            if (palette.getRed(i) != palette.getGreen(i) || palette.getGreen(i) != palette.getBlue(i)) {
                return false;
            }
        }
        return true;
    }

    /**
     * A CMYK JPEG's samples as ink (255 = full). Adobe's files store the channels inverted, and
     * in YCCK (transform 2) the first three as YCbCr of the inverted CMY.
     */
    private static Pixels cmyk(Raster raster, int adobeTransform) {
        int width = raster.getWidth();
        int height = raster.getHeight();
        byte[] samples = new byte[width * height * 4];
        int[] row = new int[width * 4];
        for (int y = 0; y < height; y++) {
            raster.getPixels(raster.getMinX(), raster.getMinY() + y, width, 1, row);
            for (int x = 0; x < width; x++) {
                int i = x * 4;
                int[] ink = new int[4];
                if (adobeTransform == 2) {
                    double luma = row[i];
                    double cb = row[i + 1] - 128.0;
                    double cr = row[i + 2] - 128.0;
                    ink[0] = clamp(luma + 1.402 * cr);
                    ink[1] = clamp(luma - 0.344136 * cb - 0.714136 * cr);
                    ink[2] = clamp(luma + 1.772 * cb);
                    ink[3] = 255 - row[i + 3];
                } else {
                    for (int c = 0; c < 4; c++) {
                        ink[c] = adobeTransform >= 0 ? 255 - row[i + c] : row[i + c];
                    }
                }
                for (int c = 0; c < 4; c++) {
                    samples[(y * width + x) * 4 + c] = (byte) ink[c];
                }
            }
        }
        return new Pixels(Pixels.Channels.CMYK, width, height, samples, null);
    }

    private static int clamp(double value) {
        return (int) Math.max(0, Math.min(255, Math.round(value)));
    }

    /** The colour over white paper at coverage {@code alpha} (0..255). */
    private static int flatten(int value, int alpha) {
        return alpha >= 255 ? value : (value * alpha + 255 * (255 - alpha) + 127) / 255;
    }

    private static Node tree(IIOMetadata metadata, String format) {
        if (metadata == null) {
            return null;
        }
        for (String name : metadata.getMetadataFormatNames()) {
            if (name.equals(format)) {
                return metadata.getAsTree(format);
            }
        }
        return null;
    }

    private static int frameComponents(Node jpeg) {
        IIOMetadataNode sof = find(jpeg, "sof");
        return sof == null ? 0 : Integer.parseInt(sof.getAttribute("numFrameComponents"));
    }

    /** The Adobe APP14 transform (0 CMYK, 2 YCCK), or -1 when the file has no Adobe marker. */
    static int adobeTransform(Node jpeg) {
        IIOMetadataNode adobe = find(jpeg, "app14Adobe");
        return adobe == null ? -1 : Integer.parseInt(adobe.getAttribute("transform"));
    }

    /** The ICC profile of a PNG's iCCP chunk, which Java's PNG reader keeps but does not apply. */
    private static ICC_Profile pngProfile(Node png) {
        IIOMetadataNode iccp = png == null ? null : find(png, "iCCP");
        if (iccp == null || !(iccp.getUserObject() instanceof byte[] compressed)) {
            return null;
        }
        try {
            Inflater inflater = new Inflater();
            inflater.setInput(compressed);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buffer = new byte[8192];
            while (!inflater.finished()) {
                int n = inflater.inflate(buffer);
                if (n == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
                    break;
                }
                out.write(buffer, 0, n);
            }
            inflater.end();
            ICC_Profile profile = ICC_Profile.getInstance(out.toByteArray());
            return profile.getColorSpaceType() == ColorSpace.TYPE_RGB ? profile : null;
        } catch (DataFormatException | IllegalArgumentException e) {
            return null; // an unreadable profile: the image is taken as sRGB, like an untagged one
        }
    }

    private static IIOMetadataNode find(Node node, String name) {
        if (node.getNodeName().equals(name)) {
            return (IIOMetadataNode) node;
        }
        for (Node child = node.getFirstChild(); child != null; child = child.getNextSibling()) {
            IIOMetadataNode found = find(child, name);
            if (found != null) {
                return found;
            }
        }
        return null;
    }
}
