package press.aurora.pdf;

import java.util.List;
import java.util.Optional;

/**
 * How an edition fits its pages: pages used against pages allowed, how full the last page is,
 * where each article starts and ends, and on overflow which article spills and by how many lines.
 */
public record PageFit(int pagesUsed, int pagesAllowed, int lastPageFillPercent, List<ArticleSpan> articles,
                      int linesOver, List<Integer> pageFillPercents, double backBoxPosition) {

    public PageFit {
        articles = List.copyOf(articles);
        pageFillPercents = List.copyOf(pageFillPercents);
    }

    /** How full page {@code page} (1-based) is, in percent of its text area; 0 past the last page. */
    public int fillPercent(int page) {
        return page >= 1 && page <= pageFillPercents.size() ? pageFillPercents.get(page - 1) : 0;
    }

    /** Where the text ends, in pages from the top of page 1 (e.g. 3.4 = 40% down page 4). */
    public double end() {
        return pagesUsed - 1 + lastPageFillPercent / 100.0;
    }

    /** Where the text before a back page of its own ends: the foot of the text on the page before it. */
    public double endBeforeLastPage() {
        return pagesUsed < 2 ? 0 : pagesUsed - 2 + fillPercent(pagesUsed - 1) / 100.0;
    }

    /** Where an article's headline stands, in pages from the top of page 1; -1 when it is not printed. */
    public double position(String articleId) {
        return articles.stream().filter(a -> a.articleId().equals(articleId) && a.firstPage() > 0).findFirst()
                .map(a -> a.firstPage() - 1 + a.headlineDepthPercent() / 100.0).orElse(-1.0);
    }

    public boolean overflows() {
        return pagesUsed > pagesAllowed;
    }

    /** The first article that runs past the last allowed page. */
    public Optional<ArticleSpan> firstArticlePastLimit() {
        return articles.stream().filter(a -> a.lastPage() > pagesAllowed).findFirst();
    }

    /**
     * Articles (other than the first) whose headline sits in the lowest part of a page, over a few
     * lines of text: better started on the next page.
     */
    public List<String> strandedHeadlines(int depthPercent) {
        return articles.stream().skip(1).filter(a -> a.firstPage() > 0 && a.headlineDepthPercent() >= depthPercent)
                .map(ArticleSpan::articleId).toList();
    }

    /** Articles whose headline page fit did not find in the PDF: where they start is unknown (not measured, never moved). */
    public List<String> headlinesNotFound() {
        return articles.stream().filter(a -> a.firstPage() == 0).map(ArticleSpan::articleId).toList();
    }
}
