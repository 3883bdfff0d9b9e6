package press.aurora.io;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.DirectoryIteratorException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A file being written under a temporary name beside its final one ({@code .uk.pdf-4711-3f9a0c1d.part}:
 * the id of the writing process, then a random part), renamed into place atomically when complete, so
 * that nobody ever sees half a file. It has the default permissions of a new file (unlike
 * {@code Files.createTempFile}'s owner-only ones), and it is deleted if the program is stopped (Ctrl-C,
 * kill) before it is committed. A process killed outright ({@code kill -9}, a crash) cannot delete it:
 * {@link #removeStale} deletes those its process left, once no process of that id runs.
 */
public final class PartialFile {

    /** How the name of every partial file ends. */
    public static final String SUFFIX = ".part";

    private static final long PID = ProcessHandle.current().pid();
    private static final Pattern WRITER = Pattern.compile("(\\d+)-[0-9a-f]{8}" + Pattern.quote(SUFFIX));
    private static final Set<Path> OPEN = ConcurrentHashMap.newKeySet();
    /** Set when the program is stopping: no new partial file may appear after the clean-up. */
    private static boolean stopping;

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(PartialFile::deleteAll, "partial-files"));
    }

    /** Made with the first partial file: a build that writes nothing (every edition unchanged) does not pay for seeding it. */
    private static final class Randomness {
        static final SecureRandom RANDOM = new SecureRandom();
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
        Randomness.RANDOM.nextBytes(random);
        Path path = folder.resolve(prefix(target) + PID + "-" + HexFormat.of().formatHex(random) + SUFFIX);
        synchronized (OPEN) {
            if (stopping) {
                throw new IOException("the program is stopping: " + target + " was not written");
            }
            OPEN.add(path);
            Files.createFile(path);
        }
        return new PartialFile(target, path);
    }

    /**
     * Deletes the partial files of {@code targets} that a process stopped outright left behind: those
     * whose process no longer runs (or is this one, which did not open them). Each folder is listed once.
     * Returns how many it deleted; one that cannot be deleted is left for a later run.
     */
    public static int removeStale(Collection<Path> targets) {
        Map<Path, Set<String>> prefixes = new HashMap<>();
        targets.forEach(t -> prefixes.computeIfAbsent(t.toAbsolutePath().getParent(), f -> new HashSet<>()).add(prefix(t)));
        int removed = 0;
        for (Map.Entry<Path, Set<String>> folder : prefixes.entrySet()) {
            try (DirectoryStream<Path> partials = Files.newDirectoryStream(folder.getKey(),
                    p -> p.getFileName().toString().endsWith(SUFFIX))) {
                for (Path partial : partials) {
                    if (stale(partial, folder.getValue()) && deleteQuietly(partial)) {
                        removed++;
                    }
                }
            } catch (IOException | DirectoryIteratorException e) {
                // no folder yet, or one that cannot be listed: nothing to clean up now
            }
        }
        return removed;
    }

    private static boolean stale(Path partial, Set<String> prefixes) {
        String name = partial.getFileName().toString();
        for (String prefix : prefixes) {
            if (name.startsWith(prefix)) {
                Matcher writer = WRITER.matcher(name.substring(prefix.length()));
                if (writer.matches() && !OPEN.contains(partial) && !running(writer.group(1))) {
                    return true;
                }
            }
        }
        return false;
    }

    private static String prefix(Path target) {
        return "." + target.getFileName() + "-";
    }

    private static boolean running(String pid) {
        try {
            long id = Long.parseLong(pid);
            return id != PID && ProcessHandle.of(id).map(ProcessHandle::isAlive).orElse(false);
        } catch (NumberFormatException e) {
            return true; // not a process id of ours: leave it
        }
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

    /** Deletes a file if it can; whether it did. */
    private static boolean deleteQuietly(Path path) {
        try {
            return Files.deleteIfExists(path);
        } catch (IOException ignored) {
            return false; // left for a later run, or the program is stopping: nothing else can be done
        }
    }
}
