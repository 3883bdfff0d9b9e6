package press.aurora.pipeline;

import java.util.List;
import net.sf.saxon.lib.Feature;
import net.sf.saxon.s9api.Processor;
import press.aurora.config.Edition;
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
                             ModelXmlWriter xmlWriter, FoStylesheet stylesheet, PdfRenderer renderer) {

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
        Processor processor = closedProcessor();
        return new BuildResources(workspace, processor, loadEditions(workspace),
                InterfaceStrings.loadSource(workspace.styles().resolve(InterfaceStrings.FILE_NAME)),
                new ModelXmlWriter(processor),
                FoStylesheet.compile(processor, workspace.styles().resolve(FoStylesheet.FILE_NAME)),
                PdfRenderer.configure(workspace.styles().resolve(PdfRenderer.CONFIG_FILE), processor));
    }
}
