package press.aurora.pdf;

import java.util.List;
import java.util.Objects;
import press.aurora.diag.SourcePosition;

/**
 * A message meant to be printed: where it was written, and its text in runs. Between two runs the
 * PDF prints something of its own (a note number), so the runs follow each other with a few digits
 * allowed in between; within a run every letter must be printed, in order. The messages of one
 * article are printed in their order, but for those of blocks the layout places apart (a figure's
 * caption, a table's cells: the stylesheet may set them across the page at the top of the article),
 * which are in order among themselves; articles may be placed in any order.
 *
 * @param articleId the article the message belongs to
 * @param position  where the message is written (the article's Markdown)
 * @param runs      the printed text, split where the PDF adds note numbers
 * @param detail    said after the quotation when the text is lost, e.g. where its translation is; may be empty
 * @param placedApart the text of a block the layout may place apart from the article's running text
 */
public record ExpectedText(String articleId, SourcePosition position, List<String> runs, String detail,
                           boolean placedApart) {

    public ExpectedText {
        Objects.requireNonNull(articleId, "articleId");
        Objects.requireNonNull(position, "position");
        runs = List.copyOf(runs);
        Objects.requireNonNull(detail, "detail");
    }

    /** A message of the article's running text. */
    public ExpectedText(String articleId, SourcePosition position, List<String> runs, String detail) {
        this(articleId, position, runs, detail, false);
    }

    /** The text as one string, runs separated by a space. */
    public String text() {
        return String.join(" ", runs);
    }
}
