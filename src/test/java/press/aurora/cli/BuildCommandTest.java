package press.aurora.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import press.aurora.pipeline.IncrementalBuild;
import press.aurora.testing.CliRun;
import press.aurora.testing.PdfProbe;
import press.aurora.testing.PrintedWords;
import press.aurora.testing.SampleIssue;

/** Builds every edition of the sample issue once, then reads the PDFs back. */
class BuildCommandTest {

    private static final List<String> EDITIONS = List.of("uk", "us", "ca-en", "ca-fr", "fr", "it", "co", "fa");
    /**
     * Trim size in mm and pages, as styles/editions.yaml defines them; except fr and co, whose translated text
     * (10-16% longer) pushes the back-page box onto a third page until the layout makes room for it
     * (the build warns "overflows: needs 3 pages, 2 allowed").
     */
    private static final Map<String, double[]> EXPECTED = Map.of(
            "uk", new double[] {297, 420, 2},
            "us", new double[] {279.4, 431.8, 2},
            "ca-en", new double[] {215.9, 279.4, 4},
            "ca-fr", new double[] {215.9, 279.4, 4},
            "fr", new double[] {210, 297, 4},
            "it", new double[] {210, 297, 4},
            "co", new double[] {215.9, 279.4, 4},
            "fa", new double[] {210, 297, 4});

    @TempDir
    static Path out;
    static CliRun build;

    @BeforeAll
    static void buildSampleIssue() {
        build = CliRun.of("build", SampleIssue.ID, "--out", out.toString());
    }

    private static Path pdf(String edition) {
        return out.resolve(SampleIssue.ID).resolve(edition + ".pdf");
    }

    @Test
    void exitsZeroAndPrintsOneLinePerEdition() {
        assertThat(build.exitCode()).as(build.err()).isZero();
        List<String> lines = build.out().lines().toList();
        assertThat(lines).hasSize(EDITIONS.size());
        for (int i = 0; i < EDITIONS.size(); i++) {
            String edition = EDITIONS.get(i);
            int pages = (int) EXPECTED.get(edition)[2];
            java.util.regex.Matcher line = java.util.regex.Pattern.compile(java.util.regex.Pattern.quote(edition)
                    + " +" + pages + " of " + pages + " pages +last page (\\d+)% full +\\S+/" + java.util.regex.Pattern.quote(edition)
                    + "\\.pdf  body \\d+(\\.\\d)?/\\d+(\\.\\d)? pt.*").matcher(lines.get(i));
            assertThat(line.matches()).as(lines.get(i)).isTrue();
            assertThat(Integer.parseInt(line.group(1))).as(lines.get(i)).isGreaterThanOrEqualTo(85);
        }
    }

    @Test
    void printsNoFopMessageForTheSampleIssue() {
        assertThat(build.err()).doesNotContain("FOP").doesNotContain("See position").doesNotContain("[too-wide]")
                .doesNotContain("warning");
    }

