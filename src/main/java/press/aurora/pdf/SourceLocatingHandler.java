package press.aurora.pdf;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import org.xml.sax.Attributes;
import org.xml.sax.ContentHandler;
import org.xml.sax.Locator;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.AttributesImpl;
import org.xml.sax.helpers.XMLFilterImpl;
import press.aurora.diag.SourcePosition;
import press.aurora.fo.SourceAttribute;

/**
 * Passes the XSL-FO to FOP with the Markdown (or PO) position of each element as its SAX location: FOP
 * keeps an element's location and hands it to the events it reports about that element, so a layout
 * message can name the article and line. The {@code src:at} attributes themselves are taken off.
 */
final class SourceLocatingHandler extends XMLFilterImpl {

    private final Deque<Optional<SourcePosition>> open = new ArrayDeque<>();
    private final Locator locator = new Locator() {
        @Override
        public String getPublicId() {
            return null;
        }

        @Override
        public String getSystemId() {
            return current().map(p -> p.file().toString()).orElse(null);
        }

        @Override
        public int getLineNumber() {
            return current().map(SourcePosition::line).orElse(-1);
        }

        @Override
        public int getColumnNumber() {
            return current().map(SourcePosition::column).orElse(-1);
        }
    };

    SourceLocatingHandler(ContentHandler fop) {
        setContentHandler(fop);
    }

    /** The source position FOP recorded for an element, when it has one of ours. */
    static Optional<SourcePosition> position(Locator locator) {
        if (locator == null || locator.getSystemId() == null || locator.getLineNumber() < 0) {
            return Optional.empty();
        }
        return Optional.of(new SourcePosition(java.nio.file.Path.of(locator.getSystemId()), locator.getLineNumber(),
                Math.max(0, locator.getColumnNumber())));
    }

    private Optional<SourcePosition> current() {
        return open.isEmpty() ? Optional.empty() : open.peek();
    }

    @Override
    public void setDocumentLocator(Locator ignored) {
        super.setDocumentLocator(locator);
    }

    @Override
    public void startDocument() throws SAXException {
        super.setDocumentLocator(locator);
        super.startDocument();
    }

    @Override
    public void startPrefixMapping(String prefix, String uri) throws SAXException {
        if (!SourceAttribute.NAMESPACE.equals(uri)) {
            super.startPrefixMapping(prefix, uri);
        }
    }

    @Override
    public void endPrefixMapping(String prefix) throws SAXException {
        if (!SourceAttribute.PREFIX.equals(prefix)) {
            super.endPrefixMapping(prefix);
        }
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes attributes) throws SAXException {
        int index = attributes.getIndex(SourceAttribute.NAMESPACE, SourceAttribute.LOCAL_NAME);
        if (index < 0) {
            open.push(current());
            super.startElement(uri, localName, qName, attributes);
            return;
        }
        open.push(SourceAttribute.parse(attributes.getValue(index)));
        AttributesImpl without = new AttributesImpl(attributes);
        without.removeAttribute(index);
        super.startElement(uri, localName, qName, without);
    }

    @Override
    public void endElement(String uri, String localName, String qName) throws SAXException {
        super.endElement(uri, localName, qName);
        open.pop();
    }
}
