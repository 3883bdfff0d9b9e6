package press.aurora.io;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A file being written under a temporary name beside its final one ({@code .uk.pdf-3f9a0c1d.part}),
 * renamed into place atomically when complete, so that nobody ever sees half a file. It has the
 * default permissions of a new file (unlike {@code Files.createTempFile}'s owner-only ones), and it is
 * deleted if the program is stopped (Ctrl-C, kill) before it is committed.
 */
public final class PartialFile {

    /** How the name of every partial file ends. */
    public static final String SUFFIX = ".part";

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Set<Path> OPEN = ConcurrentHashMap.newKeySet();
    /** Set when the program is stopping: no new partial file may appear after the clean-up. */
    private static boolean stopping;

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(PartialFile::deleteAll, "partial-files"));
    }

    private final Path target;
    private final Path path;

    private PartialFile(Path target, Path path) {
        this.target = target;
        this.path = path;
    }

    /** Writes a file's content; the stream is closed by the caller. */
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    /**
     * Writes {@code target} whole or not at all: the content goes to a temporary file that is
     * forced to the disk and renamed over {@code target}; on any failure (a full disk, a stream that
     * breaks) the temporary file is deleted and {@code target} is as it was.
     */
    public static void write(Path target, Content content) throws IOException {
        PartialFile partial = create(target);
        try {
            try (FileChannel channel = FileChannel.open(partial.path(), StandardOpenOption.WRITE);
                 OutputStream out = new BufferedOutputStream(Channels.newOutputStream(channel))) {
                content.writeTo(out);
                out.flush();
                channel.force(true);
            }
            partial.commit();
        } finally {
            partial.discard();
        }
    }

    /** Creates the empty temporary file for {@code target}. */
    public static PartialFile create(Path target) throws IOException {
        Path folder = target.toAbsolutePath().getParent();
        byte[] random = new byte[4];
        RANDOM.nextBytes(random);
        Path path = folder.resolve("." + target.getFileName() + "-" + HexFormat.of().formatHex(random) + SUFFIX);
        synchronized (OPEN) {
            if (stopping) {
                throw new IOException("the program is stopping: " + target + " was not written");
            }
            OPEN.add(path);
            Files.createFile(path);
        }
        return new PartialFile(target, path);
    }

    /** Where to write. */
    public Path path() {
        return path;
    }

    /** Renames the finished file over its target. */
    public void commit() throws IOException {
        Files.move(path, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        OPEN.remove(path);
    }

    /** Deletes the unfinished file. */
    public void discard() throws IOException {
        Files.deleteIfExists(path);
        OPEN.remove(path);
    }

    private static void deleteAll() {
        synchronized (OPEN) {
            stopping = true;
            OPEN.forEach(PartialFile::deleteQuietly);
        }
    }

    private static void deleteQuietly(Path path) {
        try {
            Files.deleteIfExists(path);
        } catch (IOException ignored) {
            // the program is stopping; nothing else can be done
        }
    }
}
