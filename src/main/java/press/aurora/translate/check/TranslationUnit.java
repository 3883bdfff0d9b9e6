package press.aurora.translate.check;

import java.util.Objects;
import press.aurora.diag.SourcePosition;
import press.aurora.translate.TextKind;
import press.aurora.translate.po.PoEntry;

/**
 * One translated PO entry as the checks see it.
 *
 * @param language the catalogue's language, e.g. {@code fr}
 * @param position the PO file and the entry's line
 * @param entry    the entry; its msgstr is filled
 * @param kind     the kind of text (from the source, or from the entry's role comment)
 */
public record TranslationUnit(String language, SourcePosition position, PoEntry entry, TextKind kind) {

    public TranslationUnit {
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(position, "position");
        Objects.requireNonNull(entry, "entry");
        Objects.requireNonNull(kind, "kind");
    }

    public String msgid() {
        return entry.msgid();
    }

    public String msgstr() {
        return entry.msgstr().get(0);
    }

    /** An ICU MessageFormat pattern (interface strings) rather than Markdown text. */
    public boolean isIcu() {
        return kind == TextKind.INTERFACE_STRING || entry.flags().contains("icu-message-format");
    }
}
