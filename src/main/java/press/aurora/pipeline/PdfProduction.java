package press.aurora.pipeline;

import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.util.List;
import net.sf.saxon.s9api.XdmNode;
import press.aurora.config.ArticleRole;
import press.aurora.config.Edition;
import press.aurora.config.PageGeometry;
import press.aurora.fo.LayoutChoices;
import press.aurora.model.Article;
import press.aurora.model.Issue;
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
 * how it fits. It renders again when the measure says so: an article whose headline is stranded at
 * the foot of a page starts on the next page, and a short issue gets the back page on a page of its
 * own; a new rendering is kept only when it still fits. A non-Latin edition's text maps are repaired
 * first (see {@link ToUnicodeRepair}), so that its text reads back whole.
 */
final class PdfProduction {

    /** One rendering, loaded, with how it fits; closing it releases the document. */
    record Rendering(RenderedPdf pdf, XdmNode fo, RenderResult result, PageFit fit, LayoutChoices choices)
            implements Closeable {
        @Override
        public void close() throws IOException {
            pdf.close();
        }
    }

    /** The fonts FOP embeds, under styles/ (styles/fop.xconf's font-base). */
    private static final String FONTS_FOLDER = "fonts";

    private final BuildResources resources;
    private final PdfMetadata metadata;
    private final StageTimings timings;

    /** {@code timings} receives each pass: a FOP count above one is a page rendered again. */
    PdfProduction(BuildResources resources, PdfMetadata metadata, StageTimings timings) {
        this.resources = resources;
        this.metadata = metadata;
        this.timings = timings;
    }

    /** A headline this far down its page (percent of the body height) is stranded over too little text. */
    static final int STRANDED_HEADLINE_PERCENT = 85;

    Rendering produce(XdmNode xml, Issue issue, Edition edition, Variant variant) throws IOException {
        Rendering rendering = render(xml, issue, edition, variant, LayoutChoices.NONE);
        List<String> stranded = stranded(rendering.fit(), issue);
        if (!stranded.isEmpty()) {
            rendering = better(rendering, xml, issue, edition, variant, rendering.choices().withNewPageArticles(stranded));
        }
        if (rendering.fit().underFull()) {
            rendering = better(rendering, xml, issue, edition, variant, rendering.choices().withBackPageAlone());
        }
        return rendering;
    }

    /** Renders again with {@code choices}; keeps the new rendering unless it overflows the edition's pages. */
    private Rendering better(Rendering current, XdmNode xml, Issue issue, Edition edition, Variant variant,
                             LayoutChoices choices) throws IOException {
        Rendering candidate;
        try {
            candidate = render(xml, issue, edition, variant, choices);
        } catch (IOException | RuntimeException e) {
            current.close();
            throw e;
        }
        if (candidate.fit().overflows() && !current.fit().overflows()) {
            candidate.close();
            return current;
        }
        current.close();
        return candidate;
    }

    /** Letters and further articles whose headline stands at the foot of a page. */
    private static List<String> stranded(PageFit fit, Issue issue) {
        List<String> movable = issue.articles().stream()
                .filter(a -> a.role() == ArticleRole.ARTICLE || a.role() == ArticleRole.LETTERS)
                .map(Article::id).toList();
        return fit.strandedHeadlines(STRANDED_HEADLINE_PERCENT).stream().filter(movable::contains).toList();
    }

    private Rendering render(XdmNode xml, Issue issue, Edition edition, Variant variant,
                             LayoutChoices choices) throws IOException {
        XdmNode fo;
        try (StageTimings.Span span = timings.start(Stage.XSLT)) {
            fo = resources.stylesheet().transform(xml, edition, variant, choices);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 20);
        RenderResult result;
        try (StageTimings.Span span = timings.start(Stage.FOP)) {
            result = resources.renderer().render(fo, metadata, profile(edition, variant), out);
        }
        StageTimings.Span checking = timings.start(Stage.PDF_CHECKS);
        RenderedPdf pdf = RenderedPdf.of(out.toByteArray());
        try (checking) {
            if (!edition.writingSystem().isLatin()
                    && new ToUnicodeRepair(resources.workspace().styles().resolve(FONTS_FOLDER)).repair(pdf.document()) > 0) {
                pdf.changed();
            }
            return new Rendering(pdf, fo, result, measure(pdf, edition, issue), choices);
        } catch (IOException | RuntimeException e) {
            pdf.close();
            throw e;
        }
    }

    private static RenderProfile profile(Edition edition, Variant variant) {
        return variant == Variant.PRINT
                ? RenderProfile.print(edition.print().standard().fopMode(), edition.print().iccProfile())
                : RenderProfile.screen();
    }

    private static PageFit measure(RenderedPdf pdf, Edition edition, Issue issue) throws IOException {
        PageGeometry page = PageGeometry.of(edition.paper());
        return new PageFitAnalyzer(page.footerZoneMm(), page.marginMm(), page.columnWidthMm() * 72 / 25.4)
                .analyze(pdf.layout(), edition.pages(), ArticleProbes.of(issue));
    }
}
