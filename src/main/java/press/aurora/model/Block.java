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

    /** A separator between items, e.g. between letters. */
    record ThematicBreak(SourcePosition position) implements Block {
        public ThematicBreak {
            Objects.requireNonNull(position, "position");
        }
    }
}
