package press.aurora.translate;

import java.util.Objects;
import press.aurora.translate.po.PoEntry;

/** What identifies a message in a PO file: its msgctxt (null for none) and msgid. */
public record MessageKey(String msgctxt, String msgid) {

    public MessageKey {
        Objects.requireNonNull(msgid, "msgid");
    }

    public static MessageKey of(PoEntry entry) {
        return new MessageKey(entry.msgctxt(), entry.msgid());
    }
}
