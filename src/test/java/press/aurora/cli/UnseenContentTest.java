package press.aurora.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import press.aurora.testing.CliRun;
import press.aurora.testing.PdfProbe;
import press.aurora.testing.SampleIssue;

/**
 * Articles written by other hands than the sample's: characters that cannot be printed, scripts no
 * font has, nesting deeper than the columns can indent, tables, words too long for a column. Each runs
 * the real command line on a copy of the sample issue whose letters are replaced by the test article
 * (so the edition still fits its pages), and checks the exit code, the message and the PDF's text.
 */
class UnseenContentTest {

    private static final Path ARTICLES = Path.of("src/test/resources/press/aurora/cli/unseen");

    @TempDir
    Path temp;

    /** A copy of the sample issue with its letters replaced by {@code article} (file name, text). */
    private Path issueWith(String name, String text) throws IOException {
        Path issue = SampleIssue.copyTo(temp.resolve("issues"));
        Files.writeString(issue.resolve(name), text, StandardCharsets.UTF_8);
        SampleIssue.edit(issue, "issue.yaml", "file: letters.md\n    role: letters", "file: " + name + "\n    role: article");
        return issue;
    }

    private Path issueWith(String resource) throws IOException {
        return issueWith(resource, Files.readString(ARTICLES.resolve(resource)));
    }

    private CliRun build(Path issue, String... more) {
        String[] args = new String[6 + more.length];
        System.arraycopy(new String[] {"build", issue.toString(), "-e", "uk", "--out", temp.resolve("out").toString()}, 0, args, 0, 6);
        System.arraycopy(more, 0, args, 6, more.length);
        return CliRun.of(args);
    }

    private Path pdf() {
        return temp.resolve("out").resolve(SampleIssue.ID).resolve("uk.pdf");
    }

    private String pdfWords() throws IOException {
        try (PdfProbe probe = PdfProbe.open(pdf())) {
            String words = PdfProbe.words(probe.text());
            assertThat(words).as("the PDF has the lead article's text").contains(PdfProbe.words("The Significance of the Russian Revolution"));
            return words;
        }
    }

    private static void assertFailsWithOneLine(CliRun run, String... parts) {
        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.FAILED);
        assertThat(run.err().strip().lines()).as(run.err()).hasSize(1);
        assertThat(run.err()).contains(parts).doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void aControlCharacterIsAnErrorAtItsLineAndColumnWithItsCodePoint() throws IOException {
        Path issue = issueWith("paste.md", "---\ntitle: Pasted\n---\n\nPasted from a terminal: the \u0001 got in.\n");
        CliRun run = build(issue);
        assertFailsWithOneLine(run, "paste.md:5:29: error: character U+0001", "control character", "[bad-character]");
        assertThat(pdf()).doesNotExist();
    }

    @Test
    void theReplacementCharacterIsAnErrorBecauseALetterWasLostBeforeUs() throws IOException {
        Path issue = issueWith("lost.md", "---\ntitle: Lost\n---\n\nA first line.\nThe na\uFFFDve reader.\n");
        assertFailsWithOneLine(build(issue), "lost.md:6:7: error: character U+FFFD REPLACEMENT CHARACTER", "put back");
    }

    @Test
    void anUnpairedSurrogateInTheFileIsAnErrorAtItsLine() throws IOException {
        Path issue = issueWith("surrogate.md", "");
        byte[] head = "---\ntitle: Broken\n---\n\nBefore ".getBytes(StandardCharsets.UTF_8);
        byte[] surrogate = {(byte) 0xED, (byte) 0xA0, (byte) 0x80}; // U+D800 encoded, which UTF-8 forbids
        Files.write(issue.resolve("surrogate.md"), concat(head, surrogate, " after.\n".getBytes(StandardCharsets.UTF_8)));
        assertFailsWithOneLine(build(issue), "surrogate.md:5:8: error: byte 0xED is not valid UTF-8", "[encoding]");
    }

