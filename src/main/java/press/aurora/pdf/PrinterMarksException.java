package press.aurora.pdf;

/**
 * Printer marks cannot be added to a print file as it is: a page has no TrimBox or BleedBox, no
 * slug outside the BleedBox to hold the marks, or a slug label the slug font cannot show. The
 * message names the page and what to change (usually a larger {@code fox:crop-offset}).
 */
public final class PrinterMarksException extends RuntimeException {

    public PrinterMarksException(String message) {
        super(message);
    }
}
