package press.aurora.markdown;

import com.vladsch.flexmark.ast.BlockQuote;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.HtmlBlock;
import com.vladsch.flexmark.ast.HtmlCommentBlock;
import com.vladsch.flexmark.ast.ListBlock;
import com.vladsch.flexmark.ast.ListItem;
import com.vladsch.flexmark.ast.OrderedList;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.ast.ThematicBreak;
import com.vladsch.flexmark.ext.footnotes.FootnoteBlock;
import com.vladsch.flexmark.ext.tables.TableBlock;
import com.vladsch.flexmark.ext.tables.TableCell;
import com.vladsch.flexmark.ext.tables.TableHead;
import com.vladsch.flexmark.ext.tables.TableRow;
import com.vladsch.flexmark.ext.tables.TableSeparator;
import com.vladsch.flexmark.ext.yaml.front.matter.YamlFrontMatterBlock;
import com.vladsch.flexmark.util.ast.BlankLine;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.function.Consumer;
import press.aurora.config.PageGeometry;
import press.aurora.diag.Diagnostic;
import press.aurora.diag.ContentException;
import press.aurora.diag.SourcePosition;
import press.aurora.image.ImageLocator;
import press.aurora.model.Block;
import press.aurora.model.InlineText;

/**
 * Converts Flexmark block nodes to the model's blocks; unsupported blocks are errors, never dropped.
 * Block quotes and lists nested deeper than the layout can indent ({@link PageGeometry#NESTING_LEVELS})
 * are flattened: their blocks join the deepest level, with one warning per flattened quote or list. The
 * flattening walks the Markdown tree without recursion, so that no nesting depth can exhaust the stack.
 */
final class BlockConverter {

    private final Path file;
    private final InlineConverter inlines;
    private final Callouts callouts;
    private final Consumer<Diagnostic> warnings;
    /** How many block quotes and lists enclose the blocks being converted. */
    private int depth;

    BlockConverter(Path file, java.util.Set<String> noteLabels, ImageLocator images, Consumer<Diagnostic> warnings) {
        this.file = file;
        this.inlines = new InlineConverter(file, 0);
        this.callouts = new Callouts(file, noteLabels, images);
        this.warnings = warnings;
    }

    /** The blocks among these siblings; front matter, footnote definitions and comments are skipped. */
    List<Block> convertAll(Node first) {
        List<Block> blocks = new ArrayList<>();
        for (Node node = first; node != null; node = node.getNext()) {
            if (isNesting(node) && depth >= PageGeometry.NESTING_LEVELS) {
                flatten(node, blocks);
                continue;
            }
            Block block = convert(node);
            if (block != null) {
                blocks.add(block);
            }
        }
        return blocks;
    }

    /** A plain block quote, a list or a list item: what indents its content one level more. */
    private static boolean isNesting(Node node) {
        return (node instanceof BlockQuote quote && Callouts.marker(quote) == null)
                || node instanceof ListBlock || node instanceof ListItem;
    }

