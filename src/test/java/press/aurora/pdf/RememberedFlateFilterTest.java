package press.aurora.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.InflaterInputStream;
import org.apache.fop.pdf.FlateFilter;
import org.apache.fop.pdf.PDFFilter;
import org.junit.jupiter.api.Test;

/** The filter that writes the output profile of every print PDF: FOP's Flate bytes, computed once. */
class RememberedFlateFilterTest {

    private static final Path PROFILE = Path.of("styles", "icc", "ISOcoated_v2_300_bas.icc");

    private static byte[] through(PDFFilter filter, byte[] data) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (OutputStream filtered = filter.applyFilter(out)) {
            filtered.write(data);
        }
        return out.toByteArray();
    }

    @Test
    void writesTheBytesOfFopsFlateFilterUnderItsName() throws IOException {
        byte[] profile = Files.readAllBytes(PROFILE);
        RememberedFlateFilter filter = new RememberedFlateFilter(new FlateMemory());

        byte[] written = through(filter, profile);

        assertThat(written).isEqualTo(through(new FlateFilter(), profile));
        assertThat(new InflaterInputStream(new ByteArrayInputStream(written)).readAllBytes()).isEqualTo(profile);
        assertThat(filter.getName()).isEqualTo(new FlateFilter().getName());
        assertThat(filter.getDecodeParms()).isNull();
    }

    @Test
    void compressesTheSameDataOnceAndOtherDataAgain() throws IOException {
        byte[] profile = Files.readAllBytes(PROFILE);
        FlateMemory memory = new FlateMemory();

        byte[] first = memory.encode(profile.clone());
        byte[] again = memory.encode(profile.clone());
        byte[] changed = profile.clone();
        changed[changed.length / 2] ^= 1;

        assertThat(again).isSameAs(first);
        assertThat(memory.encode(changed)).isNotSameAs(first).isEqualTo(through(new FlateFilter(), changed));
        assertThat(memory.encode(profile.clone())).isSameAs(first); // both kept
    }

    @Test
    void writesNothingWhenTheDataIsAlreadyEncoded() throws IOException {
        RememberedFlateFilter filter = new RememberedFlateFilter(new FlateMemory());
        filter.setApplied(true);

        assertThat(through(filter, new byte[] {1, 2, 3})).containsExactly(1, 2, 3);
    }
}
