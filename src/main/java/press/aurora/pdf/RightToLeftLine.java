package press.aurora.pdf;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.text.Bidi;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.text.TextPosition;

/**
 * One printed line of a right-to-left document, read in reading order. PDFBox guesses a line's
 * direction from its first strong letter as drawn and keeps the glyphs in drawing order, so a Persian
 * line that ends with a Latin word, holds only digits ("۱۹۱۷–۲۰۱۷") or has a list label beside its
 * text comes back out of order. This lays the line's glyphs out left to right as they stand on the
 * page (a word break where a gap is wider than a fifth of the type size), keeps each mark with the
 * letter it is drawn over, and reads the result with the Unicode bidirectional algorithm for a
 * right-to-left paragraph (ICU). Known limit: a percent sign after a number that ends a line comes
 * back before the number (٪۶۴٫۵); signs are no letters, so the nothing-lost check is not affected.
 */
final class RightToLeftLine {

    /** A gap wider than this share of the type size between two glyphs is a word break. */
    private static final double WORD_GAP = 0.2;
    /** Points by which a space may reach into a letter's box and still stand beside it. */
    private static final double TOUCH = 0.05;
    /** A mark left after a space has lost its letter: the one before the space (PDFBox merged it into the space). */
    private static final Pattern ORPHAN_MARKS = Pattern.compile("(\\s)(\\p{Mn}+)");

    /** Latin letters and European digits, with anything but Arabic script between them. */
    private static final Pattern LATIN_RUN = Pattern.compile("[\\p{IsLatin}0-9](?:[^\\p{IsArabic}]*[\\p{IsLatin}0-9])?");

    private final List<TextPosition> glyphs = new ArrayList<>();

    void add(List<TextPosition> positions) {
        glyphs.addAll(positions);
    }

    void clear() {
        glyphs.clear();
    }

    String readingOrder() {
        List<TextPosition> letters = new ArrayList<>();
        List<TextPosition> marks = new ArrayList<>();
        for (TextPosition glyph : glyphs) {
            if (!isSpaceOverALetter(glyph)) {
                (isMarks(glyph.getUnicode()) ? marks : letters).add(glyph);
            }
        }
        letters.sort(Comparator.comparingDouble(TextPosition::getXDirAdj));
        List<StringBuilder> texts = new ArrayList<>();
        letters.forEach(letter -> texts.add(new StringBuilder(baseFirst(letter.getUnicode()))));
        for (TextPosition mark : marks) {
            int letter = under(letters, mark);
            if (letter >= 0) {
                texts.get(letter).append(mark.getUnicode());
            }
        }
        StringBuilder visual = new StringBuilder();
        for (int i = 0; i < letters.size(); i++) {
            if (i > 0 && gap(letters.get(i - 1), letters.get(i)) && !texts.get(i).toString().isBlank()
                    && !texts.get(i - 1).toString().isBlank()) {
                visual.append(' ');
            }
            visual.append(texts.get(i));
        }
        Bidi bidi = new Bidi();
        bidi.setPara(embedLatinRuns(visual.toString()), Bidi.RTL, null);
        String logical = bidi.writeReordered(Bidi.DO_MIRRORING | Bidi.KEEP_BASE_COMBINING | Bidi.REMOVE_BIDI_CONTROLS);
        return letters(ORPHAN_MARKS.matcher(logical).replaceAll("$2$1"));
    }

    /** Presentation forms (a letter's joined shapes: U+FB1D–U+FDFF, U+FE70–U+FEFF) as their letters, as PDFBox gives them. */
    private static String letters(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            if (c >= 0xFB1D && c <= 0xFDFF || c >= 0xFE70 && c <= 0xFEFF) {
                out.append(Normalizer.normalize(new String(Character.toChars(c)), Normalizer.Form.NFKC));
            } else {
                out.appendCodePoint(c);
            }
        });
        return out.toString();
    }

    /**
     * Latin text as drawn is already in reading order: each run of it (with the digits and punctuation
     * inside it) is embedded left to right, so that a number that a line break parted from the Latin
     * word before it ("3.0 Unported" at a line's start) stays where it was drawn.
     */
    private static String embedLatinRuns(String visual) {
        return LATIN_RUN.matcher(visual).replaceAll(run -> run.group().codePoints().anyMatch(c -> UCharacter.isLetter(c))
                ? Matcher.quoteReplacement("\u202A" + run.group() + "\u202C") : Matcher.quoteReplacement(run.group()));
    }

    /**
     * A space that starts inside a letter's box was drawn with no advance (FOP sets one before a number
     * in tagged PDFs): it separates nothing, and sorted by position it would split the number it overlaps.
     */
    private boolean isSpaceOverALetter(TextPosition glyph) {
        if (!glyph.getUnicode().isBlank()) {
            return false;
        }
        double x = glyph.getXDirAdj();
        return glyphs.stream().anyMatch(letter -> !letter.getUnicode().isBlank()
                && x > letter.getXDirAdj() - TOUCH && x < letter.getXDirAdj() + letter.getWidthDirAdj() - TOUCH);
    }

    private static boolean gap(TextPosition before, TextPosition after) {
        double end = before.getXDirAdj() + before.getWidthDirAdj();
        return after.getXDirAdj() - end > WORD_GAP * Math.max(after.getFontSizeInPt(), before.getFontSizeInPt());
    }

    /** The letter whose box holds the mark's middle, else the nearest one; -1 when the line has none. */
    private static int under(List<TextPosition> letters, TextPosition mark) {
        double middle = mark.getXDirAdj() + mark.getWidthDirAdj() / 2;
        int nearest = -1;
        double distance = Double.MAX_VALUE;
        for (int i = 0; i < letters.size(); i++) {
            TextPosition letter = letters.get(i);
            double from = letter.getXDirAdj();
            double to = from + letter.getWidthDirAdj();
            double d = middle < from ? from - middle : middle > to ? middle - to : 0;
            if (d < distance && !letter.getUnicode().isBlank()) {
                distance = d;
                nearest = i;
            }
        }
        return nearest;
    }

    private static boolean isMarks(String text) {
        return !text.isEmpty() && text.codePoints().allMatch(RightToLeftLine::isMark);
    }

    private static boolean isMark(int c) {
        int type = UCharacter.getType(c);
        return type == UCharacter.NON_SPACING_MARK || type == UCharacter.ENCLOSING_MARK;
    }

    /**
     * A glyph's text with its letter before its marks: PDFBox merges a diacritic into its letter's
     * position and, in right-to-left text, puts the mark first.
     */
    private static String baseFirst(String glyph) {
        if (glyph.length() < 2) {
            return glyph;
        }
        StringBuilder letters = new StringBuilder();
        StringBuilder marks = new StringBuilder();
        glyph.codePoints().forEach(c -> (isMark(c) ? marks : letters).appendCodePoint(c));
        return letters.append(marks).toString();
    }
}
