package press.aurora.preflight;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * A '#' in the text. FOP prints the font's '#' glyph for a character the font lacks, and a subset
 * font then maps it back to '#', so the file alone cannot tell a real '#' from a lost character:
 * the printer is warned, page by page, to look. (aurora build itself refuses such a PDF: FOP reports
 * the missing glyph while rendering.)
 */
final class HashMarkCheck implements PreflightCheck {

    static final String ID = "hash-mark";

    @Override
    public List<PreflightFinding> check(CheckedPdf pdf) throws IOException {
        List<PreflightFinding> findings = new ArrayList<>();
        for (CheckedPdf.NumberedPage page : pdf.pages()) {
            long marks = pdf.texts().of(page.number()).chars().filter(c -> c == '#').count();
            if (marks > 0) {
                findings.add(pdf.warning(page.number(), ID, marks + " '#' printed: FOP prints '#' for a character "
                        + "its font lacks; check the text there"));
            }
        }
        return findings;
    }
}
