package press.aurora.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;
import press.aurora.testing.CliRun;
import press.aurora.testing.PdfProbe;
import press.aurora.testing.PersianWorkspace;
import press.aurora.testing.SampleWorkspace;
import press.aurora.testing.TextRuns;

/**
 * The Persian edition of the right-to-left test issue, read back from its PDFs: text in reading order
 * with Persian digits, the Solar Hijri date, mirrored pages, Latin words in a Latin font, and the
 * print and screen standards.
 */
class PersianEditionTest {

    @TempDir
    static Path temp;
    static Path out;
    static Path workspace;

    @BeforeAll
    static void buildThePersianAndEnglishEditions() {
        workspace = PersianWorkspace.copyTo(temp.resolve("workspace"));
        out = temp.resolve("out");
        CliRun persian = SampleWorkspace.run(workspace, "build", PersianWorkspace.ISSUE, "-e", "fa", "--variant", "all",
                "--out", out.toString());
        assertThat(persian.exitCode()).as(persian.err() + persian.out()).isZero();
        CliRun english = SampleWorkspace.run(workspace, "build", PersianWorkspace.ISSUE, "-e", "uk", "--out", out.toString());
        assertThat(english.exitCode()).as(english.err() + english.out()).isZero();
    }

    private static Path pdf(String name) {
        return out.resolve(PersianWorkspace.ISSUE).resolve(name);
    }

    @Test
    void persianTextReadsBackInReadingOrderWithPersianDigits() throws IOException {
        try (PdfProbe pdf = PdfProbe.open(pdf("fa.pdf"))) {
            String text = pdf.pageText(1);
            assertThat(text)
                    .contains("رانندگان با ")
                    .contains("۶۴٫۵")                                 // decimals in Persian digits
                    .contains("در برابر ۳۵٫۵٪ به")                     // and the percent sign after the number, right to left
                    .contains("قیمت‌ها در یک سال ۴۰٪ بالا رفته بود، اما".replace("\u200C", "")) // typed 40% and "," become ۴۰٪ and ،
                    .contains("«دستمزد من نصف آنچه را در ۲۰۲۴")       // Persian quotation marks; the typed 2024 in Persian digits
                    .contains("‹صبور›")                               // nested quotation
                    .contains("در Berlin و از Glasgow رسید.")          // Latin names in place, full stop at the left end
                    .contains("https://example.org/fa/strike-2026")   // the URL whole, in its own order
                    .contains("fa@leftcom.org")
                    .contains("۱٬۲۰۰")
                    .doesNotContain("40%").doesNotContain("2024");
            assertThat(text.codePoints().filter(c -> c >= 0xE000 && c <= 0xF8FF)).as("private-use codes in the text").isEmpty();
        }
    }

    @Test
    void mastheadDateIsSolarHijriWithTheGregorianDateBeside() throws IOException {
        try (PdfProbe pdf = PdfProbe.open(pdf("fa.pdf"))) {
            assertThat(pdf.pageText(1)).contains("۱۷ اسفند ۱۴۰۴ – ۸ مارس ۲۰۲۶").contains("شمارهٔ ۴۲");
        }
    }

    @Test
    void pageNumbersAreInPersianDigits() throws IOException {
        try (PdfProbe pdf = PdfProbe.open(pdf("fa.pdf"))) {
            assertThat(pdf.pages()).isEqualTo(2);
            assertThat(pdf.pageText(1)).contains("صفحهٔ ۱").doesNotContain("صفحهٔ 1");
            assertThat(pdf.pageText(2)).contains("صفحهٔ ۲");
        }
    }

