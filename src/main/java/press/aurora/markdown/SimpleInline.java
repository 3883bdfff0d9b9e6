package press.aurora.markdown;

import java.util.ArrayList;
import java.util.List;
import press.aurora.model.Inline;

/**
 * Reads inline Markdown that holds nothing but prose and {@code *emphasis*} without Flexmark, giving what
 * {@link InlineMarkdown} would give through a Flexmark document (most of a parse's cost is setting up the document's
 * parsers, whatever the text). A text qualifies when it is one line that opens no block (it starts with a letter,
 * or with an emphasis) and holds only letters, digits, combining marks, spaces, punctuation that no rule of the
 * dialect reads, and emphasis marks that can only open or only close: no code, link, image, escape, entity, HTML or
 * footnote marker, no straight or angle quote, no {@code _} or {@code **}, and no {@code --}, {@code ...} or
 * {@code . . .} that the typographic extension turns into a dash or an ellipsis. Anything else is left to Flexmark.
 * {@code SimpleInlineTest} holds the two to the same result.
 */
final class SimpleInline {

    /** ASCII punctuation that stands for itself anywhere after a line's first character. */
    private static final String ASCII_PUNCTUATION = ",;:?!.()%/-+=@#$";
    /** Other punctuation typed in prose: curly quotes and apostrophes, guillemets, dashes, the ellipsis. */
    private static final String OTHER_PUNCTUATION = "“”‘’«»–—…";
    /** Spaces that are text inside a line (never its last character): no-break, narrow no-break and thin spaces. */
    private static final String OTHER_SPACES = "\u00A0\u202F\u2009";
    /** What may come after an emphasis that closes (besides the end of the line). */
    private static final String AFTER_EMPHASIS = " ,;:?!.)";

    private SimpleInline() {
    }

    /**
     * The inlines of {@code line} (already stripped) as Flexmark reads them, before quotes are paired; null when the
     * line is not simple enough to be sure of them.
     */
    static List<Inline> read(String line) {
        if (line.isEmpty() || !(Character.isLetter(line.codePointAt(0)) || opens(line, 0))) {
            return null;
        }
        List<Inline> inlines = new ArrayList<>();
        int start = 0;
        boolean inEmphasis = false;
        int last = line.length() - 1;
        for (int i = 0; i < line.length(); ) {
            int c = line.codePointAt(i);
            if (c == '*') {
                if (inEmphasis ? !closes(line, i) : !opens(line, i)) {
                    return null;
                }
                Inline.Text text = new Inline.Text(line.substring(start, i));
                if (inEmphasis) {
                    inlines.add(new Inline.Emphasis(List.of(text)));
                } else if (i > start) {
                    inlines.add(text);
                }
                inEmphasis = !inEmphasis;
                start = i + 1;
            } else if (c == ' ' || OTHER_SPACES.indexOf(c) >= 0) {
                if (i == last) {
                    return null;
                }
            } else if (c < 0x80 && !Character.isLetterOrDigit(c)) {
                if (ASCII_PUNCTUATION.indexOf(c) < 0 || typographic(line, i)) {
                    return null;
                }
            } else if (!Character.isLetterOrDigit(c) && !isMark(c) && OTHER_PUNCTUATION.indexOf(c) < 0) {
                return null;
            }
            i += Character.charCount(c);
        }
        if (inEmphasis) {
            return null;
        }
        if (start < line.length()) {
            inlines.add(new Inline.Text(line.substring(start)));
        }
        return inlines;
    }

    /** A {@code *} that can open an emphasis and cannot close one: after a space or '(' (or first), before a letter or digit. */
    private static boolean opens(String line, int i) {
        return line.startsWith("*", i) && (i == 0 || line.charAt(i - 1) == ' ' || line.charAt(i - 1) == '(')
                && i + 1 < line.length() && Character.isLetterOrDigit(line.codePointAt(i + 1));
    }

    /** A {@code *} that can close an emphasis and cannot open one: after a letter or digit, before a space, punctuation or the end. */
    private static boolean closes(String line, int i) {
        return i > 0 && Character.isLetterOrDigit(line.codePointBefore(i))
                && (i + 1 == line.length() || AFTER_EMPHASIS.indexOf(line.charAt(i + 1)) >= 0);
    }

    /** A dash or an ellipsis typed as {@code --}, {@code ...} or {@code . . .} (the typographic extension's). */
    private static boolean typographic(String line, int i) {
        char c = line.charAt(i);
        return c == '-' && line.startsWith("-", i + 1)
                || c == '.' && (line.startsWith(".", i + 1) || line.startsWith(" .", i + 1));
    }

    private static boolean isMark(int c) {
        int type = Character.getType(c);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK;
    }
}
