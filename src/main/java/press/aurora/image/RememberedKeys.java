package press.aurora.image;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import press.aurora.io.DigestCache;
import press.aurora.io.FileStamp;

/**
 * The cache keys {@link ImagePreparer} computed in this process, so that a warm process (the build server, watch)
 * does not read and hash an image and the press profile (a megabyte) again in every build. A key is reused while
 * both files keep their stamps ({@link FileStamp}) and was computed at least {@link DigestCache#TRUST_MARGIN} after
 * either last changed, the rule of {@link DigestCache}: a file changed again within one tick of the file system's
 * clock could keep its stamp.
 */
final class RememberedKeys {

    /** More than a workspace's images: past it, the memory starts again. */
    private static final int KEPT = 512;

    @FunctionalInterface
    interface Computation {
        String key() throws IOException;
    }

    private record Input(Path image, FileStamp imageStamp, ImageTarget target, FileStamp profileStamp) {
    }

    private record Known(String key, long computedNanos) {
    }

    private static final Map<Input, Known> KNOWN = new ConcurrentHashMap<>();

    private RememberedKeys() {
    }

    /** The key of {@code image} for {@code target}: remembered, or computed now. */
    static String of(Path image, ImageTarget target, Computation computation) throws IOException {
        Input input = new Input(image.toAbsolutePath().normalize(), FileStamp.of(image), target, FileStamp.of(target.pressProfile()));
        Known known = KNOWN.get(input);
        if (known != null) {
            return known.key();
        }
        long computedNanos = FileStamp.nanos(Instant.now());
        String key = computation.key();
        long trusted = computedNanos - DigestCache.TRUST_MARGIN.toNanos();
        if (input.imageStamp().latestNanos() <= trusted && input.profileStamp().latestNanos() <= trusted
                && input.equals(new Input(input.image(), FileStamp.of(image), target, FileStamp.of(target.pressProfile())))) {
            if (KNOWN.size() >= KEPT) {
                KNOWN.clear();
            }
            KNOWN.put(input, new Known(key, computedNanos));
        }
        return key;
    }
}
