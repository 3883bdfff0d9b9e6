package press.aurora.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** The sample issue shipped in issues/, and copies of it that tests may break. */
public final class SampleIssue {

    public static final String ID = "2017-11";
    public static final Path FOLDER = Path.of("issues", ID);

    private SampleIssue() {
    }

    /** Copies the sample issue into {@code parent/ID} and returns the copy's folder. */
    public static Path copyTo(Path parent) {
        Path target = parent.resolve(ID);
        copyTree(FOLDER, target);
        return target;
    }

    /** Copies a folder and everything in it. */
    public static void copyTree(Path from, Path to) {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path source : walk.toList()) {
                Path copy = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(copy);
                } else {
                    Files.copy(source, copy);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Replaces the first occurrence of {@code from} in a file of the copied issue. */
    public static void edit(Path issue, String file, String from, String to) {
        Path path = issue.resolve(file);
        try {
            String text = Files.readString(path);
            if (!text.contains(from)) {
                throw new IllegalArgumentException(file + " does not contain: " + from);
            }
            Files.writeString(path, text.replace(from, to));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
