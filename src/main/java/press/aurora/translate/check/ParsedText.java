package press.aurora.translate.check;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import press.aurora.diag.ContentException;
import press.aurora.diag.SourcePosition;
import press.aurora.markdown.InlineMarkdown;
import press.aurora.model.InlineText;
import press.aurora.translate.WordCounter;

/**
 * A msgid or msgstr parsed once with the project's Markdown dialect, exactly as the build will print it, for
 * every check to read: its inlines and their {@link InlineFeatures}, or the problem that keeps it from being one
 * paragraph of printable text. An ICU pattern is not Markdown: it is kept {@linkplain #literal as it is}.
 *
 * @param markdown the text as written in the PO file
 * @param text     the parsed text; null when it does not parse or is an ICU pattern
 * @param features what Markdown put into the text; null when {@code text} is
 * @param problem  why it does not parse; null when it does, or is an ICU pattern
 */
public record ParsedText(String markdown, InlineText text, InlineFeatures features, ContentException problem) {

    /** Where parsed texts say they come from: the result does not depend on it, so one parse serves every PO entry. */
    private static final SourcePosition ANYWHERE = SourcePosition.of(Path.of("msgid"));

    public ParsedText {
        Objects.requireNonNull(markdown, "markdown");
    }

    /**
     * Parses {@code markdown} with the notes {@code noteLabels} defined. Only the Markdown and the labels shape the
     * result (the file and line of a problem are not part of it: a check reports at its own unit's position).
     */
    public static ParsedText parse(String markdown, Set<String> noteLabels) {
        try {
            InlineText text = InlineMarkdown.parse(markdown, ANYWHERE, noteLabels);
            return new ParsedText(markdown, text, InlineFeatures.of(text.inlines()), null);
        } catch (ContentException e) {
            return new ParsedText(markdown, null, null, e);
        }
    }

    /** An ICU MessageFormat pattern: not Markdown, its printed text is the pattern itself. */
    public static ParsedText literal(String pattern) {
        return new ParsedText(pattern, null, null, null);
    }

    /** The labels the checks parse a unit's msgid and msgstr with: those of the footnote references of both. */
    static Set<String> noteLabels(String msgid, String msgstr) {
        Set<String> labels = new HashSet<>(WordCounter.noteLabels(msgid));
        labels.addAll(WordCounter.noteLabels(msgstr));
        return labels;
    }

    /** Whether the text is one paragraph of printable Markdown. */
    public boolean parses() {
        return text != null;
    }

    /** The printed text as the checks compare it (a hard line break is a new line), or the raw text when it does not parse. */
    public String plain() {
        return features != null ? features.plainText() : markdown;
    }

    /** The printed text as words are counted ({@link InlineText#plainText()}), or the raw text when it does not parse. */
    public String wordText() {
        return text != null ? text.plainText() : markdown;
    }
}
