package press.aurora.translate.po;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static press.aurora.translate.po.PoTexts.withFrenchHeader;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Runs GNU {@code msgfmt -c --statistics} on what PoWriter writes, and on files PoReader calls broken, to show
 * that the writer's output is valid for GNU gettext, that PoStatistics counts as msgfmt does, and that the
 * reader agrees with msgfmt on syntax errors. Skipped, with a message, where msgfmt is not installed.
 */
class MsgfmtCompatibilityTest {

    private static Path msgfmt;
    private static Path msgcat;

    @TempDir
    Path dir;

    @BeforeAll
    static void findGettext() {
        msgfmt = onPath("msgfmt");
        msgcat = onPath("msgcat");
    }

    private static Path onPath(String program) {
        String path = System.getenv().getOrDefault("PATH", "");
        for (String d : path.split(File.pathSeparator)) {
            Path candidate = Path.of(d.isEmpty() ? "." : d, program);
            if (Files.isExecutable(candidate)) {
                return candidate;
            }
        }
        return null;
    }

    private static void assumeMsgfmt() {
        assumeTrue(msgfmt != null, "msgfmt not installed: install GNU gettext to check PO files against it");
    }

    @Test
    void acceptsFrenchCatalogueWithFuzzyObsoleteMultiLineAndEscapes() throws Exception {
        PoFile file = new PoFile(PoTexts.header("fr"), List.of(
                PoEntry.builder("Letters to the editor").reference("issues/2017-11/letters.md:1")
                        .extractedComment("heading").flag("markdown-text").msgstr("Courrier des lecteurs").build(),
                PoEntry.builder("Your letters on the \"new bridge\" keep coming:").fuzzy(true).flag("markdown-text")
                        .previous(null, "Your letters on the \"new bridge\" keep coming.")
                        .msgstr("Vos lettres sur le « nouveau pont » continuent d’arriver :").build(),
                PoEntry.builder("A reader from Lyon\nwho walks the bridge\n").msgctxt("signature")
                        .msgstr("Une lectrice de Lyon\nqui traverse le pont\n").build(),
                PoEntry.builder("Column\tPage \\ Section").msgstr("Colonne\tpage \\ rubrique").build(),
                PoEntry.builder("Weather").translatorComment("not yet").msgstr("").build(),
                PoEntry.builder("Tides").fuzzy(true).msgstr("").build(),
                PoEntry.builder("one letter").msgidPlural("%d letters").flag("c-format")
                        .msgstr("une lettre", "%d lettres").build(),
                PoEntry.builder("one reader").msgidPlural("%d readers").fuzzy(true)
                        .previous(null, "one letter").previousMsgidPlural("%d letters")
                        .msgstr("un lecteur", "%d lecteurs").build(),
                PoEntry.builder("The bridge").msgctxt("heading").fuzzy(true).previous(null, "The old bridge")
                        .msgstr("Le pont").obsolete(true).build(),
                PoEntry.builder("First line\nsecond line").msgstr("Première ligne\ndeuxième ligne")
                        .obsolete(true).build()));

        assertMsgfmtAgrees(file, "letters.fr.po", new PoStatistics(4, 2, 2, 2));
    }

    @Test
    void acceptsTheSampleCatalogue() throws Exception {
        PoFile file = PoReader.read(PoTexts.resource("letters.fr.po")).file();

        assertMsgfmtAgrees(file, "sample.fr.po", new PoStatistics(4, 1, 1, 2));
    }

    @Test
    void countsPluralEntriesByTheirFirstFormAsMsgfmtDoes() throws Exception {
        PoFile file = new PoFile(PoTexts.header("fr"), List.of(
                PoEntry.builder("one letter").msgidPlural("letters").msgstr("une lettre", "").build(),
                PoEntry.builder("one reader").msgidPlural("readers").msgstr("", "lecteurs").build(),
                PoEntry.builder("one bridge").msgidPlural("bridges").fuzzy(true).msgstr("", "ponts").build()));

        assertMsgfmtAgrees(file, "plural.fr.po", new PoStatistics(1, 0, 2, 0));
    }

