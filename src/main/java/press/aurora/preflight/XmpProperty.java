package press.aurora.preflight;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Optional;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * Reads one simple property of a PDF's XMP metadata, written as an element or as an attribute of
 * {@code rdf:Description}. Unreadable XMP counts as no XMP.
 */
final class XmpProperty {

    private static final String RDF_NAMESPACE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";

    private XmpProperty() {
    }

    /** The property's value, stripped; empty when the document has no XMP, no such property, or a blank one. */
    static Optional<String> of(PDDocument document, String namespace, String name) {
        PDMetadata metadata = document.getDocumentCatalog().getMetadata();
        if (metadata == null) {
            return Optional.empty();
        }
        try {
            Document xmp = parse(metadata.toByteArray());
            NodeList elements = xmp.getElementsByTagNameNS(namespace, name);
            if (elements.getLength() > 0) {
                return nonBlank(elements.item(0).getTextContent());
            }
            NodeList descriptions = xmp.getElementsByTagNameNS(RDF_NAMESPACE, "Description");
            for (int i = 0; i < descriptions.getLength(); i++) {
                Element description = (Element) descriptions.item(i);
                if (description.hasAttributeNS(namespace, name)) {
                    return nonBlank(description.getAttributeNS(namespace, name));
                }
            }
            return Optional.empty();
        } catch (IOException | SAXException | ParserConfigurationException e) {
            return Optional.empty();
        }
    }

    /** The document's XMP packet, parsed; empty when it has none or it cannot be read. */
    static Optional<Document> packet(PDDocument document) {
        PDMetadata metadata = document.getDocumentCatalog().getMetadata();
        if (metadata == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(parse(metadata.toByteArray()));
        } catch (IOException | SAXException | ParserConfigurationException e) {
            return Optional.empty();
        }
    }

    static Optional<String> nonBlank(String value) {
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.strip());
    }

    private static Document parse(byte[] xml) throws ParserConfigurationException, SAXException, IOException {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        factory.setXIncludeAware(false);
        factory.setExpandEntityReferences(false);
        var builder = factory.newDocumentBuilder();
        builder.setErrorHandler(null);
        return builder.parse(new ByteArrayInputStream(xml));
    }
}
