package press.aurora.pdf;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.text.Normalizer2;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * Where the text of a rendered PDF sits, page by page, read back with PDFBox: the words of each
 * page, the lowest line above the footer, and the lines of text per column.
 */
public final class PdfTextLayout {

    private static final double POINTS_PER_MM = 72 / 25.4;

    private final List<PageText> pages;

    private PdfTextLayout(List<PageText> pages) {
        this.pages = List.copyOf(pages);
    }

    /** One page: its normalised words, its trimmed height, the lowest baseline above the footer (from the trim's top) and its lines. */
    public record PageText(String words, double height, double lowestBaseline, int lines, List<TextLine> textLines) {
        public PageText {
            textLines = List.copyOf(textLines);
        }

        /** Where the first line containing {@code words} sits, from the trim's top in points; -1 when absent. */
        public double depthOf(String words) {
            for (TextLine line : textLines) {
                if (line.words().contains(words)) {
                    return line.y();
                }
            }
            return -1;
        }
    }

    /** The normalised words of one printed line and its baseline, from the trim's top in points. */
    public record TextLine(double y, String words) {
    }

    /** Reads every page; text within {@code footerMm} of the bottom edge is left out of lines and fill. */
    public static PdfTextLayout read(Path pdf, double footerMm, double columnWidthPt) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            List<PageText> pages = new ArrayList<>();
            for (int page = 1; page <= document.getNumberOfPages(); page++) {
                pages.add(readPage(document, page, footerMm * POINTS_PER_MM, columnWidthPt));
            }
            return new PdfTextLayout(pages);
        }
    }

    private static PageText readPage(PDDocument document, int page, double footer, double columnWidth) throws IOException {
        var pdfPage = document.getPage(page - 1);
        var media = pdfPage.getMediaBox();
        var trim = pdfPage.getTrimBox();
        double top = media.getUpperRightY() - trim.getUpperRightY();
        double left = trim.getLowerLeftX() - media.getLowerLeftX();
        double height = trim.getHeight();
        Collector collector = new Collector(top, left, height - footer, columnWidth);
        collector.setStartPage(page);
        collector.setEndPage(page);
        String text = collector.getText(document);
        return new PageText(words(text), height, collector.lowest, collector.lineCount(), collector.textLines());
    }

    public List<PageText> pages() {
        return pages;
    }

    /**
     * Lower case letters and digits separated by single spaces; hyphens removed, also those that
     * hyphenation put at line ends, so that printed and source text compare equal. Invisible format
     * characters (the Persian zero-width non-joiner, bidi marks) are dropped, presentation forms become
     * their letters (NFKC) and digits of any script their European form (۱۹۱۷ is 1917).
     */
    public static String words(String text) {
        String joined = text.replaceAll("[-\u00AD\u2010\u2011]\\s*\\R\\s*", "").replaceAll("[-\u00AD\u2010\u2011]", "");
        String plain = Normalizer2.getNFKCInstance().normalize(joined.replaceAll("\\p{Cf}", ""));
        StringBuilder digits = new StringBuilder(plain.length());
        plain.codePoints().forEach(c -> digits.appendCodePoint(UCharacter.isDigit(c) ? '0' + UCharacter.digit(c) : c));
        return digits.toString().toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }

    /** Collects text positions above the footer: the lowest baseline and the distinct lines per column. */
    private static final class Collector extends PDFTextStripper {
        private final double top;
        private final double left;
        private final double limit;
        private final double columnWidth;
        private final Map<Integer, Set<Integer>> linesByColumn = new HashMap<>();
        private final List<TextLine> textLines = new java.util.ArrayList<>();
        private double lowest;

        /** Positions are measured from the trim box's top-left corner ({@code top}, {@code left} into the media box). */
        Collector(double top, double left, double limit, double columnWidth) throws IOException {
            this.top = top;
            this.left = left;
            this.limit = limit;
            this.columnWidth = columnWidth;
        }

        @Override
        protected void writeString(String text, List<TextPosition> positions) throws IOException {
            for (TextPosition position : positions) {
                double y = position.getYDirAdj() - top;
                if (position == positions.get(0)) {
                    textLines.add(new TextLine(y, words(text)));
                }
                if (y >= 0 && y <= limit && !position.getUnicode().isBlank()) {
                    lowest = Math.max(lowest, y);
                    int column = (int) ((position.getXDirAdj() - left) / columnWidth);
                    linesByColumn.computeIfAbsent(column, c -> new TreeSet<>()).add((int) Math.round(y));
                }
            }
            super.writeString(text, positions);
        }

        List<TextLine> textLines() {
            return textLines;
        }

        int lineCount() {
            return linesByColumn.values().stream().mapToInt(Set::size).sum();
        }
    }
}
