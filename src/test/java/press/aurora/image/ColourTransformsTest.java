package press.aurora.image;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.awt.color.ICC_Profile;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import press.aurora.testing.Transicc;

/**
 * The separation agrees with LittleCMS's own command-line calculator ({@code transicc}, relative
 * colorimetric with black point compensation) on the ISO Coated v2 profile shipped in styles/.
 */
class ColourTransformsTest {

    private static final Path PROFILE = Path.of("styles/icc/ISOcoated_v2_300_bas.icc");
    /** Percent points per ink: the table interpolates and the JDK's sRGB profile is not LittleCMS's byte for byte. */
    private static final double TOLERANCE = 3;

    private final ColourLut separation = ColourTransforms.rgbToCmyk(ColourTransforms.SRGB, profile());

    private static ICC_Profile profile() {
        try {
            return ICC_Profile.getInstance(PROFILE.toString());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private double[] separate(int r, int g, int b) {
        float[] cmyk = separation.apply(r / 255f, g / 255f, b / 255f);
        return new double[] {cmyk[0] * 100, cmyk[1] * 100, cmyk[2] * 100, cmyk[3] * 100};
    }

    @Test
    void midGreyIsSeparatedAsTheProfileSays() {
        assertClose(separate(128, 128, 128), Transicc.srgbToCmyk(PROFILE, 128, 128, 128));
    }

    @Test
    void pureRedIsSeparatedAsTheProfileSays() {
        assertClose(separate(255, 0, 0), Transicc.srgbToCmyk(PROFILE, 255, 0, 0));
    }

    @Test
    void blackIsTheProfilesRichBlackWithinItsInkLimit() {
        double[] black = separate(0, 0, 0);
        // the black point is found as LittleCMS finds it, but not from the very same first guess: 4 points of ink
        assertClose(black, Transicc.srgbToCmyk(PROFILE, 0, 0, 0), 4);
        assertThat(black[0] + black[1] + black[2] + black[3]).isLessThanOrEqualTo(301);
        assertThat(PressProfiles.totalInkPercent(PROFILE)).isEqualTo(300);
    }

    @Test
    void whiteIsNoInk() {
        assertThat(java.util.Arrays.stream(separate(255, 255, 255)).max().orElseThrow()).isLessThan(0.5);
    }

    @Test
    void greyOfTheSameLightnessForBlackOnlyEditions() {
        float grey = ColourTransforms.rgbToGrey(ColourTransforms.SRGB).apply(128 / 255f, 128 / 255f, 128 / 255f)[0];
        assertThat(grey * 100).isCloseTo(53.6f, within(1f)); // L* of sRGB 128 is 53.6
    }

    private static void assertClose(double[] actual, double[] expected) {
        assertClose(actual, expected, TOLERANCE);
    }

    private static void assertClose(double[] actual, double[] expected, double tolerance) {
        for (int c = 0; c < 4; c++) {
            assertThat(actual[c]).as("ink %d of %s, expected %s", c, java.util.Arrays.toString(actual),
                    java.util.Arrays.toString(expected)).isCloseTo(expected[c], within(tolerance));
        }
    }
}
