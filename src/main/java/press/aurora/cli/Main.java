package press.aurora.cli;

/** Entry point of the {@code aurora} command. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        InProcessRun.quietLibraries();
        System.exit(AuroraCommand.commandLineFor(args).execute(args));
    }
}
