package press.aurora.image;

import java.awt.color.ICC_Profile;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import press.aurora.io.PartialFile;
import press.aurora.model.ImageFile;

/**
 * Turns an article's image into the file FOP embeds for one target: colour converted (see
 * {@link ColourTransforms}), flattened onto white, and made smaller when it has far more pixels than
 * the press can use. Results are kept in a cache folder under a name made of the source's content
 * digest and everything the target decides, so a rebuild converts nothing again; each is written
 * through {@link PartialFile}, so a stopped build leaves no half-written image in the cache.
 */
public final class ImagePreparer {

    /** Changes whenever the conversion changes, so that older cached results are not used. */
    private static final String VERSION = "3";
    private static final Set<String> LOSSLESS = Set.of("png", "gif", "tif");
    /** Lossless results up to this many pixels are kept lossless; bigger ones become JPEG. */
    private static final long LOSSLESS_MAX_PIXELS = 2_000_000;
    /** Separated colours are kept this far under the ink limit, to leave room for JPEG rounding. */
    private static final int INK_MARGIN_PERCENT = 8;

    private static final Map<String, Object> LOCKS = new ConcurrentHashMap<>();
    private static final Map<Path, ICC_Profile> PROFILES = new ConcurrentHashMap<>();

    private final Path cache;

    public ImagePreparer(Path cache) {
        this.cache = cache;
    }

    /** The file to hand to FOP for {@code image} in {@code target}. */
    public Path prepare(ImageFile image, ImageTarget target) throws IOException {
        if (image.isVector()) {
            return image.path();
        }
        String key = key(image, target);
        synchronized (LOCKS.computeIfAbsent(key, k -> new Object())) {
            for (String extension : new String[] {".jpg", ".png"}) {
                Path cached = cache.resolve(key + extension);
                if (Files.isRegularFile(cached)) {
                    return cached;
                }
            }
            return convert(image, target, key);
        }
    }

    private Path convert(ImageFile image, ImageTarget target, String key) throws IOException {
        int subsampling = Math.max(1, image.widthPx() / (2 * target.maxWidthPx()));
        Pixels source = ImageDecoder.decode(image.path(), subsampling);
        Files.createDirectories(cache);
        if (target.output() == ImageTarget.Output.CMYK && source.channels() == Pixels.Channels.CMYK
                && image.widthPx() <= target.maxWidthPx() && ExifOrientation.of(image.path()) == ExifOrientation.UPRIGHT
                && withinInkLimit(source, target)) {
            return store(key + ".jpg", out -> Files.copy(image.path(), out)); // already the press's colours: unchanged
        }
        Pixels converted = Resampler.toWidth(convertColour(source, target), target.maxWidthPx());
        if (converted.channels() == Pixels.Channels.CMYK) {
            return store(key + ".jpg", out -> out.write(cmykJpeg(converted, target.maxInkPercent())));
        }
        boolean lossless = LOSSLESS.contains(image.format())
                && (long) converted.width() * converted.height() <= LOSSLESS_MAX_PIXELS;
        return lossless
                ? store(key + ".png", out -> ImageEncoder.png(converted, out))
                : store(key + ".jpg", out -> ImageEncoder.jpeg(converted, out));
    }

    /**
     * A CMYK image passes unchanged only when no pixel puts down more ink than the press takes: one separated
     * for another press, or a JPEG whose rounding lifted a rich black over the limit, is ink-limited like a
     * separated RGB photo instead of failing the edition's preflight.
     */
    private static boolean withinInkLimit(Pixels cmyk, ImageTarget target) {
        return target.maxInkPercent() <= 0 || InkLimit.maxCoverage(cmyk) <= target.maxInkPercent();
    }

    /**
     * The CMYK JPEG, checked: JPEG's rounding can push a pixel's total ink over the limit at sharp dark
     * edges, so the file is decoded again and, while it is over, written again with the inks held further
     * under the limit.
     */
    private static byte[] cmykJpeg(Pixels cmyk, int maxInkPercent) throws IOException {
        byte[] jpeg = null;
        for (int margin = INK_MARGIN_PERCENT; margin <= 8 * INK_MARGIN_PERCENT; margin *= 2) {
            java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
            ImageEncoder.jpeg(InkLimit.apply(cmyk, maxInkPercent - margin), bytes);
            jpeg = bytes.toByteArray();
            if (InkLimit.maxCoverage(ImageDecoder.decodeCmykJpeg(jpeg)) <= maxInkPercent) {
                return jpeg;
            }
        }
        return jpeg; // preflight reports what is left
    }

    private static Pixels convertColour(Pixels pixels, ImageTarget target) {
        ICC_Profile rgbProfile = pixels.profile() == null ? ColourTransforms.SRGB : pixels.profile();
        return switch (target.output()) {
            case CMYK -> switch (pixels.channels()) {
                case GREY, CMYK -> pixels;
                case RGB -> pixels.with(Pixels.Channels.CMYK,
                        ColourTransforms.rgbToCmyk(rgbProfile, profile(target)).apply(pixels.samples()), null);
            };
            case BLACK -> switch (pixels.channels()) {
                case GREY -> pixels;
                case RGB -> pixels.with(Pixels.Channels.GREY, ColourTransforms.rgbToGrey(rgbProfile).apply(pixels.samples()), null);
                case CMYK -> pixels.with(Pixels.Channels.GREY,
                        ColourTransforms.cmykToGrey(profile(target)).apply(pixels.samples()), null);
            };
            case SCREEN -> switch (pixels.channels()) {
                case GREY -> pixels;
                case RGB -> pixels.profile() == null ? pixels : pixels.with(Pixels.Channels.RGB,
                        ColourTransforms.rgbToSrgb(rgbProfile).apply(pixels.samples()), null);
                case CMYK -> pixels.with(Pixels.Channels.RGB,
                        ColourTransforms.cmykToSrgb(profile(target)).apply(pixels.samples()), null);
            };
        };
    }

    static ICC_Profile profile(ImageTarget target) {
        return profile(target.pressProfile());
    }

    static ICC_Profile profile(Path pressProfile) {
        return PROFILES.computeIfAbsent(pressProfile, path -> {
            try {
                return ICC_Profile.getInstance(path.toString());
            } catch (IOException e) {
                throw new IllegalStateException("cannot read ICC profile " + path + ": " + e.getMessage(), e);
            }
        });
    }

    private interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private Path store(String name, Content content) throws IOException {
        Path target = cache.resolve(name);
        PartialFile partial = PartialFile.create(target);
        try {
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(partial.path()))) {
                content.writeTo(out);
            }
            partial.commit();
            return target;
        } catch (IOException | RuntimeException e) {
            partial.discard();
            throw e;
        }
    }

    private static String key(ImageFile image, ImageTarget target) throws IOException {
        return RememberedKeys.of(image.path(), target, () -> digestKey(image, target));
    }

    /** The source's content digest and everything the target decides, read and hashed now. */
    private static String digestKey(ImageFile image, ImageTarget target) throws IOException {
        MessageDigest digest = sha256();
        try (InputStream in = new DigestInputStream(Files.newInputStream(image.path()), digest)) {
            in.transferTo(OutputStream.nullOutputStream());
        }
        digest.update(("|" + VERSION + "|" + target.output() + "|" + target.maxInkPercent() + "|" + target.maxWidthPx() + "|")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8));
        digest.update(Files.readAllBytes(target.pressProfile()));
        return HexFormat.of().formatHex(digest.digest()).substring(0, 32);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
