package press.aurora.pdf;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import net.sf.saxon.s9api.QName;
import net.sf.saxon.s9api.XdmNode;
import net.sf.saxon.s9api.XdmNodeKind;
import press.aurora.diag.CodePoints;
import press.aurora.diag.Diagnostic;
import press.aurora.diag.SourcePosition;
import press.aurora.fo.SourceAttribute;

/**
 * Checks, before FOP renders, that every character of an XSL-FO document is in one of the fonts its
 * font-family list names (for the text's style and weight): what FOP would otherwise print as {@code #}.
 * The family list is read from the FO itself, inherited as FOP inherits it, and a character may come from
 * any family of the list, as with FOP's font fallback; so a second family added for another script
 * (e.g. {@code font-family="Noto Serif, Vazirmatn"}) is honoured without changing this check.
 */
final class GlyphCoverageCheck {

    static final String FO = "http://www.w3.org/1999/XSL/Format";
    /** FO subtrees whose text is not set in the page's fonts (metadata, bookmarks, foreign objects). */
    private static final Set<String> NOT_SET = Set.of("declarations", "bookmark-tree", "instream-foreign-object",
            "layout-master-set");
    /** Characters FOP handles without a glyph: line breaks, and zero-width breaks and joiners. */
    private static final Set<Integer> WITHOUT_GLYPH = Set.of((int) '\t', (int) '\n', (int) '\r', 0x00AD, 0x200B,
            0x200C, 0x200D, 0x2060, 0xFEFF);
    private static final QName FONT_FAMILY = new QName("font-family");
    private static final QName FONT_STYLE = new QName("font-style");
    private static final QName FONT_WEIGHT = new QName("font-weight");
    private static final QName TEXT_TRANSFORM = new QName("text-transform");

    private final FontCoverage fonts;
    private final SourceLines sources = new SourceLines();
    private final Map<String, Diagnostic> found = new LinkedHashMap<>();
    /** Characters already found in a list of fonts, so that each is looked up once per check. */
    private final Map<List<FontFace>, java.util.Set<Integer>> coveredBy = new java.util.HashMap<>();

    GlyphCoverageCheck(FontCoverage fonts) {
        this.fonts = fonts;
    }

    /**
     * One diagnostic per character (with the characters right after it that no font has either) and block that no
     * font of its family list has, in document order.
     */
    List<Diagnostic> check(XdmNode fo) {
        found.clear();
        walk(fo, new TextFont(List.of(), "normal", 400, "none"));
        return new ArrayList<>(found.values());
    }

    /** The font properties FO text inherits. */
    private record TextFont(List<String> families, String style, int weight, String transform) {

        TextFont under(XdmNode element) {
            String family = element.getAttributeValue(FONT_FAMILY);
            String style = element.getAttributeValue(FONT_STYLE);
            String weight = element.getAttributeValue(FONT_WEIGHT);
            String transform = element.getAttributeValue(TEXT_TRANSFORM);
            return new TextFont(family == null ? families : families(family),
                    style == null ? this.style : FontCoverage.style(style),
                    weight == null ? this.weight : weight(weight, this.weight),
                    transform == null ? this.transform : transform.strip());
        }

        private static int weight(String value, int inherited) {
            return switch (value.strip()) {
                case "bolder" -> Math.min(900, inherited + 300);
                case "lighter" -> Math.max(100, inherited - 300);
                default -> FontCoverage.weight(value);
            };
        }

        private static List<String> families(String value) {
            List<String> names = new ArrayList<>();
            for (String name : value.split(",")) {
                String unquoted = name.strip().replaceAll("^['\"]|['\"]$", "").strip();
                if (!unquoted.isEmpty()) {
                    names.add(unquoted);
                }
            }
            return names;
        }
    }

    private void walk(XdmNode node, TextFont font) {
        for (XdmNode child : node.children()) {
            if (child.getNodeKind() == XdmNodeKind.ELEMENT) {
                QName name = child.getNodeName();
                if (FO.equals(name.getNamespace()) && NOT_SET.contains(name.getLocalName())) {
                    continue;
                }
                walk(child, font.under(child));
            } else if (child.getNodeKind() == XdmNodeKind.TEXT) {
                text(child, font);
            }
        }
    }

