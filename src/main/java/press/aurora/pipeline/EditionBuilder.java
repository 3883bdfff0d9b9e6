package press.aurora.pipeline;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import net.sf.saxon.s9api.SaxonApiException;
import net.sf.saxon.s9api.Serializer;
import net.sf.saxon.s9api.XdmNode;
import press.aurora.config.Edition;
import press.aurora.diag.ContentException;
import press.aurora.diag.SourcePosition;
import press.aurora.edition.LocalTypography;
import press.aurora.model.Issue;
import press.aurora.model.TextMapper;
import press.aurora.pdf.PageFit;
import press.aurora.pdf.PdfMetadata;
import press.aurora.pdf.PrinterMarksException;
import press.aurora.pdf.RenderException;
import press.aurora.pdf.Variant;
import press.aurora.pipeline.StageTimings.Stage;
import press.aurora.translate.Translation;

/**
 * Builds one edition: translate the model (or fail, see {@link TranslationStage}), localise it and write
 * its XML once, then for each variant render and load it once ({@link PdfProduction}), run the checks on
 * that loaded document ({@link PdfChecks}), and write it once, whole or not at all. A failed edition
 * leaves no PDF behind, not even an older one that would look current.
 */
public final class EditionBuilder {

    private final BuildResources resources;
    private final BuildOptions options;
    private final TranslationStage translations;
    private final FigureStage figures;
    private final PdfChecks checks;

    /** Where prepared images are kept between builds, under the output folder. */
    public static final String IMAGE_CACHE = ".cache/images";

    public EditionBuilder(BuildResources resources, BuildOptions options) {
        this.resources = resources;
        this.options = options;
        this.translations = new TranslationStage(resources, options);
        this.figures = new FigureStage(resources, options.outputRoot().resolve(IMAGE_CACHE));
        this.checks = new PdfChecks(resources);
    }

    /** One outcome per variant of {@link BuildOptions#variants()}, in that order. */
    public List<EditionOutcome> build(Issue source, Edition edition) {
        Path folder = options.outputRoot().resolve(source.id());
        List<EditionOutcome> outcomes = new ArrayList<>();
        StageTimings timings = new StageTimings(stage -> options.progress().stage(edition, stage));
        try {
            Files.createDirectories(folder);
            Translation translation;
            try (StageTimings.Span span = timings.start(Stage.TRANSLATING)) {
                translation = translations.translate(source, edition);
            }
            String untranslated = TranslationStage.failure(translation, edition);
            if (untranslated != null) {
                throw new UntranslatedException(untranslated);
            }
            Issue issue;
            FigureStage.Prepared images;
            XdmNode xml;
            try (StageTimings.Span span = timings.start(Stage.XML)) {
                issue = new TextMapper(new LocalTypography(edition.locale())::apply).map(translation.issue());
                images = figures.prepare(issue, edition, options.variants());
                xml = resources.xmlWriter().write(issue, edition, translation.strings(), options.allowFuzzy(), images.files());
            }
            PdfProduction production = new PdfProduction(resources, metadata(issue, edition), timings);
            for (Variant variant : options.variants()) {
                EditionOutcome outcome = buildVariant(production, xml, issue, edition, variant, folder, timings);
                outcomes.add(outcome.withMoreWarnings(TranslationStage.warnings(translation)).withMoreWarnings(images.warnings()));
            }
        } catch (ContentException | UntranslatedException | IOException e) {
            for (Variant variant : options.variants().subList(outcomes.size(), options.variants().size())) {
                outcomes.add(fail(edition, variant, folder.resolve(variant.fileName(edition.id())), e.getMessage()));
            }
        }
        return outcomes.stream().map(o -> o.withTimings(timings)).toList();
    }

    /** The edition cannot be printed: messages are missing and its fallback is {@code fail}. */
    private static final class UntranslatedException extends Exception {
        UntranslatedException(String message) {
            super(message);
        }
    }

    private EditionOutcome buildVariant(PdfProduction production, XdmNode xml, Issue issue, Edition edition,
                                        Variant variant, Path folder, StageTimings timings) {
        Path pdf = folder.resolve(variant.fileName(edition.id()));
        try (PdfProduction.Rendering rendering = production.produce(xml, issue, edition, variant)) {
            PageFit fit = rendering.fit();
            if (fit.overflows() && options.strict()) {
                return fail(edition, variant, pdf, overflowMessage(edition, fit, issue));
            }
            if (options.strict() && !rendering.result().overflows().isEmpty()) {
                return fail(edition, variant, pdf, tooWideMessage(rendering.result()));
            }
            List<String> warnings = new ArrayList<>(pageWarnings(edition, fit, issue));
            warnings.addAll(rendering.result().warnings());
            warnings.addAll(checks.check(rendering.pdf(), issue, edition, variant, pdf, timings));
            if (options.keepFo()) {
                writeFo(rendering.fo(), folder.resolve(edition.id() + (variant == Variant.PRINT ? "" : ".screen") + ".fo"));
            }
            try (StageTimings.Span span = timings.start(Stage.WRITING)) {
                rendering.pdf().writeTo(pdf);
            } catch (IOException e) {
                return fail(edition, variant, pdf, "cannot write " + pdf + ": " + e.getMessage());
            }
            return EditionOutcome.written(edition, variant, pdf, fit, warnings);
        } catch (ContentException | RenderException | PrinterMarksException | PdfChecks.Failure e) {
            return fail(edition, variant, pdf, e.getMessage());
        } catch (IOException e) {
            return fail(edition, variant, pdf, "cannot read the rendered PDF back: " + e.getMessage());
        }
    }

    private static String overflowMessage(Edition edition, PageFit fit, Issue issue) {
        String article = fit.firstArticlePastLimit()
                .map(span -> "; first article past the limit: " + span.articleId() + " (" + articleFile(issue, span.articleId()) + ")")
                .orElse("");
        return "edition " + edition.id() + " overflows its " + edition.pages() + "-page limit: needs " + fit.pagesUsed()
                + " pages, about " + fit.linesOver() + " lines too many" + article;
    }

    /** --strict: content wider than its column fails the edition, each block on a line of its own. */
    private static String tooWideMessage(press.aurora.pdf.RenderResult result) {
        StringBuilder text = new StringBuilder(result.overflows().size() + " block" + (result.overflows().size() == 1 ? " is" : "s are")
                + " wider than the column (--strict makes this an error)");
        result.overflows().forEach(d -> text.append('\n').append(new press.aurora.diag.Diagnostic(press.aurora.diag.Severity.ERROR,
                d.code(), d.position(), d.message())));
        return text.toString();
    }

    private static String articleFile(Issue issue, String articleId) {
        return issue.articles().stream().filter(a -> a.id().equals(articleId)).findFirst()
                .map(a -> SourcePosition.displayPath(a.file())).orElse(articleId);
    }

    private static List<String> pageWarnings(Edition edition, PageFit fit, Issue issue) {
        if (fit.overflows()) {
            return List.of(overflowMessage(edition, fit, issue) + " (--strict makes this an error)");
        } else if (fit.underFull()) {
            return List.of("under-full: fills " + fit.pagesUsed() + " of " + edition.pages() + " pages");
        }
        return List.of();
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

    private static EditionOutcome fail(Edition edition, Variant variant, Path pdf, String message) {
        try {
            Files.deleteIfExists(pdf);
        } catch (IOException ignored) {
            // the failure below is what the editor needs to read
        }
        return EditionOutcome.failed(edition, variant, message);
    }
}
