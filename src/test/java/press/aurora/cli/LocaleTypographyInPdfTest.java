package press.aurora.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import press.aurora.testing.CliRun;
import press.aurora.testing.PdfProbe;
import press.aurora.testing.SampleIssue;

/** Locale typography as printed: the text PDFBox extracts from the translated editions. */
class LocaleTypographyInPdfTest {

    private static final String NNBSP = "\u202F";
    private static final String NBSP = "\u00A0";

    @TempDir
    static Path out;

    @BeforeAll
    static void build() {
        CliRun run = CliRun.of("build", SampleIssue.ID, "-e", "fr", "-e", "ca-fr", "-e", "co", "-e", "it", "--out", out.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
    }

    private static String text(String edition) throws IOException {
        try (PdfProbe pdf = PdfProbe.open(out.resolve(SampleIssue.ID).resolve(edition + ".pdf"))) {
            return pdf.text();
        }
    }

    @Test
    void franceSetsNarrowNoBreakSpacesBeforeQuestionMarksAndInsideGuillemets() throws IOException {
        String text = text("fr");
        assertThat(text).contains(NNBSP + "?").contains("«" + NNBSP).contains(NNBSP + "»").contains(NNBSP + ";");
        assertThat(text).doesNotContain(" ?").doesNotContain("“").doesNotContain("« ");
    }

    @Test
    void canadianFrenchSpacesTheColonAndGuillemetsButNotTheQuestionMark() throws IOException {
        String text = text("ca-fr");
        assertThat(text).contains("«" + NBSP).contains(NBSP + "»").contains(NBSP + ":").containsPattern("\\p{L}\\?");
        assertThat(text).doesNotContain(NNBSP + "?").doesNotContain(" ?").doesNotContain(NNBSP + ";");
    }

    @Test
    void spanishUsesTheQuotationMarksIcuGivesForSpanish() throws IOException {
        String text = text("co").replaceAll("[-\u2010]\\R", "").replaceAll("\\s+", " ");
        assertThat(text).contains("“Todo el poder a los sóviets”").doesNotContain("«");
    }

    @Test
    void italianUsesGuillemetsWithoutSpaces() throws IOException {
        String text = text("it");
        assertThat(text).containsPattern("«\\p{L}").containsPattern("\\p{L}»").doesNotContain("“");
    }

    @Test
    void theMastheadCountsPagesWithTheLanguagesPluralPattern() throws IOException {
        assertThat(text("it")).contains("4 pagine");
        assertThat(text("co")).contains("4 páginas");
        assertThat(text("fr")).contains("4 pages");
    }

    @Test
    void frenchDigitGroupsAreJoinedByANarrowNoBreakSpace() throws IOException {
        assertThat(text("fr")).contains("300" + NNBSP + "000");
    }
}
