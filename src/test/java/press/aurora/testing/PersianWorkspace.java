package press.aurora.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * The right-to-left test workspace (src/test/resources/press/aurora/rtl): the repository's styles/ with the
 * test editions.yaml (a Persian edition fa and an English one uk), the test issue 2026-03 and its Persian
 * translation written for the tests. Commands run against it with {@link SampleWorkspace#run}.
 */
public final class PersianWorkspace {

    public static final String ISSUE = "2026-03";
    private static final Path SOURCE = Path.of("src", "test", "resources", "press", "aurora", "rtl");

    private PersianWorkspace() {
    }

    /** Lays the workspace out under {@code root}; returns {@code root}. */
    public static Path copyTo(Path root) {
        SampleIssue.copyTree(Path.of("styles"), root.resolve("styles"));
        SampleIssue.copyTree(SOURCE.resolve("issues"), root.resolve("issues"));
        SampleIssue.copyTree(SOURCE.resolve("translations"), root.resolve("translations"));
        try {
            Files.copy(SOURCE.resolve("editions.yaml"), root.resolve("styles").resolve("editions.yaml"),
                    StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return root;
    }
}
