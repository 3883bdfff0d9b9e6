package press.aurora.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.Date;
import net.sf.saxon.s9api.Processor;
import net.sf.saxon.s9api.SAXDestination;
import net.sf.saxon.s9api.SaxonApiException;
import net.sf.saxon.s9api.XdmNode;
import org.apache.fop.apps.FOPException;
import org.apache.fop.apps.FOUserAgent;
import org.apache.fop.apps.Fop;
import org.apache.fop.apps.FopConfParser;
import org.apache.fop.apps.FopFactory;
import org.apache.fop.apps.MimeConstants;
import org.xml.sax.SAXException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.fop.hyphenation.HyphenationTree;
import org.apache.fop.hyphenation.HyphenationTreeCache;
import org.apache.fop.hyphenation.Hyphenator;
import press.aurora.diag.ContentException;
import press.aurora.diag.Diagnostic;
import press.aurora.diag.SourcePosition;
import press.aurora.io.BackgroundTask;

/** Apache FOP, configured once from styles/fop.xconf (fonts, hyphenation) and shared by every edition. */
public final class PdfRenderer {

    public static final String CONFIG_FILE = "fop.xconf";

    static {
        // FOP reports through our event listener; keep its commons-logging chatter off the console.
        System.setProperty("org.apache.commons.logging.Log", "org.apache.commons.logging.impl.NoOpLog");
    }

    private final FopFactory factory;
    private final Set<String> hyphenationPrepared = new HashSet<>();
    private final Processor processor;
    private final ResourceGate gate;
    private final BackgroundTask<FontCoverage> fonts;

    private PdfRenderer(FopFactory factory, Processor processor, ResourceGate gate, BackgroundTask<FontCoverage> fonts) {
        this.factory = factory;
        this.processor = processor;
        this.gate = gate;
        this.fonts = fonts;
    }

    /**
     * FOP configured from {@code config}; it may read only files in the configuration's folder and those {@link #hand handed} to it.
     * The character maps of its fonts load in the background until the first rendering needs them
     * ({@link #awaitFonts}); a font that cannot be read fails that rendering.
     */
    public static PdfRenderer configure(Path config, Processor processor) {
        ResourceGate gate = new ResourceGate(config.toAbsolutePath().getParent());
        try {
            FopFactory factory = new FopConfParser(config.toFile(), gate).getFopFactoryBuilder().build();
            factory.getRendererFactory().addDocumentHandlerMaker(new ProfileReusingHandlerMaker());
            return new PdfRenderer(factory, processor, gate, BackgroundTask.start(() -> FontCoverage.load(config)));
        } catch (SAXException | IOException e) {
            throw ContentException.at(SourcePosition.of(config), "fop-config", "cannot read FOP configuration: " + e.getMessage());
        }
    }

    /**
     * Loads the hyphenation patterns of a language and country into FOP's cache before a rendering
     * needs them. FOP looks a country's patterns up with its language's as the fallback, and caches
     * what it finds first: left to itself, a British edition rendered after (or at the same moment as)
     * an American one would find the plain English patterns already cached and never load the British
     * ones, so its lines broke differently depending on what the process had rendered before. Here
     * each key is loaded exactly (the country's, then the language's), once per process.
     */
    public void prepareHyphenation(String language, String country) {
        HyphenationTreeCache cache = factory.getHyphenationTreeCache();
        synchronized (hyphenationPrepared) {
            for (String key : country == null || country.isEmpty() ? List.of(language)
                    : List.of(HyphenationTreeCache.constructLlccKey(language, country), language)) {
                if (hyphenationPrepared.add(key)) {
                    HyphenationTree tree = Hyphenator.getUserHyphenationTree(key, factory.getHyphenationResourceResolver());
                    if (tree == null) {
                        tree = Hyphenator.getFopHyphenationTree(key);
                    }
                    if (tree != null) {
                        cache.cache(key, tree);
                    }
                }
            }
        }
    }

    /** Waits for the character maps of the fonts; throws the error of a font that cannot be read, as configuring would have. */
    public void awaitFonts() {
        fonts.join();
    }

    /** Lets FOP read {@code file}: an image the program prepared for a figure. */
    public void hand(Path file) {
        gate.hand(file);
    }

    /**
     * Renders an XSL-FO document to PDF, reproducibly (see {@link ReproducibleIdentifiers}). Thread-safe: each call has its own user agent. First every
     * character is checked against the fonts that will set it: one missing is a {@link ContentException}
     * naming each such character with its source line, before FOP has written anything.
     */
    public RenderResult render(XdmNode fo, PdfMetadata metadata, RenderProfile profile, OutputStream out) {
        List<Diagnostic> missing = new GlyphCoverageCheck(fonts.join()).check(fo);
        if (!missing.isEmpty()) {
            throw new ContentException(missing.get(0), GlyphCoverageCheck.failure(missing));
        }
        return renderWithFop(fo, metadata, profile, out);
    }

    /** FOP alone, whose glyph event stays the last guard (package-private so a test can reach it past the font check). */
    RenderResult renderWithFop(XdmNode fo, PdfMetadata metadata, RenderProfile profile, OutputStream out) {
        FOUserAgent agent = factory.newFOUserAgent();
        agent.getRendererOptions().putAll(profile.rendererOptions());
        agent.setAccessibility(profile.accessibility());
        FopEvents events = new FopEvents(codePoint -> GlyphCoverageCheck.find(fo, codePoint));
        agent.getEventBroadcaster().addEventListener(events);
        if (profile.variant() == Variant.PRINT) {
            agent.setTitle(metadata.title()); // screen files carry their title in the FO's XMP (see broadsheet.xsl)
        }
        agent.setAuthor(metadata.author());
        if (profile.variant() == Variant.PRINT) {
            // FOP writes these as plain XMP text where PDF/A wants a bag and a language alternative
            agent.setSubject(metadata.subject());
            agent.setKeywords(metadata.keywords());
        }
        agent.setCreator("Aurora press");
        agent.setProducer("Aurora press (Apache FOP)");
        agent.setCreationDate(Date.from(metadata.created()));
        try {
            ByteArrayOutputStream rendered = new ByteArrayOutputStream(1 << 20);
            Fop fop = newFop(agent, rendered);
            processor.writeXdmValue(fo, new SAXDestination(new SourceLocatingHandler(fop.getDefaultHandler())));
            out.write(ReproducibleIdentifiers.apply(rendered.toByteArray()));
            if (!events.problems().isEmpty()) {
                throw new RenderException(String.join("\n", events.problems().stream().map(RenderProblem::message)
                        .distinct().limit(20).toList()), events.problems(), null);
            }
            return new RenderResult(fop.getResults().getPageCount(), events.overflows(), events.warnings());
        } catch (FOPException | SaxonApiException e) {
            throw new RenderException("FOP failed: " + rootMessage(e), events.problems(), e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the PDF: " + e.getMessage(), e);
        }
    }

    /**
     * FOP reads its configuration (a DOM, not safe for concurrent reads) while creating the
     * renderer; seen here failing with a NullPointerException when two editions start at once.
     */
    private Fop newFop(FOUserAgent agent, OutputStream out) throws FOPException {
        synchronized (factory) {
            return factory.newFop(MimeConstants.MIME_PDF, agent, out);
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        String message = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
        return message.replaceAll("\\s*\\(See position [^)]*\\)", "").replaceAll("\\s+", " ").strip();
    }
}
