package press.aurora.preflight;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static press.aurora.preflight.PrintPdf.A4_PRINT;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PreflightTest {

    @TempDir
    Path dir;

    private final Preflight preflight = new Preflight();

    @Test
    void passesAGoodPrintFileWithoutAnyFinding() throws IOException {
        try (PrintPdf pdf = PrintPdf.a4(4)) {
            Path file = pdf.save(dir, "good.pdf");

            assertThat(preflight.check(file, A4_PRINT)).isEmpty();
        }
    }

    @Test
    void reportsAnUnreadableFileAsOneErrorInsteadOfThrowing() throws IOException {
        Path file = Files.writeString(dir.resolve("notes.pdf"), "these are notes, not a PDF");

        List<PreflightFinding> findings = preflight.check(file, A4_PRINT);

        assertThat(findings).singleElement().satisfies(finding -> {
            assertThat(finding.file()).isEqualTo(file);
            assertThat(finding.page()).isZero();
            assertThat(finding.severity()).isEqualTo(Severity.ERROR);
            assertThat(finding.check()).isEqualTo("unreadable-pdf");
            assertThat(finding.message()).startsWith("cannot read the PDF: ");
        });
    }

    @Test
    void reportsAMissingFileAsUnreadable() {
        Path file = dir.resolve("absent.pdf");

        assertThat(preflight.check(file, A4_PRINT))
                .extracting(PreflightFinding::check)
                .containsExactly("unreadable-pdf");
    }

    @Test
    void sortsFindingsByPageWithDocumentLevelFindingsFirst() throws IOException {
        try (PrintPdf pdf = PrintPdf.a4(4)) {
            pdf.page(3).getAnnotations().add(link());
            pdf.page(1).setTrimBox(null);
            pdf.document().getDocumentCatalog().getCOSObject().removeItem(COSName.OUTPUT_INTENTS);
            Path file = pdf.save(dir, "several.pdf");

            assertThat(preflight.check(file, A4_PRINT))
                    .extracting(PreflightFinding::page, PreflightFinding::check)
                    .containsExactly(
                            tuple(0, "output-intent-missing"),
                            tuple(1, "trimbox-missing"),
                            tuple(3, "annotation"));
        }
    }

    @Test
    void leavesPrintFileRulesAsideForAProof() throws IOException {
        try (PrintPdf pdf = PrintPdf.a4(3)) {
            pdf.page(1).getAnnotations().add(link());
            pdf.document().getDocumentCatalog().getCOSObject().removeItem(COSName.OUTPUT_INTENTS);
            pdf.document().getDocumentCatalog().setMetadata(null);
            try (PDPageContentStream content = pdf.append(2)) {
                content.setNonStrokingColor(1f, 0f, 0f);
                content.addRect(50, 50, 100, 100);
                content.fill();
            }
            Path file = pdf.save(dir, "proof.pdf");

            assertThat(preflight.check(file, PreflightExpectations.proof())).isEmpty();
        }
    }

    @Test
    void stillChecksFontsInAProof() throws IOException {
        try (PrintPdf pdf = PrintPdf.a4(1)) {
            try (PDPageContentStream content = pdf.append(1)) {
                content.beginText();
                content.setFont(new PDType1Font(Standard14Fonts.FontName.TIMES_ROMAN), 9);
                content.showText("Proof");
                content.endText();
            }
            Path file = pdf.save(dir, "proof-font.pdf");

            assertThat(preflight.check(file, PreflightExpectations.proof()))
                    .extracting(PreflightFinding::check)
                    .containsExactly("font-not-embedded");
        }
    }

    @Test
    void checksSeveralFilesIntoOneReport() throws IOException {
        Path good;
        Path fivePages;
        try (PrintPdf pdf = PrintPdf.a4(4)) {
            good = pdf.save(dir, "good.pdf");
        }
        try (PrintPdf pdf = PrintPdf.a4(5)) {
            fivePages = pdf.save(dir, "five.pdf");
        }

        PreflightReport report = preflight.checkAll(List.of(good, fivePages), A4_PRINT);

        assertThat(report.files()).extracting(PreflightReport.FileFindings::file).containsExactly(good, fivePages);
        assertThat(report.files().get(0).findings()).isEmpty();
        assertThat(report.files().get(1).findings()).extracting(PreflightFinding::check).containsExactly("page-count");
        assertThat(report.hasErrors()).isTrue();
    }

    @Test
    void reportsACheckThatCannotFinishAndKeepsTheOthersFindings() throws IOException {
        try (PrintPdf pdf = PrintPdf.a4(5)) {
            Path file = pdf.save(dir, "five.pdf");
            Preflight brokenAndCounting = new Preflight(List.of(new BrokenCheck(), new PageCountCheck()));

            assertThat(brokenAndCounting.check(file, A4_PRINT)).containsExactly(
                    new PreflightFinding(file, 0, Severity.ERROR, "check-failed",
                            "BrokenCheck could not finish: content stream ends inside a string"),
                    new PreflightFinding(file, 0, Severity.ERROR, "page-count",
                            "the document has 5 pages, not a multiple of 4"));
        }
    }

    @Test
    void aContentCheckThatCannotFinishFailsAloneWhileTheOthersReadTheSamePagesOn() throws IOException {
        try (PrintPdf pdf = PrintPdf.a4(4)) {
            for (int page : new int[] {1, 3}) {
                try (PDPageContentStream content = pdf.append(page)) {
                    content.setNonStrokingColor(0.9f, 0.1f, 0.1f);
                    content.addRect(60, 60, 100, 20);
                    content.fill();
                }
            }
            Path file = pdf.save(dir, "rgb-fills.pdf");
            Preflight brokenAndColours = new Preflight(List.of(new FillOnceCheck(), new ColourSpaceCheck()));

            assertThat(brokenAndColours.check(file, A4_PRINT)).containsExactly(
                    new PreflightFinding(file, 0, Severity.ERROR, "check-failed",
                            "FillOnceCheck could not finish: a second fill"),
                    new PreflightFinding(file, 1, Severity.ERROR, "rgb-colour", "RGB colour (DeviceRGB) used for fill"),
                    new PreflightFinding(file, 3, Severity.ERROR, "rgb-colour", "RGB colour (DeviceRGB) used for fill"));
        }
    }

    @Test
    void aContentCheckGoesOnAfterAnErrorPdfBoxTolerates() throws IOException {
        try (PrintPdf pdf = PrintPdf.a4(4)) {
            try (PDPageContentStream content = pdf.append(2)) {
                content.addRect(60, 60, 100, 20);
                content.fill();
                content.addRect(60, 100, 100, 20);
                content.fill();
            }
            Path file = pdf.save(dir, "fills.pdf");
            Preflight tolerant = new Preflight(List.of(new MissingResourceOnFillCheck()));

            List<PreflightFinding> findings = tolerant.check(file, A4_PRINT);

            assertThat(findings).extracting(PreflightFinding::check).containsOnly("fill-seen");
            assertThat(findings).filteredOn(f -> f.page() == 2).extracting(PreflightFinding::message)
                    .hasSizeGreaterThanOrEqualTo(2);
        }
    }

    /** Notes each fill, then throws what PDFBox's stream engine skips an operation for (a missing resource). */
    private static final class MissingResourceOnFillCheck implements ContentCheck {
        @Override
        public ContentWatcher watcher(CheckedPdf pdf) {
            return new ContentWatcher() {
                private int fills;

                @Override
                void fill() throws IOException {
                    report(pdf.warning(page(), "fill-seen", "fill " + ++fills));
                    throw new org.apache.pdfbox.pdmodel.MissingResourceException("no such pattern");
                }
            };
        }
    }

    /** Watches the pages with the other content checks and gives up at the second fill it sees. */
    private static final class FillOnceCheck implements ContentCheck {
        @Override
        public ContentWatcher watcher(CheckedPdf pdf) {
            return new ContentWatcher() {
                private int fills;

                @Override
                void fill() {
                    if (++fills > 1) {
                        throw new IllegalStateException("a second fill");
                    }
                }
            };
        }
    }

    private static final class BrokenCheck implements PreflightCheck {
        @Override
        public List<PreflightFinding> check(CheckedPdf pdf) throws IOException {
            throw new IOException("content stream ends inside a string");
        }
    }

    static PDAnnotationLink link() {
        PDAnnotationLink link = new PDAnnotationLink();
        link.setRectangle(PrintPdf.mm(20, 20, 40, 10));
        return link;
    }
}
