package press.aurora.pipeline;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import net.sf.saxon.s9api.XdmNode;
import java.util.List;
import press.aurora.config.ArticleRole;
import press.aurora.config.Edition;
import press.aurora.config.PageGeometry;
import press.aurora.fo.LayoutChoices;
import press.aurora.io.PartialFile;
import press.aurora.model.Article;
import press.aurora.model.Issue;
import press.aurora.pdf.PageFit;
import press.aurora.pdf.PageFitAnalyzer;
import press.aurora.pdf.PdfMetadata;
import press.aurora.pdf.RenderProfile;
import press.aurora.pdf.RenderResult;
import press.aurora.pdf.ToUnicodeRepair;
import press.aurora.pdf.Variant;

/**
 * Renders one variant of an edition into a temporary file next to its final name and measures
 * how it fits. It renders again when the measure says so: an article whose headline is stranded at
 * the foot of a page starts on the next page, and a short issue gets the back page on a page of its
 * own; a new rendering is kept only when it still fits. A non-Latin edition's text map is repaired after
 * FOP (see {@link ToUnicodeRepair}), so that its text reads back whole.
 */
final class PdfProduction {

    /** One rendering in a temporary file, with how it fits. */
    record Rendering(PartialFile partial, XdmNode fo, RenderResult result, PageFit fit, LayoutChoices choices) {
        Path file() {
            return partial.path();
        }
    }

    /** The fonts FOP embeds, under styles/ (styles/fop.xconf's font-base). */
    private static final String FONTS_FOLDER = "fonts";

    private final BuildResources resources;
    private final PdfMetadata metadata;

    PdfProduction(BuildResources resources, PdfMetadata metadata) {
        this.resources = resources;
        this.metadata = metadata;
    }

    /** A headline this far down its page (percent of the body height) is stranded over too little text. */
    static final int STRANDED_HEADLINE_PERCENT = 85;

    Rendering produce(XdmNode xml, Issue issue, Edition edition, Variant variant, Path folder) throws IOException {
        Rendering rendering = render(xml, issue, edition, variant, folder, LayoutChoices.NONE);
        List<String> stranded = stranded(rendering.fit(), issue);
        if (!stranded.isEmpty()) {
            rendering = better(rendering, xml, issue, edition, variant, folder, rendering.choices().withNewPageArticles(stranded));
        }
        if (rendering.fit().underFull()) {
            rendering = better(rendering, xml, issue, edition, variant, folder, rendering.choices().withBackPageAlone());
        }
        return rendering;
    }

    /** Renders again with {@code choices}; keeps the new rendering unless it overflows the edition's pages. */
    private Rendering better(Rendering current, XdmNode xml, Issue issue, Edition edition, Variant variant, Path folder,
                             LayoutChoices choices) throws IOException {
        Rendering candidate = render(xml, issue, edition, variant, folder, choices);
        if (candidate.fit().overflows() && !current.fit().overflows()) {
            candidate.partial().discard();
            return current;
        }
        current.partial().discard();
        return candidate;
    }

    /** Letters and further articles whose headline stands at the foot of a page. */
    private static List<String> stranded(PageFit fit, Issue issue) {
        List<String> movable = issue.articles().stream()
                .filter(a -> a.role() == ArticleRole.ARTICLE || a.role() == ArticleRole.LETTERS)
                .map(Article::id).toList();
        return fit.strandedHeadlines(STRANDED_HEADLINE_PERCENT).stream().filter(movable::contains).toList();
    }

    private Rendering render(XdmNode xml, Issue issue, Edition edition, Variant variant, Path folder,
                             LayoutChoices choices) throws IOException {
        XdmNode fo = resources.stylesheet().transform(xml, edition, variant, choices);
        PartialFile partial = PartialFile.create(folder.resolve(variant.fileName(edition.id())));
        try {
            RenderResult result;
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(partial.path()))) {
                result = resources.renderer().render(fo, metadata, profile(edition, variant), out);
            }
            if (!edition.writingSystem().isLatin()) {
                new ToUnicodeRepair(resources.workspace().styles().resolve(FONTS_FOLDER)).repair(partial.path());
            }
            return new Rendering(partial, fo, result, measure(partial.path(), edition, issue), choices);
        } catch (IOException | RuntimeException e) {
            partial.discard();
            throw e;
        }
    }

    private static RenderProfile profile(Edition edition, Variant variant) {
        return variant == Variant.PRINT
                ? RenderProfile.print(edition.print().standard().fopMode(), edition.print().iccProfile())
                : RenderProfile.screen();
    }

    private static PageFit measure(Path pdf, Edition edition, Issue issue) throws IOException {
        PageGeometry page = PageGeometry.of(edition.paper());
        return new PageFitAnalyzer(page.footerZoneMm(), page.marginMm(), page.columnWidthMm() * 72 / 25.4)
                .analyze(pdf, edition.pages(), ArticleProbes.of(issue));
    }
}
