package press.aurora.pdf;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;
import press.aurora.diag.ContentException;
import press.aurora.diag.SourcePosition;

/**
 * The fonts FOP is configured with (styles/fop.xconf), each with the characters it has: read from the
 * font files' character maps, so that the program can tell before rendering which character no font
 * of a font-family list can set.
 */
public final class FontCoverage {

    private final List<FontFace> faces;

    private FontCoverage(List<FontFace> faces) {
        this.faces = List.copyOf(faces);
    }

    /** Reads the {@code <font>} entries of a FOP configuration and the character map of each font file. */
    public static FontCoverage load(Path config) {
        Document xconf = parse(config);
        Path base = config.toAbsolutePath().getParent();
        NodeList fontBase = xconf.getElementsByTagName("font-base");
        if (fontBase.getLength() > 0) {
            base = base.resolve(fontBase.item(0).getTextContent().strip());
        }
        List<FontFace> faces = new ArrayList<>();
        NodeList fonts = xconf.getElementsByTagName("font");
        for (int i = 0; i < fonts.getLength(); i++) {
            Element font = (Element) fonts.item(i);
            String url = font.getAttribute("embed-url");
            if (url.isEmpty()) {
                continue;
            }
            Path file = base.resolve(url).normalize();
            NodeList triplets = font.getElementsByTagName("font-triplet");
            try (TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBufferedFile(file.toFile()))) {
                var characters = ttf.getUnicodeCmapLookup();
                String name = ttf.getName();
                for (int t = 0; t < triplets.getLength(); t++) {
                    Element triplet = (Element) triplets.item(t);
                    faces.add(new FontFace(triplet.getAttribute("name"), style(triplet.getAttribute("style")),
                            weight(triplet.getAttribute("weight")), file, name, characters));
                }
            } catch (IOException e) {
                throw ContentException.at(SourcePosition.of(config), "fop-config",
                        "cannot read the font " + SourcePosition.displayPath(file) + ": " + e.getMessage());
            }
        }
        return new FontCoverage(faces);
    }

    /**
     * The font FOP sets a family in for this style and weight: the same style at the nearest weight,
     * else the upright style; empty when the family is not configured at all.
     */
    Optional<FontFace> face(String family, String style, int weight) {
        Optional<FontFace> same = nearest(family, style, weight);
        return same.isPresent() ? same : nearest(family, "normal", weight);
    }

    private Optional<FontFace> nearest(String family, String style, int weight) {
        return faces.stream()
                .filter(f -> f.family().equalsIgnoreCase(family) && f.style().equals(style))
                .min(Comparator.comparingInt(f -> Math.abs(f.weight() - weight)));
    }

    /** FO font-style as FOP's font triplets name it. */
    static String style(String value) {
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "italic", "oblique", "backslant" -> "italic";
            default -> "normal";
        };
    }

    /** FO font-weight as a number, 400 for normal and 700 for bold. */
    static int weight(String value) {
        String weight = value.strip().toLowerCase(Locale.ROOT);
        return switch (weight) {
            case "", "normal" -> 400;
            case "bold" -> 700;
            default -> weight.matches("[1-9]00") ? Integer.parseInt(weight) : 400;
        };
    }

    private static Document parse(Path config) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            return factory.newDocumentBuilder().parse(config.toFile());
        } catch (ParserConfigurationException | SAXException | IOException e) {
            throw ContentException.at(SourcePosition.of(config), "fop-config", "cannot read FOP configuration: " + e.getMessage());
        }
    }
}
