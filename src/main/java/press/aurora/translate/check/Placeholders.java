package press.aurora.translate.check;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What {@link PlaceholderCheck} compares in one text (a msgid or msgstr as written, footnote references left
 * out): its e-mail addresses, its URLs (e-mail addresses left out) and its numbers by their digits (addresses
 * left out), each in order of first appearance. Each pattern runs only on a text that has what every match of
 * it needs (an {@code @}, a digit, a dot before a domain's first letter or a scheme), so plain prose costs a scan.
 */
record Placeholders(Set<String> emails, Set<String> urls, Set<String> numbers) {

    private static final Pattern EMAIL = Pattern.compile("[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+");
    private static final Pattern URL = Pattern.compile(
            "(?:https?://|www\\.)[^\\s<>()\\[\\]]*[^\\s<>()\\[\\].,;:!?\"'’”»]|(?<![\\w@.-])(?:[a-z0-9-]+\\.)+(?:org|com|net|info|eu|uk|fr|it|es|co|ca|us|de)(?![\\w-])");
    /** The first letters of the domains {@link #URL} knows: a URL without a scheme has a dot before one of them. */
    private static final String DOMAIN_INITIALS = "ocnieufd";
    /** Digits of any script (1917, ۱۹۱۷); groups split by a space, comma, point, apostrophe or the Arabic separator ٬. */
    static final Pattern NUMBER = Pattern.compile("\\p{Nd}{1,3}(?:[ ,.'\\u00A0\\u202F\\u2009\\u066C]\\p{Nd}{3})+(?!\\p{Nd})|\\p{Nd}+");
    private static final Pattern NOTE_REF = Pattern.compile("\\[\\^[^\\]]*]");

    static Placeholders of(String text) {
        String rest = text.contains("[^") ? NOTE_REF.matcher(text).replaceAll(" ") : text;
        Set<String> emails = rest.indexOf('@') >= 0 ? find(EMAIL, rest) : Set.of();
        if (!emails.isEmpty()) {
            rest = EMAIL.matcher(rest).replaceAll(" ");
        }
        Set<String> urls = mayHaveUrl(rest) ? find(URL, rest) : Set.of();
        if (!urls.isEmpty()) {
            rest = URL.matcher(rest).replaceAll(" ");
        }
        Set<String> numbers = new LinkedHashSet<>();
        Matcher m = NUMBER.matcher(rest);
        // A number starts at a digit: the pattern is tried from each digit after the last number, not along the prose between.
        for (int from = nextDigit(rest, 0); from >= 0 && m.find(from); from = nextDigit(rest, m.end())) {
            numbers.add(digits(m.group()));
        }
        return new Placeholders(emails, urls, numbers);
    }

    private static Set<String> find(Pattern pattern, String text) {
        Set<String> found = new LinkedHashSet<>();
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            found.add(m.group());
        }
        return found;
    }

    /** False only when {@link #URL} cannot match: no scheme, no www. and no dot before a known domain's first letter. */
    private static boolean mayHaveUrl(String text) {
        if (text.contains("://") || text.contains("www.")) {
            return true;
        }
        for (int dot = text.indexOf('.'); dot >= 0 && dot + 1 < text.length(); dot = text.indexOf('.', dot + 1)) {
            if (DOMAIN_INITIALS.indexOf(text.charAt(dot + 1)) >= 0) {
                return true;
            }
        }
        return false;
    }

    /** Where the first digit of any script ({@code \p{Nd}}) at or after {@code from} is; -1 when there is none. */
    private static int nextDigit(String text, int from) {
        for (int i = from; i < text.length(); ) {
            int c = text.codePointAt(i);
            if (c < 0x80 ? c >= '0' && c <= '9' : Character.isDigit(c)) {
                return i;
            }
            i += Character.charCount(c);
        }
        return -1;
    }

    /** The number's digits as ASCII digits: {@code ۳۰۰٬۰۰۰} gives {@code 300000}. */
    static String digits(String number) {
        StringBuilder digits = new StringBuilder(number.length());
        number.codePoints().filter(Character::isDigit).forEach(c -> digits.append(Character.digit(c, 10)));
        return digits.toString();
    }
}
