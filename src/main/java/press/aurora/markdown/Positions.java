package press.aurora.markdown;

import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.nio.file.Path;
import press.aurora.diag.SourcePosition;

/** Turns Flexmark offsets into file positions. */
final class Positions {

    private Positions() {
    }

    static SourcePosition of(Path file, Node node, int lineOffset) {
        BasedSequence chars = node.getChars();
        int offset = chars.getStartOffset();
        BasedSequence base = chars.getBaseSequence();
        int column = offset - base.startOfLine(offset) + 1;
        return new SourcePosition(file, node.getStartLineNumber() + 1 + lineOffset, column);
    }
}
