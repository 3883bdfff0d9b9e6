package press.aurora.model;

import java.util.List;
import java.util.Objects;
import press.aurora.diag.SourcePosition;

/** A note (Markdown footnote), printed numbered at the end of its article. */
public record Note(String label, int number, List<Block> blocks, SourcePosition position) {

    public Note {
        Objects.requireNonNull(label, "label");
        blocks = List.copyOf(blocks);
        if (number < 1) {
            throw new IllegalArgumentException("notes are numbered from 1");
        }
    }
}
