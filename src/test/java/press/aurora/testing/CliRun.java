package press.aurora.testing;

import java.io.PrintWriter;
import java.io.StringWriter;
import picocli.CommandLine;
import press.aurora.cli.AuroraCommand;

/** Runs the aurora command line in-process and keeps its exit code and output. */
public record CliRun(int exitCode, String out, String err) {

    public static CliRun of(String... args) {
        CommandLine line = AuroraCommand.commandLineFor(args);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        line.setOut(new PrintWriter(out, true));
        line.setErr(new PrintWriter(err, true));
        int code = line.execute(args);
        return new CliRun(code, out.toString(), err.toString());
    }
}
