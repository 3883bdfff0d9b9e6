package press.aurora.pack;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The print folder. Every file is written under a temporary name beside its final one
 * ({@code .uk.pdf-3f9a0c1d.part}) and renamed into place atomically when complete, so a reader
 * never sees half a file.
 *
 * <p>Temporary files are created with the default permissions (not {@code Files.createTempFile}'s
 * owner-only ones), since the renamed file is what goes to the printer.
 */
final class PackageFolder {

    static final String TEMPORARY_SUFFIX = ".part";

    private static final SecureRandom RANDOM = new SecureRandom();

    /** Writes a file's content; the stream is closed by the caller. */
    interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private final Path folder;

    private PackageFolder(Path folder) {
        this.folder = folder;
    }

    static PackageFolder open(Path folder) throws IOException {
        return new PackageFolder(Files.createDirectories(folder));
    }

    Path path() {
        return folder;
    }

    Path resolve(String name) {
        return folder.resolve(name);
    }

    /** A fresh temporary name for {@code name}, not yet created. */
    Path temporary(String name) {
        byte[] random = new byte[4];
        RANDOM.nextBytes(random);
        return folder.resolve("." + name + "-" + HexFormat.of().formatHex(random) + TEMPORARY_SUFFIX);
    }

    /** Writes {@code name} through a temporary file; on failure the temporary file is removed. */
    void write(String name, Content content) throws IOException {
        Path partial = temporary(name);
        try {
            try (OutputStream out = new BufferedOutputStream(
                    Files.newOutputStream(partial, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE))) {
                content.writeTo(out);
            }
            moveIntoPlace(partial, name);
        } finally {
            Files.deleteIfExists(partial);
        }
    }

    void writeString(String name, String text) throws IOException {
        write(name, out -> out.write(text.getBytes(StandardCharsets.UTF_8)));
    }

    /** Renames a complete temporary file to {@code name}, replacing an older one. */
    void moveIntoPlace(Path partial, String name) throws IOException {
        Files.move(partial, resolve(name), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    void delete(String name) throws IOException {
        Files.deleteIfExists(resolve(name));
    }

    /** Removes what a killed run left: temporary files, and PDFs and zips of editions not in {@code keep}. */
    void removeLeftovers(Set<String> keep) throws IOException {
        for (Path file : files()) {
            String name = file.getFileName().toString();
            boolean temporary = name.startsWith(".") && name.endsWith(TEMPORARY_SUFFIX);
            boolean editionFile = name.endsWith(".pdf") || name.endsWith(".zip");
            if (Files.isRegularFile(file) && (temporary || editionFile && !keep.contains(name))) {
                Files.delete(file);
            }
        }
    }

    private List<Path> files() throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.toList();
        }
    }
}
