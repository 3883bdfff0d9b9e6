package press.aurora.translate.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.regex.MatchResult;
import org.junit.jupiter.api.Test;

/** The numbers of a text are the number pattern's matches over the whole text, though it is tried only from digits. */
class PlaceholdersTest {

    private static final List<String> PIECES = List.of("1", "12", "123", "1234", "300", "000", "۱۹۱۷", "۳۰۰", "٬", "٣",
            "\uD835\uDFCE", " ", " ", ",", ".", "'", "\u00A0", "\u202F", "\u2009", "word", "mot", "-", "x", "é", "[^1]");

    @Test
    void numbersAreThePatternsMatchesAnywhereInTheText() {
        Random random = new Random(1917);
        for (int n = 0; n < 5000; n++) {
            StringBuilder text = new StringBuilder();
            for (int pieces = random.nextInt(14); pieces > 0; pieces--) {
                text.append(PIECES.get(random.nextInt(PIECES.size())));
            }
            Set<String> expected = new LinkedHashSet<>();
            Placeholders.NUMBER.matcher(text.toString().replaceAll("\\[\\^[^\\]]*]", " ")).results().map(MatchResult::group)
                    .forEach(number -> expected.add(Placeholders.digits(number)));
            assertThat(Placeholders.of(text.toString()).numbers()).as(text.toString()).containsExactlyElementsOf(expected);
        }
    }

    private static final List<String> ADDRESS_PIECES = List.of("a", "x", "w", "ww", "www", ".", "..", ":", "//", "://", "/", "@",
            "[", "^", "[^", "]", "(", ")", "-", "_", "+", " ", "\u00A0", "org", "com", "fr", "de", "uk", "info", "eu", "net", "o", "c",
            "https", "http", "mail", "example", "1", "17", "1917", "000", ",", "'", "۱۹۱۷", "é", "\uD835\uDFCE", "\uD835", "’", "»", "?");

    /**
     * Addresses and numbers found with the shortcuts (each pattern only where one pass over the text saw what its
     * matches need) are those the three patterns find when each runs over the whole text.
     */
    @Test
    void theShortcutsFindWhatThePatternsFindEverywhere() {
        Random random = new Random(2017);
        for (int n = 0; n < 20000; n++) {
            StringBuilder text = new StringBuilder();
            for (int pieces = random.nextInt(16); pieces > 0; pieces--) {
                text.append(ADDRESS_PIECES.get(random.nextInt(ADDRESS_PIECES.size())));
            }
            assertThat(Placeholders.of(text.toString())).as(text.toString()).isEqualTo(everywhere(text.toString()));
        }
        assertThat(everywhere("Write to a@b.org, see https://example.com/x, www.example.fr or example.co.uk [^1] in 1917"))
                .isEqualTo(new Placeholders(Set.of("a@b.org"), new LinkedHashSet<>(List.of("https://example.com/x", "www.example.fr",
                        "example.co.uk")), Set.of("1917")));
    }

    /** What {@link Placeholders#of} finds, with every pattern run over the whole text. */
    private static Placeholders everywhere(String text) {
        String rest = Placeholders.NOTE_REF.matcher(text).replaceAll(" ");
        Set<String> emails = new LinkedHashSet<>();
        Placeholders.EMAIL.matcher(rest).results().forEach(m -> emails.add(m.group()));
        rest = Placeholders.EMAIL.matcher(rest).replaceAll(" ");
        Set<String> urls = new LinkedHashSet<>();
        Placeholders.URL.matcher(rest).results().forEach(m -> urls.add(m.group()));
        rest = Placeholders.URL.matcher(rest).replaceAll(" ");
        Set<String> numbers = new LinkedHashSet<>();
        Placeholders.NUMBER.matcher(rest).results().forEach(m -> numbers.add(Placeholders.digits(m.group())));
        return new Placeholders(emails, urls, numbers);
    }

    @Test
    void groupedNumbersOfAnyScriptAreTheirDigits() {
        assertThat(Placeholders.of("In 1917, 300 000 and ۳۰۰٬۰۰۰ and 1,234.5").numbers())
                .containsExactly("1917", "300000", "1234", "5");
    }
}
