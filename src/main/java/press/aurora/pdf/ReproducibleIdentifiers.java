package press.aurora.pdf;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Makes a PDF that FOP wrote depend on its content alone, so that the same inputs (and the same
 * {@code SOURCE_DATE_EPOCH}) give byte-identical files and the printer's checksums change only when the
 * pages do. FOP stamps three things with the moment and with chance: the XMP {@code MetadataDate} (the
 * clock, whatever creation date it was given), the XMP document and instance ids (random UUIDs) and
 * the trailer {@code /ID} (random). The date becomes the document's {@code ModifyDate} (or {@code CreateDate}); the ids are
 * derived from an MD5 of the file with those fields blanked, as the PDF standard suggests for
 * {@code /ID}. Every replacement has the length of what it replaces, so the cross-reference offsets stay right.
 * Each pattern begins with a literal text, and matches are tried only where that text stands (a PDF is
 * megabytes of fonts and images; a pattern tried at every byte of them cost more than the rest of this).
 */
public final class ReproducibleIdentifiers {

    private static final Pattern MODIFY_DATE = Pattern.compile("<xmp:(?:ModifyDate|CreateDate)>([^<]*)</xmp:(?:ModifyDate|CreateDate)>");
    private static final Pattern METADATA_DATE = Pattern.compile("(<xmp:MetadataDate>)([^<]*)(</xmp:MetadataDate>)");
    private static final Pattern XMP_ID = Pattern.compile("(<xmpMM:(?:InstanceID|DocumentID)>uuid:)([0-9a-f-]{36})(<)");
    private static final Pattern TRAILER_ID = Pattern.compile("(/ID \\[<)([0-9A-Fa-f]{32})(> <)([0-9A-Fa-f]{32})(>\\])");

    private ReproducibleIdentifiers() {
    }

    /** The same PDF with its date and identifiers fixed; the bytes are returned unchanged when a field is not found. */
    public static byte[] apply(byte[] pdf) {
        String text = new String(pdf, StandardCharsets.ISO_8859_1); // one char per byte, both ways
        Matcher modified = MODIFY_DATE.matcher(text);
        if (find(modified, "<xmp:", text, 0)) {
            String date = modified.group(1);
            text = replace(METADATA_DATE, "<xmp:MetadataDate>", text, m -> m.group(2).length() == date.length() ? date : m.group(2));
        }
        String blank = replace(XMP_ID, "<xmpMM:", text, m -> "0".repeat(36));
        blank = replaceTrailer(blank, "0".repeat(32));
        byte[] digest = md5(blank.getBytes(StandardCharsets.ISO_8859_1));
        String id = HexFormat.of().formatHex(digest).toUpperCase(Locale.ROOT);
        text = replace(XMP_ID, "<xmpMM:", text, m -> UUID.nameUUIDFromBytes((m.group(0).contains("Instance") ? "instance:" + id : "document:" + id)
                .getBytes(StandardCharsets.US_ASCII)).toString());
        text = replaceTrailer(text, id);
        return text.getBytes(StandardCharsets.ISO_8859_1);
    }

    private static String replaceTrailer(String text, String id) {
        return replaceAll(TRAILER_ID.matcher(text), "/ID [<", text, m -> m.group(1) + id + m.group(3) + id + m.group(5));
    }

    /** Replaces group 2 of each match of a three-group pattern that begins with {@code prefix}. */
    private static String replace(Pattern pattern, String prefix, String text, Function<Matcher, String> value) {
        return replaceAll(pattern.matcher(text), prefix, text, m -> m.group(1) + value.apply(m) + m.group(3));
    }

    private static String replaceAll(Matcher matcher, String prefix, String text, Function<Matcher, String> replacement) {
        StringBuilder result = new StringBuilder(text.length());
        int copied = 0;
        int from = 0;
        while (find(matcher, prefix, text, from)) {
            result.append(text, copied, matcher.start()).append(replacement.apply(matcher));
            copied = matcher.end();
            from = matcher.end();
        }
        return result.append(text, copied, text.length()).toString();
    }

    /**
     * Like {@link Matcher#find(int)} for a pattern that begins with {@code prefix}: the first match at or
     * after {@code from}, tried only where the prefix stands.
     */
    private static boolean find(Matcher matcher, String prefix, String text, int from) {
        for (int at = text.indexOf(prefix, from); at >= 0; at = text.indexOf(prefix, at + 1)) {
            matcher.region(at, text.length());
            if (matcher.lookingAt()) {
                return true;
            }
        }
        return false;
    }

    private static byte[] md5(byte[] bytes) {
        try {
            return MessageDigest.getInstance("MD5").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("this Java has no MD5", e);
        }
    }
}
