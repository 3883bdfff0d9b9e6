package press.aurora.edition;

import com.ibm.icu.lang.UScript;
import press.aurora.diag.CodePoints;

/**
 * Invisible characters that a text-shaping engine hides but FOP, which draws every character it is given,
 * prints as a mark or a gap: the fonts draw a zero-width joiner, non-joiner and grapheme joiner as a small
 * visible sign, and a word joiner or an invisible maths operator as a wide blank; a variation selector (after
 * a phone's ♥ or ✔) moves its word into the fallback font. They are taken out of the text before layout.
 * A joiner or non-joiner next to a letter of a script that joins or forms conjuncts (Persian, Devanagari...)
 * shapes that letter and is kept. Direction controls ({@link CodePoints#isDirectionControl}), which FOP's layout
 * does not follow (an override pasted around a file name made the line print in neither order), are taken out too:
 * the text is printed in the order it is typed, as the article reader warned.
 */
final class HiddenCharacters {

    private static final int ZWNJ = 0x200C;
    private static final int ZWJ = 0x200D;

    private HiddenCharacters() {
    }

    static String remove(String text) {
        if (!mayHold(text)) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            boolean hidden = switch (c) {
                case ZWJ, ZWNJ -> !shapesANeighbour(text, i, Character.charCount(c));
                case 0x034F, 0x2060, 0x2061, 0x2062, 0x2063, 0x2064 -> true; // grapheme joiner, word joiner, invisible operators
                default -> isVariationSelector(c) || CodePoints.isDirectionControl(c);
            };
            if (!hidden) {
                out.appendCodePoint(c);
            }
            i += Character.charCount(c);
        }
        return out.toString();
    }

    /** A quick look for the ranges the characters are in, so that ordinary text is returned as it is. */
    private static boolean mayHold(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == 0x034F || (c >= 0x200C && c <= 0x200D) || (c >= 0x2060 && c <= 0x2069) || (c >= 0xFE00 && c <= 0xFE0F)
                    || (c >= 0x202A && c <= 0x202E) || c == 0x061C || Character.isSurrogate(c)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isVariationSelector(int c) {
        return (c >= 0xFE00 && c <= 0xFE0F) || (c >= 0xE0100 && c <= 0xE01EF);
    }

    private static boolean shapesANeighbour(String text, int at, int length) {
        return at > 0 && shapes(text.codePointBefore(at)) || at + length < text.length() && shapes(text.codePointAt(at + length));
    }

    /** A letter whose shape depends on its neighbours: any script but the alphabets of Europe (and shared signs). */
    private static boolean shapes(int c) {
        int script = UScript.getScript(c);
        return script != UScript.LATIN && script != UScript.GREEK && script != UScript.CYRILLIC && script != UScript.ARMENIAN
                && script != UScript.GEORGIAN && script != UScript.COMMON && script != UScript.INHERITED;
    }
}