    @Test
    void countsACatalogueWithNothingTranslated() throws Exception {
        PoFile file = new PoFile(PoTexts.header("fr"), List.of(PoEntry.of("a", ""), PoEntry.of("b", "")));

        assertMsgfmtAgrees(file, "empty.fr.po", new PoStatistics(0, 0, 2, 0));
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "fr", "it", "es", "de", "pt", "pt_BR", "ru", "pl", "ja"})
    void acceptsPluralFormsForEachLanguage(String language) throws Exception {
        int nplurals = PluralForms.nplurals(PluralForms.of(language)).orElseThrow();
        List<String> forms = new ArrayList<>();
        for (int i = 0; i < nplurals; i++) {
            forms.add("form " + i);
        }
        PoFile file = new PoFile(PoTexts.header(language).with("Language", language), List.of(
                PoEntry.builder("one letter").msgidPlural("%d letters").msgstr(forms).build()));

        assertMsgfmtAgrees(file, language + ".po", new PoStatistics(1, 0, 0, 0));
    }

    /** msgcat drops flags it does not know (markdown-text), so this catalogue only has gettext's own. */
    @Test
    void msgcatNoWrapLeavesTheWriterLayoutUnchanged() throws Exception {
        assumeTrue(msgcat != null, "msgcat not installed: install GNU gettext to compare the PO layout with it");
        PoFile file = new PoFile(PoTexts.header("fr"), List.of(
                PoEntry.builder("Your letters keep coming:").translatorComment("Keep the guillemets.")
                        .translatorComment("").extractedComment("paragraph")
                        .reference("issues/2017-11/letters.md:12").reference("issues/2017-11/letters.md:40")
                        .fuzzy(true).previous("letters", "Your letters\nkeep coming.").msgctxt("letters")
                        .msgstr("Vos lettres continuent d’arriver :").build(),
                PoEntry.builder("A reader from Lyon\nwho walks \"the bridge\"\n\n").msgstr("Une lectrice\t\\\n").build(),
                PoEntry.builder("%d letter").msgidPlural("%d letters").flag("c-format")
                        .msgstr("%d lettre", "%d lettres").build(),
                PoEntry.builder("The bridge").msgctxt("heading").fuzzy(true).previous(null, "The old\nbridge")
                        .msgstr("Le pont\nde Lyon").obsolete(true).build()));
        String text = PoWriter.write(file);
        Path po = write("layout.fr.po", text);

        ProcessBuilder pb = new ProcessBuilder(msgcat.toString(), "--no-wrap", po.getFileName().toString());
        pb.directory(dir.toFile());
        pb.environment().put("LC_ALL", "C.UTF-8");
        pb.redirectError(ProcessBuilder.Redirect.DISCARD);
        Process process = pb.start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

        assertThat(process.waitFor()).isZero();
        assertThat(out).isEqualTo(text);
    }

    /** A broken file, a problem PoReader reports (line and check), and the line msgfmt names for its error. */
    static Stream<Arguments> brokenFiles() {
        return Stream.of(
                // msgfmt notices the unterminated string when it reads the newline, so it names the next line
                Arguments.of("unterminated string", withFrenchHeader("msgid \"Letters", "msgstr \"Courrier\""),
                        10, "po-syntax", 11),
                Arguments.of("bad escape", withFrenchHeader("msgid \"a\\q\"", "msgstr \"\""), 10, "po-escape", 10),
                Arguments.of("\\' is not a PO escape", withFrenchHeader("msgid \"it\\'s\"", "msgstr \"\""),
                        10, "po-escape", 10),
                Arguments.of("text outside a string", withFrenchHeader("msgid \"a\" junk", "msgstr \"A\""),
                        10, "po-syntax", 10),
                Arguments.of("msgstr before msgid", withFrenchHeader("msgstr \"A\"", "msgid \"a\""),
                        10, "po-syntax", 10),
                Arguments.of("missing msgstr", withFrenchHeader("msgid \"a\"", "", "msgid \"b\"", "msgstr \"B\""),
                        10, "po-syntax", 10),
                Arguments.of("duplicate msgid", withFrenchHeader("msgid \"a\"", "msgstr \"A\"", "",
                        "msgid \"a\"", "msgstr \"B\""), 13, "po-duplicate", 13),
                Arguments.of("duplicate of an obsolete msgid", withFrenchHeader("msgid \"a\"", "msgstr \"A\"", "",
                        "#~ msgid \"a\"", "#~ msgstr \"B\""), 13, "po-duplicate", 13),
                // msgfmt names the msgid line, PoReader the msgstr[0] line
                Arguments.of("msgstr[0] without msgid_plural", withFrenchHeader("msgid \"a\"", "msgstr[0] \"A\""),
                        11, "po-plural", 10),
                Arguments.of("wrong plural index", withFrenchHeader("msgid \"a\"", "msgid_plural \"as\"",
                        "msgstr[0] \"A\"", "msgstr[2] \"As\""), 13, "po-plural", 13),
                Arguments.of("fewer plural forms than nplurals", withFrenchHeader("msgid \"a\"",
                        "msgid_plural \"as\"", "msgstr[0] \"A\""), 10, "po-plural", 12),
                Arguments.of("inconsistent #~", withFrenchHeader("#~ msgid \"a\"", "msgstr \"A\""),
                        11, "po-syntax", 11),
                Arguments.of("byte order mark", "\uFEFF" + withFrenchHeader("msgid \"a\"", "msgstr \"A\""), 1, "po-syntax", 1),
                // msgfmt -c names the msgstr line, PoReader the entry's (msgid) line
                Arguments.of("msgstr begins with \\n, msgid does not", withFrenchHeader("msgid \"a\"", "msgstr \"\\nA\""),
                        10, "po-newline", 11),
                Arguments.of("msgid ends with \\n, msgstr does not", withFrenchHeader("msgid \"a\\n\"", "msgstr \"A\""),
                        10, "po-newline", 11),
                Arguments.of("missing header", PoTexts.lines("msgid \"a\"", "msgstr \"A\""), 1, "po-header", 0));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenFiles")
    void rejectsWhatPoReaderRejects(String name, String text, int line, String checkId, int msgfmtLine)
            throws Exception {
        assumeMsgfmt();
        PoReadResult result = PoReader.read(text);
        assertThat(result.problems()).extracting(PoProblem::line, PoProblem::checkId)
                .contains(org.assertj.core.groups.Tuple.tuple(line, checkId));

        MsgfmtRun run = msgfmt(write("broken.po", text));

        assertThat(run.exitCode()).as(run.stderr()).isNotZero();
        if (msgfmtLine > 0) {
            assertThat(run.stderr()).contains("broken.po:" + msgfmtLine + ":");
        }
    }

    private void assertMsgfmtAgrees(PoFile file, String name, PoStatistics expected) throws Exception {
        assumeMsgfmt();
        String text = PoWriter.write(file);
        assertThat(PoReader.read(text).problems()).isEmpty();
        assertThat(PoStatistics.of(file)).isEqualTo(expected);

        MsgfmtRun run = msgfmt(write(name, text));

        assertThat(run.exitCode()).as("msgfmt -c on\n%s\n%s", text, run.stderr()).isZero();
        assertThat(run.statistics()).as(run.stderr())
                .isEqualTo(new int[] {expected.translated(), expected.fuzzy(), expected.untranslated()});
    }

    private Path write(String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    private static MsgfmtRun msgfmt(Path po) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(msgfmt.toString(), "-c", "--statistics", "-o", "/dev/null",
                po.getFileName().toString());
        pb.directory(po.getParent().toFile());
        Map<String, String> env = pb.environment();
        env.put("LC_ALL", "C"); // English statistics wording whatever the developer's locale
        env.remove("LANGUAGE");
        pb.redirectOutput(ProcessBuilder.Redirect.DISCARD);
        Process process = pb.start();
        String stderr = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException("msgfmt did not finish on " + po);
        }
        return new MsgfmtRun(process.exitValue(), stderr);
    }

    /** msgfmt's exit code and standard error, where --statistics writes its line. */
    private record MsgfmtRun(int exitCode, String stderr) {
        private static final Pattern TRANSLATED = Pattern.compile("(\\d+) translated messages?\\b");
        private static final Pattern FUZZY = Pattern.compile("(\\d+) fuzzy translations?\\b");
        private static final Pattern UNTRANSLATED = Pattern.compile("(\\d+) untranslated messages?\\b");

        /**
         * Translated, fuzzy and untranslated counts from a line such as "1 translated message, 2 fuzzy
         * translations, 3 untranslated messages." msgfmt leaves out a zero fuzzy or untranslated part and uses
         * the singular for 1.
         */
        int[] statistics() {
            String line = stderr.lines().filter(l -> TRANSLATED.matcher(l).find()).reduce((a, b) -> b)
                    .orElseThrow(() -> new AssertionError("no statistics line from msgfmt:\n" + stderr));
            return new int[] {count(TRANSLATED, line), count(FUZZY, line), count(UNTRANSLATED, line)};
        }

        private static int count(Pattern pattern, String line) {
            Matcher m = pattern.matcher(line);
            return m.find() ? Integer.parseInt(m.group(1)) : 0;
        }
    }
}
