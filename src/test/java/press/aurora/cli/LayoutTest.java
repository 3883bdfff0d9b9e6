package press.aurora.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import press.aurora.testing.CliRun;
import press.aurora.testing.PdfProbe;
import press.aurora.testing.SampleIssue;
import press.aurora.testing.TextRuns;
import press.aurora.testing.TextRuns.Run;

/** The page design, checked from the PDF's text positions. */
class LayoutTest {

    @TempDir
    static Path out;

    @BeforeAll
    static void build() {
        CliRun run = CliRun.of("build", SampleIssue.ID, "-e", "uk", "-e", "ca-en", "-e", "it", "--out", out.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
    }

    private static PdfProbe open(String edition) throws IOException {
        return PdfProbe.open(out.resolve(SampleIssue.ID).resolve(edition + ".pdf"));
    }

    private static List<Run> bodyRuns(PdfProbe pdf, int page) throws IOException {
        return TextRuns.of(pdf.document(), page).stream()
                .filter(r -> r.font().contains("NotoSerif-Regular") && r.size() < 10).toList();
    }

    /** Left edges of body text lines, clustered: one cluster per column. */
    private static int columns(List<Run> runs) {
        TreeMap<Long, Integer> starts = new TreeMap<>();
        for (Run run : runs) {
            starts.merge(Math.round(run.x() / 10), 1, Integer::sum);
        }
        int columns = 0;
        long previous = -1000;
        for (Map.Entry<Long, Integer> start : starts.entrySet()) {
            if (start.getValue() >= 10 && start.getKey() - previous > 3) {
                columns++;
                previous = start.getKey();
            }
        }
        return columns;
    }

    @ParameterizedTest
    @CsvSource({"uk, 5", "ca-en, 3", "it, 3"})
    void bodyTextSitsInTheColumnsOfItsPaper(String edition, int expected) throws IOException {
        try (PdfProbe pdf = open(edition)) {
            assertThat(columns(bodyRuns(pdf, 2))).isEqualTo(expected);
        }
    }

    @ParameterizedTest
    @CsvSource({"uk, 5", "ca-en, 3"})
    void theHeadlineSpansSeveralColumns(String edition, int columns) throws IOException {
        try (PdfProbe pdf = open(edition)) {
            double pageWidth = pdf.mediaBox(0).getWidth();
            double columnWidth = pageWidth / columns;
            Run headline = TextRuns.of(pdf.document(), 1).stream()
                    .filter(r -> r.text().startsWith("The Significance")).findFirst().orElseThrow();
            assertThat(headline.size()).isGreaterThan(20);
            assertThat(headline.width()).isGreaterThan(2 * columnWidth);
        }
    }

    @Test
    void theMastheadOpensThePaper() throws IOException {
        try (PdfProbe pdf = open("uk")) {
            List<Run> runs = TextRuns.of(pdf.document(), 1);
            Run title = runs.stream().filter(r -> r.text().equals("AURORA")).findFirst().orElseThrow();
            assertThat(title.size()).isGreaterThan(60);
            assertThat(runs).allSatisfy(r -> assertThat(r.y()).isGreaterThanOrEqualTo(title.y() - title.size()));
            assertThat(pdf.pageText(1)).contains("No. 1").contains("United Kingdom edition").contains("Free");
        }
    }

    @ParameterizedTest
    @CsvSource({"uk, United Kingdom", "it, Italia"})
    void everyFooterCarriesThePageNumberAndTheEdition(String edition, String name) throws IOException {
        try (PdfProbe pdf = open(edition)) {
            double height = pdf.mediaBox(0).getHeight();
            for (int page = 1; page <= pdf.pages(); page++) {
                String footer = TextRuns.of(pdf.document(), page).stream()
                        .filter(r -> r.y() > height - 20 * PdfProbe.POINTS_PER_MM)
                        .map(Run::text).reduce("", (a, b) -> a + " " + b);
                assertThat(footer).as("page %d", page).contains(name).containsPattern("\\b" + page + "\\b");
            }
        }
    }

    @Test
    void theClosingBoxBalancesTheColumnsAboveIt() throws IOException {
        try (PdfProbe pdf = open("uk")) {
            int last = pdf.pages();
            List<Run> runs = TextRuns.of(pdf.document(), last);
            double box = runs.stream().filter(r -> r.text().startsWith("About Aurora")).findFirst().orElseThrow().y();
            var trim = pdf.trimBox(last - 1);
            var grid = press.aurora.config.PageGeometry.of(press.aurora.config.PaperSize.parse("A3"));
            double left = trim.getLowerLeftX() - pdf.mediaBox(last - 1).getLowerLeftX();
            Map<Long, Double> bottoms = new TreeMap<>();
            for (Run run : runs) {
                if (run.y() < box - 20 && run.font().contains("NotoSerif")) {
                    long column = (long) ((run.x() - left - grid.marginMm() * PdfProbe.POINTS_PER_MM)
                            / ((grid.columnWidthMm() + grid.columnGapMm()) * PdfProbe.POINTS_PER_MM));
                    bottoms.merge(column, run.y(), Math::max);
                }
            }
            double lowest = bottoms.values().stream().mapToDouble(d -> d).max().orElseThrow();
            double highest = bottoms.values().stream().mapToDouble(d -> d).min().orElseThrow();
            assertThat(bottoms).hasSize(5);
            // FOP balances to within a few lines (keeps, widows and orphans); unbalanced, the last
            // column would end dozens of lines above the others.
            assertThat(lowest - highest).as("column bottoms %s", bottoms).isLessThan(6 * 11.2);
            assertThat(box - lowest).as("the columns end just above the box").isLessThan(40);
        }
    }
}
