package press.aurora.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.nio.file.Path;
import java.util.List;
import javax.xml.transform.stream.StreamSource;
import net.sf.saxon.s9api.Processor;
import net.sf.saxon.s9api.SaxonApiException;
import net.sf.saxon.s9api.XdmNode;
import org.junit.jupiter.api.Test;
import press.aurora.diag.Diagnostic;

/**
 * The font check reads the font-family list from the FO as FOP inherits it, and accepts a character
 * that any family of the list has: so a second family for another script (a Persian font after the
 * Latin one, say) is honoured as FOP's font fallback honours it. Uses the repository's real fonts:
 * U+2161 ROMAN NUMERAL TWO is in Roboto Condensed and not in Noto Serif.
 */
class GlyphCoverageCheckTest {

    private static final FontCoverage FONTS = FontCoverage.load(Path.of("styles", PdfRenderer.CONFIG_FILE));
    private static final Processor PROCESSOR = new Processor(false);

    private static List<Diagnostic> check(String body) throws SaxonApiException {
        String fo = "<fo:root xmlns:fo='http://www.w3.org/1999/XSL/Format' xmlns:src='urn:aurora-press:source'"
                + " font-family='Noto Serif'><fo:page-sequence master-reference='page'><fo:flow flow-name='xsl-region-body'>"
                + body + "</fo:flow></fo:page-sequence></fo:root>";
        XdmNode node = PROCESSOR.newDocumentBuilder().build(new StreamSource(new StringReader(fo)));
        return new GlyphCoverageCheck(FONTS).check(node);
    }

    @Test
    void aCharacterMissingFromTheInheritedFamilyIsReportedWithTheFontThatSetsIt() throws SaxonApiException {
        List<Diagnostic> found = check("<fo:block font-weight='bold' src:at='issues/x/a.md:7:1'>Congress \u2161</fo:block>");
        assertThat(found).singleElement().satisfies(d -> {
            assertThat(d.position().toString()).isEqualTo("issues/x/a.md:7:1");
            assertThat(d.message()).contains("U+2161 ROMAN NUMERAL TWO", "NotoSerif-Bold", "styles/fop.xconf");
        });
    }

    @Test
    void aLaterFamilyOfTheListCoversWhatTheFirstLacks() throws SaxonApiException {
        assertThat(check("<fo:block font-family='Noto Serif, \"Roboto Condensed\"'>Congress \u2161</fo:block>")).isEmpty();
        assertThat(check("<fo:block font-family='Roboto Condensed'><fo:inline font-style='italic'>\u2161</fo:inline></fo:block>")).isEmpty();
    }

    @Test
    void aWordOfAScriptNoFontHasIsOneProblemNamingItsLetters() throws SaxonApiException {
        List<Diagnostic> found = check("<fo:block src:at='issues/x/a.md:3:1'>CJK: 中文 and 日; Hindi हिन्दी.</fo:block>");
        assertThat(found).extracting(Diagnostic::message).satisfiesExactly(
                m -> assertThat(m).startsWith("characters \"中文\" (U+4E2D CJK UNIFIED IDEOGRAPH-4E2D and 1 more) are not in the font")
                        .contains("add a font that has them"),
                m -> assertThat(m).startsWith("character U+65E5 CJK UNIFIED IDEOGRAPH-65E5 \"日\" is not in the font")
                        .contains("add a font that has it"),
                m -> assertThat(m).startsWith("characters \"हिन्दी\" (U+0939 DEVANAGARI LETTER HA and 5 more)"));
        assertThat(GlyphCoverageCheck.failure(found)).startsWith("characters in 3 places cannot be set in the fonts of styles/fop.xconf\n");
    }

    @Test
    void aFamilyNotConfiguredDoesNotCoverAnything() throws SaxonApiException {
        assertThat(check("<fo:block font-family='Noto Serif, Vazirmatn'>\u2161</fo:block>")).hasSize(1);
    }

    @Test
    void upperCasingIsCheckedAsPrinted() throws SaxonApiException {
        // U+1C80 CYRILLIC SMALL LETTER ROUNDED VE is in Noto Serif only; upper-cased it is U+0412, which both have
        assertThat(check("<fo:block font-family='Roboto Condensed'>\u1C80</fo:block>")).hasSize(1);
        assertThat(check("<fo:block font-family='Roboto Condensed' text-transform='uppercase'>\u1C80</fo:block>")).isEmpty();
    }

    @Test
    void metadataAndBookmarksAreNotSetInThePageFonts() throws SaxonApiException {
        assertThat(check("<fo:block><fo:declarations>\u16A0</fo:declarations>text</fo:block>")).isEmpty();
    }

    @Test
    void aControlCharacterThatGotPastTheReaderIsNamedAsSuchNotAsAMissingFont() throws SaxonApiException {
        assertThat(check("<fo:block src:at='translations/fr/x.po:27:1'>a&#x85;b</fo:block>")).singleElement().satisfies(d -> {
            assertThat(d.code()).isEqualTo("bad-character");
            assertThat(d.message()).contains("U+0085", "control character").doesNotContain("fop.xconf");
        });
    }
}
