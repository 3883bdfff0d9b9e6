package press.aurora.pdf;

import com.ibm.icu.util.ULocale;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * The text of a rendered PDF as PDFBox reads it, extracted once: page by page, the printed lines in
 * the order they were drawn, each with where it sits measured from the trim box's top-left corner.
 * Page fit measures it; the nothing-lost check reads its lines in order.
 */
public final class PdfTextLayout {

    private static final double POINTS_PER_MM = 72 / 25.4;

    private final List<PageText> pages;

    private PdfTextLayout(List<PageText> pages) {
        this.pages = List.copyOf(pages);
    }

    /**
     * One page (1-based number): its trimmed height, its lines in drawing order, and the normalised words
     * of the whole page ({@link #words(String)}), worked out once: page fit looks for every article in them.
     */
    public record PageText(int number, double height, List<TextLine> lines, String words) {
        public PageText {
            lines = List.copyOf(lines);
        }

        public PageText(int number, double height, List<TextLine> lines) {
            this(number, height, lines, PdfTextLayout.words(String.join("\n", lines.stream().map(TextLine::text).toList())));
        }

        /** Where the first line containing {@code words} sits, from the trim's top in points; -1 when absent. */
        public double depthOf(String words) {
            for (TextLine line : lines) {
                if (PdfTextLayout.words(line.text()).contains(words)) {
                    return line.y();
                }
            }
            return -1;
        }

        /** The lowest baseline of text above the footer zone, from the trim's top in points (0 when none). */
        public double lowestBaseline(double footerMm) {
            double limit = height - footerMm * POINTS_PER_MM;
            return lines.stream().filter(l -> l.y() >= 0 && l.y() <= limit).mapToDouble(TextLine::y).max().orElse(0);
        }

        /** Lines of text above the footer zone, counted per column of {@code columnWidthPt}. */
        public int lineCount(double footerMm, double columnWidthPt) {
            double limit = height - footerMm * POINTS_PER_MM;
            Set<String> columnLines = new HashSet<>();
            for (TextLine line : lines) {
                if (line.y() >= 0 && line.y() <= limit) {
                    int first = (int) (line.minX() / columnWidthPt);
                    int last = (int) (line.maxX() / columnWidthPt);
                    for (int column = first; column <= last; column++) {
                        columnLines.add(column + ":" + Math.round(line.y()));
                    }
                }
            }
            return columnLines.size();
        }
    }

    /**
     * One printed line as PDFBox groups it: its text (words separated by spaces, hyphens as printed),
     * its baseline from the trim's top, and the horizontal extent of its glyphs from the trim's left, in points.
     */
    public record TextLine(double y, double minX, double maxX, String text) {
    }

    /** A layout of the given pages, as {@link #read} would make it. */
    static PdfTextLayout of(List<PageText> pages) {
        return new PdfTextLayout(pages);
    }

    /** Reads the text of every page of an open document. */
    public static PdfTextLayout read(PDDocument document) throws IOException {
        String language = document.getDocumentCatalog().getLanguage();
        Collector collector = new Collector(language != null && ULocale.forLanguageTag(language).isRightToLeft());
        collector.setSortByPosition(false);
        // PDFBox looks for each glyph among those already drawn nearby, to drop text drawn twice over itself
        // (fake bold). FOP never draws so: the search found nothing and cost a quarter of the extraction.
        collector.setSuppressDuplicateOverlappingText(false);
        collector.getText(document);
        return new PdfTextLayout(collector.pages);
    }

    public List<PageText> pages() {
        return pages;
    }

    /** Every line of the document in drawing order, page after page. */
    public List<TextLine> lines() {
        return pages.stream().flatMap(p -> p.lines().stream()).toList();
    }

    /**
     * Lower case letters and digits separated by single spaces; hyphens removed, also those that
     * hyphenation put at line ends, so that printed and source text compare equal.
     */
    public static String words(String text) {
        return PrintedText.words(text);
    }

    /** Collects the lines of each page with their position relative to the trim box. */
    private static final class Collector extends PDFTextStripper {
        private final List<PageText> pages = new ArrayList<>();
        private List<TextLine> lines;
        private final StringBuilder text = new StringBuilder();
        /** The line's glyphs, read in reading order when the document is right to left; null when it is not. */
        private final RightToLeftLine rightToLeft;
        private double top;
        private double left;
        private double height;
        private double y;
        private double minX;
        private double maxX;
        private boolean placed;

        /** @param rightToLeft the document's language is written right to left (its /Lang) */
        Collector(boolean rightToLeft) throws IOException {
            this.rightToLeft = rightToLeft ? new RightToLeftLine() : null;
        }

        @Override
        protected void startPage(PDPage page) throws IOException {
            var media = page.getMediaBox();
            var trim = page.getTrimBox();
            top = media.getUpperRightY() - trim.getUpperRightY();
            left = trim.getLowerLeftX() - media.getLowerLeftX();
            height = trim.getHeight();
            lines = new ArrayList<>();
            super.startPage(page);
        }

        @Override
        protected void writeString(String string, List<TextPosition> positions) throws IOException {
            for (TextPosition position : positions) {
                if (position.getUnicode().isBlank()) {
                    continue;
                }
                double x = position.getXDirAdj() - left;
                if (!placed) {
                    placed = true;
                    y = position.getYDirAdj() - top;
                    minX = x;
                    maxX = x;
                } else {
                    minX = Math.min(minX, x);
                    maxX = Math.max(maxX, x);
                }
            }
            text.append(string);
            if (rightToLeft != null) {
                rightToLeft.add(positions);
            }
        }

        @Override
        protected void writeWordSeparator() {
            text.append(' ');
        }

        @Override
        protected void writeLineSeparator() {
            endLine();
        }

        @Override
        protected void endPage(PDPage page) throws IOException {
            endLine();
            pages.add(new PageText(getCurrentPageNo(), height, lines));
            super.endPage(page);
        }

        private void endLine() {
            if (placed) {
                lines.add(new TextLine(y, minX, maxX, rightToLeft != null ? rightToLeft.readingOrder() : text.toString()));
            }
            text.setLength(0);
            if (rightToLeft != null) {
                rightToLeft.clear();
            }
            placed = false;
        }
    }
}
