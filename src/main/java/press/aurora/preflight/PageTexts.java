package press.aurora.preflight;

import java.io.IOException;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * The printed characters of each page of the PDF under check (pages numbered from 1), as PDFBox's
 * text stripper reads them; how words and lines are separated is not part of it. A build that has
 * extracted the text already hands it over instead of having it extracted again.
 */
@FunctionalInterface
public interface PageTexts {

    String of(int page) throws IOException;

    /** Extracted from the document, page by page, when asked. */
    static PageTexts extractedFrom(PDDocument document) {
        return page -> {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setStartPage(page);
            stripper.setEndPage(page);
            return stripper.getText(document);
        };
    }
}
