package press.aurora.pdf;

import java.util.List;
import java.util.Optional;

/**
 * How an edition fits its pages: pages used against pages allowed, how full the last page is,
 * where each article starts and ends, and on overflow which article spills and by how many lines.
 */
public record PageFit(int pagesUsed, int pagesAllowed, int lastPageFillPercent, List<ArticleSpan> articles,
                      int linesOver) {

    public PageFit {
        articles = List.copyOf(articles);
    }

    public boolean overflows() {
        return pagesUsed > pagesAllowed;
    }

    public boolean underFull() {
        return pagesUsed < pagesAllowed;
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

    /** One line for the editor, e.g. {@code 2 of 2 pages, last page 87% full}. */
    public String summary() {
        String fill = "last page " + lastPageFillPercent + "% full";
        if (overflows()) {
            String article = firstArticlePastLimit().map(a -> ", first article past the limit: " + a.articleId()).orElse("");
            return "OVERFLOW: needs " + pagesUsed + " pages, " + pagesAllowed + " allowed (about " + linesOver
                    + " lines too many" + article + ")";
        }
        return pagesUsed + " of " + pagesAllowed + " pages, " + fill;
    }
}
