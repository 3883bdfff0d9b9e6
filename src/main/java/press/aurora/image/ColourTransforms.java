package press.aurora.image;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_ColorSpace;
import java.awt.color.ICC_Profile;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The colour transforms a build needs, made with the JDK's colour management (LittleCMS behind
 * {@link ICC_ColorSpace}) and kept as look-up tables, one per pair of profiles.
 *
 * <p>To the press's CMYK: relative colorimetric (the JDK's {@code toCIEXYZ}/{@code fromCIEXYZ} are
 * relative colorimetric to the D50 connection space) with black point compensation done here, in
 * XYZ, as Adobe describes it: the source's black is scaled onto the darkest black the press profile
 * prints, so shadows keep their detail instead of clipping. The press profile's own separation
 * (its BToA table) decides grey balance, black generation and total ink.
 *
 * <p>To grey (black-only editions): the lightness L* of the colour, as a grey value (white paper is 1).
 */
final class ColourTransforms {

    static final ICC_Profile SRGB = ICC_Profile.getInstance(ColorSpace.CS_sRGB);

    private static final float[] D50 = {0.9642f, 1.0f, 0.8249f};
    private static final int RGB_GRID = 33;
    private static final int CMYK_GRID = 17;
    private static final Map<String, ColourLut> TABLES = new ConcurrentHashMap<>();

    private ColourTransforms() {
    }

    /** RGB in {@code source} to CMYK in {@code press}: relative colorimetric with black point compensation. */
    static ColourLut rgbToCmyk(ICC_Profile source, ICC_Profile press) {
        return TABLES.computeIfAbsent("rgb-cmyk " + id(source) + " " + id(press), key -> {
            ICC_ColorSpace from = new ICC_ColorSpace(source);
            ICC_ColorSpace to = new ICC_ColorSpace(press);
            float sourceBlack = from.toCIEXYZ(new float[3])[1];
            float pressBlack = to.toCIEXYZ(to.fromCIEXYZ(new float[3]))[1];
            return ColourLut.sample(3, 4, RGB_GRID, rgb ->
                    to.fromCIEXYZ(compensateBlack(from.toCIEXYZ(rgb), sourceBlack, pressBlack)));
        });
    }

    /** RGB in {@code source} to a grey of the same lightness. */
    static ColourLut rgbToGrey(ICC_Profile source) {
        return TABLES.computeIfAbsent("rgb-grey " + id(source), key -> {
            ICC_ColorSpace from = new ICC_ColorSpace(source);
            return ColourLut.sample(3, 1, RGB_GRID, rgb -> new float[] {lightness(from.toCIEXYZ(rgb)[1])});
        });
    }

    /** CMYK in the press profile to a grey of the same lightness. */
    static ColourLut cmykToGrey(ICC_Profile press) {
        return TABLES.computeIfAbsent("cmyk-grey " + id(press), key -> {
            ICC_ColorSpace from = new ICC_ColorSpace(press);
            return ColourLut.sample(4, 1, CMYK_GRID, cmyk -> new float[] {lightness(from.toCIEXYZ(cmyk)[1])});
        });
    }

    /** CMYK in the press profile to sRGB, for screen files. */
    static ColourLut cmykToSrgb(ICC_Profile press) {
        return TABLES.computeIfAbsent("cmyk-srgb " + id(press), key -> {
            ICC_ColorSpace from = new ICC_ColorSpace(press);
            ICC_ColorSpace to = new ICC_ColorSpace(SRGB);
            return ColourLut.sample(4, 3, CMYK_GRID, cmyk -> to.fromCIEXYZ(from.toCIEXYZ(cmyk)));
        });
    }

    /** RGB in {@code source} to sRGB, for screen files. */
    static ColourLut rgbToSrgb(ICC_Profile source) {
        return TABLES.computeIfAbsent("rgb-srgb " + id(source), key -> {
            ICC_ColorSpace from = new ICC_ColorSpace(source);
            ICC_ColorSpace to = new ICC_ColorSpace(SRGB);
            return ColourLut.sample(3, 3, RGB_GRID, rgb -> to.fromCIEXYZ(from.toCIEXYZ(rgb)));
        });
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

    /** CIE L* of a luminance (Y of white = 1), from 0 (black) to 1 (white). */
    static float lightness(float y) {
        double t = Math.max(0, y);
        double f = t > 216.0 / 24389 ? Math.cbrt(t) : (24389.0 / 27 * t + 16) / 116;
        return (float) Math.max(0, Math.min(1, (116 * f - 16) / 100));
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
