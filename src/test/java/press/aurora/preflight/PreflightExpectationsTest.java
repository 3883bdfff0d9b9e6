package press.aurora.preflight;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PreflightExpectationsTest {

    @Test
    void givesAPrintFileThePrintersDefaults() {
        PreflightExpectations a3 = PreflightExpectations.printFile(297, 420);

        assertThat(a3.trimWidth()).hasValue(297);
        assertThat(a3.trimHeight()).hasValue(420);
        assertThat(a3.minBleedMm()).isEqualTo(3);
        assertThat(a3.pageMultiple()).isEqualTo(4);
        assertThat(a3.printFile()).isTrue();
        assertThat(a3.warningPpi()).isEqualTo(200);
        assertThat(a3.errorPpi()).isEqualTo(120);
    }

    @Test
    void givesAProofNoTrimSizeNoBleedAndNoPrintFileRules() {
        PreflightExpectations proof = PreflightExpectations.proof();

        assertThat(proof.knowsTrimSize()).isFalse();
        assertThat(proof.trimWidth()).isEmpty();
        assertThat(proof.minBleedMm()).isZero();
        assertThat(proof.printFile()).isFalse();
        assertThat(proof.pageMultiple()).isEqualTo(1);
    }

    @Test
    void rejectsATrimSizeKnownOnlyHalf() {
        assertThatThrownBy(() -> new PreflightExpectations(297.0, null, 3, 4, true, 200, 120, 0, false, 0, 0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("trim width and height must be both known or both unknown");
    }

    @Test
    void rejectsAnErrorResolutionAboveTheWarningResolution() {
        assertThatThrownBy(() -> PreflightExpectations.printFile(297, 420).withImagePpi(100, 150))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("image ppi limits must satisfy 1 <= error <= warning, were error 150, warning 100");
    }

    @Test
    void rejectsAPageMultipleBelowOne() {
        assertThatThrownBy(() -> PreflightExpectations.proof().withPageMultiple(0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("page multiple must be 1 or more, was 0");
    }
}
