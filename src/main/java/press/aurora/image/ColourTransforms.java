package press.aurora.image;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.awt.image.ColorConvertOp;
import java.awt.image.DataBuffer;
import java.awt.image.Raster;
import java.awt.image.WritableRaster;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The colour transforms a build needs, made with the JDK's colour management (LittleCMS behind
 * {@link ColorConvertOp}) and kept as look-up tables, one per pair of profiles.
 *
 * <p>Every transform is relative colorimetric: {@code ColorConvertOp} takes the intent from the header of
 * the profile before each step, so the profiles are used as copies whose header says so. To the press's
 * CMYK the colours go through XYZ (the D50 connection space), where black point compensation is done as
 * Adobe and LittleCMS describe it: the source's black is scaled onto the darkest black the press prints
 * (found as LittleCMS finds it: a round trip of a lightness ramp through the press profile and a quadratic
 * fitted to its shadow), so shadows keep their detail instead of clipping. The press profile's own
 * separation (its BToA table) decides grey balance, black generation and total ink.
 *
 * <p>To grey (black-only editions): the lightness L* of the colour, as a grey value (white paper is 1).
 */
final class ColourTransforms {

    static final ICC_Profile SRGB = ICC_Profile.getInstance(ColorSpace.CS_sRGB);
    private static final ICC_Profile XYZ = ICC_Profile.getInstance(ColorSpace.CS_CIEXYZ);

    private static final float[] D50 = {0.9642f, 1.0f, 0.8249f};
    /** 16-bit XYZ in ICC encoding: 1.0 is 0x8000. */
    private static final float XYZ_ONE = 32768f;
    private static final int RGB_GRID = 33;
    private static final int CMYK_GRID = 17;
    private static final Map<String, ColourLut> TABLES = new ConcurrentHashMap<>();

    private ColourTransforms() {
    }

    /** RGB in {@code source} to CMYK in {@code press}: relative colorimetric with black point compensation. */
    static ColourLut rgbToCmyk(ICC_Profile source, ICC_Profile press) {
        return TABLES.computeIfAbsent("rgb-cmyk " + id(source) + " " + id(press), key -> {
            float sourceBlack = convert(source, XYZ, new float[][] {{0, 0, 0}})[0][1];
            float pressBlack = pressBlackY(press);
            return ColourLut.sample(3, 4, RGB_GRID, rgb -> {
                float[][] xyz = convert(source, XYZ, rgb);
                for (int i = 0; i < xyz.length; i++) {
                    xyz[i] = compensateBlack(xyz[i], sourceBlack, pressBlack);
                }
                return convert(XYZ, press, xyz);
            });
        });
    }

    /** RGB in {@code source} to a grey of the same lightness. */
    static ColourLut rgbToGrey(ICC_Profile source) {
        return TABLES.computeIfAbsent("rgb-grey " + id(source), key ->
                ColourLut.sample(3, 1, RGB_GRID, rgb -> lightnessOf(convert(source, XYZ, rgb))));
    }

    /** CMYK in the press profile to a grey of the same lightness. */
    static ColourLut cmykToGrey(ICC_Profile press) {
        return TABLES.computeIfAbsent("cmyk-grey " + id(press), key ->
                ColourLut.sample(4, 1, CMYK_GRID, cmyk -> lightnessOf(convert(press, XYZ, cmyk))));
    }

    /** CMYK in the press profile to sRGB, for screen files. */
    static ColourLut cmykToSrgb(ICC_Profile press) {
        return TABLES.computeIfAbsent("cmyk-srgb " + id(press), key ->
                ColourLut.sample(4, 3, CMYK_GRID, cmyk -> convert(press, SRGB, cmyk)));
    }

    /** RGB in {@code source} to sRGB, for screen files. */
    static ColourLut rgbToSrgb(ICC_Profile source) {
        return TABLES.computeIfAbsent("rgb-srgb " + id(source), key ->
                ColourLut.sample(3, 3, RGB_GRID, rgb -> convert(source, SRGB, rgb)));
    }

