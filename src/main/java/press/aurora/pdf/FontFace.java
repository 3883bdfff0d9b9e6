package press.aurora.pdf;

import java.nio.file.Path;
import java.util.Objects;
import org.apache.fontbox.ttf.CmapLookup;

/**
 * One font of styles/fop.xconf as FOP selects it (family, style, weight) with the characters its file
 * maps to glyphs.
 */
record FontFace(String family, String style, int weight, Path file, String postScriptName, CmapLookup characters) {

    FontFace {
        Objects.requireNonNull(family, "family");
        Objects.requireNonNull(style, "style");
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(characters, "characters");
    }

    /** Whether the font has a glyph for this character (glyph 0 is the missing-glyph box). */
    boolean has(int codePoint) {
        return characters.getGlyphId(codePoint) > 0;
    }

    /** {@code NotoSerif-Bold (styles/fonts/noto-serif/NotoSerif-Bold.ttf)}: FOP's name for it and its file. */
    String describe() {
        return postScriptName + " (" + press.aurora.diag.SourcePosition.displayPath(file) + ")";
    }
}
