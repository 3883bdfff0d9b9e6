package press.aurora.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Page fit on text lines as PDFBox returns them: what it finds, and what it says when it finds nothing. */
class PageFitAnalyzerTest {

    private static final double A3_HEIGHT = 420 * 72 / 25.4;

    private static PdfTextLayout.PageText page(int number, PdfTextLayout.TextLine... lines) {
        return new PdfTextLayout.PageText(number, A3_HEIGHT, List.of(lines));
    }

    private static PdfTextLayout.TextLine line(double y, String text) {
        return new PdfTextLayout.TextLine(y, 40, 500, text);
    }

    private final PageFitAnalyzer analyzer = new PageFitAnalyzer(22, 14, 141);

    @Test
    void findsWhereEachArticleStartsAndEnds() {
        PdfTextLayout layout = PdfTextLayout.of(List.of(
                page(1, line(100, "The Significance of the Russian Revolution"), line(600, "the end of the lead.")),
                page(2, line(80, "Letters"), line(900, "messy and contradictory."))));

        PageFit fit = analyzer.analyze(layout, 2, List.of(
                new ArticleProbe("lead", "the significance of the russian revolution", "the end of the lead"),
                new ArticleProbe("letters", "letters", "messy and contradictory")), "contact us");

        assertThat(fit.articles()).extracting(ArticleSpan::firstPage, ArticleSpan::lastPage)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(1, 1), org.assertj.core.groups.Tuple.tuple(2, 2));
        assertThat(fit.headlinesNotFound()).isEmpty();
    }

    @Test
    void saysWhichHeadlinesItDidNotFind() {
        PdfTextLayout layout = PdfTextLayout.of(List.of(page(1, line(100, "The Significance of the Russian Revolution"))));

        PageFit fit = analyzer.analyze(layout, 2, List.of(
                new ArticleProbe("lead", "the significance of the russian revolution", "revolution"),
                new ArticleProbe("letters", "letters to the editor", "the end")), "contact us");

        assertThat(fit.headlinesNotFound()).containsExactly("letters");
        assertThat(fit.strandedHeadlines(85)).isEmpty();
    }
}
