package press.aurora.translate.po;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static press.aurora.translate.po.PoTexts.lines;
import static press.aurora.translate.po.PoTexts.withFrenchHeader;

import java.util.List;
import org.junit.jupiter.api.Test;

class PoReaderTest {

    private static PoFile readClean(String text) {
        PoReadResult result = PoReader.read(text);
        assertThat(result.problems()).isEmpty();
        return result.file();
    }

    @Test
    void readsHeaderFieldsInFileOrder() {
        PoFile file = readClean(PoTexts.resource("letters.fr.po"));

        PoHeader header = file.header();
        assertThat(header.fields().keySet()).containsExactly("Project-Id-Version", "Report-Msgid-Bugs-To",
                "POT-Creation-Date", "PO-Revision-Date", "Last-Translator", "Language-Team", "Language",
                "MIME-Version", "Content-Type", "Content-Transfer-Encoding", "Plural-Forms");
        assertThat(header.get("Language")).isEqualTo("fr");
        assertThat(header.get("Report-Msgid-Bugs-To")).isEmpty();
        assertThat(header.get("Plural-Forms")).isEqualTo("nplurals=2; plural=(n > 1);");
        assertThat(header.charset()).contains("UTF-8");
        assertThat(header.translatorComments()).containsExactly(
                "French translation of the Aurora, November 2017 issue.", "Translators: see the masthead.");
        assertThat(header.line()).isEqualTo(3);
    }

    @Test
    void readsEveryPartOfAnEntryWithTheLineOfItsMsgid() {
        PoFile file = readClean(withFrenchHeader(
                "# Keep the guillemets.",
                "#",
                "#. paragraph",
                "#: issues/2017-11/letters.md:12 issues/2017-11/letters.md:40",
                "#: issues/2017-11/letters.md:41",
                "#, fuzzy, markdown-text",
                "#, icu-message-format",
                "#| msgctxt \"old\"",
                "#| msgid \"The bridge\"",
                "msgctxt \"heading\"",
                "msgid \"The new bridge\"",
                "msgstr \"Le nouveau pont\""));

        PoEntry entry = file.entries().get(0);
        assertThat(entry.translatorComments()).containsExactly("Keep the guillemets.", "");
        assertThat(entry.extractedComments()).containsExactly("paragraph");
        assertThat(entry.references()).containsExactly("issues/2017-11/letters.md:12",
                "issues/2017-11/letters.md:40", "issues/2017-11/letters.md:41");
        assertThat(entry.flags()).containsExactly("fuzzy", "markdown-text", "icu-message-format");
        assertThat(entry.previousMsgctxt()).isEqualTo("old");
        assertThat(entry.previousMsgid()).isEqualTo("The bridge");
        assertThat(entry.msgctxt()).isEqualTo("heading");
        assertThat(entry.msgid()).isEqualTo("The new bridge");
        assertThat(entry.msgidPlural()).isNull();
        assertThat(entry.msgstr()).containsExactly("Le nouveau pont");
        assertThat(entry.obsolete()).isFalse();
        assertThat(entry.line()).isEqualTo(20);
        assertThat(entry.isFuzzy()).isTrue();
        assertThat(entry.isTranslated()).isFalse();
    }

    @Test
    void joinsMultiLineStrings() {
        PoFile file = readClean(withFrenchHeader(
                "msgid \"\"",
                "\"A reader from Lyon\\n\"",
                "\"who walks \" \"the bridge\"",
                "msgstr \"\"",
                "\"Une lectrice\\n\"",
                "",
                "\"de Lyon\""));

        PoEntry entry = file.entries().get(0);
        assertThat(entry.msgid()).isEqualTo("A reader from Lyon\nwho walks the bridge");
        assertThat(entry.msgstr()).containsExactly("Une lectrice\nde Lyon");
        assertThat(entry.line()).isEqualTo(10);
    }

    /** Decoded as msgfmt decodes them; those giving characters no page can print are also reported. */
    @Test
    void decodesEveryEscapeMsgfmtAccepts() {
        PoFile file = PoReader.read(withFrenchHeader(
                "msgid \"n\\n t\\t b\\b r\\r f\\f v\\v a\\a \\\\ \\\" o\\101\\0 x\\x41 \\303\\251\\xc3\\xa9\"",
                "msgstr \"\"")).file();

        assertThat(file.entries().get(0).msgid())
                .isEqualTo("n\n t\t b\b r\r f\f v\u000b a\u0007 \\ \" oA\0 xA éé");
    }

    @Test
    void readsPluralEntries() {
        PoFile file = readClean(withFrenchHeader(
                "msgid \"one letter\"",
                "msgid_plural \"%d letters\"",
                "msgstr[0] \"une lettre\"",
                "msgstr[1] \"%d lettres\""));

        PoEntry entry = file.entries().get(0);
        assertThat(entry.msgidPlural()).isEqualTo("%d letters");
        assertThat(entry.msgstr()).containsExactly("une lettre", "%d lettres");
        assertThat(entry.isTranslated()).isTrue();
    }

