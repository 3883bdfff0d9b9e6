package press.aurora.pdf;

import java.io.IOException;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The slug line: a label (file and edition) and the page number, set small in the slug below the
 * BleedBox, between the crop marks, so the press can tell plates apart; it is cut off with the slug.
 *
 * <p>The font is embedded (a subset): an unembedded font, even one of the standard 14, fails
 * preflight.
 */
final class SlugLine {

    /** Type size in points: readable on a plate, small enough for a 10 mm slug. */
    static final float SIZE = 6;
    /** Space kept clear on each side, next to the vertical crop marks at the trim edges. */
    static final double INDENT_MM = 3;

    private final PDType0Font font;
    private final String label;

    SlugLine(PDType0Font font, String label) {
        this.font = font;
        this.label = label;
        try {
            font.getStringWidth(text(1, 1));
        } catch (IllegalArgumentException | IOException e) {
            throw new PrinterMarksException("the slug font " + font.getName() + " cannot set the slug label \""
                    + label + "\": " + e.getMessage());
        }
    }

    /** {@code uk.pdf · United Kingdom · page 2 of 8}. */
    String text(int page, int pages) {
        return label + " \u00b7 page " + page + " of " + pages;
    }

    void draw(PDPageContentStream content, PageBoxes boxes, int pages) throws IOException {
        String text = text(boxes.page(), pages);
        float ascent = font.getFontDescriptor().getAscent() / 1000 * SIZE;
        float descent = -font.getFontDescriptor().getDescent() / 1000 * SIZE;
        float gap = CropMarks.points(CropMarks.GAP_MM);
        if (boxes.slugBottom() < gap + ascent + descent) {
            throw new PrinterMarksException("page " + boxes.page() + ": the slug below the BleedBox is "
                    + PageBoxes.mm(boxes.slugBottom()) + " mm, too little for the slug line ("
                    + PageBoxes.mm(gap + ascent + descent) + " mm): render with a larger fox:crop-offset");
        }
        float indent = CropMarks.points(INDENT_MM);
        float width = font.getStringWidth(text) / 1000 * SIZE;
        if (width > boxes.trim().getWidth() - 2 * indent) {
            throw new PrinterMarksException("page " + boxes.page() + ": the slug line \"" + text + "\" is "
                    + PageBoxes.mm(width) + " mm long, wider than the page: shorten the label");
        }
        content.beginText();
        content.setFont(font, SIZE);
        content.newLineAtOffset(boxes.trim().getLowerLeftX() + indent, boxes.bleed().getLowerLeftY() - gap - ascent);
        content.showText(text);
        content.endText();
    }
}
