package press.aurora.markdown;

import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ext.footnotes.FootnoteBlock;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import java.util.List;
import java.util.Set;
import press.aurora.diag.ContentException;
import press.aurora.diag.SourcePosition;
import press.aurora.model.Inline;
import press.aurora.model.InlineText;

/**
 * Parses a single run of inline Markdown (a front-matter field, a translated msgstr) with the
 * project's dialect, so it prints exactly like the same text inside an article. Prose with nothing but emphasis
 * for markup ({@link SimpleInline}) is read without building a Flexmark document: the same result, cheaper.
 */
public final class InlineMarkdown {

    private InlineMarkdown() {
    }

    /**
     * @param noteLabels labels of the article's notes, so that {@code [^label]} references resolve
     * @return the parsed text; empty Markdown gives no inlines
     * @throws ContentException when the text is more than one paragraph
     */
    public static InlineText parse(String markdown, SourcePosition position, Set<String> noteLabels) {
        List<Inline> simple = SimpleInline.read(markdown.strip());
        if (simple != null) {
            return new InlineText(markdown, QuotePairing.pair(simple), position);
        }
        return parseWithFlexmark(markdown, position, noteLabels);
    }

    /** {@link #parse} through a Flexmark document, whatever the text. */
    static InlineText parseWithFlexmark(String markdown, SourcePosition position, Set<String> noteLabels) {
        StringBuilder source = new StringBuilder(markdown.strip());
        if (!noteLabels.isEmpty()) {
            source.append("\n");
            for (String label : noteLabels) {
                source.append("\n[^").append(label).append("]: note\n");
            }
        }
        Document document = MarkdownDialect.get().parse(source.toString());
        Node first = document.getFirstChild();
        if (first == null || markdown.isBlank()) {
            return new InlineText(markdown, List.of(), position);
        }
        Node next = first.getNext();
        boolean more = next != null && !(next instanceof FootnoteBlock);
        if (!(first instanceof Paragraph) || more) {
            throw ContentException.at(position, "not-inline",
                    "expected one paragraph of text, found " + InlineConverter.describe(first)
                            + (more ? " followed by " + (isParagraph(next) ? "more paragraphs" : "a " + InlineConverter.describe(next)) : ""));
        }
        InlineConverter converter = new InlineConverter(position.file(), Math.max(0, position.line() - 1));
        return new InlineText(markdown, converter.convert(first), position);
    }

    private static boolean isParagraph(Node node) {
        return node instanceof Paragraph;
    }
}
