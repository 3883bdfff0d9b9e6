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

    static final Pattern EMAIL = Pattern.compile("[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+");
    static final Pattern URL = Pattern.compile(
            "(?:https?://|www\\.)[^\\s<>()\\[\\]]*[^\\s<>()\\[\\].,;:!?\"'’”»]|(?<![\\w@.-])(?:[a-z0-9-]+\\.)+(?:org|com|net|info|eu|uk|fr|it|es|co|ca|us|de)(?![\\w-])");
    /** The first letters of the domains {@link #URL} knows: a URL without a scheme has a dot before one of them. */
    private static final String DOMAIN_INITIALS = "ocnieufd";
    /** Digits of any script (1917, ۱۹۱۷); groups split by a space, comma, point, apostrophe or the Arabic separator ٬. */
    static final Pattern NUMBER = Pattern.compile("\\p{Nd}{1,3}(?:[ ,.'\\u00A0\\u202F\\u2009\\u066C]\\p{Nd}{3})+(?!\\p{Nd})|\\p{Nd}+");
    static final Pattern NOTE_REF = Pattern.compile("\\[\\^[^\\]]*]");

    static Placeholders of(String text) {
        String rest = text;
        Marks marks = Marks.of(rest);
        if (marks.noteReference()) {
            rest = NOTE_REF.matcher(rest).replaceAll(" ");
            marks = Marks.of(rest);
        }
        Set<String> emails = marks.at() ? find(EMAIL, rest) : Set.of();
        if (!emails.isEmpty()) {
            rest = EMAIL.matcher(rest).replaceAll(" ");
            marks = Marks.of(rest);
        }
        Set<String> urls = marks.mayHaveUrl() ? find(URL, rest) : Set.of();
        if (!urls.isEmpty()) {
            rest = URL.matcher(rest).replaceAll(" ");
            marks = Marks.of(rest);
        }
        Set<String> numbers = new LinkedHashSet<>();
        Matcher m = NUMBER.matcher(rest);
        // A number starts at a digit: the pattern is tried from each digit after the last number, not along the prose between.
        for (int from = marks.firstDigit(); from >= 0 && m.find(from); from = nextDigit(rest, m.end())) {
            numbers.add(digits(m.group()));
        }
        return new Placeholders(emails, urls, numbers);
    }

    /**
     * What one pass over a text finds for the patterns' preconditions (the text is read once, not once per
     * pattern): a footnote reference's {@code [^}, an {@code @}, a hint of a URL ({@code ://}, {@code www.}, or a
     * dot before a known domain's first letter: where {@link #URL} may match) and where the first digit is (-1: none).
     */
    private record Marks(boolean noteReference, boolean at, boolean mayHaveUrl, int firstDigit) {

        static Marks of(String text) {
            boolean noteReference = false;
            boolean at = false;
            boolean url = false;
            int firstDigit = -1;
            int length = text.length();
            for (int i = 0; i < length; ) {
                char c = text.charAt(i);
                if (c >= 0x80) {
                    int codePoint = text.codePointAt(i);
                    if (firstDigit < 0 && Character.isDigit(codePoint)) {
                        firstDigit = i;
                    }
                    i += Character.charCount(codePoint);
                    continue;
                }
                if (c == '[') {
                    noteReference |= i + 1 < length && text.charAt(i + 1) == '^';
                } else if (c == 'w') {
                    url |= text.startsWith("ww.", i + 1);
                } else if (c <= '@') {
                    if (c >= '0' && c <= '9') {
                        firstDigit = firstDigit < 0 ? i : firstDigit;
                    } else if (c == '@') {
                        at = true;
                    } else if (c == '.') {
                        url |= i + 1 < length && DOMAIN_INITIALS.indexOf(text.charAt(i + 1)) >= 0;
                    } else if (c == ':') {
                        url |= text.startsWith("//", i + 1);
                    }
                }
                i++;
            }
            return new Marks(noteReference, at, url, firstDigit);
        }
    }

    private static Set<String> find(Pattern pattern, String text) {
        Set<String> found = new LinkedHashSet<>();
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            found.add(m.group());
        }
        return found;
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
