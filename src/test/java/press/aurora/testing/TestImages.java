package press.aurora.testing;

import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.awt.image.IndexColorModel;
import java.awt.image.Raster;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageOutputStream;

/**
 * The kinds of picture an editor receives, made for tests: a phone's RGB JPEG tagged with the sRGB
 * profile, an untagged RGB PNG with transparency (a chart), a greyscale PNG, an indexed GIF, and a
 * CMYK JPEG as a prepress tool writes it (Adobe marker, inverted channels).
 */
public final class TestImages {

    private TestImages() {
    }

    /** A colourful photo-like picture: a gradient sky, a red flag, a dark ground. */
    public static BufferedImage scene(int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setPaint(new GradientPaint(0, 0, new Color(90, 150, 220), 0, height, new Color(240, 230, 200)));
        g.fillRect(0, 0, width, height);
        g.setColor(new Color(30, 30, 30));
        g.fillRect(0, height * 2 / 3, width, height / 3);
        g.setColor(new Color(255, 0, 0));
        g.fillRect(width / 3, height / 5, width / 4, height / 6);
        g.setColor(new Color(128, 128, 128));
        g.fillRect(width * 2 / 3, height / 5, width / 6, height / 6);
        g.dispose();
        return image;
    }

    /** An RGB JPEG with the sRGB ICC profile embedded (APP2), as phones write them. */
    public static Path srgbJpeg(Path file, int width, int height) {
        return write(file, () -> {
            ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
            BufferedImage image = scene(width, height);
            IIOMetadata metadata = writer.getDefaultImageMetadata(ImageTypeSpecifier.createFromRenderedImage(image), null);
            String format = "javax_imageio_jpeg_image_1.0";
            IIOMetadataNode root = (IIOMetadataNode) metadata.getAsTree(format);
            IIOMetadataNode jfif = (IIOMetadataNode) root.getElementsByTagName("app0JFIF").item(0);
            IIOMetadataNode icc = new IIOMetadataNode("app2ICC");
            icc.setUserObject(ICC_Profile.getInstance(ColorSpace.CS_sRGB));
            jfif.appendChild(icc);
            metadata.setFromTree(format, root);
            try (ImageOutputStream out = ImageIO.createImageOutputStream(file.toFile())) {
                writer.setOutput(out);
                writer.write(null, new IIOImage(image, null, metadata), null);
            } finally {
                writer.dispose();
            }
        });
    }

