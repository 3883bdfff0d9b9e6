package press.aurora.preflight;

import static org.assertj.core.api.Assertions.assertThat;
import static press.aurora.preflight.PrintPdf.A4_PRINT;
import static press.aurora.preflight.PrintPdf.mm;

import java.io.IOException;
import java.nio.file.Path;

import org.apache.pdfbox.pdmodel.PDPage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PageBoxCheckTest {

    @TempDir
    Path dir;

    private final Preflight preflight = new Preflight();

    @Test
    void reportsMissingTrimBox() throws IOException {
        try (PrintPdf pdf = PrintPdf.a4(4)) {
            pdf.page(1).setTrimBox(null);
            Path file = pdf.save(dir, "no-trim.pdf");

            assertThat(preflight.check(file, A4_PRINT)).containsExactly(
                    new PreflightFinding(file, 1, Severity.ERROR, "trimbox-missing", "the page has no TrimBox"));
        }
    }

    @Test
    void reportsTrimBoxOfTheWrongSize() throws IOException {
        try (PrintPdf pdf = PrintPdf.a4(4)) {
            pdf.page(2).setTrimBox(mm(8, 3, 200, 297));
            Path file = pdf.save(dir, "narrow-trim.pdf");

            assertThat(preflight.check(file, A4_PRINT)).containsExactly(new PreflightFinding(file, 2, Severity.ERROR,
                    "trimbox-size", "the TrimBox is 200.0 x 297.0 mm, expected 210.0 x 297.0 mm"));
        }
    }

    @Test
    void acceptsTrimBoxWithinATenthOfAMillimetre() throws IOException {
        try (PrintPdf pdf = PrintPdf.a4(4)) {
            pdf.page(2).setTrimBox(mm(3.04, 3.04, 209.92, 296.92));
            Path file = pdf.save(dir, "near-trim.pdf");

            assertThat(preflight.check(file, A4_PRINT)).isEmpty();
        }
    }

    @Test
    void comparesTheTrimSizeOfAQuarterTurnedPageTurned() throws IOException {
        try (PrintPdf pdf = PrintPdf.a4(4)) {
            PDPage page = pdf.page(3);
            page.setMediaBox(mm(0, 0, 303, 216));
            page.setBleedBox(mm(0, 0, 303, 216));
            page.setTrimBox(mm(3, 3, 297, 210));
            page.setRotation(90);
            Path file = pdf.save(dir, "turned.pdf");

            assertThat(preflight.check(file, A4_PRINT)).isEmpty();
        }
    }

    @Test
    void skipsTheTrimSizeWhenTheEditionDoesNotKnowIt() throws IOException {
        try (PrintPdf pdf = PrintPdf.a4(4)) {
            pdf.page(2).setTrimBox(mm(8, 3, 200, 297));
            Path file = pdf.save(dir, "any-trim.pdf");

            assertThat(preflight.check(file, A4_PRINT.withoutTrimSize())).isEmpty();
        }
    }

    @Test
    void reportsTooLittleBleed() throws IOException {
        try (PrintPdf pdf = PrintPdf.a4(4)) {
            pdf.page(1).setBleedBox(mm(2, 2, 212, 299));
            Path file = pdf.save(dir, "thin-bleed.pdf");

            assertThat(preflight.check(file, A4_PRINT)).containsExactly(new PreflightFinding(file, 1, Severity.ERROR,
                    "bleed-too-small", "the BleedBox leaves too little bleed: left 1.0 mm, right 1.0 mm, top 1.0 mm,"
                            + " bottom 1.0 mm (at least 3.0 mm required)"));
        }
    }

    @Test
    void namesOnlyTheSidesShortOfBleed() throws IOException {
        try (PrintPdf pdf = PrintPdf.a4(4)) {
            pdf.page(1).setBleedBox(mm(0, 1.5, 216, 301.5));
            Path file = pdf.save(dir, "low-bleed.pdf");

            assertThat(preflight.check(file, A4_PRINT)).containsExactly(new PreflightFinding(file, 1, Severity.ERROR,
                    "bleed-too-small", "the BleedBox leaves too little bleed: bottom 1.5 mm (at least 3.0 mm required)"));
        }
    }

    @Test
    void reportsMissingBleedBox() throws IOException {
        try (PrintPdf pdf = PrintPdf.a4(4)) {
            pdf.page(4).setBleedBox(null);
            Path file = pdf.save(dir, "no-bleed.pdf");

            assertThat(preflight.check(file, A4_PRINT)).containsExactly(new PreflightFinding(file, 4, Severity.ERROR,
                    "bleedbox-missing", "the page has no BleedBox (3.0 mm bleed required)"));
        }
    }

    @Test
    void acceptsNoBleedBoxWhenNoBleedIsRequired() throws IOException {
        try (PrintPdf pdf = PrintPdf.a4(4)) {
            pdf.page(4).setBleedBox(null);
            Path file = pdf.save(dir, "no-bleed-needed.pdf");

            assertThat(preflight.check(file, A4_PRINT.withMinBleedMm(0))).isEmpty();
        }
    }

    @Test
    void reportsBleedBoxReachingBeyondTheMediaBox() throws IOException {
        try (PrintPdf pdf = PrintPdf.a4(4)) {
            pdf.page(2).setBleedBox(mm(-2, -2, 220, 307));
            Path file = pdf.save(dir, "bleed-outside.pdf");

            assertThat(preflight.check(file, A4_PRINT)).containsExactly(new PreflightFinding(file, 2, Severity.ERROR,
                    "bleedbox-outside-mediabox", "the BleedBox extends beyond the MediaBox"));
        }
    }
}
