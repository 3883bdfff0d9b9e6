package press.aurora.image;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.awt.image.Raster;
import java.io.IOException;
import java.io.OutputStream;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;

/**
 * Writes prepared pixels in a form FOP embeds without decoding again: JPEG (grey, RGB, or CMYK as
 * plain ink values with no Adobe marker, which every PDF reader takes as 0 = no ink), or PNG for
 * lossless grey and RGB.
 */
final class ImageEncoder {

    /** High enough that the JPEG's rounding stays well inside the ink limit's margin. */
    static final float JPEG_QUALITY = 0.92f;

    private ImageEncoder() {
    }

    static void jpeg(Pixels pixels, OutputStream out) throws IOException {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        try (ImageOutputStream stream = ImageIO.createImageOutputStream(out)) {
            writer.setOutput(stream);
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(JPEG_QUALITY);
            if (pixels.channels() == Pixels.Channels.CMYK) {
                writer.write(null, new IIOImage(cmykRaster(pixels), null, null), param);
            } else {
                writer.write(null, new IIOImage(image(pixels), null, null), param);
            }
        } finally {
            writer.dispose();
        }
    }

    static void png(Pixels pixels, OutputStream out) throws IOException {
        if (pixels.channels() == Pixels.Channels.CMYK) {
            throw new IllegalArgumentException("PNG has no CMYK");
        }
        if (!ImageIO.write(image(pixels), "png", out)) {
            throw new IOException("no PNG writer");
        }
    }

    private static BufferedImage image(Pixels pixels) {
        boolean grey = pixels.channels() == Pixels.Channels.GREY;
        BufferedImage image = new BufferedImage(pixels.width(), pixels.height(),
                grey ? BufferedImage.TYPE_BYTE_GRAY : BufferedImage.TYPE_3BYTE_BGR);
        byte[] target = ((DataBufferByte) image.getRaster().getDataBuffer()).getData();
        byte[] source = pixels.samples();
        if (grey) {
            System.arraycopy(source, 0, target, 0, source.length);
        } else {
            for (int i = 0; i < source.length; i += 3) {
                target[i] = source[i + 2];
                target[i + 1] = source[i + 1];
                target[i + 2] = source[i];
            }
        }
        return image;
    }

    /** Ink values as they are (255 = full ink): Java's JPEG writer adds no Adobe marker to a raster. */
    private static Raster cmykRaster(Pixels pixels) {
        byte[] samples = pixels.samples();
        return Raster.createInterleavedRaster(new DataBufferByte(samples, samples.length),
                pixels.width(), pixels.height(), pixels.width() * 4, 4, new int[] {0, 1, 2, 3}, null);
    }
}
