package press.aurora.translate.check;

import java.util.ArrayList;
import java.util.List;
import press.aurora.model.Inline;

/** What Markdown put into a text besides words: links, footnote references, code spans, breaks, emphasis. */
public record InlineFeatures(List<String> linkTargets, List<String> noteLabels, List<String> codeSpans, int lineBreaks,
                      int emphasis, int strong, String plainText) {

    static InlineFeatures of(List<Inline> inlines) {
        Collector c = new Collector();
        c.walk(inlines);
        return new InlineFeatures(c.links, c.notes, c.codes, c.breaks, c.emphasis, c.strong, c.text.toString());
    }

    private static final class Collector {
        final List<String> links = new ArrayList<>();
        final List<String> notes = new ArrayList<>();
        final List<String> codes = new ArrayList<>();
        final StringBuilder text = new StringBuilder();
        int breaks;
        int emphasis;
        int strong;

        void walk(List<Inline> inlines) {
            for (Inline inline : inlines) {
                if (inline instanceof Inline.Text t) {
                    text.append(t.text());
                } else if (inline instanceof Inline.Emphasis e) {
                    emphasis++;
                    walk(e.children());
                } else if (inline instanceof Inline.Strong s) {
                    strong++;
                    walk(s.children());
                } else if (inline instanceof Inline.Link l) {
                    links.add(l.target());
                    walk(l.children());
                } else if (inline instanceof Inline.Shifted s) {
                    walk(s.children());
                } else if (inline instanceof Inline.Quoted q) {
                    text.append('“');
                    walk(q.children());
                    text.append('”');
                } else if (inline instanceof Inline.Code code) {
                    codes.add(code.text());
                } else if (inline instanceof Inline.NoteRef ref) {
                    notes.add(ref.label());
                } else if (inline instanceof Inline.LineBreak) {
                    breaks++;
                    text.append('\n');
                }
            }
        }
    }
}
