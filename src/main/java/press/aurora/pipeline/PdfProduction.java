package press.aurora.pipeline;

import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import net.sf.saxon.s9api.XdmNode;
import press.aurora.config.ArticleRole;
import press.aurora.config.CopyfitLimits;
import press.aurora.config.Edition;
import press.aurora.config.PageGeometry;
import press.aurora.model.Article;
import press.aurora.model.Issue;
import press.aurora.pdf.ArticleProbe;
import press.aurora.pdf.PageFit;
import press.aurora.pdf.PageFitAnalyzer;
import press.aurora.pdf.PdfMetadata;
import press.aurora.pdf.RenderProfile;
import press.aurora.pdf.RenderResult;
import press.aurora.pdf.RenderedPdf;
import press.aurora.pdf.ToUnicodeRepair;
import press.aurora.pdf.Variant;
import press.aurora.pipeline.StageTimings.Stage;

/**
 * Renders one variant of an edition in memory, loads it once ({@link RenderedPdf}) and measures
 * how it fits. The first variant is fitted to its pages by a {@link CopyfitSearch} (copyfit, reserve
 * articles, page count, back page, stranded headlines); the other variants are rendered with the
 * plan it found, so that print and screen files have the same pages. A non-Latin edition's text maps
 * are repaired first (see {@link ToUnicodeRepair}), so that its text reads back whole.
 */
final class PdfProduction {

    /** One rendering, loaded once ({@link RenderedPdf}), with how it fits; closing it releases the document. */
    record Rendering(RenderedPdf pdf, XdmNode fo, RenderResult result, PageFit fit, CopyfitSearch.Plan plan,
                     List<String> strandedHeadlines) implements CopyfitSearch.Trial, Closeable {
        @Override
        public void discard() throws IOException {
            close();
        }

        @Override
        public void close() throws IOException {
            pdf.close();
        }
    }

    /** The rendering kept and what the search did to get it. */
    record Produced(Rendering rendering, CopyfitSearch.Result search) {
    }

    /** A headline this far down its page (percent of the body height) is stranded over too little text. */
    static final int STRANDED_HEADLINE_PERCENT = 85;

    /** The fonts FOP embeds, under styles/ (styles/fop.xconf's font-base). */
    private static final String FONTS_FOLDER = "fonts";

    private final BuildResources resources;
    private final PdfMetadata metadata;
    private final IntFunction<XdmNode> xmlForPages;
    private final Issue issue;
    private final Edition edition;
    private final List<ArticleProbe> probes;
    private final String backBoxWords;
    private final Map<Integer, XdmNode> xml = new HashMap<>();
    private final StageTimings timings;

    /**
     * @param xmlForPages  the edition's XML for a page count (the masthead states it)
     * @param backBoxWords the first words of the back-page box, to measure where it starts
     * @param timings      receives each pass: a FOP count above one is the edition rendered again
     */
    PdfProduction(BuildResources resources, PdfMetadata metadata, IntFunction<XdmNode> xmlForPages, Issue issue,
                  Edition edition, String backBoxWords, StageTimings timings) {
        this.timings = timings;
        this.resources = resources;
        this.metadata = metadata;
        this.xmlForPages = xmlForPages;
        this.issue = issue;
        this.edition = edition;
        this.probes = ArticleProbes.of(issue);
        this.backBoxWords = backBoxWords;
    }

    /** Fits the edition to its pages, rendering as few times as the search needs. */
    Produced fit(Variant variant, CopyfitLimits limits) throws IOException {
        CopyfitSearch search = new CopyfitSearch(limits, edition.pageCounts(), ids(ArticleRole.RESERVE), printOrder());
        CopyfitSearch.Result result = search.search(plan -> render(variant, plan));
        return new Produced((Rendering) result.trial(), result);
    }

    /** Renders with the plan a search found before for the same inputs ({@link CopyfitMemory}): one rendering. */
    Produced recalled(Variant variant, CopyfitSearch.Plan plan) throws IOException {
        Rendering rendering = render(variant, plan);
        return new Produced(rendering, new CopyfitSearch.Result(rendering, 1, true));
    }

    /** Renders with a plan (found before, for the other variants of the edition). */
    Rendering render(Variant variant, CopyfitSearch.Plan plan) throws IOException {
        XdmNode fo;
        try (StageTimings.Span span = timings.start(Stage.XSLT)) {
            XdmNode source = xml.computeIfAbsent(plan.pages(), xmlForPages::apply);
            fo = resources.stylesheet().transform(source, edition, variant, plan.choices());
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 20);
        RenderResult result;
        try (StageTimings.Span span = timings.start(Stage.FOP)) {
            resources.renderer().prepareHyphenation(edition.locale().getLanguage(), edition.locale().getCountry());
            result = resources.renderer().render(fo, metadata, profile(variant), out);
        }
        StageTimings.Span checking = timings.start(Stage.PDF_CHECKS);
        RenderedPdf pdf = RenderedPdf.of(out.toByteArray());
        try (checking) {
            if (!edition.writingSystem().isLatin()
                    && new ToUnicodeRepair(resources.workspace().styles().resolve(FONTS_FOLDER)).repair(pdf.document()) > 0) {
                pdf.changed();
            }
            PageFit fit = measure(pdf, plan.pages());
            return new Rendering(pdf, fo, result, fit, plan, stranded(fit));
        } catch (IOException | RuntimeException e) {
            pdf.close();
            throw e;
        }
    }

    private List<String> ids(ArticleRole role) {
        return issue.articles().stream().filter(a -> a.role() == role).map(Article::id).toList();
    }

    /** The articles printed before the back-page box, in order. */
    private List<String> printOrder() {
        return issue.articles().stream().filter(a -> a.role() != ArticleRole.ABOUT).map(Article::id).toList();
    }

    /** Further articles, letters and reserve whose headline stands at the foot of a page. */
    private List<String> stranded(PageFit fit) {
        List<String> movable = issue.articles().stream()
                .filter(a -> a.role() == ArticleRole.ARTICLE || a.role() == ArticleRole.LETTERS || a.role() == ArticleRole.RESERVE)
                .map(Article::id).toList();
        return fit.strandedHeadlines(STRANDED_HEADLINE_PERCENT).stream().filter(movable::contains).toList();
    }

    private RenderProfile profile(Variant variant) {
        return variant == Variant.PRINT
                ? RenderProfile.print(edition.print().standard().fopMode(), edition.print().standard().pdfVersion(),
                        edition.print().iccProfile())
                : RenderProfile.screen();
    }

    private PageFit measure(RenderedPdf pdf, int pages) throws IOException {
        PageGeometry page = PageGeometry.of(edition.paper());
        return new PageFitAnalyzer(page.footerZoneMm(), page.marginMm(), page.columnWidthMm() * 72 / 25.4)
                .analyze(pdf.layout(), pages, probes, backBoxWords);
    }
}
