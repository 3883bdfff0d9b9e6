package press.aurora.image;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.regex.Pattern;
import press.aurora.diag.ContentException;
import press.aurora.diag.SourcePosition;

/**
 * Where an image written in an article is, decided before any file is opened. The path is taken
 * relative to the article's folder and must stay inside the issue folder, both as written (after
 * {@code ..} is resolved) and after symbolic links are followed; URLs of any scheme and absolute
 * paths are refused. Only then may the file be read.
 */
public final class ImageLocator {

    static final String CODE = "image-path";

    /** {@code http:}, {@code file:}, {@code jar:}, {@code data:}, and a Windows drive letter, which is no better. */
    private static final Pattern SCHEME = Pattern.compile("^([A-Za-z][A-Za-z0-9+.-]*):");

    private final Path issueFolder;

    /** @param issueFolder the folder of the issue; nothing outside it may be read */
    public ImageLocator(Path issueFolder) {
        this.issueFolder = issueFolder.toAbsolutePath().normalize();
    }

    /**
     * The image's real path.
     *
     * @param written  the path as written in the Markdown
     * @param article  the article file the path is relative to
     * @param position where the image is written, for the error
     * @throws ContentException when the path is not a file inside the issue folder
     */
    public Path locate(String written, Path article, SourcePosition position) {
        String path = written.strip();
        if (path.isEmpty()) {
            throw refuse(position, "the image path is empty: write the file's path relative to the article");
        }
        var scheme = SCHEME.matcher(path);
        if (scheme.find()) {
            throw refuse(position, "'" + written + "' is a URL ('" + scheme.group(1) + ":'): an image must be a file in the issue folder, "
                    + "written relative to the article");
        }
        if (path.startsWith("/") || path.startsWith("\\") || path.chars().anyMatch(c -> c < 0x20)) {
            throw refuse(position, "'" + written + "' is an absolute path: write the image's path relative to the article, "
                    + "inside the issue folder");
        }
        Path resolved;
        try {
            resolved = article.toAbsolutePath().normalize().getParent().resolve(path).normalize();
        } catch (InvalidPathException e) {
            throw refuse(position, "'" + written + "' is not a valid file path");
        }
        if (!resolved.startsWith(issueFolder)) {
            throw refuse(position, "'" + written + "' leads outside the issue folder: copy the image into the issue folder");
        }
        if (!Files.exists(resolved, LinkOption.NOFOLLOW_LINKS)) {
            throw ContentException.at(position, "figure", "image not found: " + written + " (paths are relative to the article)");
        }
        Path real = realPath(resolved, written, position);
        if (!real.startsWith(realPath(issueFolder, written, position))) {
            throw refuse(position, "'" + written + "' is a symbolic link to a file outside the issue folder: "
                    + "copy the image into the issue folder");
        }
        if (!Files.isRegularFile(real)) {
            throw refuse(position, "'" + written + "' is not a file");
        }
        return real;
    }

    private static Path realPath(Path path, String written, SourcePosition position) {
        try {
            return path.toRealPath();
        } catch (IOException e) {
            throw ContentException.at(position, "figure", "image not found: " + written
                    + " (a symbolic link that leads nowhere, or a folder that cannot be read)");
        }
    }

    private static ContentException refuse(SourcePosition position, String message) {
        return ContentException.at(position, CODE, message);
    }
}
