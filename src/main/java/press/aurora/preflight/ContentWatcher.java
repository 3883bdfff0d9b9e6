package press.aurora.preflight;

import java.io.IOException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.form.PDTransparencyGroup;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;
import org.apache.pdfbox.pdmodel.graphics.state.PDGraphicsState;
import org.apache.pdfbox.util.Matrix;
import org.apache.pdfbox.util.Vector;

/**
 * What one {@link ContentCheck} looks at while a PDF's pages are run ({@link ContentScan}): it hears each painting
 * operation as it happens, reads the graphics state of that moment, and keeps its findings. It hears nothing of
 * what a Type 3 glyph's own content paints, except the glyphs shown in it.
 */
abstract class ContentWatcher {

    private ContentScan scan;
    private int page;
    private final Set<PreflightFinding> findings = new LinkedHashSet<>();

    /** The scan of the page now run; set by the scan before the page's first operation. */
    final void runBy(ContentScan pageScan) {
        this.scan = pageScan;
    }

    final PDGraphicsState graphicsState() {
        return scan.getGraphicsState();
    }

    final PDResources resources() {
        return scan.getResources();
    }

    /** {@code image Im1} for an image XObject, {@code inline image} for one in the content stream. */
    final String imageLabel() {
        return scan.imageLabel();
    }

    /** {@code form Fm1} for the form XObject being shown. */
    final String formLabel() {
        return scan.formLabel();
    }

    /**
     * {@code image Im2 (CMYK, 1600 x 1200 px, placed 109.0 x 81.8 mm)}: the image as its drawing now places it,
     * so that an editor can tell which picture of the page is meant; {@code kind} (may be empty) comes first.
     */
    final String placedImageLabel(PDImage image, String kind) {
        return imageLabel() + " (" + (kind.isEmpty() ? "" : kind + ", ") + image.getWidth() + " x " + image.getHeight()
                + " px, placed " + Millimetres.format(Millimetres.of(placedWidthPoints())) + " x "
                + Millimetres.format(Millimetres.of(placedHeightPoints())) + " mm)";
    }

    /** The width, in points, of the unit square the current transformation matrix maps an image to. */
    final double placedWidthPoints() {
        Matrix ctm = graphicsState().getCurrentTransformationMatrix();
        return Math.hypot(ctm.getScaleX(), ctm.getShearY());
    }

    /** The height, in points, of the unit square the current transformation matrix maps an image to. */
    final double placedHeightPoints() {
        Matrix ctm = graphicsState().getCurrentTransformationMatrix();
        return Math.hypot(ctm.getShearX(), ctm.getScaleY());
    }

    /** A page begins (1-based number): the scan calls it before the page's first operation. */
    final void enterPage(int number) {
        page = number;
        startPage(number);
    }

    /** The number of the page now run, from 1. */
    final int page() {
        return page;
    }

    /** Keeps a finding, once however often it is found. */
    final void report(PreflightFinding finding) {
        findings.add(finding);
    }

    /** A page begins (1-based number). */
    void startPage(int number) {
    }

    /** The page is done. */
    void endPage() {
    }

    /** A path is filled (also when it is filled and stroked: then {@link #stroke} follows). */
    void fill() throws IOException {
    }

    void stroke() throws IOException {
    }

    /** A string of text is shown, before its glyphs. */
    void text(byte[] string) throws IOException {
    }

    /** Whether this watcher hears each glyph ({@link #glyph}): showing text glyph by glyph costs time. */
    boolean wantsGlyphs() {
        return false;
    }

    /** A glyph of a font other than Type 3, as PDFBox's stream engine shows it. */
    void glyph(Matrix textRenderingMatrix, PDFont font, int code, Vector displacement) throws IOException {
    }

    void image(PDImage image) throws IOException {
    }

    void shading(COSName shadingName) throws IOException {
    }

    /**
     * A form XObject that is a transparency group ({@code /Group /S /Transparency}) is shown, on a page or in
     * another form; what its content paints follows, heard as any other painting.
     */
    void transparencyGroup(PDTransparencyGroup group) throws IOException {
    }

    /** What it found, in page order. */
    final List<PreflightFinding> findings() {
        return List.copyOf(findings);
    }
}
