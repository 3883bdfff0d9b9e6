package press.aurora.preflight;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/**
 * The {@link ImageInkCache} key of an image XObject: a SHA-256 of its stream as stored (still
 * encoded) and of every dictionary entry that decides the pixels {@link InkCheck} reads (filters and
 * their parameters, size, bits, colour space, Decode array), with the version of the measurement.
 * Two images with the same key have the same pixels, so the same ink.
 */
final class ImageInkKey {

    /** Changes whenever {@link InkCheck}'s measurement changes, so that older figures are not used. */
    static final String VERSION = "1";

    private static final COSName[] DECIDING = {COSName.FILTER, COSName.DECODE_PARMS, COSName.WIDTH, COSName.HEIGHT,
        COSName.BITS_PER_COMPONENT, COSName.COLORSPACE, COSName.DECODE};

    private static final int MAX_DEPTH = 8;

    private ImageInkKey() {
    }

    static String of(PDImageXObject image) throws IOException {
        MessageDigest sha = sha256();
        COSStream stream = image.getCOSObject();
        sha.update(("aurora-image-ink " + VERSION + "\n").getBytes(StandardCharsets.UTF_8));
        for (COSName name : DECIDING) {
            sha.update((name.getName() + "=" + describe(stream.getDictionaryObject(name), 0) + "\n").getBytes(StandardCharsets.UTF_8));
        }
        byte[] buffer = new byte[64 * 1024];
        try (InputStream in = stream.createRawInputStream()) {
            for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
                sha.update(buffer, 0, read);
            }
        }
        return HexFormat.of().formatHex(sha.digest());
    }

    /**
     * A stable text of a PDF value (an ICC-based colour space is an array holding a stream: the
     * stream's bytes are described by their digest). Nesting deeper than any image needs (a loop in a
     * broken file) has no key.
     */
    private static String describe(COSBase value, int depth) throws IOException {
        if (depth > MAX_DEPTH) {
            throw new IOException("the image's dictionary is nested more than " + MAX_DEPTH + " levels deep");
        }
        if (value == null) {
            return "-";
        }
        if (value instanceof org.apache.pdfbox.cos.COSArray array) {
            StringBuilder text = new StringBuilder("[");
            for (int i = 0; i < array.size(); i++) {
                text.append(describe(array.getObject(i), depth + 1)).append(' ');
            }
            return text.append(']').toString();
        }
        if (value instanceof org.apache.pdfbox.cos.COSDictionary dictionary && !(value instanceof COSStream)) {
            StringBuilder text = new StringBuilder("<<");
            for (COSName key : new java.util.TreeSet<>(dictionary.keySet())) {
                text.append(key.getName()).append('=').append(describe(dictionary.getDictionaryObject(key), depth + 1)).append(' ');
            }
            return text.append(">>").toString();
        }
        if (value instanceof COSStream stream) {
            MessageDigest sha = sha256();
            try (InputStream in = stream.createRawInputStream()) {
                sha.update(in.readAllBytes());
            }
            return "stream " + describe(stream.getDictionaryObject(COSName.N), depth + 1) + " " + HexFormat.of().formatHex(sha.digest());
        }
        return value.toString();
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("this Java has no SHA-256", e);
        }
    }
}
