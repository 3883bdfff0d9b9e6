package press.aurora.pipeline;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import press.aurora.config.Edition;
import press.aurora.config.PageGeometry;
import press.aurora.diag.ContentException;
import press.aurora.diag.Diagnostic;
import press.aurora.diag.SourcePosition;
import press.aurora.model.Article;
import press.aurora.model.InlineText;
import press.aurora.model.Issue;
import press.aurora.model.TextMapper;

/**
 * Before anything is rendered: about how many pages an edition's text needs, from its length and
 * the page grid ({@link PageGeometry}). Text needing more than {@link #OVERSIZE_FACTOR} times the
 * edition's pages fails the edition at once, instead of after minutes of rendering hundreds of pages.
 *
 * <p>The estimate errs towards too few pages, so that only grossly oversized content fails here;
 * anything closer is rendered and measured exactly by page fit.
 */
final class CopyEstimate {

    /**
     * Characters of text per square millimetre of the body area. Columns solid with body type hold
     * about 0.17 (A3: 8.8 pt on 11.2 pt, 35 characters a line, 97 lines a column, five columns) to
     * 0.19 (A4: 8.5 pt on 10.8 pt, three columns); the sample issue, with its headlines, space and
     * boxes, sets about 0.1. 0.2 is denser than any edition, so the estimate never has too many pages.
     */
    static final double CHARACTERS_PER_MM2 = 0.2;
    static final int OVERSIZE_FACTOR = 2;
    /** Articles named in the message, longest first. */
    private static final int NAMED = 3;

    /** One article's share. */
    record ArticleLength(Article article, long characters) {
    }

    private CopyEstimate() {
    }

    /** Characters a page of this edition holds at most. */
    static long charactersPerPage(Edition edition) {
        PageGeometry page = PageGeometry.of(edition.paper());
        double bodyWidth = page.widthMm() - 2 * page.marginMm();
        double bodyHeight = page.heightMm() - page.marginMm() - page.footerZoneMm();
        return Math.round(bodyWidth * bodyHeight * CHARACTERS_PER_MM2);
    }

    /** About how many pages {@code characters} of text need, at least 1. */
    static long pagesFor(long characters, Edition edition) {
        return Math.max(1, (characters + charactersPerPage(edition) - 1) / charactersPerPage(edition));
    }

    /**
     * Fails when the printed issue needs more than twice the edition's pages.
     *
     * @throws ContentException naming the edition, the pages needed and the longest articles
     */
    static void requireFits(Issue printed, Edition edition) {
        oversize(printed, edition).ifPresent(message -> {
            throw new ContentException(message);
        });
    }

    static Optional<Diagnostic> oversize(Issue printed, Edition edition) {
        List<ArticleLength> lengths = printed.articles().stream()
                .map(a -> new ArticleLength(a, characters(a)))
                .sorted(Comparator.comparingLong(ArticleLength::characters).reversed())
                .toList();
        long total = lengths.stream().mapToLong(ArticleLength::characters).sum();
        long pages = pagesFor(total, edition);
        if (pages <= (long) OVERSIZE_FACTOR * edition.pages()) {
            return Optional.empty();
        }
        String longest = String.join(", ", lengths.stream().limit(NAMED)
                .map(l -> SourcePosition.displayPath(l.article().file()) + " (" + l.characters() + " characters, about "
                        + pages(pagesFor(l.characters(), edition)) + ")")
                .toList());
        return Optional.of(Diagnostic.error("oversized", SourcePosition.of(lengths.get(0).article().file()),
                "edition " + edition.id() + " needs about " + pages + " pages for its text and has " + edition.pages()
                        + " (more than " + OVERSIZE_FACTOR + " times over, not rendered); longest articles: " + longest
                        + "; shorten them, or give the edition more pages in styles/editions.yaml"));
    }

    private static String pages(long pages) {
        return pages + (pages == 1 ? " page" : " pages");
    }

    private static long characters(Article article) {
        return TextMapper.texts(article).stream().map(InlineText::plainText).mapToLong(String::length).sum();
    }
}
