package press.aurora.pdf;

import java.util.List;

/**
 * Where the eight crop (trim) marks of a page go: at each corner of the TrimBox, one line along
 * the horizontal trim edge, out to the left or right, and one along the vertical edge, up or down.
 *
 * <p>Each line lies wholly in the slug: it starts {@link #GAP_MM} beyond the BleedBox (so it is
 * at least the bleed away from the trim and never shows on the trimmed page, even if the cut
 * strays into the bleed) and runs {@link #LENGTH_MM} outwards, shortened to fit the MediaBox. A
 * slug too narrow for a {@link #MIN_LENGTH_MM} line is a {@link PrinterMarksException}.
 */
final class CropMarks {

    /** Space between the BleedBox and the start of each mark. */
    static final double GAP_MM = 1;
    /** Length of a mark where the slug has room: the common 5 mm. */
    static final double LENGTH_MM = 5;
    /** The shortest mark still useful to a guillotine operator. */
    static final double MIN_LENGTH_MM = 2;

    /** One straight mark from (x1, y1) to (x2, y2), in default user space. */
    record Line(float x1, float y1, float x2, float y2) {
    }

    private CropMarks() {
    }

    static List<Line> of(PageBoxes boxes) {
        float gap = points(GAP_MM);
        float left = boxes.trim().getLowerLeftX();
        float right = boxes.trim().getUpperRightX();
        float bottom = boxes.trim().getLowerLeftY();
        float top = boxes.trim().getUpperRightY();
        float towardsLeft = length(boxes, boxes.slugLeft(), "left of");
        float towardsRight = length(boxes, boxes.slugRight(), "right of");
        float upwards = length(boxes, boxes.slugTop(), "above");
        float downwards = length(boxes, boxes.slugBottom(), "below");
        float outerLeft = boxes.bleed().getLowerLeftX() - gap;
        float outerRight = boxes.bleed().getUpperRightX() + gap;
        float outerBottom = boxes.bleed().getLowerLeftY() - gap;
        float outerTop = boxes.bleed().getUpperRightY() + gap;
        return List.of(
                // lower left corner
                new Line(outerLeft, bottom, outerLeft - towardsLeft, bottom),
                new Line(left, outerBottom, left, outerBottom - downwards),
                // lower right
                new Line(outerRight, bottom, outerRight + towardsRight, bottom),
                new Line(right, outerBottom, right, outerBottom - downwards),
                // upper left
                new Line(outerLeft, top, outerLeft - towardsLeft, top),
                new Line(left, outerTop, left, outerTop + upwards),
                // upper right
                new Line(outerRight, top, outerRight + towardsRight, top),
                new Line(right, outerTop, right, outerTop + upwards));
    }

    /** The mark length a slug allows; {@code where} is its place, as in "left of" the BleedBox. */
    private static float length(PageBoxes boxes, float slug, String where) {
        float room = slug - points(GAP_MM);
        if (room < points(MIN_LENGTH_MM)) {
            throw new PrinterMarksException("page " + boxes.page() + ": the slug " + where + " the BleedBox is "
                    + PageBoxes.mm(slug) + " mm; crop marks need at least "
                    + PageBoxes.mm(points(GAP_MM + MIN_LENGTH_MM)) + " mm beyond the bleed: render with a larger"
                    + " fox:crop-offset");
        }
        return Math.min(room, points(LENGTH_MM));
    }

    static float points(double millimetres) {
        return (float) (millimetres * PageBoxes.POINTS_PER_MM);
    }
}
