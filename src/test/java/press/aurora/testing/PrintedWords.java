package press.aurora.testing;

import static org.assertj.core.api.Assertions.assertThat;

import press.aurora.pdf.PrintedText;

/**
 * The normalised words of a PDF's text ({@link PrintedText#words}), compared word by word: a text is
 * printed when its words stand in the PDF as whole words, one after the other. Both sides must have
 * words, so that an empty or truncated PDF, or a normaliser that returns nothing, fails the test
 * instead of "containing" the empty string.
 */
public final class PrintedWords {

    private final String words;

    private PrintedWords(String words) {
        this.words = words;
    }

    /** The words of a PDF's text; fails when it has fewer than {@code atLeast} words. */
    public static PrintedWords of(String pdfText, int atLeast) {
        String words = PrintedText.words(pdfText);
        assertThat(words.isEmpty() ? 0 : words.split(" ").length).as("words in the PDF").isGreaterThanOrEqualTo(atLeast);
        return new PrintedWords(words);
    }

    /** Whether the words of {@code text} (which must have some) are printed, as whole words in order. */
    public boolean prints(String text) {
        String expected = PrintedText.words(text);
        assertThat(expected).as("words of the expected text \"%s\"", text).isNotEmpty();
        return (" " + words + " ").contains(" " + expected + " ");
    }

    /** Asserts that {@code text} is printed. */
    public void assertPrints(String text, String description) {
        assertThat(prints(text)).as("%s is printed: \"%s\"", description, text).isTrue();
    }

    /** Asserts that {@code text} is not printed. */
    public void assertDoesNotPrint(String text, String description) {
        assertThat(prints(text)).as("%s is not printed: \"%s\"", description, text).isFalse();
    }
}
