package press.aurora.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import press.aurora.testing.CliRun;
import press.aurora.testing.PdfProbe;
import press.aurora.testing.PrintedWords;
import press.aurora.testing.SampleWorkspace;
import press.aurora.translate.Catalog;
import press.aurora.translate.WordCounter;
import press.aurora.translate.po.PoEntry;

/** The translated editions of the sample, read back from their PDFs. */
class TranslatedEditionsTest {

    private static final String PARAGRAPH = "Revolutionaries knew that, without a world revolution, workers power in Russia"
            + " could not survive, let alone build socialism. Nevertheless they took some steps towards it.";
    private static final String EDITED = PARAGRAPH.replace("Revolutionaries knew that", "Revolutionaries knew well that");

    @TempDir
    static Path out;
    static CliRun build;

    @TempDir
    Path root;

    @BeforeAll
    static void buildTranslatedEditions() {
        build = CliRun.of("build", "-e", "ca-fr", "-e", "fr", "-e", "it", "-e", "co", "-e", "fa", "--out", out.toString());
    }

    /** The translated messages of a language's articles (not the interface strings). */
    private static List<PoEntry> translations(String language) {
        List<PoEntry> entries = new ArrayList<>();
        for (String article : List.of("russian-revolution", "letters", "about")) {
            entries.addAll(Catalog.read(Path.of("translations", language, "2017-11", article + ".po")).orElseThrow().po().messages());
        }
        return entries;
    }

    private static PrintedWords printed(Path pdf) throws IOException {
        try (PdfProbe probe = PdfProbe.open(pdf)) {
            return PrintedWords.of(probe.bodyText(15), 2000);
        }
    }

    /** The edition's own word for the proof mark, as its language's strings.po translates it. */
    private static String proofMark(String language) {
        return Catalog.read(Path.of("translations", language, "strings.po")).orElseThrow().po().messages().stream()
                .filter(e -> e.msgid().equals("PROOF")).findFirst().orElseThrow().msgstr().get(0);
    }

    @ParameterizedTest
    @CsvSource({"ca-fr, fr", "fr, fr", "it, it", "co, es", "fa, fa"})
    void printsEveryTranslatedTextAndNoneOfTheEnglishParagraphs(String edition, String language) throws IOException {
        assertThat(build.exitCode()).as(build.err()).isZero();
        PrintedWords printed = printed(out.resolve("2017-11").resolve(edition + ".pdf"));

        List<PoEntry> entries = translations(language);
        assertThat(entries).hasSize(67).allMatch(PoEntry::isTranslated);
        printed.assertPrints(WordCounter.plainText(entries.get(0).msgstr().get(0)), "the title");
        for (PoEntry entry : entries) {
            if (entry.extractedComments().contains("image alt text")) {
                continue; // said to readers who cannot see the photo (screen PDFs), not printed on the page
            }
            String translated = WordCounter.plainText(entry.msgstr().get(0));
            printed.assertPrints(translated, language + " translation of " + entry.msgid());
            String english = WordCounter.plainText(entry.msgid());
            if (WordCounter.count(english) >= 5 && !PdfProbe.words(english).equals(PdfProbe.words(translated))) {
                printed.assertDoesNotPrint(english, "English text in the " + edition + " edition");
            }
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"fr | fr | Journal de la Tendance communiste internationaliste | Nous contacter | N° 1",
            "it | it | Giornale della Tendenza comunista internazionalista | Contattaci | N. 1",
            "co | es | Periódico de la Tendencia Comunista Internacionalista | Contacto | N.º 1"})
    void printsTheTranslatedInterfaceStringsAndNoProofMark(String edition, String language, String subtitle, String contact,
                                                           String number) throws IOException {
        String proof = proofMark(language);
        assertThat(proof).isNotEqualTo("PROOF").isNotBlank();
        try (PdfProbe pdf = PdfProbe.open(out.resolve("2017-11").resolve(edition + ".pdf"))) {
            assertThat(pdf.pageText(1)).contains(subtitle, number);
            assertThat(pdf.text()).contains(contact).doesNotContain("Contact us", "Broadsheet of", "PROOF", proof);
        }
    }

