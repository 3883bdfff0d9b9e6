package press.aurora.markdown;

/**
 * Recognises inline Markdown that can only be plain text, so that {@link InlineMarkdown} takes it as it is instead
 * of building a Flexmark document for it (most of a parse's cost is setting up the document's parsers, whatever
 * the text). A text qualifies when it is one line that starts with a letter (so it opens no block: no heading,
 * list, quote, code, HTML, table or definition) and holds only letters, digits, combining marks, spaces and
 * punctuation that no rule of the dialect reads: no emphasis, code, link, image, escape, entity, HTML or footnote
 * marker, no straight quote or angle quote, and no {@code --} or {@code ...} (or {@code . . .}) that the typographic
 * extension turns into a dash or an ellipsis. Flexmark parses such a text into one paragraph whose text is the line
 * itself, which is what the shortcut gives ({@code PlainInlineTest} holds the two to the same result).
 */
final class PlainInline {

    /** ASCII punctuation that stands for itself anywhere after a line's first character. */
    private static final String ASCII_PUNCTUATION = ",;:?!.()%/-+=@#$";
    /** Other punctuation typed in prose: curly quotes and apostrophes, guillemets, dashes, the ellipsis. */
    private static final String OTHER_PUNCTUATION = "“”‘’«»–—…";
    /** Spaces that are text inside a line (never its last character): no-break, narrow no-break and thin spaces. */
    private static final String OTHER_SPACES = "\u00A0\u202F\u2009";

    private PlainInline() {
    }

    /** Whether Flexmark would read {@code line} (already stripped) as one plain text equal to it. */
    static boolean isPlain(String line) {
        if (line.isEmpty() || !Character.isLetter(line.codePointAt(0))) {
            return false;
        }
        int last = line.length() - 1;
        for (int i = 0; i < line.length(); ) {
            int c = line.codePointAt(i);
            if (c == ' ' || OTHER_SPACES.indexOf(c) >= 0) {
                if (i == last) {
                    return false;
                }
            } else if (c < 0x80 && !Character.isLetterOrDigit(c)) {
                if (ASCII_PUNCTUATION.indexOf(c) < 0 || typographic(line, i)) {
                    return false;
                }
            } else if (!Character.isLetterOrDigit(c) && !isMark(c) && OTHER_PUNCTUATION.indexOf(c) < 0) {
                return false;
            }
            i += Character.charCount(c);
        }
        return true;
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
