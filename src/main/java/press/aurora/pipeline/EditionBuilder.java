package press.aurora.pipeline;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import net.sf.saxon.s9api.SaxonApiException;
import net.sf.saxon.s9api.Serializer;
import net.sf.saxon.s9api.XdmNode;
import press.aurora.config.Edition;
import press.aurora.config.PageGeometry;
import press.aurora.diag.ContentException;
import press.aurora.edition.LocalTypography;
import press.aurora.model.Issue;
import press.aurora.model.TextMapper;
import press.aurora.pdf.PageFit;
import press.aurora.pdf.PageFitAnalyzer;
import press.aurora.pdf.PdfMetadata;
import press.aurora.pdf.RenderException;
import press.aurora.pdf.RenderResult;

/**
 * Builds one edition: localise the model, write its XML, transform to XSL-FO, render with FOP.
 * The PDF is written under a temporary name and renamed only when complete; a failed edition
 * leaves no PDF behind, not even an older one that would look current.
 */
public final class EditionBuilder {

    private final BuildResources resources;
    private final BuildOptions options;

    public EditionBuilder(BuildResources resources, BuildOptions options) {
        this.resources = resources;
        this.options = options;
    }

    public EditionOutcome build(Issue source, Edition edition) {
        Path folder = options.outputRoot().resolve(source.id());
        Path pdf = folder.resolve(edition.id() + ".pdf");
        Rendering rendering = null;
        try {
            Files.createDirectories(folder);
            Issue issue = new TextMapper(new LocalTypography(edition.locale())::apply).map(source);
            XdmNode xml = resources.xmlWriter().write(issue, edition, resources.sourceStrings());
            rendering = render(xml, issue, edition, folder, false);
            if (rendering.fit().underFull()) {
                rendering = padded(rendering, xml, issue, edition, folder);
            }
            PageFit fit = rendering.fit();
            if (fit.overflows() && options.strict()) {
                return fail(edition, pdf, rendering.file(), overflowMessage(edition, fit, issue));
            }
            if (options.keepFo()) {
                writeFo(rendering.fo(), folder.resolve(edition.id() + ".fo"));
            }
            Files.move(rendering.file(), pdf, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return EditionOutcome.written(edition, pdf, fit, pageWarnings(edition, fit, issue, rendering.result()));
        } catch (ContentException | RenderException e) {
            return fail(edition, pdf, rendering == null ? null : rendering.file(), e.getMessage());
        } catch (IOException e) {
            return fail(edition, pdf, rendering == null ? null : rendering.file(), "cannot write " + pdf + ": " + e.getMessage());
        }
    }

    /** One rendering of an edition into a temporary file, with how it fits. */
    private record Rendering(Path file, XdmNode fo, RenderResult result, PageFit fit) {
    }

    private Rendering render(XdmNode xml, Issue issue, Edition edition, Path folder, boolean backPageAlone) throws IOException {
        XdmNode fo = resources.stylesheet().transform(xml, edition, backPageAlone);
        Path partial = Files.createTempFile(folder, "." + edition.id() + "-", ".pdf.part");
        try {
            RenderResult result;
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(partial))) {
                result = resources.renderer().render(fo, metadata(issue, edition), out);
            }
            return new Rendering(partial, fo, result, measure(partial, edition, issue));
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(partial);
            throw e;
        }
    }

    /**
     * A short issue is padded with the back-page material, never with blank pages: the back-page
     * box moves to a page of its own when that still fits the edition's pages.
     */
    private Rendering padded(Rendering plain, XdmNode xml, Issue issue, Edition edition, Path folder) throws IOException {
        Rendering padded = render(xml, issue, edition, folder, true);
        if (padded.fit().overflows()) {
            Files.deleteIfExists(padded.file());
            return plain;
        }
        Files.deleteIfExists(plain.file());
        return padded;
    }

    private static PageFit measure(Path pdf, Edition edition, Issue issue) throws IOException {
        PageGeometry page = PageGeometry.of(edition.paper());
        return new PageFitAnalyzer(page.footerZoneMm(), page.marginMm(), page.columnWidthMm() * 72 / 25.4)
                .analyze(pdf, edition.pages(), ArticleProbes.of(issue));
    }

    private static String overflowMessage(Edition edition, PageFit fit, Issue issue) {
        String article = fit.firstArticlePastLimit()
                .map(span -> "; first article past the limit: " + span.articleId() + " (" + articleFile(issue, span.articleId()) + ")")
                .orElse("");
        return "edition " + edition.id() + " overflows its " + edition.pages() + "-page limit: needs " + fit.pagesUsed()
                + " pages, about " + fit.linesOver() + " lines too many" + article;
    }

    private static String articleFile(Issue issue, String articleId) {
        return issue.articles().stream().filter(a -> a.id().equals(articleId)).findFirst()
                .map(a -> press.aurora.diag.SourcePosition.displayPath(a.file())).orElse(articleId);
    }

    private static List<String> pageWarnings(Edition edition, PageFit fit, Issue issue, RenderResult result) {
        List<String> warnings = new ArrayList<>(result.warnings());
        if (fit.overflows()) {
            warnings.add(0, overflowMessage(edition, fit, issue) + " (--strict makes this an error)");
        } else if (fit.underFull()) {
            warnings.add(0, "under-full: fills " + fit.pagesUsed() + " of " + edition.pages() + " pages");
        }
        return warnings;
    }

    private PdfMetadata metadata(Issue issue, Edition edition) {
        String title = resources.sourceStrings().format("masthead.title") + " " + issue.config().number()
                + " (" + edition.name() + ", " + edition.languageTag() + ")";
        String lead = issue.articles().get(0).title().plainText();
        return new PdfMetadata(title, "Internationalist Communist Tendency", lead,
                "Aurora; edition " + edition.id() + "; " + edition.languageTag(), options.clock().instant());
    }

    private void writeFo(XdmNode fo, Path file) {
        try {
            Serializer serializer = resources.processor().newSerializer(file.toFile());
            serializer.setOutputProperty(Serializer.Property.INDENT, "no");
            serializer.serializeNode(fo);
        } catch (SaxonApiException e) {
            throw new IllegalStateException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    private static EditionOutcome fail(Edition edition, Path pdf, Path partial, String message) {
        try {
            if (partial != null) {
                Files.deleteIfExists(partial);
            }
            Files.deleteIfExists(pdf);
        } catch (IOException ignored) {
            // the failure below is what the editor needs to read
        }
        return EditionOutcome.failed(edition, message);
    }
}
