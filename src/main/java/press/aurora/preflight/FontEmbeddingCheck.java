package press.aurora.preflight;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * Every font the pages use is embedded, so the press prints the letters the designer chose. This
 * covers fonts in form XObjects, patterns and Type3 glyphs, and looks through a Type0 font to its
 * descendant CIDFont, which holds the font file. A Type3 font is its own glyph procedures and so
 * always embedded. An unembedded standard 14 font is no exception: the printer would substitute
 * its own Helvetica or Times, with other metrics.
 *
 * <p>Each font is reported once, on the first page that uses it.
 */
final class FontEmbeddingCheck implements PreflightCheck {

    static final String ID = "font-not-embedded";

    private static final Set<String> STANDARD_14 = Stream.of(Standard14Fonts.FontName.values())
            .map(Standard14Fonts.FontName::getName)
            .collect(Collectors.toUnmodifiableSet());
    private static final List<COSName> FONT_FILES = List.of(COSName.FONT_FILE, COSName.FONT_FILE2, COSName.FONT_FILE3);

    @Override
    public List<PreflightFinding> check(CheckedPdf pdf) {
        List<PreflightFinding> findings = new ArrayList<>();
        Map<COSDictionary, Boolean> reported = new IdentityHashMap<>();
        for (CheckedPdf.NumberedPage page : pdf.pages()) {
            for (COSDictionary font : PageFonts.of(page.page())) {
                if (reported.put(font, Boolean.TRUE) == null && !isEmbedded(font)) {
                    findings.add(pdf.error(page.number(), ID, describe(font) + " is not embedded"));
                }
            }
        }
        return findings;
    }

    static boolean isEmbedded(COSDictionary font) {
        COSName subtype = font.getCOSName(COSName.SUBTYPE);
        if (COSName.TYPE3.equals(subtype)) {
            return true;
        }
        COSDictionary described = COSName.TYPE0.equals(subtype) ? descendant(font) : font;
        COSDictionary descriptor = described == null ? null : described.getCOSDictionary(COSName.FONT_DESC);
        return descriptor != null && FONT_FILES.stream().anyMatch(file -> descriptor.getCOSStream(file) != null);
    }

    private static COSDictionary descendant(COSDictionary type0) {
        COSArray descendants = type0.getCOSArray(COSName.DESCENDANT_FONTS);
        if (descendants == null || descendants.size() == 0) {
            return null;
        }
        return descendants.getObject(0) instanceof COSDictionary cidFont ? cidFont : null;
    }

    /** {@code standard font "Helvetica"} or {@code font "Arial" (TrueType)}. */
    private static String describe(COSDictionary font) {
        String name = font.getNameAsString(COSName.BASE_FONT);
        if (name != null && STANDARD_14.contains(name)) {
            return "standard font \"" + name + "\"";
        }
        String subtype = font.getNameAsString(COSName.SUBTYPE);
        COSDictionary descendant = COSName.TYPE0.equals(font.getCOSName(COSName.SUBTYPE)) ? descendant(font) : null;
        if (descendant != null && descendant.getNameAsString(COSName.SUBTYPE) != null) {
            subtype += "/" + descendant.getNameAsString(COSName.SUBTYPE);
        }
        return "font \"" + FontNames.display(name) + "\" (" + subtype + ")";
    }
}
