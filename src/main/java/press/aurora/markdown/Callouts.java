package press.aurora.markdown;

import com.vladsch.flexmark.ast.BlockQuote;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import press.aurora.diag.ContentException;
import press.aurora.diag.SourcePosition;
import press.aurora.image.ImageIdentifier;
import press.aurora.image.ImageLocator;
import press.aurora.model.Block;
import press.aurora.model.FigureWidth;
import press.aurora.model.ImageFile;
import press.aurora.model.InlineText;

/**
 * The newspaper blocks that plain Markdown lacks, written in the block-quote "alert" syntax
 * ({@code > [!pullquote]}, {@code > [!sidebar] Title}), and figures: an image alone on the first
 * line of a paragraph, its title as the caption and the following lines as the credit.
 */
final class Callouts {

    private static final Pattern MARKER = Pattern.compile("\\[!([A-Za-z-]+)\\][ \\t]*(.*)");

    private static final Pattern WIDTH = Pattern.compile("\\{\\s*width\\s*=\\s*(full|\\d{1,2})\\s*\\}");
    private static final int MAX_COLUMNS = 12;

    private final Path file;
    private final Set<String> noteLabels;
    private final ImageLocator images;

    Callouts(Path file, Set<String> noteLabels, ImageLocator images) {
        this.file = file;
        this.noteLabels = noteLabels;
        this.images = images;
    }

    /** The marker of a block quote ({@code pullquote}, {@code sidebar}), or null for a plain quotation. */
    static Matcher marker(BlockQuote quote) {
        if (!(quote.getFirstChild() instanceof Paragraph first)) {
            return null;
        }
        Matcher matcher = MARKER.matcher(lines(first).get(0));
        return matcher.matches() ? matcher : null;
    }

    Block pullQuote(BlockQuote quote, SourcePosition position) {
        Paragraph first = (Paragraph) quote.getFirstChild();
        List<String> lines = lines(first);
        if (lines.size() < 2 || first.getNext() != null) {
            throw ContentException.at(position, "pullquote",
                    "a pull quote is one paragraph: write its text on the lines after '> [!pullquote]', with no blank line");
        }
        return new Block.PullQuote(inline(lines.subList(1, lines.size()), position.withLineOffset(1)), position);
    }

    Block sidebar(BlockQuote quote, String title, SourcePosition position, BlockConverter blocks) {
        Paragraph first = (Paragraph) quote.getFirstChild();
        List<String> lines = lines(first);
        List<Block> content = new ArrayList<>();
        if (lines.size() > 1) {
            content.add(new Block.Paragraph(inline(lines.subList(1, lines.size()), position.withLineOffset(1))));
        }
        content.addAll(blocks.convertAll(first.getNext()));
        if (content.isEmpty()) {
            throw ContentException.at(position, "sidebar", "the sidebar is empty: write its text in the block quote");
        }
        Optional<InlineText> heading = title.isBlank() ? Optional.empty() : Optional.of(inline(List.of(title), position));
        return new Block.Sidebar(heading, content, position);
    }

    /** A paragraph that starts with an image is a figure; null otherwise. */
    Block figure(Paragraph paragraph, SourcePosition position) {
        if (!(paragraph.getFirstChild() instanceof Image image)) {
            return null;
        }
        List<String> lines = lines(paragraph);
        String imageMarkdown = image.getChars().toString().strip();
        String first = lines.get(0);
        if (!first.startsWith(imageMarkdown)) {
            throw ContentException.at(position, "figure",
                    "an image must stand alone on its line; write the credit on the next line");
        }
        FigureWidth width = width(first.substring(imageMarkdown.length()).strip(), position);
        String source = image.getUrl().unescape();
        Path path = images.locate(source, file, position);
        ImageFile picture = ImageIdentifier.identify(path, source, position);
        String title = image.getTitle().unescape();
        // alt text and caption each at their own column: messages are known by their position
        Optional<InlineText> caption = title.isBlank() ? Optional.empty()
                : Optional.of(inline(List.of(title), column(position, image, image.getTitle())));
        Optional<InlineText> credit = lines.size() > 1
                ? Optional.of(inline(lines.subList(1, lines.size()), position.withLineOffset(1)))
                : Optional.empty();
        InlineText alt = inline(List.of(image.getText().toString()), column(position, image, image.getText()));
        return new Block.Figure(picture, width, alt, caption, credit, position);
    }

    /** The position of a part of the image's Markdown: the figure's line, at the part's own column. */
    private static SourcePosition column(SourcePosition figure, Image image, BasedSequence part) {
        int offset = part.getStartOffset() - image.getStartOffset();
        return new SourcePosition(figure.file(), figure.line(), figure.column() + Math.max(0, offset));
    }

    /** The width written after the image: nothing (one column), {@code {width=N}} or {@code {width=full}}. */
    private static FigureWidth width(String attribute, SourcePosition position) {
        if (attribute.isEmpty()) {
            return FigureWidth.ONE_COLUMN;
        }
        Matcher matcher = WIDTH.matcher(attribute);
        if (!matcher.matches()) {
            throw ContentException.at(position, "figure", "after an image, write nothing, {width=N} (N columns) or "
                    + "{width=full}, not '" + attribute + "'; write the credit on the next line");
        }
        if (matcher.group(1).equals("full")) {
            return FigureWidth.FULL;
        }
        int columns = Integer.parseInt(matcher.group(1));
        if (columns < 1 || columns > MAX_COLUMNS) {
            throw ContentException.at(position, "figure", "a figure is 1 to " + MAX_COLUMNS + " columns wide, or {width=full}, not "
                    + columns);
        }
        return FigureWidth.columns(columns);
    }

    private InlineText inline(List<String> lines, SourcePosition position) {
        return InlineMarkdown.parse(String.join(" ", lines), position, noteLabels);
    }

    static List<String> lines(Node paragraph) {
        List<String> lines = new ArrayList<>();
        for (BasedSequence line : ((Paragraph) paragraph).getContentLines()) {
            String text = line.toString().strip();
            if (!text.isEmpty()) {
                lines.add(text);
            }
        }
        return lines;
    }
}
