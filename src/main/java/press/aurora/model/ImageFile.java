package press.aurora.model;

import java.nio.file.Path;
import java.util.Objects;

/**
 * An image a figure prints, as the reader found it: its real path inside the issue folder (links
 * followed), its format and its size in pixels as printed, upright (0 x 0 for vector images).
 */
public record ImageFile(Path path, String format, int widthPx, int heightPx) {

    public ImageFile {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(format, "format");
        if (widthPx < 0 || heightPx < 0) {
            throw new IllegalArgumentException("negative image size " + widthPx + " x " + heightPx);
        }
    }

    public boolean isVector() {
        return widthPx == 0;
    }
}
