package press.aurora.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The helper of the PDF content tests fails where a loose "contains" would pass. */
class PrintedWordsTest {

    @Test
    void anEmptyPdfTextFailsBeforeAnyComparison() {
        assertThatThrownBy(() -> PrintedWords.of("", 1)).isInstanceOf(AssertionError.class);
        assertThatThrownBy(() -> PrintedWords.of("Page 1", 50)).isInstanceOf(AssertionError.class);
    }

    @Test
    void anExpectedTextWithoutWordsCannotBeFound() {
        PrintedWords printed = PrintedWords.of("the working class rose up", 1);

        assertThatThrownBy(() -> printed.prints("— · —")).isInstanceOf(AssertionError.class);
    }

    @Test
    void matchesWholeWordsAcrossHyphenatedLinesButNotPartsOfWords() {
        PrintedWords printed = PrintedWords.of("OUR RULERS want us to think the Russi-\nan Revolution", 5);

        assertThat(printed.prints("the Russian Revolution")).isTrue();
        assertThat(printed.prints("our rulers want")).isTrue();
        assertThat(printed.prints("Russ")).isFalse();
        assertThat(printed.prints("think Russian")).isFalse();
    }
}
