package press.aurora.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import press.aurora.config.CopyfitLimits;
import press.aurora.config.CopyfitLimitsLoader;
import press.aurora.config.EditionsLoader;
import press.aurora.pdf.ArticleSpan;
import press.aurora.pdf.PageFit;

/**
 * The search's decisions, against a model of a paper whose text grows with the body's size times
 * its leading (the real renderings are tested end to end in {@code CopyfitTest}). Positions are in
 * pages from the top of page 1.
 */
class CopyfitSearchTest {

    private static final CopyfitLimits LIMITS = CopyfitLimitsLoader.load(java.nio.file.Path.of("styles/copyfit.yaml"))
            .limitsFor(EditionsLoader.load(java.nio.file.Path.of("styles/editions.yaml")).get(4));

    /** A paper: the lead starts at 0.2, the text (without reserve) ends at {@code text}, then each reserve article, then a box. */
    private record Paper(double text, List<Double> reserve, double box) implements CopyfitSearch.Renderer {
        static final List<CopyfitSearch.Plan> RENDERED = new ArrayList<>();

        @Override
        public CopyfitSearch.Trial render(CopyfitSearch.Plan plan) {
            RENDERED.add(plan);
            double growth = plan.choices().copyfit().bodySizePt() * plan.choices().copyfit().bodyLeadingPt()
                    / (LIMITS.design().bodySizePt() * LIMITS.design().bodyLeadingPt());
            List<ArticleSpan> spans = new ArrayList<>(List.of(span("lead", 0.2)));
            double end = 0.2 + (text - 0.2) * growth;
            for (int i = 0; i < plan.choices().reserveUsed(); i++) {
                spans.add(span("reserve" + i, end));
                end += reserve.get(i) * growth;
            }
            double boxStart = end;
            if (plan.choices().backPageAlone()) {
                boxStart = Math.ceil(end);
                end = boxStart + 0.97;
            } else {
                end += box;
            }
            int pages = (int) Math.floor(end) + 1;
            List<Integer> fills = new ArrayList<>();
            for (int page = 1; page <= pages; page++) {
                double top = page - 1;
                double foot = plan.choices().backPageAlone() && page == pages - 1 ? boxStart - 1e-9 : end;
                fills.add((int) Math.round(Math.min(1, Math.max(0, foot - top)) * 100));
            }
            PageFit fit = new PageFit(pages, plan.pages(), fills.get(pages - 1), spans, 0, fills, boxStart);
            return new CopyfitSearch.Trial() {
                public CopyfitSearch.Plan plan() {
                    return plan;
                }

                public PageFit fit() {
                    return fit;
                }

                public List<String> strandedHeadlines() {
                    return List.of();
                }

                public void discard() {
                }
            };
        }

        private static ArticleSpan span(String id, double at) {
            return new ArticleSpan(id, (int) Math.floor(at) + 1, (int) Math.floor(at) + 1, (int) Math.round((at - Math.floor(at)) * 100));
        }
    }

    private static CopyfitSearch.Result search(Paper paper, List<Integer> pages) throws Exception {
        Paper.RENDERED.clear();
        List<String> reserve = new ArrayList<>();
        for (int i = 0; i < paper.reserve().size(); i++) {
            reserve.add("reserve" + i);
        }
        List<String> order = new ArrayList<>(List.of("lead"));
        order.addAll(reserve);
        return new CopyfitSearch(LIMITS, pages, reserve, order).search(paper);
    }

    @Test
    void anEditionThatFitsAsDesignedIsRenderedOnce() throws Exception {
        CopyfitSearch.Result result = search(new Paper(3.6, List.of(), 0.3), List.of(4));
        assertThat(result.renderings()).isEqualTo(1);
        assertThat(result.trial().plan().choices().copyfit().level()).isZero();
    }

    @Test
    void aShortEditionIsSetLooserAndALongOneTighterByTheSmallestStep() throws Exception {
        CopyfitSearch.Result shortOne = search(new Paper(3.35, List.of(), 0.3), List.of(4));
        assertThat(shortOne.fits()).isTrue();
        assertThat(shortOne.trial().plan().choices().copyfit().level()).isPositive();
        assertThat(shortOne.renderings()).isLessThanOrEqualTo(1 + 1 + CopyfitSearch.CORRECTIONS);

        CopyfitSearch.Result longOne = search(new Paper(3.85, List.of(), 0.3), List.of(4));
        assertThat(longOne.fits()).isTrue();
        assertThat(longOne.trial().plan().choices().copyfit().level()).isNegative();
        assertThat(longOne.trial().fit().overflows()).isFalse();
    }

    @Test
    void aNearlyEmptyLastPageBecomesAWholeBackPage() throws Exception {
        CopyfitSearch.Result result = search(new Paper(2.95, List.of(), 0.3), List.of(4));
        assertThat(result.fits()).isTrue();
        assertThat(result.trial().plan().choices().backPageAlone()).isTrue();
    }

    @Test
    void reserveArticlesArePrintedInOrderWhileTheyFit() throws Exception {
        CopyfitSearch.Result result = search(new Paper(1.3, List.of(0.25, 0.2, 0.3), 0.1), List.of(2));
        assertThat(result.fits()).isTrue();
        assertThat(result.trial().plan().choices().reserveUsed()).isEqualTo(2);
    }

    @Test
    void aRangePrintsTheFewestPagesTheContentFills() throws Exception {
        assertThat(search(new Paper(1.7, List.of(), 0.1), List.of(2, 4)).trial().plan().pages()).isEqualTo(2);
        assertThat(search(new Paper(3.6, List.of(), 0.1), List.of(2, 4)).trial().plan().pages()).isEqualTo(4);
    }

    @Test
    void whenNothingFitsTheEditionStaysAsDesignedAndIsNotAcceptable() throws Exception {
        CopyfitSearch.Result result = search(new Paper(6, List.of(), 0.3), List.of(4));
        assertThat(result.fits()).isFalse();
        assertThat(result.trial().plan().choices().copyfit().level()).isZero();
        assertThat(result.trial().fit().overflows()).isTrue();
    }
}
