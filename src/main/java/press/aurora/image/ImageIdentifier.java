package press.aurora.image;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Locale;
import java.util.Set;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import press.aurora.diag.ContentException;
import press.aurora.diag.SourcePosition;
import press.aurora.model.ImageFile;

/**
 * Opens an image once, before anything else sees it, and says what it is: its format and its size
 * in pixels as it is printed (a phone photo stored on its side, standing up: {@link ExifOrientation}), read
 * from the file's header without decoding the pixels. A file that is no JPEG, PNG,
 * TIFF, GIF or SVG, or whose header cannot be read, or that has more pixels than a press photo ever
 * needs (a decompression bomb looks like a small file), is an error at the figure's line.
 */
public final class ImageIdentifier {

    static final String CODE = "image";

    /** More than any photo an editor sends (a 50-megapixel phone photo is 8160 x 6120). */
    public static final long MAX_PIXELS = 100_000_000L;

    private static final Set<String> RASTER_FORMATS = Set.of("jpeg", "png", "gif", "tif");

    private ImageIdentifier() {
    }

    /** @param file a real path inside the issue folder, from {@link ImageLocator} */
    public static ImageFile identify(Path file, String written, SourcePosition position) {
        try {
            if (looksLikeSvg(file)) {
                SvgCheck.check(file);
                return new ImageFile(file, "svg", 0, 0);
            }
            return raster(file, written, position);
        } catch (ContentException e) {
            throw e;
        } catch (SvgCheck.UnsafeSvgException e) {
            throw ContentException.at(position, CODE, written + ": " + e.getMessage());
        } catch (IOException | RuntimeException e) {
            throw ContentException.at(position, CODE, written + ": cannot read the image (" + describe(e)
                    + "); save it again as JPEG or PNG");
        }
    }

    private static ImageFile raster(Path file, String written, SourcePosition position) throws IOException {
        try (ImageInputStream input = ImageIO.createImageInputStream(file.toFile())) {
            Iterator<ImageReader> readers = input == null ? null : ImageIO.getImageReaders(input);
            if (readers == null || !readers.hasNext()) {
                throw ContentException.at(position, CODE, written + " is not an image the press can print: "
                        + "send JPEG, PNG, TIFF, GIF or SVG");
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(input, true, true);
                String format = format(reader);
                if (!RASTER_FORMATS.contains(format)) {
                    throw ContentException.at(position, CODE, written + " is a " + format.toUpperCase(Locale.ROOT)
                            + " image: send JPEG, PNG, TIFF, GIF or SVG");
                }
                int width = reader.getWidth(0);
                int height = reader.getHeight(0);
                if (width < 1 || height < 1) {
                    throw ContentException.at(position, CODE, written + ": the image has no pixels");
                }
                long pixels = (long) width * height;
                if (pixels > MAX_PIXELS) {
                    throw ContentException.at(position, CODE, written + " has " + width + " x " + height + " pixels ("
                            + pixels / 1_000_000 + " megapixels), more than the limit of " + MAX_PIXELS / 1_000_000
                            + ": make it smaller (3000 pixels wide prints a full A3 page width at 250 ppi)");
                }
                return ExifOrientation.turnsSideways(ExifOrientation.of(file))
                        ? new ImageFile(file, format, height, width)
                        : new ImageFile(file, format, width, height);
            } finally {
                reader.dispose();
            }
        }
    }

    private static String format(ImageReader reader) throws IOException {
        String name = reader.getFormatName().toLowerCase(Locale.ROOT);
        return switch (name) {
            case "jpg", "jpeg" -> "jpeg";
            case "tiff", "tif" -> "tif";
            default -> name;
        };
    }

    private static boolean looksLikeSvg(Path file) throws IOException {
        if (file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".svg")) {
            return true;
        }
        try (InputStream in = Files.newInputStream(file)) {
            byte[] start = in.readNBytes(256);
            String text = new String(start, java.nio.charset.StandardCharsets.ISO_8859_1).stripLeading();
            return text.startsWith("<?xml") || text.startsWith("<svg");
        }
    }

    private static String describe(Exception e) {
        String message = e.getMessage();
        return message == null || message.isBlank() ? e.getClass().getSimpleName() : message.replaceAll("\\s+", " ").strip();
    }
}
