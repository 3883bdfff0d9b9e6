package press.aurora.pdf;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * Makes a PDF that FOP wrote depend on its content alone, so that the same inputs (and the same
 * {@code SOURCE_DATE_EPOCH}) give byte-identical files and the printer's checksums change only when the
 * pages do. FOP stamps three things with the moment and with chance: the XMP {@code MetadataDate} (the
 * clock, whatever creation date it was given), the XMP document and instance ids (random UUIDs) and
 * the trailer {@code /ID} (random). The date becomes the document's {@code ModifyDate} (or {@code CreateDate}); the ids are
 * derived from an MD5 of the file with those fields blanked, as the PDF standard suggests for
 * {@code /ID}. FOP also tags its font subsets by counting ({@code EAAAAA+NotoSerif-Regular},
 * {@code EAAAAB+...}), so every PDF it writes has the same tags for different subsets: a RIP or imposition
 * workflow that caches fonts by name across files (two editions' pages on one plate, a page replaced in a job)
 * can take one file's subset for another's and print missing or wrong glyphs. Each tag becomes six letters
 * derived from the same digest and the old tag: the same in every build of the same file, different between
 * files and, as before, between the subsets of one file.
 * Every replacement has the length of what it replaces, so the cross-reference offsets stay right.
 * The fields are found by their literal opening bytes, in place: a regular expression over the whole
 * file (1.6 MB with a photo) cost a fifth of each FOP rendering.
 */
public final class ReproducibleIdentifiers {

    private static final byte[] MODIFY_DATE = ascii("<xmp:ModifyDate>");
    private static final byte[] CREATE_DATE = ascii("<xmp:CreateDate>");
    private static final byte[] METADATA_DATE = ascii("<xmp:MetadataDate>");
    private static final byte[] METADATA_DATE_END = ascii("</xmp:MetadataDate>");
    private static final byte[] INSTANCE_ID = ascii("<xmpMM:InstanceID>uuid:");
    private static final byte[] DOCUMENT_ID = ascii("<xmpMM:DocumentID>uuid:");
    private static final byte[] TRAILER_ID = ascii("/ID [<");
    private static final byte[] BASE_FONT = ascii("/BaseFont /");
    private static final byte[] FONT_NAME = ascii("/FontName /");
    private static final List<byte[]> OPENINGS = List.of(MODIFY_DATE, CREATE_DATE, METADATA_DATE, INSTANCE_ID, DOCUMENT_ID, TRAILER_ID,
            BASE_FONT, FONT_NAME);
    /** A subset tag: six capital letters and a plus sign before the font's name. */
    private static final int TAG_LENGTH = 6;
    private static final int UUID_LENGTH = 36;
    private static final int TRAILER_ID_LENGTH = 32;

    /** Where one identifier stands in the file, how long it is, and whether it is the XMP instance id. */
    private record Field(int start, int length, boolean instance) {
    }

    private ReproducibleIdentifiers() {
    }

    /** The same PDF with its date and identifiers fixed; the bytes are returned unchanged when a field is not found. */
    public static byte[] apply(byte[] pdf) {
        byte[] out = pdf.clone();
        Map<byte[], List<Integer>> found = find(out);
        fixMetadataDate(out, found);
        List<Field> ids = new ArrayList<>();
        xmpIds(out, INSTANCE_ID, found.get(INSTANCE_ID), true, ids);
        xmpIds(out, DOCUMENT_ID, found.get(DOCUMENT_ID), false, ids);
        trailerIds(out, found.get(TRAILER_ID), ids);
        for (Field field : ids) {
            java.util.Arrays.fill(out, field.start(), field.start() + field.length(), (byte) '0');
        }
        String id = HexFormat.of().formatHex(md5(out)).toUpperCase(Locale.ROOT);
        for (Field field : ids) {
            String value = field.length() == TRAILER_ID_LENGTH ? id
                    : UUID.nameUUIDFromBytes(((field.instance() ? "instance:" : "document:") + id).getBytes(StandardCharsets.US_ASCII)).toString();
            System.arraycopy(ascii(value), 0, out, field.start(), field.length());
        }
        retagSubsets(out, found.get(BASE_FONT), BASE_FONT, id);
        retagSubsets(out, found.get(FONT_NAME), FONT_NAME, id);
        return out;
    }

    /** Each subset tag after one of {@code openings} becomes the tag derived from {@code id} and itself. */
    private static void retagSubsets(byte[] pdf, List<Integer> openings, byte[] opening, String id) {
        for (int at : openings) {
            int start = at + opening.length;
            if (start + TAG_LENGTH < pdf.length && all(pdf, start, TAG_LENGTH, "ABCDEFGHIJKLMNOPQRSTUVWXYZ")
                    && pdf[start + TAG_LENGTH] == '+') {
                String tag = new String(pdf, start, TAG_LENGTH, StandardCharsets.US_ASCII);
                System.arraycopy(ascii(subsetTag(id, tag)), 0, pdf, start, TAG_LENGTH);
            }
        }
    }

    /** Six capital letters from the MD5 of the file's identifier and the tag FOP gave. */
    static String subsetTag(String id, String fopTag) {
        byte[] digest = md5(ascii(id + "+" + fopTag));
        StringBuilder tag = new StringBuilder(TAG_LENGTH);
        for (int i = 0; i < TAG_LENGTH; i++) {
            tag.append((char) ('A' + (digest[i] & 0xff) % 26));
        }
        return tag.toString();
    }

    /** Every {@code MetadataDate} as long as the first {@code ModifyDate} or {@code CreateDate} becomes that date. */
    private static void fixMetadataDate(byte[] pdf, Map<byte[], List<Integer>> found) {
        int modify = found.get(MODIFY_DATE).isEmpty() ? -1 : found.get(MODIFY_DATE).get(0);
        int create = found.get(CREATE_DATE).isEmpty() ? -1 : found.get(CREATE_DATE).get(0);
        int opening = modify < 0 ? create : create < 0 ? modify : Math.min(modify, create);
        if (opening < 0) {
            return;
        }
        int start = opening + MODIFY_DATE.length; // both openings are as long
        int end = valueEnd(pdf, start);
        if (end < 0 || !(startsWith(pdf, end, ascii("</xmp:ModifyDate>")) || startsWith(pdf, end, ascii("</xmp:CreateDate>")))) {
            return;
        }
        for (int at : found.get(METADATA_DATE)) {
            int value = at + METADATA_DATE.length;
            int valueEnd = valueEnd(pdf, value);
            if (valueEnd - value == end - start && startsWith(pdf, valueEnd, METADATA_DATE_END)) {
                System.arraycopy(pdf, start, pdf, value, end - start);
            }
        }
    }

    private static void xmpIds(byte[] pdf, byte[] opening, List<Integer> found, boolean instance, List<Field> ids) {
        for (int at : found) {
            int start = at + opening.length;
            if (start + UUID_LENGTH < pdf.length && all(pdf, start, UUID_LENGTH, "0123456789abcdef-") && pdf[start + UUID_LENGTH] == '<') {
                ids.add(new Field(start, UUID_LENGTH, instance));
            }
        }
    }

    /** {@code /ID [<hex32> <hex32>]}: both halves. */
    private static void trailerIds(byte[] pdf, List<Integer> found, List<Field> ids) {
        String hex = "0123456789ABCDEFabcdef";
        for (int at : found) {
            int first = at + TRAILER_ID.length;
            int second = first + TRAILER_ID_LENGTH + 3;
            if (second + TRAILER_ID_LENGTH + 2 <= pdf.length && all(pdf, first, TRAILER_ID_LENGTH, hex) && startsWith(pdf, first + TRAILER_ID_LENGTH, ascii("> <"))
                    && all(pdf, second, TRAILER_ID_LENGTH, hex) && startsWith(pdf, second + TRAILER_ID_LENGTH, ascii(">]"))) {
                ids.add(new Field(first, TRAILER_ID_LENGTH, false));
                ids.add(new Field(second, TRAILER_ID_LENGTH, false));
            }
        }
    }

    /** Where the text from {@code start} reaches a {@code <} (-1 when none follows). */
    private static int valueEnd(byte[] pdf, int start) {
        for (int i = start; i < pdf.length; i++) {
            if (pdf[i] == '<') {
                return i;
            }
        }
        return -1;
    }

    private static boolean all(byte[] pdf, int start, int length, String allowed) {
        for (int i = start; i < start + length; i++) {
            if (allowed.indexOf(pdf[i] & 0xff) < 0) {
                return false;
            }
        }
        return true;
    }

    private static boolean startsWith(byte[] pdf, int at, byte[] prefix) {
        if (at < 0 || at + prefix.length > pdf.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (pdf[at + i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    /** Where each opening stands, in one pass over the file (every opening starts with '<' or '/'). */
    private static Map<byte[], List<Integer>> find(byte[] pdf) {
        Map<byte[], List<Integer>> found = new IdentityHashMap<>();
        OPENINGS.forEach(opening -> found.put(opening, new ArrayList<>()));
        for (int i = 0; i < pdf.length; i++) {
            byte b = pdf[i];
            if (b == '<' || b == '/') {
                for (byte[] opening : OPENINGS) {
                    if (startsWith(pdf, i, opening)) {
                        found.get(opening).add(i);
                    }
                }
            }
        }
        return found;
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }

    private static byte[] md5(byte[] bytes) {
        try {
            return MessageDigest.getInstance("MD5").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("this Java has no MD5", e);
        }
    }
}
