package press.aurora.pipeline;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.sf.saxon.s9api.SaxonApiException;
import net.sf.saxon.s9api.Serializer;
import net.sf.saxon.s9api.XdmNode;
import java.util.function.IntFunction;
import press.aurora.config.ArticleRole;
import press.aurora.config.CopyfitLimits;
import press.aurora.config.Edition;
import press.aurora.config.PageGeometry;
import press.aurora.diag.ContentException;
import press.aurora.diag.SourcePosition;
import press.aurora.edition.LocalTypography;
import press.aurora.io.IoProblem;
import press.aurora.io.PartialFile;
import press.aurora.model.Issue;
import press.aurora.model.TextMapper;
import press.aurora.pdf.ExpectedText;
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
    /** Where preflight keeps the ink it measured of each image between builds, under the output folder. */
    public static final String INK_CACHE = ".cache/ink";

    public EditionBuilder(BuildResources resources, BuildOptions options) {
        this.resources = resources;
        this.options = options;
        this.translations = new TranslationStage(resources, options);
        this.figures = new FigureStage(resources, options.outputRoot().resolve(IMAGE_CACHE));
        this.checks = new PdfChecks(resources, new ImageInkFiles(options.outputRoot().resolve(INK_CACHE)));
    }

    /**
     * One outcome per variant of {@link BuildOptions#variants()}, in that order.
     *
     * @param fingerprint the fingerprint of the first variant's inputs ({@link Fingerprints}), under which the
     *                    copyfit plan is remembered; null to search without remembering
     */
    public List<EditionOutcome> build(Issue source, Edition edition, String fingerprint) {
        Path folder = options.outputRoot().resolve(source.id());
        CopyfitMemory memory = new CopyfitMemory(options.outputRoot().resolve(CopyfitMemory.FOLDER).resolve(source.id()));
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
            List<ExpectedText> messages;
            try (StageTimings.Span span = timings.start(Stage.XML)) {
                issue = new TextMapper(new LocalTypography(edition.locale())::apply).map(translation.issue());
                CopyEstimate.requireFits(issue, edition);
                images = figures.prepare(issue, edition, options.variants());
                messages = PrintedMessages.of(source, issue);
            }
            // the XML is written per page count (the masthead states it), in the XSLT stage of each pass
            IntFunction<XdmNode> xml = pages -> resources.xmlWriter().write(issue, edition.withPages(pages),
                    translation.strings(), options.allowFuzzy(), images.files());
            PdfProduction production = new PdfProduction(resources, metadata(issue, edition), xml, issue, edition,
                    ArticleProbes.backBoxWords(issue, translation.strings()), timings);
            CopyfitLimits limits = resources.copyfit().limitsFor(edition);
            CopyfitSearch.Plan plan = null;
            for (Variant variant : options.variants()) {
                EditionOutcome outcome;
                if (plan == null) {
                    int reserveTotal = (int) issue.articles().stream().filter(a -> a.role() == ArticleRole.RESERVE).count();
                    Optional<CopyfitSearch.Plan> recalled = memory.recall(edition, fingerprint, limits, reserveTotal);
                    PdfProduction.Produced fitted = recalled.isPresent() ? production.recalled(variant, recalled.get())
                            : production.fit(variant, limits);
                    plan = fitted.rendering().plan();
                    if (recalled.isEmpty()) {
                        memory.remember(edition, fingerprint, plan);
                    }
                    outcome = buildVariant(fitted.rendering(), fitted.search().renderings(), limits, issue, messages, edition,
                            variant, folder, timings);
                } else {
                    outcome = buildVariant(production.render(variant, plan), 1, limits, issue, messages, edition, variant, folder,
                            timings);
                }
                outcomes.add(outcome.withMoreWarnings(TranslationStage.warnings(translation)).withMoreWarnings(images.warnings()));
            }
        } catch (ContentException | RenderException | UntranslatedException e) {
            failRest(outcomes, edition, folder, e.getMessage());
        } catch (IOException e) {
            failRest(outcomes, edition, folder, "cannot create the output folder " + SourcePosition.displayPath(folder)
                    + ": " + IoProblem.describe(e));
        } catch (RuntimeException e) {
            for (Variant variant : options.variants().subList(outcomes.size(), options.variants().size())) {
                EditionOutcome crashed = EditionOutcome.crashed(edition, variant, e);
                Optional<String> stale = StaleOutput.remove(folder.resolve(variant.fileName(edition.id())));
                outcomes.add(stale.map(crashed::withFailureDetail).orElse(crashed));
            }
        }
        return outcomes.stream().map(o -> o.withTimings(timings)).toList();
    }

    /** Fails the variants that have no outcome yet with the same message. */
    private void failRest(List<EditionOutcome> outcomes, Edition edition, Path folder, String message) {
        for (Variant variant : options.variants().subList(outcomes.size(), options.variants().size())) {
            outcomes.add(fail(edition, variant, folder.resolve(variant.fileName(edition.id())), message));
        }
    }

    /** Reserve articles this rendering leaves out by design: all but the first {@code reserveUsed}, in issue order. */
    private static List<String> unusedReserve(Issue issue, int reserveUsed) {
        return issue.articles().stream().filter(a -> a.role() == ArticleRole.RESERVE)
                .skip(reserveUsed).map(a -> a.id()).toList();
    }

    /** The edition cannot be printed: messages are missing and its fallback is {@code fail}. */
    private static final class UntranslatedException extends Exception {
        UntranslatedException(String message) {
            super(message);
        }
    }

    /** Checks and writes one rendering; it is closed afterwards. */
    private EditionOutcome buildVariant(PdfProduction.Rendering kept, int renderings, CopyfitLimits limits, Issue issue,
                                        List<ExpectedText> messages, Edition edition, Variant variant, Path folder,
                                        StageTimings timings) {
        Path pdf = folder.resolve(variant.fileName(edition.id()));
        try (PdfProduction.Rendering rendering = kept) {
            PageFit fit = rendering.fit();
            Fitting fitting = fitting(rendering, renderings, edition, limits, issue);
            if (options.strict() && !rendering.result().overflows().isEmpty()) {
                return fail(edition, variant, pdf, tooWideMessage(rendering.result()));
            }
            if (!fitting.fits() && options.strict()) {
                return fail(edition, variant, pdf, fitMessage(edition, fit, fitting, issue));
            }
            if (variant == Variant.PRINT && fit.pagesUsed() % edition.pageMultiple() != 0) {
                // the printer's page-count rule would reject it; what to cut or add is what the editor must hear
                String why = fit.overflows() || !fitting.fits() ? fitMessage(edition, fit, fitting, issue)
                        : "edition " + edition.id() + " ends on page " + fit.pagesUsed() + " of " + fit.pagesAllowed();
                return fail(edition, variant, pdf, why
                        + "; " + fit.pagesUsed() + " pages cannot be printed (a multiple of " + edition.pageMultiple() + " is needed)");
            }
            List<String> warnings = new ArrayList<>();
            if (!fitting.fits()) {
                warnings.add(fitMessage(edition, fit, fitting, issue) + " (--strict makes this an error)");
            }
            List<String> unusedReserve = unusedReserve(issue, rendering.plan().choices().reserveUsed());
            fit.headlinesNotFound().stream().filter(id -> !unusedReserve.contains(id)).forEach(id -> warnings.add("page fit: the headline of " + id + " (" + articleFile(issue, id)
                    + ") was not found in the PDF's text, so where the article starts is unknown and a headline stranded at a"
                    + " page foot is not moved"));
            warnings.addAll(rendering.result().warnings());
            warnings.addAll(checks.check(rendering.pdf(),
                    messages.stream().filter(m -> !unusedReserve.contains(m.articleId())).toList(),
                    issue, edition.withPages(rendering.plan().pages()), variant, pdf, timings));
            if (options.keepFo()) {
                writeFo(rendering.fo(), folder.resolve(edition.id() + (variant == Variant.PRINT ? "" : ".screen") + ".fo"));
            }
            try (StageTimings.Span span = timings.start(Stage.WRITING)) {
                rendering.pdf().writeTo(pdf);
            } catch (IOException e) {
                return fail(edition, variant, pdf, "cannot write " + SourcePosition.displayPath(pdf) + ": " + IoProblem.describe(e));
            }
            return EditionOutcome.written(edition, variant, pdf, fit, fitting, warnings);
        } catch (ContentException | RenderException | PrinterMarksException | PdfChecks.Failure e) {
            return fail(edition, variant, pdf, e.getMessage());
        } catch (IOException e) {
            return fail(edition, variant, pdf, "cannot read the rendered PDF back: " + e.getMessage());
        }
    }

    /** What the search found, for the editor: pages, copyfit, reserve, and whether it reached the target. */
    private static Fitting fitting(PdfProduction.Rendering rendering, int renderings, Edition edition, CopyfitLimits limits,
                                   Issue issue) {
        CopyfitSearch.Plan plan = rendering.plan();
        double missing = Math.max(0, CopyfitSearch.shortfall(rendering, limits.targetFillPercent()));
        boolean fits = !rendering.fit().overflows() && missing == 0;
        int lines = (int) Math.ceil(missing * PageGeometry.of(edition.paper()).linesPerPage(plan.choices().copyfit().bodyLeadingPt()));
        int reserve = (int) issue.articles().stream().filter(a -> a.role() == ArticleRole.RESERVE).count();
        return new Fitting(edition.pagesAllowed(), plan.choices().copyfit(), limits.at(-limits.steps()), plan.choices().reserveUsed(),
                reserve, plan.choices().backPageAlone(), fits, limits.targetFillPercent(), lines, renderings);
    }

    /** Why an edition does not fit: it overflows (which article to cut) or stays under the target (how much to add). */
    private static String fitMessage(Edition edition, PageFit fit, Fitting fitting, Issue issue) {
        if (fit.overflows()) {
            String article = fit.firstArticlePastLimit()
                    .map(span -> "; first article past the limit: " + span.articleId() + " (" + articleFile(issue, span.articleId()) + ")")
                    .orElse("");
            return "edition " + edition.id() + " overflows its " + fit.pagesAllowed() + "-page limit: needs " + fit.pagesUsed()
                    + " pages, about " + fit.linesOver() + " lines too many" + article
                    + "; no copyfit within the limits fits it, not even the tightest (" + fitting.tightest().describe() + ")";
        }
        int textPage = fitting.backPageAlone() ? fit.pagesAllowed() - 1 : fit.pagesAllowed();
        String extend = issue.articles().stream().filter(a -> a.role() != ArticleRole.ABOUT && a.role() != ArticleRole.RESERVE)
                .reduce((first, second) -> second)
                .map(a -> "; extend " + a.id() + " (" + articleFile(issue, a.id()) + ") or add reserve material").orElse("");
        String shortfall = fit.pagesUsed() < textPage
                ? "the text ends on page " + fit.pagesUsed() + " of " + fit.pagesAllowed()
                : "page " + textPage + " of " + fit.pagesAllowed() + " is " + fit.fillPercent(textPage) + "% full, the target is "
                        + fitting.targetFillPercent() + "%";
        return "no copyfit within the limits fills edition " + edition.id() + ": " + shortfall + "; about "
                + fitting.linesMissing() + " lines of text missing" + extend;
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

    private PdfMetadata metadata(Issue issue, Edition edition) {
        String title = resources.sourceStrings().format("masthead.title") + " " + issue.config().number()
                + " (" + edition.name() + ", " + edition.languageTag() + ")";
        String lead = issue.articles().get(0).title().plainText();
        return new PdfMetadata(title, "Internationalist Communist Tendency", lead,
                "Aurora; edition " + edition.id() + "; " + edition.languageTag(), options.clock().instant());
    }

    private void writeFo(XdmNode fo, Path file) throws IOException {
        PartialFile.write(file, out -> {
            try {
                Serializer serializer = resources.processor().newSerializer(out);
                serializer.setOutputProperty(Serializer.Property.INDENT, "no");
                serializer.serializeNode(fo);
            } catch (SaxonApiException e) {
                throw new IOException(e.getMessage(), e);
            }
        });
    }

    private static EditionOutcome fail(Edition edition, Variant variant, Path pdf, String message) {
        return EditionOutcome.failed(edition, variant, StaleOutput.remove(pdf).map(stale -> message + "; " + stale).orElse(message));
    }
}
