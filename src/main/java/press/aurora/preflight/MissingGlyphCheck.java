package press.aurora.preflight;

import java.io.IOException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.font.PDCIDFontType2;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDTrueTypeFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.font.PDVectorFont;
import org.apache.pdfbox.util.Matrix;
import org.apache.pdfbox.util.Vector;

/**
 * Text the renderer could not set in its font. Two marks of that are visible in the PDF:
 * <ul>
 *   <li>a shown glyph that the embedded font lacks, which prints the font's .notdef glyph (glyph id
 *       0, usually an empty box); FOP does this for OpenType/CFF fonts;</li>
 *   <li>for embedded TrueType fonts that still carry a Unicode cmap: the font's {@code #} glyph
 *       shown for a character (per ToUnicode) that the font has no glyph for. FOP puts {@code #} in
 *       place of characters its TrueType fonts lack.</li>
 * </ul>
 * FOP's own TrueType subsets carry no cmap, so its {@code #} replacements in them cannot be told
 * from a real {@code #} here; FOP's missing-glyph event at render time is the place to catch those.
 * Unembedded fonts are left to {@link FontEmbeddingCheck}.
 */
final class MissingGlyphCheck implements ContentCheck {

    static final String ID = "missing-glyph";

    /** How many characters one finding names before it only counts the rest. */
    private static final int CHARACTERS_NAMED = 8;

    @Override
    public ContentWatcher watcher(CheckedPdf pdf) {
        return new GlyphWatcher(pdf);
    }

    private static String list(Set<String> characters) {
        List<String> named = characters.stream().limit(CHARACTERS_NAMED).toList();
        int more = characters.size() - named.size();
        return String.join(", ", named) + (more > 0 ? " and " + more + " more" : "");
    }

    private static final class GlyphWatcher extends ContentWatcher {

        private final CheckedPdf pdf;
        /** Font name to the characters it printed as .notdef on this page, in order of appearance. */
        private final Map<String, Set<String>> notdef = new LinkedHashMap<>();
        /** Font name to the characters it printed as its '#' glyph on this page. */
        private final Map<String, Set<String>> hashed = new LinkedHashMap<>();
        private final Map<PDFont, Optional<CmapLookup>> cmaps = new HashMap<>();

        GlyphWatcher(CheckedPdf pdf) {
            this.pdf = pdf;
        }

        @Override
        void startPage(int number) {
            notdef.clear();
            hashed.clear();
        }

        @Override
        void endPage() {
            notdef.forEach((font, characters) -> report(pdf.error(page(), ID,
                    "font \"" + font + "\" has no glyph for " + list(characters) + ": its .notdef glyph is printed")));
            hashed.forEach((font, characters) -> report(pdf.error(page(), ID,
                    "font \"" + font + "\" has no glyph for " + list(characters) + ": \"#\" is printed instead")));
        }

        /** Unlike the other checks, this one needs the glyphs. */
        @Override
        boolean wantsGlyphs() {
            return true;
        }

        @Override
        void glyph(Matrix textRenderingMatrix, PDFont font, int code, Vector displacement) throws IOException {
            if (!font.isEmbedded() || !(font instanceof PDVectorFont vectorFont)) {
                return;
            }
            String unicode = font.toUnicode(code);
            if (!vectorFont.hasGlyph(code)) {
                record(notdef, font, character(unicode, code));
            } else if (printsHashInstead(font, code, unicode)) {
                record(hashed, font, character(unicode, code));
            }
        }

        private boolean printsHashInstead(PDFont font, int code, String unicode) throws IOException {
            if (unicode == null || unicode.equals("#") || unicode.codePointCount(0, unicode.length()) != 1) {
                return false;
            }
            Optional<CmapLookup> cmap = cmap(font);
            if (cmap.isEmpty()) {
                return false;
            }
            int hashGlyph = cmap.get().getGlyphId('#');
            return hashGlyph != 0
                    && glyphId(font, code) == hashGlyph
                    && cmap.get().getGlyphId(unicode.codePointAt(0)) == 0;
        }

        private Optional<CmapLookup> cmap(PDFont font) throws IOException {
            Optional<CmapLookup> known = cmaps.get(font);
            if (known == null) {
                TrueTypeFont trueType = trueTypeOf(font);
                known = Optional.ofNullable(trueType == null ? null : trueType.getUnicodeCmapLookup(false));
                cmaps.put(font, known);
            }
            return known;
        }

        private static TrueTypeFont trueTypeOf(PDFont font) {
            if (font instanceof PDTrueTypeFont trueType) {
                return trueType.getTrueTypeFont();
            }
            if (font instanceof PDType0Font type0 && type0.getDescendantFont() instanceof PDCIDFontType2 cidFont) {
                return cidFont.getTrueTypeFont();
            }
            return null;
        }

        private static int glyphId(PDFont font, int code) throws IOException {
            if (font instanceof PDTrueTypeFont trueType) {
                return trueType.codeToGID(code);
            }
            return font instanceof PDType0Font type0 ? type0.codeToGID(code) : -1;
        }

        private static void record(Map<String, Set<String>> into, PDFont font, String character) {
            into.computeIfAbsent(FontNames.display(font.getName()), name -> new LinkedHashSet<>()).add(character);
        }

        /** {@code "Ж" (U+0416)}, or {@code code 0} when the PDF does not say which character it is. */
        private static String character(String unicode, int code) {
            if (unicode == null || unicode.isEmpty()) {
                return "code " + code;
            }
            StringBuilder points = new StringBuilder();
            unicode.codePoints().forEach(point -> points.append(points.length() == 0 ? "" : " ")
                    .append(String.format(Locale.ROOT, "U+%04X", point)));
            return "\"" + unicode + "\" (" + points + ")";
        }
    }
}
