package press.aurora.pdf;

/**
 * How to recognise an article in the PDF text: the words of its headline and the last words
 * of its text, both normalised with {@link PdfTextLayout#words(String)}.
 */
public record ArticleProbe(String articleId, String headlineWords, String closingWords) {
}
