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
 * in strings, the header (present, first, with charset, Language and Plural-Forms), and, as {@code msgfmt -c}, that
 * a translated message begins and ends with a line break exactly where its msgid does.
 */
public final class PoReader {

    private PoReader() {
    }

    public static PoReadResult read(String text) {
        Objects.requireNonNull(text, "text");
        PoProblems problems = new PoProblems();
        PoLineLexer lexer = new PoLineLexer(problems);
        PoEntryAssembler assembler = new PoEntryAssembler(problems);
        if (text.startsWith("\uFEFF")) {
            // Windows editors (Notepad) save one; msgfmt refuses it as a syntax error the translator cannot see
            problems.add(1, PoCheck.SYNTAX, "the file begins with a byte order mark (U+FEFF), which msgfmt refuses: "
                    + "save it as UTF-8 without BOM");
            text = text.substring(1);
        }
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
        checkNewlines(entries, problems);
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

    /**
     * msgfmt -c: in a translated entry (not fuzzy, not obsolete, as msgfmt checks only what it compiles) the
     * msgid_plural and every msgstr begin with a line break when the msgid does, and only then; the same for the end.
     */
    private static void checkNewlines(List<PoEntry> entries, PoProblems problems) {
        for (PoEntry entry : entries) {
            if (!entry.isTranslated()) {
                continue;
            }
            String msgid = entry.msgid();
            if (entry.hasPlural()) {
                newlines(msgid, entry.msgidPlural(), "msgid", "msgid_plural", entry.line(), problems);
            }
            for (int i = 0; i < entry.msgstr().size(); i++) {
                String msgstr = entry.hasPlural() ? "msgstr[" + i + "]" : "msgstr";
                newlines(msgid, entry.msgstr().get(i), "the source (msgid)", "the translation (" + msgstr + ")", entry.line(), problems);
            }
        }
    }

    private static void newlines(String model, String text, String modelName, String textName, int line, PoProblems problems) {
        boolean beginsModel = model.startsWith("\n");
        boolean endsModel = model.endsWith("\n");
        if (beginsModel != text.startsWith("\n")) {
            problems.add(line, PoCheck.NEWLINE, lineBreak(beginsModel, "begins", modelName, textName));
        }
        if (endsModel != text.endsWith("\n")) {
            problems.add(line, PoCheck.NEWLINE, lineBreak(endsModel, "ends", modelName, textName));
        }
    }

    private static String lineBreak(boolean inModel, String where, String modelName, String textName) {
        return inModel
                ? modelName + " " + where + " with a line break (\\n) and " + textName + " does not: add one (msgfmt -c refuses the file)"
                : textName + " " + where + " with a line break (\\n) and " + modelName + " does not: remove it (msgfmt -c refuses the file)";
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
