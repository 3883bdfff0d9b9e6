package press.aurora.pipeline;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import net.sf.saxon.s9api.XdmNode;
import press.aurora.config.Edition;
import press.aurora.config.PageGeometry;
import press.aurora.model.Issue;
import press.aurora.pdf.PageFit;
import press.aurora.pdf.PageFitAnalyzer;
import press.aurora.pdf.PdfMetadata;
import press.aurora.pdf.RenderProfile;
import press.aurora.pdf.RenderResult;
import press.aurora.pdf.Variant;

/**
 * Renders one variant of an edition into a temporary file next to its final name and measures
 * how it fits; a short issue is rendered again with the back page on its own page.
 */
final class PdfProduction {

    /** One rendering in a temporary file, with how it fits. */
    record Rendering(Path file, XdmNode fo, RenderResult result, PageFit fit) {
    }

    private final BuildResources resources;
    private final PdfMetadata metadata;

    PdfProduction(BuildResources resources, PdfMetadata metadata) {
        this.resources = resources;
        this.metadata = metadata;
    }

    Rendering produce(XdmNode xml, Issue issue, Edition edition, Variant variant, Path folder) throws IOException {
        Rendering plain = render(xml, issue, edition, variant, folder, false);
        if (!plain.fit().underFull()) {
            return plain;
        }
        Rendering padded = render(xml, issue, edition, variant, folder, true);
        if (padded.fit().overflows()) {
            Files.deleteIfExists(padded.file());
            return plain;
        }
        Files.deleteIfExists(plain.file());
        return padded;
    }

    private Rendering render(XdmNode xml, Issue issue, Edition edition, Variant variant, Path folder,
                             boolean backPageAlone) throws IOException {
        XdmNode fo = resources.stylesheet().transform(xml, edition, variant, backPageAlone);
        Path partial = Files.createTempFile(folder, "." + edition.id() + "-", ".pdf.part");
        try {
            RenderResult result;
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(partial))) {
                result = resources.renderer().render(fo, metadata, profile(edition, variant), out);
            }
            return new Rendering(partial, fo, result, measure(partial, edition, issue));
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(partial);
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
