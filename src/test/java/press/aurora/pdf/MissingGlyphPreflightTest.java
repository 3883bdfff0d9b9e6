package press.aurora.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import javax.xml.transform.stream.StreamSource;
import net.sf.saxon.s9api.SaxonApiException;
import net.sf.saxon.s9api.XdmNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import press.aurora.diag.ContentException;
import press.aurora.pipeline.BuildResources;
import press.aurora.pipeline.Workspace;
import press.aurora.preflight.Preflight;
import press.aurora.preflight.PreflightExpectations;
import press.aurora.preflight.PreflightFinding;

/**
 * A character none of the repository's fonts has: FOP prints its missing-glyph mark. The build
 * refuses the PDF (FOP's event); in the file itself the mark is a real "#" glyph mapped back to "#",
 * so preflight can only warn about every "#" it sees.
 */
class MissingGlyphPreflightTest {

    private static final String FO = """
            <fo:root xmlns:fo="http://www.w3.org/1999/XSL/Format" font-family="Noto Serif">
              <fo:layout-master-set>
                <fo:simple-page-master master-name="a4" page-width="210mm" page-height="297mm" margin="20mm">
                  <fo:region-body/>
                </fo:simple-page-master>
              </fo:layout-master-set>
              <fo:page-sequence master-reference="a4">
                <fo:flow flow-name="xsl-region-body"><fo:block>Aurora 中 broadsheet</fo:block></fo:flow>
              </fo:page-sequence>
            </fo:root>
            """;

    @TempDir
    Path temp;

    @Test
    void theRendererRefusesAndPreflightFindsTheMark() throws IOException, SaxonApiException {
        BuildResources resources = BuildResources.load(Workspace.current());
        XdmNode fo = resources.processor().newDocumentBuilder().build(new StreamSource(new StringReader(FO)));
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        PdfMetadata metadata = new PdfMetadata("test", "test", "test", "test", Instant.EPOCH);

        assertThatThrownBy(() -> resources.renderer().render(fo, metadata, RenderProfile.screen(), pdf))
                .isInstanceOf(ContentException.class).hasMessageContaining("U+4E2D CJK UNIFIED IDEOGRAPH-4E2D \"中\"")
                .hasMessageContaining("NotoSerif-Regular");
        assertThat(pdf.size()).as("nothing is rendered after the font check failed").isZero();

        // past the font check, FOP's own glyph event is the last guard
        assertThatThrownBy(() -> resources.renderer().renderWithFop(fo, metadata, RenderProfile.screen(), pdf))
                .isInstanceOf(RenderException.class).hasMessageContaining("U+4E2D").hasMessageContaining("中")
                .hasMessageContaining("NotoSerif-Regular").hasMessageNotContaining("0x4e2d");

        Path file = temp.resolve("missing-glyph.pdf");
        Files.write(file, pdf.toByteArray());
        var findings = new Preflight().check(file, PreflightExpectations.proof());
        assertThat(findings).extracting(PreflightFinding::check).contains("hash-mark");
        assertThat(findings).filteredOn(f -> f.check().equals("hash-mark")).first()
                .satisfies(f -> assertThat(f.format()).contains("page 1: warning: 1 '#' printed"));
    }
}
