package press.aurora.preflight;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType3Font;
import org.apache.pdfbox.pdmodel.graphics.form.PDTransparencyGroup;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.util.Matrix;
import org.apache.pdfbox.util.Vector;

/**
 * Runs each page's content stream once for several {@link ContentCheck}s (then the appearances of the printer's marks
 * it prints), telling each check's
 * {@link ContentWatcher} what is painted. The findings are those of each check running the pages alone: a watcher
 * that throws is handled as PDFBox's stream engine handles a check of its own (an error it tolerates skips the rest
 * of that operation for this watcher; any other error ends the check, reported as {@code check-failed}), and an error
 * in the PDF's content itself ends every check that was reading it.
 */
final class ContentScan extends PageContentEngine {

    /** One check's result: its findings, or why it could not finish. */
    record Outcome(List<PreflightFinding> found, Exception failure) {

        List<PreflightFinding> findings() throws IOException {
            if (failure instanceof IOException e) {
                throw e;
            }
            if (failure instanceof RuntimeException e) {
                throw e;
            }
            return found;
        }
    }

    /** A watcher in the scan: failed once it could not go on, skipping while an operation it failed in runs. */
    private static final class Seat {
        final ContentWatcher watcher;
        Exception failure;
        long skippedOperation = -1;

        Seat(ContentWatcher watcher) {
            this.watcher = watcher;
        }
    }

    private interface Call {
        void on(ContentWatcher watcher) throws IOException;
    }

    private final List<Seat> seats;
    private final Deque<Long> operations = new ArrayDeque<>();
    private final Deque<Operator> operators = new ArrayDeque<>();
    private final Deque<List<COSBase>> operands = new ArrayDeque<>();
    private long operationCount;
    private int type3Depth;

    private ContentScan(PDPage page, List<Seat> seats) {
        super(page);
        this.seats = seats;
    }

    /** The outcome of each check, in the order given. */
    static List<Outcome> run(CheckedPdf pdf, List<? extends ContentCheck> checks) {
        List<Seat> seats = new ArrayList<>();
        List<Outcome> outcomes = new ArrayList<>();
        for (ContentCheck check : checks) {
            try {
                ContentWatcher watcher = check.watcher(pdf);
                seats.add(watcher == null ? null : new Seat(watcher));
            } catch (RuntimeException e) {
                Seat failed = new Seat(null);
                failed.failure = e;
                seats.add(failed);
            }
        }
        List<Seat> watching = seats.stream().filter(s -> s != null && s.failure == null).toList();
        for (CheckedPdf.NumberedPage page : pdf.pages()) {
            List<Seat> active = watching.stream().filter(s -> s.failure == null).toList();
            if (active.isEmpty()) {
                break;
            }
            ContentScan scan = new ContentScan(page.page(), active);
            scan.each(watcher -> {
                watcher.runBy(scan);
                watcher.enterPage(page.number());
            });
            try {
                scan.scan();
                scan.scanPrinterMarks();
            } catch (IOException | RuntimeException e) {
                active.stream().filter(s -> s.failure == null).forEach(s -> s.failure = e);
            }
            scan.each(ContentWatcher::endPage);
        }
        for (Seat seat : seats) {
            outcomes.add(seat == null ? new Outcome(List.of(), null)
                    : seat.failure != null ? new Outcome(List.of(), seat.failure)
                    : new Outcome(seat.watcher.findings(), null));
        }
        return outcomes;
    }

    /**
     * Runs the appearance of each printer's mark and trap network the page prints (the only annotations PDF/X allows,
     * {@link AnnotationCheck}): what they paint is ink on the plate like the page's own content.
     */
    private void scanPrinterMarks() throws IOException {
        for (PDAnnotation annotation : getPage().getAnnotations()) {
            if (AnnotationCheck.printsAsAllowedMark(annotation)) {
                showAnnotation(annotation);
            }
        }
    }

    /** Tells each watcher still reading that is not skipping the operation now run; what it throws, as above. */
    private void each(Call call) {
        for (Seat seat : seats) {
            if (seat.failure != null || seat.skippedOperation >= 0 && operations.contains(seat.skippedOperation)) {
                continue;
            }
            seat.skippedOperation = -1;
            try {
                call.on(seat.watcher);
            } catch (IOException e) {
                if (operators.isEmpty()) {
                    seat.failure = e;
                    continue;
                }
                try {
                    operatorException(operators.peek(), operands.peek(), e); // throws what PDFBox would not tolerate
                    seat.skippedOperation = operations.peek();
                } catch (IOException | RuntimeException fatal) {
                    seat.failure = fatal;
                }
            } catch (RuntimeException e) {
                seat.failure = e;
            }
        }
    }

    /** Outside Type 3 glyphs: the paint a check judges. */
    private void paint(Call call) {
        if (type3Depth == 0) {
            each(call);
        }
    }

    @Override
    protected void processOperator(Operator operator, List<COSBase> arguments) throws IOException {
        operations.push(++operationCount);
        operators.push(operator);
        operands.push(arguments);
        try {
            super.processOperator(operator, arguments);
        } finally {
            operations.pop();
            operators.pop();
            operands.pop();
        }
    }

    @Override
    public void fillPath(int windingRule) throws IOException {
        super.fillPath(windingRule);
        paint(ContentWatcher::fill);
    }

    @Override
    public void strokePath() throws IOException {
        super.strokePath();
        paint(ContentWatcher::stroke);
    }

    @Override
    public void fillAndStrokePath(int windingRule) throws IOException {
        super.fillAndStrokePath(windingRule);
        paint(watcher -> {
            watcher.fill();
            watcher.stroke();
        });
    }

    @Override
    protected void showText(byte[] string) throws IOException {
        paint(watcher -> watcher.text(string));
        if (seats.stream().anyMatch(s -> s.failure == null && s.watcher.wantsGlyphs())) {
            showGlyphs(string);
        }
    }

    @Override
    protected void showFontGlyph(Matrix textRenderingMatrix, PDFont font, int code, Vector displacement) {
        each(watcher -> {
            if (watcher.wantsGlyphs()) {
                watcher.glyph(textRenderingMatrix, font, code, displacement);
            }
        });
    }

    @Override
    protected void showType3Glyph(Matrix textRenderingMatrix, PDType3Font font, int code, Vector displacement)
            throws IOException {
        type3Depth++;
        try {
            super.showType3Glyph(textRenderingMatrix, font, code, displacement);
        } finally {
            type3Depth--;
        }
    }

    @Override
    public void drawImage(PDImage image) {
        paint(watcher -> watcher.image(image));
    }

    @Override
    public void shadingFill(COSName shadingName) {
        paint(watcher -> watcher.shading(shadingName));
    }

    /** A form that is a transparency group: the watchers hear of it, then its content is run as any form's. */
    @Override
    public void showTransparencyGroup(PDTransparencyGroup group) throws IOException {
        paint(watcher -> watcher.transparencyGroup(group));
        super.showTransparencyGroup(group);
    }
}
