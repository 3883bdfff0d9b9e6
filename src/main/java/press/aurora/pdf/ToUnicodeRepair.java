package press.aurora.pdf;

import com.ibm.icu.text.Normalizer2;
import java.awt.geom.GeneralPath;
import java.awt.geom.PathIterator;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.apache.fontbox.ttf.GlyphData;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.apache.pdfbox.pdmodel.DefaultResourceCache;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDCIDFontType2;
import org.apache.pdfbox.pdmodel.font.PDFontFactory;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.font.encoding.GlyphList;

/**
 * Gives back their letters to the glyphs that complex-script shaping chose. FOP maps a glyph that a
 * substitution produced (Vazirmatn's joined forms of ت, م, ی...) and that the font's cmap does not
 * reach to a private-use code (U+E000...) in the PDF's ToUnicode map: a reader copying the text, a
 * screen reader and the build's own text checks would lose those letters. For each such glyph this
 * finds the original font's glyph with the same outline, reads its character from the glyph's name
 * ({@code uniFE98.long} is U+FE98, a form of ت), and rewrites the map with the letter (ت). Glyphs it
 * cannot name keep their private-use code.
 */
public final class ToUnicodeRepair {

    private static final Normalizer2 NFKC = Normalizer2.getNFKCInstance();
    /** Outlines of the glyphs the cmap does not reach, per font file, read once per process. */
    private static final Map<Path, FontGlyphNames> FONTS = new ConcurrentHashMap<>();

    private final Path fontsFolder;

    /** @param fontsFolder the folder of the fonts FOP embeds (styles/fonts); searched for the original fonts */
    public ToUnicodeRepair(Path fontsFolder) {
        this.fontsFolder = fontsFolder;
    }

    /**
     * Rewrites the ToUnicode maps of a rendered document where a font maps glyphs to private-use codes
     * that can be named; call it before anything reads the document's text (PDFBox keeps the fonts it
     * has read).
     *
     * @return the number of glyphs given their letters; when more than 0, the document was changed
     */
    public int repair(PDDocument document) throws IOException {
        int repaired = 0;
        Set<COSStream> done = new HashSet<>();
        for (PDPage page : document.getPages()) {
            COSDictionary fonts = page.getResources() == null ? null
                    : page.getResources().getCOSObject().getCOSDictionary(COSName.FONT);
            if (fonts == null) {
                continue;
            }
            for (COSName name : fonts.keySet()) {
                if (fonts.getDictionaryObject(name) instanceof COSDictionary dictionary
                        && dictionary.getDictionaryObject(COSName.TO_UNICODE) instanceof COSStream map && done.add(map)
                        && PDFontFactory.createFont(dictionary) instanceof PDType0Font type0
                        && type0.getDescendantFont() instanceof PDCIDFontType2 cid) {
                    repaired += repair(type0, cid, map);
                }
            }
        }
        if (repaired > 0) {
            document.setResourceCache(new DefaultResourceCache());
        }
        return repaired;
    }

    private int repair(PDType0Font font, PDCIDFontType2 cid, COSStream map) throws IOException {
        TrueTypeFont subset = cid.getTrueTypeFont();
        int glyphs = subset.getNumberOfGlyphs();
        Map<Integer, String> unicode = new TreeMap<>();
        Set<Integer> privateUse = new HashSet<>();
        for (int code = 0; code < glyphs; code++) {
            String text = font.toUnicode(code);
            if (text != null) {
                unicode.put(code, text);
                if (text.codePoints().allMatch(ToUnicodeRepair::isPrivateUse)) {
                    privateUse.add(code);
                }
            }
        }
        if (privateUse.isEmpty()) {
            return 0;
        }
        Optional<FontGlyphNames> original = original(font.getName());
        if (original.isEmpty()) {
            return 0;
        }
        int repaired = 0;
        for (int code : privateUse) {
            GlyphData glyph = subset.getGlyph().getGlyph(cid.codeToGID(code));
            String text = glyph == null ? null : original.get().text(outline(glyph.getPath()));
            if (text != null) {
                unicode.put(code, text);
                repaired++;
            }
        }
        if (repaired > 0) {
            try (OutputStream out = map.createOutputStream(COSName.FLATE_DECODE)) {
                out.write(cmap(unicode).getBytes(StandardCharsets.US_ASCII));
            }
        }
        return repaired;
    }

    private static boolean isPrivateUse(int c) {
        return c >= 0xE000 && c <= 0xF8FF;
    }

