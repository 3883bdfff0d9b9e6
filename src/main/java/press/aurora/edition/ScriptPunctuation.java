package press.aurora.edition;

import com.ibm.icu.util.ULocale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Punctuation of the Arabic script (Persian, Arabic, Urdu...): a comma, semicolon or question mark
 * typed in its Latin form after Arabic-script text becomes the script's own mark (، ؛ ؟), which is
 * turned to face the right way. After Latin text (a quoted English phrase) the Latin mark stays.
 */
record ScriptPunctuation(boolean arabic) {

    private static final Pattern LATIN_MARK = Pattern.compile("(?<=[\\p{IsArabic}»›)\\]][\\u00A0\\u202F]?)([,;?])");

    static ScriptPunctuation forLocale(ULocale locale) {
        return new ScriptPunctuation(ULocale.addLikelySubtags(locale).getScript().equals("Arab"));
    }

    String apply(String text) {
        if (!arabic) {
            return text;
        }
        Matcher marks = LATIN_MARK.matcher(text);
        StringBuilder out = new StringBuilder();
        while (marks.find()) {
            String mark = switch (marks.group(1)) {
                case "," -> "\u060C";
                case ";" -> "\u061B";
                default -> "\u061F";
            };
            marks.appendReplacement(out, mark);
        }
        marks.appendTail(out);
        return out.toString();
    }
}
