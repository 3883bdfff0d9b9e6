package press.aurora.config;

/**
 * How far one typographic value may move when an edition is copyfitted: its smallest value, the
 * design's value and its largest value, and the step it moves in (e.g. 0.1 pt).
 */
public record TypeRange(double min, double design, double max, double step) {

    public TypeRange {
        if (!(min <= design && design <= max)) {
            throw new IllegalArgumentException("a range needs smallest <= design <= largest, not " + min + ", " + design + ", " + max);
        }
        if (step <= 0) {
            throw new IllegalArgumentException("step must be positive");
        }
    }

    /**
     * The value at {@code level} of {@code steps}: the design at 0, the largest at {@code +steps}, the
     * smallest at {@code -steps}, evenly in between and rounded to the step.
     */
    public double at(int level, int steps) {
        double bound = level >= 0 ? max : min;
        double value = design + (bound - design) * Math.abs(level) / steps;
        return Math.round(Math.round(value / step) * step * 1000) / 1000.0;
    }
}
