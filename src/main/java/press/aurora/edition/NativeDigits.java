package press.aurora.edition;

import com.ibm.icu.text.DecimalFormatSymbols;
import com.ibm.icu.text.NumberingSystem;
import com.ibm.icu.util.ULocale;
import java.util.List;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Numbers in the locale's own digits, as ICU's default numbering system for the locale gives them
 * (Persian: ۰۱۲۳۴۵۶۷۸۹, with ٫ for decimals, ٬ between digit groups and ٪ for percent). A number
 * typed in European digits becomes native; a word that holds a Latin letter, a slash or an at sign
 * (a name, a URL, an e-mail address) is left as written, and so is a number between two such words
 * (inside a Latin name: "Creative Commons Attribution 3.0 Unported"). Locales that write European
 * digits are unchanged.
 */
record NativeDigits(String digits, String decimal, String grouping, String percent) {

    private static final NativeDigits NONE = new NativeDigits(null, null, null, null);
    private static final Pattern WORD = Pattern.compile("\\S+");
    private static final Pattern LATIN_OR_ADDRESS = Pattern.compile("[\\p{IsLatin}/@]");
    private static final Pattern NUMBER = Pattern.compile("(?<![0-9])[0-9]{1,3}(?:,[0-9]{3})+(?:\\.[0-9]+)?(?![0-9])"
            + "|(?<![0-9])[0-9]+(?:\\.[0-9]+)?(?![0-9])");

    static NativeDigits forLocale(ULocale locale) {
        NumberingSystem system = NumberingSystem.getInstance(locale);
        if (system.isAlgorithmic() || system.getRadix() != 10 || system.getDescription().equals("0123456789")) {
            return NONE;
        }
        DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(locale);
        return new NativeDigits(system.getDescription(), symbols.getDecimalSeparatorString(),
                symbols.getGroupingSeparatorString(), symbols.getPercentString());
    }

    String apply(String text) {
        if (digits == null) {
            return text;
        }
        List<MatchResult> words = WORD.matcher(text).results().toList();
        StringBuilder out = new StringBuilder();
        int end = 0;
        for (int i = 0; i < words.size(); i++) {
            MatchResult word = words.get(i);
            boolean latinPhrase = i > 0 && i + 1 < words.size() && isLatin(words.get(i - 1).group()) && isLatin(words.get(i + 1).group());
            out.append(text, end, word.start()).append(isLatin(word.group()) || latinPhrase ? word.group() : nativeWord(word.group()));
            end = word.end();
        }
        return out.append(text.substring(end)).toString();
    }

    private static boolean isLatin(String word) {
        return LATIN_OR_ADDRESS.matcher(word).find();
    }

    private String nativeWord(String word) {
        Matcher numbers = NUMBER.matcher(word);
        StringBuilder out = new StringBuilder();
        while (numbers.find()) {
            numbers.appendReplacement(out, Matcher.quoteReplacement(nativeNumber(numbers.group())));
        }
        numbers.appendTail(out);
        return out.toString().replaceAll("(?<=[" + digits + "])\\s?%", Matcher.quoteReplacement(percent));
    }

    private String nativeNumber(String number) {
        StringBuilder out = new StringBuilder();
        for (char c : number.toCharArray()) {
            if (c >= '0' && c <= '9') {
                out.appendCodePoint(digits.codePointAt(digits.offsetByCodePoints(0, c - '0')));
            } else {
                out.append(c == ',' ? grouping : decimal);
            }
        }
        return out.toString();
    }
}
