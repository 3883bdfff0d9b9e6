package press.aurora.translate.po;

import static org.assertj.core.api.Assertions.assertThat;
import static press.aurora.translate.po.PoTexts.lines;
import static press.aurora.translate.po.PoTexts.withFrenchHeader;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Every problem the reader reports, with its exact line and text. Bodies after the header start at line 10. */
class PoReaderProblemsTest {

    private static List<PoProblem> problems(String text) {
        return PoReader.read(text).problems();
    }

    private static PoProblem syntax(int line, String message) {
        return new PoProblem(line, message, PoCheck.SYNTAX);
    }

    @Test
    void reportsUnterminatedStringWithItsLine() {
        assertThat(problems(withFrenchHeader(
                "msgid \"Letters",
                "msgstr \"Courrier\"")))
                .containsExactly(syntax(10, "unterminated string: end of line before the closing \""));
    }

    @Test
    void reportsBackslashAtEndOfLineAsUnterminated() {
        assertThat(problems(withFrenchHeader(
                "msgid \"Letters\\\"",
                "msgstr \"Courrier\"")))
                .containsExactly(syntax(10, "unterminated string: end of line before the closing \""));
    }

    @Test
    void reportsEscapesMsgfmtRejects() {
        assertThat(problems(withFrenchHeader(
                "msgid \"a\\q\"",
                "msgstr \"\"",
                "",
                "msgid \"it\\'s\"",
                "msgstr \"why\\?\"",
                "",
                "msgid \"\\u00e9 \\x\"",
                "msgstr \"\"")))
                .extracting(PoProblem::line, PoProblem::checkId, PoProblem::message)
                .containsExactly(
                        tuple(10, "po-escape", "invalid escape sequence \\q; msgfmt accepts "
                                + "\\n \\t \\r \\a \\b \\f \\v \\\\ \\\" \\ooo and \\xhh"),
                        tuple(13, "po-escape", "invalid escape sequence \\'; msgfmt accepts "
                                + "\\n \\t \\r \\a \\b \\f \\v \\\\ \\\" \\ooo and \\xhh"),
                        tuple(14, "po-escape", "invalid escape sequence \\?; msgfmt accepts "
                                + "\\n \\t \\r \\a \\b \\f \\v \\\\ \\\" \\ooo and \\xhh"),
                        tuple(16, "po-escape", "invalid escape sequence \\u; msgfmt accepts "
                                + "\\n \\t \\r \\a \\b \\f \\v \\\\ \\\" \\ooo and \\xhh"),
                        tuple(16, "po-escape", "invalid escape sequence \\x without hex digits"));
    }

    @Test
    void reportsEscapedBytesThatAreTooLargeOrNotUtf8() {
        assertThat(problems(withFrenchHeader(
                "msgid \"a\\x414\"",
                "msgstr \"\\377\"")))
                .containsExactly(
                        new PoProblem(10, "escape sequence \\x414 is larger than one byte", PoCheck.ESCAPE),
                        new PoProblem(11, "escaped bytes are not valid UTF-8", PoCheck.ESCAPE));
    }

    @Test
    void reportsRawControlCharacterInsideString() {
        assertThat(problems(withFrenchHeader(
                "msgid \"Column\tPage\"",
                "msgstr \"Colonne\\tPage\"")))
                .containsExactly(syntax(10, "tab character inside a string; write it as \\t"));
    }

    @Test
    void reportsRawCharactersNoPageCanPrint() {
        assertThat(problems(withFrenchHeader(
                "msgid \"Bread\"",
                "msgstr \"Pain\u0001\"",
                "",
                "msgid \"Roses\"",
                "msgstr \"Roses\uFFFD 𝔄\u2028\"")))
                .containsExactly(new PoProblem(11, "the string holds U+0001 <control character>: "
                        + "a control character cannot be printed; delete it (pasted text often carries them)",
                        PoCheck.CHARACTER),
                        new PoProblem(14, "the string holds U+FFFD REPLACEMENT CHARACTER: the replacement character "
                                + "marks a character lost in an earlier conversion; put back the character that stood here",
                                PoCheck.CHARACTER),
                        new PoProblem(14, "the string holds U+2028 LINE SEPARATOR: not a line break in Markdown; "
                                + "end the line with a backslash, or leave a blank line for a new paragraph",
                                PoCheck.CHARACTER));
    }

