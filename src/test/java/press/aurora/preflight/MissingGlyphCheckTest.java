package press.aurora.preflight;

import static org.assertj.core.api.Assertions.assertThat;
import static press.aurora.preflight.PrintPdf.A4_PRINT;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;

import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The fonts here are embedded whole (not subset) so that glyph ids in the content stream are those
 * of the font file, as the raw content streams below need.
 */
class MissingGlyphCheckTest {

    @TempDir
    Path dir;

    private final Preflight preflight = new Preflight();

    @Test
    void reportsTextShownWithGlyphZero() throws IOException {
        try (PrintPdf pdf = PrintPdf.a4(4)) {
            COSName font = pdf.page(1).getResources().add(wholeNotoSerif(pdf));
            pdf.appendOperators(1, "BT /" + font.getName() + " 11 Tf 100 100 Td <00000000> Tj ET\n");
            Path file = pdf.save(dir, "notdef.pdf");

            assertThat(preflight.check(file, A4_PRINT)).containsExactly(new PreflightFinding(file, 1, Severity.ERROR,
                    "missing-glyph", "font \"NotoSerif-Regular\" has no glyph for code 0: its .notdef glyph is printed"));
        }
    }

    @Test
    void namesTheCharacterOfAMissingGlyphWhenToUnicodeKnowsIt() throws IOException {
        try (PrintPdf pdf = PrintPdf.a4(4)) {
            PDType0Font serif = wholeNotoSerif(pdf);
            setToUnicode(pdf, serif, "<0000> <4E2D>");
            COSName font = pdf.page(2).getResources().add(serif);
            pdf.appendOperators(2, "BT /" + font.getName() + " 11 Tf 100 100 Td <0000> Tj ET\n");
            Path file = pdf.save(dir, "notdef-named.pdf");

            assertThat(preflight.check(file, A4_PRINT)).containsExactly(new PreflightFinding(file, 2, Severity.ERROR,
                    "missing-glyph",
                    "font \"NotoSerif-Regular\" has no glyph for \"\u4E2D\" (U+4E2D): its .notdef glyph is printed"));
        }
    }

    /** What FOP does with a TrueType font that lacks a character: it prints the font's '#' instead. */
    @Test
    void reportsHashPrintedInPlaceOfACharacterTheFontLacks() throws IOException {
        try (PrintPdf pdf = PrintPdf.a4(4)) {
            PDType0Font serif = wholeNotoSerif(pdf);
            String hash = HexFormat.of().withUpperCase().formatHex(serif.encode("#"));
            String a = HexFormat.of().withUpperCase().formatHex(serif.encode("a"));
            setToUnicode(pdf, serif, "<" + hash + "> <4E2D>\n<" + a + "> <0061>");
            COSName font = pdf.page(3).getResources().add(serif);
            pdf.appendOperators(3, "BT /" + font.getName() + " 11 Tf 100 100 Td <" + a + hash + a + "> Tj ET\n");
            Path file = pdf.save(dir, "hash.pdf");

            assertThat(preflight.check(file, A4_PRINT)).containsExactly(new PreflightFinding(file, 3, Severity.ERROR,
                    "missing-glyph",
                    "font \"NotoSerif-Regular\" has no glyph for \"\u4E2D\" (U+4E2D): \"#\" is printed instead"));
        }
    }

    @Test
    void aRealHashSignIsNoMissingGlyphButStillWorthALook() throws IOException {
        try (PrintPdf pdf = PrintPdf.a4(4)) {
            PDType0Font serif = wholeNotoSerif(pdf);
            COSName font = pdf.page(4).getResources().add(serif);
            String hash = HexFormat.of().withUpperCase().formatHex(serif.encode("#"));
            pdf.appendOperators(4, "BT /" + font.getName() + " 11 Tf 100 100 Td <" + hash + "> Tj ET\n");
            Path file = pdf.save(dir, "real-hash.pdf");

            assertThat(preflight.check(file, A4_PRINT)).extracting(PreflightFinding::check).containsExactly("hash-mark");
        }
    }

    private static PDType0Font wholeNotoSerif(PrintPdf pdf) throws IOException {
        try (InputStream ttf = Files.newInputStream(PrintPdf.NOTO_SERIF)) {
            return PDType0Font.load(pdf.document(), ttf, false);
        }
    }

    /** Replaces the font's ToUnicode CMap with one holding the given bfchar lines. */
    private static void setToUnicode(PrintPdf pdf, PDType0Font font, String bfchars) throws IOException {
        String cmap = """
                /CIDInit /ProcSet findresource begin
                12 dict begin
                begincmap
                /CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def
                /CMapName /Adobe-Identity-UCS def
                /CMapType 2 def
                1 begincodespacerange
                <0000> <FFFF>
                endcodespacerange
                %d beginbfchar
                %s
                endbfchar
                endcmap
                CMapName currentdict /CMap defineresource pop
                end
                end
                """.formatted(bfchars.lines().count(), bfchars);
        PDStream stream = new PDStream(pdf.document());
        try (OutputStream out = stream.createOutputStream()) {
            out.write(cmap.getBytes(StandardCharsets.US_ASCII));
        }
        font.getCOSObject().setItem(COSName.TO_UNICODE, stream);
    }
}
