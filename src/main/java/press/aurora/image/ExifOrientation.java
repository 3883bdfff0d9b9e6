package press.aurora.image;

import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The way a camera held the photo: a phone stores its pixels as the sensor read them and writes in the JPEG's
 * EXIF block (tag 0x0112) how to turn them to stand upright, which viewers do and FOP does not. Values as TIFF
 * numbers them: 1 upright, 3 upside down, 6 turned a quarter clockwise to display, 8 a quarter the other way,
 * 2, 4, 5 and 7 the same mirrored. A file without the tag, or a damaged one, is upright.
 */
final class ExifOrientation {

    static final int UPRIGHT = 1;

    private static final int ORIENTATION_TAG = 0x0112;
    private static final int APP1 = 0xE1;
    private static final int START_OF_SCAN = 0xDA;

    private ExifOrientation() {
    }

    /** The orientation written in {@code file}, when it is a JPEG; {@link #UPRIGHT} otherwise. */
    static int of(Path file) throws IOException {
        try (DataInputStream in = new DataInputStream(new java.io.BufferedInputStream(Files.newInputStream(file)))) {
            if (in.readUnsignedShort() != 0xFFD8) {
                return UPRIGHT;
            }
            while (true) {
                int marker = nextMarker(in);
                if (marker == START_OF_SCAN || marker < 0) {
                    return UPRIGHT;
                }
                int length = in.readUnsignedShort() - 2;
                if (length < 0) {
                    return UPRIGHT;
                }
                if (marker == APP1) {
                    byte[] segment = in.readNBytes(length);
                    int orientation = fromExif(segment);
                    if (orientation != 0) {
                        return orientation;
                    }
                } else {
                    in.skipNBytes(length);
                }
            }
        } catch (EOFException e) {
            return UPRIGHT;
        }
    }

    /** Whether the picture lies on its side as stored: its width and height swap when it is stood up. */
    static boolean turnsSideways(int orientation) {
        return orientation >= 5 && orientation <= 8;
    }

    /** The pixels as the picture is meant to be seen. */
    static Pixels upright(Pixels stored, int orientation) {
        if (orientation < 2 || orientation > 8) {
            return stored;
        }
        int width = stored.width();
        int height = stored.height();
        boolean sideways = turnsSideways(orientation);
        int outWidth = sideways ? height : width;
        int outHeight = sideways ? width : height;
        int channels = stored.channels().count;
        byte[] in = stored.samples();
        byte[] out = new byte[in.length];
        for (int y = 0; y < outHeight; y++) {
            for (int x = 0; x < outWidth; x++) {
                int sx;
                int sy;
                switch (orientation) {
                    case 2 -> { sx = width - 1 - x; sy = y; }
                    case 3 -> { sx = width - 1 - x; sy = height - 1 - y; }
                    case 4 -> { sx = x; sy = height - 1 - y; }
                    case 5 -> { sx = y; sy = x; }
                    case 6 -> { sx = y; sy = height - 1 - x; }
                    case 7 -> { sx = width - 1 - y; sy = height - 1 - x; }
                    default -> { sx = width - 1 - y; sy = x; }
                }
                System.arraycopy(in, (sy * width + sx) * channels, out, (y * outWidth + x) * channels, channels);
            }
        }
        return new Pixels(stored.channels(), outWidth, outHeight, out, stored.profile());
    }

    /** The next marker's code, after any fill bytes; -1 when the data is not at a marker. */
    private static int nextMarker(DataInputStream in) throws IOException {
        int b = in.readUnsignedByte();
        if (b != 0xFF) {
            return -1;
        }
        while (b == 0xFF) {
            b = in.readUnsignedByte();
        }
        return b;
    }

    /** The orientation in an APP1 segment ("Exif", then a TIFF header and its first directory); 0 when it has none. */
    private static int fromExif(byte[] segment) {
        if (segment.length < 14 || segment[0] != 'E' || segment[1] != 'x' || segment[2] != 'i' || segment[3] != 'f') {
            return 0;
        }
        ByteBuffer tiff = ByteBuffer.wrap(segment, 6, segment.length - 6).slice();
        short order = tiff.getShort(0);
        if (order == 0x4949) {
            tiff.order(ByteOrder.LITTLE_ENDIAN);
        } else if (order != 0x4D4D) {
            return 0;
        }
        try {
            int directory = tiff.getInt(4);
            int entries = tiff.getShort(directory) & 0xFFFF;
            for (int i = 0; i < entries; i++) {
                int entry = directory + 2 + 12 * i;
                if ((tiff.getShort(entry) & 0xFFFF) == ORIENTATION_TAG) {
                    int value = tiff.getShort(entry + 8) & 0xFFFF;
                    return value >= 1 && value <= 8 ? value : 0;
                }
            }
        } catch (IndexOutOfBoundsException e) {
            return 0; // a damaged EXIF block: the photo is printed as stored
        }
        return 0;
    }
}
