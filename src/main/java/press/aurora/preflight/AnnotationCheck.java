package press.aurora.preflight;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;

/**
 * A print file carries no links, comments or form fields: PDF/X allows annotations only for
 * printer's marks (PrinterMark) and trapping (TrapNet), which are therefore not reported.
 */
final class AnnotationCheck implements PreflightCheck {

    static final String ID = "annotation";

    private static final Set<String> ALLOWED = Set.of("PrinterMark", "TrapNet");

    /** Whether the annotation is one PDF/X allows (printer's marks, trapping) and is printed: its appearance is ink. */
    static boolean printsAsAllowedMark(PDAnnotation annotation) {
        return ALLOWED.contains(annotation.getSubtype()) && annotation.isPrinted() && !annotation.isHidden()
                && !annotation.isInvisible();
    }

    @Override
    public List<PreflightFinding> check(CheckedPdf pdf) throws IOException {
        if (!pdf.expectations().printFile()) {
            return List.of();
        }
        List<PreflightFinding> findings = new ArrayList<>();
        for (CheckedPdf.NumberedPage page : pdf.pages()) {
            Map<String, Integer> counts = new LinkedHashMap<>();
            for (PDAnnotation annotation : page.page().getAnnotations()) {
                String subtype = annotation.getSubtype() == null ? "untyped" : annotation.getSubtype();
                if (!ALLOWED.contains(subtype)) {
                    counts.merge(subtype, 1, Integer::sum);
                }
            }
            counts.forEach((subtype, count) -> findings.add(pdf.error(page.number(), ID,
                    count + " " + subtype + (count == 1 ? " annotation" : " annotations")
                            + " in a print file (only printer's marks are allowed)")));
        }
        return findings;
    }
}
