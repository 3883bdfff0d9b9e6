package press.aurora.translate.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import press.aurora.diag.Diagnostic;
import press.aurora.translate.Catalog;
import press.aurora.translate.TranslationChecker;
import press.aurora.translate.WordCounter;

/** The msgids are parsed once for every language and check: the cache must never give one text another's parse. */
class ParsedTextsTest {

    @TempDir
    Path folder;

    @Test
    void oneTextWithOtherFootnoteLabelsIsParsedAgainAndTheSameIsNot() {
        ParsedTexts texts = new ParsedTexts();

        ParsedText withNote = texts.parse("Bread and peace[^a].", Set.of("a"));
        ParsedText withOtherNotes = texts.parse("Bread and peace[^a].", Set.of("a", "b"));

        assertThat(withOtherNotes).isNotSameAs(withNote);
        assertThat(withNote.features().noteLabels()).containsExactly("a");
        assertThat(texts.parse("Bread and peace[^a].", new java.util.HashSet<>(List.of("a")))).isSameAs(withNote);
        assertThat(texts.parse("Bread and peace[^b].", Set.of("a"))).isNotSameAs(withNote);
    }

    @Test
    void everyTextGetsItsOwnParseAndWordCountFromManyThreads() {
        ParsedTexts texts = new ParsedTexts();
        List<String> markdown = IntStream.range(0, 400).mapToObj(i -> i % 7 == 0 ? "# Heading " + i
                : "Text *" + i + "* with [a link](n" + i + ".md) and " + "word ".repeat(i % 13)).toList();

        IntStream.range(0, 4 * markdown.size()).parallel().forEach(n -> {
            String text = markdown.get(n % markdown.size());
            ParsedText parsed = texts.parse(text, Set.of());
            ParsedText fresh = ParsedText.parse(text, Set.of());
            assertThat(parsed.markdown()).isEqualTo(text);
            assertThat(parsed.plain()).isEqualTo(fresh.plain());
            assertThat(parsed.parses()).isEqualTo(fresh.parses());
            assertThat(parsed.features()).isEqualTo(fresh.features());
            assertThat(texts.words(text, false)).isEqualTo(WordCounter.countMessage(text, false));
        });
        assertThat(texts.words("{count, plural, one {# page} other {# pages}} left", true))
                .isEqualTo(WordCounter.countMessage("{count, plural, one {# page} other {# pages}} left", true));
    }

    @Test
    void languagesCheckedWithOneCheckerFindWhatEachFindsAlone() throws IOException {
        String header = "msgid \"\"\nmsgstr \"\"\n\"Language: %s\\n\"\n\"Content-Type: text/plain; charset=UTF-8\\n\"\n"
                + "\"Plural-Forms: nplurals=2; plural=(n != 1);\\n\"\n";
        String entries = """

                #. paragraph
                #, markdown-text
                msgid "Write to the *strike committee*[^a] before 12 May."
                msgstr "%s"

                #. paragraph
                #, markdown-text
                msgid "The dockers' meeting voted for the strike by a large majority."
                msgstr "%s"
                """;
        Path german = folder.resolve("de.po");
        Files.writeString(german, header.formatted("de") + entries.formatted(
                "Schreiben Sie vor dem 12. Mai an das Streikkomitee.",
                "Die Versammlung der Hafenarbeiter stimmte mit großer Mehrheit für den Streik."));
        Path dutch = folder.resolve("nl.po");
        Files.writeString(dutch, header.formatted("nl") + entries.formatted(
                "Schrijf vóór 12 mei aan het *stakingscomité*[^a].",
                "De vergadering van de havenarbeiders stemde[^z] met grote meerderheid voor de staking."));
        Catalog de = Catalog.read(german).orElseThrow();
        Catalog nl = Catalog.read(dutch).orElseThrow();
        TranslationChecker shared = checker();

        List<List<String>> together = IntStream.range(0, 40).parallel()
                .mapToObj(i -> lines(i % 2 == 0 ? shared.checkCatalog("de", de) : shared.checkCatalog("nl", nl))).toList();

        List<String> germanAlone = lines(checker().checkCatalog("de", de));
        List<String> dutchAlone = lines(checker().checkCatalog("nl", nl));
        assertThat(germanAlone).containsExactly(
                "9: error: footnote reference [^a] of the source is missing [markdown-parity]",
                "9: warning: emphasis differs: the source has 1 *emphasis* and 0 **strong**, the translation 0 and 0 [markdown-parity]");
        assertThat(dutchAlone).containsExactly("14: error: footnote reference [^z] is not in the source [markdown-parity]");
        for (int i = 0; i < together.size(); i++) {
            assertThat(together.get(i)).isEqualTo(i % 2 == 0 ? germanAlone : dutchAlone);
        }
    }

    private static TranslationChecker checker() {
        return TranslationChecker.standard(Glossary.EMPTY, CheckSettings.DEFAULT);
    }

    private static List<String> lines(List<Diagnostic> found) {
        return found.stream().map(d -> d.position().line() + ": " + d.severity().label() + ": " + d.message() + " [" + d.code() + "]")
                .toList();
    }
}
