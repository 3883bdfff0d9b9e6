package press.aurora.translate.po;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Turns the header entry into a {@link PoHeader} and checks what a translation catalogue's header must
 * have: a charset in Content-Type, a Language and a well-formed Plural-Forms.
 */
final class PoHeaderReader {
    private final PoProblems problems;

    PoHeaderReader(PoProblems problems) {
        this.problems = problems;
    }

    /** Reports a missing header at line 1 and returns null. */
    PoHeader read(PoEntry entry) {
        if (entry == null) {
            problems.add(1, PoCheck.HEADER, "no header entry (msgid \"\" with Content-Type, Language and Plural-Forms)");
            return null;
        }
        int line = entry.line();
        reportDroppedParts(entry);
        PoHeader header = new PoHeader(entry.translatorComments(), entry.flags(), fields(entry.msgstr().get(0), line),
                line);
        check(header);
        return header;
    }

    private Map<String, String> fields(String msgstr, int line) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (String field : msgstr.split("\n")) {
            if (field.isBlank()) {
                continue;
            }
            int colon = field.indexOf(':');
            String name = colon < 0 ? "" : field.substring(0, colon).strip();
            if (name.isEmpty() || PoHeader.hasControlCharacter(name)) {
                problems.add(line, PoCheck.HEADER, "header line is not 'Name: value' and is not kept: \"" + field + "\"");
                continue;
            }
            String value = field.substring(colon + 1).strip();
            if (fields.putIfAbsent(name, value) != null) {
                problems.add(line, PoCheck.HEADER, "header field " + name + " appears twice; the first is kept");
            }
        }
        return fields;
    }

    private void reportDroppedParts(PoEntry entry) {
        if (!entry.extractedComments().isEmpty() || !entry.references().isEmpty()
                || entry.previousMsgid() != null || entry.previousMsgctxt() != null || entry.hasPlural()) {
            problems.add(entry.line(), PoCheck.HEADER,
                    "the header entry has #., #:, #| or msgid_plural lines; they are not kept");
        }
    }

    private void check(PoHeader header) {
        int line = header.line();
        if (header.charset().isEmpty()) {
            problems.add(line, PoCheck.HEADER, "header has no charset: add \"Content-Type: text/plain; charset=UTF-8\"");
        }
        if (header.find("Language").filter(v -> !v.isEmpty()).isEmpty()) {
            problems.add(line, PoCheck.HEADER, "header has no Language");
        }
        String pluralForms = header.get("Plural-Forms");
        if (pluralForms == null) {
            problems.add(line, PoCheck.HEADER, "header has no Plural-Forms");
        } else if (!PluralForms.isWellFormed(pluralForms)) {
            problems.add(line, PoCheck.HEADER,
                    "Plural-Forms is not \"nplurals=N; plural=EXPRESSION;\": \"" + pluralForms + "\"");
        }
    }
}