    /** The font file in the fonts folder whose PostScript name is the subset's name without its tag. */
    private Optional<FontGlyphNames> original(String subsetName) throws IOException {
        String name = subsetName.replaceFirst("^[A-Z]{6}\\+", "");
        try (Stream<Path> files = Files.walk(fontsFolder)) {
            for (Path file : files.filter(f -> f.toString().toLowerCase(Locale.ROOT).endsWith(".ttf")).toList()) {
                FontGlyphNames names = FONTS.computeIfAbsent(file.toAbsolutePath(), ToUnicodeRepair::read);
                if (names.postScriptName().equals(name)) {
                    return Optional.of(names);
                }
            }
        }
        return Optional.empty();
    }

    private static FontGlyphNames read(Path file) {
        try (TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBufferedFile(file.toFile()))) {
            Map<String, String> byOutline = new HashMap<>();
            String[] names = font.getPostScript() == null ? null : font.getPostScript().getGlyphNames();
            var cmap = font.getUnicodeCmapLookup(false);
            for (int gid = 0; names != null && gid < Math.min(names.length, font.getNumberOfGlyphs()); gid++) {
                if (cmap != null && cmap.getCharCodes(gid) != null) {
                    continue;
                }
                String text = glyphText(names[gid]);
                GlyphData glyph = font.getGlyph().getGlyph(gid);
                if (text != null && glyph != null) {
                    byOutline.putIfAbsent(outline(glyph.getPath()), text);
                }
            }
            return new FontGlyphNames(font.getName(), Map.copyOf(byOutline));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read font " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * The characters a glyph name stands for (Adobe Glyph List rules: {@code uni0628}, {@code u1F600},
     * AGL names, {@code _} between ligature parts, a {@code .suffix} names a variant), as plain letters:
     * an Arabic presentation form is given as its letter (NFKC).
     */
    static String glyphText(String glyphName) {
        String base = glyphName.contains(".") ? glyphName.substring(0, glyphName.indexOf('.')) : glyphName;
        if (base.isEmpty()) {
            return null;
        }
        StringBuilder text = new StringBuilder();
        for (String part : base.split("_")) {
            String unicode = GlyphList.getAdobeGlyphList().toUnicode(part);
            if (unicode == null || unicode.codePoints().anyMatch(ToUnicodeRepair::isPrivateUse)) {
                return null;
            }
            text.append(unicode);
        }
        return NFKC.normalize(text);
    }

    /** A glyph's outline as text: its path segments and their coordinates. */
    private static String outline(GeneralPath path) {
        StringBuilder key = new StringBuilder();
        float[] points = new float[6];
        for (PathIterator it = path.getPathIterator(null); !it.isDone(); it.next()) {
            int type = it.currentSegment(points);
            key.append(type);
            int count = switch (type) {
                case PathIterator.SEG_MOVETO, PathIterator.SEG_LINETO -> 2;
                case PathIterator.SEG_QUADTO -> 4;
                case PathIterator.SEG_CUBICTO -> 6;
                default -> 0;
            };
            for (int i = 0; i < count; i++) {
                key.append(' ').append(Math.round(points[i]));
            }
            key.append(';');
        }
        return key.toString();
    }

    /** A ToUnicode CMap of two-byte codes (as FOP writes them) with one bfchar per code. */
    private static String cmap(Map<Integer, String> unicode) {
        StringBuilder cmap = new StringBuilder("""
                /CIDInit /ProcSet findresource begin
                12 dict begin
                begincmap
                /CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def
                /CMapName /Adobe-Identity-UCS def
                /CMapType 2 def
                1 begincodespacerange
                <0000> <FFFF>
                endcodespacerange
                """);
        var entries = unicode.entrySet().stream().toList();
        for (int start = 0; start < entries.size(); start += 100) {
            var block = entries.subList(start, Math.min(start + 100, entries.size()));
            cmap.append(block.size()).append(" beginbfchar\n");
            for (var entry : block) {
                cmap.append(String.format(Locale.ROOT, "<%04X> <", entry.getKey()));
                for (byte b : entry.getValue().getBytes(StandardCharsets.UTF_16BE)) {
                    cmap.append(String.format(Locale.ROOT, "%02X", b));
                }
                cmap.append(">\n");
            }
            cmap.append("endbfchar\n");
        }
        return cmap.append("""
                endcmap
                CMapName currentdict /CMap defineresource pop
                end
                end
                """).toString();
    }

    /** A font file's PostScript name and the characters of its uncmapped glyphs, by outline. */
    private record FontGlyphNames(String postScriptName, Map<String, String> byOutline) {
        String text(String outline) {
            return byOutline.get(outline);
        }
    }
}