    @Test
    void reportsEscapesThatGiveCharactersNoPageCanPrint() {
        assertThat(problems(withFrenchHeader(
                "msgid \"Bread\"",
                "msgstr \"Pain\\001 et\\a roses\"",
                "",
                "msgid \"Roses\"",
                "msgstr \"Roses\\357\\277\\275\\x7\"")))
                .extracting(PoProblem::line, PoProblem::checkId, PoProblem::message)
                .containsExactly(
                        tuple(11, "po-character", "escape sequence \\001 gives U+0001 <control character>: "
                                + "a control character cannot be printed; delete it (pasted text often carries them)"),
                        tuple(11, "po-character", "escape sequence \\a gives U+0007 <control character>: "
                                + "a control character cannot be printed; delete it (pasted text often carries them)"),
                        tuple(14, "po-character", "escaped UTF-8 bytes give U+FFFD REPLACEMENT CHARACTER: the replacement "
                                + "character marks a character lost in an earlier conversion; put back the character that stood here"),
                        tuple(14, "po-character", "escape sequence \\x7 gives U+0007 <control character>: "
                                + "a control character cannot be printed; delete it (pasted text often carries them)"));
    }

    @Test
    void acceptsEscapedLineBreaksTabsAndUtf8Letters() {
        assertThat(problems(withFrenchHeader(
                "msgid \"Line\\nbreak\"",
                "msgstr \"Ligne\\n\\tcoup\\303\\251e\\r\"")))
                .isEmpty();
    }

    @Test
    void reportsTextOutsideAString() {
        assertThat(problems(withFrenchHeader(
                "msgid \"Letters\" to the editor",
                "msgstr \"Courrier\"",
                "",
                "msgid \"Bridge\"",
                "junk",
                "msgstr \"Pont\"",
                "",
                "#. a string must follow a keyword",
                "\"orphan\"",
                "msgid \"River\"",
                "msgstr \"Fleuve\"")))
                .containsExactly(
                        syntax(10, "text outside a string: 'to the editor'"),
                        syntax(14, "text outside a string: unknown keyword 'junk'"),
                        syntax(18, "string without a keyword before it"));
    }

    @Test
    void saysThatAQuotationMarkTypedInsideTheTextEndsTheString() {
        assertThat(problems(withFrenchHeader(
                "msgid \"No so-called “professional revolutionaries”.\"",
                "msgstr \"Keine sogenannten \"Berufsrevolutionäre\".\"")))
                .containsExactly(syntax(11, "text outside a string: 'Berufsrevolutionäre\".\"' "
                        + "(a \" inside the text ends the string: write it as \\\")"));
    }

    @Test
    void reportsKeywordWithoutString() {
        assertThat(problems(withFrenchHeader(
                "msgid \"Letters\"",
                "msgstr")))
                .containsExactly(syntax(11, "msgstr without a string"));
    }

    @Test
    void reportsKeywordsOutOfOrder() {
        assertThat(problems(withFrenchHeader(
                "msgstr \"orphan\"",
                "msgid \"a\"",
                "msgstr \"A\"",
                "msgstr \"again\"",
                "",
                "msgctxt \"x\"",
                "msgctxt \"y\"",
                "msgid \"b\"",
                "msgstr \"B\"",
                "msgid_plural \"bs\"",
                "",
                "#| msgid \"old\"",
                "#| msgctxt \"old\"",
                "msgid \"c\"",
                "msgstr \"C\"")))
                .containsExactly(
                        syntax(10, "keyword out of order: msgstr before msgid"),
                        syntax(13, "keyword out of order: msgstr after msgstr; "
                                + "an entry without msgid_plural has one msgstr"),
                        syntax(16, "keyword out of order: msgctxt appears twice in one entry"),
                        syntax(19, "keyword out of order: msgid_plural after msgstr"),
                        syntax(22, "keyword out of order: #| msgctxt; "
                                + "previous fields come as #| msgctxt, #| msgid, #| msgid_plural, once each"));
    }

    @Test
    void reportsMissingMsgstrAtTheMsgidLine() {
        PoReadResult result = PoReader.read(withFrenchHeader(
                "msgid \"Letters\"",
                "",
                "msgid \"Bridge\"",
                "msgstr \"Pont\"",
                "",
                "#. last",
                "msgid \"River\""));

        assertThat(result.problems()).containsExactly(
                syntax(10, "missing msgstr after msgid; the entry is skipped"),
                syntax(16, "missing msgstr after msgid; the entry is skipped"));
        assertThat(result.file().entries()).extracting(PoEntry::msgid).containsExactly("Bridge");
    }

