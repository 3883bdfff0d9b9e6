package press.aurora.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The date and ids FOP makes at random are replaced by ones that depend on the content alone, at the same length. */
class ReproducibleIdentifiersTest {

    /** The parts of a FOP PDF that change from run to run, between bytes that look like fonts and images. */
    private static String pdf(String metadataDate, String documentUuid, String instanceUuid, String trailerId, String content) {
        return "%PDF-1.6\n<xmp:Label>not a date</xmp:Label> <xmpMM:Note>not an id</xmpMM:Note> /ID [ stream \u00ff\u0000<xmp:\n"
                + "<xmp:CreateDate>2017-11-07T09:00:00Z</xmp:CreateDate>\n"
                + "<xmp:MetadataDate>" + metadataDate + "</xmp:MetadataDate>\n"
                + "<xmpMM:DocumentID>uuid:" + documentUuid + "</xmpMM:DocumentID>\n"
                + "<xmpMM:InstanceID>uuid:" + instanceUuid + "</xmpMM:InstanceID>\n"
                + content + "\ntrailer\n<< /Size 9 /ID [<" + trailerId + "> <" + trailerId + ">] >>\n%%EOF\n";
    }

    private static String apply(String pdf) {
        return new String(ReproducibleIdentifiers.apply(pdf.getBytes(StandardCharsets.ISO_8859_1)), StandardCharsets.ISO_8859_1);
    }

    @Test
    void twoRunsOfTheSameContentGiveTheSameBytes() {
        String first = pdf("2026-12-03T11:30:12Z", "3f2504e0-4f89-11d3-9a0c-0305e82c3301", "6fa459ea-ee8a-3ca4-894e-db77e160355e",
                "0123456789ABCDEF0123456789ABCDEF", "BT (pages) Tj ET");
        String second = pdf("2026-12-03T11:31:40Z", "9b2c8a51-1d3e-4f6a-8c7b-2e5d4f3a1b0c", "c1d2e3f4-a5b6-4c7d-8e9f-0a1b2c3d4e5f",
                "FEDCBA9876543210FEDCBA9876543210", "BT (pages) Tj ET");

        String fixed = apply(first);

        assertThat(fixed).isEqualTo(apply(second)).hasSameSizeAs(first)
                .contains("<xmp:MetadataDate>2017-11-07T09:00:00Z</xmp:MetadataDate>")
                .doesNotContain("3f2504e0-4f89-11d3-9a0c-0305e82c3301", "0123456789ABCDEF0123456789ABCDEF")
                .startsWith("%PDF-1.6\n<xmp:Label>not a date</xmp:Label> <xmpMM:Note>not an id</xmpMM:Note> /ID [ stream");
        assertThat(fixed).containsPattern("/ID \\[<([0-9A-F]{32})> <\\1>\\]")
                .containsPattern("<xmpMM:DocumentID>uuid:[0-9a-f-]{36}</xmpMM:DocumentID>");
    }

    @Test
    void otherContentGetsOtherIds() {
        String ids = pdf("2026-12-03T11:30:12Z", "3f2504e0-4f89-11d3-9a0c-0305e82c3301", "6fa459ea-ee8a-3ca4-894e-db77e160355e",
                "0123456789ABCDEF0123456789ABCDEF", "%s");

        String one = apply(ids.replace("%s", "BT (one page) Tj ET"));
        String other = apply(ids.replace("%s", "BT (another page) Tj ET"));

        assertThat(trailerId(one)).isNotEqualTo(trailerId(other));
    }

    private static String trailerId(String pdf) {
        int at = pdf.lastIndexOf("/ID [<");
        return pdf.substring(at, at + 6 + 32);
    }
}
