package press.aurora.config;

import java.util.Objects;

/**
 * How far the build may change an edition's typography to fit its pages, decided in one place
 * ({@code styles/copyfit.yaml}): the fill the last page must reach, the number of steps between the
 * design and each limit, and the range of every value it may change.
 */
public record CopyfitLimits(int targetFillPercent, int steps, TypeRange bodySize, TypeRange bodyLeading,
                            TypeRange headingSpace, TypeRange articleSpace, TypeRange paragraphSpace,
                            TypeRange pullquoteSize, TypeRange figureWidth) {

    public CopyfitLimits {
        Objects.requireNonNull(bodySize, "bodySize");
        Objects.requireNonNull(bodyLeading, "bodyLeading");
        Objects.requireNonNull(headingSpace, "headingSpace");
        Objects.requireNonNull(articleSpace, "articleSpace");
        Objects.requireNonNull(paragraphSpace, "paragraphSpace");
        Objects.requireNonNull(pullquoteSize, "pullquoteSize");
        Objects.requireNonNull(figureWidth, "figureWidth");
        if (targetFillPercent < 1 || targetFillPercent > 100) {
            throw new IllegalArgumentException("target fill must be between 1 and 100 percent");
        }
        if (steps < 1) {
            throw new IllegalArgumentException("steps must be at least 1");
        }
    }

    /** The typography as designed. */
    public Copyfit design() {
        return at(0);
    }

    /** The typography at {@code level}, clamped to {@code -steps..+steps}. */
    public Copyfit at(int level) {
        int clamped = Math.max(-steps, Math.min(steps, level));
        Copyfit design = level == 0 ? null : at(0);
        return new Copyfit(clamped, bodySize.at(clamped, steps), bodyLeading.at(clamped, steps),
                headingSpace.at(clamped, steps), articleSpace.at(clamped, steps), paragraphSpace.at(clamped, steps),
                pullquoteSize.at(clamped, steps), figureWidth.at(clamped, steps), design);
    }
}
