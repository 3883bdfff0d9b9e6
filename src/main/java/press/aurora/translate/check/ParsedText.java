package press.aurora.translate.check;

import java.util.HashSet;
import java.util.Set;
import press.aurora.diag.ContentException;
import press.aurora.markdown.InlineMarkdown;
import press.aurora.model.InlineText;
import press.aurora.translate.WordCounter;

/** msgid and msgstr parsed with the project's Markdown dialect, exactly as the build will print them. */
final class ParsedText {

    private ParsedText() {
    }

    /** The parsed text; a {@link ContentException} says why it is not one paragraph of printable inline text. */
    static InlineText parse(TranslationUnit unit, String markdown) {
        Set<String> labels = new HashSet<>(WordCounter.noteLabels(unit.msgid()));
        labels.addAll(WordCounter.noteLabels(unit.msgstr()));
        return InlineMarkdown.parse(markdown, unit.position(), labels);
    }

    /** The printed text of msgid or msgstr, or the raw text when it does not parse (another check says so). */
    static String plain(TranslationUnit unit, String markdown) {
        if (unit.isIcu()) {
            return markdown;
        }
        try {
            return InlineFeatures.of(parse(unit, markdown).inlines()).plainText();
        } catch (ContentException e) {
            return markdown;
        }
    }
}
