package press.aurora.pdf;

import org.apache.fop.apps.FOUserAgent;
import org.apache.fop.pdf.PDFArray;
import org.apache.fop.pdf.PDFDocument;
import org.apache.fop.pdf.PDFFilterList;
import org.apache.fop.pdf.PDFOutputIntent;
import org.apache.fop.render.intermediate.IFContext;
import org.apache.fop.render.intermediate.IFDocumentHandler;
import org.apache.fop.render.intermediate.IFException;
import org.apache.fop.render.intermediate.IFPainter;
import org.apache.fop.render.pdf.PDFDocumentHandler;
import org.apache.fop.render.pdf.PDFDocumentHandlerMaker;
import org.apache.fop.render.pdf.PDFPainter;

/**
 * FOP's PDF output, which compresses each output intent's ICC profile through a {@link FlateMemory}: the same
 * bytes as FOP's own compression, computed once per profile instead of once per rendering; the profile written is
 * the file FOP was given ({@link SuppliedProfile}), byte for byte, on every JDK. Registered on the
 * FOP factory in place of FOP's PDF document handler maker (FOP's extension point for output formats); the
 * handler it makes is FOP's, with two steps added before the first page's content: the profile streams get their
 * filter, where FOP would give them its default Flate filter, and the XMP's Dublin Core properties their array
 * types ({@link XmpArrays}). A configuration that names filters of its own
 * (fop.xconf's filterList) keeps FOP's.
 */
final class ProfileReusingHandlerMaker extends PDFDocumentHandlerMaker {

    /** FOP's renderer option naming the output intent's ICC profile file ({@code PDFRendererOption.OUTPUT_PROFILE}). */
    static final String OUTPUT_PROFILE = "output-profile";

    private final FlateMemory memory = new FlateMemory();

    @Override
    public IFDocumentHandler makeIFDocumentHandler(IFContext context) {
        Handler handler = new Handler(context, memory,
                SuppliedProfile.at(context.getUserAgent().getRendererOptions().get(OUTPUT_PROFILE)));
        FOUserAgent agent = context.getUserAgent();
        if (agent.isAccessibilityEnabled()) {
            agent.setStructureTreeEventHandler(handler.getStructureTreeEventHandler()); // as FOP's maker does
        }
        return handler;
    }

    /** FOP's PDF document handler that hands the output profiles to the memory, and mends the XMP, before anything is written. */
    private static final class Handler extends PDFDocumentHandler {
        private final FlateMemory memory;
        private final SuppliedProfile profile;
        private boolean profilesSet;

        Handler(IFContext context, FlateMemory memory, SuppliedProfile profile) {
            super(context);
            this.memory = memory;
            this.profile = profile;
        }

        /** The first page's content begins after the document's set-up and before any object is written. */
        @Override
        public IFPainter startPageContent() throws IFException {
            if (!profilesSet) {
                profilesSet = true;
                PDFDocument document = new DocumentOfPage(this).document();
                useMemory(document, memory, profile);
                XmpArrays.apply(document);
            }
            return super.startPageContent();
        }
    }

    /** Reads the document a page is drawn into: FOP gives it to painters (its {@code generator} field is theirs). */
    private static final class DocumentOfPage extends PDFPainter {
        DocumentOfPage(PDFDocumentHandler handler) {
            super(handler, null);
        }

        PDFDocument document() {
            return generator.getDocument();
        }
    }

    /**
     * Gives each output intent's profile the remembering filter, where FOP would give it its default Flate filter;
     * the filter writes {@code profile}'s bytes for it. (With filters of its own configured, FOP writes the profile
     * as the JDK gives it.)
     */
    static void useMemory(PDFDocument document, FlateMemory memory, SuppliedProfile profile) {
        if (document == null || document.getRoot() == null || !usesDefaultFlate(document)) {
            return;
        }
        PDFArray intents = document.getRoot().getOutputIntents();
        for (int i = 0; intents != null && i < intents.length(); i++) {
            if (intents.get(i) instanceof PDFOutputIntent intent && intent.getDestOutputProfile() != null) {
                PDFFilterList filters = intent.getDestOutputProfile().getFilterList();
                if (!filters.isInitialized() && !filters.isDisableAllFilters()) {
                    filters.addFilter(new RememberedFlateFilter(memory, profile));
                }
            }
        }
    }

    /** Whether FOP would compress an ICC stream with its built-in default, Flate alone (no filter list configured, no encryption). */
    private static boolean usesDefaultFlate(PDFDocument document) {
        java.util.List<String> configured = document.getFilterMap() == null ? null : document.getFilterMap().get(PDFFilterList.DEFAULT_FILTER);
        return (configured == null || configured.isEmpty()) && !document.isEncryptionActive();
    }
}
