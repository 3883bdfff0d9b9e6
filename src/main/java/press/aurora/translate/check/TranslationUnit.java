package press.aurora.translate.check;

import java.util.Objects;
import java.util.Set;
import press.aurora.diag.SourcePosition;
import press.aurora.translate.TextKind;
import press.aurora.translate.po.PoEntry;

/**
 * One translated PO entry as the checks see it, its msgid and msgstr parsed once for all of them.
 *
 * @param language the catalogue's language, e.g. {@code fr}
 * @param position the PO file and the entry's line
 * @param entry    the entry; its msgstr is filled
 * @param kind     the kind of text (from the source, or from the entry's role comment)
 * @param source   the msgid parsed (with the footnote labels of msgid and msgstr), or literal for an ICU pattern
 * @param target   the msgstr parsed the same way
 */
public record TranslationUnit(String language, SourcePosition position, PoEntry entry, TextKind kind,
                              ParsedText source, ParsedText target) {

    public TranslationUnit {
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(position, "position");
        Objects.requireNonNull(entry, "entry");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(target, "target");
    }

    /** The unit of a translated entry; its msgid is parsed through {@code sourceTexts}, shared by every language. */
    public static TranslationUnit of(String language, SourcePosition position, PoEntry entry, TextKind kind,
                                     ParsedTexts sourceTexts) {
        String msgid = entry.msgid();
        String msgstr = entry.msgstr().get(0);
        if (isIcu(kind, entry)) {
            return new TranslationUnit(language, position, entry, kind, ParsedText.literal(msgid), ParsedText.literal(msgstr));
        }
        Set<String> labels = ParsedText.noteLabels(msgid, msgstr);
        return new TranslationUnit(language, position, entry, kind, sourceTexts.parse(msgid, labels),
                ParsedText.parse(msgstr, labels));
    }

    public String msgid() {
        return entry.msgid();
    }

    public String msgstr() {
        return entry.msgstr().get(0);
    }

    /** An ICU MessageFormat pattern (interface strings) rather than Markdown text. */
    public boolean isIcu() {
        return isIcu(kind, entry);
    }

    private static boolean isIcu(TextKind kind, PoEntry entry) {
        return kind == TextKind.INTERFACE_STRING || entry.flags().contains("icu-message-format");
    }
}
