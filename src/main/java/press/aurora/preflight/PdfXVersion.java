package press.aurora.preflight;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Optional;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * Reads the PDF/X version a file claims: {@code pdfxid:GTS_PDFXVersion} in the XMP metadata (as
 * an element or as an attribute of {@code rdf:Description}), else {@code GTS_PDFXVersion} in the
 * document information dictionary.
 */
final class PdfXVersion {

    static final String PDFXID_NAMESPACE = "http://www.npes.org/pdfx/ns/id/";
    static final String KEY = "GTS_PDFXVersion";
    private static final String RDF_NAMESPACE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";

    private PdfXVersion() {
    }

    static Optional<String> of(PDDocument document) {
        return fromXmp(document).or(() -> fromInfo(document));
    }

    private static Optional<String> fromInfo(PDDocument document) {
        PDDocumentInformation info = document.getDocumentInformation();
        return nonBlank(info == null ? null : info.getCustomMetadataValue(KEY));
    }

    /** Unreadable XMP counts as no XMP: the finding then says the version is missing. */
    private static Optional<String> fromXmp(PDDocument document) {
        PDMetadata metadata = document.getDocumentCatalog().getMetadata();
        if (metadata == null) {
            return Optional.empty();
        }
        try {
            Document xmp = parse(metadata.toByteArray());
            NodeList elements = xmp.getElementsByTagNameNS(PDFXID_NAMESPACE, KEY);
            if (elements.getLength() > 0) {
                return nonBlank(elements.item(0).getTextContent());
            }
            NodeList descriptions = xmp.getElementsByTagNameNS(RDF_NAMESPACE, "Description");
            for (int i = 0; i < descriptions.getLength(); i++) {
                Element description = (Element) descriptions.item(i);
                if (description.hasAttributeNS(PDFXID_NAMESPACE, KEY)) {
                    return nonBlank(description.getAttributeNS(PDFXID_NAMESPACE, KEY));
                }
            }
            return Optional.empty();
        } catch (IOException | SAXException | ParserConfigurationException e) {
            return Optional.empty();
        }
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

    private static Optional<String> nonBlank(String value) {
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.strip());
    }
}
