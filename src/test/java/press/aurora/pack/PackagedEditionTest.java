package press.aurora.pack;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class PackagedEditionTest {

    private static PackagedEdition edition(String id, String language) {
        return new PackagedEdition(id, language, Path.of(id + ".pdf"), 2, 297, 420, 3, "PDF/X-4");
    }

    @Test
    void refusesAnEditionIdThatIsNoSafeFileName() {
        assertThatThrownBy(() -> edition("../uk", "en-GB"))
                .hasMessage("edition id must be letters, digits, - and _, was '../uk'");
    }

    @Test
    void refusesALanguageThatIsNoBcp47Tag() {
        assertThatThrownBy(() -> edition("uk", "en_GB"))
                .hasMessage("edition uk: language must be a BCP 47 tag, was 'en_GB'");
    }

    @Test
    void refusesAnEditionListedTwice() {
        assertThatThrownBy(() -> new PackageRequest("2017-11", Path.of("out"),
                List.of(edition("uk", "en-GB"), edition("uk", "en-GB")), Instant.EPOCH, "0.1.0"))
                .hasMessage("edition uk is listed twice");
    }

    @Test
    void refusesAnIssueIdThatLeavesTheOutputFolder() {
        assertThatThrownBy(() -> new PackageRequest("..", Path.of("out"),
                List.of(edition("uk", "en-GB")), Instant.EPOCH, "0.1.0"))
                .hasMessage("issue id must be letters, digits, ., - and _, was '..'");
    }

    @Test
    void refusesAPrintPdfInsideThePackageFolder() {
        PackagedEdition inside = new PackagedEdition("uk", "en-GB", Path.of("out/2017-11/print/uk.pdf"), 2,
                297, 420, 3, "PDF/X-4");

        assertThatThrownBy(() -> new PackageRequest("2017-11", Path.of("out"), List.of(inside), Instant.EPOCH, "0.1.0"))
                .hasMessage("edition uk: the print PDF out/2017-11/print/uk.pdf is inside the package folder "
                        + Path.of("out/2017-11/print").toAbsolutePath());
    }
}
