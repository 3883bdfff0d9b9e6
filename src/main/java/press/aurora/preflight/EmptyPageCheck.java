package press.aurora.preflight;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;

/**
 * Every page prints something: visible text, an image or a painted path or shading. A page that
 * only sets up graphics state, clips or shows invisible text comes out of the press blank.
 */
final class EmptyPageCheck implements PreflightCheck {

    static final String ID = "empty-page";

    @Override
    public List<PreflightFinding> check(CheckedPdf pdf) throws IOException {
        List<PreflightFinding> findings = new ArrayList<>();
        for (CheckedPdf.NumberedPage page : pdf.pages()) {
            MarkDetector marks = new MarkDetector(page.page());
            try {
                marks.scan();
            } catch (MarkDetector.Found found) {
                // the rest of the page need not be read
            }
            if (!marks.found) {
                findings.add(pdf.error(page.number(), ID, "the page is empty: no text, images or drawings"));
            }
        }
        return findings;
    }

    /** Reads a page's content until the first mark; then stops it with {@link Found}. */
    private static final class MarkDetector extends PageContentEngine {

        /** Thrown through PDFBox's stream engine, which lets unchecked exceptions pass, to stop reading. */
        private static final class Found extends RuntimeException {
            Found() {
                super(null, null, false, false);
            }
        }

        private boolean found;

        MarkDetector(PDPage page) {
            super(page);
        }

        @Override
        protected void processOperator(org.apache.pdfbox.contentstream.operator.Operator operator,
                                       java.util.List<org.apache.pdfbox.cos.COSBase> operands) throws IOException {
            super.processOperator(operator, operands);
            if (found) {
                throw new Found();
            }
        }

        @Override
        protected void showText(byte[] string) {
            if (string.length > 0 && getGraphicsState().getTextState().getRenderingMode() != RenderingMode.NEITHER) {
                found = true;
            }
        }

        @Override
        public void drawImage(PDImage image) {
            found = true;
        }

        @Override
        public void strokePath() throws IOException {
            super.strokePath();
            found = true;
        }

        @Override
        public void fillPath(int windingRule) throws IOException {
            super.fillPath(windingRule);
            found = true;
        }

        @Override
        public void fillAndStrokePath(int windingRule) throws IOException {
            super.fillAndStrokePath(windingRule);
            found = true;
        }

        @Override
        public void shadingFill(COSName shadingName) {
            found = true;
        }
    }
}
