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
}
