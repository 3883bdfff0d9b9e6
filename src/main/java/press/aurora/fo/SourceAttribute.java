package press.aurora.fo;

import java.nio.file.Path;
import java.util.Optional;
import net.sf.saxon.s9api.QName;
import net.sf.saxon.s9api.XdmNode;
import net.sf.saxon.s9api.XdmNodeKind;
import press.aurora.diag.SourcePosition;

/**
 * Where a block of the edition came from: {@code src:at="issues/2017-11/about.md:12:1"} on the
 * elements of the edition XML, copied by the stylesheet onto the XSL-FO blocks it makes of them. The
 * attribute lets every later step (the font check, FOP's layout messages) name the Markdown or PO line
 * of a block; it is taken off before the FO reaches FOP.
 */
public final class SourceAttribute {

    public static final String NAMESPACE = "urn:aurora-press:source";
    public static final String PREFIX = "src";
    public static final String LOCAL_NAME = "at";
    private static final QName NAME = new QName(PREFIX, NAMESPACE, LOCAL_NAME);

    private SourceAttribute() {
    }

    /** The attribute's value for a position: its file (as displayed), line and column. */
    public static String format(SourcePosition position) {
        return SourcePosition.displayPath(position.file()) + ":" + position.line() + ":" + position.column();
    }

    /** The position an attribute value names, or empty when it is not one. */
    public static Optional<SourcePosition> parse(String value) {
        int columnColon = value.lastIndexOf(':');
        int lineColon = columnColon > 0 ? value.lastIndexOf(':', columnColon - 1) : -1;
        if (lineColon <= 0) {
            return Optional.empty();
        }
        try {
            int line = Integer.parseInt(value.substring(lineColon + 1, columnColon));
            int column = Integer.parseInt(value.substring(columnColon + 1));
            return Optional.of(new SourcePosition(Path.of(value.substring(0, lineColon)), line, column));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** The position of the nearest element at or above {@code node} that has one. */
    public static Optional<SourcePosition> of(XdmNode node) {
        for (XdmNode at = node; at != null; at = at.getParent()) {
            if (at.getNodeKind() == XdmNodeKind.ELEMENT) {
                String value = at.getAttributeValue(NAME);
                if (value != null) {
                    return parse(value);
                }
            }
        }
        return Optional.empty();
    }
}
