package press.aurora.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * A copy of the repository's sample content that a test may change: issues/2017-11, translations/ and styles/,
 * laid out like the repository. Commands run against it with {@link #run}, which points the program's
 * workspace (system property aurora.home) at the copy for the duration of the command.
 */
public final class SampleWorkspace {

    private SampleWorkspace() {
    }

    /** Copies issues/2017-11, translations/ and styles/ into {@code root}; returns {@code root}. */
    public static Path copyTo(Path root) {
        SampleIssue.copyTo(root.resolve("issues"));
        SampleIssue.copyTree(Path.of("translations"), root.resolve("translations"));
        SampleIssue.copyTree(Path.of("styles"), root.resolve("styles"));
        return root;
    }

    public static Path issue(Path root) {
        return root.resolve("issues").resolve(SampleIssue.ID);
    }

    /** Runs aurora with the copy as its workspace. */
    public static CliRun run(Path root, String... args) {
        return run(root, () -> CliRun.of(args));
    }

    /** Runs {@code action} with the copy as the program's workspace. */
    public static synchronized <T> T run(Path root, Supplier<T> action) {
        String before = System.getProperty("aurora.home");
        System.setProperty("aurora.home", root.toString());
        try {
            return action.get();
        } finally {
            if (before == null) {
                System.clearProperty("aurora.home");
            } else {
                System.setProperty("aurora.home", before);
            }
        }
    }

    /** Replaces the first occurrence of {@code from} in a file under the copy. */
    public static void edit(Path root, String file, String from, String to) {
        Path path = root.resolve(file);
        try {
            String text = Files.readString(path, StandardCharsets.UTF_8);
            if (!text.contains(from)) {
                throw new IllegalArgumentException(file + " does not contain: " + from);
            }
            Files.writeString(path, text.replaceFirst(java.util.regex.Pattern.quote(from),
                    java.util.regex.Matcher.quoteReplacement(to)), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Deletes a folder and everything in it. */
    public static void deleteTree(Path folder) {
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path path : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every regular file under a folder, sorted. */
    public static List<Path> files(Path folder) {
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The bytes of every file under a folder, by relative path, for before/after comparisons. */
    public static List<String> snapshot(Path folder) {
        List<String> snapshot = new ArrayList<>();
        for (Path file : files(folder)) {
            try {
                snapshot.add(folder.relativize(file) + "\n" + new String(Files.readAllBytes(file), StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return snapshot;
    }
}
