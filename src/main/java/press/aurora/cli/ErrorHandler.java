package press.aurora.cli;

import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;
import press.aurora.diag.ContentException;

/** Maps exceptions to one line on stderr and an exit code; stack traces only with --debug. */
final class ErrorHandler implements IExecutionExceptionHandler {

    @Override
    public int handleExecutionException(Exception e, CommandLine command, ParseResult parsed) {
        var err = command.getErr();
        if (e instanceof ContentException content) {
            err.println(content.getMessage());
            return ExitCodes.FAILED;
        }
        if (e instanceof UsageException usage) {
            err.println("aurora: " + usage.getMessage());
            return ExitCodes.USAGE;
        }
        err.println("aurora: internal error: " + e + (DebugOption.enabled ? "" : " (run with --debug for details)"));
        if (DebugOption.enabled) {
            e.printStackTrace(err);
        }
        return ExitCodes.INTERNAL;
    }
}
