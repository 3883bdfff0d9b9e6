package press.aurora.pdf;

import java.util.ArrayList;
import java.util.List;

/**
 * Proves that a rendered PDF prints every letter of every message meant for it: each message is
 * looked for in the PDF's lines in drawing order as {@link PrintedLetters} describes (hyphenation,
 * line, column and page breaks, ligatures and capitals tolerated; no letter of the message skipped),
 * after the article's previous message, so that text printed twice (a pull quote repeats its
 * paragraph) cannot stand in for a lost copy. The texts of blocks placed apart (see
 * {@link ExpectedText#placedApart}) follow each other the same way, from the article's start. A message that is not found is reported with its words
 * from the first one missing.
 *
 * <p>Right-to-left text: PDFBox returns each line in logical order, so the comparison holds while
 * lines are drawn in reading order. Should a script's lines come back in another order, this is the
 * one place to compare differently for it (the message's words as a multiset within its page range).
 */
public final class NothingLostCheck {

    /** Words quoted from the lost part of a message. */
    private static final int QUOTED_WORDS = 12;
    /** Fewer words printed before the loss than this, and the message is quoted from its start. */
    private static final int MIN_WORDS_BEFORE = 3;

    private NothingLostCheck() {
    }

    /** The messages not printed whole in {@code lines} (a PDF's lines in drawing order), in the order given. */
    public static List<LostText> check(List<PdfTextLayout.TextLine> lines, List<ExpectedText> texts) {
        PrintedLetters printed = PrintedLetters.of(lines);
        List<LostText> lost = new ArrayList<>();
        String article = null;
        int[] from = new int[2]; // after the article's previous message: of its running text, of its blocks placed apart
        for (ExpectedText text : texts) {
            if (!text.articleId().equals(article)) {
                article = text.articleId();
                from = new int[2];
            }
            int flow = text.placedApart() ? 1 : 0;
            PrintedLetters.Target target = PrintedLetters.Target.of(text.runs());
            int end = printed.find(target, from[flow]);
            if (end >= 0) {
                from[flow] = end;
            } else {
                lost.add(new LostText(text, quote(text.text(), longestPrintedPrefix(printed, target, from[flow]))));
            }
        }
        return lost;
    }

    /** How many of the message's letters, from its start, are printed (fewer than all). */
    private static int longestPrintedPrefix(PrintedLetters printed, PrintedLetters.Target target, int from) {
        int found = 0;
        int missing = target.letters().length();
        while (missing - found > 1) {
            int middle = (found + missing) >>> 1;
            if (printed.find(target.prefix(middle), from) >= 0) {
                found = middle;
            } else {
                missing = middle;
            }
        }
        return found;
    }

    /** The words of {@code text} from the one holding letter {@code printedLetters} on, shortened. */
    private static String quote(String text, int printedLetters) {
        String[] words = text.strip().split("\\s+");
        int letters = 0;
        int first = 0;
        while (first < words.length && letters + PrintedText.letters(words[first]).length() <= printedLetters) {
            letters += PrintedText.letters(words[first]).length();
            first++;
        }
        if (first < MIN_WORDS_BEFORE) {
            first = 0; // a word or two found is no sign of where the message went missing
        }
        first = Math.min(first, words.length - 1);
        int last = Math.min(words.length, first + QUOTED_WORDS);
        String quoted = String.join(" ", java.util.Arrays.copyOfRange(words, first, last));
        return (first > 0 ? "…" : "") + quoted + (last < words.length ? "…" : "");
    }
}
