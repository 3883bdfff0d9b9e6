package press.aurora.pipeline;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import net.sf.saxon.lib.Feature;
import net.sf.saxon.s9api.Processor;
import press.aurora.config.Edition;
import press.aurora.config.CopyfitLimitsLoader;
import press.aurora.config.EditionsLoader;
import press.aurora.edition.InterfaceStrings;
import press.aurora.fo.FoStylesheet;
import press.aurora.fo.ModelXmlWriter;
import press.aurora.pdf.PdfRenderer;

/**
 * What every edition of a build shares, loaded once: the editions, the compiled stylesheet,
 * the FOP factory (fonts, hyphenation) and the interface strings.
 */
public record BuildResources(Workspace workspace, Processor processor, List<Edition> editions, InterfaceStrings sourceStrings,
                             ModelXmlWriter xmlWriter, FoStylesheet stylesheet, PdfRenderer renderer,
                             CopyfitLimitsLoader copyfit) {

    public static final String EDITIONS_FILE = "editions.yaml";

    public BuildResources {
        editions = List.copyOf(editions);
    }

    /**
     * Saxon that reads nothing by itself: the stylesheet is handed to it, and {@code doc()},
     * {@code document()}, {@code unparsed-text()}, {@code collection()}, included modules and external
     * entities of any scheme are refused.
     */
    public static Processor closedProcessor() {
        Processor processor = new Processor(false);
        processor.setConfigurationProperty(Feature.ALLOWED_PROTOCOLS, "");
        return processor;
    }

    public static List<Edition> loadEditions(Workspace workspace) {
        return EditionsLoader.load(workspace.styles().resolve(EDITIONS_FILE));
    }

    public static BuildResources load(Workspace workspace) {
        return load(workspace, loadEditions(workspace));
    }

    /**
     * Loads what the editions share. The stylesheet compiles on a second thread while FOP reads its
     * configuration: the two are the slowest parts of starting a build, and independent.
     */
    public static BuildResources load(Workspace workspace, List<Edition> editions) {
        Processor processor = closedProcessor();
        CompletableFuture<FoStylesheet> stylesheet = CompletableFuture.supplyAsync(
                () -> FoStylesheet.compile(processor, workspace.styles().resolve(FoStylesheet.FILE_NAME)));
        CopyfitLimitsLoader copyfit = CopyfitLimitsLoader.load(workspace.styles().resolve(CopyfitLimitsLoader.FILE_NAME))
                .requireKnownEditions(editions.stream().map(Edition::id).collect(java.util.stream.Collectors.toCollection(java.util.LinkedHashSet::new)));
        PdfRenderer renderer = PdfRenderer.configure(workspace.styles().resolve(PdfRenderer.CONFIG_FILE), processor);
        InterfaceStrings strings = InterfaceStrings.loadSource(workspace.styles().resolve(InterfaceStrings.FILE_NAME));
        try {
            return new BuildResources(workspace, processor, editions, strings, new ModelXmlWriter(processor),
                    stylesheet.join(), renderer, copyfit);
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
    }
}
