package press.aurora.markdown;

import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.nio.file.Path;
import java.util.Arrays;
import press.aurora.diag.SourcePosition;

/**
 * Turns Flexmark offsets into file positions. Flexmark's own line numbers count the lines before a
 * node each time (quadratic over a long article: 15 minutes for 5 MB); here the line starts of the
 * file being read are indexed once and looked up by binary search.
 */
final class Positions {

    /** The line starts of the last file read on this thread, by identity of its text. */
    private record LineIndex(BasedSequence text, int[] lineStarts) {
        static LineIndex of(BasedSequence text) {
            int[] starts = new int[16];
            int count = 0;
            starts[count++] = 0;
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c == '\n' || c == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n')) {
                    if (count == starts.length) {
                        starts = Arrays.copyOf(starts, count * 2);
                    }
                    starts[count++] = i + 1;
                }
            }
            return new LineIndex(text, Arrays.copyOf(starts, count));
        }

        /** 0-based line of an offset. */
        int line(int offset) {
            int index = Arrays.binarySearch(lineStarts, offset);
            return index >= 0 ? index : -index - 2;
        }
    }

    private static final ThreadLocal<LineIndex> LAST = new ThreadLocal<>();

    private Positions() {
    }

    static SourcePosition of(Path file, Node node, int lineOffset) {
        BasedSequence chars = node.getChars();
        int offset = chars.getStartOffset();
        BasedSequence base = chars.getBaseSequence();
        LineIndex index = LAST.get();
        if (index == null || index.text() != base) {
            index = LineIndex.of(base);
            LAST.set(index);
        }
        int line = index.line(offset);
        int column = offset - index.lineStarts()[line] + 1;
        return new SourcePosition(file, line + 1 + lineOffset, column);
    }
}
