package press.aurora.translate;

import java.util.Objects;
import press.aurora.diag.SourcePosition;

/**
 * A message of a PO file that still needs the translator: untranslated, or fuzzy (translated for an earlier
 * source text, which the file keeps as {@code #| msgid}).
 *
 * @param position      the entry's line in the PO file
 * @param previousMsgid the source text the fuzzy translation was made for, or null when the file does not say
 * @param msgstr        the (fuzzy) translation, empty for an untranslated message
 */
public record PendingMessage(SourcePosition position, State state, String msgctxt, String msgid, String previousMsgid,
                             String msgstr) {

    public enum State { UNTRANSLATED, FUZZY }

    public PendingMessage {
        Objects.requireNonNull(position, "position");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(msgid, "msgid");
        msgstr = msgstr == null ? "" : msgstr;
    }
}
