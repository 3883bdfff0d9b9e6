package press.aurora.model;

import java.util.List;
import java.util.Objects;
import press.aurora.diag.SourcePosition;

/** A block of an article's body. */
public sealed interface Block {

    SourcePosition position();

    /** A section heading inside an article ({@code ##} in Markdown is level 2). */
    record Heading(int level, InlineText text) implements Block {
        @Override
        public SourcePosition position() {
            return text.position();
        }
    }

    record Paragraph(InlineText text) implements Block {
        @Override
        public SourcePosition position() {
            return text.position();
        }
    }

    record BlockQuote(List<Block> blocks, SourcePosition position) implements Block {
        public BlockQuote {
            blocks = List.copyOf(blocks);
        }
    }

    record ListBlock(boolean ordered, List<ListItem> items, SourcePosition position) implements Block {
        public ListBlock {
            items = List.copyOf(items);
        }
    }

    record ListItem(List<Block> blocks) {
        public ListItem {
            blocks = List.copyOf(blocks);
        }
    }

    record Table(List<TableRow> rows, SourcePosition position) implements Block {
        public Table {
            rows = List.copyOf(rows);
        }
    }

    record TableRow(boolean header, List<InlineText> cells) {
        public TableRow {
            cells = List.copyOf(cells);
        }
    }

    /** A short quotation set large to draw the eye ({@code > [!pullquote]} in Markdown). */
    record PullQuote(InlineText text, SourcePosition position) implements Block {
    }

    /** A boxed sidebar with an optional title ({@code > [!sidebar] Title} in Markdown). */
    record Sidebar(java.util.Optional<InlineText> title, List<Block> blocks, SourcePosition position) implements Block {
        public Sidebar {
            Objects.requireNonNull(title, "title");
            blocks = List.copyOf(blocks);
        }
    }

    /**
     * An image on its own, with its alt text (what it shows, for readers who cannot see it), an
     * optional caption (the image title), an optional credit (text after the image) and its width.
     */
    record Figure(ImageFile image, FigureWidth width, InlineText alt, java.util.Optional<InlineText> caption,
                  java.util.Optional<InlineText> credit, SourcePosition position) implements Block {
        public Figure {
            Objects.requireNonNull(image, "image");
            Objects.requireNonNull(width, "width");
            Objects.requireNonNull(alt, "alt");
            Objects.requireNonNull(caption, "caption");
            Objects.requireNonNull(credit, "credit");
        }
    }

    /** A separator between items, e.g. between letters. */
    record ThematicBreak(SourcePosition position) implements Block {
        public ThematicBreak {
            Objects.requireNonNull(position, "position");
        }
    }
}
