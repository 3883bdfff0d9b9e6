package press.aurora.pdf;

import java.util.Map;
import org.apache.fop.pdf.PDFDocument;
import org.apache.fop.pdf.PDFMetadata;
import org.apache.xmlgraphics.util.QName;
import org.apache.xmlgraphics.xmp.Metadata;
import org.apache.xmlgraphics.xmp.XMPArray;
import org.apache.xmlgraphics.xmp.XMPArrayType;
import org.apache.xmlgraphics.xmp.XMPConstants;
import org.apache.xmlgraphics.xmp.XMPProperty;

/**
 * Gives the Dublin Core properties of the document's XMP the array types XMP defines for them. Outside PDF/A-2 and -3,
 * FOP writes them "compact", as plain text ({@code <dc:title>Aurora 1</dc:title>}), which is not valid XMP: a
 * title and a description are language alternatives, the creators and dates ordered arrays, the subjects and
 * languages unordered ones. PDF/X-4 wants its metadata to be XMP, and preflight tools that validate the XMP flag
 * each. A property already an array (the screen file's, written for PDF/A-2) is left as it is.
 */
final class XmpArrays {

    private static final String X_DEFAULT = "x-default";

    /** The Dublin Core properties FOP writes and the array type of each. */
    private static final Map<String, XMPArrayType> TYPES = Map.of(
            "title", XMPArrayType.ALT,
            "description", XMPArrayType.ALT,
            "creator", XMPArrayType.SEQ,
            "date", XMPArrayType.SEQ,
            "subject", XMPArrayType.BAG,
            "language", XMPArrayType.BAG);

    private XmpArrays() {
    }

    /** Changes the document's metadata in place, before FOP writes it. */
    static void apply(PDFDocument document) {
        PDFMetadata pdfMetadata = document == null || document.getRoot() == null ? null : document.getRoot().getMetadata();
        if (pdfMetadata != null && pdfMetadata.getMetadata() != null) {
            apply(pdfMetadata.getMetadata());
        }
    }

    static void apply(Metadata xmp) {
        TYPES.forEach((name, type) -> {
            QName qName = new QName(XMPConstants.DUBLIN_CORE_NAMESPACE, "dc:" + name);
            XMPProperty property = xmp.getProperty(qName);
            if (property != null && !property.isArray() && property.getValue() != null) {
                XMPArray array = new XMPArray(type);
                if (type == XMPArrayType.ALT) {
                    String language = property.getXMLLang() == null ? X_DEFAULT : property.getXMLLang();
                    array.add(property.getValue().toString(), language);
                } else {
                    array.add(property.getValue());
                }
                xmp.setProperty(new XMPProperty(qName, array));
            }
        });
    }
}
