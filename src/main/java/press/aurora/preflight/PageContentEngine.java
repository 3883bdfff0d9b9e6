package press.aurora.preflight;

import java.awt.geom.Point2D;
import java.io.IOException;
import java.util.List;

import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;

/**
 * Runs a page's content stream, form XObjects included, and ignores everything; checks extend it
 * and override only the painting they look at. Tracks the current point (some path operators need
 * it) and the resource name of the XObject being drawn, so findings can name the image.
 */
abstract class PageContentEngine extends PDFGraphicsStreamEngine {

    private Point2D currentPoint;
    private String drawnXObject;

    PageContentEngine(PDPage page) {
        super(page);
    }

    /** Runs the whole page through this engine. */
    final void scan() throws IOException {
        processPage(getPage());
    }

    /** {@code image Im1} for an image XObject, {@code inline image} for one in the content stream. */
    final String imageLabel() {
        return drawnXObject == null ? "inline image" : "image " + drawnXObject;
    }

    @Override
    protected void processOperator(Operator operator, List<COSBase> operands) throws IOException {
        String outer = drawnXObject;
        if (operator.getName().equals("Do") && !operands.isEmpty() && operands.get(0) instanceof COSName name) {
            drawnXObject = name.getName();
        } else if (operator.getName().equals("BI")) {
            drawnXObject = null;
        }
        try {
            super.processOperator(operator, operands);
        } finally {
            drawnXObject = outer;
        }
    }

    /** {@code form Fm1} for the form XObject being shown (the innermost, in nested forms). */
    final String formLabel() {
        return drawnXObject == null ? "form" : "form " + drawnXObject;
    }

    /** Text is not drawn glyph by glyph unless a check asks for it with {@link #showGlyphs}. */
    @Override
    protected void showText(byte[] string) throws IOException {
    }

    /** Shows text code by code through {@code showGlyph} and {@code showFontGlyph}, as PDFBox does. */
    protected final void showGlyphs(byte[] string) throws IOException {
        super.showText(string);
    }

    @Override
    public void drawImage(PDImage image) throws IOException {
    }

    @Override
    public void strokePath() throws IOException {
        currentPoint = null;
    }

    @Override
    public void fillPath(int windingRule) throws IOException {
        currentPoint = null;
    }

    @Override
    public void fillAndStrokePath(int windingRule) throws IOException {
        currentPoint = null;
    }

    @Override
    public void shadingFill(COSName shadingName) throws IOException {
    }

    @Override
    public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {
        currentPoint = p0;
    }

    @Override
    public void clip(int windingRule) {
    }

    @Override
    public void moveTo(float x, float y) {
        currentPoint = new Point2D.Float(x, y);
    }

    @Override
    public void lineTo(float x, float y) {
        currentPoint = new Point2D.Float(x, y);
    }

    @Override
    public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {
        currentPoint = new Point2D.Float(x3, y3);
    }

    @Override
    public Point2D getCurrentPoint() {
        return currentPoint;
    }

    @Override
    public void closePath() {
    }

    @Override
    public void endPath() {
        currentPoint = null;
    }
}
