package press.aurora.model;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/** Small operations on runs of inlines that several transforms share. */
public final class Inlines {

    private Inlines() {
    }

    /** Joins neighbouring plain texts into one. */
    public static List<Inline> mergeTexts(List<Inline> inlines) {
        List<Inline> out = new ArrayList<>();
        for (Inline inline : inlines) {
            if (inline instanceof Inline.Text next && !out.isEmpty() && out.get(out.size() - 1) instanceof Inline.Text last) {
                out.set(out.size() - 1, new Inline.Text(last.text() + next.text()));
            } else {
                out.add(inline);
            }
        }
        return out;
    }

    /** Applies a function to every plain text run, also inside emphasis and links (not code). */
    public static List<Inline> mapText(List<Inline> inlines, UnaryOperator<String> function) {
        List<Inline> out = new ArrayList<>();
        for (Inline inline : inlines) {
            if (inline instanceof Inline.Text t) {
                out.add(new Inline.Text(function.apply(t.text())));
            } else if (inline instanceof Inline.Emphasis e) {
                out.add(new Inline.Emphasis(mapText(e.children(), function)));
            } else if (inline instanceof Inline.Strong s) {
                out.add(new Inline.Strong(mapText(s.children(), function)));
            } else if (inline instanceof Inline.Link l) {
                out.add(new Inline.Link(l.target(), mapText(l.children(), function)));
            } else if (inline instanceof Inline.Shifted s) {
                out.add(new Inline.Shifted(s.shift(), mapText(s.children(), function)));
            } else {
                out.add(inline);
            }
        }
        return out;
    }
}
