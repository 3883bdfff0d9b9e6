package press.aurora.io;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.Locale;

/** What went wrong with a file, in the words of someone who has to fix it, from the exception Java gives. */
public final class IoProblem {

    private IoProblem() {
    }

    /** E.g. {@code permission denied: out/2017-11}, {@code the disk is full}, {@code out is a file, not a folder}. */
    public static String describe(IOException e) {
        String reason = e instanceof FileSystemException fs && fs.getReason() != null ? fs.getReason() : e.getMessage();
        String lower = reason == null ? "" : reason.toLowerCase(Locale.ROOT);
        String file = e instanceof FileSystemException fs && fs.getFile() != null ? fs.getFile() : null;
        if (lower.contains("no space left") || lower.contains("disk quota")) {
            return "the disk is full" + (file == null ? "" : " (" + file + ")");
        }
        if (lower.contains("read-only file system")) {
            return "read-only file system" + (file == null ? "" : ": " + file);
        }
        if (e instanceof AccessDeniedException || lower.contains("permission denied") || lower.contains("not permitted")) {
            return "permission denied" + (file == null ? "" : ": " + file);
        }
        if (e instanceof NotDirectoryException || e instanceof FileAlreadyExistsException || lower.contains("not a directory")) {
            return fileInTheWay(file) + " is a file, not a folder";
        }
        if (e instanceof DirectoryNotEmptyException) {
            return file + " is a folder, not a file";
        }
        if (e instanceof NoSuchFileException) {
            return "no such file or folder: " + file;
        }
        return reason == null || reason.isBlank() ? e.getClass().getSimpleName() : reason;
    }

    /** The first file on the way to {@code path} that exists and is no folder; the path itself when none is. */
    private static String fileInTheWay(String path) {
        if (path == null) {
            return "a file on the way";
        }
        for (Path part = Path.of(path).toAbsolutePath(); part != null; part = part.getParent()) {
            if (Files.exists(part)) {
                return Files.isDirectory(part) ? path : part.toString();
            }
        }
        return path;
    }
}
