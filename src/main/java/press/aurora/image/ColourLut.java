package press.aurora.image;

import java.util.function.UnaryOperator;

/**
 * A colour transform sampled on a regular grid and interpolated between the samples, so that a
 * photo of millions of pixels costs one table look-up per pixel instead of one colour-management
 * call. Inputs and outputs are 8-bit channels; three inputs (RGB) or four (CMYK).
 */
final class ColourLut {

    private final int inputs;
    private final int outputs;
    private final int grid;
    private final float[] table;

    private ColourLut(int inputs, int outputs, int grid, float[] table) {
        this.inputs = inputs;
        this.outputs = outputs;
        this.grid = grid;
        this.table = table;
    }

    /**
     * Samples {@code transform} on a grid of {@code grid} points per input channel. The transform gets every
     * grid point at once (one colour-management call for all): input channels 0..1 in, output channels 0..1 out.
     */
    static ColourLut sample(int inputs, int outputs, int grid, UnaryOperator<float[][]> transform) {
        int points = (int) Math.pow(grid, inputs);
        float[][] input = new float[points][inputs];
        for (int point = 0; point < points; point++) {
            int rest = point;
            for (int channel = inputs - 1; channel >= 0; channel--) {
                input[point][channel] = (rest % grid) / (float) (grid - 1);
                rest /= grid;
            }
        }
        float[][] output = transform.apply(input);
        float[] table = new float[points * outputs];
        for (int point = 0; point < points; point++) {
            System.arraycopy(output[point], 0, table, point * outputs, outputs);
        }
        return new ColourLut(inputs, outputs, grid, table);
    }

    int outputs() {
        return outputs;
    }

    /**
     * Transforms interleaved 8-bit pixels ({@code inputs} bytes each) into interleaved 8-bit pixels
     * ({@code outputs} bytes each), by multilinear interpolation between the grid points.
     */
    byte[] apply(byte[] pixels) {
        int count = pixels.length / inputs;
        byte[] result = new byte[count * outputs];
        int corners = 1 << inputs;
        int[] base = new int[inputs];
        float[] fraction = new float[inputs];
        float[] sum = new float[outputs];
        int[] stride = new int[inputs];
        int s = 1;
        for (int channel = inputs - 1; channel >= 0; channel--) {
            stride[channel] = s;
            s *= grid;
        }
        for (int pixel = 0; pixel < count; pixel++) {
            for (int channel = 0; channel < inputs; channel++) {
                float position = (pixels[pixel * inputs + channel] & 0xff) * (grid - 1) / 255f;
                int cell = Math.min((int) position, grid - 2);
                base[channel] = cell;
                fraction[channel] = position - cell;
            }
            java.util.Arrays.fill(sum, 0);
            for (int corner = 0; corner < corners; corner++) {
                float weight = 1;
                int index = 0;
                for (int channel = 0; channel < inputs; channel++) {
                    boolean upper = (corner >> channel & 1) == 1;
                    weight *= upper ? fraction[channel] : 1 - fraction[channel];
                    index += (base[channel] + (upper ? 1 : 0)) * stride[channel];
                }
                if (weight == 0) {
                    continue;
                }
                for (int out = 0; out < outputs; out++) {
                    sum[out] += weight * table[index * outputs + out];
                }
            }
            for (int out = 0; out < outputs; out++) {
                result[pixel * outputs + out] = (byte) Math.max(0, Math.min(255, Math.round(sum[out] * 255)));
            }
        }
        return result;
    }

    /** The transform of one colour, interpolated like every pixel (for tests and checks). */
    float[] apply(float... colour) {
        byte[] pixel = new byte[inputs];
        for (int channel = 0; channel < inputs; channel++) {
            pixel[channel] = (byte) Math.round(colour[channel] * 255);
        }
        byte[] out = apply(pixel);
        float[] result = new float[outputs];
        for (int channel = 0; channel < outputs; channel++) {
            result[channel] = (out[channel] & 0xff) / 255f;
        }
        return result;
    }
}
