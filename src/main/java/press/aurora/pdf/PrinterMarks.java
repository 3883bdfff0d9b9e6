package press.aurora.pdf;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDPageContentStream.AppendMode;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDPropertyList;

/**
 * Adds printer marks to a print PDF that FOP rendered with {@code fox:bleed} and
 * {@code fox:crop-offset}: the eight crop marks at the TrimBox corners on every page and,
 * optionally, a slug line. Everything is drawn in the slug, outside the BleedBox, so nothing shows
 * on the trimmed page.
 *
 * <pre>{@code
 * PrinterMarks.cropMarks()
 *         .withSlugLine(styles.resolve(PrinterMarks.SLUG_FONT), "uk.pdf · United Kingdom")
 *         .addTo(pdf);
 * }</pre>
 *
 * <p>The marks are drawn on the loaded document ({@link RenderedPdf}); it is saved so that it stays the
 * PDF/X file it was (see {@link RenderedPdf#writeTo(java.io.OutputStream)}), and the catalog's
 * OutputIntents and XMP metadata are left as they are.
 */
public final class PrinterMarks {

    /** The slug line's font, relative to the styles folder. */
    public static final String SLUG_FONT = "fonts/roboto-condensed/RobotoCondensed-Regular.ttf";

    /** Hairline weight printers ask for: visible on the plate, thin enough to cut on exactly. */
    static final float LINE_WIDTH = 0.25f;

    /**
     * 100% K only (DeviceCMYK 0 0 0 1), not registration black (1 1 1 1): newspaper printers ask
     * for K-only marks, 400% ink on newsprint smears and is flagged by total-ink checks, and a true
     * registration colour would need a Separation "All", which preflight queries as a spot colour.
     */
    private static final float[] MARK_CMYK = {0, 0, 0, 1};


    private final Path slugFont;
    private final String slugLabel;

    private PrinterMarks(Path slugFont, String slugLabel) {
        this.slugFont = slugFont;
        this.slugLabel = slugLabel;
    }

    /** Crop marks only. */
    public static PrinterMarks cropMarks() {
        return new PrinterMarks(null, null);
    }

    /**
     * Crop marks and a slug line on every page: {@code label · page N of M}, set in the given
     * TrueType font (embedded as a subset), such as {@link #SLUG_FONT} in the styles folder.
     */
    public PrinterMarks withSlugLine(Path trueTypeFont, String label) {
        Objects.requireNonNull(trueTypeFont, "trueTypeFont");
        Objects.requireNonNull(label, "label");
        if (label.isBlank() || label.chars().anyMatch(Character::isISOControl)) {
            throw new IllegalArgumentException("slug label must be one line of text, was \"" + label + "\"");
        }
        return new PrinterMarks(trueTypeFont, label.strip());
    }

    /**
     * Marks every page of a rendered PDF in memory; it is saved when written.
     *
     * @return the number of pages marked
     * @throws PrinterMarksException when a page has no slug for the marks
     */
    public int addTo(RenderedPdf pdf) throws IOException {
        List<String> slugs = mark(pdf.document());
        pdf.changedByDrawing(slugs);
        return slugs.size();
    }

    /**
     * Marks every page of the file {@code pdf} and replaces it atomically.
     *
     * @return the number of pages marked
     * @throws PrinterMarksException when a page has no slug for the marks; the file is unchanged
     * @throws IOException when the file cannot be read or written; the file is unchanged
     */
    public int addTo(Path pdf) throws IOException {
        try (RenderedPdf rendered = RenderedPdf.read(pdf)) {
            int pages = addTo(rendered);
            rendered.writeTo(pdf);
            return pages;
        }
    }

    /** Marks every page; the text drawn on each (its slug line, or nothing). */
    private List<String> mark(PDDocument document) throws IOException {
        int pages = document.getNumberOfPages();
        List<PageBoxes> boxes = new ArrayList<>();
        for (int i = 0; i < pages; i++) {
            boxes.add(PageBoxes.of(document.getPage(i), i + 1));
        }
        List<List<CropMarks.Line>> marks = boxes.stream().map(CropMarks::of).toList();
        SlugLine slug = slugFont == null ? null : new SlugLine(SlugLine.embed(document, slugFont, slugLabel), slugLabel);
        PDPropertyList productionAid = productionAid();
        List<String> drawn = new ArrayList<>();
        for (int i = 0; i < pages; i++) {
            try (PDPageContentStream content =
                         new PDPageContentStream(document, document.getPage(i), AppendMode.APPEND, true, true)) {
                content.beginMarkedContent(COSName.ARTIFACT, productionAid);
                content.saveGraphicsState();
                drawCropMarks(content, marks.get(i));
                if (slug != null) {
                    content.setNonStrokingColor(MARK_CMYK[0], MARK_CMYK[1], MARK_CMYK[2], MARK_CMYK[3]);
                    drawn.add(slug.draw(content, boxes.get(i), pages));
                } else {
                    drawn.add("");
                }
                content.restoreGraphicsState();
                content.endMarkedContent();
            }
        }
        return drawn;
    }

    private static void drawCropMarks(PDPageContentStream content, List<CropMarks.Line> lines) throws IOException {
        content.setStrokingColor(MARK_CMYK[0], MARK_CMYK[1], MARK_CMYK[2], MARK_CMYK[3]);
        content.setLineWidth(LINE_WIDTH);
        content.setLineCapStyle(0);
        for (CropMarks.Line line : lines) {
            content.moveTo(line.x1(), line.y1());
            content.lineTo(line.x2(), line.y2());
        }
        content.stroke();
    }

    /**
     * {@code /Artifact <</Type /Page>>}: the PDF reference's own words for "production aids
     * extraneous to the document itself, such as cut marks and colour bars", so tools that honour
     * artifacts (accessibility checkers, reflow, prepress editors) can tell the marks from the page.
     */
    private static PDPropertyList productionAid() {
        COSDictionary properties = new COSDictionary();
        properties.setItem(COSName.TYPE, COSName.PAGE);
        return PDPropertyList.create(properties);
    }
}
