package press.aurora.config;

import com.ibm.icu.lang.UScript;
import com.ibm.icu.text.UnicodeSet;
import com.ibm.icu.util.ULocale;
import java.util.Objects;

/**
 * How an edition's language is written, decided here once from ICU's locale data and handed to the
 * stylesheet as parameters (as {@link PageGeometry} hands it the grid): the script, the direction of
 * lines and of the page (a right-to-left edition mirrors its pages: columns run from the right, the
 * masthead, footer and boxes are mirrored), whether words may be hyphenated, and whether letters may
 * be spaced apart (never in a joined script such as Arabic, where spacing breaks the joins).
 *
 * @param script      ISO 15924 code of the language's script, e.g. {@code Latn}, {@code Arab}
 * @param rightToLeft lines and pages run from right to left
 */
public record WritingSystem(String script, boolean rightToLeft) {

    public static final WritingSystem LATIN = new WritingSystem("Latn", false);

    public WritingSystem {
        Objects.requireNonNull(script, "script");
    }

    /** The writing system of a locale: its likely script (fa → Arab) and ICU's character order. */
    public static WritingSystem of(ULocale locale) {
        String script = ULocale.addLikelySubtags(locale).getScript();
        return new WritingSystem(script.isEmpty() ? "Latn" : script, locale.isRightToLeft());
    }

    /** The XSL-FO writing mode of the pages: {@code lr-tb} or {@code rl-tb}. */
    public String writingMode() {
        return rightToLeft ? "rl-tb" : "lr-tb";
    }

    /** Latin text needs no font of its own: it is the script of the base fonts. */
    public boolean isLatin() {
        return script.equals("Latn");
    }

    /**
     * Words are hyphenated in alphabetic scripts that do it by custom (Latin, Greek, Cyrillic: FOP has
     * patterns for their languages); never in Arabic, Hebrew or scripts without spaces.
     */
    public boolean hyphenates() {
        int code = UScript.getCodeFromName(script);
        return code == UScript.LATIN || code == UScript.GREEK || code == UScript.CYRILLIC;
    }

    /**
     * Letters may be spaced apart (kickers, mastheads) only where they stand apart: a joined script
     * (Arabic, Syriac, Mongolian, N'Ko...: Unicode gives its letters a dual joining type) connects its
     * letters, and letter spacing would cut the joins.
     */
    public boolean allowsLetterSpacing() {
        return new UnicodeSet("[[:sc=" + script + ":]&[:Joining_Type=Dual_Joining:]]").isEmpty();
    }
}
