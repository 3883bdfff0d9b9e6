package press.aurora.pipeline;

import java.util.List;
import net.sf.saxon.lib.Feature;
import net.sf.saxon.s9api.Processor;
import press.aurora.config.Edition;
import press.aurora.config.CopyfitLimitsLoader;
import press.aurora.config.EditionsLoader;
import press.aurora.edition.InterfaceStrings;
import press.aurora.fo.FoStylesheet;
import press.aurora.fo.ModelXmlWriter;
import press.aurora.io.BackgroundTask;
import press.aurora.pdf.PdfRenderer;

/**
 * What every edition of a build shares, loaded once: the editions, the compiled stylesheet,
 * the FOP factory (fonts, hyphenation) and the interface strings. The stylesheet may still be
 * compiling: {@link #stylesheet()} waits for it, so that an edition is translated and localised meanwhile.
 */
public record BuildResources(Workspace workspace, Processor processor, List<Edition> editions, InterfaceStrings sourceStrings,
                             ModelXmlWriter xmlWriter, BackgroundTask<FoStylesheet> compiling, PdfRenderer renderer,
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

    /** The compiled stylesheet; the first caller waits for the compile that {@link #load} started. */
    public FoStylesheet stylesheet() {
        return compiling.join();
    }

    /**
     * Waits for what still loads in the background (the stylesheet, the fonts' character maps) and throws
     * what failed there: a build reports such a failure as its own, not as each edition's.
     */
    public void awaitLoaded() {
        stylesheet();
        renderer.awaitFonts();
    }

    public static BuildResources load(Workspace workspace) {
        return load(workspace, loadEditions(workspace));
    }

    /**
     * Loads what the editions share. The stylesheet compiles on a second thread while FOP reads its
     * configuration: the two are the slowest parts of starting a build, and independent. It returns
     * without waiting for the compile (nor for the fonts' character maps): the first XSLT pass waits.
     */
    public static BuildResources load(Workspace workspace, List<Edition> editions) {
        Processor processor = closedProcessor();
        BackgroundTask<FoStylesheet> stylesheet = BackgroundTask.start(
                () -> FoStylesheet.compile(processor, workspace.styles().resolve(FoStylesheet.FILE_NAME)));
        CopyfitLimitsLoader copyfit = CopyfitLimitsLoader.load(workspace.styles().resolve(CopyfitLimitsLoader.FILE_NAME))
                .requireKnownEditions(editions.stream().map(Edition::id).collect(java.util.stream.Collectors.toCollection(java.util.LinkedHashSet::new)));
        PdfRenderer renderer = PdfRenderer.configure(workspace.styles().resolve(PdfRenderer.CONFIG_FILE), processor);
        InterfaceStrings strings = InterfaceStrings.loadSource(workspace.styles().resolve(InterfaceStrings.FILE_NAME));
        return new BuildResources(workspace, processor, editions, strings, new ModelXmlWriter(processor), stylesheet, renderer,
                copyfit);
    }
}
