package press.aurora.translate.po;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The decoder's shortcut for a line holding one plain string gives what the decoder gives when it reads the
 * line character by character: the same text and the same problems, on every kind of line.
 */
class PoStringDecoderTest {

    /** Pieces of a PO keyword's rest of line: strings, escapes, white space, characters to refuse, text outside strings. */
    private static final List<String> PIECES = List.of("\"", "\"", "\"", " ", "\t", "a", "Bread and roses", "é", "«", "»", "’",
            "\\n", "\\t", "\\\"", "\\\\", "\\a", "\\q", "\\'", "\\101", "\\303\\251", "\\xc3\\xa9", "\\x", "\\xfff", "\\377", "\\",
            "\u0001", "\u007F", "\u0085", "\r", "\uFFFD", "\u2028", "\uFEFF", "\uFDD0", "\uD83D\uDE00", "\uD83D", "\uDE00",
            "\u00A0", "\u202F", "۱۹۱۷", "x", "msgstr", "#");

    @Test
    void theShortcutReadsEveryLineAsTheDecoderDoes() {
        Random random = new Random(1871);
        for (int n = 0; n < 30000; n++) {
            StringBuilder line = new StringBuilder();
            if (random.nextInt(4) > 0) {
                line.append('"');
            }
            for (int pieces = random.nextInt(10); pieces > 0; pieces--) {
                line.append(PIECES.get(random.nextInt(PIECES.size())));
            }
            if (random.nextBoolean()) {
                line.append('"');
            }
            assertReadAlike(line.toString());
            assertReadAlike("msgid " + line);
        }
    }

    @Test
    void readsTheStringsOfRealPoLinesAlike() {
        for (String line : List.of("msgid \"\"", "msgstr \"Pain et roses\"", "msgstr \"Le pain et les roses, 1917.\"   ",
                "\"Plural-Forms: nplurals=2; plural=(n > 1);\\n\"", "msgstr[0] \"une lettre\"", "msgid \"Bread\" \"and roses\"",
                "msgstr \"نان و گل سرخ\"", "msgstr \"Ligne\\n\\tcoupée\"", "msgstr \"«\u00A0Du pain\u00A0»\"\t",
                "msgstr \"open", "msgstr \"Bread\" roses", "msgstr", "msgstr \"tab\there\"")) {
            assertReadAlike(line);
        }
    }

    @Test
    void aPlainStringIsItsOwnText() {
        PoProblems problems = new PoProblems();

        assertThat(PoStringDecoder.decodeStrings("msgstr \"« Du pain », 1917 😀\"  ", 4, 6, "msgstr", problems))
                .isEqualTo("« Du pain », 1917 😀");
        assertThat(problems.byLine()).isEmpty();
    }

    private static void assertReadAlike(String line) {
        int start = line.startsWith("msgid ") ? "msgid".length() : 0;
        PoProblems shortcut = new PoProblems();
        PoProblems decoder = new PoProblems();

        String text = PoStringDecoder.decodeStrings(line, 7, start, "msgid", shortcut);

        assertThat(text).as(line).isEqualTo(PoStringDecoder.decodeEveryString(line, 7, start, "msgid", decoder));
        assertThat(shortcut.byLine()).as(line).isEqualTo(decoder.byLine());
    }
}
