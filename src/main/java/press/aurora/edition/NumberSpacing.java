package press.aurora.edition;

import com.ibm.icu.text.DecimalFormatSymbols;
import com.ibm.icu.text.NumberFormat;
import com.ibm.icu.util.ULocale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Spaces inside and after numbers, from ICU's locale data: where the locale groups digits with a
 * space (French: U+202F), a typed space between digit groups becomes that no-break space; where
 * the locale's percent format has a space before the sign, so does "10 %"; a space between a
 * number and a currency sign or unit never breaks.
 */
record NumberSpacing(String groupSpace, String percentSpace) {

    private static final Pattern GROUPS = Pattern.compile("(?<=\\d)[ \\u00A0\\u202F](?=\\d{3}(?!\\d))");
    private static final Pattern PERCENT = Pattern.compile("(?<=\\d)[ \\u00A0\\u202F]?%");
    private static final Pattern UNIT = Pattern.compile("(?<=\\d) (?=(€|\\$|£|km|kg|m|cm|mm)(?![\\p{L}]))");

    static NumberSpacing forLocale(ULocale locale) {
        String grouping = DecimalFormatSymbols.getInstance(locale).getGroupingSeparatorString();
        String group = grouping.isBlank() || isSpace(grouping) ? grouping : null;
        String percent = NumberFormat.getPercentInstance(locale).format(0.1);
        int sign = percent.indexOf('%');
        String beforePercent = sign > 0 && isSpace(percent.substring(sign - 1, sign)) ? percent.substring(sign - 1, sign) : "";
        return new NumberSpacing(group, beforePercent);
    }

    private static boolean isSpace(String text) {
        return text.length() == 1 && Character.isSpaceChar(text.charAt(0));
    }

    String apply(String text) {
        String spaced = text;
        if (groupSpace != null) {
            spaced = GROUPS.matcher(spaced).replaceAll(Matcher.quoteReplacement(groupSpace));
        }
        spaced = PERCENT.matcher(spaced).replaceAll(Matcher.quoteReplacement(percentSpace + "%"));
        return UNIT.matcher(spaced).replaceAll("\u00A0");
    }
}
