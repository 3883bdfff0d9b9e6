package press.aurora.translate;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WordCounterTest {

    @Test
    void persianWordsJoinedByTheZeroWidthNonJoinerAreOneWord() {
        // می‌خواهیم and خواسته‌هایش are one word each; the joiner only keeps their letters apart
        assertThat(WordCounter.count("می‌خواهیم")).isEqualTo(1);
        assertThat(WordCounter.count("خواسته‌هایش")).isEqualTo(1);
        assertThat(WordCounter.count("ما نان، کار و آزادی می‌خواهیم؛ خواسته‌هایش روشن است؟")).isEqualTo(9);
    }

    @Test
    void latinNamesNumbersAndAddressesInsidePersianTextCountAsWords() {
        assertThat(WordCounter.count("پیام‌های Rosa Luxemburg در ۱۹۱۷ از https://leftcom.org رسید.")).isEqualTo(9);
    }

    @Test
    void punctuationAndQuotationMarksAreNotWords() {
        assertThat(WordCounter.count("«نه» ، ؛ ؟ ‹ › …")).isEqualTo(1);
    }

    @Test
    void aPersianMessageIsCountedByItsPrintedText() {
        assertThat(WordCounter.countMessage("[مقاله](https://leftcom.org/fa) را *بخوانید*.[^1]", false)).isEqualTo(3);
    }
}
