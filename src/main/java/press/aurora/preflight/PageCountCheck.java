package press.aurora.preflight;

import java.util.List;

/** The page count fills whole sheets: a multiple of the edition's page multiple, and not zero. */
final class PageCountCheck implements PreflightCheck {

    static final String ID = "page-count";

    @Override
    public List<PreflightFinding> check(CheckedPdf pdf) {
        int pages = pdf.document().getNumberOfPages();
        int multiple = pdf.expectations().pageMultiple();
        if (pages == 0) {
            return List.of(pdf.error(PreflightFinding.DOCUMENT, ID, "the document has no pages"));
        }
        if (pages % multiple != 0) {
            return List.of(pdf.error(PreflightFinding.DOCUMENT, ID,
                    "the document has " + pages + " pages, not a multiple of " + multiple));
        }
        return List.of();
    }
}
