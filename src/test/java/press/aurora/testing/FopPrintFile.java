package press.aurora.testing;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.time.Instant;
import javax.xml.transform.stream.StreamSource;
import net.sf.saxon.s9api.Processor;
import net.sf.saxon.s9api.SaxonApiException;
import net.sf.saxon.s9api.XdmNode;
import press.aurora.config.PdfStandard;
import press.aurora.pdf.PdfMetadata;
import press.aurora.pdf.PdfRenderer;
import press.aurora.pdf.RenderProfile;
import press.aurora.pipeline.BuildResources;

/**
 * Print files made by the real Apache FOP from styles/fop.xconf, through the program's renderer (PDF version,
 * output intent, XMP, identifiers and subset tags as in a print PDF): PDF/X-4 with the ISO Coated v2
 * output profile, {@code fox:bleed} and {@code fox:crop-offset} on the page master, CMYK colours
 * only and Noto Serif text, so the MediaBox holds the BleedBox, which holds the TrimBox.
 */
public final class FopPrintFile {

    public static final Path FOP_CONFIG = Path.of("styles/fop.xconf");
    public static final Path ISO_COATED = Path.of("styles/icc/ISOcoated_v2_300_bas.icc");

    /**
     * Kept so the level holds (java.util.logging keeps loggers weakly): when PDFBox has already
     * set up commons-logging in this JVM, the NoOpLog property below comes too late and FOP logs
     * through java.util.logging, e.g. "Note: PDF/X-4 support is work-in-progress and not fully
     * implemented, yet!" on every rendering.
     */
    private static final Logger FOP_LOG = Logger.getLogger("org.apache.fop");

    static {
        System.setProperty("org.apache.commons.logging.Log", "org.apache.commons.logging.impl.NoOpLog");
        FOP_LOG.setLevel(Level.OFF);
    }

    private static final Processor PROCESSOR = BuildResources.closedProcessor();
    private static PdfRenderer renderer;

    private final double trimWidthMm;
    private final double trimHeightMm;
    private final double bleedMm;
    private final double cropOffsetMm;
    private final int pages;
    private final String pdfXMode;

    private FopPrintFile(double trimWidthMm, double trimHeightMm, double bleedMm, double cropOffsetMm, int pages,
                         String pdfXMode) {
        this.trimWidthMm = trimWidthMm;
        this.trimHeightMm = trimHeightMm;
        this.bleedMm = bleedMm;
        this.cropOffsetMm = cropOffsetMm;
        this.pages = pages;
        this.pdfXMode = pdfXMode;
    }

    /** An A4 PDF/X-4 print file: 3 mm bleed, 10 mm crop offset. */
    public static FopPrintFile a4(int pages) {
        return new FopPrintFile(210, 297, 3, 10, pages, "PDF/X-4");
    }

    public FopPrintFile trim(double widthMm, double heightMm) {
        return new FopPrintFile(widthMm, heightMm, bleedMm, cropOffsetMm, pages, pdfXMode);
    }

    public FopPrintFile cropOffset(double millimetres) {
        return new FopPrintFile(trimWidthMm, trimHeightMm, bleedMm, millimetres, pages, pdfXMode);
    }

    /** FOP's name of the PDF/X mode: {@code "PDF/X-4"} or {@code "PDF/X-3:2003"}. */
    public FopPrintFile pdfX(String mode) {
        return new FopPrintFile(trimWidthMm, trimHeightMm, bleedMm, cropOffsetMm, pages, mode);
    }

    public double trimWidthMm() {
        return trimWidthMm;
    }

    public double trimHeightMm() {
        return trimHeightMm;
    }

    public double bleedMm() {
        return bleedMm;
    }

    /**
     * Renders the file with FOP in its PDF/X mode (PDF/X-4 unless changed), through the program's renderer
     * ({@link PdfRenderer}): its PDF version, output profile, XMP and identifiers are those of a print PDF.
     */
    public Path writeTo(Path file) {
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file))) {
            XdmNode document = PROCESSOR.newDocumentBuilder().build(new StreamSource(new StringReader(fo())));
            // FOP refuses PDF/X without a title: "PDF/X-4 requires the title to be set."
            renderer().render(document, new PdfMetadata("Aurora test print file", "Aurora", "A test print file",
                            "test", Instant.EPOCH),
                    RenderProfile.print(pdfXMode, PdfStandard.parse(pdfXMode).pdfVersion(), ISO_COATED.toAbsolutePath()), out);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (SaxonApiException e) {
            throw new IllegalStateException("cannot read the test FO: " + e.getMessage(), e);
        }
    }

    private static synchronized PdfRenderer renderer() {
        if (renderer == null) {
            renderer = PdfRenderer.configure(FOP_CONFIG, PROCESSOR);
        }
        return renderer;
    }

    private String fo() {
        StringBuilder body = new StringBuilder();
        for (int page = 1; page <= pages; page++) {
            body.append("<fo:block").append(page > 1 ? " break-before=\"page\"" : "").append(">")
                    .append("Aurora, page ").append(page).append(": workers of the world, unite.</fo:block>\n")
                    .append("<fo:block>A second paragraph, so that the page is not empty.</fo:block>\n");
        }
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <fo:root xmlns:fo="http://www.w3.org/1999/XSL/Format"
                         xmlns:fox="http://xmlgraphics.apache.org/fop/extensions"
                         font-family="Noto Serif" font-size="11pt" color="cmyk(0,0,0,1)">
                  <fo:layout-master-set>
                    <fo:simple-page-master master-name="page" page-width="%1$smm" page-height="%2$smm"
                        margin="20mm" fox:bleed="%3$smm" fox:crop-offset="%4$smm">
                      <fo:region-body background-color="cmyk(0.1,0,0,0)"/>
                    </fo:simple-page-master>
                  </fo:layout-master-set>
                  <fo:page-sequence master-reference="page">
                    <fo:flow flow-name="xsl-region-body">
                %5$s
                    </fo:flow>
                  </fo:page-sequence>
                </fo:root>
                """.formatted(mm(trimWidthMm), mm(trimHeightMm), mm(bleedMm), mm(cropOffsetMm), body);
    }

    private static String mm(double value) {
        return String.format(Locale.ROOT, "%.2f", value);
    }
}
