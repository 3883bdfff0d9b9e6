package press.aurora.image;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * How a camera or phone says its JPEG is to be turned to stand upright: the EXIF Orientation tag (0x0112) of
 * the first image directory. A phone held upright stores the picture on its side with orientation 6 and every
 * viewer turns it; a PDF cannot, so the pixels are turned before FOP sees them ({@link #upright}).
 * 1 (or no EXIF, or a file that is no JPEG) stands as stored.
 */
final class ExifOrientation {

    static final int UPRIGHT = 1;
    /** EXIF sits in the first APP1 segment, near the start of the file. */
    private static final int SEARCHED_BYTES = 128 * 1024;
    private static final int ORIENTATION_TAG = 0x0112;

    private ExifOrientation() {
    }

    /** The orientation, 1 to 8; 1 when the file says none or something out of range. */
    static int of(Path file) throws IOException {
        byte[] start;
        try (InputStream in = Files.newInputStream(file)) {
            start = in.readNBytes(SEARCHED_BYTES);
        }
        if (start.length < 4 || (start[0] & 0xff) != 0xFF || (start[1] & 0xff) != 0xD8) {
            return UPRIGHT;
        }
        int at = 2;
        while (at + 4 <= start.length && (start[at] & 0xff) == 0xFF) {
            int marker = start[at + 1] & 0xff;
            int length = (start[at + 2] & 0xff) << 8 | start[at + 3] & 0xff;
            if (marker == 0xDA || length < 2) {
                return UPRIGHT; // the image data begins: no EXIF before it
            }
            if (marker == 0xE1 && at + 10 <= start.length
                    && new String(start, at + 4, 6, StandardCharsets.ISO_8859_1).equals("Exif\0\0")) {
                int value = fromTiff(start, at + 10, Math.min(start.length, at + 2 + length));
                return value >= 1 && value <= 8 ? value : UPRIGHT;
            }
            at += 2 + length;
        }
        return UPRIGHT;
    }

    /** Whether the picture stands on its side as stored: its width and height swap when it is turned. */
    static boolean swapsSides(int orientation) {
        return orientation >= 5 && orientation <= 8;
    }

    /** The orientation tag of the TIFF structure at {@code tiff} (EXIF's), or 1. */
    private static int fromTiff(byte[] data, int tiff, int end) {
        if (tiff + 8 > end) {
            return UPRIGHT;
        }
        boolean bigEndian = data[tiff] == 'M' && data[tiff + 1] == 'M';
        if (!bigEndian && !(data[tiff] == 'I' && data[tiff + 1] == 'I')) {
            return UPRIGHT;
        }
        int directory = tiff + int32(data, tiff + 4, bigEndian);
        if (directory < tiff || directory + 2 > end) {
            return UPRIGHT;
        }
        int entries = int16(data, directory, bigEndian);
        for (int i = 0; i < entries; i++) {
            int entry = directory + 2 + 12 * i;
            if (entry + 12 > end) {
                return UPRIGHT;
            }
            if (int16(data, entry, bigEndian) == ORIENTATION_TAG) {
                return int16(data, entry + 8, bigEndian); // a SHORT, stored in the value field itself
            }
        }
        return UPRIGHT;
    }

    /** The pixels turned (and mirrored, for 2, 4, 5, 7) to stand upright as the orientation says. */
    static Pixels upright(Pixels stored, int orientation) {
        if (orientation == UPRIGHT) {
            return stored;
        }
        int width = stored.width();
        int height = stored.height();
        int channels = stored.channels().count;
        boolean swap = swapsSides(orientation);
        int outWidth = swap ? height : width;
        int outHeight = swap ? width : height;
        byte[] from = stored.samples();
        byte[] to = new byte[from.length];
        for (int y = 0; y < outHeight; y++) {
            for (int x = 0; x < outWidth; x++) {
                int sourceX;
                int sourceY;
                switch (orientation) {
                    case 2 -> { sourceX = width - 1 - x; sourceY = y; }
                    case 3 -> { sourceX = width - 1 - x; sourceY = height - 1 - y; }
                    case 4 -> { sourceX = x; sourceY = height - 1 - y; }
                    case 5 -> { sourceX = y; sourceY = x; }
                    case 6 -> { sourceX = y; sourceY = height - 1 - x; }
                    case 7 -> { sourceX = width - 1 - y; sourceY = height - 1 - x; }
                    default -> { sourceX = width - 1 - y; sourceY = x; } // 8
                }
                System.arraycopy(from, (sourceY * width + sourceX) * channels, to, (y * outWidth + x) * channels, channels);
            }
        }
        return new Pixels(stored.channels(), outWidth, outHeight, to, stored.profile());
    }

    private static int int16(byte[] data, int at, boolean bigEndian) {
        int a = data[at] & 0xff;
        int b = data[at + 1] & 0xff;
        return bigEndian ? a << 8 | b : b << 8 | a;
    }

    private static int int32(byte[] data, int at, boolean bigEndian) {
        int high = int16(data, bigEndian ? at : at + 2, bigEndian);
        int low = int16(data, bigEndian ? at + 2 : at, bigEndian);
        return high << 16 | low;
    }
}
