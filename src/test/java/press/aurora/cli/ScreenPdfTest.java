package press.aurora.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
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
import press.aurora.testing.SampleIssue;

/** The screen/archive PDF of every edition: PDF/A-2a that veraPDF accepts, tagged, bookmarked, with live links. */
class ScreenPdfTest {

    private static final PDFAFlavour FLAVOUR = PDFAFlavour.PDFA_2_A;

    @TempDir
    static Path temp;

    @BeforeAll
    static void buildScreenPdfs() {
        CliRun run = CliRun.of("build", SampleIssue.ID, "--variant", "screen", "--out", temp.resolve("out").toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        VeraGreenfieldFoundryProvider.initialise();
    }

    private static Path screenPdf(String edition) {
        return temp.resolve("out").resolve(SampleIssue.ID).resolve(edition + ".screen.pdf");
    }

    @ParameterizedTest
    @ValueSource(strings = {"uk", "us", "ca-en", "ca-fr", "fr", "it", "co", "fa"})
    void veraPdfValidatesTheScreenPdfAsPdfA2a(String edition) throws Exception {
        List<String> failures = new ArrayList<>();
        try (InputStream in = Files.newInputStream(screenPdf(edition));
             PDFAParser parser = Foundries.defaultInstance().createParser(in, FLAVOUR);
             PDFAValidator validator = Foundries.defaultInstance().createValidator(FLAVOUR, false)) {
            ValidationResult result = validator.validate(parser);
            for (TestAssertion assertion : result.getTestAssertions()) {
                if (assertion.getStatus() == TestAssertion.Status.FAILED) {
                    failures.add(assertion.getRuleId().getClause() + " " + assertion.getLocation().getContext() + " " + assertion.getErrorArguments());
                }
            }
            assertThat(failures).as("veraPDF %s failures for %s", FLAVOUR, edition).isEmpty();
            assertThat(result.isCompliant()).isTrue();
        }
    }

    @Test
    void screenPdfIsTaggedWithTheDocumentLanguageAndTrimSizeOnly() throws IOException {
        try (PdfProbe pdf = PdfProbe.open(screenPdf("ca-fr"))) {
            PDDocument document = pdf.document();
            assertThat(document.getDocumentCatalog().getStructureTreeRoot()).isNotNull();
            assertThat(document.getDocumentCatalog().getMarkInfo().isMarked()).isTrue();
            assertThat(document.getDocumentCatalog().getLanguage()).isEqualTo("fr-CA");
            assertThat(pdf.mediaBox(0).getWidth()).isCloseTo(pdf.trimBox(0).getWidth(), org.assertj.core.data.Offset.offset(0.01f));
            assertThat(pdf.mediaBox(0).getWidth() / PdfProbe.POINTS_PER_MM).isCloseTo(215.9, org.assertj.core.data.Offset.offset(0.1));
        }
    }

    @Test
    void pdfsGetTheFolderDefaultPermissionsNotThoseOfATemporaryFile() throws IOException {
        Path reference = Files.createFile(temp.resolve("reference-file"));
        var expected = Files.getPosixFilePermissions(reference);
        assertThat(Files.getPosixFilePermissions(screenPdf("uk"))).isEqualTo(expected);
    }

    @Test
    void everyArticleHasABookmark() throws IOException {
        try (PdfProbe pdf = PdfProbe.open(screenPdf("uk"))) {
            List<String> titles = new ArrayList<>();
            for (PDOutlineItem item : pdf.document().getDocumentCatalog().getDocumentOutline().children()) {
                titles.add(item.getTitle());
            }
            assertThat(titles).containsExactly("The Significance of the Russian Revolution for Today", "Letters", "About Aurora");
        }
    }

    @Test
    void linksAreLiveOnScreenAndAbsentInPrint() throws IOException {
        Path issue = SampleIssue.copyTo(temp.resolve("linked").resolve("issues"));
        SampleIssue.edit(issue, "about.md", "can do so safely on leftcom.org.",
                "can do so safely on [leftcom.org](https://www.leftcom.org/en/donate).");
        CliRun screen = CliRun.of("build", issue.toString(), "-e", "uk", "--variant", "screen", "--out",
                temp.resolve("linked-out").toString());
        assertThat(screen.exitCode()).as(screen.err()).isZero();
        List<String> uris = new ArrayList<>();
        try (PdfProbe pdf = PdfProbe.open(temp.resolve("linked-out").resolve(SampleIssue.ID).resolve("uk.screen.pdf"))) {
            for (var page : pdf.document().getPages()) {
                for (PDAnnotation annotation : page.getAnnotations()) {
                    if (annotation instanceof PDAnnotationLink link && link.getAction() instanceof PDActionURI uri) {
                        uris.add(uri.getURI());
                    }
                }
            }
        }
        assertThat(uris).contains("https://www.leftcom.org/en/donate");

        CliRun print = CliRun.of("build", issue.toString(), "-e", "uk", "--out", temp.resolve("print").toString());
        assertThat(print.exitCode()).as(print.err()).isZero();
        try (PdfProbe pdf = PdfProbe.open(temp.resolve("print").resolve(SampleIssue.ID).resolve("uk.pdf"))) {
            for (var page : pdf.document().getPages()) {
                assertThat(page.getAnnotations()).isEmpty();
            }
            assertThat(pdf.text()).contains("leftcom.org");
        }
    }
}
