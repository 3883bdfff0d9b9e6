package press.aurora.translate.po;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * Reads PO text strictly. Bad input never aborts the read: every problem becomes a {@link PoProblem} with
 * its 1-based line, and the {@link PoFile} holds what could be read. Lines end with LF or CRLF.
 *
 * <p>Checked: the escapes GNU msgfmt accepts (see {@link PoStringDecoder}), unterminated strings, text
 * outside a string, keywords out of order, entries without msgstr, {@code #~} used inconsistently,
 * duplicate msgctxt+msgid (obsolete entries included, as msgfmt does), msgstr[n] without msgid_plural or
 * out of sequence, plural entries whose msgstr count is not the header's nplurals, raw control characters
 * in strings, and the header (present, first, with charset, Language and Plural-Forms).
 */
public final class PoReader {

    private PoReader() {
    }

    public static PoReadResult read(String text) {
        Objects.requireNonNull(text, "text");
        PoProblems problems = new PoProblems();
        PoLineLexer lexer = new PoLineLexer(problems);
        PoEntryAssembler assembler = new PoEntryAssembler(problems);
        // Each line without its LF or CRLF; text that does not end with a line break ends with a line all the same.
        int number = 0;
        int start = 0;
        do {
            int lineBreak = text.indexOf('\n', start);
            int end = lineBreak < 0 ? text.length() : lineBreak;
            int contentEnd = end > start && text.charAt(end - 1) == '\r' ? end - 1 : end;
            assembler.accept(lexer.lex(++number, text.substring(start, contentEnd)));
            start = end + 1;
        } while (start < text.length());
        List<PoEntry> all = assembler.finish();
        reportDuplicates(all, problems);

        PoEntry headerEntry = all.stream().filter(PoEntry::isHeader).findFirst().orElse(null);
        if (headerEntry != null && headerEntry != all.get(0)) {
            problems.add(headerEntry.line(), PoCheck.HEADER, "the header entry (msgid \"\") must be the first entry");
        }
        PoHeader header = new PoHeaderReader(problems).read(headerEntry);
        List<PoEntry> entries = all.stream().filter(e -> !e.isHeader()).toList();
        if (header != null) {
            checkPluralCounts(entries, header, problems);
        }
        return new PoReadResult(new PoFile(header, entries), problems.byLine());
    }

    /** Same msgctxt and msgid twice; a second header entry is such a duplicate and is not kept. */
    private static void reportDuplicates(List<PoEntry> entries, PoProblems problems) {
        Map<List<String>, PoEntry> seen = new HashMap<>();
        for (PoEntry entry : entries) {
            List<String> key = new ArrayList<>(2);
            key.add(entry.msgctxt());
            key.add(entry.msgid());
            PoEntry first = seen.putIfAbsent(key, entry);
            if (first != null) {
                problems.add(entry.line(), PoCheck.DUPLICATE, "duplicate message definition: "
                        + entry.describe().replaceFirst(" \\(line \\d+\\)$", "")
                        + " is already defined at line " + first.line());
            }
        }
    }

    private static void checkPluralCounts(List<PoEntry> entries, PoHeader header, PoProblems problems) {
        String pluralForms = header.get("Plural-Forms");
        OptionalInt nplurals = pluralForms == null ? OptionalInt.empty() : PluralForms.nplurals(pluralForms);
        if (nplurals.isEmpty()) {
            return;
        }
        for (PoEntry entry : entries) {
            if (entry.hasPlural() && !entry.obsolete() && entry.msgstr().size() != nplurals.getAsInt()) {
                problems.add(entry.line(), PoCheck.PLURAL, "msgid_plural entry has " + entry.msgstr().size()
                        + " msgstr[n] but Plural-Forms says nplurals=" + nplurals.getAsInt());
            }
        }
    }
}
