package press.aurora.translate.po;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Writes a {@link PoFile} deterministically, in the layout of GNU {@code msgcat --no-wrap}:
 *
 * <ul>
 * <li>the header first, then the entries that are not obsolete, then the obsolete ones prefixed {@code #~ };
 *     a blank line between entries and a newline at the end;</li>
 * <li>in each entry: {@code # } translator comments, {@code #.} extracted comments, all references on one
 *     {@code #:} line separated by spaces, {@code #,} flags separated by {@code ", "}, {@code #|} previous
 *     msgctxt / msgid / msgid_plural, then msgctxt, msgid, msgid_plural and msgstr or msgstr[n];</li>
 * <li>no width wrapping; a string with a newline before its last character is written as {@code ""} and one
 *     line per segment, each segment ending after a {@code \n} (a string whose only newline is the last
 *     character stays on one line, as msgcat does);</li>
 * <li>escapes {@code \\ \" \n \t}; any other control character is an {@link IllegalArgumentException}
 *     naming the entry.</li>
 * </ul>
 *
 * <p>{@link PoReader} reads this output back into an equal file, and writing that again gives the same bytes.
 */
public final class PoWriter {

    private PoWriter() {
    }

    public static String write(PoFile file) {
        Objects.requireNonNull(file, "file");
        List<String> blocks = new ArrayList<>();
        if (file.header() != null) {
            blocks.add(header(file.header()));
        }
        file.messages().forEach(e -> blocks.add(entry(e)));
        file.obsoleteEntries().forEach(e -> blocks.add(entry(e)));
        return String.join("\n", blocks);
    }

    private static String header(PoHeader header) {
        StringBuilder out = new StringBuilder();
        String what = "the header";
        header.translatorComments().forEach(c -> comment(out, "#", c, what));
        flags(out, header.flags());
        keyword(out, "", "msgid", "", what);
        keyword(out, "", "msgstr", header.msgstr(), what);
        return out.toString();
    }

    private static String entry(PoEntry entry) {
        StringBuilder out = new StringBuilder();
        String what = entry.describe();
        entry.translatorComments().forEach(c -> comment(out, "#", c, what));
        entry.extractedComments().forEach(c -> comment(out, "#.", c, what));
        if (!entry.references().isEmpty()) {
            out.append("#: ").append(String.join(" ", entry.references())).append('\n');
        }
        flags(out, entry.flags());
        String previous = entry.obsolete() ? "#~| " : "#| ";
        optionalKeyword(out, previous, "msgctxt", entry.previousMsgctxt(), what);
        optionalKeyword(out, previous, "msgid", entry.previousMsgid(), what);
        optionalKeyword(out, previous, "msgid_plural", entry.previousMsgidPlural(), what);
        String prefix = entry.obsolete() ? "#~ " : "";
        optionalKeyword(out, prefix, "msgctxt", entry.msgctxt(), what);
        keyword(out, prefix, "msgid", entry.msgid(), what);
        optionalKeyword(out, prefix, "msgid_plural", entry.msgidPlural(), what);
        if (entry.hasPlural()) {
            for (int i = 0; i < entry.msgstr().size(); i++) {
                keyword(out, prefix, "msgstr[" + i + "]", entry.msgstr().get(i), what);
            }
        } else {
            keyword(out, prefix, "msgstr", entry.msgstr().get(0), what);
        }
        return out.toString();
    }

    /** {@code # text}, or {@code #} alone for an empty comment, as GNU gettext writes them. */
    private static void comment(StringBuilder out, String marker, String text, String what) {
        text.chars().filter(c -> Character.isISOControl(c) && c != '\t').findFirst().ifPresent(c -> {
            throw new IllegalArgumentException(what + ": comment \"" + text + "\" contains control character "
                    + PoStringDecoder.codePoint(c));
        });
        out.append(marker);
        if (!text.isEmpty()) {
            out.append(' ').append(text);
        }
        out.append('\n');
    }

    private static void flags(StringBuilder out, Set<String> flags) {
        if (!flags.isEmpty()) {
            out.append("#, ").append(String.join(", ", flags)).append('\n');
        }
    }

    private static void optionalKeyword(StringBuilder out, String prefix, String keyword, String value, String what) {
        if (value != null) {
            keyword(out, prefix, keyword, value, what);
        }
    }

    private static void keyword(StringBuilder out, String prefix, String keyword, String value, String what) {
        int newline = value.indexOf('\n');
        if (newline < 0 || newline == value.length() - 1) {
            out.append(prefix).append(keyword).append(' ').append(quote(value, keyword, what)).append('\n');
            return;
        }
        out.append(prefix).append(keyword).append(" \"\"\n");
        int start = 0;
        while (start < value.length()) {
            int end = value.indexOf('\n', start);
            end = end < 0 ? value.length() : end + 1;
            out.append(prefix).append(quote(value.substring(start, end), keyword, what)).append('\n');
            start = end;
        }
    }

    private static String quote(String s, String keyword, String what) {
        StringBuilder q = new StringBuilder(s.length() + 2).append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\\' -> q.append("\\\\");
                case '"' -> q.append("\\\"");
                case '\n' -> q.append("\\n");
                case '\t' -> q.append("\\t");
                default -> {
                    if (Character.isISOControl(c)) {
                        throw new IllegalArgumentException(what + ": " + keyword + " contains control character "
                                + PoStringDecoder.codePoint(c) + "; PoWriter only escapes \\\\ \\\" \\n \\t");
                    }
                    q.append(c);
                }
            }
        }
        return q.append('"').toString();
    }
}
