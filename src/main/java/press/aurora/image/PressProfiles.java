package press.aurora.image;

import java.awt.color.ICC_Profile;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import press.aurora.config.Edition;

/**
 * What a press profile says about the press: the most ink it puts down (its total area coverage),
 * read as the coverage of the darkest colour the profile separates.
 */
public final class PressProfiles {

    private static final Map<Path, Integer> TOTAL_INK = new ConcurrentHashMap<>();

    private PressProfiles() {
    }

    /** The edition's {@code max-ink}, or its profile's total ink when it has none. */
    public static int maxInkPercent(Edition edition) {
        int configured = edition.print().maxInkPercent();
        return configured > 0 ? configured : totalInkPercent(edition.print().iccProfile());
    }

    /** The total ink of the profile's black (the separation of L* = 0), in percent, rounded to 10. */
    public static int totalInkPercent(Path profile) {
        return TOTAL_INK.computeIfAbsent(profile, path -> {
            ICC_Profile icc = ImagePreparer.profile(path);
            float[] black = ColourTransforms.convert(ICC_Profile.getInstance(java.awt.color.ColorSpace.CS_CIEXYZ), icc,
                    new float[][] {{0, 0, 0}})[0];
            float total = 0;
            for (float ink : black) {
                total += ink;
            }
            return Math.round(total * 10) * 10;
        });
    }
}
