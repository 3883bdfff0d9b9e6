package press.aurora.io;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.Map;

/**
 * What the file system says about a file without reading it: its size, when its content was last
 * modified and when its inode last changed (in nanoseconds since 1970), and which file it is (device
 * and inode). A file whose content is rewritten, replaced by another or touched gets another stamp:
 * even a content restored with its old modification time changes the inode's change time, which no
 * program can set. Where the file system has no inode change time (not Unix), it is 0.
 */
public record FileStamp(long size, long modifiedNanos, long changedNanos, String fileKey) {

    private static final boolean UNIX = FileSystems.getDefault().supportedFileAttributeViews().contains("unix");

    public FileStamp {
        if (fileKey.contains(" ") || fileKey.contains("\n")) {
            throw new IllegalArgumentException("a file key has no spaces: " + fileKey);
        }
    }

    /** The stamp of {@code file}; a symbolic link is followed to the file it names, the one read. */
    public static FileStamp of(Path file) throws IOException {
        if (UNIX) {
            Map<String, Object> unix = Files.readAttributes(file, "unix:size,lastModifiedTime,ctime,dev,ino");
            return new FileStamp((Long) unix.get("size"), nanos((FileTime) unix.get("lastModifiedTime")),
                    nanos((FileTime) unix.get("ctime")), unix.get("dev") + ":" + unix.get("ino"));
        }
        BasicFileAttributes basic = Files.readAttributes(file, BasicFileAttributes.class);
        Object key = basic.fileKey();
        return new FileStamp(basic.size(), nanos(basic.lastModifiedTime()), 0,
                key == null ? "-" : key.toString().replaceAll("\\s", ""));
    }

    /** The later of the two times: a change at or after it would not show in a stamp taken at the same tick. */
    public long latestNanos() {
        return Math.max(modifiedNanos, changedNanos);
    }

    /** Nanoseconds since 1970 of an instant. */
    public static long nanos(Instant instant) {
        return Math.addExact(Math.multiplyExact(instant.getEpochSecond(), 1_000_000_000L), instant.getNano());
    }

    private static long nanos(FileTime time) {
        return nanos(time.toInstant());
    }
}
