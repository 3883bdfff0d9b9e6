package press.aurora.translate.po;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static press.aurora.translate.po.PoTexts.lines;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PoWriterTest {

    private static String write(PoEntry... entries) {
        return PoWriter.write(new PoFile(null, List.of(entries)));
    }

    @Test
    void writesThePartsOfAnEntryInGnuOrder() {
        PoEntry entry = PoEntry.builder("Your letters keep coming:")
                .translatorComment("Keep the guillemets.")
                .translatorComment("")
                .extractedComment("paragraph")
                .reference("issues/2017-11/letters.md:12")
                .reference("issues/2017-11/letters.md:40")
                .flag("fuzzy")
                .flag("markdown-text")
                .previous("letters", "Your letters keep coming.")
                .msgctxt("letters")
                .msgstr("Vos lettres continuent d’arriver :")
                .build();

        assertThat(write(entry)).isEqualTo(lines(
                "# Keep the guillemets.",
                "#",
                "#. paragraph",
                "#: issues/2017-11/letters.md:12 issues/2017-11/letters.md:40",
                "#, fuzzy, markdown-text",
                "#| msgctxt \"letters\"",
                "#| msgid \"Your letters keep coming.\"",
                "msgctxt \"letters\"",
                "msgid \"Your letters keep coming:\"",
                "msgstr \"Vos lettres continuent d’arriver :\""));
    }

    @Test
    void writesHeaderFirstThenEntriesSeparatedByBlankLines() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("Language", "fr");
        fields.put("Content-Type", "text/plain; charset=UTF-8");
        PoHeader header = new PoHeader(List.of("Aurora"), java.util.Set.of("fuzzy"), fields, 0);

        String text = PoWriter.write(new PoFile(header, List.of(PoEntry.of("a", "A"), PoEntry.of("b", ""))));

        assertThat(text).isEqualTo(lines(
                "# Aurora",
                "#, fuzzy",
                "msgid \"\"",
                "msgstr \"\"",
                "\"Language: fr\\n\"",
                "\"Content-Type: text/plain; charset=UTF-8\\n\"",
                "",
                "msgid \"a\"",
                "msgstr \"A\"",
                "",
                "msgid \"b\"",
                "msgstr \"\""));
    }

    @Test
    void splitsMultiLineStringsOnlyAfterEachNewlineWithoutWrapping() {
        String longLine = "A very long sentence that msgcat would wrap at seventy-nine columns unless told not to.";

        assertThat(write(PoEntry.of("Lyon\nbridge\n\nriver\n\n", longLine + "\n" + longLine))).isEqualTo(lines(
                "msgid \"\"",
                "\"Lyon\\n\"",
                "\"bridge\\n\"",
                "\"\\n\"",
                "\"river\\n\"",
                "\"\\n\"",
                "msgstr \"\"",
                "\"" + longLine + "\\n\"",
                "\"" + longLine + "\""));
    }

    @Test
    void keepsAStringWhoseOnlyNewlineIsTheLastCharacterOnOneLine() {
        assertThat(write(PoEntry.of("Lyon\n", "\n"))).isEqualTo(lines(
                "msgid \"Lyon\\n\"",
                "msgstr \"\\n\""));
    }

    @Test
    void escapesBackslashQuoteNewlineAndTab() {
        assertThat(write(PoEntry.of("Column\tPage \\ \"Section\"", "Colonne\tpage")))
                .isEqualTo(lines(
                        "msgid \"Column\\tPage \\\\ \\\"Section\\\"\"",
                        "msgstr \"Colonne\\tpage\""));
    }

    @Test
    void rejectsOtherControlCharactersNamingTheEntry() {
        PoEntry entry = PoEntry.builder("Bridge").msgctxt("heading").msgstr("Pont\r").line(42).build();

        assertThatThrownBy(() -> write(entry))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("msgctxt \"heading\" msgid \"Bridge\" (line 42): msgstr contains control character "
                        + "U+000D; PoWriter only escapes \\\\ \\\" \\n \\t");
    }

    @Test
    void writesPluralEntries() {
        PoEntry entry = PoEntry.builder("one letter").msgidPlural("%d letters")
                .msgstr("une lettre", "%d lettres").build();

        assertThat(write(entry)).isEqualTo(lines(
                "msgid \"one letter\"",
                "msgid_plural \"%d letters\"",
                "msgstr[0] \"une lettre\"",
                "msgstr[1] \"%d lettres\""));
    }

    @Test
    void writesObsoleteEntriesLastWithTildePrefix() {
        PoEntry obsolete = PoEntry.builder("The bridge\nof Lyon").msgctxt("heading")
                .translatorComment("old heading").fuzzy(true).previous(null, "The old bridge")
                .msgstr("Le pont").obsolete(true).build();
        PoEntry kept = PoEntry.of("River", "Fleuve");

        assertThat(write(obsolete, kept)).isEqualTo(lines(
                "msgid \"River\"",
                "msgstr \"Fleuve\"",
                "",
                "# old heading",
                "#, fuzzy",
                "#~| msgid \"The old bridge\"",
                "#~ msgctxt \"heading\"",
                "#~ msgid \"\"",
                "#~ \"The bridge\\n\"",
                "#~ \"of Lyon\"",
                "#~ msgstr \"Le pont\""));
    }

    @Test
    void writesPreviousMultiLineMsgidLikeMsgcat() {
        PoEntry entry = PoEntry.builder("new").fuzzy(true).previous(null, "old\nline").msgstr("neuf").build();

        assertThat(write(entry)).isEqualTo(lines(
                "#, fuzzy",
                "#| msgid \"\"",
                "#| \"old\\n\"",
                "#| \"line\"",
                "msgid \"new\"",
                "msgstr \"neuf\""));
    }

    @Test
    void writesNothingForAnEmptyFile() {
        assertThat(PoWriter.write(new PoFile(null, List.of()))).isEmpty();
    }
}
