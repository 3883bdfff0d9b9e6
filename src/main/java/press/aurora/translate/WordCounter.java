package press.aurora.translate;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.text.MessagePattern;
import com.ibm.icu.util.ULocale;
import java.nio.file.Path;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import press.aurora.diag.ContentException;
import press.aurora.diag.SourcePosition;
import press.aurora.markdown.InlineMarkdown;

/**
 * Counts words as ICU's word break rules see them ({@link BreakIterator#getWordInstance}): a word is a segment
 * of letters, numbers, kana or ideographs, so punctuation and spaces never count and any script counts right
 * (Chinese or Thai words are found by dictionary, not by spaces). A message's words are those of its printed
 * text: Markdown markup, link targets and footnote labels, or an ICU pattern's argument syntax, are not words.
 */
public final class WordCounter {

    private static final Pattern NOTE_REF = Pattern.compile("\\[\\^([^\\]\\s]+)]");
    private static final SourcePosition NOWHERE = SourcePosition.of(Path.of("msgid"));
    /** One break iterator per thread, set to each text in turn: making one (ICU clones its rules) cost more than the counting. */
    private static final ThreadLocal<BreakIterator> WORDS = ThreadLocal.withInitial(() -> BreakIterator.getWordInstance(ULocale.ROOT));

    private WordCounter() {
    }

    /** Words of plain text. */
    public static int count(String text) {
        BreakIterator words = WORDS.get();
        words.setText(text);
        int count = 0;
        words.first();
        for (int end = words.next(); end != BreakIterator.DONE; end = words.next()) {
            if (words.getRuleStatus() != BreakIterator.WORD_NONE) {
                count++;
            }
        }
        return count;
    }

    /** Words of a message: of its printed text for Markdown, of its literal text for an ICU pattern. */
    public static int countMessage(String text, boolean icu) {
        return count(icu ? icuLiteralText(text) : plainText(text));
    }

    /** The text a Markdown message prints (its raw text when it does not parse). */
    public static String plainText(String markdown) {
        try {
            return InlineMarkdown.parse(markdown, NOWHERE, noteLabels(markdown)).plainText();
        } catch (ContentException e) {
            return markdown;
        }
    }

    /** The labels of the footnote references {@code [^label]} in a Markdown text. */
    public static Set<String> noteLabels(String markdown) {
        if (!markdown.contains("[^")) {
            return Set.of();
        }
        return NOTE_REF.matcher(markdown).results().map(m -> m.group(1)).collect(Collectors.toSet());
    }

    /** The literal text of an ICU MessageFormat pattern, every branch of plural and select included. */
    static String icuLiteralText(String pattern) {
        MessagePattern parsed;
        try {
            parsed = new MessagePattern(pattern);
        } catch (IllegalArgumentException e) {
            return pattern.replaceAll("[{}]", " ");
        }
        StringBuilder text = new StringBuilder();
        for (int i = 0; i + 1 < parsed.countParts(); i++) {
            MessagePattern.Part part = parsed.getPart(i);
            MessagePattern.Part.Type type = part.getType();
            if (type == MessagePattern.Part.Type.MSG_START || type == MessagePattern.Part.Type.SKIP_SYNTAX
                    || type == MessagePattern.Part.Type.INSERT_CHAR || type == MessagePattern.Part.Type.REPLACE_NUMBER
                    || type == MessagePattern.Part.Type.ARG_LIMIT) {
                int end = parsed.getPart(i + 1).getIndex();
                if (end > part.getLimit()) {
                    text.append(pattern, part.getLimit(), end).append(' ');
                }
            }
        }
        return text.toString();
    }
}
