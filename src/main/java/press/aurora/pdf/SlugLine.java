package press.aurora.pdf;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TTFSubsetter;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The slug line: a label (file and edition) and the page number, set small in the slug below the
 * BleedBox, between the crop marks, so the press can tell plates apart; it is cut off with the slug.
 *
 * <p>The font is embedded (a subset): an unembedded font, even one of the standard 14, fails
 * preflight. The subset is made and embedded at once ({@link #embed}), not when the document is
 * saved, so that preflight, which reads the document in memory before it is saved, sees it embedded.
 */
final class SlugLine {

    /** Type size in points: readable on a plate, small enough for a 10 mm slug. */
    static final float SIZE = 6;
    /** Space kept clear on each side, next to the vertical crop marks at the trim edges. */
    static final double INDENT_MM = 3;

    /** The tables a subset needs to be set and embedded; the layout tables (GSUB, GPOS, kern) are left out. */
    private static final List<String> SUBSET_TABLES =
            List.of("head", "hhea", "loca", "maxp", "glyf", "hmtx", "cmap", "OS/2", "post", "name");

    private final PDType0Font font;
    private final String label;

    SlugLine(PDType0Font font, String label) {
        this.font = font;
        this.label = label;
        try {
            font.getStringWidth(text(1, 1));
        } catch (IllegalArgumentException | IOException e) {
            throw new PrinterMarksException("the slug font " + font.getName().substring(font.getName().indexOf('+') + 1) + " cannot set the slug label \""
                    + label + "\": " + e.getMessage());
        }
    }

    /** The characters of every slug line with this label, whatever its page numbers. */
    private static String characters(String label) {
        return label + " \u00b7 page of 0123456789";
    }

    /** The TrueType font file as a subset holding the glyphs of the slug lines with this label, embedded in the document. */
    static PDType0Font embed(PDDocument document, Path trueTypeFont, String label) throws IOException {
        try (TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBufferedFile(trueTypeFont.toFile()))) {
            TTFSubsetter subsetter = new TTFSubsetter(font, SUBSET_TABLES);
            String characters = characters(label);
            characters.codePoints().forEach(subsetter::add);
            subsetter.setPrefix(subsetTag(characters));
            ByteArrayOutputStream subset = new ByteArrayOutputStream();
            subsetter.writeToStream(subset);
            return PDType0Font.load(document, new ByteArrayInputStream(subset.toByteArray()), false);
        }
    }

    /** Six capital letters naming the subset, as the PDF reference asks ({@code ABCDEF+}), the same for the same glyphs. */
    private static String subsetTag(String characters) {
        long hash = characters.codePoints().sorted().distinct().asLongStream().reduce(17, (h, c) -> h * 31 + c);
        StringBuilder tag = new StringBuilder();
        for (int i = 0; i < 6; i++) {
            tag.append((char) ('A' + Math.floorMod(hash, 26)));
            hash /= 26;
        }
        return tag.append('+').toString();
    }

    /** {@code uk.pdf · United Kingdom · page 2 of 8}. */
    String text(int page, int pages) {
        return label + " \u00b7 page " + page + " of " + pages;
    }

    /** Draws the slug line of a page; returns its text. */
    String draw(PDPageContentStream content, PageBoxes boxes, int pages) throws IOException {
        String text = text(boxes.page(), pages);
        float ascent = font.getFontDescriptor().getAscent() / 1000 * SIZE;
        float descent = -font.getFontDescriptor().getDescent() / 1000 * SIZE;
        float gap = CropMarks.points(CropMarks.GAP_MM);
        if (boxes.slugBottom() < gap + ascent + descent) {
            throw new PrinterMarksException("page " + boxes.page() + ": the slug below the BleedBox is "
                    + PageBoxes.mm(boxes.slugBottom()) + " mm, too little for the slug line ("
                    + PageBoxes.mm(gap + ascent + descent) + " mm): render with a larger fox:crop-offset");
        }
        float indent = CropMarks.points(INDENT_MM);
        float width = font.getStringWidth(text) / 1000 * SIZE;
        if (width > boxes.trim().getWidth() - 2 * indent) {
            throw new PrinterMarksException("page " + boxes.page() + ": the slug line \"" + text + "\" is "
                    + PageBoxes.mm(width) + " mm long, wider than the page: shorten the label");
        }
        content.beginText();
        content.setFont(font, SIZE);
        content.newLineAtOffset(boxes.trim().getLowerLeftX() + indent, boxes.bleed().getLowerLeftY() - gap - ascent);
        content.showText(text);
        content.endText();
        return text;
    }
}
