package press.aurora.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import javax.xml.transform.stream.StreamSource;
import net.sf.saxon.s9api.Processor;
import net.sf.saxon.s9api.XdmNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import press.aurora.fo.FoStylesheet;
import press.aurora.pipeline.BuildResources;
import press.aurora.testing.ListeningSocket;
import press.aurora.testing.TestImages;

/** FOP and Saxon read only what the program hands them: a URI in a document makes no connection and opens no file. */
class ResourceGateTest {

    @TempDir
    Path temp;

    private final Processor processor = BuildResources.closedProcessor();
    private final PdfRenderer renderer = PdfRenderer.configure(Path.of("styles", PdfRenderer.CONFIG_FILE), processor);

    private byte[] render(String src) throws Exception {
        String fo = """
                <fo:root xmlns:fo="http://www.w3.org/1999/XSL/Format" font-family="Noto Serif">
                  <fo:layout-master-set><fo:simple-page-master master-name="p" page-width="100mm" page-height="100mm">
                    <fo:region-body/></fo:simple-page-master></fo:layout-master-set>
                  <fo:page-sequence master-reference="p"><fo:flow flow-name="xsl-region-body">
                    <fo:block>A picture:<fo:external-graphic src="url('%s')" width="20mm" content-width="scale-to-fit"/></fo:block>
                  </fo:flow></fo:page-sequence>
                </fo:root>""".formatted(src);
        XdmNode document = processor.newDocumentBuilder().build(new StreamSource(new StringReader(fo)));
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        renderer.render(document, new PdfMetadata("t", "a", "s", "k", Instant.EPOCH), RenderProfile.screen(), pdf);
        return pdf.toByteArray();
    }

    @Test
    void fopMakesNoConnectionForAnHttpImage() throws Exception {
        try (ListeningSocket socket = new ListeningSocket()) {
            assertThatThrownBy(() -> render(socket.url("photo.png"))).isInstanceOf(RenderException.class);
            assertThat(socket.connections()).isZero();
        }
    }

    @Test
    void fopOpensNoFileItWasNotHanded() throws Exception {
        Path image = TestImages.greyPng(temp.resolve("grey.png"), 200, 100);
        assertThatThrownBy(() -> render(image.toUri().toString()))
                .isInstanceOf(RenderException.class).hasMessageContaining("Image not found");
        Path handed = TestImages.greyPng(temp.resolve("handed.png"), 200, 100); // FOP remembers a refused URI
        renderer.hand(handed);
        assertThat(render(handed.toUri().toString())).isNotEmpty();
    }

    @Test
    void saxonFetchesNothingAStylesheetAsksFor() throws Exception {
        try (ListeningSocket socket = new ListeningSocket()) {
            for (String call : new String[] {"doc('" + socket.url("a.xml") + "')", "unparsed-text('" + socket.url("a.txt") + "')",
                    "document('" + socket.url("b.xml") + "')", "json-doc('" + socket.url("c.json") + "')"}) {
                Path stylesheet = temp.resolve("fetch.xsl");
                Files.writeString(stylesheet, """
                        <xsl:stylesheet version="3.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
                          <xsl:template match="/"><out><xsl:value-of select="%s"/></out></xsl:template>
                        </xsl:stylesheet>""".formatted(call));
                XdmNode input = processor.newDocumentBuilder().build(new StreamSource(new StringReader("<issue/>")));
                assertThatThrownBy(() -> {
                    var transformer = processor.newXsltCompiler().compile(new StreamSource(stylesheet.toFile())).load30();
                    transformer.transform(input.asSource(), new net.sf.saxon.s9api.XdmDestination());
                }).as(call).isNotNull();
            }
            Path withEntity = temp.resolve("entity.xsl");
            Files.writeString(withEntity, "<!DOCTYPE xsl:stylesheet [<!ENTITY e SYSTEM '" + socket.url("e.ent") + "'>]>"
                    + "<xsl:stylesheet version='3.0' xmlns:xsl='http://www.w3.org/1999/XSL/Transform'>"
                    + "<xsl:template match='/'><out>&e;</out></xsl:template></xsl:stylesheet>");
            assertThatThrownBy(() -> FoStylesheet.compile(processor, withEntity)).isNotNull();
            assertThat(socket.connections()).isZero();
        }
    }
}