    @Test
    void editingOneEnglishParagraphMakesItFuzzyEverywhereAndTheFrenchBuildFailsOrFallsBack() throws IOException {
        SampleWorkspace.copyTo(root);
        SampleWorkspace.edit(root, "issues/2017-11/russian-revolution.md", PARAGRAPH, EDITED);

        CliRun extract = SampleWorkspace.run(root, "extract");

        assertThat(extract.exitCode()).as(extract.err()).isZero();
        for (String language : List.of("fr", "it", "es")) {
            List<PoEntry> entries = Catalog.read(root.resolve("translations/" + language + "/2017-11/russian-revolution.po"))
                    .orElseThrow().po().entries();
            assertThat(entries).filteredOn(PoEntry::isFuzzy).singleElement().satisfies(e -> {
                assertThat(e.msgid()).isEqualTo(EDITED);
                assertThat(e.previousMsgid()).isEqualTo(PARAGRAPH);
            });
            assertThat(entries).filteredOn(e -> !e.isFuzzy()).allMatch(PoEntry::isTranslated);
        }
        Path po = root.resolve("translations/fr/2017-11/russian-revolution.po");
        int line = lineOf(po, "msgid \"" + EDITED);
        String where = po + ":" + line;

        CliRun check = SampleWorkspace.run(root, "check");
        assertThat(check.exitCode()).isEqualTo(ExitCodes.FAILED);
        assertThat(check.out()).contains(where + ": warning: fuzzy translation of \"Revolutionaries knew well that, without a world revolution…\"");

        Path pdfs = root.resolve("out");
        CliRun fail = SampleWorkspace.run(root, "build", "-e", "fr", "--out", pdfs.toString());
        assertThat(fail.exitCode()).isEqualTo(ExitCodes.FAILED);
        assertThat(fail.out()).isEqualTo("fr     FAILED\n");
        assertThat(fail.err()).contains("fr     1 message has no finished 'fr' translation (fallback: fail in styles/editions.yaml;")
                .contains("\n" + where + ": error: fuzzy translation of \"Revolutionaries knew well that, without a world revolution…\""
                        + " is not printed: review it and remove the fuzzy flag (or build a proof with --allow-fuzzy) [fuzzy]\n");
        assertThat(pdfs.resolve("2017-11/fr.pdf")).doesNotExist();

        SampleWorkspace.edit(root, "styles/editions.yaml", "  fr:\n    name: France\n", "  fr:\n    name: France\n    fallback: source\n");
        CliRun fallBack = SampleWorkspace.run(root, "build", "-e", "fr", "--out", pdfs.toString());
        assertThat(fallBack.exitCode()).as(fallBack.err()).isZero();
        assertThat(fallBack.err()).contains("fr     warning: 1 message fell back to the source text");
        PrintedWords printed = printed(pdfs.resolve("2017-11/fr.pdf"));
        printed.assertPrints(EDITED, "the English source of the fuzzy message");
        printed.assertPrints("La signification de la révolution russe aujourd’hui", "the French title");
        String fuzzy = Catalog.read(po).orElseThrow().po().entries().stream().filter(PoEntry::isFuzzy).findFirst().orElseThrow()
                .msgstr().get(0);
        assertThat(WordCounter.count(WordCounter.plainText(fuzzy))).isGreaterThan(10);
        printed.assertDoesNotPrint(WordCounter.plainText(fuzzy), "the fuzzy French translation");

        CliRun proof = SampleWorkspace.run(root, "build", "-e", "it", "--allow-fuzzy", "--out", pdfs.toString());
        assertThat(proof.exitCode()).as(proof.err()).isZero();
        assertThat(proof.err()).contains("it     warning: proof: 1 fuzzy translation printed; every page is marked as a proof");
        try (PdfProbe pdf = PdfProbe.open(pdfs.resolve("2017-11/it.pdf"))) {
            for (int page = 1; page <= pdf.pages(); page++) {
                assertThat(pdf.pageText(page)).as("page %d", page).contains(proofMark("it"));
            }
            assertThat(PdfProbe.words(pdf.text())).contains(PdfProbe.words("I rivoluzionari sapevano"));
        }
    }

