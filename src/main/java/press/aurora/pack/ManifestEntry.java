package press.aurora.pack;

import java.util.Objects;
import java.util.regex.Pattern;

/** What the manifest says of one edition: packed, with its checksum, or failed, with the reason. */
public sealed interface ManifestEntry {

    PackagedEdition edition();

    /**
     * The edition's PDF and zip are in the package.
     *
     * @param sha256 the PDF's SHA-256, 64 lower-case hex digits
     * @param bytes  the PDF's size
     */
    record Packed(PackagedEdition edition, String sha256, long bytes) implements ManifestEntry {

        private static final Pattern SHA_256 = Pattern.compile("[0-9a-f]{64}");

        public Packed {
            Objects.requireNonNull(edition, "edition");
            if (!SHA_256.matcher(sha256).matches()) {
                throw new IllegalArgumentException("not a SHA-256 in lower-case hex: " + sha256);
            }
            if (bytes < 0) {
                throw new IllegalArgumentException("size must be 0 or more, was " + bytes);
            }
        }
    }

    /** The edition is not in the package (nor any file of it from an earlier run), for this reason. */
    record Failed(PackagedEdition edition, String reason) implements ManifestEntry {

        public Failed {
            Objects.requireNonNull(edition, "edition");
            Objects.requireNonNull(reason, "reason");
        }
    }
}
