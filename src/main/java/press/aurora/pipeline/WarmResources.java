package press.aurora.pipeline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.stream.Stream;
import press.aurora.config.Edition;

/**
 * The shared resources of a warm process (the build server, `aurora watch`), kept from one build to the next while
 * nothing under styles/ changed: the size and time of every file there are compared before each build,
 * and a change loads them again. It keeps one set, so memory does not grow with the builds it serves.
 */
public final class WarmResources implements BiFunction<Workspace, List<Edition>, BuildResources> {

    private BuildResources kept;
    private List<String> keptStamp;

    @Override
    public synchronized BuildResources apply(Workspace workspace, List<Edition> editions) {
        List<String> stamp = stamp(workspace.styles());
        if (kept == null || !kept.workspace().equals(workspace) || !kept.editions().equals(editions) || !stamp.equals(keptStamp)) {
            kept = null; // the old set can go while the new one loads
            kept = BuildResources.load(workspace, editions);
            keptStamp = stamp;
        }
        return kept;
    }

    /** Every file under {@code folder} with its size and modification time, sorted. */
    static List<String> stamp(Path folder) {
        List<String> stamp = new ArrayList<>();
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : (Iterable<Path>) files.sorted()::iterator) {
                BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
                if (attributes.isRegularFile()) {
                    stamp.add(folder.relativize(file) + " " + attributes.size() + " " + attributes.lastModifiedTime().toMillis());
                }
            }
        } catch (IOException | UncheckedIOException e) {
            stamp.add("unreadable: " + e.getMessage()); // loading will say what is wrong
        }
        return stamp;
    }
}
