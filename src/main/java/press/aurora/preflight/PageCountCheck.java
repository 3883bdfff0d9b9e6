package press.aurora.preflight;

import java.util.List;

/**
 * The page count fills whole sheets (a multiple of the edition's page multiple, and not zero) and is one the
 * edition is printed on, when that is known: a 4-page file for a 2-page edition is not what the printer was booked for.
 */
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
                    "the document has " + count(pages) + ", not a multiple of " + multiple));
        }
        int fewest = pdf.expectations().minPages();
        int most = pdf.expectations().maxPages();
        if (most > 0 && (pages < fewest || pages > most)) {
            return List.of(pdf.error(PreflightFinding.DOCUMENT, ID, "the document has " + count(pages) + "; the edition is printed on "
                    + (fewest == most ? String.valueOf(most) : fewest + " to " + most) + " pages"));
        }
        return List.of();
    }

    /** {@code 1 page}, {@code 3 pages}. */
    private static String count(int pages) {
        return pages + (pages == 1 ? " page" : " pages");
    }
}
