package press.aurora.pack;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import press.aurora.io.PartialFile;

/**
 * The print folder. Every file is written as a {@link PartialFile} and renamed into place
 * atomically when complete, so a reader never sees half a file.
 */
final class PackageFolder {

    static final String TEMPORARY_SUFFIX = PartialFile.SUFFIX;


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

    /** Writes {@code name} through a temporary file; on failure the temporary file is removed. */
    void write(String name, Content content) throws IOException {
        PartialFile partial = PartialFile.create(resolve(name));
        try {
            try (OutputStream out = new BufferedOutputStream(
                    Files.newOutputStream(partial.path(), StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE))) {
                content.writeTo(out);
            }
            partial.commit();
        } finally {
            partial.discard();
        }
    }

    void writeString(String name, String text) throws IOException {
        write(name, out -> out.write(text.getBytes(StandardCharsets.UTF_8)));
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
