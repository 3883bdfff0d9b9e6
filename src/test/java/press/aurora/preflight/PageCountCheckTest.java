package press.aurora.preflight;

import static org.assertj.core.api.Assertions.assertThat;
import static press.aurora.preflight.PrintPdf.A4_PRINT;

import java.io.IOException;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PageCountCheckTest {

    @TempDir
    Path dir;

    private final Preflight preflight = new Preflight();

    @Test
    void reportsPageCountThatIsNotAMultipleOfFour() throws IOException {
        try (PrintPdf pdf = PrintPdf.a4(5)) {
            Path file = pdf.save(dir, "five.pdf");

            assertThat(preflight.check(file, A4_PRINT)).containsExactly(new PreflightFinding(file, 0, Severity.ERROR,
                    "page-count", "the document has 5 pages, not a multiple of 4"));
        }
    }

    @Test
    void saysOnePageInTheSingular() throws IOException {
        try (PrintPdf pdf = PrintPdf.a4(1)) {
            Path file = pdf.save(dir, "one.pdf");

            assertThat(preflight.check(file, A4_PRINT)).extracting(PreflightFinding::message)
                    .containsExactly("the document has 1 page, not a multiple of 4");
            assertThat(preflight.check(file, A4_PRINT.withPageMultiple(1).withPages(2, 4))).extracting(PreflightFinding::message)
                    .containsExactly("the document has 1 page; the edition is printed on 2 to 4 pages");
        }
    }

    @Test
    void acceptsAnyPageCountWhenTheMultipleIsOne() throws IOException {
        try (PrintPdf pdf = PrintPdf.a4(5)) {
            Path file = pdf.save(dir, "five-any.pdf");

            assertThat(preflight.check(file, A4_PRINT.withPageMultiple(1))).isEmpty();
        }
    }

    @Test
    void acceptsEightPagesForAMultipleOfFour() throws IOException {
        try (PrintPdf pdf = PrintPdf.a4(8)) {
            Path file = pdf.save(dir, "eight.pdf");

            assertThat(preflight.check(file, A4_PRINT)).isEmpty();
        }
    }
}
