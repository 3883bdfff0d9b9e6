package press.aurora.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The fields FOP stamps with the clock and with chance, as they stand in its XMP packet and trailer. */
class ReproducibleIdentifiersTest {

    private static String pdf(String body, String metadataDate, String uuid1, String uuid2, String trailerId) {
        return "%PDF-1.4\n<x:xmpmeta><xmp:ModifyDate>2017-11-07T00:00:00Z</xmp:ModifyDate>"
                + "<xmp:MetadataDate>" + metadataDate + "</xmp:MetadataDate>"
                + "<xmpMM:InstanceID>uuid:" + uuid1 + "</xmpMM:InstanceID>"
                + "<xmpMM:DocumentID>uuid:" + uuid2 + "</xmpMM:DocumentID></x:xmpmeta>\n" + body
                + "\ntrailer << /ID [<" + trailerId + "> <" + trailerId + ">] >>\n%%EOF\n";
    }

    private static String fixed(String pdf) {
        return new String(ReproducibleIdentifiers.apply(pdf.getBytes(StandardCharsets.ISO_8859_1)), StandardCharsets.ISO_8859_1);
    }

    @Test
    void givesTheSameBytesWhateverTheClockAndChanceWroteAndKeepsTheLength() {
        String first = pdf("BT (page) Tj ET", "2026-12-03T11:40:01Z", "3f2b8c6e-1d4a-4e0b-9c57-0a1b2c3d4e5f",
                "0c9d8e7f-6a5b-4c3d-8e2f-1a0b9c8d7e6f", "0123456789ABCDEF0123456789ABCDEF");
        String second = pdf("BT (page) Tj ET", "2026-12-04T09:12:55Z", "a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d",
                "ffeeddcc-bbaa-4998-8776-655443322110", "FEDCBA9876543210FEDCBA9876543210");

        assertThat(fixed(first)).isEqualTo(fixed(second)).hasSize(first.length());
        assertThat(fixed(first)).contains("<xmp:MetadataDate>2017-11-07T00:00:00Z</xmp:MetadataDate>")
                .doesNotContain("3f2b8c6e", "0123456789ABCDEF0123456789ABCDEF");
    }

    @Test
    void derivesDifferentIdentifiersFromDifferentPages() {
        String uuid = "3f2b8c6e-1d4a-4e0b-9c57-0a1b2c3d4e5f";
        String trailer = "0123456789ABCDEF0123456789ABCDEF";
        String one = fixed(pdf("BT (page one) Tj ET", "2026-12-03T11:40:01Z", uuid, uuid, trailer));
        String two = fixed(pdf("BT (page two) Tj ET", "2026-12-03T11:40:01Z", uuid, uuid, trailer));

        assertThat(trailerId(one)).matches("[0-9A-F]{32}").isNotEqualTo(trailerId(two));
        assertThat(one).contains("<xmpMM:InstanceID>uuid:").doesNotContain(uuid);
        String instance = one.substring(one.indexOf("InstanceID>uuid:") + 16, one.indexOf("InstanceID>uuid:") + 52);
        String document = one.substring(one.indexOf("DocumentID>uuid:") + 16, one.indexOf("DocumentID>uuid:") + 52);
        assertThat(instance).isNotEqualTo(document);
    }

    @Test
    void tagsFontSubsetsAfterTheContentNotByCounting() {
        String fonts = "<< /Type /Font /BaseFont /EAAAAA+NotoSerif-Regular >> << /FontName /EAAAAA+NotoSerif-Regular >>"
                + " << /BaseFont /EAAAAB+NotoSerif-Bold >> << /BaseFont /Helvetica >> << /BaseFont /NUCDAY-Slug >>";
        String uuid = "3f2b8c6e-1d4a-4e0b-9c57-0a1b2c3d4e5f";
        String trailer = "0123456789ABCDEF0123456789ABCDEF";
        String one = fixed(pdf(fonts + " BT (page one) Tj ET", "2026-12-03T11:40:01Z", uuid, uuid, trailer));
        String again = fixed(pdf(fonts + " BT (page one) Tj ET", "2026-12-04T09:00:00Z", uuid, uuid, trailer));
        String two = fixed(pdf(fonts + " BT (page two) Tj ET", "2026-12-03T11:40:01Z", uuid, uuid, trailer));

        String regular = tag(one, "/BaseFont /", "+NotoSerif-Regular");
        assertThat(regular).matches("[A-Z]{6}").isNotEqualTo("EAAAAA");
        assertThat(tag(one, "/FontName /", "+NotoSerif-Regular")).isEqualTo(regular);
        assertThat(tag(one, "/BaseFont /", "+NotoSerif-Bold")).matches("[A-Z]{6}").isNotEqualTo(regular);
        assertThat(tag(again, "/BaseFont /", "+NotoSerif-Regular")).isEqualTo(regular);
        assertThat(tag(two, "/BaseFont /", "+NotoSerif-Regular")).isNotEqualTo(regular);
        assertThat(one).contains("/BaseFont /Helvetica >>", "/BaseFont /NUCDAY-Slug >>").doesNotContain("EAAAA");
    }

    /** The six letters between {@code opening} and {@code font}. */
    private static String tag(String pdf, String opening, String font) {
        java.util.regex.Matcher matcher = java.util.regex.Pattern.compile(java.util.regex.Pattern.quote(opening) + "(\\S{6})"
                + java.util.regex.Pattern.quote(font)).matcher(pdf);
        assertThat(matcher.find()).as(opening + "......" + font).isTrue();
        return matcher.group(1);
    }

    @Test
    void leavesAFileWithoutTheFieldsAsItIs() {
        String plain = "%PDF-1.4\nBT (no metadata) Tj ET\n%%EOF\n";

        assertThat(fixed(plain)).isEqualTo(plain);
    }

    private static String trailerId(String pdf) {
        int at = pdf.indexOf("/ID [<") + 6;
        return pdf.substring(at, at + 32);
    }
}
