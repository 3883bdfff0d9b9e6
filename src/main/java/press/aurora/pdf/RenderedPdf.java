package press.aurora.pdf;

import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdfwriter.compress.CompressParameters;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import press.aurora.io.PartialFile;

/**
 * One rendered PDF, loaded once by PDFBox and shared by every step that reads or changes it: page fit
 * and the nothing-lost check read its text layout (extracted once, as rendered), printer marks draw
 * on its pages, preflight reads it. It lives in memory until {@link #writeTo(Path)} writes it once,
 * so a check that fails leaves no file behind.
 *
 * <pre>{@code
 * try (RenderedPdf pdf = RenderedPdf.of(bytes)) {
 *     PageFit fit = analyzer.analyze(pdf.layout(), pages, probes);
 *     marks.addTo(pdf);
 *     pdf.writeTo(target);
 * }
 * }</pre>
 */
public final class RenderedPdf implements Closeable {

    private final byte[] rendered;
    private final PDDocument document;
    private final float headerVersion;
    private PdfTextLayout layout;
    private boolean changed;
    /** The layout is the document's text when it was read, and every change since is in {@link #drawn}: page texts need no extraction. */
    private boolean textKnown = true;
    /** Text drawn on each page after rendering (index 0 = page 1). */
    private final List<StringBuilder> drawn = new ArrayList<>();

    private RenderedPdf(byte[] rendered, PDDocument document) {
        this.rendered = rendered;
        this.document = document;
        this.headerVersion = document.getDocument().getVersion();
    }

    /** Loads the bytes FOP wrote. */
    public static RenderedPdf of(byte[] pdf) throws IOException {
        return new RenderedPdf(pdf, Loader.loadPDF(pdf));
    }

    /** Loads a PDF file into memory (the file is not held open). */
    public static RenderedPdf read(Path file) throws IOException {
        return of(Files.readAllBytes(file));
    }

    /** The open document, for the checks that read it and the steps that change it. */
    public PDDocument document() {
        return document;
    }

    public int pageCount() {
        return document.getNumberOfPages();
    }

    /** The text layout, extracted on first use; page fit asks first, so it is the text as rendered. */
    public synchronized PdfTextLayout layout() throws IOException {
        if (layout == null) {
            layout = PdfTextLayout.read(document);
            textKnown = true; // read from the document as it is now, whatever changed it before
            drawn.clear();
        }
        return layout;
    }

    /** Says that the document was changed, so that it is saved rather than written as rendered. */
    public synchronized void changed() {
        changed = true;
        textKnown = false;
    }

    /**
     * Says that the document was changed by drawing {@code texts} (one per page, in page order; empty
     * where a page got no text), so that the page texts are still known without extracting them again.
     */
    synchronized void changedByDrawing(List<String> texts) {
        boolean known = textKnown && layout != null;
        changed();
        textKnown = known;
        for (int i = 0; i < texts.size(); i++) {
            while (drawn.size() <= i) {
                drawn.add(new StringBuilder());
            }
            drawn.get(i).append('\n').append(texts.get(i));
        }
    }

    /**
     * The printed characters of a page (from 1) as a text stripper reads the document now: the text as
     * rendered and what was drawn on it since, when both are known, else extracted again.
     */
    public synchronized String pageText(int page) throws IOException {
        if (!textKnown || layout == null) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setStartPage(page);
            stripper.setEndPage(page);
            return stripper.getText(document);
        }
        StringBuilder text = new StringBuilder();
        for (PdfTextLayout.TextLine line : layout.pages().get(page - 1).lines()) {
            text.append(line.text()).append('\n');
        }
        return page <= drawn.size() ? text.append(drawn.get(page - 1)).toString() : text.toString();
    }

    /** The rendered bytes when nothing changed them, else the document saved as {@link #save} describes. */
    public void writeTo(OutputStream out) throws IOException {
        if (changed) {
            save(document, headerVersion, out);
        } else {
            out.write(rendered);
        }
    }

    /** Writes the file whole or not at all (through {@link PartialFile}). */
    public void writeTo(Path file) throws IOException {
        PartialFile.write(file, this::writeTo);
    }

    /**
     * A full save that keeps the file's PDF/X conformance: the header version as it was read, and
     * no compression into object streams (which would need PDF 1.5 and make PDFBox raise the
     * header to 1.6, outside PDF/X-3's PDF 1.3/1.4). The version is set on the COSDocument, the
     * header, and not through {@code PDDocument.setVersion}, which would add a catalog /Version.
     */
    private static void save(PDDocument document, float headerVersion, OutputStream out) throws IOException {
        document.getDocument().setVersion(headerVersion);
        document.save(out, CompressParameters.NO_COMPRESSION);
    }

    @Override
    public void close() throws IOException {
        document.close();
    }
}