    /**
     * Converts colours (channels 0..1; XYZ with white Y = 1) from one profile to another, relative
     * colorimetric, in one call through 16-bit rasters.
     */
    static float[][] convert(ICC_Profile from, ICC_Profile to, float[][] colours) {
        int inputs = from.getNumComponents();
        int outputs = to.getNumComponents();
        WritableRaster source = Raster.createInterleavedRaster(DataBuffer.TYPE_USHORT, colours.length, 1, inputs, null);
        float inScale = scale(from);
        int[] pixel = new int[inputs];
        for (int i = 0; i < colours.length; i++) {
            for (int c = 0; c < inputs; c++) {
                pixel[c] = Math.max(0, Math.min(65535, Math.round(colours[i][c] * inScale)));
            }
            source.setPixel(i, 0, pixel);
        }
        WritableRaster target = Raster.createInterleavedRaster(DataBuffer.TYPE_USHORT, colours.length, 1, outputs, null);
        new ColorConvertOp(new ICC_Profile[] {relative(from), relative(to)}, null).filter(source, target);
        float outScale = scale(to);
        float[][] result = new float[colours.length][outputs];
        int[] out = new int[outputs];
        for (int i = 0; i < colours.length; i++) {
            target.getPixel(i, 0, out);
            for (int c = 0; c < outputs; c++) {
                result[i][c] = out[c] / outScale;
            }
        }
        return result;
    }

    private static float scale(ICC_Profile profile) {
        return profile.getColorSpaceType() == ColorSpace.TYPE_XYZ ? XYZ_ONE : 65535f;
    }

    private static final Map<String, ICC_Profile> RELATIVE = new ConcurrentHashMap<>();

    /** A copy of the profile whose header asks for the relative colorimetric intent. */
    private static ICC_Profile relative(ICC_Profile profile) {
        return RELATIVE.computeIfAbsent(id(profile), key -> {
            ICC_Profile copy = ICC_Profile.getInstance(profile.getData());
            byte[] header = copy.getData(ICC_Profile.icSigHead);
            int at = ICC_Profile.icHdrRenderingIntent;
            header[at] = 0;
            header[at + 1] = 0;
            header[at + 2] = 0;
            header[at + 3] = (byte) ICC_Profile.icRelativeColorimetric;
            copy.setData(ICC_Profile.icSigHead, header);
            return copy;
        });
    }

    /**
     * The luminance Y of the darkest neutral the press prints, found as LittleCMS's destination black point
     * detection does for the relative colorimetric intent: a ramp of neutral lightness from 0 to 100 goes
     * through the press profile and back; where the result is straight the round trip of black is the black
     * point, otherwise a quadratic fitted to the shadow part of the ramp says where it reaches black.
     */
    static float pressBlackY(ICC_Profile press) {
        int steps = 256;
        float[][] lab = new float[steps][];
        for (int l = 0; l < steps; l++) {
            lab[l] = neutralXyz(l * 100f / (steps - 1));
        }
        float[][] back = convert(press, XYZ, convert(XYZ, press, lab));
        double[] in = new double[steps];
        double[] out = new double[steps];
        for (int l = 0; l < steps; l++) {
            in[l] = l * 100.0 / (steps - 1);
            out[l] = 100 * lightness(back[l][1]);
        }
        for (int l = steps - 2; l > 0; l--) {
            out[l] = Math.min(out[l], out[l + 1]);
        }
        double minL = out[0];
        double maxL = out[steps - 1];
        if (!(minL < maxL)) {
            return 0;
        }
        boolean straight = true;
        for (int l = 0; l < steps; l++) {
            straight &= in[l] <= minL + 0.2 * (maxL - minL) || Math.abs(in[l] - out[l]) < 4.0;
        }
        if (straight) {
            return yOf(minL);
        }
        double[] x = new double[steps];
        double[] y = new double[steps];
        int n = 0;
        for (int l = 0; l < steps; l++) {
            double f = (out[l] - minL) / (maxL - minL);
            if (f >= 0.1 && f < 0.5) {
                x[n] = in[l];
                y[n] = f;
                n++;
            }
        }
        return n < 3 ? 0 : yOf(rootOfFittedQuadratic(x, y, n));
    }