    /** Adds the blocks inside a quote or list that is nested too deep, in order, at the current level. */
    private void flatten(Node container, List<Block> blocks) {
        warnings.accept(Diagnostic.warning("nesting-flattened", position(container), "block quotes and lists nested deeper than "
                + PageGeometry.NESTING_LEVELS + " levels are printed flattened at the level " + PageGeometry.NESTING_LEVELS
                + " indent, without their list markers: the column has no room to indent further"));
        Deque<Node> pending = new ArrayDeque<>();
        pending.push(container);
        while (!pending.isEmpty()) {
            Node node = pending.pop();
            if (isNesting(node)) {
                Deque<Node> children = new ArrayDeque<>();
                for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
                    children.push(child);
                }
                children.forEach(pending::push); // reversed twice: the first child is popped first
                continue;
            }
            Block block = convert(node);
            if (block != null) {
                blocks.add(block);
            }
        }
    }

    private Block convert(Node node) {
        if (node instanceof Paragraph paragraph) {
            Block figure = callouts.figure(paragraph, position(node));
            return figure != null ? figure : new Block.Paragraph(text(paragraph, markdownOf(paragraph)));
        } else if (node instanceof Heading heading) {
            return new Block.Heading(heading.getLevel(), text(heading, heading.getText().toString().strip()));
        } else if (node instanceof BlockQuote quote) {
            return blockQuote(quote);
        } else if (node instanceof ListBlock list) {
            return list(list);
        } else if (node instanceof ThematicBreak) {
            return new Block.ThematicBreak(position(node));
        } else if (node instanceof TableBlock) {
            return table(node);
        } else if (node instanceof YamlFrontMatterBlock || node instanceof FootnoteBlock
                || node instanceof HtmlCommentBlock || node instanceof Reference || node instanceof BlankLine) {
            return null;
        }
        if (node instanceof HtmlBlock html) {
            if (html.getChars().toString().replaceAll("(?i)<br\\s*/?>|\\s", "").isEmpty()) {
                return null; // a <br> on a line of its own between paragraphs: the paragraphs are apart already
            }
            throw ContentException.at(position(node), "html", "cannot print the HTML block '" + firstLine(html)
                    + "': write it in Markdown or remove it (inside a paragraph the HTML tags " + HtmlTag.PRINTED + " are printed)");
        }
        throw ContentException.at(position(node), "unsupported-markdown",
                "cannot print a " + InlineConverter.describe(node) + " in a newspaper article: remove it or write it as text");
    }

    private Block blockQuote(BlockQuote quote) {
        java.util.regex.Matcher marker = Callouts.marker(quote);
        if (marker == null) {
            return new Block.BlockQuote(nested(quote.getFirstChild()), position(quote));
        }
        return switch (marker.group(1)) {
            case "pullquote" -> callouts.pullQuote(quote, position(quote));
            case "sidebar" -> callouts.sidebar(quote, marker.group(2), position(quote), this);
            default -> throw ContentException.at(position(quote), "unknown-block",
                    "unknown block '[!" + marker.group(1) + "]' (known: [!pullquote], [!sidebar])");
        };
    }

    private Block list(ListBlock list) {
        List<Block.ListItem> items = new ArrayList<>();
        for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
            if (item instanceof ListItem) {
                items.add(new Block.ListItem(nested(item.getFirstChild())));
            }
        }
        return new Block.ListBlock(list instanceof OrderedList, items, position(list));
    }

    /** The blocks of a quote or list item: one level deeper. */
    private List<Block> nested(Node first) {
        depth++;
        try {
            return convertAll(first);
        } finally {
            depth--;
        }
    }

    private Block table(Node table) {
        List<Block.TableRow> rows = new ArrayList<>();
        for (Node section = table.getFirstChild(); section != null; section = section.getNext()) {
            if (section instanceof TableSeparator) {
                continue;
            }
            for (Node row = section.getFirstChild(); row != null; row = row.getNext()) {
                if (row instanceof TableRow) {
                    List<InlineText> cells = new ArrayList<>();
                    for (Node cell = row.getFirstChild(); cell != null; cell = cell.getNext()) {
                        if (cell instanceof TableCell tableCell) {
                            cells.add(text(tableCell, tableCell.getText().toString().strip()));
                        }
                    }
                    rows.add(new Block.TableRow(section instanceof TableHead, cells));
                }
            }
        }
        return new Block.Table(rows, position(table));
    }

    /** Converts the footnote definition's content (its paragraphs). */
    List<Block> noteBlocks(FootnoteBlock definition) {
        return convertAll(definition.getFirstChild());
    }

    private InlineText text(Node node, String markdown) {
        return new InlineText(markdown, inlines.convert(node), position(node));
    }

    /**
     * The paragraph's inline Markdown as a translator sees it: lines stripped and joined by one space. A hard
     * line break (two trailing spaces or a backslash) is kept as a backslash and a newline, so the msgid still
     * says where the break is and parses back to the same text.
     */
    static String markdownOf(Paragraph paragraph) {
        StringBuilder markdown = new StringBuilder();
        List<BasedSequence> lines = paragraph.getContentLines();
        for (int i = 0; i < lines.size(); i++) {
            String raw = lines.get(i).toString().replaceAll("[\\r\\n]+$", "");
            String text = raw.strip();
            if (text.isEmpty()) {
                continue;
            }
            boolean last = i == lines.size() - 1;
            boolean hardBreak = !last && (raw.endsWith("  ") || (text.endsWith("\\") && !text.endsWith("\\\\")));
            if (markdown.length() > 0 && markdown.charAt(markdown.length() - 1) != '\n') {
                markdown.append(' ');
            }
            markdown.append(text);
            if (hardBreak) {
                if (!text.endsWith("\\")) {
                    markdown.append('\\');
                }
                markdown.append('\n');
            }
        }
        return markdown.toString();
    }

    private static String firstLine(HtmlBlock html) {
        String first = html.getChars().toString().strip().lines().findFirst().orElse("");
        return first.length() <= 60 ? first : first.substring(0, 59) + "…";
    }

    private SourcePosition position(Node node) {
        return Positions.of(file, node, 0);
    }
}
