package press.aurora.pdf;

import java.io.OutputStream;
import java.io.StringReader;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.xml.transform.stream.StreamSource;
import net.sf.saxon.s9api.Processor;
import net.sf.saxon.s9api.SaxonApiException;
import net.sf.saxon.s9api.XdmNode;

/**
 * The first rendering in a process costs FOP about 0.7 s more than the next ones (measured: 1.0 s
 * against 0.25–0.3 s warm): its classes load and initialise, the fonts and hyphenation patterns
 * are read, the PDF/X output is set up. When a core would otherwise wait (one edition on a machine
 * of two), a small document in the edition's fonts, language and PDF standard is rendered on it, once
 * per process, while the edition's XML and FO are made; its PDF is thrown away. Nothing it does reaches
 * another rendering: each has its own fonts and user agent, and hyphenation patterns are loaded by
 * key ({@link PdfRenderer#prepareHyphenation}).
 */
final class FopWarmUp {

    private static final String SENTENCE = "Printers set the columns of a broadsheet justified, hyphenating long words "
            + "where a line would otherwise gape, and they keep headings with the paragraphs that follow them. ";

    private final AtomicBoolean started = new AtomicBoolean();

    /** Starts the warm-up rendering on a thread of its own, unless one was started before. */
    void start(PdfRenderer renderer, Processor processor, String language, String country, RenderProfile profile) {
        if (!started.compareAndSet(false, true)) {
            return;
        }
        Thread thread = new Thread(() -> {
            try {
                renderer.prepareHyphenation(language, country);
                renderer.renderWithFop(document(processor, language, country), new PdfMetadata("Warm-up", "Aurora press", "Warm-up", "warm-up",
                        Instant.EPOCH), profile, OutputStream.nullOutputStream());
            } catch (RuntimeException e) {
                // only time was at stake: the edition's own rendering reports what is wrong
            }
        }, "fop-warm-up");
        thread.setDaemon(true);
        thread.start();
    }

    private static XdmNode document(Processor processor, String language, String country) {
        StringBuilder paragraphs = new StringBuilder();
        for (int i = 0; i < 5; i++) {
            paragraphs.append("<fo:block text-indent=\"3mm\">").append(SENTENCE.repeat(3))
                    .append("<fo:inline font-style=\"italic\">").append(SENTENCE).append("</fo:inline>")
                    .append("<fo:inline font-weight=\"bold\">").append(SENTENCE).append("</fo:inline></fo:block>");
        }
        String fo = "<fo:root xmlns:fo=\"http://www.w3.org/1999/XSL/Format\" font-family=\"Noto Serif\" font-size=\"8.8pt\""
                + " line-height=\"11.2pt\" language=\"" + language + "\" country=\"" + country + "\">"
                + "<fo:layout-master-set><fo:simple-page-master master-name=\"page\" page-width=\"297mm\" page-height=\"420mm\""
                + " margin=\"12mm\"><fo:region-body column-count=\"5\" column-gap=\"4mm\"/></fo:simple-page-master>"
                + "</fo:layout-master-set><fo:page-sequence master-reference=\"page\"><fo:flow flow-name=\"xsl-region-body\""
                + " hyphenate=\"true\" text-align=\"justify\">"
                + "<fo:block font-family=\"Roboto Condensed\" font-weight=\"bold\" font-size=\"24pt\" keep-with-next=\"always\""
                + " hyphenate=\"false\" text-align=\"left\">Warming up the press</fo:block>"
                + "<fo:block font-family=\"Roboto Condensed\" font-style=\"italic\">" + SENTENCE + "</fo:block>"
                + paragraphs + "</fo:flow></fo:page-sequence></fo:root>";
        try {
            return processor.newDocumentBuilder().build(new StreamSource(new StringReader(fo)));
        } catch (SaxonApiException e) {
            throw new IllegalStateException("the warm-up document is not well-formed", e);
        }
    }
}
