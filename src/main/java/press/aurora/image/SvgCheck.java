package press.aurora.image;

import java.io.IOException;
import java.nio.file.Path;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

/**
 * An SVG drawing is a document that can point elsewhere (a linked image, a style sheet, an entity),
 * and the SVG renderer would follow those links itself. So an SVG is parsed here with no DTD and no
 * external access, and must be self-contained: every reference in it is to a part of itself ({@code #id}).
 */
final class SvgCheck {

    private static final Pattern EXTERNAL_URL = Pattern.compile("url\\(\\s*['\"]?\\s*[^#'\"\\s)]");
    private static final Pattern IMPORT = Pattern.compile("@import", Pattern.CASE_INSENSITIVE);

    private SvgCheck() {
    }

    static void check(Path file) throws IOException, UnsafeSvgException {
        Document document;
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            factory.setXIncludeAware(false);
            factory.setExpandEntityReferences(false);
            DocumentBuilder builder = factory.newDocumentBuilder();
            builder.setErrorHandler(null);
            document = builder.parse(file.toFile());
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("no safe XML parser: " + e.getMessage(), e);
        } catch (SAXException e) {
            throw new UnsafeSvgException("not a well-formed SVG drawing without a DOCTYPE (" + e.getMessage() + ")");
        }
        Element root = document.getDocumentElement();
        if (!"svg".equals(root.getLocalName())) {
            throw new UnsafeSvgException("not an SVG drawing (its root element is <" + root.getNodeName() + ">)");
        }
        visit(root);
    }

    private static void visit(Node node) throws UnsafeSvgException {
        if (node instanceof Element element) {
            NamedNodeMap attributes = element.getAttributes();
            for (int i = 0; i < attributes.getLength(); i++) {
                Attr attribute = (Attr) attributes.item(i);
                String value = attribute.getValue().strip();
                if ("href".equals(attribute.getLocalName()) && !value.startsWith("#")) {
                    throw new UnsafeSvgException("the drawing links to '" + value + "': an SVG must be self-contained "
                            + "(embed the image or draw it)");
                }
                if (EXTERNAL_URL.matcher(value).find()) {
                    throw new UnsafeSvgException("the drawing refers to " + value + ": an SVG must be self-contained");
                }
            }
        } else if (node.getNodeType() == Node.TEXT_NODE || node.getNodeType() == Node.CDATA_SECTION_NODE) {
            String text = node.getNodeValue();
            if (EXTERNAL_URL.matcher(text).find() || IMPORT.matcher(text).find()) {
                throw new UnsafeSvgException("the drawing's style refers to another file: an SVG must be self-contained");
            }
        }
        for (Node child = node.getFirstChild(); child != null; child = child.getNextSibling()) {
            visit(child);
        }
    }

    /** The SVG could make the renderer read something outside the issue. */
    static final class UnsafeSvgException extends Exception {
        UnsafeSvgException(String message) {
            super(message);
        }
    }
}
