package press.aurora.testing;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * Runs of text on a page with where they start and end (points, y from the top) and their font. A run's
 * {@code x} is its left edge and {@code endX} its right edge, whichever way its text reads.
 */
public final class TextRuns {

    public record Run(String text, double x, double endX, double y, String font, double size) {
        public double width() {
            return endX - x;
        }
    }

    private TextRuns() {
    }

    public static List<Run> of(PDDocument document, int page) throws IOException {
        List<Run> runs = new ArrayList<>();
        PDFTextStripper stripper = new PDFTextStripper() {
            @Override
            protected void writeString(String text, List<TextPosition> positions) throws IOException {
                if (!positions.isEmpty() && !text.isBlank()) {
                    TextPosition first = positions.get(0);
                    double x = positions.stream().mapToDouble(TextPosition::getXDirAdj).min().orElseThrow();
                    double endX = positions.stream().mapToDouble(p -> p.getXDirAdj() + p.getWidthDirAdj()).max().orElseThrow();
                    runs.add(new Run(text, x, endX, first.getYDirAdj(), first.getFont().getName(), first.getFontSizeInPt()));
                }
                super.writeString(text, positions);
            }
        };
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        stripper.getText(document);
        return runs;
    }
}
