package press.aurora.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The output profile is written as its file holds it, whatever header the JDK gave it. */
class SuppliedProfileTest {

    private static final Path PROFILE = Path.of("styles", "icc", "ISOcoated_v2_300_bas.icc");

    @Test
    void givesBackTheFileWhereTheJdkRewroteTheHeader() throws IOException {
        byte[] file = Files.readAllBytes(PROFILE);
        byte[] rewritten = file.clone(); // what JDK 17 gives: preferred CMM and creator "lcms"
        System.arraycopy("lcms".getBytes(StandardCharsets.US_ASCII), 0, rewritten, 4, 4);
        System.arraycopy("lcms".getBytes(StandardCharsets.US_ASCII), 0, rewritten, 80, 4);

        assertThat(SuppliedProfile.at(PROFILE.toUri().toString()).restore(rewritten)).isEqualTo(file);
    }

    @Test
    void keepsAnotherProfileAsWritten() throws IOException {
        byte[] other = Files.readAllBytes(PROFILE);
        other[other.length - 1] ^= 1;
        byte[] shorter = java.util.Arrays.copyOf(other, other.length - 4);
        SuppliedProfile profile = SuppliedProfile.at(PROFILE.toUri());

        assertThat(profile.restore(other)).isSameAs(other);
        assertThat(profile.restore(shorter)).isSameAs(shorter);
    }

    @Test
    void isNoneForAMissingFileOrNoOption() {
        byte[] written = {1, 2, 3};

        assertThat(SuppliedProfile.at(Path.of("styles", "icc", "missing.icc").toUri().toString()).restore(written)).isSameAs(written);
        assertThat(SuppliedProfile.at(null)).isSameAs(SuppliedProfile.NONE);
        assertThat(SuppliedProfile.at("not a uri")).isSameAs(SuppliedProfile.NONE);
    }
}
