package press.aurora.image;

/**
 * Keeps separated pixels under a total area coverage (the sum of the four inks, in percent): where a
 * pixel has more, its cyan, magenta and yellow are reduced in proportion and its black is kept, as a
 * press profile's under-colour removal would.
 */
final class InkLimit {

    private InkLimit() {
    }

    /** A copy of the pixels with every pixel's total ink at most {@code maxPercent}. */
    static Pixels apply(Pixels cmyk, int maxPercent) {
        byte[] samples = cmyk.samples().clone();
        int limit = Math.round(maxPercent * 255f / 100);
        for (int i = 0; i < samples.length; i += 4) {
            int c = samples[i] & 0xff;
            int m = samples[i + 1] & 0xff;
            int y = samples[i + 2] & 0xff;
            int k = samples[i + 3] & 0xff;
            int total = c + m + y + k;
            if (total > limit && c + m + y > 0) {
                double scale = Math.max(0, (double) (limit - k) / (c + m + y));
                samples[i] = (byte) Math.floor(c * scale);
                samples[i + 1] = (byte) Math.floor(m * scale);
                samples[i + 2] = (byte) Math.floor(y * scale);
            }
        }
        return cmyk.with(Pixels.Channels.CMYK, samples, cmyk.profile());
    }

    /** The highest total coverage of any pixel, in percent. */
    static int maxCoverage(Pixels cmyk) {
        byte[] samples = cmyk.samples();
        int max = 0;
        for (int i = 0; i < samples.length; i += 4) {
            max = Math.max(max, (samples[i] & 0xff) + (samples[i + 1] & 0xff) + (samples[i + 2] & 0xff) + (samples[i + 3] & 0xff));
        }
        return Math.round(max * 100f / 255);
    }
}
