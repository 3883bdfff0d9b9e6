package press.aurora.fo;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import net.sf.saxon.s9api.Processor;
import net.sf.saxon.s9api.QName;
import net.sf.saxon.s9api.SaxonApiException;
import net.sf.saxon.s9api.XdmAtomicValue;
import net.sf.saxon.s9api.XdmDestination;
import net.sf.saxon.s9api.XdmNode;
import net.sf.saxon.s9api.XdmValue;
import net.sf.saxon.s9api.Xslt30Transformer;
import net.sf.saxon.s9api.XsltExecutable;
import press.aurora.config.Copyfit;
import press.aurora.config.Edition;
import press.aurora.config.PageGeometry;
import press.aurora.config.WritingSystem;
import press.aurora.pdf.Variant;
import press.aurora.diag.ContentException;
import press.aurora.diag.SourcePosition;

/** The compiled page-design stylesheet (styles/broadsheet.xsl): edition XML to XSL-FO. Compiled once, shared by all editions. */
public final class FoStylesheet {

    public static final String FILE_NAME = "broadsheet.xsl";

    private final XsltExecutable executable;

    private FoStylesheet(XsltExecutable executable) {
        this.executable = executable;
    }

    public static FoStylesheet compile(Processor processor, Path stylesheet) {
        try {
            return new FoStylesheet(processor.newXsltCompiler().compile(new javax.xml.transform.stream.StreamSource(stylesheet.toFile())));
        } catch (SaxonApiException e) {
            throw ContentException.at(SourcePosition.of(stylesheet), "stylesheet", "cannot compile: " + e.getMessage());
        }
    }

    /**
     * Transforms one edition's XML into an XSL-FO document. Thread-safe.
     *
     * @param variant       print (CMYK, bleed) or screen (RGB, links, bookmarks)
     * @param choices       layout decisions taken after measuring an earlier rendering
     */
    public XdmNode transform(XdmNode editionXml, Edition edition, Variant variant, LayoutChoices choices) {
        Xslt30Transformer transformer = executable.load30();
        Map<QName, XdmValue> parameters = new HashMap<>();
        PageGeometry page = PageGeometry.of(edition.paper());
        parameters.put(new QName("page-width-mm"), new XdmAtomicValue(page.widthMm()));
        parameters.put(new QName("page-height-mm"), new XdmAtomicValue(page.heightMm()));
        parameters.put(new QName("margin-mm"), new XdmAtomicValue(page.marginMm()));
        parameters.put(new QName("margin-bottom-mm"), new XdmAtomicValue(page.marginBottomMm()));
        parameters.put(new QName("footer-mm"), new XdmAtomicValue(page.footerMm()));
        parameters.put(new QName("body-height-mm"), new XdmAtomicValue(page.bodyHeightMm()));
        parameters.put(new QName("columns"), new XdmAtomicValue(page.columns()));
        parameters.put(new QName("large-format"), new XdmAtomicValue(edition.paper().isLargeFormat()));
        parameters.put(new QName("column-gap-mm"), new XdmAtomicValue(page.columnGapMm()));
        parameters.put(new QName("back-page-alone"), new XdmAtomicValue(choices.backPageAlone()));
        parameters.put(new QName("reserve-used"), new XdmAtomicValue(choices.reserveUsed()));
        Copyfit type = choices.copyfit();
        parameters.put(new QName("body-size-pt"), new XdmAtomicValue(type.bodySizePt()));
        parameters.put(new QName("body-leading-pt"), new XdmAtomicValue(type.bodyLeadingPt()));
        parameters.put(new QName("heading-space-mm"), new XdmAtomicValue(type.headingSpaceMm()));
        parameters.put(new QName("article-space-mm"), new XdmAtomicValue(type.articleSpaceMm()));
        parameters.put(new QName("paragraph-space-mm"), new XdmAtomicValue(type.paragraphSpaceMm()));
        parameters.put(new QName("pullquote-size-pt"), new XdmAtomicValue(type.pullquoteSizePt()));
        parameters.put(new QName("figure-width-percent"), new XdmAtomicValue(type.figureWidthPercent()));
        parameters.put(new QName("new-page-articles"), new XdmAtomicValue(String.join(" ", choices.newPageArticles())));
        parameters.put(new QName("variant"), new XdmAtomicValue(variant.id()));
        parameters.put(new QName("ink"), new XdmAtomicValue(edition.print().ink().id()));
        parameters.put(new QName("bleed-mm"), new XdmAtomicValue(edition.print().bleedMm()));
        parameters.put(new QName("crop-offset-mm"), new XdmAtomicValue(edition.print().cropOffsetMm()));
        WritingSystem writing = edition.writingSystem();
        parameters.put(new QName("writing-mode"), new XdmAtomicValue(writing.writingMode()));
        parameters.put(new QName("script"), new XdmAtomicValue(writing.script()));
        parameters.put(new QName("hyphenate"), new XdmAtomicValue(writing.hyphenates()));
        parameters.put(new QName("letter-spacing"), new XdmAtomicValue(writing.allowsLetterSpacing()));
        try {
            transformer.setStylesheetParameters(parameters);
            XdmDestination result = new XdmDestination();
            transformer.transform(editionXml.asSource(), result);
            return result.getXdmNode();
        } catch (SaxonApiException e) {
            throw new IllegalStateException("stylesheet failed for edition " + edition.id() + ": " + e.getMessage(), e);
        }
    }
}
