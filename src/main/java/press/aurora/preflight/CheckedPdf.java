package press.aurora.preflight;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;

/** An open PDF under check, with where it came from, what its edition expects and the text of its pages. */
record CheckedPdf(Path file, PDDocument document, PreflightExpectations expectations, PageTexts texts) {

    CheckedPdf {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(expectations, "expectations");
        Objects.requireNonNull(texts, "texts");
    }

    /** A page with its 1-based number. */
    record NumberedPage(int number, PDPage page) {
    }

    List<NumberedPage> pages() {
        List<NumberedPage> pages = new ArrayList<>();
        int number = 1;
        for (PDPage page : document.getPages()) {
            pages.add(new NumberedPage(number++, page));
        }
        return pages;
    }

    PreflightFinding error(int page, String check, String message) {
        return new PreflightFinding(file, page, Severity.ERROR, check, message);
    }

    PreflightFinding warning(int page, String check, String message) {
        return new PreflightFinding(file, page, Severity.WARNING, check, message);
    }
}
