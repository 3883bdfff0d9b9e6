package press.aurora.preflight;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDPage;

/**
 * The font dictionaries a page can show text with: those in its resources and, recursively, in the
 * resources of its form XObjects, tiling patterns, soft-mask groups and Type3 fonts.
 *
 * <p>Read at the COS level so that finding a font never loads it (loading an unembedded font makes
 * PDFBox look for a substitute on the system, which is slow and beside the point here).
 */
final class PageFonts {

    private final Map<COSDictionary, Boolean> visited = new IdentityHashMap<>();
    private final List<COSDictionary> fonts = new ArrayList<>();

    private PageFonts() {
    }

    /** The page's fonts in the order first met, each once. */
    static List<COSDictionary> of(PDPage page) {
        PageFonts walk = new PageFonts();
        walk.resources(page.getResources() == null ? null : page.getResources().getCOSObject());
        return List.copyOf(walk.fonts);
    }

    private void resources(COSDictionary resources) {
        if (resources == null || visited.put(resources, Boolean.TRUE) != null) {
            return;
        }
        for (COSDictionary font : values(resources.getCOSDictionary(COSName.FONT))) {
            font(font);
        }
        for (COSDictionary xObject : values(resources.getCOSDictionary(COSName.XOBJECT))) {
            if (xObject instanceof COSStream && COSName.FORM.equals(xObject.getCOSName(COSName.SUBTYPE))) {
                resources(xObject.getCOSDictionary(COSName.RESOURCES));
            }
        }
        for (COSDictionary pattern : values(resources.getCOSDictionary(COSName.PATTERN))) {
            resources(pattern.getCOSDictionary(COSName.RESOURCES));
        }
        for (COSDictionary graphicsState : values(resources.getCOSDictionary(COSName.EXT_G_STATE))) {
            COSDictionary softMask = graphicsState.getCOSDictionary(COSName.SMASK);
            COSDictionary group = softMask == null ? null : softMask.getCOSDictionary(COSName.G);
            if (group != null) {
                resources(group.getCOSDictionary(COSName.RESOURCES));
            }
        }
    }

    private void font(COSDictionary font) {
        if (visited.put(font, Boolean.TRUE) != null) {
            return;
        }
        fonts.add(font);
        if (COSName.TYPE3.equals(font.getCOSName(COSName.SUBTYPE))) {
            resources(font.getCOSDictionary(COSName.RESOURCES));
        }
    }

    /** The dictionary-valued entries of a resource category such as /Font or /XObject. */
    private static List<COSDictionary> values(COSDictionary category) {
        if (category == null) {
            return List.of();
        }
        List<COSDictionary> values = new ArrayList<>();
        for (COSName key : category.keySet()) {
            COSBase value = category.getDictionaryObject(key);
            if (value instanceof COSDictionary dictionary) {
                values.add(dictionary);
            }
        }
        return values;
    }
}
