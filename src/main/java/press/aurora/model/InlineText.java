package press.aurora.model;

import java.util.List;
import java.util.Objects;
import press.aurora.diag.SourcePosition;

/**
 * A run of inline content with the Markdown it was parsed from: the Markdown is what translators
 * see as a msgid, the inlines are what is printed.
 */
public record InlineText(String markdown, List<Inline> inlines, SourcePosition position) {

    public InlineText {
        Objects.requireNonNull(markdown, "markdown");
        inlines = List.copyOf(inlines);
        Objects.requireNonNull(position, "position");
    }

    /** The text without formatting, for word counts and messages. */
    public String plainText() {
        StringBuilder text = new StringBuilder();
        appendPlain(inlines, text);
        return text.toString();
    }

    private static void appendPlain(List<Inline> inlines, StringBuilder text) {
        for (Inline inline : inlines) {
            if (inline instanceof Inline.Text t) {
                text.append(t.text());
            } else if (inline instanceof Inline.Code c) {
                text.append(c.text());
            } else if (inline instanceof Inline.Emphasis e) {
                appendPlain(e.children(), text);
            } else if (inline instanceof Inline.Strong s) {
                appendPlain(s.children(), text);
            } else if (inline instanceof Inline.Link l) {
                appendPlain(l.children(), text);
            } else if (inline instanceof Inline.Shifted s) {
                appendPlain(s.children(), text);
            } else if (inline instanceof Inline.Quoted q) {
                text.append('“');
                appendPlain(q.children(), text);
                text.append('”');
            } else if (inline instanceof Inline.LineBreak) {
                text.append(' ');
            }
        }
    }
}
