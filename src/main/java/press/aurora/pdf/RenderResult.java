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
        List<String> all = new java.util.ArrayList<>(overflows.stream().map(Diagnostic::toString).toList());
        all.addAll(otherMessages);
        return all;
    }
}
