package press.aurora.pdf;

import java.util.List;

/** Rendering failed or produced a PDF that must not be printed (missing glyphs, substituted fonts). */
public class RenderException extends RuntimeException {

    private final transient List<RenderProblem> problems;

    public RenderException(String message, List<RenderProblem> problems, Throwable cause) {
        super(message, cause);
        this.problems = List.copyOf(problems);
    }

    public List<RenderProblem> problems() {
        return problems;
    }
}
