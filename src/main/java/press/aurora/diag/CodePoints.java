package press.aurora.diag;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UCharacterCategory;
import java.util.Locale;

/** How a message names one character: its code point and its Unicode name, {@code U+16A0 RUNIC LETTER FEHU FEOH FE F}. */
public final class CodePoints {

    private CodePoints() {
    }

    /** {@code U+0041 LATIN CAPITAL LETTER A}; characters without a name are named by their kind. */
    public static String describe(int codePoint) {
        return hex(codePoint) + " " + name(codePoint);
    }

    /** {@code U+0041}: at least four hex digits, upper case. */
    public static String hex(int codePoint) {
        return String.format(Locale.ROOT, "U+%04X", codePoint);
    }

    /** The Unicode name, or {@code <control character>} and the like for a code point that has none. */
    public static String name(int codePoint) {
        String name = UCharacter.getName(codePoint);
        if (name != null && !name.isEmpty()) {
            return name;
        }
        return switch (UCharacter.getType(codePoint)) {
            case UCharacterCategory.CONTROL -> "<control character>";
            case UCharacterCategory.SURROGATE -> "<unpaired surrogate>";
            case UCharacterCategory.PRIVATE_USE -> "<private-use character>";
            default -> UCharacter.isLegal(codePoint) ? "<unassigned>" : "<noncharacter>";
        };
    }

    /** The character itself when it can be shown on a terminal, else nothing. */
    public static String printable(int codePoint) {
        int type = UCharacter.getType(codePoint);
        boolean invisible = type == UCharacterCategory.CONTROL || type == UCharacterCategory.SURROGATE
                || type == UCharacterCategory.FORMAT || type == UCharacterCategory.UNASSIGNED
                || type == UCharacterCategory.LINE_SEPARATOR || type == UCharacterCategory.PARAGRAPH_SEPARATOR
                || type == UCharacterCategory.SPACE_SEPARATOR || type == UCharacterCategory.PRIVATE_USE;
        return invisible ? "" : new String(Character.toChars(codePoint));
    }

    /**
     * A Unicode direction control: the embeddings, overrides and their end (U+202A–U+202E), the isolates
     * (U+2066–U+2069) and the Arabic letter mark (U+061C). Chat programs and word processors put them around
     * names and addresses; FOP's layout does not follow them, so they are taken out and the text is printed in
     * the order it is typed. (The left-to-right and right-to-left marks, U+200E and U+200F, FOP does follow.)
     */
    public static boolean isDirectionControl(int codePoint) {
        return codePoint >= 0x202A && codePoint <= 0x202E || codePoint >= 0x2066 && codePoint <= 0x2069 || codePoint == 0x061C;
    }

    /**
     * Why a character cannot stand in a text to print (and what to do), or null when it can: control
     * characters other than tab and line breaks, lone surrogates, U+FFFD, Unicode's line and paragraph
     * separators, a byte order mark inside the text, noncharacters.
     */
    public static String unprintable(int codePoint) {
        if (codePoint == '\t' || codePoint == '\n' || codePoint == '\r') {
            return null;
        }
        if (Character.getType(codePoint) == Character.CONTROL) {
            return "a control character cannot be printed; delete it (pasted text often carries them)";
        }
        if (Character.getType(codePoint) == Character.SURROGATE) {
            return "half of a surrogate pair is not a character; retype the character that stood here";
        }
        if (codePoint == 0xFFFD) {
            return "the replacement character marks a character lost in an earlier conversion; put back the character that stood here";
        }
        if (codePoint == 0x2028 || codePoint == 0x2029) {
            return "not a line break in Markdown; end the line with a backslash, or leave a blank line for a new paragraph";
        }
        if (codePoint == 0xFEFF) {
            return "a byte order mark inside the text; delete it";
        }
        if ((codePoint & 0xFFFE) == 0xFFFE || (codePoint >= 0xFDD0 && codePoint <= 0xFDEF)) {
            return "a noncharacter is not meant for text; delete it";
        }
        return null;
    }
}