    @Test
    void theFirstColumnOfBodyTextStandsOnTheRightOfThePage() throws IOException {
        try (PdfProbe fa = PdfProbe.open(pdf("fa.pdf")); PdfProbe uk = PdfProbe.open(pdf("uk.pdf"))) {
            double middle = fa.trimBox(0).getLowerLeftX() + fa.trimBox(0).getWidth() / 2;
            TextRuns.Run first = run(fa, "صبح روز");
            TextRuns.Run later = run(fa, "چه کسی هزینهٔ بحران");
            assertThat(first.x()).as("first column starts right of the middle").isGreaterThan(middle);
            assertThat(later.endX()).as("last column ends left of the first").isLessThan(first.x());
            TextRuns.Run english = run(uk, "MORNING");
            assertThat(english.endX()).as("the English edition starts on the left").isLessThan(middle);
        }
    }

    @Test
    void mastheadAndFooterAreMirrored() throws IOException {
        try (PdfProbe fa = PdfProbe.open(pdf("fa.pdf"))) {
            double middle = fa.trimBox(0).getLowerLeftX() + fa.trimBox(0).getWidth() / 2;
            assertThat(run(fa, "شمارهٔ ۴۲").x()).as("issue number on the right").isGreaterThan(middle);
            assertThat(run(fa, "رایگان").endX()).as("price on the left").isLessThan(middle);
            assertThat(run(fa, "صفحهٔ ۱").endX()).as("page number on the left").isLessThan(middle);
        }
    }

    @Test
    void latinWordsKeepTheLatinFontAndPersianIsSetInVazirmatn() throws IOException {
        try (PdfProbe fa = PdfProbe.open(pdf("fa.pdf"))) {
            List<String> fonts = new ArrayList<>();
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void writeString(String text, List<TextPosition> positions) throws IOException {
                    for (TextPosition p : positions) {
                        String c = p.getUnicode();
                        if (c.equals("L") || c.equals("ر")) {
                            fonts.add(c + " " + p.getFont().getName().replaceFirst("^[A-Z]{6}\\+", ""));
                        }
                    }
                }
            };
            stripper.setStartPage(1);
            stripper.setEndPage(1);
            stripper.getText(fa.document());
            assertThat(fonts).contains("L NotoSerif-Regular", "ر Vazirmatn-Regular")
                    .allMatch(f -> f.startsWith("L ") ? !f.contains("Vazirmatn") : f.contains("Vazirmatn"));
        }
    }

    @Test
    void printPdfPassesPreflight() {
        CliRun run = SampleWorkspace.run(workspace, "preflight", pdf("fa.pdf").toString());
        assertThat(run.exitCode()).as(run.out() + run.err()).isZero();
    }

    @Test
    void screenPdfIsTaggedPersianAndIsPdfA2a() throws Exception {
        try (PdfProbe pdf = PdfProbe.open(pdf("fa.screen.pdf"))) {
            assertThat(pdf.document().getDocumentCatalog().getLanguage()).isEqualTo("fa-IR");
            assertThat(pdf.document().getDocumentCatalog().getStructureTreeRoot()).isNotNull();
        }
        VeraGreenfieldFoundryProvider.initialise();
        List<String> failures = new ArrayList<>();
        try (InputStream in = Files.newInputStream(pdf("fa.screen.pdf"));
             PDFAParser parser = Foundries.defaultInstance().createParser(in, PDFAFlavour.PDFA_2_A);
             PDFAValidator validator = Foundries.defaultInstance().createValidator(PDFAFlavour.PDFA_2_A, false)) {
            ValidationResult result = validator.validate(parser);
            for (TestAssertion assertion : result.getTestAssertions()) {
                if (assertion.getStatus() == TestAssertion.Status.FAILED) {
                    failures.add(assertion.getRuleId().getClause() + " " + assertion.getErrorArguments());
                }
            }
            assertThat(failures).isEmpty();
            assertThat(result.isCompliant()).isTrue();
        }
    }

    /** The first run of text on page 1 that contains {@code text}. */
    private static TextRuns.Run run(PdfProbe pdf, String text) throws IOException {
        Optional<TextRuns.Run> run = TextRuns.of(pdf.document(), 1).stream().filter(r -> r.text().contains(text)).findFirst();
        assertThat(run).as("a run with '%s'", text).isPresent();
        return run.get();
    }
}
