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
import press.aurora.diag.ContentException;
import press.aurora.edition.LocalTypography;
import press.aurora.model.Issue;
import press.aurora.model.TextMapper;
import press.aurora.pdf.PdfMetadata;
import press.aurora.pdf.RenderException;
import press.aurora.pdf.RenderResult;
import press.aurora.translate.Translation;

/**
 * Builds one edition: translate the model (or fail, see {@link TranslationStage}), localise it, write its XML,
 * transform to XSL-FO, render with FOP.
 * The PDF is written under a temporary name and renamed only when complete; a failed edition
 * leaves no PDF behind, not even an older one that would look current.
 */
public final class EditionBuilder {

    private final BuildResources resources;
    private final BuildOptions options;
    private final TranslationStage translations;

    public EditionBuilder(BuildResources resources, BuildOptions options) {
        this.resources = resources;
        this.options = options;
        this.translations = new TranslationStage(resources, options);
    }

    public EditionOutcome build(Issue source, Edition edition) {
        Path folder = options.outputRoot().resolve(source.id());
        Path pdf = folder.resolve(edition.id() + ".pdf");
        Path partial = null;
        try {
            Files.createDirectories(folder);
            Translation translation = translations.translate(source, edition);
            String untranslated = TranslationStage.failure(translation, edition);
            if (untranslated != null) {
                return fail(edition, pdf, null, untranslated);
            }
            Issue issue = new TextMapper(new LocalTypography(edition.locale())::apply).map(translation.issue());
            XdmNode xml = resources.xmlWriter().write(issue, edition, translation.strings(), options.allowFuzzy());
            XdmNode fo = resources.stylesheet().transform(xml, edition);
            if (options.keepFo()) {
                writeFo(fo, folder.resolve(edition.id() + ".fo"));
            }
            partial = Files.createTempFile(folder, "." + edition.id() + "-", ".pdf.part");
            RenderResult result;
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(partial))) {
                result = resources.renderer().render(fo, metadata(issue, edition), out);
            }
            Files.move(partial, pdf, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            List<String> warnings = pageWarnings(edition, result);
            warnings.addAll(TranslationStage.warnings(translation));
            return EditionOutcome.written(edition, pdf, result.pages(), warnings);
        } catch (ContentException | RenderException e) {
            return fail(edition, pdf, partial, e.getMessage());
        } catch (IOException e) {
            return fail(edition, pdf, partial, "cannot write " + pdf + ": " + e.getMessage());
        }
    }

    private static List<String> pageWarnings(Edition edition, RenderResult result) {
        List<String> warnings = new ArrayList<>(result.warnings());
        if (result.pages() > edition.pages()) {
            warnings.add(0, "overflows: needs " + result.pages() + " pages, " + edition.pages() + " allowed");
        } else if (result.pages() < edition.pages()) {
            warnings.add(0, "under-full: fills " + result.pages() + " of " + edition.pages() + " pages");
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
