package press.aurora.markdown;

import java.util.ArrayList;
import java.util.List;
import press.aurora.model.Inline;
import press.aurora.model.Inlines;

/**
 * Finds quotations typed with curly double quotes (“…”) or guillemets («…») among sibling inlines
 * and turns each matched pair into a {@link Inline.Quoted}, so the edition's locale can choose the
 * marks. Unmatched marks stay as typed.
 */
final class QuotePairing {

    private static final String OPENERS = "“«";
    private static final String CLOSERS = "”»";

    private QuotePairing() {
    }

    static List<Inline> pair(List<Inline> inlines) {
        List<Object> tokens = new ArrayList<>();
        for (Inline inline : inlines) {
            if (inline instanceof Inline.Text text) {
                split(text.text(), tokens);
            } else {
                tokens.add(recurse(inline));
            }
        }
        return Inlines.mergeTexts(unmark(match(tokens)));
    }

    private static Inline recurse(Inline inline) {
        if (inline instanceof Inline.Emphasis e) {
            return new Inline.Emphasis(pair(e.children()));
        } else if (inline instanceof Inline.Strong s) {
            return new Inline.Strong(pair(s.children()));
        } else if (inline instanceof Inline.Link l) {
            return new Inline.Link(l.target(), pair(l.children()));
        } else if (inline instanceof Inline.Quoted q) {
            return new Inline.Quoted(pair(q.children()));
        } else if (inline instanceof Inline.Shifted s) {
            return new Inline.Shifted(s.shift(), pair(s.children()));
        }
        return inline;
    }

    /** Splits text so that every quote mark is a token of its own (a {@link Character}). */
    private static void split(String text, List<Object> tokens) {
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isMark(c)) {
                if (i > start) {
                    tokens.add(new Inline.Text(text.substring(start, i)));
                }
                tokens.add(c);
                start = i + 1;
            }
        }
        if (start < text.length()) {
            tokens.add(new Inline.Text(text.substring(start)));
        }
    }

    /** One of {@link #OPENERS} or {@link #CLOSERS}: all four lie above U+00AA, where most text has no character at all. */
    private static boolean isMark(char c) {
        return c > '\u00AA' && (OPENERS.indexOf(c) >= 0 || CLOSERS.indexOf(c) >= 0);
    }

    private static List<Object> match(List<Object> tokens) {
        List<Object> out = new ArrayList<>();
        List<Integer> open = new ArrayList<>();
        for (Object token : tokens) {
            if (token instanceof Character mark && OPENERS.indexOf(mark) >= 0) {
                open.add(out.size());
                out.add(token);
            } else if (token instanceof Character mark && closes(mark, out, open)) {
                int from = open.remove(open.size() - 1);
                List<Object> inside = new ArrayList<>(out.subList(from + 1, out.size()));
                out.subList(from, out.size()).clear();
                out.add(new Inline.Quoted(Inlines.mergeTexts(unmark(inside))));
            } else {
                out.add(token);
            }
        }
        return out;
    }

    private static boolean closes(char mark, List<Object> out, List<Integer> open) {
        if (open.isEmpty() || CLOSERS.indexOf(mark) < 0) {
            return false;
        }
        char opener = (Character) out.get(open.get(open.size() - 1));
        return OPENERS.indexOf(opener) == CLOSERS.indexOf(mark);
    }

    private static List<Inline> unmark(List<Object> tokens) {
        List<Inline> out = new ArrayList<>(tokens.size());
        for (Object token : tokens) {
            out.add(token instanceof Character mark ? new Inline.Text(String.valueOf(mark)) : (Inline) token);
        }
        return out;
    }


}
