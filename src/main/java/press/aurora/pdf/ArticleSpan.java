package press.aurora.pdf;

/** The pages an article is printed on (1-based, inclusive); 0 when it was not found. */
public record ArticleSpan(String articleId, int firstPage, int lastPage) {
}