    private void text(XdmNode text, TextFont font) {
        String value = text.getStringValue();
        List<FontFace> faces = faces(font);
        if (faces.isEmpty()) {
            return; // no configured family at all: FOP reports the substituted font itself
        }
        java.util.Set<Integer> covered = coveredBy.computeIfAbsent(faces, f -> new java.util.HashSet<>());
        for (int i = 0; i < value.length(); ) {
            int codePoint = value.codePointAt(i);
            i += Character.charCount(codePoint);
            int printed = printed(codePoint, font);
            if (WITHOUT_GLYPH.contains(codePoint) || isCovered(printed, faces, covered)) {
                continue;
            }
            // The letters right after it that no font has either (the rest of a word in an uncovered script): one problem.
            StringBuilder run = new StringBuilder().appendCodePoint(printed);
            int count = 1;
            while (CodePoints.unprintable(codePoint) == null && i < value.length()) {
                int next = value.codePointAt(i);
                int nextPrinted = printed(next, font);
                if (WITHOUT_GLYPH.contains(next) || CodePoints.unprintable(next) != null || isCovered(nextPrinted, faces, covered)) {
                    break;
                }
                run.appendCodePoint(nextPrinted);
                count++;
                i += Character.charCount(next);
            }
            Optional<SourcePosition> block = SourceAttribute.of(text.getParent());
            String key = printed + "@" + block.map(SourcePosition::toString).orElse("");
            int letters = count;
            found.computeIfAbsent(key, k -> diagnostic(printed, codePoint, run.toString(), letters, block, faces));
        }
    }

    /** The character as printed: FO's text-transform applied. */
    private static int printed(int codePoint, TextFont font) {
        return switch (font.transform()) {
            case "uppercase" -> Character.toUpperCase(codePoint);
            case "lowercase" -> Character.toLowerCase(codePoint);
            default -> codePoint;
        };
    }

    private static boolean isCovered(int printed, List<FontFace> faces, java.util.Set<Integer> covered) {
        if (covered.contains(printed)) {
            return true;
        }
        if (faces.stream().anyMatch(f -> f.has(printed))) {
            covered.add(printed);
            return true;
        }
        return false;
    }

    private List<FontFace> faces(TextFont font) {
        List<FontFace> faces = new ArrayList<>();
        for (String family : font.families()) {
            fonts.face(family, font.style(), font.weight()).ifPresent(faces::add);
        }
        return faces;
    }

    /** The problem of {@code count} characters in a row, {@code run}, the first {@code printed} (written {@code written}). */
    private Diagnostic diagnostic(int printed, int written, String run, int count, Optional<SourcePosition> block,
                                  List<FontFace> faces) {
        SourcePosition where = block.map(b -> sources.locate(b, written)).orElse(null);
        String fontNames = String.join(", ", faces.stream().map(FontFace::describe).distinct().toList());
        String unprintable = CodePoints.unprintable(written);
        if (unprintable != null) { // e.g. from a PO file, which the article reader never saw
            return Diagnostic.error("bad-character", where, "character " + CodePoints.describe(written) + ": " + unprintable);
        }
        String shown = CodePoints.printable(printed);
        String what = count == 1
                ? "character " + CodePoints.describe(printed) + (shown.isEmpty() ? "" : " \"" + shown + "\"") + " is"
                : "characters \"" + run + "\" (" + CodePoints.describe(printed) + " and " + (count - 1) + " more) are";
        String message = what + " not in the font" + (faces.size() > 1 ? "s" : "") + " that set" + (faces.size() > 1 ? "" : "s")
                + " this text: " + fontNames + (where == null ? " (in the page layout, not in an article)" : "")
                + "; add a font that has " + (count == 1 ? "it" : "them") + " to styles/fop.xconf (and to the font-family in"
                + " styles/broadsheet.xsl), or change the text";
        return Diagnostic.error("missing-glyph", where, message);
    }

    /** Where a character first stands in the FO's text, as a source position (for FOP's own glyph event). */
    static Optional<SourcePosition> find(XdmNode fo, int codePoint) {
        String character = new String(Character.toChars(codePoint));
        for (XdmNode node : fo.select(net.sf.saxon.s9api.streams.Steps.descendant()).toList()) {
            if (node.getNodeKind() == XdmNodeKind.TEXT && node.getStringValue().contains(character)) {
                return SourceAttribute.of(node.getParent()).map(b -> new SourceLines().locate(b, codePoint));
            }
        }
        return Optional.empty();
    }

    /** Formats the diagnostics as one failure: a summary line, then one line each. */
    static String failure(List<Diagnostic> missing) {
        StringBuilder text = new StringBuilder(String.format(Locale.ROOT, "characters in %d place%s cannot be set in the fonts of styles/fop.xconf",
                missing.size(), missing.size() == 1 ? "" : "s"));
        missing.forEach(d -> text.append('\n').append(d));
        return text.toString();
    }
}
