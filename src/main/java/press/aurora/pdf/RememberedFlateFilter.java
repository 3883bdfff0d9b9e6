package press.aurora.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import org.apache.fop.pdf.PDFFilter;
import org.apache.fop.pdf.PDFObject;

/**
 * A PDF stream filter that writes what FOP's Flate filter writes (/FlateDecode, no parameters, the same bytes),
 * taking the encoding from a {@link FlateMemory} when it compressed the same data before. For streams that are
 * the same in every rendering (the ICC output profile). The data of an output profile is first given back its file's
 * bytes ({@link SuppliedProfile#restore}), where the JDK rewrote its header.
 */
final class RememberedFlateFilter extends PDFFilter {

    private final FlateMemory memory;
    private final SuppliedProfile profile;

    RememberedFlateFilter(FlateMemory memory) {
        this(memory, SuppliedProfile.NONE);
    }

    /** A filter for the stream of {@code profile}, whose bytes it writes where the JDK gave a rewritten header. */
    RememberedFlateFilter(FlateMemory memory, SuppliedProfile profile) {
        this.memory = memory;
        this.profile = profile;
    }

    @Override
    public String getName() {
        return "/FlateDecode";
    }

    @Override
    public PDFObject getDecodeParms() {
        return null;
    }

    /** Collects the stream's data; on close writes its encoding and closes {@code out}, as FOP's Flate stream does. */
    @Override
    public OutputStream applyFilter(OutputStream out) {
        return isApplied() ? out : new Encoding(out);
    }

    /** The data of one stream, encoded when it is closed. */
    private final class Encoding extends OutputStream {
        private final ByteArrayOutputStream data = new ByteArrayOutputStream(1 << 16);
        private final OutputStream target;
        private boolean closed;

        Encoding(OutputStream target) {
            this.target = target;
        }

        @Override
        public void write(int b) {
            data.write(b);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) {
            data.write(bytes, offset, length);
        }

        @Override
        public void flush() throws IOException {
            target.flush(); // a Flate stream's flush holds its data back too (no sync flush)
        }

        @Override
        public void close() throws IOException {
            if (!closed) {
                closed = true;
                try (target) {
                    target.write(memory.encode(profile.restore(data.toByteArray())));
                }
            }
        }
    }
}