    /** Least-squares y = a x² + b x + c, and the x where it reaches 0 (clipped to 0..50), as LittleCMS does. */
    private static double rootOfFittedQuadratic(double[] x, double[] y, int n) {
        double sx = 0, sx2 = 0, sx3 = 0, sx4 = 0, sy = 0, sxy = 0, sx2y = 0;
        for (int i = 0; i < n; i++) {
            double xi = x[i];
            double x2 = xi * xi;
            sx += xi;
            sx2 += x2;
            sx3 += x2 * xi;
            sx4 += x2 * x2;
            sy += y[i];
            sxy += xi * y[i];
            sx2y += x2 * y[i];
        }
        double[][] m = {{n, sx, sx2}, {sx, sx2, sx3}, {sx2, sx3, sx4}};
        double[] v = {sy, sxy, sx2y};
        double det = det(m);
        if (Math.abs(det) < 1e-12) {
            return 0;
        }
        double c = det(replace(m, 0, v)) / det;
        double b = det(replace(m, 1, v)) / det;
        double a = det(replace(m, 2, v)) / det;
        if (Math.abs(a) < 1.0e-10) {
            return Math.min(50, Math.max(0, -c / b));
        }
        double d = b * b - 4.0 * a * c;
        if (d <= 0) {
            return 0;
        }
        return Math.max(0, Math.min(50, (-b + Math.sqrt(d)) / (2.0 * a)));
    }

    private static double[][] replace(double[][] m, int column, double[] v) {
        double[][] copy = new double[3][];
        for (int r = 0; r < 3; r++) {
            copy[r] = m[r].clone();
            copy[r][column] = v[r];
        }
        return copy;
    }

    private static double det(double[][] m) {
        return m[0][0] * (m[1][1] * m[2][2] - m[1][2] * m[2][1])
                - m[0][1] * (m[1][0] * m[2][2] - m[1][2] * m[2][0])
                + m[0][2] * (m[1][0] * m[2][1] - m[1][1] * m[2][0]);
    }

    /**
     * Scales XYZ so that the source's black point lands on the press's black point and white stays white
     * (both black points taken as neutral greys of their luminance Y).
     */
    static float[] compensateBlack(float[] xyz, float sourceBlackY, float pressBlackY) {
        float scale = (1 - pressBlackY) / (1 - sourceBlackY);
        float[] result = new float[3];
        for (int c = 0; c < 3; c++) {
            result[c] = D50[c] * ((xyz[c] / D50[c] - sourceBlackY) * scale + pressBlackY);
        }
        return result;
    }

    private static float[][] lightnessOf(float[][] xyz) {
        float[][] grey = new float[xyz.length][];
        for (int i = 0; i < xyz.length; i++) {
            grey[i] = new float[] {lightness(xyz[i][1])};
        }
        return grey;
    }

    /** CIE L* of a luminance (Y of white = 1), from 0 (black) to 1 (white). */
    static float lightness(float y) {
        double t = Math.max(0, y);
        double f = t > 216.0 / 24389 ? Math.cbrt(t) : (24389.0 / 27 * t + 16) / 116;
        return (float) Math.max(0, Math.min(1, (116 * f - 16) / 100));
    }

    /** The luminance of CIE lightness {@code l} (0..100). */
    private static float yOf(double l) {
        double f = (l + 16) / 116;
        return (float) (f > 6.0 / 29 ? f * f * f : 3 * (6.0 / 29) * (6.0 / 29) * (f - 4.0 / 29));
    }

    private static float[] neutralXyz(float l) {
        float y = yOf(l);
        return new float[] {D50[0] * y, y, D50[2] * y};
    }

    /** A profile's identity: the digest of its bytes. */
    static String id(ICC_Profile profile) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(profile.getData()));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
