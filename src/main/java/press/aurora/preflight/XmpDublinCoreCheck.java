package press.aurora.preflight;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * A print file's XMP gives its Dublin Core properties the types XMP defines for them: a title, a description and
 * rights are language alternatives ({@code rdf:Alt}), creators and dates ordered arrays ({@code rdf:Seq}), subjects,
 * languages, contributors and publishers unordered ones ({@code rdf:Bag}). One written as plain text (as FOP writes
 * them outside PDF/A-2 and -3) or as another kind of array is not valid XMP: a warning, which preflight profiles that
 * validate a PDF/X-4 file's metadata make an error.
 */
final class XmpDublinCoreCheck implements PreflightCheck {

    static final String ID = "xmp-value-type";

    private static final String DC_NAMESPACE = "http://purl.org/dc/elements/1.1/";
    private static final String RDF_NAMESPACE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";

    private static final Map<String, String> ARRAYS = Map.of(
            "title", "Alt", "description", "Alt", "rights", "Alt",
            "creator", "Seq", "date", "Seq",
            "subject", "Bag", "language", "Bag", "contributor", "Bag", "publisher", "Bag");

    @Override
    public List<PreflightFinding> check(CheckedPdf pdf) {
        Optional<Document> xmp = XmpProperty.packet(pdf.document());
        if (!pdf.expectations().printFile() || xmp.isEmpty()) {
            return List.of();
        }
        List<PreflightFinding> findings = new ArrayList<>();
        NodeList properties = xmp.get().getElementsByTagNameNS(DC_NAMESPACE, "*");
        for (int i = 0; i < properties.getLength(); i++) {
            Element property = (Element) properties.item(i);
            String wanted = ARRAYS.get(property.getLocalName());
            if (wanted != null) {
                String found = arrayOf(property);
                if (!wanted.equals(found)) {
                    findings.add(finding(pdf, property.getLocalName(), found == null ? "plain text" : "an rdf:" + found, wanted));
                }
            }
        }
        NodeList descriptions = xmp.get().getElementsByTagNameNS(RDF_NAMESPACE, "Description");
        for (int i = 0; i < descriptions.getLength(); i++) {
            NamedNodeMap attributes = descriptions.item(i).getAttributes();
            for (int a = 0; a < attributes.getLength(); a++) {
                Attr attribute = (Attr) attributes.item(a);
                if (DC_NAMESPACE.equals(attribute.getNamespaceURI()) && ARRAYS.containsKey(attribute.getLocalName())) {
                    findings.add(finding(pdf, attribute.getLocalName(), "plain text", ARRAYS.get(attribute.getLocalName())));
                }
            }
        }
        return findings;
    }

    /** {@code Alt}, {@code Seq} or {@code Bag}: the array the property holds; null for text. */
    private static String arrayOf(Element property) {
        for (Node child = property.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element element && RDF_NAMESPACE.equals(element.getNamespaceURI())) {
                return element.getLocalName();
            }
        }
        return null;
    }

    private static PreflightFinding finding(CheckedPdf pdf, String property, String found, String wanted) {
        String kind = switch (wanted) {
            case "Alt" -> "a language alternative (rdf:Alt)";
            case "Seq" -> "an ordered array (rdf:Seq)";
            default -> "an unordered array (rdf:Bag)";
        };
        return pdf.warning(PreflightFinding.DOCUMENT, ID, "the XMP metadata's dc:" + property + " is " + found + ", where XMP"
                + " wants " + kind + ": not valid XMP, which a PDF/X-4 preflight that validates metadata refuses");
    }
}
