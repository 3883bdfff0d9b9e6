package press.aurora.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.junit.jupiter.api.Test;

class CropMarksTest {

    private static final float MM = (float) PageBoxes.POINTS_PER_MM;

    /** A4 trim at the origin, 3 mm bleed, 10 mm crop offset: what FOP writes for fox:crop-offset="10mm". */
    private static PageBoxes a4(double cropOffsetMm) {
        return new PageBoxes(1, around(cropOffsetMm), around(3), around(0));
    }

    private static PDRectangle around(double mm) {
        return new PDRectangle((float) (-mm * MM), (float) (-mm * MM),
                (float) ((210 + 2 * mm) * MM), (float) ((297 + 2 * mm) * MM));
    }

    @Test
    void marksEachTrimCornerWithTwoLinesAlongTheTrimEdges() {
        List<CropMarks.Line> lines = CropMarks.of(a4(10));

        assertThat(lines).hasSize(8);
        float right = 210 * MM;
        float top = 297 * MM;
        long horizontal = lines.stream().filter(l -> l.y1() == l.y2() && (l.y1() == 0 || l.y1() == top)).count();
        long vertical = lines.stream().filter(l -> l.x1() == l.x2() && (l.x1() == 0 || l.x1() == right)).count();
        assertThat(horizontal).isEqualTo(4);
        assertThat(vertical).isEqualTo(4);
    }

    @Test
    void keepsEveryMarkInTheSlugAtLeastTheBleedFromTheTrim() {
        PageBoxes boxes = a4(10);
        for (CropMarks.Line line : CropMarks.of(boxes)) {
            for (float[] end : new float[][] {{line.x1(), line.y1()}, {line.x2(), line.y2()}}) {
                assertThat(inside(boxes.bleed(), end, 0.9f * MM)).as("%s is 1 mm outside the BleedBox", line).isFalse();
                assertThat(inside(boxes.media(), end, 0)).as("%s is inside the MediaBox", line).isTrue();
            }
        }
    }

    @Test
    void drawsFiveMillimetreMarksWhereTheSlugHasRoom() {
        CropMarks.Line lowerLeft = CropMarks.of(a4(10)).get(0);

        assertThat(lowerLeft.x1() / MM).isCloseTo(-4, org.assertj.core.data.Offset.offset(0.01f));
        assertThat(lowerLeft.x2() / MM).isCloseTo(-9, org.assertj.core.data.Offset.offset(0.01f));
    }

    @Test
    void shortensMarksToFitANarrowSlug() {
        CropMarks.Line lowerLeft = CropMarks.of(a4(7)).get(0);

        assertThat(lowerLeft.x2() / MM).isCloseTo(-7, org.assertj.core.data.Offset.offset(0.01f));
    }

    @Test
    void refusesASlugTooNarrowForMarks() {
        assertThatThrownBy(() -> CropMarks.of(a4(5)))
                .isInstanceOf(PrinterMarksException.class)
                .hasMessage("page 1: the slug left of the BleedBox is 2.0 mm; crop marks need at least 3.0 mm"
                        + " beyond the bleed: render with a larger fox:crop-offset");
    }

    private static boolean inside(PDRectangle box, float[] point, float slack) {
        return point[0] > box.getLowerLeftX() - slack && point[0] < box.getUpperRightX() + slack
                && point[1] > box.getLowerLeftY() - slack && point[1] < box.getUpperRightY() + slack;
    }
}