    /**
     * A phone photo held upright but stored as the sensor read it: {@code width} x {@code height} pixels (landscape),
     * white with a red block in the stored top-left corner, an sRGB JPEG whose EXIF block says how to turn it
     * ({@code orientation} 6: a quarter clockwise, so it prints portrait with the red block top right).
     */
    public static Path phonePhoto(Path file, int width, int height, int orientation) {
        return write(file, () -> {
            BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
            Graphics2D g = image.createGraphics();
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, width, height);
            g.setColor(new Color(220, 0, 0));
            g.fillRect(0, 0, width / 3, height / 3);
            g.dispose();
            java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
            ImageIO.write(image, "jpeg", bytes);
            byte[] jpeg = bytes.toByteArray();
            // APP1 "Exif\0\0", a big-endian TIFF header, one directory entry: 0x0112 orientation, SHORT, 1 value
            byte[] exif = {(byte) 0xFF, (byte) 0xE1, 0, 34, 'E', 'x', 'i', 'f', 0, 0, 'M', 'M', 0, 42, 0, 0, 0, 8,
                0, 1, 0x01, 0x12, 0, 3, 0, 0, 0, 1, 0, (byte) orientation, 0, 0, 0, 0, 0, 0};
            int jfif = 2 + 2 + ((jpeg[4] & 0xff) << 8 | jpeg[5] & 0xff); // SOI, then Java's APP0 JFIF segment: a phone writes none
            try (java.io.OutputStream out = Files.newOutputStream(file)) {
                out.write(jpeg, 0, 2);
                out.write(exif);
                out.write(jpeg, jfif, jpeg.length - jfif);
            }
        });
    }

    /** An RGB PNG with no profile and a transparent border. */
    public static Path transparentPng(Path file, int width, int height) {
        return write(file, () -> {
            BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
            Graphics2D g = image.createGraphics();
            g.drawImage(scene(width - 20, height - 20), 10, 10, null);
            g.setColor(new Color(0, 160, 0, 128));
            g.fillOval(0, 0, width / 2, height / 2);
            g.dispose();
            ImageIO.write(image, "png", file.toFile());
        });
    }

    public static Path greyPng(Path file, int width, int height) {
        return write(file, () -> {
            BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_GRAY);
            Graphics2D g = image.createGraphics();
            g.setPaint(new GradientPaint(0, 0, Color.BLACK, width, 0, Color.WHITE));
            g.fillRect(0, 0, width, height);
            g.dispose();
            ImageIO.write(image, "png", file.toFile());
        });
    }

    /** A 16-colour GIF with a palette of reds, blues and greys. */
    public static Path indexedGif(Path file, int width, int height) {
        return write(file, () -> {
            byte[] r = new byte[16];
            byte[] gr = new byte[16];
            byte[] b = new byte[16];
            for (int i = 0; i < 16; i++) {
                r[i] = (byte) (i < 8 ? 255 - i * 20 : i * 16);
                gr[i] = (byte) (i * 16);
                b[i] = (byte) (i < 8 ? i * 30 : 255 - i * 8);
            }
            BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_INDEXED,
                    new IndexColorModel(4, 16, r, gr, b));
            Graphics2D g = image.createGraphics();
            g.drawImage(scene(width, height), 0, 0, null);
            g.dispose();
            ImageIO.write(image, "gif", file.toFile());
        });
    }

    /** A CMYK JPEG of one flat ink mix (percent), as prepress tools write them: Adobe marker, channels inverted. */
    public static Path cmykJpeg(Path file, int width, int height, int c, int m, int y, int k) {
        return write(file, () -> {
            byte[] samples = new byte[width * height * 4];
            int[] ink = {c, m, y, k};
            for (int i = 0; i < samples.length; i++) {
                samples[i] = (byte) (255 - Math.round(ink[i % 4] * 255 / 100f));
            }
            Raster raster = Raster.createInterleavedRaster(new DataBufferByte(samples, samples.length),
                    width, height, width * 4, 4, new int[] {0, 1, 2, 3}, null);
            ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
            java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
            try (ImageOutputStream out = ImageIO.createImageOutputStream(bytes)) {
                writer.setOutput(out);
                writer.write(null, new IIOImage(raster, null, null), null);
            } finally {
                writer.dispose();
            }
            byte[] jpeg = bytes.toByteArray();
            try (java.io.OutputStream out = Files.newOutputStream(file)) {
                out.write(jpeg, 0, 2); // SOI, then Adobe's APP14: version 100, no flags, transform 0 (CMYK, inverted)
                out.write(new byte[] {(byte) 0xFF, (byte) 0xEE, 0, 14, 'A', 'd', 'o', 'b', 'e', 0, 100, 0, 0, 0, 0, 0});
                out.write(jpeg, 2, jpeg.length - 2);
            }
        });
    }

    /**
     * An uncompressed RGB TIFF of one flat value, tagged (TIFF tag 34675) with the JDK's linear-RGB ICC
     * profile: the same samples mean a much lighter grey than in sRGB. Written byte by byte, because the
     * JDK's TIFF writer embeds no profile.
     */
    public static Path linearRgbTiff(Path file, int width, int height, int value) {
        return write(file, () -> {
            byte[] profile = ICC_Profile.getInstance(ColorSpace.CS_LINEAR_RGB).getData();
            int entries = 10;
            int bitsOffset = 8 + 2 + entries * 12 + 4;
            int profileOffset = bitsOffset + 6;
            int pixelsOffset = profileOffset + profile.length;
            int pixels = width * height * 3;
            java.nio.ByteBuffer tiff = java.nio.ByteBuffer.allocate(pixelsOffset + pixels).order(java.nio.ByteOrder.LITTLE_ENDIAN);
            tiff.put((byte) 'I').put((byte) 'I').putShort((short) 42).putInt(8).putShort((short) entries);
            int[][] tags = { // tag, type (3 short, 4 long, 7 undefined), count, value or offset
                {256, 3, 1, width}, {257, 3, 1, height}, {258, 3, 3, bitsOffset}, {259, 3, 1, 1}, {262, 3, 1, 2},
                {273, 4, 1, pixelsOffset}, {277, 3, 1, 3}, {278, 3, 1, height}, {279, 4, 1, pixels},
                {34675, 7, profile.length, profileOffset}};
            for (int[] tag : tags) {
                tiff.putShort((short) tag[0]).putShort((short) tag[1]).putInt(tag[2]);
                if (tag[1] == 3 && tag[2] == 1) {
                    tiff.putShort((short) tag[3]).putShort((short) 0);
                } else {
                    tiff.putInt(tag[3]);
                }
            }
            tiff.putInt(0).putShort((short) 8).putShort((short) 8).putShort((short) 8).put(profile);
            for (int i = 0; i < pixels; i++) {
                tiff.put((byte) value);
            }
            Files.write(file, tiff.array());
        });
    }

    private interface Writing {
        void run() throws IOException;
    }

    private static Path write(Path file, Writing writing) {
        try {
            Files.createDirectories(file.getParent());
            writing.run();
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
