package press.aurora.io;

import java.nio.file.Path;

/**
 * The rule for what a folder's walk leaves out: files whose name, or the name of a folder between, starts with a
 * dot (editors' swap and backup files, our own partial files, version-control folders).
 */
public final class HiddenFiles {

    private HiddenFiles() {
    }

    /** Whether {@code file}, inside {@code folder}, is hidden by its own name or by a folder's on the way. */
    public static boolean isHidden(Path folder, Path file) {
        for (Path part : folder.relativize(file)) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }
}