    @ParameterizedTest
    @ValueSource(strings = {"uk", "us", "ca-en", "ca-fr", "fr", "it", "co", "fa"})
    void pdfHasTheEditionsPageCountTrimSizeAndBleed(String edition) throws IOException {
        double[] expected = EXPECTED.get(edition);
        try (PdfProbe pdf = PdfProbe.open(pdf(edition))) {
            assertThat(pdf.pages()).isEqualTo((int) expected[2]);
            for (int page = 0; page < pdf.pages(); page++) {
                PDRectangle trim = pdf.trimBox(page);
                assertThat(trim.getWidth() / PdfProbe.POINTS_PER_MM).isCloseTo(expected[0], within(0.05));
                assertThat(trim.getHeight() / PdfProbe.POINTS_PER_MM).isCloseTo(expected[1], within(0.05));
                PDRectangle bleed = pdf.bleedBox(page);
                assertThat((bleed.getWidth() - trim.getWidth()) / 2 / PdfProbe.POINTS_PER_MM).isCloseTo(3, within(0.05));
                assertThat((bleed.getHeight() - trim.getHeight()) / 2 / PdfProbe.POINTS_PER_MM).isCloseTo(3, within(0.05));
                assertThat(trim.getLowerLeftX() - bleed.getLowerLeftX()).isCloseTo(3 * (float) PdfProbe.POINTS_PER_MM, within(0.1f));
                assertThat(pdf.mediaBox(page).getWidth()).isGreaterThan(bleed.getWidth());
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"uk", "us", "ca-en", "ca-fr", "fr", "it", "co", "fa"})
    void embedsEveryFontFromTheRepository(String edition) throws IOException {
        try (PdfProbe pdf = PdfProbe.open(pdf(edition))) {
            assertThat(pdf.unembeddedFonts()).isEmpty();
            assertThat(pdf.fontNames()).isNotEmpty()
                    .allSatisfy(name -> assertThat(name).matches("[A-Z]{6}\\+(NotoSerif|RobotoCondensed|Vazirmatn)-.*"));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"uk", "us", "ca-en"})
    void printsTheTitleEveryHeadingAndEveryParagraphOfTheSourceArticles(String edition) throws IOException {
        PrintedWords printed;
        try (PdfProbe pdf = PdfProbe.open(pdf(edition))) {
            printed = PrintedWords.of(pdf.bodyText(15), 2000);
        }
        for (String file : List.of("russian-revolution.md", "letters.md", "about.md")) {
            List<String> blocks = sourceBlocks(SampleIssue.FOLDER.resolve(file));
            assertThat(blocks).as(file).hasSizeGreaterThan(3);
            for (String block : blocks) {
                printed.assertPrints(block, file);
            }
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "uk    | 7 November 2017",
            "us    | November 7, 2017",
            "ca-en | November 7, 2017",
            "ca-fr | 7 novembre 2017",
            "fr    | 7 novembre 2017",
            "it    | 7 novembre 2017",
            "co    | 7 de noviembre de 2017",
            "fa    | ۱۶ آبان ۱۳۹۶ – ۷ نوامبر ۲۰۱۷"})
    void mastheadDateIsFormattedForTheEditionsLocale(String edition, String date) throws IOException {
        try (PdfProbe pdf = PdfProbe.open(pdf(edition))) {
            assertThat(pdf.pageText(1)).contains(date);
        }
    }

    /** The acknowledgement the licence asks for, in each edition's language. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "uk    | creative commons attribution 3 0 unported",
            "us    | creative commons attribution 3 0 unported",
            "ca-en | creative commons attribution 3 0 unported",
            "ca-fr | creative commons attribution 3 0 non transposé",
            "fr    | creative commons attribution 3 0 non transposé",
            "it    | creative commons attribuzione 3 0 unported",
            "co    | creative commons reconocimiento 3 0 unported",
            "fa    | creative commons attribution 3 0 unported"})
    void printsTheSourceAcknowledgementInEveryEdition(String edition, String licence) throws IOException {
        try (PdfProbe pdf = PdfProbe.open(pdf(edition))) {
            assertThat(PdfProbe.words(pdf.bodyText(15))).as(edition).contains("leftcom org").contains(PdfProbe.words(licence));
        }
    }

    @Test
    void leavesNoPartialFilesBehind() throws IOException {
        try (var files = Files.list(out.resolve(SampleIssue.ID))) {
            assertThat(files.map(p -> p.getFileName().toString())
                    .filter(name -> !name.endsWith(".pdf.build") && !name.equals(IncrementalBuild.DIGESTS_FILE)).toList())
                    .as("the PDFs and, hidden, their build records (.uk.pdf.build) and the digest cache")
                    .containsExactlyInAnyOrderElementsOf(EDITIONS.stream().map(e -> e + ".pdf").toList());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"uk", "us", "ca-en", "ca-fr", "fr", "it", "co", "fa"})
    void printPdfIsPdfX4WithACmykOutputIntentAndPassesPreflight(String edition) throws IOException {
        try (PdfProbe pdf = PdfProbe.open(pdf(edition))) {
            var document = pdf.document();
            assertThat(document.getDocumentInformation().getCustomMetadataValue("GTS_PDFXVersion")).isEqualTo("PDF/X-4");
            var intents = document.getDocumentCatalog().getOutputIntents();
            assertThat(intents).hasSize(1);
            assertThat(((org.apache.pdfbox.cos.COSStream) intents.get(0).getDestOutputIntent().getCOSObject()).getInt(org.apache.pdfbox.cos.COSName.N)).isEqualTo(4);
            String xmp = new String(document.getDocumentCatalog().getMetadata().toByteArray(), java.nio.charset.StandardCharsets.UTF_8);
            assertThat(xmp).contains("GTS_PDFXVersion").contains("<dc:title>").contains("(" + editionName(edition))
                    .contains("<rdf:li>" + document.getDocumentCatalog().getLanguage() + "</rdf:li>");
            for (var page : document.getPages()) {
                assertThat(page.getAnnotations()).allSatisfy(a -> assertThat(a.getSubtype()).isEqualTo("PrinterMark"));
            }
        }
        byte[] bytes = Files.readAllBytes(pdf(edition));
        assertThat(new String(bytes, 0, 8, java.nio.charset.StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-1.6");
        assertThat(new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1)).doesNotContain("/ObjStm");
        CliRun preflight = CliRun.of("preflight", pdf(edition).toString());
        assertThat(preflight.exitCode()).as(preflight.out()).isZero();
        assertThat(preflight.out()).endsWith("preflight: 1 file, 0 errors, 0 warnings\n");
    }

    /**
     * The print file's XMP is XMP: the Dublin Core title and description are language alternatives, the creator and
     * date ordered arrays, the subject and language unordered ones (FOP wrote them all as plain text), and they
     * agree with the document information.
     */
    @Test
    void printXmpGivesDublinCoreItsArrayTypes() throws Exception {
        try (PdfProbe pdf = PdfProbe.open(pdf("fr"))) {
            var factory = javax.xml.parsers.DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            var xmp = factory.newDocumentBuilder().parse(pdf.document().getDocumentCatalog().getMetadata().createInputStream());
            var xpath = javax.xml.xpath.XPathFactory.newInstance().newXPath();
            xpath.setNamespaceContext(new javax.xml.namespace.NamespaceContext() {
                public String getNamespaceURI(String prefix) {
                    return switch (prefix) {
                        case "dc" -> "http://purl.org/dc/elements/1.1/";
                        case "xml" -> javax.xml.XMLConstants.XML_NS_URI;
                        default -> "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
                    };
                }
                public String getPrefix(String uri) {
                    return null;
                }
                public java.util.Iterator<String> getPrefixes(String uri) {
                    return null;
                }
            });
            var info = pdf.document().getDocumentInformation();
            assertThat(xpath.evaluate("//dc:title/rdf:Alt/rdf:li[@xml:lang='x-default']", xmp)).isEqualTo(info.getTitle());
            assertThat(xpath.evaluate("//dc:description/rdf:Alt/rdf:li[@xml:lang='x-default']", xmp)).isEqualTo(info.getSubject());
            assertThat(xpath.evaluate("//dc:creator/rdf:Seq/rdf:li", xmp)).isEqualTo(info.getAuthor());
            assertThat(xpath.evaluate("//dc:date/rdf:Seq/rdf:li", xmp)).matches("\\d{4}-\\d\\d-\\d\\dT.*");
            assertThat(xpath.evaluate("//dc:subject/rdf:Bag/rdf:li", xmp)).isEqualTo(info.getKeywords());
            assertThat(xpath.evaluate("//dc:language/rdf:Bag/rdf:li", xmp)).isEqualTo("fr-FR");
            assertThat(xpath.evaluate("count(//dc:*[not(*)])", xmp)).as("Dublin Core properties as plain text").isEqualTo("1"); // dc:format
        }
    }

    /**
     * A font name with its subset tag stands for one subset in every edition: a RIP that caches fonts by name across
     * files prints the right glyphs. (FOP tags subsets by counting, EAAAAA+ to EAAAAF+, the same in every file.)
     */
    @Test
    void givesDifferentSubsetsOfAFontDifferentNamesAcrossEditions() throws IOException {
        Map<String, byte[]> seen = new java.util.HashMap<>();
        Map<String, String> seenIn = new java.util.HashMap<>();
        int shared = 0;
        for (String edition : EDITIONS) {
            try (PdfProbe pdf = PdfProbe.open(pdf(edition))) {
                for (Map.Entry<String, byte[]> font : pdf.embeddedFontPrograms().entrySet()) {
                    byte[] before = seen.putIfAbsent(font.getKey(), font.getValue());
                    if (before != null) {
                        shared++;
                        assertThat(font.getValue()).as("%s in %s and %s", font.getKey(), seenIn.get(font.getKey()), edition)
                                .isEqualTo(before);
                    }
                    seenIn.putIfAbsent(font.getKey(), edition);
                }
            }
        }
        assertThat(seen).hasSizeGreaterThan(8 * 5);
        assertThat(shared).as("the slug line's subset, the same glyphs in editions with the same label letters").isLessThan(8);
    }

    /**
     * The output intent is the printer's profile file byte for byte, on JDK 17 too (whose ICC_Profile, which FOP
     * embeds through, rewrites the header): its profile ID, the MD5 of the profile with the flags, rendering intent
     * and ID fields zeroed (ICC.1:2010 7.2.18), still checks out.
     */
    @Test
    void embedsThePrintersProfileByteForByte() throws Exception {
        byte[] file = Files.readAllBytes(Path.of("styles", "icc", "ISOcoated_v2_300_bas.icc"));
        byte[] embedded;
        try (PdfProbe pdf = PdfProbe.open(pdf("uk"))) {
            embedded = pdf.document().getDocumentCatalog().getOutputIntents().get(0).getDestOutputIntent()
                    .createInputStream().readAllBytes();
        }
        assertThat(embedded).as("the embedded profile, %d bytes, is %s (the file: %s)", embedded.length,
                new String(embedded, 4, 4, java.nio.charset.StandardCharsets.US_ASCII),
                new String(file, 4, 4, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo(file);
        byte[] zeroed = embedded.clone();
        java.util.Arrays.fill(zeroed, 44, 48, (byte) 0);
        java.util.Arrays.fill(zeroed, 64, 68, (byte) 0);
        java.util.Arrays.fill(zeroed, 84, 100, (byte) 0);
        assertThat(java.security.MessageDigest.getInstance("MD5").digest(zeroed))
                .isEqualTo(java.util.Arrays.copyOfRange(embedded, 84, 100));
    }

    private static String editionName(String edition) {
        return press.aurora.pipeline.BuildResources.loadEditions(press.aurora.pipeline.Workspace.current()).stream()
                .filter(e -> e.id().equals(edition)).findFirst().orElseThrow().name();
    }

    @Test
    void popplerAgreesThatFontsAreEmbeddedAndBoxesAreRight() throws Exception {
        Assumptions.assumeTrue(onPath("pdffonts") && onPath("pdfinfo"),
                "poppler-utils (pdffonts, pdfinfo) not installed: independent check skipped");
        for (String edition : EDITIONS) {
            String fonts = run("pdffonts", pdf(edition).toString());
            List<String> rows = fonts.lines().skip(2).toList();
            assertThat(rows).as(edition).isNotEmpty().allSatisfy(row -> assertThat(row).containsPattern("CID TrueType\\s+Identity-H\\s+yes\\s+yes"));
            String boxes = run("pdfinfo", "-box", pdf(edition).toString());
            double[] size = EXPECTED.get(edition);
            double w = size[0] * PdfProbe.POINTS_PER_MM;
            double h = size[1] * PdfProbe.POINTS_PER_MM;
            double b = 3 * PdfProbe.POINTS_PER_MM;
            assertThat(box(boxes, "TrimBox")).as(edition).containsExactly(new double[] {0, 0, w, h}, within(0.02));
            assertThat(box(boxes, "BleedBox")).as(edition).containsExactly(new double[] {-b, -b, w + b, h + b}, within(0.02));
        }
    }

    private static double[] box(String pdfinfo, String name) {
        String line = pdfinfo.lines().filter(l -> l.startsWith(name + ":")).findFirst().orElseThrow();
        String[] parts = line.substring(name.length() + 1).trim().split("\\s+");
        return java.util.Arrays.stream(parts).mapToDouble(Double::parseDouble).toArray();
    }

    private static boolean onPath(String command) {
        return java.util.Arrays.stream(System.getenv("PATH").split(java.io.File.pathSeparator))
                .anyMatch(dir -> Files.isExecutable(Path.of(dir, command)));
    }

    private static String run(String... command) throws Exception {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(process.waitFor()).as(String.join(" ", command) + "\n" + output).isZero();
        return output;
    }

    /**
     * The text blocks of a Markdown file, read without the program's own parser: front matter
     * values, headings, paragraphs, list items and note texts, with Markdown markers removed.
     */
    static List<String> sourceBlocks(Path markdown) throws IOException {
        String text = Files.readString(markdown);
        String[] parts = text.split("\n---\n", 2);
        List<String> blocks = new ArrayList<>();
        for (String line : parts[0].replaceFirst("^---\n", "").split("\n")) {
            if (line.matches("(title|kicker|standfirst): .*")) {
                blocks.add(line.substring(line.indexOf(':') + 1));
            }
        }
        for (String block : parts[1].split("\n\\s*\n")) {
            String cleaned = block.strip()
                    // a figure prints its caption (the image title) and credit; its alt text is for screen readers
                    .replaceAll("(?m)^!\\[[^\\]]*\\]\\([^\"\\)]*(?:\"([^\"]*)\")?\\)(\\{[^}]*\\})?", " $1 ")
                    .replaceAll("(?m)^>\\s?", "")
                    .replaceAll("\\[!\\w+\\]", " ")
                    .replaceAll("\\[\\^[^\\]]+\\]:?", " ")
                    .replaceAll("(?m)^\\s*(#+|- |\\* \\* \\*)", " ")
                    .replace("*", "");
            if (!cleaned.isBlank()) {
                blocks.add(cleaned);
            }
        }
        return blocks;
    }
}
