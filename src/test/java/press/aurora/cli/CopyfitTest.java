package press.aurora.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import press.aurora.config.PageGeometry;
import press.aurora.config.PaperSize;
import press.aurora.testing.CliRun;
import press.aurora.testing.PdfProbe;
import press.aurora.testing.SampleIssue;
import press.aurora.testing.SampleWorkspace;
import press.aurora.testing.TextRuns;

/**
 * Copyfitting, on a test issue of four articles with no about box and three reserve articles,
 * built for four editions on four papers (src/test/resources/press/aurora/copyfit), and on the sample.
 * The fill of the last page is read back from the PDF's text positions.
 */
class CopyfitTest {

    private static final Path RESOURCES = Path.of("src/test/resources/press/aurora/copyfit");
    private static final String ISSUE = "2031-04";
    private static final Map<String, String> PAPERS = Map.of("a5", "148x210", "a4", "A4", "letter", "letter", "tabloid", "tabloid");
    private static final Pattern LINE = Pattern.compile(
            "(\\S+) +(\\d+) of ([\\d-]+) pages +last page (\\d+)% full +\\S+\\.pdf  (body \\d+(\\.\\d)?/\\d+(\\.\\d)? pt.*)");

    @TempDir
    static Path temp;

    static CliRun build;

    /** A workspace with the repository's styles, the test editions and the test issue. */
    static Path workspace(Path root) throws IOException {
        SampleIssue.copyTree(Path.of("styles"), root.resolve("styles"));
        Files.copy(RESOURCES.resolve("editions.yaml"), root.resolve("styles/editions.yaml"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        SampleIssue.copyTree(RESOURCES.resolve("issues"), root.resolve("issues"));
        Files.createDirectories(root.resolve("translations"));
        return root;
    }

    @BeforeAll
    static void buildTheTestIssue() throws IOException {
        Path root = workspace(temp.resolve("with-reserve"));
        build = SampleWorkspace.run(root, "build", ISSUE, "--out", root.resolve("out").toString());
    }

    @Test
    void everyEditionFillsItsPagesAndSaysHow() throws IOException {
        assertThat(build.exitCode()).as(build.err()).isZero();
        assertThat(build.err()).as("no warnings: no overflow, no under-full page, no overfull line").isEmpty();
        List<String> lines = build.out().lines().toList();
        assertThat(lines).hasSize(4);
        for (String text : lines) {
            Matcher line = LINE.matcher(text);
            assertThat(line.matches()).as(text).isTrue();
            String edition = line.group(1);
            int pages = Integer.parseInt(line.group(2));
            assertThat(line.group(5)).as(text).containsPattern("reserve: \\d of 3 used");
            Path pdf = temp.resolve("with-reserve/out").resolve(ISSUE).resolve(edition + ".pdf");
            try (PdfProbe probe = PdfProbe.open(pdf)) {
                assertThat(probe.pages()).as(text).isEqualTo(pages);
                int textPage = text.contains("back page set large") ? pages - 1 : pages;
                int fill = fillPercent(probe, textPage, PageGeometry.of(PaperSize.parse(PAPERS.get(edition))));
                assertThat(fill).as("%s: page %d read back from the PDF", text, textPage).isGreaterThanOrEqualTo(85);
                assertThat(Math.abs(fill - Integer.parseInt(line.group(4)))).as(text).isLessThanOrEqualTo(text.contains("back page") ? 100 : 2);
            }
        }
    }

    @Test
    void reserveArticlesArePrintedInOrderOnlyWhileTheyFit() throws IOException {
        for (String text : build.out().lines().toList()) {
            Matcher used = Pattern.compile("(\\S+) .*reserve: (\\d) of 3 used").matcher(text);
            assertThat(used.find()).as(text).isTrue();
            int count = Integer.parseInt(used.group(2));
            Path pdf = temp.resolve("with-reserve/out").resolve(ISSUE).resolve(used.group(1) + ".pdf");
            try (PdfProbe probe = PdfProbe.open(pdf)) {
                String words = PdfProbe.words(probe.text());
                String[] titles = {"reading groups this spring", "the great frost of 1947", "what the café noticeboard says"};
                for (int i = 0; i < titles.length; i++) {
                    assertThat(words.contains(PdfProbe.words(titles[i]))).as("%s: reserve %d", text, i + 1).isEqualTo(i < count);
                }
            }
        }
    }

    @Test
    void aRangeOfPageCountsPrintsTheFewestTheContentFills() {
        assertThat(build.out()).containsPattern("letter +2 of 2-4 pages").containsPattern("tabloid +2 of 1-2 pages");
    }

    @Test
    void withoutItsReserveTheIssueReportsHowMuchIsMissingPerEditionAndStrictFailsIt() throws IOException {
        Path root = workspace(temp.resolve("without-reserve"));
        Path issue = root.resolve("issues").resolve(ISSUE).resolve("issue.yaml");
        String yaml = Files.readString(issue);
        Files.writeString(issue, yaml.substring(0, yaml.indexOf("  - file: reading-groups.md")));

        CliRun run = SampleWorkspace.run(root, "build", ISSUE, "-e", "a5", "-e", "tabloid", "--strict",
                "--out", root.resolve("out").toString());
        assertThat(run.exitCode()).isEqualTo(ExitCodes.FAILED);
        for (String edition : List.of("a5", "tabloid")) {
            assertThat(run.out()).contains(String.format("%-6s FAILED", edition));
            Matcher missing = Pattern.compile(Pattern.quote(edition) + " +no copyfit within the limits fills edition " + Pattern.quote(edition)
                    + ": page \\d of \\d is (\\d+)% full, the target is 85%; about (\\d+) lines of text missing; "
                    + "extend letters \\(.*letters\\.md\\) or add reserve material").matcher(run.err());
            assertThat(missing.find()).as(run.err()).isTrue();
            assertThat(Integer.parseInt(missing.group(1))).isLessThan(85);
            assertThat(Integer.parseInt(missing.group(2))).isPositive();
            assertThat(root.resolve("out").resolve(ISSUE).resolve(edition + ".pdf")).doesNotExist();
        }
    }

    /**
     * Twelve A5 pages folded in fours, for an issue that fills about seven: no copyfit stretches it, and
     * seven pages fill no whole sheet. The editor hears how much is missing and where to add it (not a
     * preflight page-count failure that names no article), and no PDF is written.
     */
    @Test
    void anEditionEndingShortOfAWholeSheetSaysWhatToAdd() throws IOException {
        Path root = workspace(temp.resolve("folded"));
        Files.writeString(root.resolve("styles/editions.yaml"), Files.readString(root.resolve("styles/editions.yaml")) + """
                  folded:
                    name: Folded
                    country: IE
                    locale: en-IE
                    language: en
                    paper: 148x210
                    pages: 12
                    page-multiple: 4
                    price: "1.20 EUR"
                    contact:
                      - folded@harbour.example
                """);

        CliRun run = SampleWorkspace.run(root, "build", ISSUE, "-e", "folded", "--out", root.resolve("out").toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.FAILED);
        assertThat(run.err()).as(run.err()).containsPattern("folded +no copyfit within the limits fills edition folded: the text ends on page (\\d+) of 12; about \\d+ lines of text "
                + "missing; extend letters \\(.*letters\\.md\\) or add reserve material; \\1 pages cannot be printed \\(a multiple "
                + "of 4 is needed\\)").doesNotContain("[page-count]");
        assertThat(root.resolve("out").resolve(ISSUE).resolve("folded.pdf")).doesNotExist();
    }

    /** How far down the text area the lowest line of text stands, from the PDF's text positions. */
    static int fillPercent(PdfProbe probe, int page, PageGeometry geometry) throws IOException {
        PDRectangle media = probe.mediaBox(page - 1);
        PDRectangle trim = probe.trimBox(page - 1);
        double trimTop = media.getUpperRightY() - trim.getUpperRightY();
        double top = trimTop + geometry.marginMm() * PdfProbe.POINTS_PER_MM;
        double bottom = trimTop + (geometry.heightMm() - geometry.footerZoneMm()) * PdfProbe.POINTS_PER_MM;
        double lowest = TextRuns.of(probe.document(), page).stream().mapToDouble(TextRuns.Run::y)
                .filter(y -> y <= bottom && y >= top).max().orElse(top);
        return (int) Math.round((lowest - top) / (bottom - top) * 100);
    }

    /** The columns of body text above the back-page box (its "Contact us") end within two lines of each other. */
    static void assertBalanced(PdfProbe probe, int page, PageGeometry geometry, String what) throws IOException {
        double left = probe.trimBox(page - 1).getLowerLeftX() - probe.mediaBox(page - 1).getLowerLeftX()
                + geometry.marginMm() * PdfProbe.POINTS_PER_MM;
        double column = (geometry.columnWidthMm() + geometry.columnGapMm()) * PdfProbe.POINTS_PER_MM;
        TreeMap<Integer, Double> lowest = new TreeMap<>();
        Map<Integer, java.util.TreeSet<Double>> baselines = new TreeMap<>();
        List<TextRuns.Run> runs = TextRuns.of(probe.document(), page);
        double box = runs.stream().filter(r -> r.text().contains("Contact us")).mapToDouble(TextRuns.Run::y).min().orElse(Double.MAX_VALUE);
        for (TextRuns.Run run : runs) {
            if (run.font().contains("NotoSerif") && run.size() < 10 && run.y() < box - 10) {
                int index = (int) Math.round((run.x() - left) / column);   // a column starts at a multiple of the pitch
                lowest.merge(index, run.y(), Math::max);
                baselines.computeIfAbsent(index, i -> new java.util.TreeSet<>()).add(run.y());
            }
        }
        // the leading: the commonest distance between a column's successive lines
        List<Double> gaps = new java.util.ArrayList<>();
        for (java.util.TreeSet<Double> ys : baselines.values()) {
            Double previous = null;
            for (double y : ys) {
                if (previous != null && y - previous > 3) {
                    gaps.add(y - previous);
                }
                previous = y;
            }
        }
        java.util.Collections.sort(gaps);
        double leading = gaps.isEmpty() ? 12 : gaps.get(gaps.size() / 2);
        double spread = lowest.values().stream().mapToDouble(Double::doubleValue).max().orElse(0)
                - lowest.values().stream().mapToDouble(Double::doubleValue).min().orElse(0);
        assertThat(Math.round(spread / leading)).as("%s page %d: lines between the columns' ends %s", what, page, lowest)
                .isLessThanOrEqualTo(2);
    }

    @Test
    void theColumnsOfTheLastPageOfTextAreBalanced() throws IOException {
        for (String text : build.out().lines().toList()) {
            Matcher line = LINE.matcher(text);
            assertThat(line.matches()).as(text).isTrue();
            String edition = line.group(1);
            int pages = Integer.parseInt(line.group(2));
            try (PdfProbe probe = PdfProbe.open(temp.resolve("with-reserve/out").resolve(ISSUE).resolve(edition + ".pdf"))) {
                assertBalanced(probe, text.contains("back page") ? pages - 1 : pages,
                        PageGeometry.of(PaperSize.parse(PAPERS.get(edition))), edition);
            }
        }
    }

    /** The sample issue with its text made {@code percent} longer (repeating paragraphs) or shorter (dropping them). */
    private static Path sampleChangedBy(Path parent, int percent) throws IOException {
        Path issue = SampleIssue.copyTo(parent);
        long total = 0;
        for (String file : List.of("russian-revolution.md", "letters.md")) {
            total += paragraphs(Files.readString(issue.resolve(file))).stream().mapToInt(String::length).sum();
        }
        Path letters = issue.resolve("letters.md");
        String text = Files.readString(letters);
        List<String> paragraphs = paragraphs(text);
        long change = total * Math.abs(percent) / 100;
        StringBuilder changed = new StringBuilder(text.substring(0, text.indexOf("\n---\n", 4) + 5));
        if (percent > 0) {
            paragraphs.forEach(p -> changed.append('\n').append(p).append('\n'));
            for (int i = 0; change > 0; i = (i + 1) % paragraphs.size()) {
                changed.append('\n').append(paragraphs.get(i)).append('\n');
                change -= paragraphs.get(i).length();
            }
        } else {
            int keep = paragraphs.size();
            while (change > 0 && keep > 1) {
                change -= paragraphs.get(--keep).length();
            }
            paragraphs.subList(0, keep).forEach(p -> changed.append('\n').append(p).append('\n'));
        }
        Files.writeString(letters, changed.toString());
        return issue;
    }

    private static List<String> paragraphs(String article) {
        String body = article.substring(article.indexOf("\n---\n", 4) + 5);
        return java.util.Arrays.stream(body.split("\n\\s*\n")).map(String::strip)
                .filter(p -> !p.isEmpty() && !p.startsWith("[^") && !p.startsWith("#") && !p.startsWith("* * *")).toList();
    }

    @Test
    void anEditionTenPercentLongerOrShorterThanItsPagesIsFittedOrTheReportSaysWhyNot() throws IOException {
        for (int percent : new int[] {10, -10}) {
            Path issue = sampleChangedBy(temp.resolve("sample" + percent), percent);
            CliRun run = CliRun.of("build", issue.toString(), "-e", "uk", "-e", "ca-fr", "--out", temp.resolve("out" + percent).toString());
            assertThat(run.exitCode()).as(run.err()).isZero();
            for (String text : run.out().lines().toList()) {
                Matcher line = LINE.matcher(text);
                assertThat(line.matches()).as(text).isTrue();
                String edition = line.group(1);
                boolean fits = Integer.parseInt(line.group(4)) >= 85 && line.group(2).equals(line.group(3));
                if (fits) {
                    assertThat(run.err()).as(text).doesNotContain(edition + " ");
                    assertThat(line.group(5)).as("%d%%: %s", percent, text).doesNotContain("as designed, ").isNotEqualTo("body 8.8/11.2 pt as designed");
                } else {
                    assertThat(run.err()).as(text).containsPattern(Pattern.quote(edition) + " +warning: (no copyfit within the limits fills edition "
                            + Pattern.quote(edition) + ": page \\d of \\d is \\d+% full, the target is 85%; about \\d+ lines of text missing"
                            + "|edition " + Pattern.quote(edition) + " overflows its \\d+-page limit: needs \\d+ pages, about \\d+ lines too many)");
                }
            }
        }
    }
}
