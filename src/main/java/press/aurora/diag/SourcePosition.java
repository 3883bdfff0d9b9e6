package press.aurora.diag;

import java.nio.file.Path;
import java.util.Objects;

/** A place in a source file: 1-based line and column, 0 when unknown. */
public record SourcePosition(Path file, int line, int column) {

    public SourcePosition {
        Objects.requireNonNull(file, "file");
        if (line < 0 || column < 0) {
            throw new IllegalArgumentException("negative position " + line + ":" + column);
        }
    }

    public static SourcePosition of(Path file) {
        return new SourcePosition(file, 0, 0);
    }

    public static SourcePosition of(Path file, int line) {
        return new SourcePosition(file, line, 0);
    }

    public SourcePosition withLineOffset(int lines) {
        return new SourcePosition(file, line + lines, column);
    }

    /** {@code file:line:column}, leaving out what is unknown; the file relative to the working directory when inside it. */
    @Override
    public String toString() {
        StringBuilder text = new StringBuilder(displayPath(file));
        if (line > 0) {
            text.append(':').append(line);
            if (column > 0) {
                text.append(':').append(column);
            }
        }
        return text.toString();
    }

    public static String displayPath(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        Path here = Path.of("").toAbsolutePath();
        return absolute.startsWith(here) ? here.relativize(absolute).toString() : absolute.toString();
    }
}
