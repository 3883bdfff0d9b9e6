package press.aurora.pdf;

import java.util.List;
import press.aurora.diag.Diagnostic;

/**
 * What FOP produced: the page count, content wider than its column (one warning per block, at its
 * source line; {@code --strict} fails the edition on them) and FOP's other messages, summarised.
 */
public record RenderResult(int pages, List<Diagnostic> overflows, List<String> otherMessages) {

    public RenderResult {
        overflows = List.copyOf(overflows);
        otherMessages = List.copyOf(otherMessages);
    }

    /** Everything worth telling the editor, one line each. */
    public List<String> warnings() {
        List<String> all = new java.util.ArrayList<>(overflows.stream().map(RenderResult::line).toList());
        all.addAll(otherMessages);
        return all;
    }

    /** A warning as the build prints it after the edition and "warning:": {@code file:line: message [code]}. */
    private static String line(Diagnostic warning) {
        return (warning.position() == null ? "" : warning.position() + ": ") + warning.message() + " [" + warning.code() + "]";
    }
}
