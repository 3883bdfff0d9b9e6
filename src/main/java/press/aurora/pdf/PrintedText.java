package press.aurora.pdf;

import com.ibm.icu.lang.UCharacter;
import java.text.Normalizer;
import java.util.regex.Pattern;

/**
 * The one rule by which text read back from a PDF and the text that was meant to be printed are
 * compared. Both sides are reduced to what survives typesetting: compatibility forms unfolded
 * (ligatures such as U+FB01 become "fi"), case folded (kickers and run-ins are printed in capitals,
 * German ß in capitals is "SS", Turkish ı and i are one letter, as capitals print both as I), hyphens dropped (also those hyphenation adds at line ends), invisible
 * format characters dropped (the Persian zero-width non-joiner in می‌خواهیم, bidi marks), accents and other marks
 * set over or under a letter dropped (a font places a combining tilde over its n, and text extraction, which
 * orders glyphs by where they are drawn, may read it before the n or after the next letter), digits of every
 * script read as European digits (Persian ۱۹۱۷ is 1917: the edition's typography may write a number in
 * the locale's digits), and every other character that is not a letter, mark or digit treated as a word break.
 */
public final class PrintedText {

    /**
     * A hyphen at a line end, or before a space and a small letter: the end of a column whose next
     * column starts on the same baseline (a balanced block of few lines), which text extraction puts
     * on one line. The same rule applies to the source text, so a suspended hyphen compares equal.
     */
    private static final Pattern LINE_END_HYPHEN = Pattern.compile("[-\u00AD\u2010\u2011](\\s*\\R\\s*|[ \\t]+(?=\\p{Ll}))");
    private static final Pattern HYPHEN = Pattern.compile("[-\u00AD\u2010\u2011]");
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{M}\\p{N}]+");
    private static final Pattern FORMAT = Pattern.compile("\\p{Cf}");
    /** Nonspacing and enclosing marks, once letters are decomposed (é is e and U+0301). */
    private static final Pattern MARK_OVER_OR_UNDER = Pattern.compile("[\\p{Mn}\\p{Me}]");
    /** Turkish ı (İ is I with a dot above, a mark). Capitals print both as I or İ. */
    private static final Pattern DOTLESS_I = Pattern.compile("\u0131");

    private PrintedText() {
    }

    /** Folded words separated by single spaces, e.g. {@code "Work-\ners’ ﬁght"} gives {@code "workers fight"}. */
    public static String words(String text) {
        String decomposed = Normalizer.normalize(FORMAT.matcher(text).replaceAll(""), Normalizer.Form.NFKD);
        String unfolded = europeanDigits(MARK_OVER_OR_UNDER.matcher(decomposed).replaceAll(""));
        String joined = HYPHEN.matcher(LINE_END_HYPHEN.matcher(unfolded).replaceAll("")).replaceAll("");
        String folded = DOTLESS_I.matcher(UCharacter.foldCase(joined, true)).replaceAll("i");
        return NOT_WORD.matcher(folded).replaceAll(" ").strip();
    }

    /**
     * The folded letters, marks and digits only, without spaces: word breaks differ between a source
     * and its printed lines (hyphenation, line ends), the letters do not.
     */
    public static String letters(String text) {
        return words(text).replace(" ", "");
    }

    private static String europeanDigits(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(c -> out.appendCodePoint(UCharacter.isDigit(c) ? '0' + UCharacter.digit(c) : c));
        return out.toString();
    }
}
