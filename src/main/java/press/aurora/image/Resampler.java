package press.aurora.image;

/**
 * Makes a picture smaller by averaging the source pixels under each new pixel (a box filter with
 * fractional edges), which keeps fine detail from turning into moiré on newsprint.
 */
final class Resampler {

    private Resampler() {
    }

    /** The pixels scaled to {@code width} (the height follows); unchanged when already that narrow. */
    static Pixels toWidth(Pixels source, int width) {
        if (width >= source.width()) {
            return source;
        }
        int height = Math.max(1, (int) Math.round((double) source.height() * width / source.width()));
        int channels = source.channels().count;
        double scaleX = (double) source.width() / width;
        double scaleY = (double) source.height() / height;
        byte[] in = source.samples();
        byte[] out = new byte[width * height * channels];
        double[] sum = new double[channels];
        for (int y = 0; y < height; y++) {
            double top = y * scaleY;
            double bottom = top + scaleY;
            for (int x = 0; x < width; x++) {
                double left = x * scaleX;
                double right = left + scaleX;
                java.util.Arrays.fill(sum, 0);
                double area = 0;
                for (int sy = (int) top; sy < Math.min(source.height(), Math.ceil(bottom)); sy++) {
                    double wy = Math.min(bottom, sy + 1) - Math.max(top, sy);
                    for (int sx = (int) left; sx < Math.min(source.width(), Math.ceil(right)); sx++) {
                        double weight = wy * (Math.min(right, sx + 1) - Math.max(left, sx));
                        int i = (sy * source.width() + sx) * channels;
                        for (int c = 0; c < channels; c++) {
                            sum[c] += weight * (in[i + c] & 0xff);
                        }
                        area += weight;
                    }
                }
                for (int c = 0; c < channels; c++) {
                    out[(y * width + x) * channels + c] = (byte) Math.round(sum[c] / area);
                }
            }
        }
        return new Pixels(source.channels(), width, height, out, source.profile());
    }
}