    @Test
    void readsObsoleteEntriesWithTheirPreviousMsgid() {
        PoFile file = readClean(withFrenchHeader(
                "msgid \"Kept\"",
                "msgstr \"Gardé\"",
                "",
                "# old heading",
                "#, fuzzy",
                "#~| msgctxt \"heading\"",
                "#~| msgid \"The old bridge\"",
                "#~ msgctxt \"heading\"",
                "#~ msgid \"The bridge\"",
                "#~ msgstr \"Le pont\"",
                "",
                "#~ msgid \"\"",
                "#~ \"First line\\n\"",
                "#~ \"second line\"",
                "#~ msgid_plural \"lines\"",
                "#~ msgstr[0] \"\"",
                "#~ \"Première\"",
                "#~ msgstr[1] \"lignes\""));

        assertThat(file.messages()).extracting(PoEntry::msgid).containsExactly("Kept");
        List<PoEntry> obsolete = file.obsoleteEntries();
        assertThat(obsolete).hasSize(2);
        PoEntry bridge = obsolete.get(0);
        assertThat(bridge.obsolete()).isTrue();
        assertThat(bridge.translatorComments()).containsExactly("old heading");
        assertThat(bridge.isFuzzy()).isTrue();
        assertThat(bridge.previousMsgctxt()).isEqualTo("heading");
        assertThat(bridge.previousMsgid()).isEqualTo("The old bridge");
        assertThat(bridge.msgctxt()).isEqualTo("heading");
        assertThat(bridge.msgstr()).containsExactly("Le pont");
        assertThat(bridge.line()).isEqualTo(18);
        assertThat(obsolete.get(1).msgid()).isEqualTo("First line\nsecond line");
        assertThat(obsolete.get(1).msgstr()).containsExactly("Première", "lignes");
    }

    @Test
    void readsFuzzyEntryWithPreviousPlural() {
        PoFile file = readClean(withFrenchHeader(
                "#, fuzzy",
                "#| msgid \"one letter\"",
                "#| msgid_plural \"%d letters\"",
                "msgid \"one reader letter\"",
                "msgid_plural \"%d reader letters\"",
                "msgstr[0] \"une lettre\"",
                "msgstr[1] \"%d lettres\""));

        PoEntry entry = file.entries().get(0);
        assertThat(entry.previousMsgid()).isEqualTo("one letter");
        assertThat(entry.previousMsgidPlural()).isEqualTo("%d letters");
        assertThat(entry.line()).isEqualTo(13);
    }

    @Test
    void acceptsCrlfLineEndsAndNoFinalNewline() {
        String text = String.join("\r\n", PoTexts.FRENCH_HEADER) + "\r\nmsgid \"a\"\r\nmsgstr \"b\"";

        PoFile file = readClean(text);

        assertThat(file.entries()).containsExactly(PoEntry.builder("a").msgstr("b").line(10).build());
    }

    @Test
    void splitsFlagsAndReferencesLikeGettext() {
        PoFile file = readClean(withFrenchHeader(
                "#:  a.md:1\tb.md:2  ",
                "#, fuzzy,  c-format ,python-format",
                "msgid \"a\"",
                "msgstr \"b\""));

        PoEntry entry = file.entries().get(0);
        assertThat(entry.references()).containsExactly("a.md:1", "b.md:2");
        assertThat(entry.flags()).containsExactly("fuzzy", "c-format", "python-format");
    }

    @Test
    void keepsMsgctxtWithEmptyMsgidAsAnOrdinaryEntry() {
        PoFile file = readClean(withFrenchHeader(
                "msgctxt \"empty\"",
                "msgid \"\"",
                "msgstr \"vide\""));

        assertThat(file.entries()).singleElement().satisfies(e -> {
            assertThat(e.isHeader()).isFalse();
            assertThat(e.msgctxt()).isEqualTo("empty");
        });
    }

    @Test
    void headerOnlyFileHasNoEntries() {
        PoFile file = readClean(lines(PoTexts.FRENCH_HEADER));

        assertThat(file.entries()).isEmpty();
        assertThat(file.header().get("Language")).isEqualTo("fr");
    }

    @Test
    void readsLinesEndingWithLfOrCrlfWithOrWithoutALastLineBreak() {
        String lf = withFrenchHeader("# Keep it short.", "msgid \"Bread\"", "msgstr \"Pain\"", "", "msgid \"Roses\"", "msgstr \"Roses\"");
        String crlf = lf.replace("\n", "\r\n");

        for (String text : List.of(lf, crlf, lf.substring(0, lf.length() - 1), crlf.substring(0, crlf.length() - 2), lf + "\n\n")) {
            PoFile file = readClean(text);
            assertThat(file.entries()).extracting(PoEntry::msgid, e -> e.msgstr().get(0), PoEntry::line)
                    .containsExactly(tuple("Bread", "Pain", 11),
                            tuple("Roses", "Roses", 14));
            assertThat(file.entries().get(0).translatorComments()).containsExactly("Keep it short.");
        }
    }

    @Test
    void aCarriageReturnInsideALineIsNotALineEnd() {
        PoReadResult result = PoReader.read(withFrenchHeader("msgid \"Bread\"", "msgstr \"Pain\r\"", "", "# a\rb", "msgid \"R\"",
                "msgstr \"R\""));

        // a carriage return in a string is text, as an escaped \r is; in a comment it is read as a space
        assertThat(result.problems()).extracting(PoProblem::line, PoProblem::message).containsExactly(
                tuple(13, "control character U+000D in a comment; it is read as a space"));
        assertThat(result.file().entries()).extracting(e -> e.msgstr().get(0)).containsExactly("Pain\r", "R");
        assertThat(result.file().entries().get(1).translatorComments()).containsExactly("a b");
    }

    @Test
    void anEmptyTextHasOnlyTheMissingHeader() {
        assertThat(PoReader.read("").problems()).extracting(PoProblem::line, PoProblem::checkId)
                .containsExactly(tuple(1, "po-header"));
    }
}
