package press.aurora.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import org.apache.xmlgraphics.util.io.FlateEncodeOutputStream;

/**
 * The Flate (zlib) encodings of the last few byte strings FOP compressed through it, byte for byte as FOP's own
 * Flate filter writes them (the same encoder, fed the same way). An ICC output profile is the same megabyte in
 * every print PDF, and compressing it costs about 50 ms each time (docs/development.md): remembered, a rendering
 * compares it with what it compressed before (well under a millisecond) and writes the result again. Thread-safe.
 */
final class FlateMemory {

    /** How many different inputs it keeps: an edition has one output profile, a workspace few. */
    private static final int KEPT = 4;

    private record Encoded(byte[] raw, byte[] flate) {
    }

    private final Deque<Encoded> kept = new ArrayDeque<>();

    /** {@code raw} Flate-encoded as FOP's Flate filter encodes it; the array given is kept, so it must not change. */
    byte[] encode(byte[] raw) {
        synchronized (kept) {
            for (Encoded encoded : kept) {
                if (Arrays.equals(encoded.raw(), raw)) {
                    return encoded.flate();
                }
            }
        }
        byte[] flate = encodeNow(raw);
        synchronized (kept) {
            kept.addFirst(new Encoded(raw, flate));
            if (kept.size() > KEPT) {
                kept.removeLast();
            }
        }
        return flate;
    }

    /** The encoding of FOP's Flate filter: its encoder, given the whole input in one write, then closed. */
    static byte[] encodeNow(byte[] raw) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(raw.length / 2 + 64);
        try (FlateEncodeOutputStream flate = new FlateEncodeOutputStream(out)) {
            flate.write(raw, 0, raw.length);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a stream in memory does not fail
        }
        return out.toByteArray();
    }
}