    @Test
    void reportsDuplicateMsgidWithBothLines() {
        assertThat(problems(withFrenchHeader(
                "msgid \"Bridge\"",
                "msgstr \"Pont\"",
                "",
                "msgctxt \"heading\"",
                "msgid \"Bridge\"",
                "msgstr \"Le pont\"",
                "",
                "#, fuzzy",
                "msgid \"Bridge\"",
                "msgstr \"Passerelle\"",
                "",
                "#~ msgctxt \"heading\"",
                "#~ msgid \"Bridge\"",
                "#~ msgstr \"Pont\"")))
                .containsExactly(
                        new PoProblem(18, "duplicate message definition: msgid \"Bridge\" is already defined at line 10",
                                PoCheck.DUPLICATE),
                        new PoProblem(22, "duplicate message definition: msgctxt \"heading\" msgid \"Bridge\" "
                                + "is already defined at line 14", PoCheck.DUPLICATE));
    }

    @Test
    void reportsPluralProblems() {
        assertThat(problems(withFrenchHeader(
                "msgid \"letter\"",
                "msgstr[0] \"lettre\"",
                "",
                "msgid \"one bridge\"",
                "msgid_plural \"%d bridges\"",
                "msgstr \"un pont\"",
                "",
                "msgid \"one river\"",
                "msgid_plural \"%d rivers\"",
                "msgstr[0] \"un fleuve\"",
                "msgstr[2] \"%d fleuves\"")))
                .extracting(PoProblem::line, PoProblem::checkId, PoProblem::message)
                .containsExactly(
                        tuple(11, "po-plural", "msgstr[0] without msgid_plural; write msgstr"),
                        tuple(13, "po-plural", "msgid_plural entry has 1 msgstr[n] but Plural-Forms says nplurals=2"),
                        tuple(15, "po-plural", "msgid_plural needs msgstr[0], msgstr[1], …, not msgstr"),
                        tuple(17, "po-plural", "msgid_plural entry has 1 msgstr[n] but Plural-Forms says nplurals=2"),
                        tuple(20, "po-plural",
                                "msgstr[2] where msgstr[1] is expected; plural forms are numbered from 0, in order"));
    }

    @Test
    void reportsInconsistentObsoleteMarks() {
        assertThat(problems(withFrenchHeader(
                "#~ msgid \"Bridge\"",
                "msgstr \"Pont\"",
                "",
                "msgid \"River\"",
                "#~ msgstr \"Fleuve\"")))
                .containsExactly(
                        syntax(11, "inconsistent use of #~: an obsolete entry continues without #~"),
                        syntax(14, "inconsistent use of #~: #~ inside an entry that is not obsolete"));
    }

    @Test
    void reportsCommentsLeftAtTheEnd() {
        assertThat(problems(withFrenchHeader(
                "msgid \"Bridge\"",
                "msgstr \"Pont\"",
                "",
                "# forgotten",
                "#, fuzzy")))
                .containsExactly(syntax(13, "comments without an entry after them"));
    }

    @Test
    void reportsMissingHeaderAtLineOne() {
        assertThat(problems(lines(
                "msgid \"Bridge\"",
                "msgstr \"Pont\"")))
                .containsExactly(new PoProblem(1,
                        "no header entry (msgid \"\" with Content-Type, Language and Plural-Forms)", PoCheck.HEADER));
    }

    @Test
    void reportsHeaderWithoutCharsetLanguageOrPluralForms() {
        assertThat(problems(lines(
                "# comment",
                "msgid \"\"",
                "msgstr \"\"",
                "\"Project-Id-Version: Aurora\\n\"",
                "\"Language: \\n\"",
                "\"Content-Type: text/plain\\n\"")))
                .containsExactly(
                        new PoProblem(2, "header has no charset: add \"Content-Type: text/plain; charset=UTF-8\"",
                                PoCheck.HEADER),
                        new PoProblem(2, "header has no Language", PoCheck.HEADER),
                        new PoProblem(2, "header has no Plural-Forms", PoCheck.HEADER));
    }

