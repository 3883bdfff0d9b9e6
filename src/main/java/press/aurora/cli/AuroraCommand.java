package press.aurora.cli;

import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The top-level {@code aurora} command: its subcommands do the work. */
@Command(name = "aurora", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Publishes the Aurora broadsheet: builds print PDFs of every country edition from Markdown.")
public final class AuroraCommand implements Runnable {

    /** The subcommands, in the order {@code aurora --help} lists them. */
    static final List<Class<?>> SUBCOMMANDS = List.of(BuildCommand.class, PreviewCommand.class, WatchCommand.class,
            PreflightCommand.class, PackageCommand.class, ExtractCommand.class, CheckCommand.class, EditionsCommand.class,
            CommandLine.HelpCommand.class);

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** The configured command line with every subcommand, also used by tests. */
    public static CommandLine commandLine() {
        return commandLine(SUBCOMMANDS);
    }

    /**
     * The command line for {@code args}: when they start with a subcommand's name, only that subcommand is
     * set up (picocli reads every option of every subcommand it is given, which a build waits for);
     * otherwise, for help, usage errors and suggestions, all of them.
     */
    public static CommandLine commandLineFor(String... args) {
        if (args.length > 0) {
            for (Class<?> subcommand : SUBCOMMANDS) {
                Command command = subcommand.getAnnotation(Command.class);
                if (command.name().equals(args[0]) && subcommand != CommandLine.HelpCommand.class) {
                    return commandLine(List.of(subcommand));
                }
            }
        }
        return commandLine();
    }

    private static CommandLine commandLine(List<Class<?>> subcommands) {
        CommandLine line = new CommandLine(new AuroraCommand());
        subcommands.forEach(line::addSubcommand);
        line.setExecutionExceptionHandler(new ErrorHandler());
        line.setParameterExceptionHandler((e, args) -> {
            e.getCommandLine().getErr().println("aurora: " + e.getMessage());
            e.getCommandLine().getErr().println("Try '" + e.getCommandLine().getCommandSpec().qualifiedName() + " --help'.");
            return ExitCodes.USAGE;
        });
        return line;
    }
}
