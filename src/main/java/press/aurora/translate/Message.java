package press.aurora.translate;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import press.aurora.diag.SourcePosition;

/**
 * One translatable message of the source: what a translator sees as one PO entry.
 *
 * @param msgctxt  null, except where the same text has two roles in one file (then the kind's context)
 * @param msgid    the inline Markdown (or the ICU pattern of an interface string)
 * @param kind     what kind of text it is
 * @param role     the role comment ({@code #.}), e.g. "heading 2", "table cell r2c3", "front matter title"
 * @param comments further comments for translators ({@code <!-- i18n:comment: ... -->}, an interface string's key)
 * @param position where the text is in the source ({@code #:} reference)
 * @param flags    {@code markdown-text} or {@code icu-message-format}
 */
public record Message(String msgctxt, String msgid, TextKind kind, String role, List<String> comments,
                      SourcePosition position, Set<String> flags) {

    public static final String MARKDOWN_TEXT = "markdown-text";
    public static final String ICU_MESSAGE_FORMAT = "icu-message-format";

    public Message {
        Objects.requireNonNull(msgid, "msgid");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(position, "position");
        comments = List.copyOf(comments);
        flags = Set.copyOf(flags);
        if (msgid.isEmpty()) {
            throw new IllegalArgumentException("an empty text is not a message (msgid \"\" is the PO header)");
        }
    }

    public MessageKey key() {
        return new MessageKey(msgctxt, msgid);
    }

    public Message withMsgctxt(String context) {
        return new Message(context, msgid, kind, role, comments, position, flags);
    }

    /** The file and line of the text, as diagnostics name it ({@code file:line}). */
    public SourcePosition where() {
        return SourcePosition.of(position.file(), position.line());
    }

    public boolean isIcu() {
        return flags.contains(ICU_MESSAGE_FORMAT);
    }
}
