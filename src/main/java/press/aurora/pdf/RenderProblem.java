package press.aurora.pdf;

/** Something FOP reported while rendering that makes the PDF wrong (a missing glyph, a substituted font). */
public record RenderProblem(String eventId, String message) {
}
