package press.aurora.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The top-level {@code aurora} command: its subcommands do the work. */
@Command(name = "aurora", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Publishes the Aurora broadsheet: builds print PDFs of every country edition from Markdown.",
        subcommands = {BuildCommand.class, PreviewCommand.class, WatchCommand.class, PreflightCommand.class, PackageCommand.class,
                ExtractCommand.class, CheckCommand.class, EditionsCommand.class, CommandLine.HelpCommand.class})
public final class AuroraCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** The configured command line, also used by tests. */
    public static CommandLine commandLine() {
        CommandLine line = new CommandLine(new AuroraCommand());
        line.setExecutionExceptionHandler(new ErrorHandler());
        line.setParameterExceptionHandler((e, args) -> {
            e.getCommandLine().getErr().println("aurora: " + e.getMessage());
            e.getCommandLine().getErr().println("Try '" + e.getCommandLine().getCommandSpec().qualifiedName() + " --help'.");
            return ExitCodes.USAGE;
        });
        return line;
    }
}