    @Test
    void anEditionWithoutOneOfItsPoFilesFailsWithOneLineForThatFile() throws IOException {
        SampleWorkspace.copyTo(root);
        Files.delete(root.resolve("translations/it/2017-11/about.po"));

        CliRun run = SampleWorkspace.run(root, "build", "-e", "it", "--out", root.resolve("out").toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.FAILED);
        assertThat(run.err()).isEqualTo("it     11 messages have no finished 'it' translation (fallback: fail in "
                + "styles/editions.yaml; 'fallback: source' prints the source text instead)\n"
                + root.resolve("translations/it/2017-11/about.po") + ": error: does not exist, so its 11 messages are untranslated;"
                + " run 'aurora extract --lang it' to start it, then translate it [untranslated]\n"
                + "1 of 1 editions failed\n");
    }

    @Test
    void aNewLanguagesEditionSaysHowToStartEachOfItsFiles() throws IOException {
        SampleWorkspace.copyTo(root);
        Path editions = root.resolve("styles/editions.yaml");
        Files.writeString(editions, Files.readString(editions) + """
                  de:
                    name: Deutschland
                    country: DE
                    locale: de-DE
                    language: de
                    paper: A4
                    pages: 4
                    price: free
                    contact:
                      - de@example.org
                """);

        CliRun run = SampleWorkspace.run(root, "build", "-e", "de", "--out", root.resolve("out").toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.FAILED);
        assertThat(run.err().lines().filter(l -> l.contains(": error: ")).toList()).containsExactly(
                root.resolve("translations/de/2017-11/russian-revolution.po") + ": error: does not exist, so its 35 messages are"
                        + " untranslated; run 'aurora extract --lang de' to start it, then translate it [untranslated]",
                root.resolve("translations/de/2017-11/letters.po") + ": error: does not exist, so its 21 messages are"
                        + " untranslated; run 'aurora extract --lang de' to start it, then translate it [untranslated]",
                root.resolve("translations/de/2017-11/about.po") + ": error: does not exist, so its 11 messages are"
                        + " untranslated; run 'aurora extract --lang de' to start it, then translate it [untranslated]",
                root.resolve("translations/de/strings.po") + ": error: does not exist, so its 10 messages are"
                        + " untranslated; run 'aurora extract --lang de' to start it, then translate it [untranslated]");

        CliRun extract = SampleWorkspace.run(root, "extract", "--lang", "de");
        assertThat(extract.exitCode()).as(extract.err()).isZero();
        assertThat(root.resolve("translations/de/2017-11/about.po")).exists();
        assertThat(root.resolve("translations/de/strings.po")).exists();
    }

    @Test
    void oneEditionsFailureDoesNotStopTheOthers() throws IOException {
        SampleWorkspace.copyTo(root);
        Files.delete(root.resolve("translations/it/2017-11/about.po"));
        Path pdfs = root.resolve("out");

        CliRun run = SampleWorkspace.run(root, "build", "-e", "uk", "-e", "it", "-e", "fr", "--out", pdfs.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.FAILED);
        List<String> lines = run.out().lines().toList();
        assertThat(lines).hasSize(3);
        assertThat(lines.get(0)).startsWith("uk ").contains("2 of 2 pages");
        assertThat(lines.get(1)).isEqualTo("it     FAILED");
        assertThat(lines.get(2)).startsWith("fr ").contains("4 of 4 pages");
        assertThat(run.err()).endsWith("1 of 3 editions failed\n");
        assertThat(pdfs.resolve("2017-11/uk.pdf")).exists();
        assertThat(pdfs.resolve("2017-11/fr.pdf")).exists();
        assertThat(pdfs.resolve("2017-11/it.pdf")).doesNotExist();
    }

    private static int lineOf(Path file, String prefix) throws IOException {
        List<String> lines = Files.readAllLines(file);
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith(prefix)) {
                return i + 1;
            }
        }
        throw new AssertionError(prefix + " not in " + file);
    }
}
