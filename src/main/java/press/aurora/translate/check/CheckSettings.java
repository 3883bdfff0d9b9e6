package press.aurora.translate.check;

/**
 * Thresholds of the checks.
 *
 * @param lengthRatio         longest translation, as a multiple of the source's length, before a warning (1.6)
 * @param headlineLengthRatio the same for titles, kickers and headings, set large in narrow columns (1.4)
 */
public record CheckSettings(double lengthRatio, double headlineLengthRatio) {

    public static final CheckSettings DEFAULT = new CheckSettings(1.6, 1.4);

    public CheckSettings {
        if (!(lengthRatio >= 1) || !(headlineLengthRatio >= 1)) {
            throw new IllegalArgumentException("length ratios must be at least 1");
        }
    }
}
