package press.aurora.pdf;

/**
 * The pages an article is printed on (1-based, inclusive; 0 when it was not found) and how far down
 * its first page the headline sits, in percent of the body height (0 = top).
 */
public record ArticleSpan(String articleId, int firstPage, int lastPage, int headlineDepthPercent) {
}
