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

    @Test
    void groupedNumbersOfAnyScriptAreTheirDigits() {
        assertThat(Placeholders.of("In 1917, 300 000 and ۳۰۰٬۰۰۰ and 1,234.5").numbers())
                .containsExactly("1917", "300000", "1234", "5");
    }
}
