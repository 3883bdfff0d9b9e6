package press.aurora.markdown;

import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import press.aurora.diag.CodePoints;
import press.aurora.diag.Diagnostic;

/**
 * Warns of the Unicode direction controls in an article ({@link CodePoints#isDirectionControl}): a right-to-left
 * override pasted around a file name, isolates a chat program put around a name. The layout takes them out and
 * prints the text in the order it is typed, which may not be the order the editor's screen shows, so each line
 * that holds one gets one warning at its first, naming the characters.
 */
final class DirectionControls {

    private DirectionControls() {
    }

    static void warn(Path file, String text, Consumer<Diagnostic> warnings) {
        int lineStart = 0;
        while (lineStart < text.length()) {
            int lineEnd = text.indexOf('\n', lineStart);
            lineEnd = lineEnd < 0 ? text.length() : lineEnd;
            warnLine(file, text, lineStart, lineEnd, warnings);
            lineStart = lineEnd + 1;
        }
    }

    private static void warnLine(Path file, String text, int start, int end, Consumer<Diagnostic> warnings) {
        int first = -1;
        Set<Integer> found = new LinkedHashSet<>();
        for (int i = start; i < end; ) {
            int c = text.codePointAt(i);
            if (CodePoints.isDirectionControl(c)) {
                first = first < 0 ? i : first;
                found.add(c);
            }
            i += Character.charCount(c);
        }
        if (first < 0) {
            return;
        }
        String names = found.stream().limit(3).map(CodePoints::describe).collect(Collectors.joining(", "))
                + (found.size() > 3 ? " and " + (found.size() - 3) + " more" : "");
        String typed = text.substring(first, end).codePoints().filter(c -> !CodePoints.isDirectionControl(c))
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString().strip();
        warnings.accept(Diagnostic.warning("direction-control", SourceText.position(file, text, first),
                (found.size() == 1 ? "direction control " : "direction controls ") + names + " left out of print: the text is "
                        + "printed in the order it is typed (\"" + excerpt(typed) + "\"), which a screen may show in another order; "
                        + "delete the control, or type the text in the order it should read"));
    }

    private static String excerpt(String line) {
        return line.codePointCount(0, line.length()) <= 60 ? line : line.substring(0, line.offsetByCodePoints(0, 59)) + "…";
    }
}
