package press.aurora.translate.check;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import press.aurora.diag.Diagnostic;

/**
 * The translation keeps the source's e-mail addresses and URLs (an error: a reader could not reach us) and its
 * numbers (a warning: a translator may write a number in words). Numbers compare by their digits, so
 * {@code 300,000}, {@code 300.000} and {@code 300 000} (with a no-break space) are the same number, and so is
 * the number in another script's digits: Persian {@code ۳۰۰٬۰۰۰} is {@code 300,000}, {@code ۱۹۱۷} is {@code 1917}.
 * Footnote labels are not numbers of the text.
 */
public final class PlaceholderCheck implements TranslationCheck {

    public static final String ID = "placeholder-kept";
    private static final Pattern EMAIL = Pattern.compile("[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+");
    private static final Pattern URL = Pattern.compile(
            "(?:https?://|www\\.)[^\\s<>()\\[\\]]*[^\\s<>()\\[\\].,;:!?\"'’”»]|(?<![\\w@.-])(?:[a-z0-9-]+\\.)+(?:org|com|net|info|eu|uk|fr|it|es|co|ca|us|de)(?![\\w-])");
    /** Digits of any script (1917, ۱۹۱۷); groups split by a space, comma, point, apostrophe or the Arabic separator ٬. */
    private static final Pattern NUMBER = Pattern.compile("\\p{Nd}{1,3}(?:[ ,.'\\u00A0\\u202F\\u2009\\u066C]\\p{Nd}{3})+(?!\\p{Nd})|\\p{Nd}+");
    private static final Pattern NOTE_REF = Pattern.compile("\\[\\^[^\\]]*]");

    @Override
    public String id() {
        return ID;
    }

    @Override
    public List<Diagnostic> check(TranslationUnit unit) {
        String source = NOTE_REF.matcher(unit.msgid()).replaceAll(" ");
        String target = NOTE_REF.matcher(unit.msgstr()).replaceAll(" ");
        List<Diagnostic> found = new ArrayList<>();
        Set<String> emails = find(EMAIL, source);
        for (String email : emails) {
            if (!find(EMAIL, target).contains(email)) {
                found.add(Diagnostic.error(ID, unit.position(), "e-mail address " + email + " of the source is missing"));
            }
        }
        Set<String> targetUrls = find(URL, EMAIL.matcher(target).replaceAll(" "));
        for (String url : find(URL, EMAIL.matcher(source).replaceAll(" "))) {
            if (!targetUrls.contains(url)) {
                found.add(Diagnostic.error(ID, unit.position(), "address " + url + " of the source is missing"));
            }
        }
        Set<String> targetNumbers = numbers(target);
        for (String number : numbers(source)) {
            if (!targetNumbers.contains(number)) {
                found.add(Diagnostic.warning(ID, unit.position(), "number " + number + " of the source is missing"));
            }
        }
        return found;
    }

    private static Set<String> find(Pattern pattern, String text) {
        Set<String> found = new LinkedHashSet<>();
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            found.add(m.group());
        }
        return found;
    }

    /** Numbers by their digits; e-mail addresses and URLs (checked apart) left out. */
    static Set<String> numbers(String text) {
        String rest = URL.matcher(EMAIL.matcher(text).replaceAll(" ")).replaceAll(" ");
        Set<String> numbers = new LinkedHashSet<>();
        for (String number : find(NUMBER, rest)) {
            StringBuilder digits = new StringBuilder();
            number.codePoints().filter(Character::isDigit).forEach(c -> digits.append(Character.digit(c, 10)));
            numbers.add(digits.toString());
        }
        return numbers;
    }
}
