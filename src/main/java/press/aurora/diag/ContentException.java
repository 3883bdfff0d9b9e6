package press.aurora.diag;

/**
 * Bad input that stops a build: thrown with the diagnostic that says where and why.
 * The CLI prints {@link #getMessage()} as one line and exits non-zero.
 */
public class ContentException extends RuntimeException {

    private final transient Diagnostic diagnostic;

    public ContentException(Diagnostic diagnostic) {
        this(diagnostic, (Throwable) null);
    }

    public ContentException(Diagnostic diagnostic, Throwable cause) {
        super(diagnostic.toString(), cause);
        this.diagnostic = diagnostic;
    }

    /** Several problems found together: {@code message} says them all, {@code first} is the first of them. */
    public ContentException(Diagnostic first, String message) {
        super(message);
        this.diagnostic = first;
    }

    public static ContentException at(SourcePosition position, String code, String message) {
        return new ContentException(Diagnostic.error(code, position, message));
    }

    public Diagnostic diagnostic() {
        return diagnostic;
    }
}
