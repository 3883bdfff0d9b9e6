package press.aurora.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * The SHA-256 digests of files, remembered between runs in a small text file so that a file the file
 * system says is unchanged ({@link FileStamp}: size, modification and inode change times, device and
 * inode) is not read again. A remembered digest is trusted only when the file was read at least
 * {@link #TRUST_MARGIN} after its last modification: a file changed again within the same tick of the
 * file system's clock could otherwise keep its stamp (coarse file systems count in seconds). Such an
 * entry is read again, and trusted from a later run on. Within one run, each file is looked at once
 * (but see {@link #digestWritten}).
 *
 * <pre>
 * aurora-digests 1
 * &lt;sha-256&gt; &lt;size&gt; &lt;modified-ns&gt; &lt;changed-ns&gt; &lt;dev:ino&gt; &lt;read-ns&gt; &lt;absolute path&gt;
 * </pre>
 *
 * A cache that cannot be read is empty; one that cannot be written only costs reading the files again.
 */
public final class DigestCache {

    /** How long after its last change a file must have been read for its remembered digest to be trusted. */
    public static final Duration TRUST_MARGIN = Duration.ofSeconds(2);

    private static final String HEADER = "aurora-digests 1";
    private static final Pattern SHA_256 = Pattern.compile("[0-9a-f]{64}");

    private final Path file;
    private final Clock clock;
    private final Map<Path, Entry> remembered;
    private final Map<Path, Entry> used = new ConcurrentHashMap<>();
    private volatile boolean changed;

    /** What is remembered of one file: its digest, its stamp, and when its reading began (ns since 1970). */
    record Entry(String digest, FileStamp stamp, long readNanos) {

        boolean trusted() {
            return stamp.latestNanos() <= readNanos - TRUST_MARGIN.toNanos();
        }
    }

    private DigestCache(Path file, Clock clock, Map<Path, Entry> remembered) {
        this.file = file;
        this.clock = clock;
        this.remembered = remembered;
    }

    /** The cache kept in {@code file} (empty when there is none, or it cannot be read). */
    public static DigestCache open(Path file, Clock clock) {
        return new DigestCache(file, clock, load(file));
    }

    /** A cache that remembers nothing between runs (each file is still read once per run). */
    public static DigestCache none() {
        return new DigestCache(null, Clock.systemUTC(), Map.of());
    }

    /** The SHA-256 of {@code path}'s content, as 64 hex digits. */
    public String digest(Path path) throws IOException {
        Path key = path.toAbsolutePath().normalize();
        Entry known = used.get(key);
        if (known != null) {
            return known.digest(); // looked at in this run already
        }
        FileStamp before = FileStamp.of(key);
        Entry entry = remembered.get(key);
        if (entry == null || !entry.stamp().equals(before) || !entry.trusted()) {
            long readNanos = FileStamp.nanos(clock.instant());
            String digest = digestOf(key);
            FileStamp after = FileStamp.of(key);
            if (!after.equals(before)) { // changed while it was read: what was read may be neither version
                return digest;
            }
            entry = new Entry(digest, after, readNanos);
            changed = true;
        }
        used.put(key, entry);
        return entry.digest();
    }

    /** The digest of a file this run has written since it last asked: what it remembers of the file is forgotten first. */
    public String digestWritten(Path path) throws IOException {
        used.remove(path.toAbsolutePath().normalize());
        return digest(path);
    }

    /**
     * Writes the cache when this run learnt something: the files read in this run, and those remembered
     * from earlier runs that still exist (another run may build other editions from them).
     */
    public void save() throws IOException {
        if (file == null) {
            return;
        }
        Map<Path, Entry> kept = new TreeMap<>(used);
        for (Map.Entry<Path, Entry> old : remembered.entrySet()) {
            if (!kept.containsKey(old.getKey())) {
                if (Files.isRegularFile(old.getKey())) {
                    kept.put(old.getKey(), old.getValue());
                } else {
                    changed = true;
                }
            }
        }
        if (!changed || !Files.isDirectory(file.toAbsolutePath().getParent())) {
            return;
        }
        StringBuilder text = new StringBuilder(HEADER).append('\n');
        kept.forEach((path, entry) -> {
            String name = path.toString();
            if (!name.contains("\n")) {
                FileStamp stamp = entry.stamp();
                text.append(entry.digest()).append(' ').append(stamp.size()).append(' ').append(stamp.modifiedNanos()).append(' ')
                        .append(stamp.changedNanos()).append(' ').append(stamp.fileKey()).append(' ').append(entry.readNanos())
                        .append(' ').append(name).append('\n');
            }
        });
        PartialFile.write(file, out -> out.write(text.toString().getBytes(StandardCharsets.UTF_8)));
        changed = false;
    }

    /** The SHA-256 of a file's content, read now, as hex. */
    public static String digestOf(Path file) throws IOException {
        MessageDigest sha = sha256();
        byte[] buffer = new byte[1 << 16];
        try (InputStream in = Files.newInputStream(file)) {
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                sha.update(buffer, 0, n);
            }
        }
        return HexFormat.of().formatHex(sha.digest());
    }

    /** A new SHA-256 digest. */
    public static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("this Java has no SHA-256", e);
        }
    }

    private static Map<Path, Entry> load(Path file) {
        Map<Path, Entry> entries = new ConcurrentHashMap<>();
        try {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            if (lines.isEmpty() || !lines.get(0).equals(HEADER)) {
                return entries;
            }
            for (String line : lines.subList(1, lines.size())) {
                String[] fields = line.split(" ", 7);
                if (fields.length == 7 && SHA_256.matcher(fields[0]).matches()) {
                    FileStamp stamp = new FileStamp(Long.parseLong(fields[1]), Long.parseLong(fields[2]), Long.parseLong(fields[3]),
                            fields[4]);
                    entries.put(Path.of(fields[6]), new Entry(fields[0], stamp, Long.parseLong(fields[5])));
                }
            }
            return entries;
        } catch (NoSuchFileException e) {
            return entries;
        } catch (IOException | RuntimeException e) {
            return new ConcurrentHashMap<>(); // an unreadable cache only costs reading the files again
        }
    }
}
