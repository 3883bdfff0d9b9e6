package press.aurora.cli;

/** The one table of exit codes. */
public final class ExitCodes {

    /** Everything asked for was done. */
    public static final int OK = 0;
    /** The content has a problem (bad input, an edition failed, a check found errors). */
    public static final int FAILED = 1;
    /** The command line was wrong (unknown option, unknown edition). */
    public static final int USAGE = 2;
    /** A bug or an environment failure; run with --debug for the stack trace. */
    public static final int INTERNAL = 3;

    private ExitCodes() {
    }
}
