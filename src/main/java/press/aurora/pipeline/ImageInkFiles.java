package press.aurora.pipeline;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import press.aurora.io.PartialFile;
import press.aurora.preflight.ImageInk;
import press.aurora.preflight.ImageInkCache;

/**
 * The ink preflight measured of each image, kept in a folder of the output ({@code .cache/ink}, one
 * small file per image, named by its key) and in memory: the editions of a build that print the same
 * photo measure it once, and the next build not at all. A file that cannot be read or makes no sense is
 * measured again and rewritten. Safe to share between threads: one image is measured by one of them.
 */
final class ImageInkFiles implements ImageInkCache {

    private final Path folder;
    private final Map<String, ImageInk> known = new ConcurrentHashMap<>();
    private final Map<String, Object> locks = new ConcurrentHashMap<>();

    ImageInkFiles(Path folder) {
        this.folder = folder;
    }

    @Override
    public ImageInk inkOf(String key, Measure measure) throws IOException {
        if (!key.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("not an image ink key: " + key);
        }
        ImageInk ink = known.get(key);
        if (ink != null) {
            return ink;
        }
        synchronized (locks.computeIfAbsent(key, k -> new Object())) {
            ink = known.get(key);
            if (ink == null) {
                Path file = folder.resolve(key);
                ink = read(file).orElse(null);
                if (ink == null) {
                    ink = measure.measure();
                    write(file, ink);
                }
                known.put(key, ink);
            }
            return ink;
        }
    }

    /** {@code 287.45098039215685 colour} or {@code 100.0 black}. */
    private static Optional<ImageInk> read(Path file) {
        try {
            String[] parts = Files.readString(file, StandardCharsets.UTF_8).strip().split(" ");
            if (parts.length != 2 || !(parts[1].equals("colour") || parts[1].equals("black"))) {
                return Optional.empty();
            }
            double total = Double.parseDouble(parts[0]);
            return Double.isFinite(total) ? Optional.of(new ImageInk(total, parts[1].equals("colour"))) : Optional.empty();
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** A figure that cannot be kept is measured again next time; the build goes on. */
    private static void write(Path file, ImageInk ink) {
        try {
            Files.createDirectories(file.getParent());
            PartialFile.write(file, out -> out.write((ink.maxTotalPercent() + " " + (ink.usesColourInks() ? "colour" : "black") + "\n")
                    .getBytes(StandardCharsets.UTF_8)));
        } catch (IOException e) {
            // only a cache: the check has its figure either way
        }
    }
}
