package press.aurora.watch;

import static java.nio.file.StandardWatchEventKinds.ENTRY_CREATE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_DELETE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_MODIFY;
import static java.nio.file.StandardWatchEventKinds.OVERFLOW;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Watches folders and everything under them (folders made later included) and hands over the files
 * that changed, one save at a time: after the first change it waits until the folders have been
 * quiet for a moment, so that an editor's save (temporary file, rename) is seen as one change.
 * Hidden files (swap files, our own partial files) are not changes.
 */
public final class InputWatcher implements Closeable {

    /**
     * How long the folders must stay quiet before a change is handed over: an editor's save (write a
     * temporary file, rename it over the old one) fires its events within a few milliseconds, and every
     * millisecond waited here is added to the time until the editor sees the rebuilt line.
     */
    private static final long QUIET_MILLIS = 40;

    private final WatchService service;
    private final Map<WatchKey, Path> folders = new HashMap<>();

    public InputWatcher(List<Path> roots) throws IOException {
        this.service = FileSystems.getDefault().newWatchService();
        for (Path root : roots) {
            if (Files.isDirectory(root)) {
                registerTree(root);
            }
        }
    }

    /** Blocks until something changed; returns the changed files (an overflow returns the watched folders). */
    public Set<Path> awaitChange() throws InterruptedException {
        Set<Path> changed = new LinkedHashSet<>();
        while (changed.isEmpty()) {
            collect(service.take(), changed);
        }
        WatchKey key;
        while ((key = service.poll(QUIET_MILLIS, TimeUnit.MILLISECONDS)) != null) {
            collect(key, changed);
        }
        return changed;
    }

    private void collect(WatchKey key, Set<Path> changed) {
        Path folder = folders.get(key);
        for (WatchEvent<?> event : key.pollEvents()) {
            if (event.kind() == OVERFLOW || folder == null) {
                changed.addAll(folders.values());
                continue;
            }
            Path file = folder.resolve((Path) event.context());
            if (file.getFileName().toString().startsWith(".")) {
                continue;
            }
            if (event.kind() == ENTRY_CREATE && Files.isDirectory(file)) {
                try {
                    registerTree(file);
                } catch (IOException ignored) {
                    // a folder that vanished at once holds nothing to build
                }
            }
            changed.add(file);
        }
        if (!key.reset()) {
            folders.remove(key);
        }
    }

    private void registerTree(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path folder : (Iterable<Path>) walk.filter(Files::isDirectory)::iterator) {
                folders.put(folder.register(service, ENTRY_CREATE, ENTRY_MODIFY, ENTRY_DELETE), folder);
            }
        }
    }

    @Override
    public void close() throws IOException {
        service.close();
    }
}
