package press.aurora.preflight;

import java.util.Locale;

/** PDF points (1/72 inch) to millimetres, and the one way lengths are written in messages. */
final class Millimetres {

    static final double PER_POINT = 25.4 / 72;

    private Millimetres() {
    }

    static double of(double points) {
        return points * PER_POINT;
    }

    /** One decimal, as in {@code 210.0}. */
    static String format(double millimetres) {
        return String.format(Locale.ROOT, "%.1f", millimetres);
    }
}