    @Test
    void reportsTemplatePluralFormsAndBadHeaderLines() {
        assertThat(problems(lines(
                "msgid \"\"",
                "msgstr \"\"",
                "\"Language: fr\\n\"",
                "\"Content-Type: text/plain; charset=UTF-8\\n\"",
                "\"Plural-Forms: nplurals=INTEGER; plural=EXPRESSION;\\n\"",
                "\"no colon here\\n\"",
                "\"Language: de\\n\"")))
                .extracting(PoProblem::line, PoProblem::message)
                .containsExactly(
                        tuple(1, "header line is not 'Name: value' and is not kept: \"no colon here\""),
                        tuple(1, "header field Language appears twice; the first is kept"),
                        tuple(1, "Plural-Forms is not \"nplurals=N; plural=EXPRESSION;\": "
                                + "\"nplurals=INTEGER; plural=EXPRESSION;\""));
    }

    @Test
    void reportsHeaderThatIsNotFirst() {
        String[] header = PoTexts.FRENCH_HEADER;
        String text = lines("msgid \"Bridge\"", "msgstr \"Pont\"", "") + lines(header);

        PoReadResult result = PoReader.read(text);

        assertThat(result.problems()).containsExactly(new PoProblem(4,
                "the header entry (msgid \"\") must be the first entry", PoCheck.HEADER));
        assertThat(result.file().header().get("Language")).isEqualTo("fr");
    }

    @Test
    void reportsALineBreakAtTheStartOrEndOfOnlyOneSideAsMsgfmtCheckDoes() {
        assertThat(problems(withFrenchHeader(
                "msgid \"Subscriptions\"",
                "msgstr \"\\nAbonnements\"",
                "",
                "msgid \"Letters\\n\"",
                "msgstr \"Courrier\"",
                "",
                "#, fuzzy",
                "msgid \"Notes\"",
                "msgstr \"\\nNotes\\n\"",
                "",
                "msgid \"Page\"",
                "msgstr \"\"",
                "",
                "msgid \"\\nFree\\n\"",
                "msgstr \"\\nGratuit\\n\"")))
                .extracting(PoProblem::line, PoProblem::checkId, PoProblem::message)
                .containsExactly(
                        tuple(10, "po-newline", "the translation (msgstr) begins with a line break (\\n) and the source (msgid) "
                                + "does not: remove it (msgfmt -c refuses the file)"),
                        tuple(13, "po-newline", "the source (msgid) ends with a line break (\\n) and the translation (msgstr) "
                                + "does not: add one (msgfmt -c refuses the file)"));
    }

    @Test
    void comparesEveryPluralFormWithTheMsgid() {
        assertThat(problems(withFrenchHeader(
                "msgid \"# page\"",
                "msgid_plural \"# pages\\n\"",
                "msgstr[0] \"# page\"",
                "msgstr[1] \"# pages\\n\"")))
                .extracting(PoProblem::line, PoProblem::message)
                .containsExactly(
                        tuple(10, "msgid_plural ends with a line break (\\n) and msgid does not: remove it (msgfmt -c refuses the file)"),
                        tuple(10, "the translation (msgstr[1]) ends with a line break (\\n) and the source (msgid) does not: "
                                + "remove it (msgfmt -c refuses the file)"));
    }

    @Test
    void namesAByteOrderMarkAtTheStartAndReadsTheRest() {
        PoReadResult result = PoReader.read("\uFEFF" + withFrenchHeader("msgid \"Letters\"", "msgstr \"Courrier\""));

        assertThat(result.problems()).containsExactly(syntax(1, "the file begins with a byte order mark (U+FEFF), which "
                + "msgfmt refuses: save it as UTF-8 without BOM"));
        assertThat(result.file().header().get("Language")).isEqualTo("fr");
        assertThat(result.file().entries()).extracting(PoEntry::msgstr).containsExactly(List.of("Courrier"));
    }

    @Test
    void keepsReadingAfterAProblem() {
        PoReadResult result = PoReader.read(withFrenchHeader(
                "msgid \"a\\q\"",
                "msgstr \"A\"",
                "",
                "msgid \"b",
                "msgstr \"B\"",
                "",
                "msgid \"c\"",
                "msgstr \"C\""));

        assertThat(result.problems()).extracting(PoProblem::line).containsExactly(10, 13);
        assertThat(result.file().entries()).extracting(PoEntry::msgid).containsExactly("aq", "b", "c");
    }

    private static org.assertj.core.groups.Tuple tuple(Object... values) {
        return org.assertj.core.groups.Tuple.tuple(values);
    }
}
