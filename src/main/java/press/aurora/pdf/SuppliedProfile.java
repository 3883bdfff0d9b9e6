package press.aurora.pdf;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * The output intent's ICC profile as its file holds it (the printer's, in styles/icc/), so that the print PDF
 * embeds that file byte for byte. FOP writes the profile as Java's {@code ICC_Profile} gives it back, and JDK 17
 * (LittleCMS) rewrites its header on the way: the preferred CMM and the creator become {@code lcms}, so the
 * profile ID (an MD5 of the header and data) no longer matches and the file differs from the printer's.
 * {@link #restore} puts the file's bytes back when the profile written is the same profile (its tags and data
 * byte for byte, only the 128-byte header differing).
 */
final class SuppliedProfile {

    /** No file known: the profile is written as FOP gives it. */
    static final SuppliedProfile NONE = new SuppliedProfile(null);

    /** An ICC profile's header; its tag table and data follow. */
    private static final int HEADER_BYTES = 128;

    private final byte[] file;

    private SuppliedProfile(byte[] file) {
        this.file = file;
    }

    /**
     * The profile at {@code uri} (FOP's {@code output-profile} option: a file URI); {@link #NONE} when it is not a
     * readable file, which FOP then reports itself.
     */
    static SuppliedProfile at(Object uri) {
        if (uri == null) {
            return NONE;
        }
        try {
            Path path = Path.of(URI.create(uri.toString()));
            return new SuppliedProfile(Files.readAllBytes(path));
        } catch (IOException | IllegalArgumentException | java.nio.file.FileSystemNotFoundException e) {
            return NONE;
        }
    }

    /** The file's bytes when {@code written} is the same profile with another header, else {@code written}. */
    byte[] restore(byte[] written) {
        if (file == null || written.length != file.length || file.length <= HEADER_BYTES
                || !Arrays.equals(written, HEADER_BYTES, written.length, file, HEADER_BYTES, file.length)) {
            return written;
        }
        return file;
    }
}