    @Test
    void aLetterNoFontHasIsAnErrorNamingArticleLineColumnCodePointFontAndWhatToDo() throws IOException {
        Path issue = issueWith("runes.md", "---\ntitle: Runes\n---\n\nAn inscription reads ᚠ, the first rune.\n");
        CliRun run = build(issue);
        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.FAILED);
        assertThat(run.out()).contains("uk     FAILED");
        assertThat(run.err()).contains("runes.md:5:22: error: character U+16A0 RUNIC LETTER FEHU", "\"ᚠ\"",
                "NotoSerif-Regular (styles/fonts/noto-serif/NotoSerif-Regular.ttf)", "add a font that has it to styles/fop.xconf",
                "or change the text", "[missing-glyph]").doesNotContain("Glyph \"").doesNotContain("Exception");
        assertThat(pdf()).doesNotExist();
    }

    @Test
    void aTranslationsLetterNoFontHasIsAnErrorAtThePoFilesLineAndColumn() {
        Path issue = SampleIssue.copyTo(temp.resolve("issues"));
        SampleIssue.copyTree(Path.of("translations"), temp.resolve("translations"));
        SampleIssue.edit(temp.resolve("translations/fr/2017-11"), "about.po", "msgstr \"Aurora est le journal", "msgstr \"Aurora \u16A0 est le journal");
        CliRun run = CliRun.of("build", issue.toString(), "-e", "fr", "--out", temp.resolve("out").toString());
        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.FAILED);
        assertThat(run.err()).contains("translations/fr/2017-11/about.po:27:16: error: character U+16A0 RUNIC LETTER FEHU",
                "NotoSerif-Regular", "[missing-glyph]");
        assertThat(temp.resolve("out").resolve(SampleIssue.ID).resolve("fr.pdf")).doesNotExist();
    }

    @Test
    void aCharacterIsCheckedAgainstTheFontTheLayoutSetsItsTextIn() throws IOException {
        // U+2187 ROMAN NUMERAL FIFTY THOUSAND is in Roboto Condensed (headings) but neither in Noto Serif (body text) nor in
        // the fallback at the end of both lists, DejaVu Sans
        Path issue = issueWith("fonts.md");
        SampleIssue.edit(issue, "fonts.md", "Congress \u2161", "Congress \u2187");
        SampleIssue.edit(issue, "fonts.md", "The second congress", "Congress \u2187");
        CliRun inBody = build(issue);
        assertThat(inBody.exitCode()).isEqualTo(ExitCodes.FAILED);
        assertThat(inBody.err()).contains("fonts.md:9:10: error: character U+2187 ROMAN NUMERAL FIFTY THOUSAND", "NotoSerif-Regular",
                        "DejaVuSans").doesNotContain("fonts.md:5");
    }

    @Test
    void contentWiderThanTheColumnFailsTheEditionUnderStrictAtItsLine() throws IOException {
        CliRun strict = build(issueWith("long-token.md"), "--strict");
        assertThat(strict.exitCode()).isEqualTo(ExitCodes.FAILED);
        assertThat(strict.out()).contains("uk     FAILED");
        assertThat(strict.err()).contains("long-token.md:5:1: error: ", "wider than the column", "--strict");
        assertThat(pdf()).doesNotExist();
    }

    /**
     * Unusual but printable articles, built once together: a 1000-level block quote, deep lists and
     * quotes, a table with long words, a heading with a character only the headline font has, and an
     * unbreakable reference wider than the column.
     */
    @Nested
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    class Printable {

        private CliRun run;
        private String words;
        private String text;
        private Path printed;

        @BeforeAll
        void buildOnce(@TempDir Path folder) throws IOException {
            temp = folder;
            Path issue = issueWith("deep.md", "---\ntitle: Voices within voices\n---\n\nA reader forwarded a chain of quotations.\n\n"
                    + "> ".repeat(1000) + "innermost words of the chain\n\nAfter the chain.\n");
            StringBuilder articles = new StringBuilder("file: deep.md\n    role: article");
            for (String name : new String[] {"nested-lists.md", "table.md", "fonts.md", "long-token.md", "pasted.md", "empty.md", "addresses.md"}) {
                Files.copy(ARTICLES.resolve(name), issue.resolve(name));
                articles.append("\n  - file: ").append(name).append("\n    role: article");
            }
            SampleIssue.edit(issue, "issue.yaml", "file: deep.md\n    role: article", articles.toString());
            run = build(issue);
            assertThat(run.exitCode()).as(run.err()).isZero();
            words = pdfWords();
            printed = pdf();
            try (PdfProbe probe = PdfProbe.open(printed)) {
                text = probe.text();
            }
        }

        private List<String> warnings(String code) {
            return run.err().lines().filter(l -> l.contains("[" + code + "]")).toList();
        }

        @Test
        void aThousandLevelBlockQuoteIsPrintedFlattenedWithAllItsTextAndOneWarning() {
            assertThat(warnings("nesting-flattened")).filteredOn(l -> l.contains("deep.md")).singleElement().asString()
                    .contains("deep.md:7:7: warning: block quotes and lists nested deeper than 3 levels");
            assertThat(words).contains(PdfProbe.words("innermost words of the chain"), PdfProbe.words("After the chain."));
        }

        @Test
        void deepListsAndQuotesKeepEveryWordAndWarnOncePerFlattenedBlock() {
            assertThat(warnings("nesting-flattened")).filteredOn(l -> l.contains("nested-lists.md")).hasSize(2)
                    .anySatisfy(l -> assertThat(l).contains("nested-lists.md:10:7: warning: "))
                    .anySatisfy(l -> assertThat(l).contains("nested-lists.md:19:7: warning: "));
            assertThat(words).contains(PdfProbe.words("recallable at any time by those who elected them"),
                    PdfProbe.words("street committees elected at open meetings"),
                    PdfProbe.words("The factory will close before it is run by committees."));
        }

        @Test
        void anOrdinaryTableOnA3PrintsWithoutOverflowAndWithEveryCell() {
            assertThat(warnings("too-wide")).noneMatch(l -> l.contains("table.md"));
            for (String cell : new String[] {"Characteristic demands", "Metalworking and engineering", "112,350", "186,420",
                    "Nationalisation, telegraphists' representation", "Freedom of the press, abolition of censorship"}) {
                assertThat(words).contains(PdfProbe.words(cell));
            }
        }

        @Test
        void signsAndLettersTheTextFontsLackArePrintedInTheFallbackFont() throws IOException {
            assertThat(words).contains(PdfProbe.words("Real wages fell −3% in a year (≈ 8 million workers), arrows → and ← in a chart"),
                    PdfProbe.words("x ≤ 2 ≥ 1 ≠ 0, ✓ done ★, and a reader in Yerevan signs Հայերեն."));
            try (PDDocument document = Loader.loadPDF(printed.toFile())) {
                List<String> fonts = new ArrayList<>();
                for (PDPage page : document.getPages()) {
                    for (COSName name : page.getResources().getFontNames()) {
                        fonts.add(page.getResources().getFont(name).getName());
                    }
                }
                assertThat(fonts).anyMatch(font -> font.endsWith("+DejaVuSans"));
            }
        }

        @Test
        void aHeadingCharacterThatOnlyTheHeadlineFontHasIsPrinted() {
            assertThat(run.err()).doesNotContain("[missing-glyph]");
            assertThat(words).contains(PdfProbe.words("The heading above carries a Roman numeral character"));
        }

        @Test
        void aWordWiderThanTheColumnIsReportedOnceAtItsLineAndPrinted() {
            assertThat(warnings("too-wide")).singleElement().asString()
                    .startsWith("uk     warning: ").contains("long-token.md:5:1: ", "wider than the column");
            assertThat(words).contains(PdfProbe.words("F2317_O1_D12_L45_OB_1917"));
        }

        @Test
        void lettersWithCombiningAccentsAsAMacPastesThemArePrintedAndNotReportedLost() {
            // the accents are U+0303, U+0308...: PDFBox reads a tilde drawn left of its n's origin before the n
            assertThat(run.err()).doesNotContain("[text-lost]");
            // and sets it apart as if it began a word: the letters are compared, as the build's own check does
            assertThat(words.replace(" ", "")).contains(PdfProbe.words("the dockers of São Paulo, Zürich and España, the Tiếng Việt leaflet")
                    .replace(" ", ""));
        }

        @Test
        void invisibleJoinersArePrintedAsNothingNotAsTheFontsVisibleSigns() {
            assertThat(words).contains("a nonjoiner in auflage a joiner in zerowidth a grapheme joiner in grapheme a word joiner in wordjoiner");
            assertThat(text).contains("\u2665").doesNotContain("\u200C").doesNotContain("\u200D").doesNotContain("\u034F").doesNotContain("\u2060")
                    .doesNotContain("\uFE0F");
        }

        @Test
        void aTableOfHeaderRowsOnlyIsPrintedWithItsHeadings() {
            assertThat(run.err()).doesNotContain("table-body");
            assertThat(words).contains(PdfProbe.words("The form for volunteers came without its rows: Volunteer Shift Since It will be filled in"));
        }

        @Test
        void anArticleWithNoTextIsPrintedAsItsHeadlineWithAWarningAtItsFile() {
            assertThat(warnings("empty-article")).singleElement().asString()
                    .contains("empty.md:2:1: warning: the article has no text under its front matter", "[empty-article]");
            assertThat(words).contains(PdfProbe.words("A notice still to be written"));
        }

        @Test
        void aLongAddressBreaksAcrossLinesWithoutAHyphenThatWouldReadAsPartOfIt() {
            // neither address has a hyphen of its own, and a 52 mm column cannot hold either on one line
            int start = text.indexOf("The minutes are at");
            String addresses = text.substring(start, text.indexOf("anyone", start));
            assertThat(addresses.lines().count()).isGreaterThan(3);
            assertThat(addresses).doesNotContain("-").doesNotContain("\u2010");
            assertThat(words.replace(" ", "")).contains(PdfProbe.words("https://www.example.org/documents/twentyninetynine/february/"
                    + "minutesofthegeneralassemblyofthestrikecommittee.pdf and the secretary answers at "
                    + "strike.committee.secretary.general@federationofmetalworkers.example.org").replace(" ", ""));
            assertThat(warnings("too-wide")).noneMatch(l -> l.contains("addresses.md"));
        }

        @Test
        void noRawFopMessageReachesTheEditor() {
            assertThat(run.err()).doesNotContain("See position").doesNotContain("millipoints").doesNotContain("FOP");
        }
    }

    /**
     * A five-column table is more than one column of a tabloid page holds (it used to overflow there):
     * it is set across the page, each row on one line, with every cell, and no line overflows.
     */
    @Test
    void aTableWiderThanItsColumnIsSetAcrossTheTabloidPage() throws IOException {
        Path issue = issueWith("table.md");
        CliRun run = CliRun.of("build", issue.toString(), "-e", "us", "--out", temp.resolve("out").toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.err()).doesNotContain("[too-wide]").doesNotContain("[text-lost]");
        try (PdfProbe probe = PdfProbe.open(temp.resolve("out").resolve(SampleIssue.ID).resolve("us.pdf"))) {
            assertThat(probe.text().lines()).contains("Textiles 61 38,900 52,310 Equal pay for women, abolition of piecework",
                    "18 21,770 44,060 Nationalisation, telegraphists’ representation");
        }
    }

    /**
     * Tables, quotes and headings of every level before the letters, on letter paper: the letters' kicker came at
     * the foot of page 1 and its headline on page 2. An article's head is never split.
     */
    @Test
    void aKickerIsNeverLeftAtAPageFootWithoutItsHeadline() throws IOException {
        Path issue = SampleIssue.copyTo(temp.resolve("issues"));
        StringBuilder articles = new StringBuilder();
        for (String name : new String[] {"tables.md", "quotes.md", "marks.md"}) {
            Files.copy(ARTICLES.resolve("kicker").resolve(name), issue.resolve(name));
            articles.append(articles.isEmpty() ? "" : "\n  - ").append("file: ").append(name).append("\n    role: ")
                    .append(articles.isEmpty() ? "lead" : "article");
        }
        SampleIssue.edit(issue, "issue.yaml", "file: russian-revolution.md\n    role: lead", articles.toString());
        CliRun run = CliRun.of("build", issue.toString(), "-e", "ca-en", "--out", temp.resolve("out").toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        try (PdfProbe probe = PdfProbe.open(temp.resolve("out").resolve(SampleIssue.ID).resolve("ca-en.pdf"))) {
            int withKicker = -1;
            for (int page = 1; page <= probe.pages(); page++) {
                if (PdfProbe.words(probe.pageText(page)).contains("readers write")) {
                    withKicker = page;
                }
            }
            assertThat(withKicker).as("the letters' kicker is printed").isPositive();
            assertThat(PdfProbe.words(probe.pageText(withKicker))).as("its headline and standfirst are on its page")
                    .contains(PdfProbe.words("Readers write Letters Comments sent by readers on the article"));
        }
    }

    private static byte[] concat(byte[]... parts) {
        int length = 0;
        for (byte[] part : parts) {
            length += part.length;
        }
        byte[] all = new byte[length];
        int at = 0;
        for (byte[] part : parts) {
            System.arraycopy(part, 0, all, at, part.length);
            at += part.length;
        }
        return all;
    }
}
